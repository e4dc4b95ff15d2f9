#include "handofftablemodel.h"

#include "domain/clock.h"
#include "theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace rapport {

HandoffTableModel::HandoffTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HandoffTableModel::setQuery(UserId salesOwner, UserId accountManager, bool includeCompleted)
{
    m_query.salesOwner = salesOwner;
    m_query.accountManager = accountManager;
    m_query.includeCompleted = includeCompleted;
    reload();
}

void HandoffTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = !m_db.isValid();
    m_query.afterWonAt = 0;
    m_query.afterId = 0;
    m_query.limit = PageSize;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

HandoffId HandoffTableModel::handoffId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : HandoffId();
}

int HandoffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HandoffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HandoffTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HandoffTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<HandoffListRow> page = HandoffRepository(m_db).openList(m_query);
    m_atEnd = page.size() < m_query.limit;
    if (page.isEmpty())
        return;
    m_query.afterWonAt = page.last().wonAt;
    m_query.afterId = page.last().id.value;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant HandoffTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HandoffListRow &r = m_rows.at(index.row());
    if (role == HandoffIdRole)
        return r.id.value;
    if (role == ProgressRole)
        return r.progress;
    const qint64 end = r.completedAt > 0 ? r.completedAt : Clock::nowSecs();
    const qint64 ageDays = std::max<qint64>(0, (end - r.wonAt) / 86400);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ClientColumn: return r.clientName;
        case SalesColumn: return r.salesOwnerName;
        case ManagerColumn: return r.accountManagerName;
        case WonColumn: return QLocale().toString(QDateTime::fromSecsSinceEpoch(r.wonAt).date(), QLocale::ShortFormat);
        case AgeColumn: return ageDays;
        case ProgressColumn: return tr("%1/5").arg(r.progress);
        case QualityColumn: return r.qualityPercent ? tr("%1%").arg(*r.qualityPercent) : tr("not scored");
        case CompletedColumn:
            return r.completedAt > 0
                       ? QLocale().toString(QDateTime::fromSecsSinceEpoch(r.completedAt).date(), QLocale::ShortFormat)
                       : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AgeColumn && index.column() <= QualityColumn)
        return int(Qt::AlignCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == QualityColumn && !r.qualityPercent)
            return QBrush(statusColor(StatusTone::Neutral));
        // An open handoff older than two weeks needs a look.
        if (index.column() == AgeColumn && r.completedAt == 0 && ageDays > 14)
            return QBrush(statusColor(StatusTone::Bad));
    }
    if (role == Qt::ToolTipRole && index.column() == AgeColumn)
        return r.completedAt > 0 ? tr("Days from the won deal to completion") : tr("Days since the deal was won");
    return {};
}

QVariant HandoffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClientColumn: return tr("Client");
    case SalesColumn: return tr("Salesperson");
    case ManagerColumn: return tr("Account manager");
    case WonColumn: return tr("Won");
    case AgeColumn: return tr("Age, days");
    case ProgressColumn: return tr("Progress");
    case QualityColumn: return tr("Quality score");
    case CompletedColumn: return tr("Completed");
    }
    return {};
}

void HandoffTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace rapport
