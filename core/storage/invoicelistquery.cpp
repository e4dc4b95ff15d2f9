#include "invoicelistquery.h"

#include "clientlistquery.h"
#include "invoicerepository.h"
#include "sql.h"


using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QString kSelect = u"SELECT i.id, i.client_id, COALESCE(NULLIF(c.short_name, ''), c.legal_name), i.number, "
                        "i.month, i.status, i.currency, i.total_minor, i.paid_minor, i.issued_on, i.due_on "
                        "FROM invoices i JOIN clients c ON c.id = i.client_id"_s;

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

InvoiceListRow readRow(const QSqlQuery &q)
{
    InvoiceListRow r;
    r.id = InvoiceId(q.value(0).toLongLong());
    r.clientId = ClientId(q.value(1).toLongLong());
    r.clientName = q.value(2).toString();
    r.number = q.value(3).toString();
    r.month = InvoiceRepository::monthFromKey(q.value(4).toString());
    r.status = invoiceStatusFromKey(q.value(5).toString()).value_or(InvoiceStatus::Draft);
    const QString currency = q.value(6).toString();
    r.total = Money(q.value(7).toLongLong(), currency);
    r.paid = Money(q.value(8).toLongLong(), currency);
    r.issuedOn = dateOf(q.value(9));
    r.dueOn = dateOf(q.value(10));
    return r;
}

QString isoDay(QDate day)
{
    return (day.isValid() ? day : InvoiceRepository::today()).toString(Qt::ISODate);
}

} // namespace

QString InvoiceListRow::reference() const
{
    return number.isEmpty() ? u"#"_s + QString::number(id.value) : number;
}

int InvoiceListRow::daysOverdue(QDate today) const
{
    if (!InvoiceState::isOpen(status) || !dueOn.isValid() || !today.isValid() || today <= dueOn)
        return 0;
    return int(dueOn.daysTo(today));
}

QString InvoiceListQuery::whereClause(const InvoiceListFilter &f, QVariantList *values)
{
    QString where = u" WHERE 1 = 1"_s;
    if (f.client.isValid()) {
        where += u" AND i.client_id = ?"_s;
        *values << f.client.value;
    }
    if (f.accountManager.isValid()) {
        where += u" AND c.account_manager_id = ?"_s;
        *values << f.accountManager.value;
    }
    if (f.status) {
        where += u" AND i.status = ?"_s;
        *values << invoiceStatusKey(*f.status);
    }
    if (f.unpaidOnly || f.overdueOnly)
        where += u" AND i.status IN ('issued', 'partially_paid')"_s;
    if (f.overdueOnly) {
        where += u" AND i.due_on < ?"_s;
        *values << isoDay(f.today);
    }
    // The clients list's search text (lower-cased names, tax id, contacts) or the invoice number.
    const QString search = f.search.simplified().toLower();
    if (!search.isEmpty()) {
        const QString pattern = u'%' + ClientListQuery::likeEscaped(search) + u'%';
        where += u" AND (c.search_text LIKE ? ESCAPE '\\' OR lower(COALESCE(i.number, '')) LIKE ? ESCAPE '\\')"_s;
        *values << pattern << pattern;
    }
    return where;
}

Result<QList<InvoiceListRow>> InvoiceListQuery::rows(const InvoiceListFilter &f) const
{
    QVariantList values;
    QString where = whereClause(f, &values);
    if (f.beforeId > 0) {
        where += u" AND i.id < ?"_s;
        values << f.beforeId;
    }
    values << std::max(1, f.limit);
    auto q = sql::exec(m_db.connection(), kSelect + where + u" ORDER BY i.id DESC LIMIT ?"_s, values);
    if (!q)
        return fail(q.error());
    QList<InvoiceListRow> result;
    while (q->next())
        result.append(readRow(*q));
    return result;
}

Result<int> InvoiceListQuery::count(const InvoiceListFilter &f) const
{
    QVariantList values;
    const QString where = whereClause(f, &values);
    auto n = sql::scalar(m_db.connection(),
        u"SELECT count(*) FROM invoices i JOIN clients c ON c.id = i.client_id"_s + where, values);
    if (!n)
        return fail(n.error());
    return n->toInt();
}

Result<QList<InvoiceListRow>> InvoiceListQuery::unpaid(UserId accountManager, int limit) const
{
    InvoiceListFilter f;
    f.unpaidOnly = true;
    f.accountManager = accountManager;
    QVariantList values;
    const QString where = whereClause(f, &values);
    values << std::max(1, limit);
    auto q = sql::exec(m_db.connection(), kSelect + where + u" ORDER BY i.due_on, i.id LIMIT ?"_s, values);
    if (!q)
        return fail(q.error());
    QList<InvoiceListRow> result;
    while (q->next())
        result.append(readRow(*q));
    return result;
}

Result<int> InvoiceListQuery::unpaidCount(UserId accountManager) const
{
    InvoiceListFilter f;
    f.unpaidOnly = true;
    f.accountManager = accountManager;
    return count(f);
}

Result<QList<ClientPaymentRow>> InvoiceListQuery::payments(ClientId client, int limit) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT p.id, p.invoice_id, i.number, p.paid_on, p.amount_minor, i.currency, p.reference, "
        "COALESCE(u.name, '') FROM payments p JOIN invoices i ON i.id = p.invoice_id "
        "LEFT JOIN users u ON u.id = p.user_id WHERE i.client_id = ? "
        "ORDER BY p.paid_on DESC, p.id DESC LIMIT ?"_s,
        { client.value, std::max(1, limit) });
    if (!q)
        return fail(q.error());
    QList<ClientPaymentRow> result;
    while (q->next()) {
        ClientPaymentRow r;
        r.id = q->value(0).toLongLong();
        r.invoiceId = InvoiceId(q->value(1).toLongLong());
        const QString number = q->value(2).toString();
        r.invoiceReference = number.isEmpty() ? u"#"_s + QString::number(r.invoiceId.value) : number;
        r.paidOn = dateOf(q->value(3));
        r.amount = Money(q->value(4).toLongLong(), q->value(5).toString());
        r.reference = q->value(6).toString();
        r.userName = q->value(7).toString();
        result.append(r);
    }
    return result;
}

Result<QList<ClientBalance>> InvoiceListQuery::balance(ClientId client, QDate today) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT currency, sum(total_minor - paid_minor), count(*), "
        "sum(CASE WHEN due_on < ? THEN total_minor - paid_minor ELSE 0 END), "
        "sum(CASE WHEN due_on < ? THEN 1 ELSE 0 END) "
        "FROM invoices WHERE client_id = ? AND status IN ('issued', 'partially_paid') "
        "GROUP BY currency ORDER BY currency"_s,
        { isoDay(today), isoDay(today), client.value });
    if (!q)
        return fail(q.error());
    QList<ClientBalance> result;
    while (q->next()) {
        ClientBalance b;
        b.currency = q->value(0).toString();
        b.outstanding = Money(q->value(1).toLongLong(), b.currency);
        b.unpaidInvoices = q->value(2).toInt();
        b.overdue = Money(q->value(3).toLongLong(), b.currency);
        b.overdueInvoices = q->value(4).toInt();
        result.append(b);
    }
    return result;
}

} // namespace rapport
