#pragma once

#include "database.h"
#include "domain/ticket.h"

#include <QList>
#include <QStringList>

#include <atomic>

namespace rapport {

struct TicketChange;

// One row of the tickets list: what the table shows.
struct TicketListRow
{
    TicketId id;
    qint64 createdAt = 0;
    QString subject;
    ClientId clientId;
    QString clientName;
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
    TicketChannel channel = TicketChannel::Email;
    QString ownerName;
    QString assigneeName;
    qint64 responseDue = 0;   // 0 once responded
    qint64 resolutionDue = 0;
    qint64 firstResponseAt = 0;
    QString responseState;    // running, paused, met, breached, at_risk (as of the query's asOf)
    QString resolutionState;
    bool paused = false;
    QString category;
    qint64 agreedDeadline = 0; // 0: none
};

// Filters and a keyset page for the tickets list: newest first by
// (created_at, id); rows strictly older than (beforeCreated, beforeId).
struct TicketQuery
{
    QString search;                      // subject, client name, ticket number
    ClientId client;
    std::optional<TicketStatus> status;
    bool openOnly = false;               // not resolved, closed or cancelled
    UserId assignee;
    UserId owner;
    bool unassigned = false;
    bool waitingOnClient = false;
    bool breached = false;               // a target breached (stored state) or due passed while open
    bool atRisk = false;                 // open with a due instant within 20 % of its target of asOf
                                         // (breached and atRisk together: either)
    QString category;                    // exactly this category; empty: any
    bool pastAgreedDeadline = false;     // open, with an agreed deadline before asOf
    qint64 asOf = 0;                     // 0: now
    qint64 beforeCreated = 0;            // 0: from the newest
    qint64 beforeId = 0;
    int limit = 200;
};

// Tickets and their event log. Every change appends an event, recomputes the
// SLA clock from the whole log and stores the derived fields on the row, and
// writes the audit log and the client's timeline, in one transaction.
class TicketRepository
{
public:
    explicit TicketRepository(const Database &db) : m_db(db) {}

    static constexpr int MaxCategoryLength = 60;
    // Whether `category` (already trimmed) may be stored: at most
    // MaxCategoryLength characters, no control characters. Empty is fine.
    static Status checkCategory(const QString &category);
    // Whether `deadline` (0: none) may be agreed on a ticket created at `createdAt`.
    static Status checkAgreedDeadline(qint64 deadline, qint64 createdAt);

    // Creates the ticket (status new) at `at` (0: now) with a "created" event.
    Result<Ticket> create(const Ticket &ticket, qint64 at = 0);

    // Status change; in progress needs an owner and an assignee.
    Status setStatus(TicketId id, TicketStatus status, qint64 at = 0);
    Status assign(TicketId id, UserId assignee, qint64 at = 0);
    Status setOwner(TicketId id, UserId owner, qint64 at = 0);
    Status setPriority(TicketId id, Priority priority, qint64 at = 0);
    // The category, trimmed (empty: none); see checkCategory().
    Status setCategory(TicketId id, const QString &category, qint64 at = 0);
    // Client-visible reply (counts as the first response).
    Status reply(TicketId id, const QString &text, qint64 at = 0);
    // A call, email or message to the client logged by the manager (counts as a response).
    Status logContact(TicketId id, const QString &channel, const QString &summary, qint64 at = 0);
    // Internal note (never a response).
    Status addNote(TicketId id, const QString &text, qint64 at = 0);
    // The manager's formal task statement and the client's confirmation of it.
    Status formalize(TicketId id, const QString &statement, qint64 at = 0);
    Status confirm(TicketId id, const QString &channel, qint64 at = 0);
    // The deadline agreed with the client (UTC epoch seconds; 0 clears it),
    // not before the ticket was created.
    Status setAgreedDeadline(TicketId id, qint64 deadline, qint64 at = 0);
    Result<qint64> addTime(const TimeEntry &entry);
    // Feedback after closing: liked, or not liked with a reason.
    Status setFeedback(TicketId id, Feedback feedback, const QString &reason);

    std::optional<Ticket> byId(TicketId id, qint64 asOf = 0) const;
    QList<TicketLogEntry> events(TicketId id) const;
    QList<TimeEntry> timeEntries(TicketId id) const;
    QList<TicketListRow> list(const TicketQuery &query) const;
    int count(const TicketQuery &query) const;
    // The categories in use (distinct, non-empty, sorted): suggestions and filters.
    QStringList categories() const;

    // Recomputes the derived SLA fields of every open ticket (after a calendar
    // or policy change). Returns the number of tickets updated.
    Result<int> recomputeOpen(const std::atomic_bool *cancel = nullptr);
    // The same for one client's open tickets (after its policy changed).
    Result<int> recomputeOpen(ClientId client, const std::atomic_bool *cancel = nullptr);

    // The client was suspended for debt (or restored): appends
    // client_suspended (client_restored) to each of its open tickets not
    // already in that state, which pauses (resumes) their SLA clocks.
    // Billing and dunning call it on every suspension change.
    Status clientSuspensionChanged(ClientId client, bool suspended, qint64 at = 0);

    // Optimistic edits (team mode): the changes that follow refuse to touch
    // `seen`'s ticket once its stored version differs from the one `seen`
    // was read with, so a dialog never applies a change over another desk's
    // that it has not shown (isStale and conflictMessage then explain).
    void expectVersion(const Ticket &seen);
    // Whether the stored ticket changed since `mine` was read.
    bool isStale(const Ticket &mine) const;
    // Who changed the ticket last, and when, as a sentence.
    QString conflictMessage(TicketId id) const;

private:
    struct Expected
    {
        TicketId id;
        qint64 version = 0;
    };

    Result<Ticket> current(TicketId id) const;
    Status appendChange(const Ticket &before, TicketChange change);
    Status checkUser(UserId user) const;
    Status message(TicketId id, const QString &kind, const QString &channel, const QString &text, qint64 at);

    Database m_db;
    Expected m_expected;
};

} // namespace rapport
