#include "ticketslaupdater.h"

#include "calendarrepository.h"
#include "domain/clock.h"
#include "slapolicyrepository.h"
#include "sql.h"
#include "ticketslafields.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QString kOpen = u"('new', 'formalizing', 'in_progress', 'waiting_on_client')"_s;
const QString kEventsSelect =
    u"SELECT at, kind, status, priority FROM ticket_events WHERE ticket_id = ? ORDER BY at, id"_s;

// Reads one event row (at, kind, status, priority) as the clock's input.
TicketEvent readEvent(const QSqlQuery &q, qint64 *closedAt)
{
    TicketEvent e;
    e.atUtc = q.value(0).toLongLong();
    const QString kind = q.value(1).toString();
    e.kind = slaEventKind(kind);
    if (const auto s = statusFromKey(q.value(2).toString()))
        e.status = *s;
    if (const auto p = priorityFromKey(q.value(3).toString()))
        e.priority = *p;
    if (closedAt && kind == u"status"_s && e.status == TicketStatus::Closed)
        *closedAt = e.atUtc;
    return e;
}

// Stored figures describe the clock right after the latest event, so that
// they depend on the log alone (not on when they were computed); lists
// compare the stored instants with their own "now".
qint64 asOfFor(const QList<TicketEvent> &events)
{
    qint64 latest = 0;
    for (const TicketEvent &e : events)
        latest = std::max(latest, e.atUtc);
    return latest > 0 ? latest : Clock::nowSecs();
}

} // namespace

Result<TicketSlaUpdater::ClockSetup> TicketSlaUpdater::clockForPolicy(qint64 policyId)
{
    if (auto it = m_clocks.constFind(policyId); it != m_clocks.cend())
        return *it;
    SlaPolicyRepository policies(m_db);
    std::optional<SlaPolicy> policy = policyId > 0 ? policies.byId(policyId) : std::nullopt;
    if (!policy)
        policy = policies.defaultPolicy();
    auto calendar = CalendarRepository(m_db).load(policy->calendarName);
    if (!calendar)
        return fail(calendar.error());
    ClockSetup clock{*policy, *calendar};
    m_clocks.insert(policyId, clock);
    return clock;
}

Result<TicketSlaUpdater::ClockSetup> TicketSlaUpdater::clockFor(ClientId client)
{
    auto it = m_clientPolicy.constFind(client.value);
    if (it == m_clientPolicy.cend()) {
        auto v = sql::scalar(m_db.connection(), u"SELECT coalesce(sla_policy_id, 0) FROM clients WHERE id = ?"_s,
                             {client.value});
        if (!v)
            return fail(v.error());
        it = m_clientPolicy.insert(client.value, v->toLongLong());
    }
    return clockForPolicy(*it);
}

Result<QList<TicketEvent>> TicketSlaUpdater::slaEvents(TicketId ticket, qint64 *closedAt) const
{
    auto q = sql::exec(m_db.connection(), kEventsSelect, {ticket.value});
    if (!q)
        return fail(q.error());
    QList<TicketEvent> events;
    while (q->next())
        events.append(readEvent(*q, closedAt));
    return events;
}

Result<SlaSnapshot> TicketSlaUpdater::snapshot(TicketId ticket, ClientId client, qint64 asOf)
{
    auto clock = clockFor(client);
    if (!clock)
        return fail(clock.error());
    auto events = slaEvents(ticket);
    if (!events)
        return fail(events.error());
    if (asOf <= 0)
        asOf = std::max(Clock::nowSecs(), asOfFor(*events));
    return computeSla(*events, clock->policy, clock->calendar, asOf);
}

Status TicketSlaUpdater::update(TicketId ticket)
{
    const QSqlDatabase conn = m_db.connection();
    auto row = sql::exec(conn, u"SELECT client_id, status FROM tickets WHERE id = ?"_s, {ticket.value});
    if (!row)
        return fail(row.error());
    if (!row->next())
        return fail(QCoreApplication::translate("TicketRepository", "No ticket with number %1.").arg(ticket.value));
    const ClientId client(row->value(0).toLongLong());
    const TicketStatus status = statusFromKey(row->value(1).toString()).value();
    row->finish();
    auto clock = clockFor(client);
    if (!clock)
        return fail(clock.error());
    qint64 closedAt = 0;
    auto events = slaEvents(ticket, &closedAt);
    if (!events)
        return fail(events.error());
    const qint64 asOf = asOfFor(*events);
    const SlaSnapshot sla = computeSla(*events, clock->policy, clock->calendar, asOf);
    const TicketSlaFields fields = TicketSlaFields::derive(sla, status, closedAt, asOf, clock->calendar);
    QVariantList values = fields.values();
    values << sql::nullIfZero(clock->policy.id) << ticket.value;
    auto q = sql::exec(conn, u"UPDATE tickets SET "_s + TicketSlaFields::assignments() + u", sla_policy_id = ? WHERE id = ?"_s,
                       values);
    if (!q)
        return fail(q.error());
    return {};
}

Result<int> TicketSlaUpdater::updateOpen(std::optional<ClientId> client, const std::atomic_bool *cancel)
{
    const QSqlDatabase conn = m_db.connection();
    struct Row
    {
        qint64 id;
        qint64 client;
        TicketStatus status;
    };
    std::vector<Row> rows;
    {
        QString statement = u"SELECT id, client_id, status FROM tickets WHERE status IN "_s + kOpen;
        QVariantList values;
        if (client) {
            statement += u" AND client_id = ?"_s;
            values << client->value;
        }
        auto q = sql::exec(conn, statement, values);
        if (!q)
            return fail(q.error());
        while (q->next())
            rows.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(),
                            statusFromKey(q->value(2).toString()).value()});
    }
    // Policies of the clients, read once.
    {
        auto q = sql::exec(conn, u"SELECT id, coalesce(sla_policy_id, 0) FROM clients"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            m_clientPolicy.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    QSqlQuery events(conn);
    events.setForwardOnly(true);
    QSqlQuery update(conn);
    const QString updateStatement =
        u"UPDATE tickets SET "_s + TicketSlaFields::assignments() + u", sla_policy_id = ? WHERE id = ?"_s;
    for (auto [query, statement] : {std::pair{&events, kEventsSelect}, std::pair{&update, updateStatement}}) {
        if (!query->prepare(statement))
            return fail(sql::describeError(query->lastError().text(), statement));
    }
    constexpr size_t kBatch = 1000;
    int done = 0;
    for (size_t start = 0; start < rows.size(); start += kBatch) {
        if (cancel && cancel->load())
            break;
        Transaction tx(conn);
        if (!tx.isActive())
            return fail(tx.error());
        for (size_t i = start; i < std::min(rows.size(), start + kBatch); ++i) {
            const Row &r = rows[i];
            auto clock = clockFor(ClientId(r.client));
            if (!clock)
                return fail(clock.error());
            if (Status s = sql::exec(events, {r.id}); !s)
                return fail(s.error());
            QList<TicketEvent> log;
            qint64 closedAt = 0;
            while (events.next())
                log.append(readEvent(events, &closedAt));
            events.finish();
            const qint64 asOf = asOfFor(log);
            const SlaSnapshot sla = computeSla(log, clock->policy, clock->calendar, asOf);
            QVariantList values = TicketSlaFields::derive(sla, r.status, closedAt, asOf, clock->calendar).values();
            values << sql::nullIfZero(clock->policy.id) << r.id;
            if (Status s = sql::exec(update, values); !s)
                return fail(s.error());
            ++done;
        }
        if (Status s = tx.commit(); !s)
            return fail(s.error());
    }
    return done;
}

} // namespace rapport
