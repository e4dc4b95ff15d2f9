#pragma once

#include "billing/invoicebuilder.h"
#include "database.h"
#include "domain/ids.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <atomic>
#include <functional>

namespace rapport {

// A difference found in an invoiced month: the billable minutes changed
// after the invoice was issued. `amount` (before VAT) goes on the client's
// next monthly invoice as a line; the issued invoice never changes.
struct BillingAdjustment
{
    qint64 id = 0; // 0 in a dry run
    QDate originMonth;
    InvoiceId originInvoice;
    QString originNumber;
    int minutesBefore = 0;
    int minutesAfter = 0;
    Money amount;
};

// What the run did (or, dry, would do) for one client.
struct BillingRunItem
{
    enum class Outcome { Created, Exists, NothingToBill, Failed };

    ClientId clientId;
    QString clientName;
    Outcome outcome = Outcome::NothingToBill;
    InvoiceId invoiceId; // the new or existing invoice
    // What the new invoice covers (or would): the fee of feeMonth and the
    // work of usageMonth, invalid when not on it; for Exists, the existing one's.
    QDate feeMonth;
    QDate usageMonth;
    QString currency;
    Money subtotal;
    Money vat;
    Money total;
    int includedMinutes = 0;
    int billableMinutes = 0;
    int rolloverAvailableMinutes = 0;
    int rolloverUsedMinutes = 0;
    int overageMinutes = 0;
    int actLines = 0;
    QList<InvoiceLine> lines;
    QList<BillingAdjustment> adjustmentsFound;   // new differences of earlier months
    QList<BillingAdjustment> adjustmentsSettled; // lines on this invoice
    QString error;
};

// "created", "exists", "nothing_to_bill", "failed".
QString billingOutcomeKey(BillingRunItem::Outcome outcome);

struct BillingRunResult
{
    QDate month;
    bool dryRun = false;
    int created = 0;
    int existing = 0;
    int nothingToBill = 0;
    int failed = 0;
    bool cancelled = false;
    QList<BillingRunItem> items;
};

// The monthly billing run (DESIGN "Billing", seed 002: invoices and acts
// every month from the hours logged). The invoice of month M carries the fee
// of one month and the work of one month (the usage: overage and
// corrections), by the tariff's billing mode (issue 14):
//  - arrears: M's fee and M's work;
//  - advance: M's fee and the work of M − 1 (the invoice of the month's start).
// A month is billed for a client with a tariff whose contract runs in it
// (status active, or suspended/blocked for debt: the subscription runs on);
// in advance, the month before the first invoice only if the card has the
// contract's start.
// Each client all or nothing:
//  - billable minutes of the work's month by ticket from the time entries;
//  - the carry-over from the earlier months' hours snapshots (RolloverLedger);
//  - differences of earlier invoiced months (billable minutes changed after
//    issue) recorded as adjustments and settled as lines with the work;
//  - InvoiceBuilder → a draft invoice, the act of the work's month and its
//    hours snapshot (kept even when there is nothing to bill).
// Each invoice records the months it covers (fee_month, usage_month), and a
// month's fee or work that a live invoice already covers is never billed
// again, whatever the mode was then: a client switched from arrears to
// advance gets M's fee alone on M's invoice (M − 1's work was billed in
// arrears), one switched back gets M's work alone (M's fee was billed at the
// start of M). So the run is idempotent in both modes: a client whose months
// are covered (or whose snapshot with nothing to bill is still nothing to
// bill) is left as it is; a cancelled invoice is replaced (cancel +
// reissue). Clients are written in batches of 100 per write transaction.
class BillingRun
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit BillingRun(const Database &db) : m_db(db) {}

    // Bills only these clients (empty: every client with a tariff).
    void restrictTo(const QList<ClientId> &clients) { m_only = QSet<ClientId>(clients.cbegin(), clients.cend()); }

    // Clients with a tariff and no invoice yet, newest first (the demo bills these).
    Result<QList<ClientId>> clientsNeverBilled(int limit) const;

    // `month`: any day of the month. A dry run writes nothing. Two runs at
    // once (two desks on a team database) bill each client once: every batch
    // is planned and written under one lock (kRunLock), so the second run
    // finds the first one's invoices.
    static constexpr qint64 kRunLock = 0x5241'5050'0002; // "RAPP" 2
    Result<BillingRunResult> run(QDate month, bool dryRun = false, const std::atomic_bool *cancel = nullptr,
        const Progress &progress = {});

private:
    struct ClientTerms;
    struct Coverage;
    BillingRunItem runClient(const ClientTerms &client, QDate month, bool dryRun);
    // The months the run of `month` bills for the client, less those a live invoice covers.
    Result<Coverage> coverage(const ClientTerms &client, QDate month) const;
    Result<QList<BillingAdjustment>> findAdjustments(const ClientTerms &client, QDate month);
    Result<QList<BillingAdjustment>> pendingAdjustments(const ClientTerms &client, QDate work) const;
    // The billable work of month `work` by ticket and the carry-over into it.
    Status loadWork(const ClientTerms &client, QDate work, InvoiceInput &input) const;

    Database m_db;
    QSet<ClientId> m_only;
};

} // namespace rapport
