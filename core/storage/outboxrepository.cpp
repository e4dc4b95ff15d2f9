#include "outboxrepository.h"

#include "dunningrepository.h"
#include "dunningrun.h"
#include "sql.h"
#include "timeline.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxRepository", text);
}

const QString kSelect =
    u"SELECT o.id, r.key, o.client_id, coalesce(nullif(c.short_name, ''), c.legal_name), o.to_address, o.to_name, "
    "o.language, o.subject, o.body, o.state, o.needs_approval, o.attempts, o.next_attempt_at, o.last_error, "
    "o.ref_type, o.ref_id, o.message_id, o.created_at, o.sent_at, o.user_id FROM outbox_messages o "
    "LEFT JOIN automation_rules r ON r.id = o.rule_id LEFT JOIN clients c ON c.id = o.client_id "_s;

OutboxMessage read(const QSqlQuery &q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.ruleKey = q.value(1).toString();
    m.clientId = ClientId(q.value(2).toLongLong());
    m.clientName = q.value(3).toString();
    m.toAddress = q.value(4).toString();
    m.toName = q.value(5).toString();
    m.language = q.value(6).toString();
    m.subject = q.value(7).toString();
    m.body = q.value(8).toString();
    m.state = q.value(9).toString();
    m.needsApproval = q.value(10).toBool();
    m.attempts = q.value(11).toInt();
    m.nextAttemptAt = q.value(12).toLongLong();
    m.lastError = q.value(13).toString();
    m.refType = q.value(14).toString();
    m.refId = q.value(15).toLongLong();
    m.messageId = q.value(16).toString();
    m.createdAt = q.value(17).toLongLong();
    m.sentAt = q.value(18).toLongLong();
    m.toStaff = !q.value(19).isNull() && q.value(19).toLongLong() != 0;
    return m;
}

} // namespace

const QStringList &OutboxRepository::states()
{
    static const QStringList s { u"queued"_s, u"approved"_s, u"sending"_s, u"sent"_s, u"failed"_s, u"cancelled"_s };
    return s;
}

QList<OutboxMessage> OutboxRepository::list(const std::optional<QString> &state, int limit)
{
    QList<OutboxMessage> rows;
    QString statement = kSelect;
    QVariantList values;
    if (state) {
        statement += u"WHERE o.state = ? "_s;
        values << *state;
    }
    statement += u"ORDER BY o.id DESC LIMIT ?"_s;
    values << std::max(0, limit);
    auto q = sql::exec(m_db.connection(), statement, values);
    while (q && q->next())
        rows << read(*q);
    return rows;
}

Result<OutboxMessage> OutboxRepository::byId(qint64 id)
{
    auto q = sql::exec(m_db.connection(), kSelect + u"WHERE o.id = ?"_s, { id });
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(tr("No outbox message with id %1.").arg(id));
    return read(*q);
}

Status OutboxRepository::approve(qint64 id)
{
    auto m = byId(id);
    if (!m)
        return fail(m.error());
    if (m->state != u"queued"_s || !m->needsApproval)
        return fail(tr("Message %1 is %2 and needs no approval.").arg(id).arg(m->state));
    auto q = sql::exec(m_db.connection(),
        u"UPDATE outbox_messages SET state = 'approved' WHERE id = ? AND state = 'queued'"_s, { id });
    if (!q)
        return fail(q.error());
    return {};
}

Result<int> OutboxRepository::approveAll()
{
    auto q = sql::exec(m_db.connection(),
        u"UPDATE outbox_messages SET state = 'approved' WHERE state = 'queued' AND needs_approval = 1"_s);
    if (!q)
        return fail(q.error());
    return q->numRowsAffected();
}

Status OutboxRepository::cancel(qint64 id)
{
    auto m = byId(id);
    if (!m)
        return fail(m.error());
    if (m->state == u"sent"_s || m->state == u"sending"_s)
        return fail(tr("Message %1 is %2: too late to cancel.").arg(id).arg(m->state));
    auto q = sql::exec(m_db.connection(),
        u"UPDATE outbox_messages SET state = 'cancelled', next_attempt_at = NULL WHERE id = ? "
        "AND state NOT IN ('sent', 'sending')"_s,
        { id });
    if (!q)
        return fail(q.error());
    return {};
}

