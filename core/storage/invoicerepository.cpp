#include "invoicerepository.h"

#include "auditlog.h"
#include "billingsettings.h"
#include "domain/clock.h"
#include "sql.h"
#include "timeline.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QString kSelect = u"SELECT i.id, i.client_id, COALESCE(NULLIF(c.short_name, ''), c.legal_name), i.kind, i.month, "
                        "i.series, i.year, i.number_seq, i.number, i.status, i.currency, i.subtotal_minor, "
                        "i.vat_rate_bp, i.vat_minor, i.total_minor, i.payment_terms_days, i.issued_on, i.due_on, "
                        "i.paid_minor, i.paid_on, i.cancelled_reason, i.cancelled_at, i.client_details, "
                        "i.provider_details, i.created_at, i.updated_at, i.fee_month, i.usage_month "
                        "FROM invoices i JOIN clients c ON c.id = i.client_id "_s;

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariantMap mapFromJson(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object().toVariantMap();
}

QString jsonText(const QVariantMap &map)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

InvoiceRecord readInvoice(const QSqlQuery &q)
{
    InvoiceRecord r;
    r.id = InvoiceId(q.value(0).toLongLong());
    r.clientId = ClientId(q.value(1).toLongLong());
    r.clientName = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.month = InvoiceRepository::monthFromKey(q.value(4).toString());
    r.series = q.value(5).toString();
    r.year = q.value(6).toInt();
    r.sequence = q.value(7).toInt();
    r.number = q.value(8).toString();
    r.status = invoiceStatusFromKey(q.value(9).toString()).value_or(InvoiceStatus::Draft);
    r.currency = q.value(10).toString();
    r.subtotal = Money(q.value(11).toLongLong(), r.currency);
    r.vatRateBp = q.value(12).toInt();
    r.vat = Money(q.value(13).toLongLong(), r.currency);
    r.total = Money(q.value(14).toLongLong(), r.currency);
    r.paymentTermsDays = q.value(15).toInt();
    r.issuedOn = dateOf(q.value(16));
    r.dueOn = dateOf(q.value(17));
    r.paid = Money(q.value(18).toLongLong(), r.currency);
    r.paidOn = dateOf(q.value(19));
    r.cancelledReason = q.value(20).toString();
    r.cancelledAt = q.value(21).toLongLong();
    r.clientDetails = mapFromJson(q.value(22));
    r.providerDetails = mapFromJson(q.value(23));
    r.createdAt = q.value(24).toLongLong();
    r.updatedAt = q.value(25).toLongLong();
    r.feeMonth = InvoiceRepository::monthFromKey(q.value(26).toString());
    r.usageMonth = InvoiceRepository::monthFromKey(q.value(27).toString());
    return r;
}

QVariantMap auditMap(const InvoiceRecord &r)
{
    return { { u"client_id"_s, r.clientId.value }, { u"month"_s, InvoiceRepository::monthKey(r.month) },
        { u"number"_s, r.number }, { u"status"_s, invoiceStatusKey(r.status) }, { u"currency"_s, r.currency },
        { u"subtotal_minor"_s, r.subtotal.minorUnits() }, { u"vat_minor"_s, r.vat.minorUnits() },
        { u"total_minor"_s, r.total.minorUnits() }, { u"paid_minor"_s, r.paid.minorUnits() },
        { u"issued_on"_s, r.issuedOn.toString(Qt::ISODate) }, { u"due_on"_s, r.dueOn.toString(Qt::ISODate) },
        { u"cancelled_reason"_s, r.cancelledReason } };
}

} // namespace

QString InvoiceRecord::reference() const
{
    return number.isEmpty() ? u"#"_s + QString::number(id.value) : number;
}

int InvoiceRecord::daysOverdue(QDate today) const
{
    if (!InvoiceState::isOpen(status) || !dueOn.isValid() || !today.isValid() || today <= dueOn)
        return 0;
    return int(dueOn.daysTo(today));
}

QString InvoiceRepository::monthKey(QDate month)
{
    return month.isValid() ? month.toString(u"yyyy-MM"_s) : QString();
}

QDate InvoiceRepository::monthFromKey(const QString &key)
{
    if (key.size() != 7 || key.at(4) != u'-')
        return {};
    return QDate::fromString(key + u"-01"_s, Qt::ISODate);
}

