#include "billingrun.h"

#include "auditlog.h"
#include "billing/monthwords.h"
#include "billing/rolloverledger.h"
#include "domain/clock.h"
#include "domain/documenttext.h"
#include "invoicerepository.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

struct BillingRun::ClientTerms
{
    ClientId id;
    QString name;
    QString language; // of the client's documents: the invoice lines are written in it
    Tariff tariff;
    QDate contractStart;
    QDate contractEnd;

    // The contract runs during some part of `month` (its first day).
    bool runsIn(QDate month) const
    {
        return !(contractStart.isValid() && contractStart > month.addMonths(1).addDays(-1))
            && !(contractEnd.isValid() && contractEnd < month);
    }
    // The month whose work the invoice of `month` bills.
    QDate workMonthOf(QDate month) const
    {
        return tariff.billingMode == Tariff::BillingMode::Advance ? month.addMonths(-1) : month;
    }
};

// What the run of a month bills for a client: the fee of feeMonth and the
// work of usageMonth, invalid when there is none to bill. With neither, the
// months are covered by `existing`, the live invoice shown for the month.
struct BillingRun::Coverage
{
    QDate feeMonth;
    QDate usageMonth;
    BillingRunItem existing;

    bool isEmpty() const { return !feeMonth.isValid() && !usageMonth.isValid(); }
};

namespace {

QString hoursText(qint64 minutes)
{
    const qint64 milli = InvoiceBuilder::minutesToHoursMilli(minutes < 0 ? -minutes : minutes);
    QString text = QString::number(milli / 1000) + u'.' + QString::number(milli % 1000).rightJustified(3, u'0');
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return (minutes < 0 ? u"−"_s : u"+"_s) + text;
}

// The overage amount of a month's snapshot for `minutes` of work, by the
// builder's own rule (so a difference is priced exactly like the invoice).
Result<Money> overageAmount(QDate month, const QString &currency, int included, qint64 rateMinor, int rollover,
    int minutes)
{
    InvoiceInput in;
    in.month = month;
    in.tariff.monthlyFee = Money(0, currency);
    in.tariff.overageRate = Money(rateMinor, currency);
    in.tariff.includedMinutes = included;
    in.tariff.vatRateBp = 0;
    in.rolloverAvailableMinutes = rollover;
    in.tickets.append(BillableTicket { TicketId(), QString(), std::max(0, minutes) });
    auto built = InvoiceBuilder::build(in);
    if (!built)
        return fail(built.error());
    Money sum(0, currency);
    for (const InvoiceLine &l : std::as_const(built->lines)) {
        if (l.kind == InvoiceLineKind::Overage)
            sum += l.amount;
    }
    return sum;
}

// In the client's language, like the builder's lines (DocumentText).
QString adjustmentDescription(const BillingAdjustment &a, const QString &language)
{
    return DocumentText::translate(language, "BillingRun",
        QT_TRANSLATE_NOOP("BillingRun", "Correction of %1 (invoice %2): %3 h changed after issue"))
        .arg(MonthWords::month(a.originMonth, language), a.originNumber,
            hoursText(qint64(a.minutesAfter) - a.minutesBefore));
}

} // namespace

QString billingOutcomeKey(BillingRunItem::Outcome outcome)
{
    switch (outcome) {
    case BillingRunItem::Outcome::Created: return u"created"_s;
    case BillingRunItem::Outcome::Exists: return u"exists"_s;
    case BillingRunItem::Outcome::NothingToBill: return u"nothing_to_bill"_s;
    case BillingRunItem::Outcome::Failed: break;
    }
    return u"failed"_s;
}

