#include "feedbackshare.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

std::optional<double> ManagerFeedback::likedShare() const
{
    if (total() == 0)
        return std::nullopt;
    return double(liked) / double(total());
}

Result<FeedbackShareReport> FeedbackShare::compute(QDate from, QDate to, UserId manager) const
{
    if (!from.isValid() || !to.isValid())
        return fail(QCoreApplication::translate("FeedbackShare", "The period needs a start and an end date."));
    if (to < from)
        return fail(QCoreApplication::translate("FeedbackShare", "The period ends (%1) before it starts (%2).")
                        .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    const qint64 start = from.startOfDay().toSecsSinceEpoch();
    const qint64 end = to.addDays(1).startOfDay().toSecsSinceEpoch();
    // Two index-friendly halves (closed tickets by closed_at, resolved ones
    // not closed yet), then grouped by the client's account manager.
    auto q = sql::exec(m_db.connection(),
        u"SELECT c.account_manager_id, u.name, u.email, "
        "count(*) FILTER (WHERE f.feedback = 'liked'), count(*) FILTER (WHERE f.feedback = 'not_liked') "
        "FROM (SELECT client_id, feedback FROM tickets WHERE feedback IS NOT NULL "
        "      AND closed_at >= ? AND closed_at < ? "
        "      UNION ALL "
        "      SELECT client_id, feedback FROM tickets WHERE feedback IS NOT NULL AND closed_at IS NULL "
        "      AND resolved_at >= ? AND resolved_at < ?) f "
        "JOIN clients c ON c.id = f.client_id LEFT JOIN users u ON u.id = c.account_manager_id "
        "WHERE (? = 0 OR c.account_manager_id = ?) "
        "GROUP BY c.account_manager_id, u.name, u.email ORDER BY u.name IS NULL, u.name, u.email"_s,
        { start, end, start, end, manager.value, manager.value });
    if (!q)
        return fail(q.error());
    FeedbackShareReport report;
    report.from = from;
    report.to = to;
    while (q->next()) {
        ManagerFeedback m;
        m.managerId = UserId(q->value(0).toLongLong());
        m.name = q->value(1).toString();
        m.email = q->value(2).toString();
        m.liked = q->value(3).toInt();
        m.notLiked = q->value(4).toInt();
        report.total.liked += m.liked;
        report.total.notLiked += m.notLiked;
        report.managers << m;
    }
    return report;
}

} // namespace rapport
