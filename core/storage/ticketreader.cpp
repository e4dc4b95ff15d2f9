#include "ticketreader.h"

#include "domain/clock.h"
#include "domain/ticketworkflow.h"
#include "sql.h"
#include "ticketlistquery.h"
#include "ticketslaupdater.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QString kTicketSelect =
    u"SELECT t.id, t.client_id, c.short_name, c.legal_name, t.contact_id, t.channel, t.subject, t.description, "
    "t.priority, t.category, t.status, t.owner_id, o.name, t.assignee_id, a.name, t.agreed_deadline, "
    "t.formal_statement, t.confirmed_at, t.confirmed_channel, t.created_at, t.updated_at, t.feedback, "
    "t.feedback_reason, t.feedback_at, t.first_response_at, t.resolved_at, t.closed_at, t.version "
    "FROM tickets t JOIN clients c ON c.id = t.client_id LEFT JOIN users o ON o.id = t.owner_id "
    "LEFT JOIN users a ON a.id = t.assignee_id WHERE t.id = ?"_s;

Ticket readTicket(const QSqlQuery &q)
{
    Ticket t;
    t.id = TicketId(q.value(0).toLongLong());
    t.clientId = ClientId(q.value(1).toLongLong());
    t.clientName = q.value(2).toString().isEmpty() ? q.value(3).toString() : q.value(2).toString();
    t.contactId = ContactId(q.value(4).toLongLong());
    t.channel = contactChannelFromKey(q.value(5).toString()).value_or(TicketChannel::Other);
    t.subject = q.value(6).toString();
    t.description = q.value(7).toString();
    t.priority = priorityFromKey(q.value(8).toString()).value();
    t.category = q.value(9).toString();
    t.status = statusFromKey(q.value(10).toString()).value();
    t.ownerId = UserId(q.value(11).toLongLong());
    t.ownerName = q.value(12).toString();
    t.assigneeId = UserId(q.value(13).toLongLong());
    t.assigneeName = q.value(14).toString();
    t.agreedDeadline = q.value(15).toLongLong();
    t.formalStatement = q.value(16).toString();
    t.confirmedAt = q.value(17).toLongLong();
    t.confirmedChannel = q.value(18).toString();
    t.createdAt = q.value(19).toLongLong();
    t.updatedAt = q.value(20).toLongLong();
    t.feedback = TicketWorkflow::feedbackFromKey(q.value(21).toString());
    t.feedbackReason = q.value(22).toString();
    t.feedbackAt = q.value(23).toLongLong();
    t.firstResponseAt = q.value(24).toLongLong();
    t.resolvedAt = q.value(25).toLongLong();
    t.closedAt = q.value(26).toLongLong();
    t.version = q.value(27).toLongLong();
    return t;
}

} // namespace

Result<Ticket> TicketReader::ticket(TicketId id) const
{
    auto q = sql::exec(m_db.connection(), kTicketSelect, {id.value});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(QCoreApplication::translate("TicketRepository", "No ticket with number %1.").arg(id.value));
    return readTicket(*q);
}

std::optional<Ticket> TicketReader::withSla(TicketId id, qint64 asOf) const
{
    auto t = ticket(id);
    if (!t)
        return std::nullopt;
    TicketSlaUpdater updater(m_db);
    auto clock = updater.clockFor(t->clientId);
    auto events = updater.slaEvents(id);
    if (clock && events) {
        qint64 when = asOf;
        if (when <= 0) {
            when = Clock::nowSecs();
            for (const TicketEvent &e : std::as_const(*events))
                when = std::max(when, e.atUtc);
        }
        t->sla = computeSla(*events, clock->policy, clock->calendar, when);
        t->slaAsOf = when;
        t->slaPolicyId = clock->policy.id;
        t->slaPolicyName = clock->policy.name;
        t->calendarName = clock->calendar.name();
    }
    return *t;
}

QList<TicketLogEntry> TicketReader::events(TicketId id) const
{
    QList<TicketLogEntry> result;
    auto q = sql::exec(m_db.connection(),
                       u"SELECT e.id, e.at, e.kind, e.status, e.priority, e.user_id, u.name, e.channel, e.body "
                       "FROM ticket_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.ticket_id = ? "
                       "ORDER BY e.at, e.id"_s,
                       {id.value});
    if (!q)
        return result;
    while (q->next()) {
        TicketLogEntry e;
        e.id = q->value(0).toLongLong();
        e.at = q->value(1).toLongLong();
        e.kind = q->value(2).toString();
        if (auto s = statusFromKey(q->value(3).toString()))
            e.status = *s;
        if (auto p = priorityFromKey(q->value(4).toString()))
            e.priority = *p;
        e.userId = UserId(q->value(5).toLongLong());
        e.userName = q->value(6).toString();
        e.channel = q->value(7).toString();
        e.body = q->value(8).toString();
        result.append(e);
    }
    return result;
}

QList<TimeEntry> TicketReader::timeEntries(TicketId id) const
{
    QList<TimeEntry> result;
    auto q = sql::exec(m_db.connection(),
                       u"SELECT e.id, e.user_id, u.name, e.day, e.minutes, e.billable, e.note FROM time_entries e "
                       "LEFT JOIN users u ON u.id = e.user_id WHERE e.ticket_id = ? ORDER BY e.day, e.id"_s,
                       {id.value});
    if (!q)
        return result;
    while (q->next()) {
        TimeEntry e;
        e.id = q->value(0).toLongLong();
        e.ticketId = id;
        e.userId = UserId(q->value(1).toLongLong());
        e.userName = q->value(2).toString();
        e.day = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        e.minutes = q->value(4).toInt();
        e.billable = q->value(5).toBool();
        e.note = q->value(6).toString();
        result.append(e);
    }
    return result;
}

QList<TicketListRow> TicketReader::list(const TicketQuery &query) const
{
    QList<TicketListRow> rows;
    const TicketListQuery sqlQuery(query, query.asOf > 0 ? query.asOf : Clock::nowSecs(), m_db.dialect());
    auto q = sql::exec(m_db.connection(), sqlQuery.listStatement(), sqlQuery.listValues());
    if (!q)
        return rows;
    while (q->next())
        rows.append(sqlQuery.readRow(*q));
    return rows;
}

int TicketReader::count(const TicketQuery &query) const
{
    const TicketListQuery sqlQuery(query, query.asOf > 0 ? query.asOf : Clock::nowSecs(), m_db.dialect());
    auto v = sql::scalar(m_db.connection(), sqlQuery.countStatement(), sqlQuery.countValues());
    return v ? v->toInt() : 0;
}

QStringList TicketReader::categories() const
{
    QStringList result;
    // A scan of the covering index tickets_by_category (migration 0012), not of the rows.
    auto q = sql::exec(m_db.connection(), u"SELECT DISTINCT category FROM tickets WHERE category <> ''"_s);
    if (!q)
        return result;
    while (q->next())
        result.append(q->value(0).toString());
    q->finish();
    std::sort(result.begin(), result.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return result;
}

} // namespace rapport
