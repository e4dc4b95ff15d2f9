#pragma once

#include "billing/invoicebuilder.h"
#include "billing/invoicestate.h"
#include "database.h"
#include "domain/ids.h"
#include "domain/money.h"

#include <QDate>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace rapport {

// One stored invoice line. `kind` is an InvoiceLineKind key or "adjustment"
// (a difference of an earlier month, `adjustmentMonth`, settled here).
struct InvoiceLineRecord
{
    qint64 id = 0;
    QString kind;
    QString description;
    qint64 quantityMilli = 0;
    Money unitPrice;
    Money amount;
    int minutes = 0;
    qint64 adjustmentId = 0;
    QDate adjustmentMonth;    // first day of the month corrected
    QString adjustmentNumber; // the invoice of that month
};

struct PaymentRecord
{
    qint64 id = 0;
    InvoiceId invoiceId;
    QDate paidOn;
    Money amount;
    QString reference;
    UserId userId;
    QString userName;
    qint64 createdAt = 0;
};

// An invoice as stored, with its lines and payments when read one by one.
struct InvoiceRecord
{
    InvoiceId id;
    ClientId clientId;
    QString clientName;
    QString kind; // "monthly" or "manual"
    QDate month;  // first day of the invoice's month
    // What a monthly invoice covers: the fee of feeMonth and the work
    // (overage, corrections, the act) of usageMonth; invalid when not on it.
    // Billed in arrears both are `month`; in advance, month − 1 is the work's.
    QDate feeMonth;
    QDate usageMonth;
    QString series;
    int year = 0;
    int sequence = 0;
    QString number; // empty for a draft
    InvoiceStatus status = InvoiceStatus::Draft;
    QString currency;
    Money subtotal;
    int vatRateBp = 0;
    Money vat;
    Money total;
    int paymentTermsDays = 0;
    QDate issuedOn;
    QDate dueOn;
    Money paid;
    QDate paidOn; // the day the last of it was paid
    QString cancelledReason;
    qint64 cancelledAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // Legal details of the client and the provider: as they were at issue,
    // or as they are now for a draft (see BillingSettings, ProviderDetails).
    QVariantMap clientDetails;
    QVariantMap providerDetails;
    QList<InvoiceLineRecord> lines;
    QList<PaymentRecord> payments;

    Money outstanding() const { return total - paid; }
    // The issued number, or "#id" for a draft.
    QString reference() const;
    // Calendar days past the due date on `today` while money is expected, else 0.
    int daysOverdue(QDate today) const;
};

struct InvoiceFilter
{
    ClientId client;                     // invalid: all
    std::optional<InvoiceStatus> status; // none: all
    QDate month;                         // invalid: all months
    bool overdueOnly = false;            // open and past due on `today`
    QDate today;
    qint64 beforeId = 0; // keyset page: ids strictly below this, newest first
    int limit = 500;
};

// Invoices, their lines, payments and acts. Drafts are created by the
// monthly run (BillingRun) and may get lines added by hand; issuing gives
// the number (gapless per series and year, allocated in the issuing write
// transaction so that two processes never collide or skip); an issued
// invoice is never edited: it is paid or cancelled with a reason. Every
// change is audited and written to the client's timeline.
class InvoiceRepository
{
public:
    explicit InvoiceRepository(const Database &db) : m_db(db) {}

    Result<InvoiceRecord> byId(InvoiceId id) const;
    // By issued number ("2026-0001"), or "#ID" / a bare id for a draft.
    Result<InvoiceRecord> byReference(const QString &reference) const;
    // Newest first, without lines and payments.
    Result<QList<InvoiceRecord>> list(const InvoiceFilter &filter) const;
    Result<QList<PaymentRecord>> payments(InvoiceId id) const;

    // Stores a computed draft with its act (BillingRun, inside its
    // transaction): the act of the draft's usage month, none when the draft
    // bills no month's work. Lines from `firstAdjustmentLine` on settle the
    // adjustments `adjustmentIds`, one each, in order.
    Result<InvoiceId> insertDraft(const InvoiceDraft &draft, ClientId client, int paymentTermsDays,
        const QList<qint64> &adjustmentIds, int firstAdjustmentLine);

    // Adds a line by hand to a draft; the subtotal and VAT are recomputed by
    // InvoiceBuilder's rounding rule.
    Result<InvoiceRecord> addLine(InvoiceId id, const OneOffLine &line);

    // Issues a draft on `issuedOn` (today if invalid): number, due date,
    // snapshot of both parties' legal details.
    Result<InvoiceRecord> issue(InvoiceId id, QDate issuedOn = QDate());
    // Issues several drafts in one transaction, numbered in the order given:
    // all of them or, on any refusal, none.
    Result<QList<InvoiceRecord>> issueMany(const QList<InvoiceId> &ids, QDate issuedOn = QDate());
    // A draft, or an issued invoice with nothing paid; the reason is kept.
    Result<InvoiceRecord> cancel(InvoiceId id, const QString &reason);
    // Records a payment; refuses overpayment, another currency, drafts,
    // paid and cancelled invoices.
    Result<PaymentRecord> recordPayment(InvoiceId id, QDate paidOn, const Money &amount, const QString &reference);

    // "YYYY-MM" ↔ the first day of the month.
    static QString monthKey(QDate month);
    static QDate monthFromKey(const QString &key);
    // The date where the application runs, from Clock.
    static QDate today();

private:
    Result<QList<InvoiceLineRecord>> lines(InvoiceId id) const;
    QVariantMap liveClientDetails(ClientId client) const;

    Database m_db;
};

} // namespace rapport