QDate InvoiceRepository::today()
{
    return Clock::nowUtc().toLocalTime().date();
}

QVariantMap InvoiceRepository::liveClientDetails(ClientId client) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT legal_name, short_name, tax_country, tax_id, address, contract_number, contract_signed_on, language "
        "FROM clients WHERE id = ?"_s,
        { client.value });
    if (!q || !q->next())
        return {};
    return { { u"legal_name"_s, q->value(0).toString() }, { u"short_name"_s, q->value(1).toString() },
        { u"tax_country"_s, q->value(2).toString() }, { u"tax_id"_s, q->value(3).toString() },
        { u"address"_s, q->value(4).toString() }, { u"contract_number"_s, q->value(5).toString() },
        { u"contract_signed_on"_s, q->value(6).toString() }, { u"language"_s, q->value(7).toString() } };
}

Result<QList<InvoiceLineRecord>> InvoiceRepository::lines(InvoiceId id) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT l.id, l.kind, l.description, l.quantity_milli, l.unit_price_minor, l.amount_minor, l.minutes, "
        "l.adjustment_id, a.origin_month, i.currency, COALESCE(oi.number, '') FROM invoice_lines l "
        "JOIN invoices i ON i.id = l.invoice_id LEFT JOIN adjustments a ON a.id = l.adjustment_id "
        "LEFT JOIN invoices oi ON oi.id = a.origin_invoice_id WHERE l.invoice_id = ? ORDER BY l.position"_s,
        { id.value });
    if (!q)
        return fail(q.error());
    QList<InvoiceLineRecord> result;
    while (q->next()) {
        InvoiceLineRecord l;
        const QString currency = q->value(9).toString();
        l.id = q->value(0).toLongLong();
        l.kind = q->value(1).toString();
        l.description = q->value(2).toString();
        l.quantityMilli = q->value(3).toLongLong();
        l.unitPrice = Money(q->value(4).toLongLong(), currency);
        l.amount = Money(q->value(5).toLongLong(), currency);
        l.minutes = q->value(6).toInt();
        l.adjustmentId = q->value(7).toLongLong();
        l.adjustmentMonth = monthFromKey(q->value(8).toString());
        l.adjustmentNumber = q->value(10).toString();
        result.append(l);
    }
    return result;
}

Result<QList<PaymentRecord>> InvoiceRepository::payments(InvoiceId id) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT p.id, p.paid_on, p.amount_minor, p.reference, p.user_id, COALESCE(u.name, ''), p.created_at, "
        "i.currency FROM payments p JOIN invoices i ON i.id = p.invoice_id LEFT JOIN users u ON u.id = p.user_id "
        "WHERE p.invoice_id = ? ORDER BY p.paid_on, p.id"_s,
        { id.value });
    if (!q)
        return fail(q.error());
    QList<PaymentRecord> result;
    while (q->next()) {
        PaymentRecord p;
        p.id = q->value(0).toLongLong();
        p.invoiceId = id;
        p.paidOn = dateOf(q->value(1));
        p.amount = Money(q->value(2).toLongLong(), q->value(7).toString());
        p.reference = q->value(3).toString();
        p.userId = UserId(q->value(4).toLongLong());
        p.userName = q->value(5).toString();
        p.createdAt = q->value(6).toLongLong();
        result.append(p);
    }
    return result;
}

Result<InvoiceRecord> InvoiceRepository::byId(InvoiceId id) const
{
    auto q = sql::exec(m_db.connection(), kSelect + u"WHERE i.id = ?"_s, { id.value });
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(QCoreApplication::translate("InvoiceRepository", "No invoice with id %1.").arg(id.value));
    InvoiceRecord r = readInvoice(*q);
    q->finish();
    if (r.clientDetails.isEmpty())
        r.clientDetails = liveClientDetails(r.clientId);
    if (r.providerDetails.isEmpty())
        r.providerDetails = BillingSettings(m_db).provider().toMap();
    auto l = lines(id);
    if (!l)
        return fail(l.error());
    r.lines = *l;
    auto p = payments(id);
    if (!p)
        return fail(p.error());
    r.payments = *p;
    return r;
}

