#pragma once

#include "storage/handoffrepository.h"

#include <QAbstractTableModel>

namespace rapport {

// The handoffs list, oldest won first. Rows come in keyset pages of PageSize
// through canFetchMore()/fetchMore(): open handoffs are few, but with
// "show completed" the list grows with every client ever signed.
class HandoffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClientColumn,
        SalesColumn,
        ManagerColumn,
        WonColumn,
        AgeColumn,
        ProgressColumn,
        QualityColumn,
        CompletedColumn,
        ColumnCount
    };
    enum Roles {
        HandoffIdRole = Qt::UserRole + 1, // qint64
        ProgressRole, // int: done items 0–5
    };
    static constexpr int PageSize = 100;

    explicit HandoffTableModel(QObject *parent = nullptr);

    void setDatabase(const Database &db) { m_db = db; }
    // Filters; reloads from the first page.
    void setQuery(UserId salesOwner, UserId accountManager, bool includeCompleted);
    void reload();
    HandoffId handoffId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The interface language changed: headers.
    void retranslate();

private:
    Database m_db;
    HandoffQuery m_query;
    QList<HandoffListRow> m_rows;
    bool m_atEnd = true;
};

} // namespace rapport
