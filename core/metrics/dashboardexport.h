#pragma once

#include "metrics/dashboard.h"

#include <QJsonObject>
#include <QString>

namespace rapport {

// The dashboard as a stable JSON object and as CSV, for `rapport-cli report
// dashboard` and the Dashboard view's export. Numbers are JSON numbers:
// hours and days to two decimals, shares (0–1) to four, money in major
// units to the currency's minor digits with the integer minor units beside
// ("…_minor"). A figure without data is null; counts are 0.
//
// {
//   "from": "2026-01-01", "to": "2026-03-31", "as_of": "2026-04-01T05:00:00+00:00",
//   "time_zone": "Asia/Almaty",
//   "filters": {"manager": EMAIL|null, "without_manager": false, "client_id": N|null,
//               "priority": "high"|null},
//   "tickets": {"created", "resolved", "open", "at_risk", "breached_open"},
//   "first_response": TIME, "resolution": TIME,
//       TIME = {"count", "mean_hours", "median_hours", "p90_hours",
//               "compliance", "met", "breached"}
//   "completion_rate": SHARE,
//   "duration": {"count", "mean_hours", "median_hours", "p90_hours"},
//   "cost_per_job": COST = {"resolved", "logged_hours", "currency", "total",
//                           "total_minor", "per_job", "per_job_minor"},
//   "feedback": {"liked", "not_liked", "liked_share"},
//   "obligations": ONTIME, "reviews": ONTIME,
//       ONTIME = {"due", "on_time", "late", "overdue", "pending", "on_time_share"}
//   "handoffs": {"completed", "scored", "quality_mean", "duration_mean_days",
//                "duration_median_days"},
//   "receivables": [{"currency", "invoices", "overdue_invoices",
//                    "outstanding", "outstanding_minor", "current", "current_minor",
//                    "overdue", "overdue_minor",
//                    "aging": {"0_30", "31_60", "61_90", "90_plus"},
//                    "aging_minor": {"0_30", "31_60", "61_90", "90_plus"}}],
//   "unused_hours": {"client_months", "clients", "included_hours", "used_hours",
//                    "unused_hours", "unused_share"},
//   "trends": {"weekly": [BUCKET], "monthly": [BUCKET]},
//       BUCKET = {"period": "2026-W05"|"2026-01", "from", "to", "tickets",
//                 "first_response", "resolution", "completion_rate"}
//   "by_manager": [{"manager_id", "name", "email", "tickets", "first_response",
//                   "resolution", "completion_rate", "duration", "cost_per_job",
//                   "feedback"}]
// }
QJsonObject dashboardJson(const DashboardResult &result);

// One row per figure: "key,value" with the JSON's keys joined by dots
// ("first_response.median_hours"); arrays by their natural key
// ("receivables.KZT.overdue", "trends.weekly.2026-W05.tickets.created",
// "by_manager.anna@example.kz.tickets.created", "by_manager.none…" for
// clients without a manager); null is an empty value. CRLF line ends.
QString dashboardCsv(const DashboardResult &result);

} // namespace rapport
