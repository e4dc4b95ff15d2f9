#include "ticketbulkwriter.h"

#include "domain/clock.h"
#include "domain/ticketworkflow.h"
#include "sql.h"
#include "ticketslafields.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Below this many new tickets per stored ticket, keeping the indexes is cheaper.
constexpr double kRebuildRatio = 0.5;
constexpr qint64 kRebuildMinimum = 20000;

const QStringList kKinds{u"created"_s, u"status"_s, u"reply"_s, u"contact"_s, u"note"_s, u"assigned"_s,
                         u"owner"_s, u"priority"_s, u"formalized"_s, u"confirmed"_s, u"client_suspended"_s,
                         u"client_restored"_s, u"deadline"_s, u"feedback"_s, u"category"_s};

QString tr(const char *text)
{
    return QCoreApplication::translate("TicketBulkWriter", text);
}

QString nonNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}


} // namespace

TicketBulkWriter::TicketBulkWriter(const Database &db)
    : m_db(db)
    , m_sla(db)
{
}

TicketBulkWriter::~TicketBulkWriter() = default;

// The file's tuning for a large load (SQLite only): deferred foreign keys,
// a large page cache, and secondary indexes rebuilt once at the end.
Status TicketBulkWriter::tuneFile(double stored, qint64 expectedTickets)
{
    const QSqlDatabase conn = m_db.connection();
    // Each ticket is written before the rows that point at it, so deferred
    // foreign keys never count a violation; deferring spares SQLite a
    // statement journal per row. The pragma ends with the transaction.
    if (auto q = sql::exec(conn, u"PRAGMA defer_foreign_keys = ON"_s); !q)
        return fail(q.error());
    // A large page cache while loading (restored by finish()).
    auto cache = sql::scalar(conn, u"PRAGMA cache_size"_s);
    if (!cache)
        return fail(cache.error());
    m_cacheSize = cache->toLongLong();
    if (auto q = sql::exec(conn, u"PRAGMA cache_size = -65536"_s); !q)
        return fail(q.error());
    if (expectedTickets >= kRebuildMinimum && double(expectedTickets) >= kRebuildRatio * stored) {
        auto q = sql::exec(conn,
                           u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
                           "('tickets', 'ticket_events', 'time_entries', 'timeline_events') ORDER BY name"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            m_droppedIndexes.append({q->value(0).toString(), q->value(1).toString()});
        q->finish();
        for (const auto &[name, create] : std::as_const(m_droppedIndexes)) {
            // Index names come from sqlite_master, never from user text.
            if (auto d = sql::exec(conn, u"DROP INDEX \""_s + name + u'"'); !d)
                return fail(d.error());
        }
    }
    return {};
}

Status TicketBulkWriter::begin(qint64 expectedTickets)
{
    const QSqlDatabase conn = m_db.connection();
    auto stored = sql::scalar(conn, u"SELECT coalesce(max(id), 0) FROM tickets"_s);
    if (!stored)
        return fail(stored.error());
    m_nextId = stored->toLongLong();
    auto count = sql::scalar(conn, u"SELECT count(*) FROM tickets"_s);
    if (!count)
        return fail(count.error());
    m_now = Clock::nowSecs();
    m_tuned = m_db.dialect().isSQLite();
    if (m_tuned) {
        if (Status s = tuneFile(count->toDouble(), expectedTickets); !s)
            return s;
    }
    const auto prepare = [&](std::unique_ptr<BulkStatement> &target, const QString &statement) -> Status {
        target = std::make_unique<BulkStatement>(conn, statement);
        if (!target->isValid())
            return fail(target->error());
        return {};
    };
    if (Status s = prepare(m_tickets,
                           u"INSERT INTO tickets (id, client_id, contact_id, channel, subject, description, priority, "
                           "category, status, owner_id, assignee_id, agreed_deadline, formal_statement, confirmed_at, "
                           "confirmed_channel, created_at, updated_at, sla_policy_id, response_due, resolution_due, "
                           "first_response_at, resolved_at, closed_at, response_secs, resolution_secs, response_state, "
                           "resolution_state, sla_paused, risk_at, breached_at, feedback, feedback_reason, feedback_at, "
                           "search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !s)
        return s;
    if (Status s = prepare(m_events, u"INSERT INTO ticket_events (ticket_id, at, kind, status, priority, user_id, "
                                     "channel, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !s)
        return s;
    if (Status s = prepare(m_time, u"INSERT INTO time_entries (ticket_id, client_id, user_id, day, minutes, billable, "
                                   "note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !s)
        return s;
    if (Status s = prepare(m_timeline, u"INSERT INTO timeline_events (client_id, at, kind, title, body, channel, "
                                       "user_id, ref_type, ref_id) VALUES (?, ?, 'ticket', ?, '', ?, ?, 'ticket', ?)"_s);
        !s)
        return s;
    m_begun = true;
    return {};
}

Result<TicketId> TicketBulkWriter::add(const TicketHistory &h)
{
    if (!m_begun)
        return fail(tr("The bulk writer was not started."));
    const Ticket &t = h.ticket;
    if (h.events.isEmpty() || h.events.first().kind != u"created"_s)
        return fail(tr("A ticket's history starts with its creation."));
    if (t.subject.trimmed().isEmpty())
        return fail(tr("A ticket needs a subject."));
    const qint64 created = h.events.first().at;
    QList<TicketEvent> log;
    log.reserve(h.events.size());
    qint64 closedAt = 0;
    qint64 latest = created;
    for (const TicketLogEntry &e : h.events) {
        if (!kKinds.contains(e.kind))
            return fail(tr("Unknown ticket event “%1”.").arg(e.kind));
        if (e.at < created)
            return fail(tr("An event of the ticket happens before its creation."));
        TicketEvent ev;
        ev.atUtc = e.at;
        ev.kind = slaEventKind(e.kind);
        ev.status = e.status.value_or(TicketStatus::New);
        ev.priority = e.priority.value_or(t.priority);
        if (e.kind == u"status"_s && e.status == TicketStatus::Closed)
            closedAt = e.at;
        latest = std::max(latest, e.at);
        log.append(ev);
    }
    auto clock = m_sla.clockFor(t.clientId);
    if (!clock)
        return fail(clock.error());
    const SlaSnapshot sla = computeSla(log, clock->policy, clock->calendar, latest);
    const TicketSlaFields f = TicketSlaFields::derive(sla, t.status, closedAt, latest, clock->calendar);
    const TicketId id(++m_nextId);

    BulkStatement &r = *m_tickets;
    r.bind(0, id.value);
    r.bind(1, t.clientId.value);
    r.bindOptional(2, t.contactId.value);
    r.bind(3, contactChannelKey(t.channel));
    r.bind(4, t.subject.simplified());
    r.bind(5, nonNull(t.description));
    r.bind(6, priorityKey(t.priority));
    r.bind(7, nonNull(t.category));
    r.bind(8, statusKey(t.status));
    r.bindOptional(9, t.ownerId.value);
    r.bindOptional(10, t.assigneeId.value);
    r.bindOptional(11, t.agreedDeadline);
    r.bind(12, nonNull(t.formalStatement));
    r.bindOptional(13, t.confirmedAt);
    r.bind(14, t.confirmedChannel.isEmpty() ? QString() : t.confirmedChannel);
    r.bind(15, created);
    r.bind(16, m_now);
    r.bindOptional(17, clock->policy.id);
    // response_due … breached_at, in TicketSlaFields::assignments() order.
    r.bindOptional(18, f.responseDue == BusinessCalendar::Never ? 0 : f.responseDue);
    r.bindOptional(19, f.resolutionDue == BusinessCalendar::Never ? 0 : f.resolutionDue);
    r.bindOptional(20, f.firstResponseAt);
    r.bindOptional(21, f.resolvedAt);
    r.bindOptional(22, f.closedAt);
    if (f.responseSecs)
        r.bind(23, *f.responseSecs);
    else
        r.bindNull(23);
    if (f.resolutionSecs)
        r.bind(24, *f.resolutionSecs);
    else
        r.bindNull(24);
    r.bind(25, f.responseState);
    r.bind(26, f.resolutionState);
    r.bind(27, qint64(f.paused ? 1 : 0));
    r.bindOptional(28, f.riskAt);
    r.bindOptional(29, f.breachedAt);
    r.bind(30, t.feedback ? TicketWorkflow::feedbackKey(*t.feedback) : QString());
    r.bind(31, t.feedbackReason.isEmpty() ? QString() : t.feedbackReason);
    r.bindOptional(32, t.feedbackAt);
    r.bind(33, t.subject.simplified().toLower());
    if (Status s = r.exec(); !s)
        return fail(s.error());

    BulkStatement &ev = *m_events;
    for (const TicketLogEntry &e : h.events) {
        ev.bind(0, id.value);
        ev.bind(1, e.at);
        ev.bind(2, e.kind);
        ev.bind(3, e.status ? statusKey(*e.status) : QString());
        ev.bind(4, e.priority ? priorityKey(*e.priority) : QString());
        ev.bindOptional(5, e.userId.value);
        ev.bind(6, e.channel.isEmpty() ? QString() : e.channel);
        ev.bind(7, nonNull(e.body));
        if (Status s = ev.exec(); !s)
            return fail(s.error());
    }
    BulkStatement &tm = *m_time;
    for (const TimeEntry &e : h.timeEntries) {
        if (e.minutes <= 0 || !e.userId.isValid() || !e.day.isValid())
            return fail(tr("A time entry needs a person, a day and minutes."));
        tm.bind(0, id.value);
        tm.bind(1, t.clientId.value);
        tm.bind(2, e.userId.value);
        tm.bind(3, e.day.toString(Qt::ISODate));
        tm.bind(4, qint64(e.minutes));
        tm.bind(5, qint64(e.billable ? 1 : 0));
        tm.bind(6, nonNull(e.note));
        tm.bind(7, m_now);
        if (Status s = tm.exec(); !s)
            return fail(s.error());
    }
    if (Status s = timeline(t, id, created,
                            QCoreApplication::translate("TicketRepository", "Request #%1 recorded: %2")
                                .arg(id.value)
                                .arg(t.subject),
                            contactChannelKey(t.channel));
        !s)
        return fail(s.error());
    if (isFinished(t.status)) {
        qint64 finishedAt = latest;
        for (const TicketLogEntry &e : h.events) {
            if (e.kind == u"status"_s && e.status == t.status)
                finishedAt = e.at;
        }
        if (Status s = timeline(t, id, finishedAt,
                                QCoreApplication::translate("TicketRepository", "Request #%1 is now %2")
                                    .arg(id.value)
                                    .arg(TicketWorkflow::statusWord(t.status)),
                                QString());
            !s)
            return fail(s.error());
    }
    m_counts.tickets += 1;
    m_counts.events += int(h.events.size());
    m_counts.timeEntries += int(h.timeEntries.size());
    return id;
}

Status TicketBulkWriter::timeline(const Ticket &t, TicketId id, qint64 at, const QString &title,
                                  const QString &channel)
{
    BulkStatement &tl = *m_timeline;
    tl.bind(0, t.clientId.value);
    tl.bind(1, at);
    tl.bind(2, title);
    tl.bind(3, channel.isEmpty() ? QString() : channel);
    tl.bindOptional(4, t.ownerId.value);
    tl.bind(5, id.value);
    ++m_counts.timeline;
    return tl.exec();
}

Status TicketBulkWriter::finish()
{
    if (!m_begun)
        return {};
    const QSqlDatabase conn = m_db.connection();
    if (!m_tuned) {
        m_begun = false;
        return m_db.dialect().syncIdentity(conn, u"tickets"_s);
    }
    // Index builds sort through temporary files, not memory (the
    // connection keeps temporary data in memory otherwise).
    if (!m_droppedIndexes.isEmpty()) {
        if (auto q = sql::exec(conn, u"PRAGMA temp_store = FILE"_s); !q)
            return fail(q.error());
    }
    for (const auto &[name, create] : std::as_const(m_droppedIndexes)) {
        if (auto q = sql::exec(conn, create); !q)
            return fail(q.error());
    }
    if (!m_droppedIndexes.isEmpty()) {
        if (auto q = sql::exec(conn, u"PRAGMA temp_store = MEMORY"_s); !q)
            return fail(q.error());
    }
    m_droppedIndexes.clear();
    // sql-ok: an integer cache size of the writer
    if (auto q = sql::exec(conn, u"PRAGMA cache_size = %1"_s.arg(m_cacheSize)); !q)
        return fail(q.error());
    m_begun = false;
    return {};
}

Result<bool> TicketBulkWriter::hasTicket(ClientId client, qint64 createdAt, const QString &subject) const
{
    auto v = sql::scalar(m_db.connection(),
                         u"SELECT count(*) FROM tickets WHERE client_id = ? AND created_at = ? AND subject = ?"_s,
                         {client.value, createdAt, subject});
    if (!v)
        return fail(v.error());
    return v->toInt() > 0;
}

Result<QList<ClientRef>> TicketBulkWriter::clientsWithoutTickets(const Database &db)
{
    auto q = sql::exec(db.connection(),
                       u"SELECT c.id, coalesce(c.account_manager_id, 0), c.status FROM clients c "
                       "WHERE c.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.client_id = c.id) "
                       "ORDER BY c.id"_s);
    if (!q)
        return fail(q.error());
    QList<ClientRef> clients;
    while (q->next())
        clients.append({ClientId(q->value(0).toLongLong()), UserId(q->value(1).toLongLong()),
                        clientStatusFromKey(q->value(2).toString()).value_or(ClientStatus::Active)});
    return clients;
}

} // namespace rapport