Result<BillingRunResult> BillingRun::run(QDate anyDay, bool dryRun, const std::atomic_bool *cancel,
    const Progress &progress)
{
    if (!anyDay.isValid())
        return fail(QCoreApplication::translate("BillingRun", "The month to bill is not a valid month."));
    const QDate month(anyDay.year(), anyDay.month(), 1);
    const QDate today = InvoiceRepository::today();
    if (month > today)
        return fail(QCoreApplication::translate("BillingRun", "%1 has not started yet: a month is billed once it has begun.")
                        .arg(InvoiceRepository::monthKey(month)));
    auto q = sql::exec(m_db.connection(),
        u"SELECT id, legal_name, currency, fee_minor, included_minutes, overage_rate_minor, vat_rate_bp, "
        "payment_terms_days, rollover_months, contract_start, contract_end, billing_mode, language FROM clients "
        "WHERE archived_at IS NULL AND fee_minor IS NOT NULL AND status IN ('active', 'suspended', 'blocked') "
        "ORDER BY id"_s);
    if (!q)
        return fail(q.error());
    QList<ClientTerms> clients;
    while (q->next()) {
        ClientTerms c;
        c.id = ClientId(q->value(0).toLongLong());
        c.name = q->value(1).toString();
        const QString currency = q->value(2).toString();
        c.tariff.monthlyFee = Money(q->value(3).toLongLong(), currency);
        c.tariff.includedMinutes = q->value(4).toInt();
        c.tariff.overageRate = Money(q->value(5).toLongLong(), currency);
        c.tariff.vatRateBp = q->value(6).toInt();
        c.tariff.paymentTermsDays = q->value(7).toInt();
        c.tariff.rolloverMonths = q->value(8).toInt();
        c.contractStart = QDate::fromString(q->value(9).toString(), Qt::ISODate);
        c.contractEnd = QDate::fromString(q->value(10).toString(), Qt::ISODate);
        c.tariff.billingMode = billingModeFromKey(q->value(11).toString()).value_or(Tariff::BillingMode::Arrears);
        c.language = q->value(12).toString();
        if (!m_only.isEmpty() && !m_only.contains(c.id))
            continue;
        // Billed while the contract runs during some part of the month of the
        // fee or of the work (in advance, the last month's work comes after it).
        if (!c.runsIn(month) && !c.runsIn(c.workMonthOf(month)))
            continue;
        clients.append(c);
    }
    q->finish();

    BillingRunResult result;
    result.month = month;
    result.dryRun = dryRun;
    // Clients are written in batches, one write transaction (and one sync to
    // disk) each; a batch that cannot be saved is reported failed as a whole.
    constexpr int BatchSize = 100;
    for (int first = 0; first < clients.size() && !result.cancelled; first += BatchSize) {
        std::optional<Transaction> batch;
        if (!dryRun) {
            batch.emplace(m_db.connection());
            // A file's write transaction already excludes other writers; the
            // server needs the lock before the batch reads what exists.
            if (batch->isActive()) {
                if (Status s = m_db.dialect().serialize(m_db.connection(), kRunLock); !s)
                    return fail(s.error());
            }
        }
        const qsizetype from = result.items.size();
        for (int i = first; i < std::min<int>(first + BatchSize, int(clients.size())); ++i) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                break;
            }
            if (batch && !batch->isActive()) {
                BillingRunItem item;
                item.clientId = clients.at(i).id;
                item.clientName = clients.at(i).name;
                item.outcome = BillingRunItem::Outcome::Failed;
                item.error = batch->error();
                result.items.append(item);
            } else {
                result.items.append(runClient(clients.at(i), month, dryRun));
            }
            if (progress)
                progress(i + 1, int(clients.size()));
        }
        if (batch && batch->isActive()) {
            if (Status s = batch->commit(); !s) {
                // The batch's first failure is the reason (a full disk rather
                // than the refused commit it caused).
                QString reason = s.error();
                for (qsizetype k = from; k < result.items.size(); ++k) {
                    if (result.items.at(k).outcome == BillingRunItem::Outcome::Failed) {
                        reason = result.items.at(k).error;
                        break;
                    }
                }
                for (qsizetype k = from; k < result.items.size(); ++k) {
                    BillingRunItem &item = result.items[k];
                    if (item.outcome == BillingRunItem::Outcome::Created) {
                        item.outcome = BillingRunItem::Outcome::Failed;
                        item.error = reason;
                        item.invoiceId = InvoiceId();
                    }
                }
            }
        }
    }
    for (const BillingRunItem &item : std::as_const(result.items)) {
        switch (item.outcome) {
        case BillingRunItem::Outcome::Created: ++result.created; break;
        case BillingRunItem::Outcome::Exists: ++result.existing; break;
        case BillingRunItem::Outcome::NothingToBill: ++result.nothingToBill; break;
        case BillingRunItem::Outcome::Failed: ++result.failed; break;
        }
    }
    return result;
}

