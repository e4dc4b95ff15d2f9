#include "invoicebuilder.h"

#include "domain/documenttext.h"
#include "monthwords.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr qint64 MaxMinutes = 10'000'000;
constexpr qint64 MaxAmountMinor = 1'000'000'000'000'000; // keeps every sum far from overflow
constexpr qint64 MaxQuantityMilli = 1'000'000'000;

// Written in the client's language (DocumentText), %1 the month in words.
constexpr const char *kFeeText = QT_TRANSLATE_NOOP("InvoiceBuilder", "Subscription support services for %1");
constexpr const char *kOverageText = QT_TRANSLATE_NOOP("InvoiceBuilder", "Work beyond the included hours for %1");

QString lineText(const char *source, QDate month, const QString &language)
{
    return DocumentText::translate(language, "InvoiceBuilder", source).arg(MonthWords::month(month, language));
}

bool tooLarge(const Money &m)
{
    return m.minorUnits() > MaxAmountMinor || m.minorUnits() < -MaxAmountMinor;
}

Status validateTariff(const InvoiceInput &in, const QString &currency)
{
    const Tariff &t = in.tariff;
    const auto badMonth = [](QDate m) { return m.isValid() && m.day() != 1; };
    if (!in.month.isValid() || in.month.day() != 1 || badMonth(in.feeMonth) || badMonth(in.usageMonth))
        return fail(QCoreApplication::translate("RolloverLedger", "A month must be given by its first day."));
    if (currency.isEmpty())
        return fail(QCoreApplication::translate("InvoiceBuilder", "The tariff has no currency."));
    if (!Money::isKnownCurrency(currency))
        return fail(QCoreApplication::translate("Money", "Unknown currency code \"%1\".").arg(currency));
    if (t.overageRate.currency() != currency)
        return fail(
            QCoreApplication::translate("InvoiceBuilder", "The overage rate is in %1 but the monthly fee is in %2.")
                .arg(t.overageRate.currency().isEmpty() ? u"—"_s : t.overageRate.currency(), currency));
    if (t.monthlyFee.isNegative() || t.overageRate.isNegative())
        return fail(
            QCoreApplication::translate("InvoiceBuilder", "The monthly fee and the overage rate cannot be negative."));
    if (tooLarge(t.monthlyFee) || tooLarge(t.overageRate))
        return fail(QCoreApplication::translate("InvoiceBuilder", "The tariff amounts are too large."));
    if (t.vatRateBp < 0 || t.vatRateBp > 10000)
        return fail(QCoreApplication::translate("InvoiceBuilder", "The VAT rate must be between 0 and 100 %."));
    const auto badMinutes = [](qint64 m) { return m < 0 || m > MaxMinutes; };
    if (badMinutes(t.includedMinutes) || badMinutes(in.rolloverAvailableMinutes))
        return fail(QCoreApplication::translate("InvoiceBuilder", "Minutes must be between 0 and %1.").arg(MaxMinutes));
    for (const BillableTicket &ticket : in.tickets) {
        if (badMinutes(ticket.minutes))
            return fail(
                QCoreApplication::translate("InvoiceBuilder", "Minutes must be between 0 and %1.").arg(MaxMinutes));
    }
    return {};
}

Status validateOneOff(const OneOffLine &line, const QString &currency)
{
    const QString description = line.description.trimmed();
    if (description.isEmpty())
        return fail(QCoreApplication::translate("InvoiceBuilder", "A line added by hand needs a description."));
    if (line.quantityMilli <= 0 || line.quantityMilli > MaxQuantityMilli)
        return fail(QCoreApplication::translate(
            "InvoiceBuilder", "The quantity of \"%1\" must be greater than zero and at most 1 000 000.")
                        .arg(description));
    if (line.unitPrice.currency() != currency)
        return fail(
            QCoreApplication::translate("InvoiceBuilder", "The line \"%1\" is in %2 but the invoice is in %3.")
                .arg(description, line.unitPrice.currency().isEmpty() ? u"—"_s : line.unitPrice.currency(), currency));
    if (tooLarge(line.unitPrice))
        return fail(
            QCoreApplication::translate("InvoiceBuilder", "The price of \"%1\" is too large.").arg(description));
    return {};
}

} // namespace