Result<InvoiceRecord> InvoiceRepository::byReference(const QString &reference) const
{
    const QString text = reference.trimmed();
    bool isId = false;
    const qint64 id = (text.startsWith(u'#') ? text.mid(1) : text).toLongLong(&isId);
    if (text.startsWith(u'#')) {
        if (!isId || id <= 0)
            return fail(QCoreApplication::translate("InvoiceRepository", "\"%1\" is not an invoice reference: give its number or #id.").arg(text));
        return byId(InvoiceId(id));
    }
    auto found = sql::scalar(m_db.connection(), u"SELECT id FROM invoices WHERE number = ?"_s, { text });
    if (found && !found->isNull())
        return byId(InvoiceId(found->toLongLong()));
    if (isId && id > 0)
        return byId(InvoiceId(id));
    return fail(QCoreApplication::translate("InvoiceRepository", "No invoice numbered %1.").arg(text));
}

Result<QList<InvoiceRecord>> InvoiceRepository::list(const InvoiceFilter &f) const
{
    QString where = u"WHERE 1 = 1"_s;
    QVariantList values;
    if (f.client.isValid()) {
        where += u" AND i.client_id = ?"_s;
        values << f.client.value;
    }
    if (f.status) {
        where += u" AND i.status = ?"_s;
        values << invoiceStatusKey(*f.status);
    }
    if (f.month.isValid()) {
        where += u" AND i.month = ?"_s;
        values << monthKey(f.month);
    }
    if (f.overdueOnly) {
        where += u" AND i.status IN ('issued', 'partially_paid') AND i.due_on < ?"_s;
        values << (f.today.isValid() ? f.today : today()).toString(Qt::ISODate);
    }
    if (f.beforeId > 0) {
        where += u" AND i.id < ?"_s;
        values << f.beforeId;
    }
    values << std::max(1, f.limit);
    auto q = sql::exec(m_db.connection(), kSelect + where + u" ORDER BY i.id DESC LIMIT ?"_s, values);
    if (!q)
        return fail(q.error());
    QList<InvoiceRecord> result;
    while (q->next())
        result.append(readInvoice(*q));
    return result;
}

Result<InvoiceId> InvoiceRepository::insertDraft(const InvoiceDraft &draft, ClientId client, int paymentTermsDays,
    const QList<qint64> &adjustmentIds, int firstAdjustmentLine)
{
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = Clock::nowSecs();
    const auto monthOrNull = [](QDate month) {
        return month.isValid() ? QVariant(monthKey(month)) : QVariant(QMetaType::fromType<QString>());
    };
    auto q = sql::exec(conn,
        u"INSERT INTO invoices (client_id, kind, month, fee_month, usage_month, series, status, currency, "
        "subtotal_minor, vat_rate_bp, vat_minor, total_minor, payment_terms_days, created_at, updated_at) "
        "VALUES (?, 'monthly', ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { client.value, monthKey(draft.month), monthOrNull(draft.feeMonth), monthOrNull(draft.usageMonth),
            BillingSettings(m_db).invoiceSeries(), draft.currency, draft.subtotal.minorUnits(), draft.vatRateBp,
            draft.vat.minorUnits(), draft.total.minorUnits(), paymentTermsDays, now, now });
    if (!q)
        return fail(q.error());
    const InvoiceId id(q->lastInsertId().toLongLong());
    for (int i = 0; i < draft.lines.size(); ++i) {
        const InvoiceLine &line = draft.lines.at(i);
        const int adjustment = i - firstAdjustmentLine;
        const bool isAdjustment = firstAdjustmentLine >= 0 && adjustment >= 0 && adjustment < adjustmentIds.size();
        if (auto l = sql::exec(conn,
                u"INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity_milli, "
                "unit_price_minor, amount_minor, minutes, adjustment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                { id.value, i + 1, isAdjustment ? u"adjustment"_s : invoiceLineKindKey(line.kind), line.description,
                    line.quantityMilli, line.unitPrice.minorUnits(), line.amount.minorUnits(), line.minutes,
                    isAdjustment ? QVariant(adjustmentIds.at(adjustment)) : QVariant() });
            !l)
            return fail(l.error());
        if (isAdjustment) {
            if (auto a = sql::exec(conn, u"UPDATE adjustments SET settled_invoice_id = ? WHERE id = ?"_s,
                    { id.value, adjustmentIds.at(adjustment) });
                !a)
                return fail(a.error());
        }
    }
    // The act lists the work of the month it covers (in advance: the month before the invoice's).
    if (draft.usageMonth.isValid()) {
        auto act = sql::exec(conn,
            u"INSERT INTO acts (invoice_id, client_id, month, status, total_minutes, created_at, updated_at) "
            "VALUES (?, ?, ?, 'draft', ?, ?, ?)"_s,
            { id.value, client.value, monthKey(draft.usageMonth), draft.actTotalMinutes, now, now });
        if (!act)
            return fail(act.error());
        const qint64 actId = act->lastInsertId().toLongLong();
        for (int i = 0; i < draft.actLines.size(); ++i) {
            const ActLine &line = draft.actLines.at(i);
            if (auto l = sql::exec(conn,
                    u"INSERT INTO act_lines (act_id, position, ticket_id, subject, minutes) VALUES (?, ?, ?, ?, ?)"_s,
                    { actId, i + 1, line.ticketId.value, line.subject, line.minutes });
                !l)
                return fail(l.error());
        }
    }
    const QVariantMap created { { u"client_id"_s, client.value }, { u"month"_s, monthKey(draft.month) },
        { u"fee_month"_s, monthKey(draft.feeMonth) }, { u"usage_month"_s, monthKey(draft.usageMonth) },
        { u"status"_s, u"draft"_s }, { u"currency"_s, draft.currency },
        { u"subtotal_minor"_s, draft.subtotal.minorUnits() }, { u"vat_minor"_s, draft.vat.minorUnits() },
        { u"total_minor"_s, draft.total.minorUnits() }, { u"lines"_s, draft.lines.size() } };
    if (Status s = AuditLog(m_db).record(u"invoice"_s, id.value, AuditLog::Action::Create, {}, created); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return id;
}

