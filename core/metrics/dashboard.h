#pragma once

#include "metrics/dashboardquery.h"
#include "metrics/receivables.h"
#include "metrics/servicefigures.h"
#include "metrics/ticketfigures.h"
#include "planning/task.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace rapport {

// Liked and not liked feedback (seed 002: two points after completion) on
// the tickets closed in the period, or resolved in it and not closed yet,
// as `report feedback` counts them.
struct FeedbackFigures
{
    int liked = 0;
    int notLiked = 0;

    std::optional<double> likedShare() const { return stats::share(liked, liked + notLiked); }
};

// One account manager's share of the selection (id 0: clients without one).
struct ManagerFigures
{
    UserId id;
    QString name;
    QString email;
    TicketFigures figures;
    FeedbackFigures feedback;
};

// One ISO week or month of the trends.
struct TrendFigures
{
    PeriodBucket bucket;
    TicketFigures figures;
};

// Everything the dashboard shows for one filter.
struct DashboardResult
{
    DashboardFilter filter;
    QByteArray timeZone;
    qint64 asOf = 0;
    QString managerName; // of filter.manager
    QString managerEmail;

    TicketFigures tickets;
    FeedbackFigures feedback;
    // The staff cost rates' currency; empty with no rates, or with rates in
    // several currencies (then there is no one cost per job).
    QString costCurrency;
    bool mixedCostCurrencies = false;
    OnTimeStats obligations;
    OnTimeStats reviews;
    HandoffFigures handoffs;
    QList<ReceivablesFigures> receivables; // by currency
    UnusedHoursFigures unusedHours;
    QList<TrendFigures> weekly;
    QList<TrendFigures> monthly;
    QList<ManagerFigures> managers; // by name; only those with tickets or feedback

    // Cost of the logged work on the resolved tickets, and per resolved
    // ticket, in minor units of costCurrency; empty without a currency or
    // (per job) without resolved tickets.
    std::optional<qint64> costTotalMinor(const TicketFigures &figures) const;
    std::optional<qint64> costPerJobMinor(const TicketFigures &figures) const;
};

// The team lead's dashboard (DESIGN "Dashboard"): the same figures for
// `rapport-cli report dashboard` and the Dashboard view, from this class.
//
// A year over 1,000,000 tickets is one pass over the covering index
// tickets_metrics (migration 0006) with every figure — counts, SLA samples,
// compliance, logged work, trends per week and month, per manager —
// gathered in C++ in that pass; a period longer than a month is read in two
// parts at once (a helper thread with its own connection takes the later
// part). Open tickets (a few thousand) are judged against asOf in a second,
// small pass. Every pass reads committed data.
class Dashboard
{
public:
    // What stands behind a figure: tickets, or invoices for receivables.
    struct DrillDown
    {
        enum Kind { Tickets, Invoices };
        Kind kind = Tickets;
        QList<qint64> ids;
    };

    using Progress = std::function<void(int done, int total)>;

    explicit Dashboard(const Database &db)
        : m_db(db)
    {
    }

    Result<DashboardResult> compute(
        const DashboardFilter &filter, const std::atomic_bool *cancel = nullptr, const Progress &progress = {}) const;

    // The ids behind one figure key of the JSON (drillDownKeys()), most
    // relevant first: slowest first for times, newest first for counts,
    // most overdue first for invoices. `currency` narrows receivables. A
    // week, month or manager is drilled with the filter narrowed to it.
    Result<DrillDown> drillDown(const QString &figure, const DashboardFilter &filter, const QString &currency = {},
        const std::atomic_bool *cancel = nullptr) const;
    static QStringList drillDownKeys();

private:
    Status ticketPasses(const DashboardQuery &query, DashboardResult &result, const std::atomic_bool *cancel) const;

    Database m_db;
};

} // namespace rapport
