#pragma once

#include "domain/result.h"
#include "sla/slapolicy.h"

#include <QCoreApplication>
#include <QString>

namespace rapport {

// What happened to a ticket; the SLA clock is recomputed from these.
enum class TicketEventKind {
    Created,
    StatusChanged,
    ClientVisibleReply,
    LoggedContact, // a call, email or message to the client was logged: counts as a response
    InternalNote,
    Assigned,
    ClientSuspended, // the client was suspended for debt
    ClientRestored,
    PriorityChanged,
};

// Ticket workflow: new → formalizing → in progress ↔ waiting on client →
// resolved → closed; cancelled.
enum class TicketStatus { New, Formalizing, InProgress, WaitingOnClient, Resolved, Closed, Cancelled };

// Stable keys for storage and files ("in_progress", "waiting_on_client", …).
inline QString statusKey(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New: return QStringLiteral("new");
    case TicketStatus::Formalizing: return QStringLiteral("formalizing");
    case TicketStatus::InProgress: return QStringLiteral("in_progress");
    case TicketStatus::WaitingOnClient: return QStringLiteral("waiting_on_client");
    case TicketStatus::Resolved: return QStringLiteral("resolved");
    case TicketStatus::Closed: return QStringLiteral("closed");
    case TicketStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("new");
}

inline Result<TicketStatus> statusFromKey(const QString &key)
{
    for (int i = int(TicketStatus::New); i <= int(TicketStatus::Cancelled); ++i) {
        if (statusKey(TicketStatus(i)) == key)
            return TicketStatus(i);
    }
    return fail(QCoreApplication::translate("TicketEvent", "Unknown ticket status “%1”.").arg(key));
}

// Resolved, closed and cancelled tickets are done: their clock stops.
inline bool isFinished(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed || status == TicketStatus::Cancelled;
}

// One entry of a ticket's event log, the input of the SLA clock.
struct TicketEvent
{
    qint64 atUtc = 0;
    TicketEventKind kind = TicketEventKind::Created;
    TicketStatus status = TicketStatus::New; // the new status of StatusChanged
    Priority priority = Priority::Normal; // of Created and PriorityChanged

    friend bool operator==(const TicketEvent &, const TicketEvent &) = default;
};

} // namespace rapport