QString invoiceLineKindKey(InvoiceLineKind kind)
{
    switch (kind) {
    case InvoiceLineKind::MonthlyFee: return u"monthly_fee"_s;
    case InvoiceLineKind::Overage: return u"overage"_s;
    case InvoiceLineKind::OneOff: break;
    }
    return u"one_off"_s;
}

std::optional<InvoiceLineKind> invoiceLineKindFromKey(const QString &key)
{
    for (const auto kind : { InvoiceLineKind::MonthlyFee, InvoiceLineKind::Overage, InvoiceLineKind::OneOff }) {
        if (invoiceLineKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

qint64 InvoiceBuilder::minutesToHoursMilli(qint64 minutes)
{
    return divideRounded(minutes * 1000, 60);
}

Result<InvoiceDraft> InvoiceBuilder::build(const InvoiceInput &in)
{
    const Tariff &t = in.tariff;
    const QString currency = t.monthlyFee.currency();
    if (const Status s = validateTariff(in, currency); !s)
        return fail(s.error());
    for (const OneOffLine &line : in.oneOffLines) {
        if (const Status s = validateOneOff(line, currency); !s)
            return fail(s.error());
    }

    InvoiceDraft d;
    d.month = in.month;
    const bool arrears = !in.feeMonth.isValid() && !in.usageMonth.isValid();
    d.feeMonth = arrears ? in.month : in.feeMonth;
    d.usageMonth = arrears ? in.month : in.usageMonth;
    const bool withUsage = d.usageMonth.isValid();
    d.currency = currency;
    d.vatRateBp = t.vatRateBp;
    d.includedMinutes = withUsage ? t.includedMinutes : 0;
    d.rolloverAvailableMinutes = withUsage ? in.rolloverAvailableMinutes : 0;

    // The act: one line per ticket, duplicates merged, in the order first seen.
    QHash<TicketId, qsizetype> rowOf;
    qint64 billable = 0;
    const QList<BillableTicket> noWork;
    for (const BillableTicket &ticket : withUsage ? in.tickets : noWork) {
        billable += ticket.minutes;
        if (ticket.minutes == 0)
            continue;
        const auto it = rowOf.constFind(ticket.ticketId);
        if (it != rowOf.constEnd()) {
            d.actLines[*it].minutes += ticket.minutes;
            continue;
        }
        rowOf.insert(ticket.ticketId, d.actLines.size());
        d.actLines.append(ActLine { ticket.ticketId, ticket.subject.trimmed(), ticket.minutes });
    }
    if (billable > MaxMinutes)
        return fail(QCoreApplication::translate("InvoiceBuilder", "Minutes must be between 0 and %1.").arg(MaxMinutes));
    d.billableMinutes = int(billable);
    d.actTotalMinutes = d.billableMinutes;

    const int beyondIncluded = std::max(0, d.billableMinutes - d.includedMinutes);
    d.rolloverUsedMinutes = std::min(beyondIncluded, d.rolloverAvailableMinutes);
    d.overageMinutes = beyondIncluded - d.rolloverUsedMinutes;

    if (d.feeMonth.isValid() && !t.monthlyFee.isZero()) {
        d.lines.append(InvoiceLine { InvoiceLineKind::MonthlyFee, lineText(kFeeText, d.feeMonth, in.language), 1000,
            t.monthlyFee, t.monthlyFee, 0 });
    }
    if (d.overageMinutes > 0) {
        // Rounded once, from the exact minutes.
        d.lines.append(InvoiceLine { InvoiceLineKind::Overage, lineText(kOverageText, d.usageMonth, in.language),
            minutesToHoursMilli(d.overageMinutes), t.overageRate, t.overageRate.scaled(d.overageMinutes, 60),
            d.overageMinutes });
    }
    for (const OneOffLine &line : in.oneOffLines) {
        d.lines.append(InvoiceLine { InvoiceLineKind::OneOff, line.description.trimmed(), line.quantityMilli,
            line.unitPrice, line.unitPrice.scaled(line.quantityMilli, 1000), 0 });
    }

    d.subtotal = Money(0, currency);
    for (const InvoiceLine &line : std::as_const(d.lines))
        d.subtotal += line.amount;
    if (d.subtotal.isNegative())
        return fail(QCoreApplication::translate(
            "InvoiceBuilder", "The invoice total cannot be negative: the credits exceed the charges."));
    d.vat = d.subtotal.scaled(t.vatRateBp, 10000);
    d.total = d.subtotal + d.vat;
    return d;
}

} // namespace rapport
