#include "receivables.h"

#include "storage/dialect.h"
#include "storage/sql.h"

#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ReceivablesFigures::Bucket ReceivablesFigures::bucketOf(qint64 daysPastDue)
{
    if (daysPastDue <= 30)
        return Days0To30;
    if (daysPastDue <= 60)
        return Days31To60;
    if (daysPastDue <= 90)
        return Days61To90;
    return Days90Plus;
}

QString ReceivablesFigures::bucketKey(Bucket bucket)
{
    switch (bucket) {
    case Days0To30: return u"0_30"_s;
    case Days31To60: return u"31_60"_s;
    case Days61To90: return u"61_90"_s;
    case Days90Plus:
    case BucketCount: break;
    }
    return u"90_plus"_s;
}

Result<QList<Receivables::Invoice>> Receivables::invoices(const Database &db) const
{
    const QSqlDatabase conn = db.connection();
    auto exists = Dialect::of(conn).tableExists(conn, u"invoices"_s);
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return QList<Invoice>();
    const DashboardFilter &f = m_query.filter();
    const QDate asOf = m_query.asOfDate();
    // Unpaid invoices only, through invoices_by_status (status, due_on).
    QString statement = u"SELECT i.id, i.currency, i.total_minor - i.paid_minor, i.due_on FROM invoices i "
                        "JOIN clients c ON c.id = i.client_id "
                        "WHERE i.status IN ('issued', 'partially_paid') AND i.total_minor > i.paid_minor "
                        "AND (i.issued_on IS NULL OR i.issued_on <= ?)"_s;
    QVariantList values { asOf.toString(Qt::ISODate) };
    if (f.client.isValid()) {
        statement += u" AND i.client_id = ?"_s;
        values << f.client.value;
    }
    if (f.withoutManager) {
        statement += u" AND c.account_manager_id IS NULL"_s;
    } else if (f.manager.isValid()) {
        statement += u" AND c.account_manager_id = ?"_s;
        values << f.manager.value;
    }
    auto q = sql::exec(conn, statement, values);
    if (!q)
        return fail(q.error());
    QList<Invoice> result;
    while (q->next()) {
        Invoice i;
        i.id = q->value(0).toLongLong();
        i.currency = q->value(1).toString();
        i.balanceMinor = q->value(2).toLongLong();
        const QDate due = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        i.daysPastDue = due.isValid() ? due.daysTo(asOf) : 0;
        result << i;
    }
    return result;
}

Result<QList<ReceivablesFigures>> Receivables::compute(const Database &db) const
{
    auto rows = invoices(db);
    if (!rows)
        return fail(rows.error());
    QMap<QString, ReceivablesFigures> byCurrency;
    for (const Invoice &i : std::as_const(*rows)) {
        ReceivablesFigures &r = byCurrency[i.currency];
        r.currency = i.currency;
        ++r.invoices;
        r.outstandingMinor += i.balanceMinor;
        if (i.daysPastDue <= 0) {
            r.currentMinor += i.balanceMinor;
            continue;
        }
        ++r.overdueInvoices;
        r.overdueMinor += i.balanceMinor;
        r.agingMinor[ReceivablesFigures::bucketOf(i.daysPastDue)] += i.balanceMinor;
    }
    return byCurrency.values();
}

Result<QList<qint64>> Receivables::invoiceIds(const Database &db, const Selection &selection) const
{
    auto rows = invoices(db);
    if (!rows)
        return fail(rows.error());
    QList<Invoice> chosen;
    for (const Invoice &i : std::as_const(*rows)) {
        if (!selection.currency.isEmpty() && i.currency != selection.currency)
            continue;
        const bool overdue = i.daysPastDue > 0;
        bool take = false;
        if (selection.figure == u"outstanding"_s)
            take = true;
        else if (selection.figure == u"current"_s)
            take = !overdue;
        else if (selection.figure == u"overdue"_s)
            take = overdue;
        else
            take = overdue
                && ReceivablesFigures::bucketKey(ReceivablesFigures::bucketOf(i.daysPastDue)) == selection.figure;
        if (take)
            chosen << i;
    }
    std::sort(chosen.begin(), chosen.end(), [](const Invoice &a, const Invoice &b) {
        return a.daysPastDue != b.daysPastDue ? a.daysPastDue > b.daysPastDue : a.id < b.id;
    });
    QList<qint64> ids;
    ids.reserve(chosen.size());
    for (const Invoice &i : std::as_const(chosen))
        ids << i.id;
    return ids;
}

} // namespace rapport
