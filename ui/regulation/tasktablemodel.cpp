#include "tasktablemodel.h"

#include "regulationlabels.h"
#include "storage/regulationcalendar.h"
#include "theme.h"

#include <QBrush>
#include <QLocale>

namespace rapport {

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TaskTableModel::setQuery(const TaskQuery &query)
{
    m_query = query;
    reload();
}

void TaskTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_today = m_query.asOf.isValid() ? m_query.asOf : RegulationCalendar::today();
    m_atEnd = !m_db.isValid();
    m_total = m_atEnd ? 0 : TaskRepository(m_db).count(m_query);
    m_query.afterDue = QDate();
    m_query.afterId = 0;
    m_query.limit = PageSize;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
    Q_EMIT loaded();
}

TaskId TaskTableModel::taskId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : TaskId();
}

const Task *TaskTableModel::task(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TaskTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TaskTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<Task> page = TaskRepository(m_db).list(m_query);
    m_atEnd = page.size() < m_query.limit;
    if (page.isEmpty())
        return;
    m_query.afterDue = page.last().dueOn;
    m_query.afterId = page.last().id.value;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Task &t = m_rows.at(index.row());
    const bool overdue = t.isOverdue(m_today);
    switch (role) {
    case TaskIdRole: return t.id.value;
    case OverdueRole: return overdue;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return t.title;
        case ClientColumn: return t.clientName;
        case OwnerColumn: return t.ownerName;
        case DueColumn: return QLocale().toString(t.dueOn, QLocale::ShortFormat);
        case StateColumn:
            if (overdue)
                return tr("Overdue %1 d").arg(t.dueOn.daysTo(m_today));
            return RegulationLabels::taskState(t, m_today);
        case SourceColumn: return RegulationLabels::taskSource(t.source);
        }
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == StateColumn))
            return QBrush(RegulationLabels::overdueColor());
        if (index.column() == StateColumn && t.isDoneLate())
            return QBrush(RegulationLabels::overdueColor());
        if (index.column() == StateColumn && t.isDoneOnTime())
            return QBrush(RegulationLabels::doneColor());
        if (t.status == TaskStatus::Cancelled)
            return QBrush(statusColor(StatusTone::Neutral));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DueColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (t.status == TaskStatus::Done)
            return tr("Done on %1, due %2")
                .arg(QLocale().toString(t.doneOn, QLocale::ShortFormat), QLocale().toString(t.dueOn, QLocale::ShortFormat));
        if (index.column() == TitleColumn && !t.periodKey.isEmpty())
            return tr("Period %1").arg(t.periodKey);
        return {};
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Task");
    case ClientColumn: return tr("Client");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case StateColumn: return tr("State");
    case SourceColumn: return tr("Source");
    }
    return {};
}

void TaskTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace rapport
