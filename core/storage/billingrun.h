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
// every month from the hours logged). For month M and each client with a
// tariff whose contract runs in M (status active, or suspended/blocked for
// debt: the subscription runs on), each client all or nothing:
//  - billable minutes of M by ticket from the time entries;
//  - the carry-over from the earlier months' hours snapshots (RolloverLedger);
//  - differences of earlier invoiced months (billable minutes changed after
//    issue) recorded as adjustments and settled as lines on M's invoice;
//  - InvoiceBuilder → a draft invoice, its act and the month's hours
//    snapshot (kept even when there is nothing to bill).
// Idempotent: a client whose month M already has a live invoice (or a
// snapshot with nothing to bill that is still nothing to bill) is left as
// it is; a cancelled invoice of M is replaced (cancel + reissue). Clients
// are written in batches of 100 per write transaction.
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
    BillingRunItem runClient(const ClientTerms &client, QDate month, bool dryRun);
    Result<QList<BillingAdjustment>> findAdjustments(const ClientTerms &client, QDate month);

    Database m_db;
    QSet<ClientId> m_only;
};

} // namespace rapport
