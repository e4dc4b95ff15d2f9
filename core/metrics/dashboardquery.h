#pragma once

#include "domain/ids.h"
#include "metrics/periodbuckets.h"
#include "sla/slapolicy.h"
#include "storage/database.h"

#include <QByteArray>
#include <QDate>
#include <QTimeZone>
#include <QVariantList>

#include <optional>
#include <vector>

namespace rapport {

// What the dashboard looks at. Tickets are selected by their creation
// instant within [from, to] (whole days in the reporting time zone); the
// account manager is the one of the ticket's client. asOf is "now" for
// everything that depends on it (a running target past its due instant is
// breached, an invoice past its due date is overdue); 0 means Clock::nowSecs().
struct DashboardFilter
{
    QDate from;
    QDate to;
    UserId manager; // invalid: every manager
    bool withoutManager = false; // only clients without an account manager
    ClientId client; // invalid: every client
    std::optional<Priority> priority;
    qint64 asOf = 0;

    friend bool operator==(const DashboardFilter &, const DashboardFilter &) = default;
};

// The SQL of the dashboard's passes for one filter, the period's days in the
// reporting time zone, and the client → account manager map that filters
// and groups tickets in C++ (a lookup per row instead of a join).
//
// Query plans over 1,000,000 tickets (SQLite 3.40, EXPLAIN QUERY PLAN, as
// bench_dashboard prints them):
//   main      SEARCH tickets USING COVERING INDEX tickets_metrics (created_at>? AND created_at<?)
//   open      SEARCH tickets USING INDEX tickets_by_status (status=? AND created_at>? AND created_at<?)
//             (a few thousand open tickets, one range per open status)
//   feedback  SEARCH tickets USING COVERING INDEX tickets_metrics_feedback (closed_at>? AND closed_at<?)
//             SEARCH tickets USING COVERING INDEX tickets_metrics_feedback (closed_at=? AND resolved_at>? AND
//             resolved_at<?)
// With a client: SEARCH tickets USING INDEX tickets_by_client (client_id=? AND created_at>? AND created_at<?).
class DashboardQuery
{
public:
    // A statement for RowScan: its columns, the rest of it and the values.
    struct Pass
    {
        QString columns;
        QString from;
        QVariantList values;
    };

    // Columns of the main pass (tickets created in the period; cancelled
    // ones are skipped by their status in C++, cheaper than a text
    // comparison in SQL). The id comes last, read only by drill-downs.
    enum MainColumn {
        MainCreated,
        MainClient,
        MainStatus,
        MainResolvedAt,
        MainResponseSecs,
        MainResolutionSecs,
        MainResponseState,
        MainResolutionState,
        MainWorkMinutes,
        MainWorkCost,
        MainId
    };
    // Columns of the open pass (tickets created in the period, still open).
    enum OpenColumn {
        OpenId,
        OpenCreated,
        OpenClient,
        OpenFirstResponse,
        OpenResponseDue,
        OpenResolutionDue,
        OpenPaused,
        OpenRiskAt,
        OpenResponseState,
        OpenResolutionState
    };
    // Columns of the feedback passes (the id for drill-downs only).
    enum FeedbackColumn { FeedbackClient, FeedbackValue, FeedbackId };

    DashboardQuery(const Database &db, const DashboardFilter &filter);

    // A period with both dates, in order, of at most ten years.
    static Status validate(const DashboardFilter &filter);

    // The setting naming the IANA zone of reporting days (default Asia/Almaty).
    static QString timeZoneSettingKey() { return QStringLiteral("reporting.time_zone"); }
    static QByteArray defaultTimeZone() { return QByteArrayLiteral("Asia/Almaty"); }
    static QTimeZone timeZone(const Database &db);
    // Stores the setting (audited); refuses an unknown zone.
    static Status setTimeZone(const Database &db, const QByteArray &ianaId);

    const DashboardFilter &filter() const { return m_filter; }
    const QTimeZone &zone() const { return m_zone; }
    const PeriodBuckets &buckets() const { return m_buckets; }
    qint64 asOf() const { return m_asOf; }
    // asOf's date in the reporting zone.
    QDate asOfDate() const;

    // [from, to) narrows the period (0: its bounds), for a pass in parts.
    Pass mainPass(bool withId = false, qint64 from = 0, qint64 to = 0) const;
    Pass openPass() const;
    // Feedback on tickets closed in the period, and on tickets resolved in
    // it and not closed yet (as `report feedback` counts them).
    Pass feedbackClosedPass(bool withId = false) const;
    Pass feedbackResolvedPass(bool withId = false) const;

    // Loads the client → account manager map (call once before the passes).
    Status loadManagers();
    // The account manager of a client (0: none); ids beyond the map: none.
    qint64 managerOf(qint64 client) const
    {
        return client >= 0 && size_t(client) < m_managerOf.size() ? m_managerOf[size_t(client)] : 0;
    }
    // Whether a ticket of `client` passes the manager filter.
    bool managerMatches(qint64 client) const;

private:
    void addTicketFilters(QString &from, QVariantList &values, const QString &table) const;

    Database m_db;
    DashboardFilter m_filter;
    QTimeZone m_zone;
    PeriodBuckets m_buckets;
    qint64 m_asOf = 0;
    std::vector<qint64> m_managerOf;
};

} // namespace rapport