Result<QList<ClientId>> BillingRun::clientsNeverBilled(int limit) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT id FROM clients WHERE fee_minor IS NOT NULL AND archived_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.client_id = clients.id) ORDER BY id DESC LIMIT ?"_s,
        { std::max(0, limit) });
    if (!q)
        return fail(q.error());
    QList<ClientId> result;
    while (q->next())
        result.append(ClientId(q->value(0).toLongLong()));
    return result;
}

Result<QList<BillingAdjustment>> BillingRun::findAdjustments(const ClientTerms &client, QDate month)
{
    const QSqlDatabase conn = m_db.connection();
    QHash<QString, int> current;
    auto now = sql::exec(conn,
        u"SELECT substr(day, 1, 7), SUM(minutes) FROM time_entries WHERE client_id = ? AND billable = 1 AND day < ? "
        "GROUP BY substr(day, 1, 7)"_s,
        { client.id.value, month.toString(Qt::ISODate) });
    if (!now)
        return fail(now.error());
    while (now->next())
        current.insert(now->value(0).toString(), now->value(1).toInt());
    now->finish();

    // What each issued month was billed for, moved by the corrections already found.
    auto q = sql::exec(conn,
        u"SELECT mu.month, mu.invoice_id, i.number, mu.currency, mu.included_minutes, mu.used_minutes, "
        "mu.rollover_available_minutes, mu.overage_rate_minor, "
        "(SELECT COALESCE(SUM(a.minutes_after - a.minutes_before), 0) FROM adjustments a "
        " WHERE a.origin_invoice_id = mu.invoice_id AND a.voided_at IS NULL) "
        "FROM month_usage mu JOIN invoices i ON i.id = mu.invoice_id "
        "WHERE mu.client_id = ? AND mu.month < ? AND i.status IN ('issued', 'partially_paid', 'paid') "
        "ORDER BY mu.month"_s,
        { client.id.value, InvoiceRepository::monthKey(month) });
    if (!q)
        return fail(q.error());
    QList<BillingAdjustment> found;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const int baseline = q->value(5).toInt() + q->value(8).toInt();
        const int minutes = current.value(key, 0);
        if (minutes == baseline)
            continue;
        BillingAdjustment a;
        a.originMonth = InvoiceRepository::monthFromKey(key);
        a.originInvoice = InvoiceId(q->value(1).toLongLong());
        a.originNumber = q->value(2).toString();
        a.minutesBefore = baseline;
        a.minutesAfter = minutes;
        const QString currency = q->value(3).toString();
        const int included = q->value(4).toInt();
        const int rollover = q->value(6).toInt();
        const qint64 rate = q->value(7).toLongLong();
        auto before = overageAmount(a.originMonth, currency, included, rate, rollover, baseline);
        auto after = overageAmount(a.originMonth, currency, included, rate, rollover, minutes);
        if (!before || !after)
            return fail(before ? after.error() : before.error());
        a.amount = *after - *before;
        found.append(a);
    }
    return found;
}

