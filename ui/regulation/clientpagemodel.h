#pragma once

#include "storage/clientrepository.h"

#include <QAbstractListModel>

namespace rapport {

// Client names for a picker list: not archived clients matching a search,
// by name, in keyset pages of PageSize (a book of 10,000 clients is never
// loaded at once).
class ClientPageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { ClientIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit ClientPageModel(QObject *parent = nullptr);

    void setDatabase(const Database &db) { m_db = db; }
    void setSearch(const QString &text);
    void reload();
    ClientId clientId(int row) const;
    int rowOf(ClientId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Database m_db;
    ClientQuery m_query;
    QList<ClientListRow> m_rows;
    bool m_atEnd = true;
};

} // namespace rapport
