#include "actrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "invoicerepository.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

Result<ActRecord> ActRepository::forInvoice(InvoiceId id) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT a.id, a.invoice_id, COALESCE(i.number, ''), a.client_id, a.month, a.status, a.total_minutes, "
        "a.sent_on, a.signed_on FROM acts a JOIN invoices i ON i.id = a.invoice_id WHERE a.invoice_id = ?"_s,
        { id.value });
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(QCoreApplication::translate("ActRepository", "Invoice #%1 has no act.").arg(id.value));
    ActRecord a;
    a.id = q->value(0).toLongLong();
    a.invoiceId = InvoiceId(q->value(1).toLongLong());
    a.invoiceNumber = q->value(2).toString();
    a.clientId = ClientId(q->value(3).toLongLong());
    a.month = InvoiceRepository::monthFromKey(q->value(4).toString());
    a.status = q->value(5).toString();
    a.totalMinutes = q->value(6).toInt();
    a.sentOn = dateOf(q->value(7));
    a.signedOn = dateOf(q->value(8));
    q->finish();
    auto l = sql::exec(m_db.connection(),
        u"SELECT ticket_id, subject, minutes FROM act_lines WHERE act_id = ? ORDER BY position"_s, { a.id });
    if (!l)
        return fail(l.error());
    while (l->next())
        a.lines.append(ActLine { TicketId(l->value(0).toLongLong()), l->value(1).toString(), l->value(2).toInt() });
    return a;
}

Result<ActRecord> ActRepository::forMonth(ClientId client, QDate month) const
{
    auto id = sql::scalar(m_db.connection(),
        u"SELECT i.id FROM invoices i JOIN acts a ON a.invoice_id = i.id WHERE a.client_id = ? AND a.month = ? "
        "AND i.status <> 'cancelled' ORDER BY i.id DESC LIMIT 1"_s,
        { client.value, InvoiceRepository::monthKey(month) });
    if (!id)
        return fail(id.error());
    if (id->isNull())
        return fail(QCoreApplication::translate("ActRepository", "Client %1 has no act for %2: run the billing for that month first.")
                        .arg(client.value)
                        .arg(InvoiceRepository::monthKey(month)));
    return forInvoice(InvoiceId(id->toLongLong()));
}

Status ActRepository::setStatus(qint64 actId, const QString &status, QDate on)
{
    if (status != u"sent"_s && status != u"signed"_s)
        return fail(QCoreApplication::translate("ActRepository", "An act is marked \"sent\" or \"signed\", not \"%1\".").arg(status));
    const QDate date = on.isValid() ? on : InvoiceRepository::today();
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto old = sql::exec(conn, u"SELECT status, sent_on, signed_on FROM acts WHERE id = ?"_s, { actId });
    if (!old)
        return fail(old.error());
    if (!old->next())
        return fail(QCoreApplication::translate("ActRepository", "No act with id %1.").arg(actId));
    const QVariantMap before { { u"status"_s, old->value(0).toString() }, { u"sent_on"_s, old->value(1).toString() },
        { u"signed_on"_s, old->value(2).toString() } };
    old->finish();
    const bool signing = status == u"signed"_s;
    auto q = sql::exec(conn,
        signing ? u"UPDATE acts SET status = 'signed', signed_on = ?, sent_on = COALESCE(sent_on, ?), updated_at = ? "
                  "WHERE id = ?"_s
                : u"UPDATE acts SET status = CASE WHEN status = 'signed' THEN status ELSE 'sent' END, sent_on = ?, "
                  "updated_at = ? WHERE id = ?"_s,
        signing ? QVariantList { date.toString(Qt::ISODate), date.toString(Qt::ISODate), Clock::nowSecs(), actId }
                : QVariantList { date.toString(Qt::ISODate), Clock::nowSecs(), actId });
    if (!q)
        return fail(q.error());
    QVariantMap after = before;
    after.insert(u"status"_s, signing || before.value(u"status"_s) == u"signed"_s ? u"signed"_s : u"sent"_s);
    after.insert(signing ? u"signed_on"_s : u"sent_on"_s, date.toString(Qt::ISODate));
    if (Status s = AuditLog(m_db).record(u"act"_s, actId, AuditLog::Action::Update, before, after); !s)
        return s;
    return tx.commit();
}

} // namespace rapport
