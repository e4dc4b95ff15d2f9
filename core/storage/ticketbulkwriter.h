#pragma once

#include "bulkstatement.h"
#include "database.h"
#include "domain/ticket.h"
#include "ticketslaupdater.h"

#include <QList>

#include <memory>

namespace rapport {

// A ticket with its whole history, written in one go: the fields as they
// stand at the end of the history, the event log (oldest first, starting
// with "created") and the time entries.
struct TicketHistory
{
    Ticket ticket;
    QList<TicketLogEntry> events;
    QList<TimeEntry> timeEntries;
};

// A client as bulk writers need it.
struct ClientRef
{
    ClientId id;
    UserId accountManager;
    ClientStatus status = ClientStatus::Active;
};

// Writes many tickets fast, for demo data and historical imports: the SLA
// fields are computed in memory with computeSla() from each history, rows
// go out through statements prepared once (BulkStatement), and when the
// load is large against what is stored the secondary indexes are dropped
// first and built once at the end (DESIGN: indexes cut bulk insert speed
// several-fold). Runs inside the caller's transaction; no audit rows (the
// caller audits the load as a whole). Each ticket gets a timeline row when
// recorded and one when finished.
class TicketBulkWriter
{
public:
    struct Counts
    {
        int tickets = 0;
        int events = 0;
        int timeEntries = 0;
        int timeline = 0;
    };

    explicit TicketBulkWriter(const Database &db);
    ~TicketBulkWriter();
    TicketBulkWriter(const TicketBulkWriter &) = delete;
    TicketBulkWriter &operator=(const TicketBulkWriter &) = delete;

    // Prepares the statements; `expectedTickets` decides whether dropping
    // and rebuilding the indexes pays off.
    Status begin(qint64 expectedTickets);
    // Validates the history's shape (a creation first, known kinds, times not
    // before the creation) and queues its rows. Returns the new ticket's id.
    Result<TicketId> add(const TicketHistory &history);
    // Writes what is queued and rebuilds dropped indexes.
    Status finish();

    const Counts &counts() const { return m_counts; }

    // Whether the client has a ticket created at that instant with that
    // subject (an import run twice adds nothing).
    Result<bool> hasTicket(ClientId client, qint64 createdAt, const QString &subject) const;

    // Clients without any ticket (demo data goes to these), oldest first.
    static Result<QList<ClientRef>> clientsWithoutTickets(const Database &db);

private:
    Status tuneFile(double stored, qint64 expectedTickets);
    Status timeline(const Ticket &ticket, TicketId id, qint64 at, const QString &title, const QString &channel);

    Database m_db;
    TicketSlaUpdater m_sla;
    std::unique_ptr<BulkStatement> m_tickets;
    std::unique_ptr<BulkStatement> m_events;
    std::unique_ptr<BulkStatement> m_time;
    std::unique_ptr<BulkStatement> m_timeline;
    QList<std::pair<QString, QString>> m_droppedIndexes; // name, CREATE statement
    qint64 m_nextId = 0;
    qint64 m_now = 0;
    qint64 m_cacheSize = -2000;
    bool m_tuned = true; // SQLite pragmas set by begin(), restored by finish()
    Counts m_counts;
    bool m_begun = false;
};

} // namespace rapport
