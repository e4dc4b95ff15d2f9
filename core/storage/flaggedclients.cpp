#include "flaggedclients.h"

#include "regulationcalendar.h"
#include "sql.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Per client: overdue reviews, the oldest overdue date, open tasks past due,
// tasks done late in the window. Bound in order: today three times, the
// window's start, the manager (when filtered), the threshold.
QString flaggedStatement(bool byManager)
{
    return u"SELECT * FROM (SELECT c.id, c.legal_name, u.name, "
           "(SELECT count(*) FROM reviews r WHERE r.client_id = c.id AND r.status = 'scheduled' "
           "AND r.scheduled_on < ?) AS overdue_reviews, "
           "(SELECT min(r.scheduled_on) FROM reviews r WHERE r.client_id = c.id AND r.status = 'scheduled' "
           "AND r.scheduled_on < ?) AS oldest, "
           "(SELECT count(*) FROM tasks t WHERE t.client_id = c.id AND t.status = 'open' AND t.due_on < ?) "
           "AS overdue_tasks, "
           "(SELECT count(*) FROM tasks t WHERE t.client_id = c.id AND t.status = 'done' AND t.done_on > t.due_on "
           "AND t.due_on >= ?) AS late_tasks "
           "FROM clients c LEFT JOIN users u ON u.id = c.account_manager_id "
           "WHERE c.archived_at IS NULL AND c.status <> 'churned'"_s
        + (byManager ? u" AND c.account_manager_id = ?"_s : QString())
        + u") WHERE overdue_reviews > 0 OR overdue_tasks + late_tasks >= ?"_s;
}

QVariantList boundValues(UserId manager, QDate asOf)
{
    const QDate today = asOf.isValid() ? asOf : RegulationCalendar::today();
    const QString day = today.toString(Qt::ISODate);
    QVariantList values { day, day, day, today.addDays(-FlaggedClients::kLateWindowDays).toString(Qt::ISODate) };
    if (manager.isValid())
        values << manager.value;
    values << FlaggedClients::kLateTasksThreshold;
    return values;
}

} // namespace

QList<FlaggedClient> FlaggedClients::list(UserId manager, QDate asOf, int limit) const
{
    QList<FlaggedClient> result;
    QVariantList values = boundValues(manager, asOf);
    values << std::max(1, limit);
    auto q = sql::exec(m_db.connection(),
        flaggedStatement(manager.isValid())
            + u" ORDER BY overdue_reviews DESC, overdue_tasks + late_tasks DESC, legal_name, id LIMIT ?"_s,
        values);
    if (!q)
        return result;
    while (q->next()) {
        FlaggedClient f;
        f.clientId = ClientId(q->value(0).toLongLong());
        f.clientName = q->value(1).toString();
        f.managerName = q->value(2).toString();
        f.overdueReviews = q->value(3).toInt();
        f.oldestOverdueReview = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        f.overdueTasks = q->value(5).toInt();
        f.lateTasks = q->value(6).toInt();
        result.append(f);
    }
    return result;
}

int FlaggedClients::count(UserId manager, QDate asOf) const
{
    auto v = sql::scalar(
        m_db.connection(), u"SELECT count(*) FROM ("_s + flaggedStatement(manager.isValid()) + u")"_s,
        boundValues(manager, asOf));
    return v ? v->toInt() : 0;
}

} // namespace rapport
