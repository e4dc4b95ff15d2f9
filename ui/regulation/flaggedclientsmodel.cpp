#include "flaggedclientsmodel.h"

#include "regulationlabels.h"

#include <QBrush>
#include <QLocale>

namespace rapport {

FlaggedClientsModel::FlaggedClientsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FlaggedClientsModel::setManager(UserId manager)
{
    m_manager = manager;
    reload();
}

void FlaggedClientsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_db.isValid()) {
        FlaggedClients flagged(m_db);
        m_rows = flagged.list(m_manager, {}, Limit);
        m_total = m_rows.size() < Limit ? int(m_rows.size()) : flagged.count(m_manager);
    }
    endResetModel();
    Q_EMIT loaded();
}

ClientId FlaggedClientsModel::clientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).clientId : ClientId();
}

int FlaggedClientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlaggedClientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlaggedClientsModel::reason(const FlaggedClient &f) const
{
    QStringList parts;
    if (f.overdueReviews > 0)
        parts << tr("review overdue since %1").arg(QLocale().toString(f.oldestOverdueReview, QLocale::ShortFormat));
    if (f.overdueTasks > 0)
        parts << tr("overdue tasks: %1").arg(f.overdueTasks);
    if (f.lateTasks > 0)
        parts << tr("done late in 90 days: %1").arg(f.lateTasks);
    return parts.join(QStringLiteral(", "));
}

QVariant FlaggedClientsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FlaggedClient &f = m_rows.at(index.row());
    switch (role) {
    case ClientIdRole: return f.clientId.value;
    case Qt::DisplayRole: return index.column() == ClientColumn ? f.clientName : reason(f);
    case Qt::ToolTipRole:
        return f.managerName.isEmpty() ? reason(f) : tr("%1 — account manager %2").arg(reason(f), f.managerName);
    case Qt::ForegroundRole:
        if (index.column() == ReasonColumn)
            return QBrush(RegulationLabels::overdueColor());
        return {};
    }
    return {};
}

QVariant FlaggedClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ClientColumn ? tr("Client") : tr("Why");
}

void FlaggedClientsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace rapport