Result<BillingRun::Coverage> BillingRun::coverage(const ClientTerms &client, QDate month) const
{
    Coverage c;
    const QDate work = client.workMonthOf(month);
    const QString monthText = InvoiceRepository::monthKey(month);
    const QString workText = InvoiceRepository::monthKey(work);
    if (client.runsIn(month))
        c.feeMonth = month;
    if (client.runsIn(work))
        c.usageMonth = work;
    // Billed in advance, the work of the month before the first invoice is
    // billed only when the contract's start says it ran then: a card without
    // a start date did not work for the client before it was first billed
    // (no empty act, no month of unused hours before the first invoice).
    if (work < month && c.usageMonth.isValid() && !client.contractStart.isValid()) {
        auto earlier = sql::scalar(m_db.connection(),
            u"SELECT count(*) FROM invoices WHERE client_id = ? AND kind = 'monthly' AND status <> 'cancelled' "
            "AND month < ?"_s,
            { client.id.value, monthText });
        if (!earlier)
            return fail(earlier.error());
        if (earlier->toInt() == 0)
            c.usageMonth = QDate();
    }
    // Whatever the mode was when they were made, live invoices that cover
    // this fee or this work leave it out.
    auto q = sql::exec(m_db.connection(),
        u"SELECT id, month, fee_month, usage_month, currency, subtotal_minor, vat_minor, total_minor FROM invoices "
        "WHERE client_id = ? AND kind = 'monthly' AND status <> 'cancelled' AND (fee_month = ? OR usage_month = ?) "
        "ORDER BY id"_s,
        { client.id.value, monthText, workText });
    if (!q)
        return fail(q.error());
    while (q->next()) {
        if (q->value(2).toString() == monthText)
            c.feeMonth = QDate();
        if (q->value(3).toString() == workText)
            c.usageMonth = QDate();
        // The invoice of the month itself is the one shown, else any that covers part of it.
        if (c.existing.invoiceId.isValid() && q->value(1).toString() != monthText)
            continue;
        BillingRunItem &e = c.existing;
        e.invoiceId = InvoiceId(q->value(0).toLongLong());
        e.feeMonth = InvoiceRepository::monthFromKey(q->value(2).toString());
        e.usageMonth = InvoiceRepository::monthFromKey(q->value(3).toString());
        e.currency = q->value(4).toString();
        e.subtotal = Money(q->value(5).toLongLong(), e.currency);
        e.vat = Money(q->value(6).toLongLong(), e.currency);
        e.total = Money(q->value(7).toLongLong(), e.currency);
    }
    return c;
}

