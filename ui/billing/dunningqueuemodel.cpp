#include "dunningqueuemodel.h"

#include "billingformat.h"
#include "clients/clientlabels.h"
#include "theme.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

DunningQueueModel::DunningQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DunningQueueModel::setRows(QList<DunningQueueRow> rows, QDate asOf)
{
    // Most urgent first: steps due now, then the furthest up the ladder, then the longest overdue.
    std::stable_sort(rows.begin(), rows.end(), [](const DunningQueueRow &a, const DunningQueueRow &b) {
        if (a.dueNow.isEmpty() != b.dueNow.isEmpty())
            return !a.dueNow.isEmpty();
        if (a.state != b.state)
            return int(a.state) > int(b.state);
        return a.daysOverdue > b.daysOverdue;
    });
    beginResetModel();
    m_rows = std::move(rows);
    m_asOf = asOf;
    endResetModel();
}

const DunningQueueRow *DunningQueueModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DunningQueueModel::rowOf(ClientId client) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).clientId == client)
            return i;
    }
    return -1;
}

int DunningQueueModel::stepsDue() const
{
    int n = 0;
    for (const DunningQueueRow &r : m_rows)
        n += int(r.dueNow.size());
    return n;
}

void DunningQueueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString DunningQueueModel::nextStepText(const DunningQueueRow &row)
{
    if (!row.dueNow.isEmpty()) {
        const DunningStepDue &due = row.dueNow.constFirst();
        return tr("%1 (due %2)").arg(dunningStepTitle(due.step), BillingFormat::date(due.dueOn));
    }
    if (!row.nextStep)
        return {};
    return dunningStepTitle(*row.nextStep);
}

QString DunningQueueModel::stageText(const DunningQueueRow &row)
{
    if (row.caseId <= 0)
        return tr("Overdue, no notice yet");
    // A notice or claim that a rule sends is only sent once its message went out.
    if (!row.history.isEmpty() && row.history.constLast().awaitsDelivery) {
        const DunningStepRecord &last = row.history.constLast();
        const bool claim = last.step == DunningStep::Claim;
        if (!last.sentOn.isValid())
            return claim ? tr("Formal claim to be sent") : tr("Debt notice to be sent");
        return (claim ? tr("Formal claim sent on %1") : tr("Debt notice sent on %1"))
            .arg(BillingFormat::date(last.sentOn));
    }
    return dunningStateTitle(row.state);
}

QString DunningQueueModel::exceptionText(const DunningQueueRow &row)
{
    // Short: the kinds in force with their end dates; the reasons go to the tooltip.
    QStringList parts;
    for (const DunningPauseRecord &p : row.activePauses) {
        QString text = BillingFormat::pauseKind(p.kind);
        if (p.until.isValid())
            text = tr("%1 until %2").arg(text, BillingFormat::date(p.until));
        parts << text;
    }
    if (parts.isEmpty()) {
        if (auto kind = dunningPauseKindFromKey(row.waitingFor))
            parts << BillingFormat::pauseKind(*kind);
        else if (row.waitingFor == u"delivery"_s)
            parts << tr("Waiting for its message");
    }
    return parts.join(u"; "_s);
}

QString DunningQueueModel::exceptionDetails(const DunningQueueRow &row)
{
    QStringList lines;
    if (!row.waitingReason.isEmpty())
        lines << row.waitingReason;
    for (const DunningPauseRecord &p : row.activePauses) {
        const QString what = p.kind == DunningPauseKind::GuaranteeLetter ? p.document : p.reason;
        if (!what.isEmpty())
            lines << BillingFormat::pauseKind(p.kind) + u": "_s + what;
    }
    return lines.join(u'\n');
}

int DunningQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DunningQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DunningQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DunningQueueRow &r = m_rows.at(index.row());
    const bool due = !r.dueNow.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientColumn: return r.clientName;
        case ClientStatusColumn: return ClientLabels::status(r.clientStatus);
        case StageColumn: return stageText(r);
        case OverdueColumn: return BillingFormat::money(r.outstanding);
        case DaysOverdueColumn: return r.daysOverdue > 0 ? QVariant(r.daysOverdue) : QVariant();
        case NextStepColumn: return nextStepText(r);
        case NextStepDateColumn:
            if (due)
                return BillingFormat::date(r.dueNow.constFirst().dueOn);
            if (r.nextStep && !r.nextStepOn.isValid())
                return u"—"_s;
            return BillingFormat::date(r.nextStepOn);
        case ExceptionColumn: return exceptionText(r);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NextStepColumn:
        case NextStepDateColumn:
            if (due)
                return tr("Due and not yet taken: run dunning to record it.");
            if (r.nextStep && !r.nextStepOn.isValid())
                return tr("On hold until the exception is lifted.");
            if (r.noticeDeadline.isValid())
                return tr("The debt notice gives the client until %1 to pay.").arg(BillingFormat::date(r.noticeDeadline));
            break;
        case ExceptionColumn: return exceptionDetails(r);
        case ClientColumn: return tr("Business days are counted on the calendar \"%1\".").arg(r.calendarName);
        default: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == OverdueColumn || index.column() == DaysOverdueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (due && (index.column() == NextStepColumn || index.column() == NextStepDateColumn))
            return QBrush(statusColor(StatusTone::Bad));
        if (index.column() == StageColumn && (r.state == DunningState::Suspended || r.state == DunningState::ClaimSent
                                                 || r.state == DunningState::Blocked))
            return QBrush(statusColor(StatusTone::Bad));
        if (index.column() == ExceptionColumn)
            return QBrush(statusColor(StatusTone::Warning));
        if (index.column() == ClientStatusColumn
            && (r.clientStatus == ClientStatus::Suspended || r.clientStatus == ClientStatus::Blocked))
            return QBrush(statusColor(StatusTone::Bad));
        break;
    case ClientIdRole: return r.clientId.value;
    case StageKeyRole: return dunningStateKey(r.state);
    default: break;
    }
    return {};
}

QVariant DunningQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn: return tr("Client");
    case ClientStatusColumn: return tr("Client status");
    case StageColumn: return tr("Stage");
    case OverdueColumn: return tr("Overdue");
    case DaysOverdueColumn: return tr("Days overdue");
    case NextStepColumn: return tr("Next step");
    case NextStepDateColumn: return tr("On");
    case ExceptionColumn: return tr("Exception");
    }
    return {};
}

} // namespace rapport
