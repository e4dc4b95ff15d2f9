#pragma once

#include "metrics/dashboard.h"

#include <QAbstractTableModel>

namespace rapport {

// The per-manager table of the dashboard: the same ticket figures for each
// account manager's clients. A few hundred rows at most (one per manager),
// held whole. Sorts by the numbers themselves (Qt::UserRole), so that "who
// makes clients wait longest" is one click on a column header.
class ManagerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Manager,
        Created,
        Resolved,
        Open,
        Breached,
        ResponseMedian,
        ResponseP90,
        ResponseCompliance,
        ResolutionMedian,
        ResolutionCompliance,
        Completion,
        Liked,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, ManagerIdRole };

    explicit ManagerTableModel(QObject *parent = nullptr);

    void setManagers(const QList<ManagerFigures> &managers);
    const ManagerFigures &managerAt(int row) const { return m_rows.at(row); }
    // The drill-down key behind a column ("first_response" for the response times…).
    static QString figureOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // After a language change: headers and the "no manager" row.
    void retranslate();

private:
    QList<ManagerFigures> m_rows;
};

} // namespace rapport
