#include "clientpagemodel.h"

namespace rapport {

ClientPageModel::ClientPageModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ClientPageModel::setSearch(const QString &text)
{
    m_query.search = text.trimmed();
    reload();
}

void ClientPageModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = !m_db.isValid();
    m_query.afterName.clear();
    m_query.afterId = 0;
    m_query.limit = PageSize;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

ClientId ClientPageModel::clientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : ClientId();
}

int ClientPageModel::rowOf(ClientId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int ClientPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClientPageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ClientListRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return r.legalName;
    case Qt::ToolTipRole:
        return r.accountManagerName.isEmpty() ? r.legalName : tr("%1 — %2").arg(r.legalName, r.accountManagerName);
    case ClientIdRole: return r.id.value;
    }
    return {};
}

bool ClientPageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ClientPageModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<ClientListRow> page = ClientRepository(m_db).list(m_query);
    m_atEnd = page.size() < m_query.limit;
    if (page.isEmpty())
        return;
    m_query.afterName = page.last().legalName;
    m_query.afterId = page.last().id.value;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

} // namespace rapport
