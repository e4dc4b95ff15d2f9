#include "invoicestate.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr InvoiceStatus AllStatuses[] = { InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::PartiallyPaid,
    InvoiceStatus::Paid, InvoiceStatus::Cancelled };

QString currentIs(InvoiceStatus status)
{
    return QCoreApplication::translate("InvoiceState", "Current status: %1.").arg(invoiceStatusTitle(status));
}

} // namespace

QString invoiceStatusKey(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft: return u"draft"_s;
    case InvoiceStatus::Issued: return u"issued"_s;
    case InvoiceStatus::PartiallyPaid: return u"partially_paid"_s;
    case InvoiceStatus::Paid: return u"paid"_s;
    case InvoiceStatus::Cancelled: break;
    }
    return u"cancelled"_s;
}

std::optional<InvoiceStatus> invoiceStatusFromKey(const QString &key)
{
    for (const InvoiceStatus s : AllStatuses) {
        if (invoiceStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString invoiceStatusTitle(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft: return QCoreApplication::translate("InvoiceState", "Draft");
    case InvoiceStatus::Issued: return QCoreApplication::translate("InvoiceState", "Issued");
    case InvoiceStatus::PartiallyPaid: return QCoreApplication::translate("InvoiceState", "Partially paid");
    case InvoiceStatus::Paid: return QCoreApplication::translate("InvoiceState", "Paid");
    case InvoiceStatus::Cancelled: break;
    }
    return QCoreApplication::translate("InvoiceState", "Cancelled");
}

Result<InvoiceStatus> InvoiceState::issue(InvoiceStatus current, const Money &total)
{
    if (current != InvoiceStatus::Draft)
        return fail(
            QCoreApplication::translate("InvoiceState", "Only a draft can be issued.") + u' ' + currentIs(current));
    if (total.isNegative())
        return fail(QCoreApplication::translate(
            "InvoiceBuilder", "The invoice total cannot be negative: the credits exceed the charges."));
    return total.isZero() ? InvoiceStatus::Paid : InvoiceStatus::Issued;
}

Result<InvoiceStatus> InvoiceState::cancel(InvoiceStatus current, const Money &paidSoFar, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(QCoreApplication::translate("InvoiceState", "Give a reason for cancelling the invoice."));
    switch (current) {
    case InvoiceStatus::Draft: return InvoiceStatus::Cancelled;
    case InvoiceStatus::Issued:
        if (paidSoFar.isZero())
            return InvoiceStatus::Cancelled;
        [[fallthrough]];
    case InvoiceStatus::PartiallyPaid:
    case InvoiceStatus::Paid:
        return fail(QCoreApplication::translate(
            "InvoiceState", "An invoice with payments cannot be cancelled; %1 has been paid.")
                        .arg(paidSoFar.toDisplayString()));
    case InvoiceStatus::Cancelled: break;
    }
    return fail(QCoreApplication::translate("InvoiceState", "The invoice is already cancelled."));
}

Result<InvoiceStatus> InvoiceState::applyPayment(
    InvoiceStatus current, const Money &total, const Money &paidSoFar, const Money &amount)
{
    if (!isOpen(current))
        return fail(QCoreApplication::translate(
                        "InvoiceState", "Payments can be recorded only on an issued or partially paid invoice.")
            + u' ' + currentIs(current));
    if (amount.minorUnits() <= 0)
        return fail(QCoreApplication::translate("InvoiceState", "A payment must be greater than zero."));
    if (amount.currency() != total.currency() || (!paidSoFar.isZero() && paidSoFar.currency() != total.currency()))
        return fail(QCoreApplication::translate("InvoiceState", "The payment is in %1 but the invoice is in %2.")
                        .arg(amount.currency(), total.currency()));
    if (paidSoFar.isNegative() || paidSoFar.minorUnits() >= total.minorUnits())
        return fail(QCoreApplication::translate("InvoiceState", "Nothing is outstanding on this invoice."));
    const Money outstanding(total.minorUnits() - paidSoFar.minorUnits(), total.currency());
    if (amount.minorUnits() > outstanding.minorUnits())
        return fail(QCoreApplication::translate("InvoiceState", "The payment of %1 exceeds the outstanding %2.")
                        .arg(amount.toDisplayString(), outstanding.toDisplayString()));
    return amount.minorUnits() == outstanding.minorUnits() ? InvoiceStatus::Paid : InvoiceStatus::PartiallyPaid;
}

QDate InvoiceState::dueDate(QDate issuedOn, int paymentTermsDays)
{
    if (!issuedOn.isValid() || paymentTermsDays < 0)
        return {};
    return issuedOn.addDays(paymentTermsDays);
}

bool InvoiceState::isValidSeries(const QString &series)
{
    static const QRegularExpression re(u"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}/-]{0,8}[\\p{L}\\p{N}])?)?$"_s);
    return re.match(series).hasMatch();
}

QString InvoiceState::formatInvoiceNumber(const QString &series, int year, int sequence)
{
    if (year < 1000 || year > 9999 || sequence < 1 || !isValidSeries(series))
        return {};
    const QString number = QString::number(year) + u'-' + QString::number(sequence).rightJustified(4, u'0');
    return series.isEmpty() ? number : series + u'-' + number;
}

std::optional<InvoiceNumber> InvoiceState::parseInvoiceNumber(const QString &text)
{
    static const QRegularExpression re(u"^(?:(.+)-)?(\\d{4})-(\\d{4,9})$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    InvoiceNumber n { m.captured(1), m.captured(2).toInt(), m.captured(3).toInt() };
    // Only the canonical spelling: "2026-00001" is not "2026-0001".
    if (formatInvoiceNumber(n.series, n.year, n.sequence) != text.trimmed())
        return std::nullopt;
    return n;
}

} // namespace rapport
