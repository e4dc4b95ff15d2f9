#pragma once

#include "metrics/dashboard.h"

namespace rapport {

// The rows behind one figure of the dashboard, chosen by the very rules
// that counted them (TicketRow, OpenRow, Receivables) over the same passes,
// so that a drill-down always lists exactly the counted tickets.
class DashboardDrillDown
{
public:
    explicit DashboardDrillDown(const Database &db)
        : m_db(db)
    {
    }

    // Figure keys as in the JSON: "tickets.created", "first_response.met",
    // "resolution.breached", "feedback.liked", "receivables.overdue", "receivables.31_60"…
    static QStringList keys();

    Result<Dashboard::DrillDown> run(const QString &figure, const DashboardFilter &filter, const QString &currency,
        const std::atomic_bool *cancel) const;

private:
    Database m_db;
};

} // namespace rapport
