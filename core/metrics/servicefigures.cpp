#include "servicefigures.h"

#include "planning/handoff.h"
#include "storage/dialect.h"
#include "storage/sql.h"

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

OnTimeStats readOnTime(Result<QSqlQuery> &q)
{
    OnTimeStats stats;
    if (!q || !q->next())
        return stats;
    stats.due = q->value(0).toInt();
    stats.onTime = q->value(1).toInt();
    stats.doneLate = q->value(2).toInt();
    stats.overdue = q->value(3).toInt();
    stats.pending = q->value(4).toInt();
    return stats;
}

bool tableExists(const QSqlDatabase &conn, const QString &name)
{
    auto exists = Dialect::of(conn).tableExists(conn, name);
    return exists && *exists;
}

} // namespace

// The counts of TaskRepository::onTime for obligation tasks (the manager is
// the task's owner, as in `report on-time`), narrowed to the client.
OnTimeStats ServiceFigures::obligations(const Database &db) const
{
    const DashboardFilter &f = m_query.filter();
    const QString today = m_query.asOfDate().toString(Qt::ISODate);
    QVariantList values { today, today, f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate) };
    QString statement = u"SELECT count(*), "
                        "count(*) FILTER (WHERE t.status = 'done' AND t.done_on <= t.due_on), "
                        "count(*) FILTER (WHERE t.status = 'done' AND t.done_on > t.due_on), "
                        "count(*) FILTER (WHERE t.status = 'open' AND t.due_on < ?), "
                        "count(*) FILTER (WHERE t.status = 'open' AND t.due_on >= ?) "
                        "FROM tasks t LEFT JOIN clients c ON c.id = t.client_id "
                        "WHERE t.status <> 'cancelled' AND t.due_on >= ? AND t.due_on <= ? "
                        "AND t.source = 'obligation'"_s;
    if (f.withoutManager) {
        statement += u" AND c.account_manager_id IS NULL"_s;
    } else if (f.manager.isValid()) {
        statement += u" AND t.owner_id = ?"_s;
        values << f.manager.value;
    }
    if (f.client.isValid()) {
        statement += u" AND t.client_id = ?"_s;
        values << f.client.value;
    }
    auto q = sql::exec(db.connection(), statement, values);
    return readOnTime(q);
}

// The counts of ReviewRepository::onTime, narrowed to the client.
OnTimeStats ServiceFigures::reviews(const Database &db) const
{
    const DashboardFilter &f = m_query.filter();
    const QString today = m_query.asOfDate().toString(Qt::ISODate);
    QVariantList values { today, today, f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate) };
    QString statement = u"SELECT count(*), "
                        "count(*) FILTER (WHERE r.status = 'held' AND r.held_on <= r.scheduled_on), "
                        "count(*) FILTER (WHERE r.status = 'held' AND r.held_on > r.scheduled_on), "
                        "count(*) FILTER (WHERE r.status = 'scheduled' AND r.scheduled_on < ?), "
                        "count(*) FILTER (WHERE r.status = 'scheduled' AND r.scheduled_on >= ?) "
                        "FROM reviews r JOIN clients c ON c.id = r.client_id "
                        "WHERE r.status <> 'cancelled' AND r.scheduled_on >= ? AND r.scheduled_on <= ?"_s;
    if (f.withoutManager) {
        statement += u" AND c.account_manager_id IS NULL"_s;
    } else if (f.manager.isValid()) {
        statement += u" AND c.account_manager_id = ?"_s;
        values << f.manager.value;
    }
    if (f.client.isValid()) {
        statement += u" AND r.client_id = ?"_s;
        values << f.client.value;
    }
    auto q = sql::exec(db.connection(), statement, values);
    return readOnTime(q);
}

