#include "workflowrunmodel.h"

#include "regulationlabels.h"
#include "storage/regulationcalendar.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

WorkflowRunModel::WorkflowRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkflowRunModel::setAllClients()
{
    m_allClients = true;
    m_client = ClientId();
    reload();
}

void WorkflowRunModel::setClient(ClientId client)
{
    m_allClients = false;
    m_client = client;
    reload();
}

void WorkflowRunModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_today = RegulationCalendar::today();
    m_atEnd = !m_db.isValid() || (!m_allClients && !m_client.isValid());
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
    Q_EMIT loaded();
}

const WorkflowRun *WorkflowRunModel::run(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WorkflowRunModel::rowOf(WorkflowRunId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int WorkflowRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkflowRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorkflowRunModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void WorkflowRunModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.last().id.value;
    const QList<WorkflowRun> page = WorkflowRepository(m_db).runs(m_client, TicketId(), PageSize, before);
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant WorkflowRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkflowRun &r = m_rows.at(index.row());
    const bool nextOverdue = r.nextStepDue.isValid() && r.nextStepDue < m_today;
    const QLocale locale;
    switch (role) {
    case RunIdRole: return r.id.value;
    case LateRole: return r.late();
    case FinishedRole: return r.finished();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TemplateColumn: return r.templateName;
        case ClientColumn: return r.clientName;
        case TicketColumn:
            if (!r.ticketId.isValid())
                return QString();
            return r.ticketSubject.isEmpty() ? u"#%1"_s.arg(r.ticketId.value)
                                             : tr("#%1  %2").arg(r.ticketId.value).arg(r.ticketSubject);
        case StartedColumn: return locale.toString(r.startedOn, QLocale::ShortFormat);
        case DoneColumn: return tr("%1 of %2").arg(r.done).arg(r.total);
        case LateColumn: return r.late();
        case NextStepColumn:
            if (r.finished())
                return tr("Finished");
            if (r.nextStepTitle.isEmpty())
                return QString();
            return tr("%1 — due %2").arg(r.nextStepTitle, locale.toString(r.nextStepDue, QLocale::ShortFormat));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LateColumn && r.late() > 0)
            return QBrush(RegulationLabels::overdueColor());
        if (index.column() == NextStepColumn && nextOverdue)
            return QBrush(RegulationLabels::overdueColor());
        if ((index.column() == DoneColumn || index.column() == NextStepColumn) && r.finished())
            return QBrush(RegulationLabels::doneColor());
        return {};
    case Qt::FontRole:
        if (index.column() == LateColumn && r.late() > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StartedColumn || index.column() == DoneColumn || index.column() == LateColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LateColumn)
            return tr("Done after the due date: %1, open past it: %2").arg(r.doneLate).arg(r.overdue);
        if (index.column() == DoneColumn)
            return tr("%1 % of the steps done").arg(r.percent());
        if (index.column() == TicketColumn && !r.ticketSubject.isEmpty())
            return r.ticketSubject;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == LateColumn)
            return tr("Steps late: %1").arg(r.late());
        return {};
    }
    return {};
}

QVariant WorkflowRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TemplateColumn: return tr("Template");
    case ClientColumn: return tr("Client");
    case TicketColumn: return tr("Ticket");
    case StartedColumn: return tr("Started");
    case DoneColumn: return tr("Steps done");
    case LateColumn: return tr("Steps late");
    case NextStepColumn: return tr("Next step");
    }
    return {};
}

void WorkflowRunModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace rapport
