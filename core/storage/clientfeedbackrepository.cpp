#include "clientfeedbackrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "sql.h"
#include "timeline.h"
#include "transaction.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QString kSelect = u"SELECT f.id, f.client_id, c.legal_name, f.kind, f.text, f.received_at, f.channel, "
                        "f.ticket_id, f.handling, f.handled_at, f.handled_by, h.name, f.recorded_by "
                        "FROM client_feedback f JOIN clients c ON c.id = f.client_id "
                        "LEFT JOIN users h ON h.id = f.handled_by"_s;

ClientFeedback readFeedback(const QSqlQuery &q)
{
    ClientFeedback f;
    f.id = ClientFeedbackId(q.value(0).toLongLong());
    f.clientId = ClientId(q.value(1).toLongLong());
    f.clientName = q.value(2).toString();
    f.kind = clientFeedbackKindFromKey(q.value(3).toString()).value_or(ClientFeedbackKind::Remark);
    f.text = q.value(4).toString();
    f.receivedAt = q.value(5).toLongLong();
    f.channel = q.value(6).toString();
    f.ticketId = TicketId(q.value(7).toLongLong());
    f.handling = q.value(8).toString();
    f.handledAt = q.value(9).toLongLong();
    f.handledBy = UserId(q.value(10).toLongLong());
    f.handledByName = q.value(11).toString();
    f.recordedBy = UserId(q.value(12).toLongLong());
    return f;
}

QVariantMap toMap(const ClientFeedback &f)
{
    return { { u"client_id"_s, f.clientId.value }, { u"kind"_s, clientFeedbackKindKey(f.kind) }, { u"text"_s, f.text },
        { u"received_at"_s, f.receivedAt }, { u"channel"_s, f.channel }, { u"ticket_id"_s, f.ticketId.value },
        { u"handling"_s, f.handling }, { u"handled_at"_s, f.handledAt } };
}

} // namespace

