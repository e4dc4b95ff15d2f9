#include "billingjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {

namespace {

QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// "YYYY-MM", null for none.
QJsonValue month(QDate m)
{
    return m.isValid() ? QJsonValue(InvoiceRepository::monthKey(m)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue id(qint64 v)
{
    return v > 0 ? QJsonValue(v) : QJsonValue();
}

QJsonValue instant(qint64 secs)
{
    if (secs <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate);
}

void putMoney(QJsonObject &o, const QString &key, const Money &m)
{
    o.insert(key, m.toPlainString());
    o.insert(key + u"_minor"_s, m.minorUnits());
}

QString milliText(qint64 milli)
{
    QString t = QString::number(milli / 1000);
    QString f = QString::number(std::abs(milli % 1000)).rightJustified(3, u'0');
    while (f.endsWith(u'0'))
        f.chop(1);
    return f.isEmpty() ? t : t + u'.' + f;
}

} // namespace

QJsonObject invoiceLineJson(const InvoiceLineRecord &l, int position)
{
    QJsonObject o { { u"position"_s, position }, { u"kind"_s, l.kind }, { u"description"_s, l.description },
        { u"quantity"_s, milliText(l.quantityMilli) }, { u"quantity_milli"_s, l.quantityMilli },
        { u"minutes"_s, l.minutes }, { u"adjustment_month"_s, text(InvoiceRepository::monthKey(l.adjustmentMonth)) },
        { u"adjustment_number"_s, text(l.adjustmentNumber) } };
    putMoney(o, u"unit_price"_s, l.unitPrice);
    putMoney(o, u"amount"_s, l.amount);
    return o;
}

QJsonObject paymentJson(const PaymentRecord &p)
{
    QJsonObject o { { u"id"_s, p.id }, { u"invoice_id"_s, p.invoiceId.value }, { u"paid_on"_s, date(p.paidOn) },
        { u"currency"_s, p.amount.currency() }, { u"reference"_s, p.reference }, { u"by"_s, text(p.userName) } };
    putMoney(o, u"amount"_s, p.amount);
    return o;
}

QJsonObject actJson(const ActRecord &a)
{
    QJsonArray lines;
    for (const ActLine &l : a.lines)
        lines.append(QJsonObject { { u"ticket_id"_s, l.ticketId.value }, { u"subject"_s, l.subject },
            { u"minutes"_s, l.minutes } });
    return { { u"id"_s, a.id }, { u"invoice_id"_s, a.invoiceId.value }, { u"invoice_number"_s, text(a.invoiceNumber) },
        { u"client_id"_s, a.clientId.value }, { u"month"_s, InvoiceRepository::monthKey(a.month) },
        { u"status"_s, a.status }, { u"sent_on"_s, date(a.sentOn) }, { u"signed_on"_s, date(a.signedOn) },
        { u"total_minutes"_s, a.totalMinutes }, { u"lines"_s, lines } };
}

QJsonObject invoiceJson(const InvoiceRecord &r, QDate today, bool full)
{
    QJsonObject o { { u"id"_s, r.id.value }, { u"number"_s, text(r.number) }, { u"reference"_s, r.reference() },
        { u"client_id"_s, r.clientId.value }, { u"client"_s, r.clientName }, { u"kind"_s, r.kind },
        { u"month"_s, InvoiceRepository::monthKey(r.month) }, { u"fee_month"_s, month(r.feeMonth) },
        { u"usage_month"_s, month(r.usageMonth) }, { u"status"_s, invoiceStatusKey(r.status) },
        { u"currency"_s, r.currency }, { u"vat_rate_bp"_s, r.vatRateBp },
        { u"payment_terms_days"_s, r.paymentTermsDays }, { u"issued_on"_s, date(r.issuedOn) },
        { u"due_on"_s, date(r.dueOn) }, { u"paid_on"_s, date(r.paidOn) }, { u"days_overdue"_s, r.daysOverdue(today) },
        { u"cancelled_reason"_s, text(r.cancelledReason) } };
    putMoney(o, u"subtotal"_s, r.subtotal);
    putMoney(o, u"vat"_s, r.vat);
    putMoney(o, u"total"_s, r.total);
    putMoney(o, u"paid"_s, r.paid);
    putMoney(o, u"outstanding"_s, r.status == InvoiceStatus::Cancelled ? Money(0, r.currency) : r.outstanding());
    if (!full)
        return o;
    QJsonArray lines;
    for (int i = 0; i < r.lines.size(); ++i)
        lines.append(invoiceLineJson(r.lines.at(i), i + 1));
    QJsonArray payments;
    for (const PaymentRecord &p : r.payments)
        payments.append(paymentJson(p));
    o.insert(u"lines"_s, lines);
    o.insert(u"payments"_s, payments);
    o.insert(u"client_details"_s, QJsonObject::fromVariantMap(r.clientDetails));
    o.insert(u"provider_details"_s, QJsonObject::fromVariantMap(r.providerDetails));
    return o;
}

QJsonObject adjustmentJson(const BillingAdjustment &a)
{
    QJsonObject o { { u"id"_s, id(a.id) }, { u"origin_month"_s, InvoiceRepository::monthKey(a.originMonth) },
        { u"origin_invoice_id"_s, a.originInvoice.value }, { u"origin_number"_s, text(a.originNumber) },
        { u"minutes_before"_s, a.minutesBefore }, { u"minutes_after"_s, a.minutesAfter },
        { u"currency"_s, a.amount.currency() } };
    putMoney(o, u"amount"_s, a.amount);
    return o;
}

QJsonObject billingRunJson(const BillingRunResult &r)
{
    QJsonArray items;
    for (const BillingRunItem &i : r.items) {
        QJsonArray lines;
        for (int n = 0; n < i.lines.size(); ++n) {
            const InvoiceLine &l = i.lines.at(n);
            InvoiceLineRecord rec;
            rec.kind = invoiceLineKindKey(l.kind);
            rec.description = l.description;
            rec.quantityMilli = l.quantityMilli;
            rec.unitPrice = l.unitPrice;
            rec.amount = l.amount;
            rec.minutes = l.minutes;
            lines.append(invoiceLineJson(rec, n + 1));
        }
        QJsonArray found;
        for (const BillingAdjustment &a : i.adjustmentsFound)
            found.append(adjustmentJson(a));
        QJsonArray settled;
        for (const BillingAdjustment &a : i.adjustmentsSettled)
            settled.append(adjustmentJson(a));
        QJsonObject o { { u"client_id"_s, i.clientId.value }, { u"client"_s, i.clientName },
            { u"outcome"_s, billingOutcomeKey(i.outcome) }, { u"invoice_id"_s, id(i.invoiceId.value) },
            { u"fee_month"_s, month(i.feeMonth) }, { u"usage_month"_s, month(i.usageMonth) },
            { u"currency"_s, i.currency }, { u"included_minutes"_s, i.includedMinutes },
            { u"billable_minutes"_s, i.billableMinutes }, { u"rollover_available_minutes"_s, i.rolloverAvailableMinutes },
            { u"rollover_used_minutes"_s, i.rolloverUsedMinutes }, { u"overage_minutes"_s, i.overageMinutes },
            { u"act_lines"_s, i.actLines }, { u"lines"_s, lines }, { u"adjustments_found"_s, found },
            { u"adjustments_settled"_s, settled }, { u"error"_s, text(i.error) } };
        putMoney(o, u"subtotal"_s, i.subtotal.currency().isEmpty() ? Money(0, i.currency) : i.subtotal);
        putMoney(o, u"vat"_s, i.vat.currency().isEmpty() ? Money(0, i.currency) : i.vat);
        putMoney(o, u"total"_s, i.total.currency().isEmpty() ? Money(0, i.currency) : i.total);
        items.append(o);
    }
    return { { u"month"_s, InvoiceRepository::monthKey(r.month) }, { u"dry_run"_s, r.dryRun },
        { u"created"_s, r.created }, { u"existing"_s, r.existing }, { u"nothing_to_bill"_s, r.nothingToBill },
        { u"failed"_s, r.failed }, { u"cancelled"_s, r.cancelled }, { u"items"_s, items } };
}

QJsonObject providerJson(const ProviderDetails &p)
{
    QJsonObject o = QJsonObject::fromVariantMap(p.toMap());
    o.insert(u"complete"_s, p.isComplete());
    return o;
}

QJsonObject dunningRunJson(const DunningRunResult &r)
{
    QJsonArray steps;
    for (const DunningRunStep &s : r.steps) {
        QJsonObject o { { u"client_id"_s, s.clientId.value }, { u"client"_s, s.clientName },
            { u"case_id"_s, id(s.caseId) }, { u"step"_s, dunningStepKey(s.step) }, { u"due_on"_s, date(s.dueOn) },
            { u"state_after"_s, dunningStateKey(s.stateAfter) }, { u"currency"_s, s.outstanding.currency() } };
        putMoney(o, u"outstanding"_s, s.outstanding);
        steps.append(o);
    }
    QJsonArray errors;
    for (const auto &e : r.errors)
        errors.append(QJsonObject { { u"client_id"_s, e.first.value }, { u"error"_s, e.second } });
    return { { u"as_of"_s, date(r.asOf) }, { u"dry_run"_s, r.dryRun }, { u"clients_checked"_s, r.clientsChecked },
        { u"cancelled"_s, r.cancelled }, { u"steps"_s, steps }, { u"errors"_s, errors } };
}

QJsonObject dunningPauseJson(const DunningPauseRecord &p)
{
    return { { u"id"_s, p.id }, { u"client_id"_s, p.clientId.value }, { u"kind"_s, dunningPauseKindKey(p.kind) },
        { u"until"_s, date(p.until) }, { u"reason"_s, text(p.reason) }, { u"document"_s, text(p.document) },
        { u"by"_s, text(p.userName) }, { u"created_at"_s, instant(p.createdAt) },
        { u"released_on"_s, date(p.releasedOn) } };
}

QJsonObject dunningStepJson(const DunningStepRecord &s)
{
    QJsonObject o { { u"id"_s, s.id }, { u"case_id"_s, s.caseId }, { u"step"_s, dunningStepKey(s.step) },
        { u"due_on"_s, date(s.dueOn) }, { u"currency"_s, s.outstanding.currency() }, { u"by"_s, text(s.userName) },
        { u"recorded_at"_s, instant(s.recordedAt) },
        // "message": a rule sends it and it counts from sent_on once sent;
        // "team": handed over by the team itself, counting from due_on, or
        // from sent_on when it waited for a message and was marked sent by hand.
        { u"delivery"_s, s.awaitsDelivery && !s.sentByTeam ? u"message"_s : u"team"_s },
        { u"sent_on"_s, date(s.sentOn) } };
    putMoney(o, u"outstanding"_s, s.outstanding);
    return o;
}

QJsonObject dunningRowJson(const DunningQueueRow &r)
{
    QJsonArray due;
    for (const DunningStepDue &s : r.dueNow)
        due.append(QJsonObject { { u"step"_s, dunningStepKey(s.step) }, { u"due_on"_s, date(s.dueOn) },
            { u"state_after"_s, dunningStateKey(s.stateAfter) } });
    QJsonArray pauses;
    for (const DunningPauseRecord &p : r.activePauses)
        pauses.append(dunningPauseJson(p));
    QJsonArray history;
    for (const DunningStepRecord &s : r.history)
        history.append(dunningStepJson(s));
    QJsonObject o { { u"client_id"_s, r.clientId.value }, { u"client"_s, r.clientName },
        { u"client_status"_s, clientStatusKey(r.clientStatus) }, { u"case_id"_s, id(r.caseId) },
        { u"state"_s, dunningStateKey(r.state) }, { u"currency"_s, r.outstanding.currency() },
        { u"oldest_due_on"_s, date(r.oldestDueOn) }, { u"days_overdue"_s, r.daysOverdue },
        { u"overdue_invoices"_s, r.overdueInvoices }, { u"due_now"_s, due },
        { u"next_step"_s, r.nextStep ? QJsonValue(dunningStepKey(*r.nextStep)) : QJsonValue() },
        { u"next_step_on"_s, date(r.nextStepOn) }, { u"notice_deadline"_s, date(r.noticeDeadline) },
        { u"waiting_for"_s, text(r.waitingFor) }, { u"waiting_reason"_s, text(r.waitingReason) },
        { u"calendar"_s, r.calendarName }, { u"pauses"_s, pauses }, { u"history"_s, history } };
    putMoney(o, u"outstanding"_s, r.outstanding);
    return o;
}

QJsonObject unusedHoursJson(const UnusedHoursRow &r)
{
    return { { u"client_id"_s, r.clientId.value }, { u"client"_s, r.clientName },
        { u"month"_s, InvoiceRepository::monthKey(r.month) }, { u"source"_s, r.source },
        { u"included_minutes"_s, r.includedMinutes }, { u"used_minutes"_s, r.usedMinutes },
        { u"unused_minutes"_s, r.unusedMinutes }, { u"unused_share_percent"_s, r.unusedShareBp / 100.0 },
        { u"rollover_available_minutes"_s, r.rolloverAvailableMinutes },
        { u"rollover_expired_minutes"_s, r.rolloverExpiredMinutes },
        { u"carried_forward_minutes"_s, r.carriedForwardMinutes }, { u"streak_months"_s, r.streakMonths },
        { u"flagged"_s, r.flagged }, { u"suggestion"_s, text(r.suggestionKey) },
        { u"suggestion_text"_s, text(r.suggestionText) } };
}

QJsonObject hourBalanceJson(const UnusedHoursRow &r, const HourBalanceConfig &config)
{
    const HourBalance b = r.balance();
    const auto share = b.usedShareBp();
    return { { u"client_id"_s, r.clientId.value }, { u"client"_s, r.clientName },
        { u"month"_s, InvoiceRepository::monthKey(r.month) }, { u"source"_s, r.source },
        { u"included_minutes"_s, b.includedMinutes }, { u"rolled_over_minutes"_s, b.rolledOverMinutes },
        { u"used_minutes"_s, b.usedMinutes }, { u"available_minutes"_s, b.availableMinutes() },
        { u"remaining_minutes"_s, b.remainingMinutes() }, { u"overage_minutes"_s, b.overageMinutes() },
        { u"used_percent"_s, share ? QJsonValue(*share / 100.0) : QJsonValue() },
        { u"level"_s, hourLevelKey(b.level(config)) } };
}

std::optional<QDate> monthOption(Context &ctx, const QString &name, int *code)
{
    const QString value = ctx.parser.value(name);
    const QDate month = InvoiceRepository::monthFromKey(value);
    if (!month.isValid()) {
        *code = ctx.usage(value.isEmpty() ? u"missing required option --%1 YYYY-MM"_s.arg(name)
                                          : u"--%1: \"%2\" is not a month (YYYY-MM)"_s.arg(name, value));
        return std::nullopt;
    }
    return month;
}

std::optional<QDate> billingDateOption(Context &ctx, const QString &name, int *code)
{
    if (!ctx.parser.isSet(name))
        return QDate();
    const QString value = ctx.parser.value(name);
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10) {
        *code = ctx.usage(u"--%1: \"%2\" is not a date (YYYY-MM-DD)"_s.arg(name, value));
        return std::nullopt;
    }
    return d;
}

std::optional<ClientId> clientArgument(Context &ctx, const QString &value, int *code)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n <= 0) {
        *code = ctx.usage(value.isEmpty() ? u"missing the client id"_s : u"\"%1\" is not a client id"_s.arg(value));
        return std::nullopt;
    }
    return ClientId(n);
}

} // namespace rapport::cli