Status OutboxRepository::retry(qint64 id)
{
    auto m = byId(id);
    if (!m)
        return fail(m.error());
    if (m->state != u"failed"_s)
        return fail(tr("Message %1 is %2, not failed.").arg(id).arg(m->state));
    if (m->toAddress.isEmpty())
        return fail(tr("Message %1 has no recipient address.").arg(id));
    auto q = sql::exec(m_db.connection(),
        u"UPDATE outbox_messages SET state = 'approved', next_attempt_at = NULL, attempts = 0 WHERE id = ? "
        "AND state = 'failed'"_s,
        { id });
    if (!q)
        return fail(q.error());
    return {};
}

Result<QList<OutboxMessage>> OutboxRepository::claimDue(qint64 now, int limit)
{
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    // A message still "sending" long after its claim was interrupted: it
    // may have reached the server, so a person decides (retry) — never resent
    // by itself.
    if (auto q = sql::exec(conn,
            u"UPDATE outbox_messages SET state = 'failed', next_attempt_at = NULL, last_error = ? "
            "WHERE state = 'sending' AND claimed_at < ?"_s,
            { tr("Interrupted while sending; check whether it arrived before retrying."), now - kStaleSendingSecs });
        !q)
        return fail(q.error());
    auto due = sql::exec(conn,
        u"SELECT id FROM outbox_messages WHERE (state = 'queued' AND needs_approval = 0) OR state = 'approved' "
        "OR (state = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= ?) ORDER BY id LIMIT ?"_s,
        { now, limit });
    if (!due)
        return fail(due.error());
    QList<qint64> ids;
    while (due->next())
        ids << due->value(0).toLongLong();
    QList<OutboxMessage> claimed;
    for (qint64 id : ids) {
        auto q = sql::exec(conn,
            u"UPDATE outbox_messages SET state = 'sending', claimed_at = ?, attempts = attempts + 1 WHERE id = ? "
            "AND state IN ('queued', 'approved', 'failed')"_s,
            { now, id });
        if (!q)
            return fail(q.error());
        if (q->numRowsAffected() != 1)
            continue;
        auto m = byId(id);
        if (!m)
            return fail(m.error());
        claimed << *m;
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return claimed;
}

Status OutboxRepository::markSent(qint64 id, const QString &messageId, qint64 at)
{
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto m = byId(id);
    if (!m)
        return fail(m.error());
    if (auto q = sql::exec(conn,
            u"UPDATE outbox_messages SET state = 'sent', sent_at = ?, message_id = ?, last_error = '', "
            "next_attempt_at = NULL WHERE id = ? AND state = 'sending'"_s,
            { at, messageId, id });
        !q)
        return fail(q.error());
    if (m->clientId.isValid()) {
        TimelineEntry entry;
        entry.at = at;
        entry.kind = u"message"_s;
        entry.title = m->subject;
        entry.body = tr("To %1 <%2>").arg(m->toName, m->toAddress) + u"\n\n"_s + m->body;
        entry.channel = u"email"_s;
        entry.refType = u"outbox"_s;
        entry.refId = id;
        if (Status s = Timeline(m_db).add(m->clientId, entry); !s)
            return s;
    }
    // A debt notice or formal claim counts as sent from the day its message
    // went out to the client (on the client's calendar), not before.
    if (m->refType == u"dunning_step"_s && m->refId > 0 && !m->toStaff) {
        const QDate on = QDateTime::fromSecsSinceEpoch(at, DunningRun(m_db).calendarFor(m->clientId).timeZone()).date();
        if (Status s = DunningRepository(m_db).markStepSent(m->refId, on); !s)
            return s;
    }
    return tx.commit();
}

Status OutboxRepository::markFailed(qint64 id, const QString &error, qint64 at)
{
    auto m = byId(id);
    if (!m)
        return fail(m.error());
    const int attempts = std::max(1, m->attempts);
    const QVariant next = attempts < kMaxAttempts ? QVariant(at + (kFirstRetrySecs << (attempts - 1))) : sql::nullIfZero(0);
    auto q = sql::exec(m_db.connection(),
        u"UPDATE outbox_messages SET state = 'failed', last_error = ?, next_attempt_at = ? WHERE id = ? "
        "AND state = 'sending'"_s,
        { error, next, id });
    if (!q)
        return fail(q.error());
    return {};
}

} // namespace rapport
