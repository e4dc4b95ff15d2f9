#pragma once

#include "database.h"
#include "domain/ticket.h"
#include "ticketrepository.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace rapport {

// The read side of TicketRepository: a ticket's stored fields, its SLA clock
// replayed from the event log as of an instant, its log and time entries,
// and the keyset pages of the tickets list.
class TicketReader
{
public:
    explicit TicketReader(const Database &db) : m_db(db) {}

    // The stored fields (the SLA snapshot left empty).
    Result<Ticket> ticket(TicketId id) const;
    // With the SLA clock as of `asOf` (0: now, or the latest event if later),
    // on the client's current policy and calendar.
    std::optional<Ticket> withSla(TicketId id, qint64 asOf) const;
    QList<TicketLogEntry> events(TicketId id) const;
    QList<TimeEntry> timeEntries(TicketId id) const;
    QList<TicketListRow> list(const TicketQuery &query) const;
    int count(const TicketQuery &query) const;
    // The categories in use: distinct, non-empty, in the order of the
    // current locale (the same on both engines).
    QStringList categories() const;

private:
    Database m_db;
};

} // namespace rapport
