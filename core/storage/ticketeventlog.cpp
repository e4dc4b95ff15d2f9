#include "ticketeventlog.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "domain/ticketworkflow.h"
#include "sql.h"
#include "ticketslaupdater.h"
#include "timeline.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TicketRepository", text);
}

// Text for a NOT NULL column: a null QString would bind as NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

// The fields of a ticket the audit log follows.
QVariantMap TicketEventLog::auditMap(const Ticket &t)
{
    return {{u"client_id"_s, t.clientId.value},
            {u"contact_id"_s, t.contactId.value},
            {u"channel"_s, contactChannelKey(t.channel)},
            {u"subject"_s, t.subject},
            {u"description"_s, t.description},
            {u"priority"_s, priorityKey(t.priority)},
            {u"category"_s, t.category},
            {u"status"_s, statusKey(t.status)},
            {u"owner_id"_s, t.ownerId.value},
            {u"assignee_id"_s, t.assigneeId.value},
            {u"agreed_deadline"_s, t.agreedDeadline},
            {u"formal_statement"_s, t.formalStatement},
            {u"confirmed_at"_s, t.confirmedAt},
            {u"confirmed_channel"_s, t.confirmedChannel},
            {u"feedback"_s, t.feedback ? TicketWorkflow::feedbackKey(*t.feedback) : QString()},
            {u"feedback_reason"_s, t.feedbackReason}};
}

Result<qint64> TicketEventLog::eventTime(const Ticket &ticket, qint64 at, bool statusChange, bool notBeforeLast) const
{
    qint64 when = at > 0 ? at : Clock::nowSecs();
    if (notBeforeLast) {
        // Appended after everything logged so far, even if the clock lags.
        auto latest = sql::scalar(m_db.connection(), u"SELECT coalesce(max(at), 0) FROM ticket_events WHERE ticket_id = ?"_s,
                                  {ticket.id.value});
        if (!latest)
            return fail(latest.error());
        when = std::max(when, latest->toLongLong());
    }
    if (when < ticket.createdAt)
        return fail(tr("Ticket %1 was created later than that time.").arg(ticket.id.value));
    if (statusChange) {
        // Status changes keep their order: the clock replays them as logged.
        auto latest = sql::scalar(m_db.connection(),
                                  u"SELECT coalesce(max(at), 0) FROM ticket_events WHERE ticket_id = ? "
                                  "AND kind IN ('created', 'status')"_s,
                                  {ticket.id.value});
        if (!latest)
            return fail(latest.error());
        if (when < latest->toLongLong())
            return fail(tr("Ticket %1 changed status later than that time.").arg(ticket.id.value));
    }
    return when;
}

Status TicketEventLog::append(const Ticket &before, const TicketChange &change)
{
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (change.expectedVersion != 0 && before.version != change.expectedVersion)
        return fail(conflictMessage(before.id));
    QStringList columns = change.columns;
    QVariantList values = change.values;
    columns << u"updated_at = ?"_s << u"version = version + 1"_s;
    values << Clock::nowSecs() << before.id.value;
    QString where = u" WHERE id = ?"_s;
    if (change.expectedVersion != 0) {
        where += u" AND version = ?"_s;
        values << change.expectedVersion;
    }
    auto updated = sql::exec(conn, u"UPDATE tickets SET "_s + columns.join(u", "_s) + where, values);
    if (!updated)
        return fail(updated.error());
    // Another desk changed the ticket between its read and this write (a
    // team database reads without a write lock).
    if (updated->numRowsAffected() == 0)
        return fail(conflictMessage(before.id));
    auto event = sql::exec(conn,
                           u"INSERT INTO ticket_events (ticket_id, at, kind, status, priority, user_id, channel, body) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           {before.id.value, change.at, change.kind,
                            change.status ? QVariant(statusKey(*change.status)) : QVariant(),
                            change.priority ? QVariant(priorityKey(*change.priority)) : QVariant(),
                            sql::nullIfZero(m_db.actor().id.value), sql::nullIfEmpty(change.channel), nonNull(change.body)});
    if (!event)
        return fail(event.error());
    const qint64 eventId = event->lastInsertId().toLongLong();
    AuditLog audit(m_db);
    if (Status s = audit.record(u"ticket_event"_s, eventId, AuditLog::Action::Create, {},
                                {{u"ticket_id"_s, before.id.value},
                                 {u"at"_s, change.at},
                                 {u"kind"_s, change.kind},
                                 {u"status"_s, change.status ? statusKey(*change.status) : QString()},
                                 {u"priority"_s, change.priority ? priorityKey(*change.priority) : QString()},
                                 {u"channel"_s, change.channel},
                                 {u"body"_s, change.body}});
        !s)
        return s;
    if (Status s = audit.record(u"ticket"_s, before.id.value, AuditLog::Action::Update, auditMap(before),
                                auditMap(change.after));
        !s)
        return s;
    TimelineEntry entry;
    entry.at = change.at;
    entry.kind = u"ticket"_s;
    entry.title = change.title;
    entry.body = change.timelineBody;
    entry.channel = contactChannelFromKey(change.channel) ? change.channel : QString();
    entry.refType = u"ticket"_s;
    entry.refId = before.id.value;
    if (Status s = Timeline(m_db).add(before.clientId, entry); !s)
        return s;
    if (Status s = TicketSlaUpdater(m_db).update(before.id); !s)
        return s;
    return tx.commit();
}

QString TicketEventLog::conflictMessage(TicketId id) const
{
    QString who;
    QString when;
    auto q = sql::exec(m_db.connection(),
                       u"SELECT e.at, u.name FROM ticket_events e LEFT JOIN users u ON u.id = e.user_id "
                       "WHERE e.ticket_id = ? ORDER BY e.at DESC, e.id DESC LIMIT 1"_s,
                       {id.value});
    if (q && q->next()) {
        who = q->value(1).toString();
        when = QDateTime::fromSecsSinceEpoch(q->value(0).toLongLong()).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    }
    if (who.isEmpty())
        who = tr("someone else");
    return tr("Ticket %1 was changed by %2 (%3) after you opened it. Reload it to see their change, or apply yours "
              "over it.")
        .arg(id.value)
        .arg(who, when);
}

} // namespace rapport