Result<HandoffFigures> ServiceFigures::handoffs(const Database &db) const
{
    const DashboardFilter &f = m_query.filter();
    QString statement = u"SELECT h.id, h.won_at, h.completed_at, s.score FROM handoffs h "
                        "LEFT JOIN handoff_scores s ON s.handoff_id = h.id "
                        "WHERE h.completed_at >= ? AND h.completed_at < ?"_s;
    QVariantList values { m_query.buckets().startSecs(), m_query.buckets().endSecs() };
    if (f.withoutManager) {
        statement += u" AND h.account_manager_id IS NULL"_s;
    } else if (f.manager.isValid()) {
        statement += u" AND h.account_manager_id = ?"_s;
        values << f.manager.value;
    }
    if (f.client.isValid()) {
        statement += u" AND h.client_id = ?"_s;
        values << f.client.value;
    }
    auto q = sql::exec(db.connection(), statement + u" ORDER BY h.id"_s, values);
    if (!q)
        return fail(q.error());
    HandoffFigures figures;
    std::vector<qint32> durations;
    qint64 durationSum = 0;
    double qualitySum = 0;
    qint64 current = 0;
    QList<HandoffScore> scores;
    const auto close = [&] {
        if (current == 0)
            return;
        // The handoff rules' own score: points out of 2 per scored item.
        const HandoffQuality quality = handoffQuality(scores);
        if (quality.scoredItems > 0) {
            ++figures.scored;
            qualitySum += double(quality.points) / double(kMaxItemScore * quality.scoredItems);
        }
        scores.clear();
    };
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id != current) {
            close();
            current = id;
            ++figures.completed;
            const qint64 duration = std::max<qint64>(0, q->value(2).toLongLong() - q->value(1).toLongLong());
            durations.push_back(qint32(std::min<qint64>(duration, std::numeric_limits<qint32>::max())));
            durationSum += durations.back();
        }
        if (!q->isNull(3)) {
            HandoffScore s;
            s.score = q->value(3).toInt();
            scores << s;
        }
    }
    close();
    if (figures.scored > 0)
        figures.qualityMean = qualitySum / figures.scored;
    const SampleStats d = stats::summarize(durations, durationSum);
    if (d.meanHours)
        figures.durationMeanDays = *d.meanHours / 24.0;
    if (d.medianHours)
        figures.durationMedianDays = *d.medianHours / 24.0;
    return figures;
}

Result<UnusedHoursFigures> ServiceFigures::unusedHours(const Database &db) const
{
    UnusedHoursFigures figures;
    const QSqlDatabase conn = db.connection();
    if (!tableExists(conn, u"month_usage"_s))
        return figures;
    const DashboardFilter &f = m_query.filter();
    QString statement = u"SELECT count(*), count(DISTINCT m.client_id), coalesce(sum(m.included_minutes), 0), "
                        "coalesce(sum(m.used_minutes), 0), "
                        "coalesce(sum(CASE WHEN m.included_minutes > m.used_minutes THEN m.included_minutes - m.used_minutes ELSE 0 END), 0) "
                        "FROM month_usage m JOIN clients c ON c.id = m.client_id "
                        "WHERE m.month >= ? AND m.month <= ?"_s;
    QVariantList values { PeriodBuckets::monthKey(f.from), PeriodBuckets::monthKey(f.to) };
    if (f.withoutManager) {
        statement += u" AND c.account_manager_id IS NULL"_s;
    } else if (f.manager.isValid()) {
        statement += u" AND c.account_manager_id = ?"_s;
        values << f.manager.value;
    }
    if (f.client.isValid()) {
        statement += u" AND m.client_id = ?"_s;
        values << f.client.value;
    }
    auto q = sql::exec(conn, statement, values);
    if (!q)
        return fail(q.error());
    if (q->next()) {
        figures.clientMonths = q->value(0).toInt();
        figures.clients = q->value(1).toInt();
        figures.includedMinutes = q->value(2).toLongLong();
        figures.usedMinutes = q->value(3).toLongLong();
        figures.unusedMinutes = q->value(4).toLongLong();
    }
    return figures;
}

} // namespace rapport