Result<InvoiceRecord> InvoiceRepository::addLine(InvoiceId id, const OneOffLine &line)
{
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto before = byId(id);
    if (!before)
        return fail(before.error());
    if (!InvoiceState::isEditable(before->status))
        return fail(QCoreApplication::translate("InvoiceRepository", "Invoice %1 is %2: only a draft can be changed; an issued invoice is corrected on a later one.")
                        .arg(before->reference(), invoiceStatusTitle(before->status).toLower()));
    // The stored lines as fixed amounts plus the new one: the builder applies
    // the one rounding rule to the new line and to the VAT.
    InvoiceInput input;
    input.month = before->month;
    input.tariff.monthlyFee = Money(0, before->currency);
    input.tariff.overageRate = Money(0, before->currency);
    input.tariff.vatRateBp = before->vatRateBp;
    for (const InvoiceLineRecord &l : std::as_const(before->lines))
        input.oneOffLines.append(OneOffLine { l.description, 1000, l.amount });
    input.oneOffLines.append(line);
    auto built = InvoiceBuilder::build(input);
    if (!built)
        return fail(built.error());
    const InvoiceLine &added = built->lines.constLast();
    if (auto q = sql::exec(conn,
            u"INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity_milli, unit_price_minor, "
            "amount_minor, minutes) VALUES (?, ?, 'one_off', ?, ?, ?, ?, 0)"_s,
            { id.value, before->lines.size() + 1, added.description, added.quantityMilli,
                added.unitPrice.minorUnits(), added.amount.minorUnits() });
        !q)
        return fail(q.error());
    if (auto q = sql::exec(conn,
            u"UPDATE invoices SET subtotal_minor = ?, vat_minor = ?, total_minor = ?, updated_at = ? WHERE id = ?"_s,
            { built->subtotal.minorUnits(), built->vat.minorUnits(), built->total.minorUnits(), Clock::nowSecs(),
                id.value });
        !q)
        return fail(q.error());
    auto after = byId(id);
    if (!after)
        return fail(after.error());
    if (Status s = AuditLog(m_db).record(
            u"invoice"_s, id.value, AuditLog::Action::Update, auditMap(*before), auditMap(*after));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return after;
}

Result<InvoiceRecord> InvoiceRepository::issue(InvoiceId id, QDate issuedOn)
{
    const QDate on = issuedOn.isValid() ? issuedOn : today();
    const QSqlDatabase conn = m_db.connection();
    // BEGIN IMMEDIATE: the sequence is read and incremented under the write
    // lock, so a second process waits and takes the next number.
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto before = byId(id);
    if (!before)
        return fail(before.error());
    if (before->status != InvoiceStatus::Draft)
        return fail(QCoreApplication::translate("InvoiceRepository", "Invoice %1 is already %2.").arg(before->reference(), invoiceStatusTitle(before->status).toLower()));
    auto next = InvoiceState::issue(before->status, before->total);
    if (!next)
        return fail(next.error());
    if (auto q = sql::exec(conn,
            u"INSERT INTO invoice_number_sequences (series, year, last) VALUES (?, ?, 1) "
            "ON CONFLICT (series, year) DO UPDATE SET last = invoice_number_sequences.last + 1"_s,
            { before->series, on.year() });
        !q)
        return fail(q.error());
    auto seq = sql::scalar(
        conn, u"SELECT last FROM invoice_number_sequences WHERE series = ? AND year = ?"_s, { before->series, on.year() });
    if (!seq)
        return fail(seq.error());
    const int sequence = seq->toInt();
    const QString number = InvoiceState::formatInvoiceNumber(before->series, on.year(), sequence);
    if (number.isEmpty())
        return fail(QCoreApplication::translate("InvoiceRepository", "Cannot number the invoice: series \"%1\", year %2.").arg(before->series).arg(on.year()));
    const QDate due = InvoiceState::dueDate(on, before->paymentTermsDays);
    const bool paidNow = *next == InvoiceStatus::Paid;
    if (auto q = sql::exec(conn,
            u"UPDATE invoices SET status = ?, year = ?, number_seq = ?, number = ?, issued_on = ?, due_on = ?, "
            "paid_on = ?, client_details = ?, provider_details = ?, updated_at = ? WHERE id = ? AND status = 'draft'"_s,
            { invoiceStatusKey(*next), on.year(), sequence, number, on.toString(Qt::ISODate), due.toString(Qt::ISODate),
                paidNow ? dateValue(on) : QVariant(), jsonText(liveClientDetails(before->clientId)),
                jsonText(BillingSettings(m_db).provider().toMap()), Clock::nowSecs(), id.value });
        !q)
        return fail(q.error());
    auto after = byId(id);
    if (!after)
        return fail(after.error());
    if (Status s = AuditLog(m_db).record(
            u"invoice"_s, id.value, AuditLog::Action::Update, auditMap(*before), auditMap(*after));
        !s)
        return fail(s.error());
    TimelineEntry e;
    e.kind = u"invoice"_s;
    e.title = QCoreApplication::translate("InvoiceRepository", "Invoice %1 issued: %2, due %3")
                  .arg(number, after->total.toDisplayString(), due.toString(Qt::ISODate));
    e.refType = u"invoice"_s;
    e.refId = id.value;
    if (Status s = Timeline(m_db).add(after->clientId, e); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return after;
}

Result<QList<InvoiceRecord>> InvoiceRepository::issueMany(const QList<InvoiceId> &ids, QDate issuedOn)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    QList<InvoiceRecord> issued;
    for (const InvoiceId id : ids) {
        auto r = issue(id, issuedOn);
        if (!r)
            return fail(r.error());
        issued.append(*r);
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return issued;
}

Result<InvoiceRecord> InvoiceRepository::cancel(InvoiceId id, const QString &reason)
{
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto before = byId(id);
    if (!before)
        return fail(before.error());
    auto next = InvoiceState::cancel(before->status, before->paid, reason);
    if (!next)
        return fail(next.error());
    const qint64 now = Clock::nowSecs();
    if (auto q = sql::exec(conn,
            u"UPDATE invoices SET status = 'cancelled', cancelled_reason = ?, cancelled_at = ?, updated_at = ? "
            "WHERE id = ?"_s,
            { reason.trimmed(), now, now, id.value });
        !q)
        return fail(q.error());
    // Corrections it settled go to the next invoice; corrections of it lapse
    // with it (the month is billed afresh by the next run).
    if (auto q = sql::exec(conn, u"UPDATE adjustments SET settled_invoice_id = NULL WHERE settled_invoice_id = ?"_s,
            { id.value });
        !q)
        return fail(q.error());
    if (auto q = sql::exec(conn,
            u"UPDATE adjustments SET voided_at = ? WHERE origin_invoice_id = ? AND settled_invoice_id IS NULL "
            "AND voided_at IS NULL"_s,
            { now, id.value });
        !q)
        return fail(q.error());
    auto after = byId(id);
    if (!after)
        return fail(after.error());
    if (Status s = AuditLog(m_db).record(
            u"invoice"_s, id.value, AuditLog::Action::Update, auditMap(*before), auditMap(*after));
        !s)
        return fail(s.error());
    TimelineEntry e;
    e.kind = u"invoice"_s;
    e.title = QCoreApplication::translate("InvoiceRepository", "Invoice %1 cancelled: %2").arg(after->reference(), reason.trimmed());
    e.refType = u"invoice"_s;
    e.refId = id.value;
    if (Status s = Timeline(m_db).add(after->clientId, e); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return after;
}

Result<PaymentRecord> InvoiceRepository::recordPayment(
    InvoiceId id, QDate paidOn, const Money &amount, const QString &reference)
{
    if (!paidOn.isValid())
        return fail(QCoreApplication::translate("InvoiceRepository", "A payment needs a valid date."));
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto before = byId(id);
    if (!before)
        return fail(before.error());
    auto next = InvoiceState::applyPayment(before->status, before->total, before->paid, amount);
    if (!next)
        return fail(QCoreApplication::translate("InvoiceRepository", "Invoice %1: %2").arg(before->reference(), next.error()));
    const qint64 now = Clock::nowSecs();
    auto q = sql::exec(conn,
        u"INSERT INTO payments (invoice_id, paid_on, amount_minor, reference, user_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        { id.value, paidOn.toString(Qt::ISODate), amount.minorUnits(), QString(u""_s + reference.trimmed()),
            sql::nullIfZero(m_db.actor().id.value), now });
    if (!q)
        return fail(q.error());
    PaymentRecord p;
    p.id = q->lastInsertId().toLongLong();
    p.invoiceId = id;
    p.paidOn = paidOn;
    p.amount = amount;
    p.reference = reference.trimmed();
    p.userId = m_db.actor().id;
    p.userName = m_db.actor().name;
    p.createdAt = now;
    QDate lastPaid = paidOn;
    for (const PaymentRecord &earlier : std::as_const(before->payments))
        lastPaid = std::max(lastPaid, earlier.paidOn);
    const bool full = *next == InvoiceStatus::Paid;
    if (auto u = sql::exec(conn,
            u"UPDATE invoices SET status = ?, paid_minor = paid_minor + ?, paid_on = ?, updated_at = ? WHERE id = ?"_s,
            { invoiceStatusKey(*next), amount.minorUnits(), full ? dateValue(lastPaid) : QVariant(), now, id.value });
        !u)
        return fail(u.error());
    const QVariantMap created { { u"invoice_id"_s, id.value }, { u"paid_on"_s, paidOn.toString(Qt::ISODate) },
        { u"amount_minor"_s, amount.minorUnits() }, { u"currency"_s, amount.currency() },
        { u"reference"_s, p.reference } };
    if (Status s = AuditLog(m_db).record(u"payment"_s, p.id, AuditLog::Action::Create, {}, created); !s)
        return fail(s.error());
    if (Status s = AuditLog(m_db).record(u"invoice"_s, id.value, AuditLog::Action::Update,
            { { u"status"_s, invoiceStatusKey(before->status) }, { u"paid_minor"_s, before->paid.minorUnits() } },
            { { u"status"_s, invoiceStatusKey(*next) }, { u"paid_minor"_s, (before->paid + amount).minorUnits() } });
        !s)
        return fail(s.error());
    TimelineEntry e;
    e.kind = u"payment"_s;
    e.title = full ? QCoreApplication::translate("InvoiceRepository", "Payment of %1 for invoice %2: paid in full").arg(amount.toDisplayString(), before->reference())
                   : QCoreApplication::translate("InvoiceRepository", "Payment of %1 for invoice %2: %3 still outstanding")
                         .arg(amount.toDisplayString(), before->reference(),
                             (before->outstanding() - amount).toDisplayString());
    e.body = p.reference;
    e.refType = u"invoice"_s;
    e.refId = id.value;
    if (Status s = Timeline(m_db).add(before->clientId, e); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return p;
}

} // namespace rapport
