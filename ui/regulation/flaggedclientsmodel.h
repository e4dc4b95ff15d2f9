#pragma once

#include "storage/flaggedclients.h"

#include <QAbstractTableModel>

namespace rapport {

// Flagged clients (an overdue review, or several late tasks) of one account
// manager, most urgent first, with the reason in words. A short list: the
// first Limit rows, the total in totalCount().
class FlaggedClientsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClientColumn, ReasonColumn, ColumnCount };
    enum Roles { ClientIdRole = Qt::UserRole + 1 };
    static constexpr int Limit = 50;

    explicit FlaggedClientsModel(QObject *parent = nullptr);

    void setDatabase(const Database &db) { m_db = db; }
    void setManager(UserId manager);
    void reload();
    ClientId clientId(int row) const;
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

Q_SIGNALS:
    void loaded();

private:
    QString reason(const FlaggedClient &f) const;

    Database m_db;
    UserId m_manager;
    QList<FlaggedClient> m_rows;
    int m_total = 0;
};

} // namespace rapport
