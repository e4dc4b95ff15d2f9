#pragma once

#include "metrics/dashboardquery.h"
#include "metrics/stats.h"
#include "planning/task.h"

#include <optional>

namespace rapport {

// Handoffs from sales completed in the period (seed 004): quality control's
// score as a share of the points (mean over the scored handoffs of
// points / (2 × scored items)) and the duration from the won deal to the
// completed handoff.
struct HandoffFigures
{
    int completed = 0;
    int scored = 0;
    std::optional<double> qualityMean;
    std::optional<double> durationMeanDays;
    std::optional<double> durationMedianDays;
};

// Unused subscription hours of the months the billing run has closed
// (month_usage snapshots) that overlap the period: unused = max(0,
// included − used) per client and month, as UnusedHours counts it.
struct UnusedHoursFigures
{
    int clientMonths = 0;
    int clients = 0;
    qint64 includedMinutes = 0;
    qint64 usedMinutes = 0;
    qint64 unusedMinutes = 0;

    std::optional<double> unusedShare() const { return stats::share(unusedMinutes, includedMinutes); }
};

// The regulation and billing figures beside the tickets: obligations and
// reviews on time (the same counts as `report on-time`, by the period and
// the manager), handoffs and unused hours (by the period, client and
// manager). The priority filter does not apply to them.
class ServiceFigures
{
public:
    explicit ServiceFigures(const DashboardQuery &query)
        : m_query(query)
    {
    }

    OnTimeStats obligations(const Database &db) const;
    OnTimeStats reviews(const Database &db) const;
    Result<HandoffFigures> handoffs(const Database &db) const;
    Result<UnusedHoursFigures> unusedHours(const Database &db) const;

private:
    const DashboardQuery &m_query;
};

} // namespace rapport
