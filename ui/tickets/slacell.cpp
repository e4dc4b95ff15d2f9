#include "slacell.h"

#include "theme.h"
#include "ticketlabels.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

SlaCell countdown(qint64 due, qint64 now, bool atRisk)
{
    const qint64 left = due - now;
    if (left <= 0)
        return {SlaCell::tr("overdue %1").arg(TicketLabels::duration(-left)), SlaCell::Breached};
    return {SlaCell::tr("%1 left").arg(TicketLabels::duration(left)), atRisk ? SlaCell::AtRisk : SlaCell::Running};
}

} // namespace

SlaCell SlaCell::forRow(const TicketListRow &row, qint64 now)
{
    const bool breached = row.responseState == u"breached"_s || row.resolutionState == u"breached"_s;
    if (isFinished(row.status))
        return breached ? SlaCell{tr("breached"), Breached} : SlaCell{tr("met"), Quiet};
    if (row.paused)
        return {tr("paused"), Quiet};
    const bool awaitingResponse = row.firstResponseAt == 0 && row.responseDue > 0;
    const qint64 due = awaitingResponse ? row.responseDue : row.resolutionDue;
    if (due <= 0)
        return {};
    const qint64 total = std::max<qint64>(1, due - row.createdAt);
    const bool storedAtRisk = (awaitingResponse ? row.responseState : row.resolutionState) == u"at_risk"_s;
    SlaCell cell = countdown(due, now, storedAtRisk || (due - now) * 5 < total);
    // A target already breached keeps the row red: with the resolution still
    // ahead, that was the first response.
    if (breached && cell.tone != Breached) {
        cell.text = tr("late · %1").arg(cell.text);
        cell.detail = tr("The first response came after it was due; the resolution clock still runs.");
        cell.tone = Breached;
    }
    return cell;
}

SlaCell SlaCell::forTarget(const SlaTargetState &target, qint64 now)
{
    switch (target.state) {
    case SlaTargetState::Met:
        if (target.doneUtc && target.dueUtc > target.doneUtc)
            return {tr("met, %1 before due").arg(TicketLabels::duration(target.dueUtc - target.doneUtc)), Quiet};
        return {tr("met"), Quiet};
    case SlaTargetState::Breached:
        if (target.doneUtc)
            return {tr("breached, done %1 after due").arg(TicketLabels::duration(target.doneUtc - target.dueUtc)),
                    Breached};
        return {tr("overdue %1").arg(TicketLabels::duration(now - target.dueUtc)), Breached};
    case SlaTargetState::Paused:
        return {tr("paused"), Quiet};
    case SlaTargetState::Running:
    case SlaTargetState::AtRisk:
        return countdown(target.dueUtc, now, target.state == SlaTargetState::AtRisk);
    }
    return {};
}

QColor SlaCell::foreground(Tone tone)
{
    switch (tone) {
    case Running:
        return statusColor(StatusTone::Good);
    case AtRisk:
        return statusColor(StatusTone::Warning);
    case Breached:
        return statusColor(StatusTone::Bad);
    case Quiet:
        break;
    }
    return statusColor(StatusTone::Neutral);
}

QColor SlaCell::background(Tone tone)
{
    switch (tone) {
    case AtRisk:
        return statusBackground(StatusTone::Warning);
    case Breached:
        return statusBackground(StatusTone::Bad);
    default:
        break;
    }
    return {};
}

} // namespace rapport
