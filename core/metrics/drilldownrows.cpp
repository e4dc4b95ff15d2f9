#include "drilldownrows.h"

#include "storage/sql.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// "?, ?, …" for at most one page of ids; the statement text depends only on
// the count, never on the values.
QString placeholders(qsizetype count)
{
    QString text;
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? u"?"_s : u", ?"_s;
    return text;
}

QVariantList values(const QList<qint64> &ids)
{
    QVariantList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << id;
    return list;
}

template<typename Row> QList<Row> inOrder(const QList<qint64> &ids, const QHash<qint64, Row> &byId)
{
    QList<Row> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            rows << *it;
    }
    return rows;
}

} // namespace

Result<QList<DrillTicketRow>> DrillDownRows::tickets(const QList<qint64> &ids) const
{
    QHash<qint64, DrillTicketRow> byId;
    for (qsizetype from = 0; from < ids.size(); from += kPageSize) {
        const QList<qint64> page = ids.mid(from, kPageSize);
        auto q = sql::exec(m_db.connection(),
            u"SELECT t.id, t.created_at, t.subject, coalesce(nullif(c.short_name, ''), c.legal_name), "
            "u.name, t.status, t.priority, t.response_secs, t.resolution_secs, t.response_state, "
            "t.resolution_state FROM tickets t JOIN clients c ON c.id = t.client_id "
            "LEFT JOIN users u ON u.id = c.account_manager_id WHERE t.id IN ("_s
                + placeholders(page.size()) + u')',
            values(page));
        if (!q)
            return fail(q.error());
        while (q->next()) {
            DrillTicketRow r;
            r.id = q->value(0).toLongLong();
            r.createdAt = q->value(1).toLongLong();
            r.subject = q->value(2).toString();
            r.clientName = q->value(3).toString();
            r.managerName = q->value(4).toString();
            r.status = statusFromKey(q->value(5).toString()).value();
            r.priority = priorityFromKey(q->value(6).toString()).value();
            if (!q->isNull(7))
                r.responseSecs = q->value(7).toLongLong();
            if (!q->isNull(8))
                r.resolutionSecs = q->value(8).toLongLong();
            r.responseState = q->value(9).toString();
            r.resolutionState = q->value(10).toString();
            byId.insert(r.id, r);
        }
    }
    return inOrder(ids, byId);
}

Result<QList<DrillInvoiceRow>> DrillDownRows::invoices(const QList<qint64> &ids) const
{
    QHash<qint64, DrillInvoiceRow> byId;
    for (qsizetype from = 0; from < ids.size(); from += kPageSize) {
        const QList<qint64> page = ids.mid(from, kPageSize);
        auto q = sql::exec(m_db.connection(),
            u"SELECT i.id, coalesce(i.number, ''), coalesce(nullif(c.short_name, ''), c.legal_name), "
            "i.status, i.currency, i.total_minor, i.total_minor - i.paid_minor, i.issued_on, i.due_on "
            "FROM invoices i JOIN clients c ON c.id = i.client_id WHERE i.id IN ("_s
                + placeholders(page.size()) + u')',
            values(page));
        if (!q)
            return fail(q.error());
        while (q->next()) {
            DrillInvoiceRow r;
            r.id = q->value(0).toLongLong();
            r.number = q->value(1).toString();
            r.clientName = q->value(2).toString();
            r.status = q->value(3).toString();
            const QString currency = q->value(4).toString();
            r.total = Money(q->value(5).toLongLong(), currency);
            r.outstanding = Money(q->value(6).toLongLong(), currency);
            r.issuedOn = QDate::fromString(q->value(7).toString(), Qt::ISODate);
            r.dueOn = QDate::fromString(q->value(8).toString(), Qt::ISODate);
            byId.insert(r.id, r);
        }
    }
    return inOrder(ids, byId);
}

} // namespace rapport
