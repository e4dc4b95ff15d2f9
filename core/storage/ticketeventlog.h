#pragma once

#include "database.h"
#include "domain/ticket.h"

#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace rapport {

// One change of a ticket: the event appended to its log, the columns it
// sets, and what the client's timeline says about it.
struct TicketChange
{
    QString kind;          // a TicketLogEntry kind
    qint64 at = 0;
    std::optional<TicketStatus> status;
    std::optional<Priority> priority;
    QString channel;
    QString body;
    QStringList columns;   // "status = ?"…
    QVariantList values;
    Ticket after;          // the ticket with the change applied (for the audit log)
    QString title;         // timeline title
    QString timelineBody;
    qint64 expectedVersion = 0; // refused as a conflict unless the stored ticket has it; 0: no check
};

// Appends changes to tickets: in one transaction the row's columns, the
// event, the audit log (the event and the changed fields), the client's
// timeline, and the SLA figures recomputed from the whole log.
class TicketEventLog
{
public:
    explicit TicketEventLog(const Database &db) : m_db(db) {}

    // Refused, and nothing written, when change.expectedVersion is set and
    // the stored ticket has moved on (conflictMessage says who moved it).
    Status append(const Ticket &before, const TicketChange &change);

    // Who changed the ticket last, and when, as a sentence for a conflict.
    QString conflictMessage(TicketId id) const;

    // When an event at `at` (0: now) may be logged: not before the ticket's
    // creation; a status change not before the last one (the clock replays
    // them in order); with notBeforeLast, moved after the latest event.
    Result<qint64> eventTime(const Ticket &ticket, qint64 at, bool statusChange, bool notBeforeLast = false) const;

    // The fields of a ticket the audit log follows.
    static QVariantMap auditMap(const Ticket &ticket);

private:
    Database m_db;
};

} // namespace rapport
