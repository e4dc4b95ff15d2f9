#include "ticketslafields.h"

#include "calendar/businesscalendar.h"
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

TicketSlaFields TicketSlaFields::derive(const SlaSnapshot &sla, TicketStatus status, qint64 closedAt, qint64 asOf,
                                        const BusinessCalendar &calendar)
{
    TicketSlaFields f;
    f.responseDue = sla.response.dueUtc;
    f.resolutionDue = sla.resolution.dueUtc;
    f.firstResponseAt = sla.response.doneUtc;
    if (sla.response.doneUtc)
        f.responseSecs = sla.response.elapsedBusinessSecs;
    if (sla.resolution.doneUtc)
        f.resolutionSecs = sla.resolution.elapsedBusinessSecs;
    if (status == TicketStatus::Resolved || status == TicketStatus::Closed)
        f.resolvedAt = sla.resolution.doneUtc;
    if (status == TicketStatus::Closed)
        f.closedAt = closedAt;
    f.responseState = SlaTargetState::stateKey(sla.response.state);
    f.resolutionState = SlaTargetState::stateKey(sla.resolution.state);
    f.paused = sla.paused;
    // The response target is never longer than the resolution target, so
    // while the response is pending it is the one that gets at risk first.
    const SlaTargetState &pending = sla.response.doneUtc ? sla.resolution : sla.response;
    if (!pending.doneUtc && !sla.paused && !isFinished(status)) {
        const qint64 left = pending.targetSecs - pending.elapsedBusinessSecs;
        const qint64 untilRisk = left - pending.targetSecs / 5;
        f.riskAt = untilRisk > 0 ? calendar.addBusinessTime(asOf, untilRisk) : asOf;
        if (f.riskAt == BusinessCalendar::Never)
            f.riskAt = 0;
    }
    const auto consider = [&](const SlaTargetState &t) {
        const bool late = t.state == SlaTargetState::Breached;
        const bool running = !t.doneUtc && !sla.paused && !isFinished(status);
        if ((late || running) && t.dueUtc > 0 && t.dueUtc != BusinessCalendar::Never)
            f.breachedAt = f.breachedAt > 0 ? std::min(f.breachedAt, t.dueUtc) : t.dueUtc;
    };
    consider(sla.response);
    consider(sla.resolution);
    return f;
}

QString TicketSlaFields::assignments()
{
    return u"response_due = ?, resolution_due = ?, first_response_at = ?, resolved_at = ?, closed_at = ?, "
           "response_secs = ?, resolution_secs = ?, response_state = ?, resolution_state = ?, sla_paused = ?, "
           "risk_at = ?, breached_at = ?"_s;
}

QVariantList TicketSlaFields::values() const
{
    const auto optional = [](const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); };
    const auto instant = [](qint64 v) { return v > 0 && v != BusinessCalendar::Never ? QVariant(v) : QVariant(); };
    return {instant(responseDue), instant(resolutionDue), instant(firstResponseAt), instant(resolvedAt),
            instant(closedAt),    optional(responseSecs), optional(resolutionSecs), responseState,
            resolutionState,      paused,                 instant(riskAt),        instant(breachedAt)};
}

TicketEventKind slaEventKind(const QString &kind)
{
    if (kind == u"created"_s)
        return TicketEventKind::Created;
    if (kind == u"status"_s)
        return TicketEventKind::StatusChanged;
    if (kind == u"reply"_s)
        return TicketEventKind::ClientVisibleReply;
    if (kind == u"contact"_s)
        return TicketEventKind::LoggedContact;
    if (kind == u"assigned"_s)
        return TicketEventKind::Assigned;
    if (kind == u"priority"_s)
        return TicketEventKind::PriorityChanged;
    if (kind == u"client_suspended"_s)
        return TicketEventKind::ClientSuspended;
    if (kind == u"client_restored"_s)
        return TicketEventKind::ClientRestored;
    return TicketEventKind::InternalNote;
}

QString currentSlaState(const QString &stored, qint64 due, qint64 riskAt, bool open, bool paused, qint64 asOf)
{
    if (!open || paused || (stored != u"running"_s && stored != u"at_risk"_s))
        return stored;
    if (due > 0 && due < asOf)
        return u"breached"_s;
    if (riskAt > 0 && riskAt <= asOf)
        return u"at_risk"_s;
    return stored;
}

} // namespace rapport
