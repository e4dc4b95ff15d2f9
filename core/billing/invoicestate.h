#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rapport {

// draft → issued → partially_paid → paid; cancelled (with a reason) from
// draft, or from issued while nothing has been paid.
enum class InvoiceStatus { Draft, Issued, PartiallyPaid, Paid, Cancelled };

// Stable keys "draft", "issued", "partially_paid", "paid", "cancelled".
QString invoiceStatusKey(InvoiceStatus status);
std::optional<InvoiceStatus> invoiceStatusFromKey(const QString &key);
// Translated name, e.g. "Partially paid".
QString invoiceStatusTitle(InvoiceStatus status);

// An invoice number split into its parts: "A-2026-0007" is {"A", 2026, 7}.
struct InvoiceNumber
{
    QString series;
    int year = 0;
    int sequence = 0;

    friend bool operator==(const InvoiceNumber &, const InvoiceNumber &) = default;
};

// The life of an invoice as pure transitions (DESIGN "Billing"). An issued
// invoice is immutable: its lines and amounts never change; a correction is a
// line on a later invoice. Numbers are given at issue, gapless per series and
// year (the allocation itself is done by storage). Each transition returns
// the new status or a refusal a user can read.
class InvoiceState
{
public:
    // Only a draft can be edited (lines, dates) or deleted.
    static bool isEditable(InvoiceStatus status) { return status == InvoiceStatus::Draft; }
    // Issued or partially paid: money is expected and dunning may apply.
    static bool isOpen(InvoiceStatus status)
    {
        return status == InvoiceStatus::Issued || status == InvoiceStatus::PartiallyPaid;
    }

    // draft → issued; a zero total is paid on issue (nothing to collect).
    static Result<InvoiceStatus> issue(InvoiceStatus current, const Money &total);

    // draft → cancelled; issued → cancelled only when nothing has been paid.
    // The reason is required.
    static Result<InvoiceStatus> cancel(InvoiceStatus current, const Money &paidSoFar, const QString &reason);

    // Records a payment on an issued or partially paid invoice: → partially
    // paid, or → paid when the outstanding amount is reached. Refuses a
    // non-positive amount, another currency, and any overpayment ("payment of
    // X exceeds the outstanding Y").
    static Result<InvoiceStatus> applyPayment(
        InvoiceStatus current, const Money &total, const Money &paidSoFar, const Money &amount);

    // The due date: the issue date plus the tariff's payment terms in
    // calendar days (seed 002: "payment terms" of the contract).
    static QDate dueDate(QDate issuedOn, int paymentTermsDays);

    // "2026-0001", or "A-2026-0001" with a series; at least four digits of
    // sequence. Empty for a year outside 1000–9999, a sequence below 1 or a
    // series that isValidSeries() refuses.
    static QString formatInvoiceNumber(const QString &series, int year, int sequence);
    static std::optional<InvoiceNumber> parseInvoiceNumber(const QString &text);
    // Empty, or up to 10 letters, digits, '/' and '-' (not first or last).
    static bool isValidSeries(const QString &series);
};

} // namespace rapport