BillingRunItem BillingRun::runClient(const ClientTerms &client, QDate month, bool dryRun)
{
    BillingRunItem item;
    item.clientId = client.id;
    item.clientName = client.name;
    item.currency = client.tariff.monthlyFee.currency();
    const auto failed = [&item](const QString &error) {
        item.outcome = BillingRunItem::Outcome::Failed;
        item.error = error;
        return item;
    };
    const QSqlDatabase conn = m_db.connection();
    auto plan = coverage(client, month);
    if (!plan)
        return failed(plan.error());
    if (plan->isEmpty()) {
        BillingRunItem existing = plan->existing;
        existing.clientId = client.id;
        existing.clientName = client.name;
        if (existing.currency.isEmpty())
            existing.currency = item.currency;
        existing.outcome = existing.invoiceId.isValid() ? BillingRunItem::Outcome::Exists
                                                        : BillingRunItem::Outcome::NothingToBill;
        return existing;
    }
    item.feeMonth = plan->feeMonth;
    item.usageMonth = plan->usageMonth;
    // The work billed now: its month's hours, carry-over and the corrections
    // of the months before it. None on an invoice of the fee alone.
    const QDate work = plan->usageMonth;
    const QString workText = InvoiceRepository::monthKey(work);
    bool hadSnapshot = false;
    QList<BillingAdjustment> pending;
    InvoiceInput input;
    input.tariff = client.tariff;
    input.month = month;
    input.feeMonth = plan->feeMonth;
    input.usageMonth = work;
    input.language = client.language;
    if (work.isValid()) {
        auto snapshot = sql::scalar(
            conn, u"SELECT count(*) FROM month_usage WHERE client_id = ? AND month = ?"_s, { client.id.value, workText });
        if (!snapshot)
            return failed(snapshot.error());
        hadSnapshot = snapshot->toInt() > 0;

        auto found = findAdjustments(client, work);
        if (!found)
            return failed(found.error());
        item.adjustmentsFound = *found;
        auto waiting = pendingAdjustments(client, work);
        if (!waiting)
            return failed(waiting.error());
        pending = *waiting;
        for (const BillingAdjustment &a : std::as_const(item.adjustmentsFound)) {
            if (!a.amount.isZero())
                pending.append(a);
        }
        pending.removeIf([&item](const BillingAdjustment &a) { return a.amount.currency() != item.currency; });
        if (Status s = loadWork(client, work, input); !s)
            return failed(s.error());
    }

    for (const BillingAdjustment &a : std::as_const(pending))
        input.oneOffLines.append(OneOffLine { adjustmentDescription(a, client.language), 1000, a.amount });
    auto draft = InvoiceBuilder::build(input);
    if (!draft && !pending.isEmpty()) {
        // Credits larger than the month's charges wait for a later month.
        pending.clear();
        input.oneOffLines.clear();
        draft = InvoiceBuilder::build(input);
    }
    if (!draft)
        return failed(draft.error());
    item.adjustmentsSettled = pending;
    item.includedMinutes = draft->includedMinutes;
    item.billableMinutes = draft->billableMinutes;
    item.rolloverAvailableMinutes = draft->rolloverAvailableMinutes;
    item.rolloverUsedMinutes = draft->rolloverUsedMinutes;
    item.overageMinutes = draft->overageMinutes;
    item.actLines = int(draft->actLines.size());
    item.lines = draft->lines;
    item.subtotal = draft->subtotal;
    item.vat = draft->vat;
    item.total = draft->total;
    item.outcome = draft->isEmpty() ? (hadSnapshot ? BillingRunItem::Outcome::Exists : BillingRunItem::Outcome::NothingToBill)
                                    : BillingRunItem::Outcome::Created;
    if (dryRun)
        return item;

    // Everything above only read: a refusal leaves the caller's batch intact.
    Transaction tx(conn);
    if (!tx.isActive())
        return failed(tx.error());
    const qint64 nowSecs = Clock::nowSecs();
    for (BillingAdjustment &a : item.adjustmentsFound) {
        auto ins = sql::exec(conn,
            u"INSERT INTO adjustments (client_id, origin_month, origin_invoice_id, minutes_before, minutes_after, "
            "currency, amount_minor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { client.id.value, InvoiceRepository::monthKey(a.originMonth), a.originInvoice.value, a.minutesBefore,
                a.minutesAfter, a.amount.currency(), a.amount.minorUnits(), nowSecs });
        if (!ins)
            return failed(ins.error());
        a.id = ins->lastInsertId().toLongLong();
        const QVariantMap created { { u"origin_month"_s, InvoiceRepository::monthKey(a.originMonth) },
            { u"origin_invoice_id"_s, a.originInvoice.value }, { u"minutes_before"_s, a.minutesBefore },
            { u"minutes_after"_s, a.minutesAfter }, { u"amount_minor"_s, a.amount.minorUnits() } };
        if (Status s = AuditLog(m_db).record(u"adjustment"_s, a.id, AuditLog::Action::Create, {}, created); !s)
            return failed(s.error());
        for (BillingAdjustment &settled : item.adjustmentsSettled) {
            if (settled.id == 0 && settled.originInvoice == a.originInvoice && settled.minutesAfter == a.minutesAfter)
                settled.id = a.id;
        }
    }

    QVariant invoiceId;
    if (!draft->isEmpty()) {
        QList<qint64> ids;
        for (const BillingAdjustment &a : std::as_const(item.adjustmentsSettled))
            ids << a.id;
        auto id = InvoiceRepository(m_db).insertDraft(
            *draft, client.id, client.tariff.paymentTermsDays, ids, int(draft->lines.size() - ids.size()));
        if (!id)
            return failed(id.error());
        item.invoiceId = *id;
        invoiceId = id->value;
    }
    // The snapshot of the work's month (its act's month), which later
    // months' carry-over and corrections read.
    if (work.isValid()) {
        auto snap = sql::exec(conn,
            u"INSERT INTO month_usage (client_id, month, invoice_id, currency, included_minutes, used_minutes, "
            "rollover_months, rollover_available_minutes, rollover_used_minutes, overage_minutes, overage_rate_minor, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (client_id, month) DO UPDATE SET invoice_id = excluded.invoice_id, "
            "currency = excluded.currency, included_minutes = excluded.included_minutes, "
            "used_minutes = excluded.used_minutes, rollover_months = excluded.rollover_months, "
            "rollover_available_minutes = excluded.rollover_available_minutes, "
            "rollover_used_minutes = excluded.rollover_used_minutes, overage_minutes = excluded.overage_minutes, "
            "overage_rate_minor = excluded.overage_rate_minor, created_at = excluded.created_at"_s,
            { client.id.value, workText, invoiceId, item.currency, draft->includedMinutes, draft->billableMinutes,
                client.tariff.rolloverMonths, draft->rolloverAvailableMinutes, draft->rolloverUsedMinutes,
                draft->overageMinutes, client.tariff.overageRate.minorUnits(), nowSecs });
        if (!snap)
            return failed(snap.error());
    }
    if (Status s = tx.commit(); !s)
        return failed(s.error());
    return item;
}

