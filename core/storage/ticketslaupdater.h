#pragma once

#include "calendar/businesscalendar.h"
#include "database.h"
#include "domain/ids.h"
#include "sla/slaclock.h"
#include "sla/slapolicy.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <optional>

namespace rapport {

// Keeps the derived SLA columns of ticket rows in step with their event
// logs: replays a ticket's log through computeSla() on its client's policy
// and calendar and stores the result. Policies and calendars are loaded once
// per updater, so a batch over many tickets reads each only once.
class TicketSlaUpdater
{
public:
    // The policy and calendar a ticket's clock runs on.
    struct ClockSetup
    {
        SlaPolicy policy;
        BusinessCalendar calendar;
    };

    explicit TicketSlaUpdater(const Database &db) : m_db(db) {}

    // The clock of a client's tickets (its own policy, else the default).
    Result<ClockSetup> clockFor(ClientId client);

    // The ticket's event log as the clock's input, oldest first, and when
    // it was closed (0 if never).
    Result<QList<TicketEvent>> slaEvents(TicketId ticket, qint64 *closedAt = nullptr) const;

    // The clock of one ticket as of `asOf` (0: now, or the latest event if later).
    Result<SlaSnapshot> snapshot(TicketId ticket, ClientId client, qint64 asOf);

    // Recomputes and stores one ticket's SLA columns as of its latest event
    // (inside the caller's transaction, if any).
    Status update(TicketId ticket);

    // Recomputes the open tickets (of one client, or all), committing in
    // batches so that other writers are not held up. Returns how many.
    Result<int> updateOpen(std::optional<ClientId> client, const std::atomic_bool *cancel);

private:
    Result<ClockSetup> clockForPolicy(qint64 policyId);

    Database m_db;
    QHash<qint64, qint64> m_clientPolicy; // client id → policy id (0: default)
    QHash<qint64, ClockSetup> m_clocks;        // policy id (0: default) → clock
};

} // namespace rapport
