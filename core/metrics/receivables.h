#pragma once

#include "metrics/dashboardquery.h"

#include <QList>
#include <QString>

#include <array>

namespace rapport {

// Money owed by clients in one currency as of a day: the unpaid balance of
// issued (and partly paid) invoices, split into not yet due ("current") and
// overdue, and the overdue part aged by days past the due date.
struct ReceivablesFigures
{
    enum Bucket { Days0To30, Days31To60, Days61To90, Days90Plus, BucketCount };

    QString currency;
    int invoices = 0;
    int overdueInvoices = 0;
    qint64 outstandingMinor = 0;
    qint64 currentMinor = 0;
    qint64 overdueMinor = 0;
    std::array<qint64, BucketCount> agingMinor {};

    // The aging bucket of an invoice `daysPastDue` (> 0) days past its due
    // date: 1–30 days in "0–30", 31–60, 61–90, more than 90 in "90+".
    static Bucket bucketOf(qint64 daysPastDue);
    // "0_30", "31_60", "61_90", "90_plus": keys in JSON and drill-downs.
    static QString bucketKey(Bucket bucket);
};

// Receivables per currency for the dashboard's client and manager filters
// (the period and the priority do not apply: debt is as of asOf). Invoices
// issued after asOf's day are left out; payments are as recorded now.
// Without billing tables (an older database) the list is empty.
class Receivables
{
public:
    // A drill-down: the invoices behind one figure ("outstanding",
    // "current", "overdue" or an aging bucket key) in one currency (empty: all).
    struct Selection
    {
        QString figure;
        QString currency;
    };

    explicit Receivables(const DashboardQuery &query)
        : m_query(query)
    {
    }

    Result<QList<ReceivablesFigures>> compute(const Database &db) const;
    // Invoice ids, most overdue first.
    Result<QList<qint64>> invoiceIds(const Database &db, const Selection &selection) const;

private:
    struct Invoice
    {
        qint64 id = 0;
        QString currency;
        qint64 balanceMinor = 0;
        qint64 daysPastDue = 0; // ≤ 0: not due yet
    };
    Result<QList<Invoice>> invoices(const Database &db) const;

    const DashboardQuery &m_query;
};

} // namespace rapport