Result<ClientFeedback> ClientFeedbackRepository::add(const ClientFeedback &input)
{
    ClientFeedback f = input;
    f.text = f.text.trimmed();
    f.channel = f.channel.trimmed().isEmpty() ? u"email"_s : f.channel.trimmed().toLower();
    if (Status s = ClientFeedback::validate(f); !s)
        return fail(s.error());
    const qint64 now = Clock::nowSecs();
    if (f.receivedAt <= 0)
        f.receivedAt = now;
    if (f.receivedAt > now)
        return fail(
            QCoreApplication::translate("ClientFeedbackRepository", "Feedback cannot be received in the future."));
    const QSqlDatabase conn = m_db.connection();
    auto exists = sql::scalar(conn, u"SELECT count(*) FROM clients WHERE id = ?"_s, { f.clientId.value });
    if (!exists)
        return fail(exists.error());
    if (exists->toInt() == 0)
        return fail(
            QCoreApplication::translate("ClientFeedbackRepository", "No client with id %1.").arg(f.clientId.value));
    if (f.ticketId.isValid()) {
        auto owner = sql::scalar(conn, u"SELECT client_id FROM tickets WHERE id = ?"_s, { f.ticketId.value });
        if (!owner)
            return fail(owner.error());
        if (owner->isNull() || owner->toLongLong() != f.clientId.value)
            return fail(
                QCoreApplication::translate("ClientFeedbackRepository", "Ticket %1 is not a ticket of this client.")
                    .arg(f.ticketId.value));
    }
    f.recordedBy = m_db.actor().id;
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto q = sql::exec(conn,
        u"INSERT INTO client_feedback (client_id, kind, text, received_at, channel, ticket_id, handling, "
        "handled_at, handled_by, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?)"_s,
        { f.clientId.value, clientFeedbackKindKey(f.kind), f.text, f.receivedAt, f.channel,
            sql::nullIfZero(f.ticketId.value), f.handling.trimmed(), sql::nullIfZero(f.handledAt),
            sql::nullIfZero(f.handledAt > 0 ? f.recordedBy.value : 0), sql::nullIfZero(f.recordedBy.value), now });
    if (!q)
        return fail(q.error());
    f.id = ClientFeedbackId(q->lastInsertId().toLongLong());
    if (Status s = AuditLog(m_db).record(u"client_feedback"_s, f.id.value, AuditLog::Action::Create, {}, toMap(f)); !s)
        return fail(s.error());
    TimelineEntry entry;
    entry.at = f.receivedAt;
    entry.kind = clientFeedbackKindKey(f.kind);
    entry.title = clientFeedbackKindTitle(f.kind) + u": "_s + Timeline::titleFrom(f.text);
    entry.body = f.text;
    entry.channel = f.channel;
    entry.refType = u"client_feedback"_s;
    entry.refId = f.id.value;
    if (Status s = Timeline(m_db).add(f.clientId, entry); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return byId(f.id).value_or(f);
}

Status ClientFeedbackRepository::handle(ClientFeedbackId id, const QString &handling, qint64 at)
{
    const auto old = byId(id);
    if (!old)
        return fail(QCoreApplication::translate("ClientFeedbackRepository", "No feedback with id %1.").arg(id.value));
    if (handling.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ClientFeedbackRepository", "Write what was done about it."));
    ClientFeedback f = *old;
    f.handling = handling.trimmed();
    f.handledAt = at > 0 ? at : Clock::nowSecs();
    if (f.handledAt < f.receivedAt)
        return fail(QCoreApplication::translate(
            "ClientFeedbackRepository", "Feedback cannot be handled before it was received."));
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q
        = sql::exec(conn, u"UPDATE client_feedback SET handling = ?, handled_at = ?, handled_by = ? WHERE id = ?"_s,
            { f.handling, f.handledAt, sql::nullIfZero(m_db.actor().id.value), id.value });
        !q)
        return fail(q.error());
    if (Status s
        = AuditLog(m_db).record(u"client_feedback"_s, id.value, AuditLog::Action::Update, toMap(*old), toMap(f));
        !s)
        return s;
    return tx.commit();
}

std::optional<ClientFeedback> ClientFeedbackRepository::byId(ClientFeedbackId id) const
{
    auto q = sql::exec(m_db.connection(), kSelect + u" WHERE f.id = ?"_s, { id.value });
    if (q && q->next())
        return readFeedback(*q);
    return std::nullopt;
}

QList<ClientFeedback> ClientFeedbackRepository::list(const ClientFeedbackQuery &query) const
{
    QList<ClientFeedback> result;
    QStringList parts;
    QVariantList values;
    if (query.client.isValid()) {
        parts << u"f.client_id = ?"_s;
        values << query.client.value;
    }
    if (query.kind) {
        parts << u"f.kind = ?"_s;
        values << clientFeedbackKindKey(*query.kind);
    }
    if (query.unhandledOnly)
        parts << u"f.handled_at IS NULL"_s;
    if (query.from > 0) {
        parts << u"f.received_at >= ?"_s;
        values << query.from;
    }
    if (query.to > 0) {
        parts << u"f.received_at < ?"_s;
        values << query.to;
    }
    if (query.beforeAt > 0) {
        parts << u"(f.received_at < ? OR (f.received_at = ? AND f.id < ?))"_s;
        values << query.beforeAt << query.beforeAt << query.beforeId;
    }
    values << std::max(1, query.limit);
    const QString clause = parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
    auto q
        = sql::exec(m_db.connection(), kSelect + clause + u" ORDER BY f.received_at DESC, f.id DESC LIMIT ?"_s, values);
    if (!q)
        return result;
    while (q->next())
        result << readFeedback(*q);
    return result;
}

ClientFeedbackCounts ClientFeedbackRepository::counts(qint64 from, qint64 to, ClientId client) const
{
    ClientFeedbackCounts c;
    auto q = sql::exec(m_db.connection(),
        u"SELECT count(*) FILTER (WHERE kind = 'complaint'), count(*) FILTER (WHERE kind = 'thanks'), "
        "count(*) FILTER (WHERE kind = 'remark'), count(*) FILTER (WHERE kind = 'complaint' AND handled_at IS NULL) "
        "FROM client_feedback WHERE received_at >= ? AND received_at < ? AND (? = 0 OR client_id = ?)"_s,
        { from, to, client.value, client.value });
    if (!q || !q->next())
        return c;
    c.complaints = q->value(0).toInt();
    c.thanks = q->value(1).toInt();
    c.remarks = q->value(2).toInt();
    c.unhandledComplaints = q->value(3).toInt();
    return c;
}

} // namespace rapport
