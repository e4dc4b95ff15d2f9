#include "reviewtablemodel.h"

#include "regulation/regulationlabels.h"
#include "storage/regulationcalendar.h"
#include "theme.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace rapport {

ReviewTableModel::ReviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewTableModel::setQuery(const ReviewQuery &query)
{
    m_query = query;
    reload();
}

void ReviewTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_today = m_query.asOf.isValid() ? m_query.asOf : RegulationCalendar::today();
    m_atEnd = !m_db.isValid();
    m_total = m_atEnd ? 0 : ReviewRepository(m_db).count(m_query);
    m_query.afterDate = QDate();
    m_query.afterId = 0;
    m_query.limit = PageSize;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
    Q_EMIT loaded();
}

ReviewId ReviewTableModel::reviewId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : ReviewId();
}

const Review *ReviewTableModel::review(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ReviewTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ReviewTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<Review> page = ReviewRepository(m_db).list(m_query);
    m_atEnd = page.size() < m_query.limit;
    if (page.isEmpty())
        return;
    m_query.afterDate = page.last().scheduledOn;
    m_query.afterId = page.last().id.value;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QString ReviewTableModel::statusText(const Review &r) const
{
    const QLocale locale;
    switch (r.status) {
    case ReviewStatus::Held: return tr("Held %1").arg(locale.toString(r.heldOn, QLocale::ShortFormat));
    case ReviewStatus::Cancelled: return tr("Cancelled");
    case ReviewStatus::Scheduled:
        if (r.isOverdue(m_today))
            return tr("Overdue %1 d").arg(r.scheduledOn.daysTo(m_today));
        if (r.scheduledOn == m_today)
            return tr("Today");
        return tr("In %1 d").arg(m_today.daysTo(r.scheduledOn));
    }
    return {};
}

QString ReviewTableModel::actionsText(const Review &r) const
{
    if (r.actionItems == 0)
        return tr("—");
    if (r.overdueActionItems > 0)
        return tr("%1 open, %2 overdue").arg(r.openActionItems).arg(r.overdueActionItems);
    if (r.openActionItems == 0)
        return tr("all %1 done").arg(r.actionItems);
    return tr("%1 of %2 open").arg(r.openActionItems).arg(r.actionItems);
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Review &r = m_rows.at(index.row());
    const bool overdue = r.isOverdue(m_today);
    switch (role) {
    case ReviewIdRole: return r.id.value;
    case OverdueRole: return overdue;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientColumn: return r.clientName;
        case KindColumn: return reviewKindTitle(r.kind);
        case ScheduledColumn: return QLocale().toString(r.scheduledOn, QLocale::ShortFormat);
        case ManagerColumn: return r.managerName.isEmpty() ? tr("No account manager") : r.managerName;
        case StatusColumn: return statusText(r);
        case ActionsColumn: return actionsText(r);
        }
        return {};
    case Qt::ForegroundRole:
        if ((overdue && index.column() != ActionsColumn) || (index.column() == ActionsColumn && r.overdueActionItems > 0))
            return QBrush(RegulationLabels::overdueColor());
        if (index.column() == StatusColumn && r.status == ReviewStatus::Held)
            return QBrush(RegulationLabels::doneColor());
        if (index.column() == ManagerColumn && r.managerName.isEmpty())
            return QBrush(statusColor(StatusTone::Neutral));
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == StatusColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScheduledColumn || index.column() == ActionsColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (overdue)
            return tr("This review was due on %1 and has not been held.")
                .arg(QLocale().toString(r.scheduledOn, QLocale::LongFormat));
        if (index.column() == ActionsColumn && r.actionItems > 0)
            return tr("Remediation plan: %1 action items, %2 open, %3 overdue")
                .arg(r.actionItems)
                .arg(r.openActionItems)
                .arg(r.overdueActionItems);
        return {};
    }
    return {};
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClientColumn: return tr("Client");
    case KindColumn: return tr("Kind");
    case ScheduledColumn: return tr("Scheduled");
    case ManagerColumn: return tr("Account manager");
    case StatusColumn: return tr("Status");
    case ActionsColumn: return tr("Action items");
    }
    return {};
}

void ReviewTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace rapport