Result<QList<BillingAdjustment>> BillingRun::pendingAdjustments(const ClientTerms &client, QDate work) const
{
    // Corrections recorded earlier and not settled yet, of the months before the work billed.
    auto p = sql::exec(m_db.connection(),
        u"SELECT a.id, a.origin_month, a.origin_invoice_id, COALESCE(i.number, ''), a.minutes_before, "
        "a.minutes_after, a.amount_minor, a.currency FROM adjustments a JOIN invoices i ON i.id = a.origin_invoice_id "
        "WHERE a.client_id = ? AND a.settled_invoice_id IS NULL AND a.voided_at IS NULL AND a.amount_minor <> 0 "
        "AND a.origin_month < ? ORDER BY a.id"_s,
        { client.id.value, InvoiceRepository::monthKey(work) });
    if (!p)
        return fail(p.error());
    QList<BillingAdjustment> pending;
    while (p->next()) {
        BillingAdjustment a;
        a.id = p->value(0).toLongLong();
        a.originMonth = InvoiceRepository::monthFromKey(p->value(1).toString());
        a.originInvoice = InvoiceId(p->value(2).toLongLong());
        a.originNumber = p->value(3).toString();
        a.minutesBefore = p->value(4).toInt();
        a.minutesAfter = p->value(5).toInt();
        a.amount = Money(p->value(6).toLongLong(), p->value(7).toString());
        pending.append(a);
    }
    return pending;
}

Status BillingRun::loadWork(const ClientTerms &client, QDate work, InvoiceInput &input) const
{
    const QSqlDatabase conn = m_db.connection();
    // The month's work by ticket.
    auto t = sql::exec(conn,
        u"SELECT te.ticket_id, t.subject, SUM(te.minutes) FROM time_entries te JOIN tickets t ON t.id = te.ticket_id "
        "WHERE te.client_id = ? AND te.billable = 1 AND te.day >= ? AND te.day < ? "
        "GROUP BY te.ticket_id, t.subject ORDER BY MIN(te.day), te.ticket_id"_s,
        { client.id.value, work.toString(Qt::ISODate), work.addMonths(1).toString(Qt::ISODate) });
    if (!t)
        return fail(t.error());
    while (t->next())
        input.tickets.append(BillableTicket { TicketId(t->value(0).toLongLong()), t->value(1).toString(), t->value(2).toInt() });
    t->finish();
    if (client.tariff.rolloverMonths <= 0)
        return {};

    // Carry-over: the snapshots of the earlier months, gaps as empty months.
    auto u = sql::exec(conn,
        u"SELECT month, included_minutes, used_minutes FROM month_usage WHERE client_id = ? AND month < ? "
        "ORDER BY month"_s,
        { client.id.value, InvoiceRepository::monthKey(work) });
    if (!u)
        return fail(u.error());
    QList<MonthUsage> previous;
    while (u->next()) {
        const QDate m = InvoiceRepository::monthFromKey(u->value(0).toString());
        while (!previous.isEmpty() && previous.constLast().month.addMonths(1) < m)
            previous.append(MonthUsage { previous.constLast().month.addMonths(1), 0, 0 });
        previous.append(MonthUsage { m, u->value(1).toInt(), u->value(2).toInt() });
    }
    u->finish();
    while (!previous.isEmpty() && previous.constLast().month.addMonths(1) < work)
        previous.append(MonthUsage { previous.constLast().month.addMonths(1), 0, 0 });
    auto available = RolloverLedger::availableAtStart(previous, client.tariff.rolloverMonths, work);
    if (!available)
        return fail(available.error());
    input.rolloverAvailableMinutes = *available;
    return {};
}

} // namespace rapport
