#pragma once

#include "domain/client.h"
#include "domain/ids.h"
#include "domain/money.h"
#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

// Billable minutes of one ticket in the month (the sum of its billable time entries).
struct BillableTicket
{
    TicketId ticketId;
    QString subject;
    int minutes = 0;
};

// A line added by hand: quantity in thousandths (1500 = 1.5), unit price in
// the tariff's currency; a negative price is a credit (e.g. a correction of
// an earlier month).
struct OneOffLine
{
    QString description;
    qint64 quantityMilli = 1000;
    Money unitPrice;
};

enum class InvoiceLineKind { MonthlyFee, Overage, OneOff };

// Stable keys "monthly_fee", "overage", "one_off" for storage and JSON.
QString invoiceLineKindKey(InvoiceLineKind kind);
std::optional<InvoiceLineKind> invoiceLineKindFromKey(const QString &key);

// One invoice line. For the overage line `minutes` holds the exact overage
// minutes and `quantityMilli` the hours for display, rounded to 0.001 h.
struct InvoiceLine
{
    InvoiceLineKind kind = InvoiceLineKind::OneOff;
    QString description;
    qint64 quantityMilli = 0;
    Money unitPrice;
    Money amount;
    int minutes = 0;

    friend bool operator==(const InvoiceLine &, const InvoiceLine &) = default;
};

// One line of the act (completion certificate): the work on one ticket.
struct ActLine
{
    TicketId ticketId;
    QString subject;
    int minutes = 0;

    friend bool operator==(const ActLine &, const ActLine &) = default;
};

// What the monthly run needs for one client and month.
struct InvoiceInput
{
    Tariff tariff;
    QDate month; // first day of the invoice's month
    // What the invoice covers (first days of months): the fee of `feeMonth`
    // and the work of `usageMonth` (its overage, its act); an invalid one is
    // not on this invoice. Neither given: both are `month` (in arrears).
    // Billed in advance, the invoice of M has M's fee and M − 1's work.
    QDate feeMonth;
    QDate usageMonth;
    QList<BillableTicket> tickets; // the work of `usageMonth`; ignored without one
    int rolloverAvailableMinutes = 0; // from RolloverLedger
    QList<OneOffLine> oneOffLines;
    // The language of the line descriptions (the client's documents): ru, kk or en.
    QString language = QStringLiteral("ru");
};

// A computed, not yet stored invoice with its act.
struct InvoiceDraft
{
    QDate month;
    QDate feeMonth;   // invalid: no month's fee on this invoice
    QDate usageMonth; // invalid: no month's work on it (and no act)
    QString currency;
    QList<InvoiceLine> lines;
    Money subtotal;
    int vatRateBp = 0;
    Money vat;
    Money total;

    int includedMinutes = 0;
    int billableMinutes = 0;
    int rolloverAvailableMinutes = 0;
    int rolloverUsedMinutes = 0;
    int overageMinutes = 0;

    QList<ActLine> actLines; // the work of usageMonth by ticket, in the order given, zero-minute tickets left out
    int actTotalMinutes = 0;

    // Nothing to bill: no fee, no overage, no line added by hand.
    bool isEmpty() const { return lines.isEmpty(); }
};

// Builds the monthly invoice and act of a client (DESIGN "Billing"):
//   fee      = the tariff's monthly fee (left out when zero or when the
//              invoice has no fee month);
//   overage  = max(0, billable − included − rollover available) minutes of
//              the usage month (none without one),
//              amount = overage rate (per hour) × minutes / 60;
//   one-off  = unit price × quantity / 1000 for each line added by hand;
//   subtotal = sum of the line amounts;
//   VAT      = subtotal × VAT rate (basis points) / 10000;
//   total    = subtotal + VAT.
// Rounding: every line amount is rounded ONCE, half up (half away from zero)
// to the currency's minor unit, from the exact minutes or quantity, never
// from the displayed hours; VAT is computed on the subtotal and rounded once,
// half up. So the printed total always equals the sum of the printed lines
// plus the printed VAT. All amounts must share the tariff's currency. The
// fee and overage lines name their month in words in the input's language
// («Абонентское обслуживание за октябрь 2026», MonthWords).
class InvoiceBuilder
{
public:
    static Result<InvoiceDraft> build(const InvoiceInput &input);

    // Hours for display: minutes / 60 rounded half up to 0.001 h.
    static qint64 minutesToHoursMilli(qint64 minutes);
};

} // namespace rapport
