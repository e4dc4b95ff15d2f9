#include "reviewrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "regulationcalendar.h"
#include "sql.h"
#include "taskrepository.h"
#include "timeline.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// "1 March 2026" in the interface language, for timeline titles and messages.
QString longDate(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

// A move or a cancellation is explained in a few sentences, not a document.
Status checkReasonLength(const QString &reason)
{
    if (reason.size() > ReviewRepository::MaxReasonLength)
        return fail(QCoreApplication::translate("ReviewRepository",
            "The reason is too long: %1 characters, at most %2.")
                        .arg(reason.size())
                        .arg(ReviewRepository::MaxReasonLength));
    return {};
}

// The first bound value is "today" for the overdue action items.
const QString kSelect
    = u"SELECT r.id, r.client_id, c.legal_name, c.account_manager_id, u.name, u.email, r.kind, r.status, "
      "r.scheduled_on, r.held_on, r.attendees, r.progress, r.problems, r.satisfaction, r.held_by, "
      "(SELECT count(*) FROM tasks t WHERE t.review_id = r.id AND t.status <> 'cancelled'), "
      "(SELECT count(*) FROM tasks t WHERE t.review_id = r.id AND t.status = 'open'), "
      "(SELECT count(*) FROM tasks t WHERE t.review_id = r.id AND t.status = 'open' AND t.due_on < ?) "
      "FROM reviews r JOIN clients c ON c.id = r.client_id LEFT JOIN users u ON u.id = c.account_manager_id"_s;

Review readReview(const QSqlQuery &q)
{
    Review r;
    r.id = ReviewId(q.value(0).toLongLong());
    r.clientId = ClientId(q.value(1).toLongLong());
    r.clientName = q.value(2).toString();
    r.managerId = UserId(q.value(3).toLongLong());
    r.managerName = q.value(4).toString();
    r.managerEmail = q.value(5).toString();
    r.kind = reviewKindFromKey(q.value(6).toString()).value_or(ReviewKind::Quarterly);
    r.status = reviewStatusFromKey(q.value(7).toString()).value_or(ReviewStatus::Scheduled);
    r.scheduledOn = dateOf(q.value(8));
    r.heldOn = dateOf(q.value(9));
    r.attendees = q.value(10).toString();
    r.progress = q.value(11).toString();
    r.problems = q.value(12).toString();
    r.satisfaction = q.value(13).toString();
    r.heldBy = UserId(q.value(14).toLongLong());
    r.actionItems = q.value(15).toInt();
    r.openActionItems = q.value(16).toInt();
    r.overdueActionItems = q.value(17).toInt();
    return r;
}

QVariantMap toMap(const Review &r)
{
    return { { u"client_id"_s, r.clientId.value }, { u"kind"_s, reviewKindKey(r.kind) },
        { u"status"_s, reviewStatusKey(r.status) }, { u"scheduled_on"_s, iso(r.scheduledOn) },
        { u"held_on"_s, iso(r.heldOn) }, { u"attendees"_s, r.attendees }, { u"progress"_s, r.progress },
        { u"problems"_s, r.problems }, { u"satisfaction"_s, r.satisfaction } };
}

QVariantMap toMap(const ReviewCadence &c)
{
    return { { u"quarterly"_s, c.quarterly }, { u"annual"_s, c.annual }, { u"quarterly_months"_s, c.periodicMonths },
        { u"anchor_on"_s, iso(c.anchor) } };
}

QString where(const ReviewQuery &query, QVariantList &values)
{
    QStringList parts;
    if (query.client.isValid()) {
        parts << u"r.client_id = ?"_s;
        values << query.client.value;
    }
    if (query.manager.isValid()) {
        parts << u"c.account_manager_id = ?"_s;
        values << query.manager.value;
    }
    if (query.status) {
        parts << u"r.status = ?"_s;
        values << reviewStatusKey(*query.status);
    }
    if (query.overdue) {
        parts << u"r.status = 'scheduled' AND r.scheduled_on < ?"_s;
        values << iso(query.asOf.isValid() ? query.asOf : RegulationCalendar::today());
    }
    if (query.dueBefore.isValid()) {
        parts << u"r.scheduled_on <= ?"_s;
        values << iso(query.dueBefore);
    }
    if (query.from.isValid()) {
        parts << u"r.scheduled_on >= ?"_s;
        values << iso(query.from);
    }
    if (query.afterDate.isValid()) {
        parts << (query.newestFirst ? u"(r.scheduled_on < ? OR (r.scheduled_on = ? AND r.id < ?))"_s
                                    : u"(r.scheduled_on > ? OR (r.scheduled_on = ? AND r.id > ?))"_s);
        values << iso(query.afterDate) << iso(query.afterDate) << query.afterId;
    }
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

} // namespace

QString reviewStatusKey(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Scheduled: return u"scheduled"_s;
    case ReviewStatus::Held: return u"held"_s;
    case ReviewStatus::Cancelled: return u"cancelled"_s;
    }
    return {};
}

std::optional<ReviewStatus> reviewStatusFromKey(const QString &key)
{
    if (key == u"scheduled"_s)
        return ReviewStatus::Scheduled;
    if (key == u"held"_s)
        return ReviewStatus::Held;
    if (key == u"cancelled"_s)
        return ReviewStatus::Cancelled;
    return std::nullopt;
}

std::optional<ReviewCadence> ReviewRepository::cadence(ClientId client, QDate *storedAnchor) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT s.quarterly, s.annual, s.quarterly_months, "
        "coalesce(s.anchor_on, c.contract_start, c.contract_signed_on), s.anchor_on "
        "FROM review_schedules s JOIN clients c ON c.id = s.client_id WHERE s.client_id = ?"_s,
        { client.value });
    if (!q || !q->next())
        return std::nullopt;
    ReviewCadence c;
    c.quarterly = q->value(0).toBool();
    c.annual = q->value(1).toBool();
    c.periodicMonths = q->value(2).toInt();
    c.anchor = dateOf(q->value(3));
    if (storedAnchor)
        *storedAnchor = dateOf(q->value(4));
    return c;
}

Status ReviewRepository::setCadence(ClientId client, const ReviewCadence &input)
{
    if (input.periodicMonths < 1 || input.periodicMonths > 12)
        return fail(QCoreApplication::translate("ReviewRepository", "Reviews are held every 1 to 12 months, not %1.")
                        .arg(input.periodicMonths));
    const QSqlDatabase conn = m_db.connection();
    auto exists = sql::scalar(conn, u"SELECT count(*) FROM clients WHERE id = ?"_s, { client.value });
    if (!exists)
        return fail(exists.error());
    if (exists->toInt() == 0)
        return fail(QCoreApplication::translate("ReviewRepository", "No client with id %1.").arg(client.value));
    const auto old = cadence(client);
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn, u"DELETE FROM review_schedules WHERE client_id = ?"_s, { client.value }); !q)
        return fail(q.error());
    if (auto q = sql::exec(conn,
            u"INSERT INTO review_schedules (client_id, quarterly, annual, quarterly_months, anchor_on, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            { client.value, input.quarterly, input.annual, input.periodicMonths,
                input.anchor.isValid() ? QVariant(iso(input.anchor)) : QVariant(), Clock::nowSecs() });
        !q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"review_schedule"_s, client.value,
            old ? AuditLog::Action::Update : AuditLog::Action::Create, old ? toMap(*old) : QVariantMap(), toMap(input));
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<Review>> ReviewRepository::scheduleNext(ClientId client, QDate after, bool afterHeld)
{
    const auto c = cadence(client);
    if (!c || !c->isEnabled() || !ReviewSchedule::validate(*c))
        return std::optional<Review>();
    const ReviewSchedule schedule(*c);
    const QSqlDatabase conn = m_db.connection();
    auto pending = sql::scalar(
        conn, u"SELECT count(*) FROM reviews WHERE client_id = ? AND status = 'scheduled'"_s, { client.value });
    if (!pending)
        return fail(pending.error());
    if (pending->toInt() > 0)
        return std::optional<Review>();
    auto next = afterHeld ? schedule.firstAfter(after) : schedule.firstOnOrAfter(after);
    // A date already taken (a cancelled or held review) moves to the next grid date.
    for (int guard = 0; next && guard < 1000; ++guard) {
        auto taken = sql::scalar(conn, u"SELECT count(*) FROM reviews WHERE client_id = ? AND scheduled_on = ?"_s,
            { client.value, iso(next->date) });
        if (!taken)
            return fail(taken.error());
        if (taken->toInt() == 0)
            break;
        next = schedule.firstAfter(next->date);
    }
    if (!next)
        return std::optional<Review>();
    const qint64 now = Clock::nowSecs();
    auto q = sql::exec(conn,
        u"INSERT INTO reviews (client_id, kind, scheduled_on, status, created_at, updated_at) "
        "VALUES (?, ?, ?, 'scheduled', ?, ?)"_s,
        { client.value, reviewKindKey(next->kind), iso(next->date), now, now });
    if (!q)
        return fail(q.error());
    const ReviewId id(q->lastInsertId().toLongLong());
    const auto created = byId(id);
    if (!created)
        return fail(QCoreApplication::translate("ReviewRepository", "No review with id %1.").arg(id.value));
    if (Status s = AuditLog(m_db).record(u"review"_s, id.value, AuditLog::Action::Create, {}, toMap(*created)); !s)
        return fail(s.error());
    return std::optional<Review>(*created);
}

Result<ReviewScheduleRun> ReviewRepository::scheduleReviews(QDate asOf, const std::atomic_bool *cancel)
{
    const QDate day = asOf.isValid() ? asOf : RegulationCalendar::today();
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    ReviewScheduleRun run;
    struct Candidate
    {
        ClientId id;
        QString name;
        bool hasAnchor = false;
    };
    QList<Candidate> candidates;
    {
        auto q = sql::exec(conn,
            u"SELECT s.client_id, c.legal_name, "
            "coalesce(s.anchor_on, c.contract_start, c.contract_signed_on) IS NOT NULL "
            "FROM review_schedules s JOIN clients c ON c.id = s.client_id "
            "WHERE c.archived_at IS NULL AND c.status <> 'churned' AND (s.quarterly = 1 OR s.annual = 1) "
            "ORDER BY s.client_id"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            candidates.append({ ClientId(q->value(0).toLongLong()), q->value(1).toString(), q->value(2).toBool() });
    }
    QSet<qint64> pending;
    QHash<qint64, std::pair<QDate, QDate>> lastHeld; // scheduled, held
    {
        auto q = sql::exec(conn, u"SELECT DISTINCT client_id FROM reviews WHERE status = 'scheduled'"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            pending.insert(q->value(0).toLongLong());
        auto h = sql::exec(conn,
            u"SELECT client_id, scheduled_on, held_on FROM reviews WHERE status = 'held' "
            "ORDER BY held_on, id"_s);
        if (!h)
            return fail(h.error());
        while (h->next())
            lastHeld.insert(h->value(0).toLongLong(), { dateOf(h->value(1)), dateOf(h->value(2)) });
    }
    for (const Candidate &c : std::as_const(candidates)) {
        if (cancel && cancel->load())
            return fail(QCoreApplication::translate("ReviewRepository", "Cancelled; no review was scheduled."));
        ++run.clients;
        if (pending.contains(c.id.value))
            continue;
        if (!c.hasAnchor) {
            run.skipped << QCoreApplication::translate(
                "ReviewRepository", "%1: no contract start to schedule reviews from.")
                               .arg(c.name);
            continue;
        }
        Result<std::optional<Review>> next = std::optional<Review>();
        if (const auto it = lastHeld.constFind(c.id.value); it != lastHeld.constEnd()) {
            const QDate after = std::max(it->first, it->second);
            next = scheduleNext(c.id, after, true);
        } else {
            next = scheduleNext(c.id, day, false);
        }
        if (!next)
            return fail(next.error());
        if (next->has_value()) {
            ++run.created;
            run.createdIds << (*next)->id;
        }
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return run;
}

Result<std::optional<Review>> ReviewRepository::hold(ReviewId id, const ReviewRecord &record)
{
    const auto old = byId(id);
    if (!old)
        return fail(QCoreApplication::translate("ReviewRepository", "No review with id %1.").arg(id.value));
    if (old->status == ReviewStatus::Cancelled)
        return fail(QCoreApplication::translate("ReviewRepository", "Review %1 was cancelled.").arg(id.value));
    if (!record.heldOn.isValid())
        return fail(QCoreApplication::translate("ReviewRepository", "Enter the date the review was held."));
    if (record.heldOn > RegulationCalendar::today())
        return fail(QCoreApplication::translate("ReviewRepository", "A review cannot be held in the future (%1).")
                        .arg(iso(record.heldOn)));
    Review review = *old;
    review.status = ReviewStatus::Held;
    review.heldOn = record.heldOn;
    review.attendees = record.attendees.trimmed();
    review.progress = record.progress.trimmed();
    review.problems = record.problems.trimmed();
    review.satisfaction = record.satisfaction.trimmed();
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto q = sql::exec(conn,
        u"UPDATE reviews SET status = 'held', held_on = ?, attendees = coalesce(?, ''), progress = coalesce(?, ''), "
        "problems = coalesce(?, ''), "
        "satisfaction = coalesce(?, ''), held_by = ?, updated_at = ? WHERE id = ?"_s,
        { iso(review.heldOn), review.attendees, review.progress, review.problems, review.satisfaction,
            sql::nullIfZero(m_db.actor().id.value), Clock::nowSecs(), id.value });
    if (!q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"review"_s, id.value, AuditLog::Action::Update, toMap(*old), toMap(review));
        !s)
        return fail(s.error());
    std::optional<Review> next;
    if (old->status == ReviewStatus::Scheduled) {
        QStringList lines;
        if (!review.attendees.isEmpty())
            lines << QCoreApplication::translate("ReviewRepository", "Attendees: %1").arg(review.attendees);
        if (!review.progress.isEmpty())
            lines << QCoreApplication::translate("ReviewRepository", "Progress: %1").arg(review.progress);
        if (!review.problems.isEmpty())
            lines << QCoreApplication::translate("ReviewRepository", "Problems: %1").arg(review.problems);
        if (!review.satisfaction.isEmpty())
            lines
                << QCoreApplication::translate("ReviewRepository", "Client satisfaction: %1").arg(review.satisfaction);
        TimelineEntry entry;
        entry.kind = u"review"_s;
        entry.title = QCoreApplication::translate("ReviewRepository", "%1 held").arg(reviewKindTitle(review.kind));
        entry.body = lines.join(u'\n');
        entry.refType = u"review"_s;
        entry.refId = id.value;
        if (Status s = Timeline(m_db).add(review.clientId, entry); !s)
            return fail(s.error());
        auto scheduled = scheduleNext(review.clientId, std::max(review.scheduledOn, review.heldOn), true);
        if (!scheduled)
            return fail(scheduled.error());
        next = *scheduled;
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return next;
}

Status ReviewRepository::reschedule(ReviewId id, QDate date, const QString &reason)
{
    const auto old = byId(id);
    if (!old)
        return fail(QCoreApplication::translate("ReviewRepository", "No review with id %1.").arg(id.value));
    if (old->status == ReviewStatus::Held)
        return fail(QCoreApplication::translate("ReviewRepository",
            "This review was held on %1: only a scheduled review can be moved.")
                        .arg(longDate(old->heldOn)));
    if (old->status != ReviewStatus::Scheduled)
        return fail(QCoreApplication::translate("ReviewRepository",
            "This review was cancelled: only a scheduled review can be moved."));
    if (!date.isValid())
        return fail(QCoreApplication::translate("ReviewRepository", "Enter the new date of the review."));
    if (date == old->scheduledOn)
        return fail(QCoreApplication::translate("ReviewRepository", "The review is already on %1: choose another date.")
                        .arg(longDate(date)));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(QCoreApplication::translate("ReviewRepository", "Give the reason for moving the review."));
    if (Status s = checkReasonLength(why); !s)
        return s;
    const QSqlDatabase conn = m_db.connection();
    auto taken
        = sql::scalar(conn, u"SELECT count(*) FROM reviews WHERE client_id = ? AND scheduled_on = ? AND id <> ?"_s,
            { old->clientId.value, iso(date), id.value });
    if (!taken)
        return fail(taken.error());
    if (taken->toInt() > 0)
        return fail(
            QCoreApplication::translate("ReviewRepository", "The client already has a review on %1.").arg(iso(date)));
    Review review = *old;
    review.scheduledOn = date;
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn, u"UPDATE reviews SET scheduled_on = ?, updated_at = ? WHERE id = ?"_s,
            { iso(date), Clock::nowSecs(), id.value });
        !q)
        return fail(q.error());
    TimelineEntry entry;
    entry.kind = u"review"_s;
    entry.title = QCoreApplication::translate("ReviewRepository", "Review moved from %1 to %2")
                      .arg(longDate(old->scheduledOn), longDate(date));
    entry.body = why;
    entry.refType = u"review"_s;
    entry.refId = id.value;
    if (Status s = Timeline(m_db).add(review.clientId, entry); !s)
        return s;
    QVariantMap after = toMap(review);
    after.insert(u"reason"_s, why);
    if (Status s = AuditLog(m_db).record(u"review"_s, id.value, AuditLog::Action::Update, toMap(*old), after); !s)
        return s;
    return tx.commit();
}

Status ReviewRepository::cancel(ReviewId id, const QString &reason)
{
    const auto old = byId(id);
    if (!old)
        return fail(QCoreApplication::translate("ReviewRepository", "No review with id %1.").arg(id.value));
    if (old->status == ReviewStatus::Held)
        return fail(QCoreApplication::translate("ReviewRepository",
            "This review was held on %1: only a scheduled review can be cancelled.")
                        .arg(longDate(old->heldOn)));
    if (old->status != ReviewStatus::Scheduled)
        return fail(QCoreApplication::translate("ReviewRepository", "This review is already cancelled."));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(QCoreApplication::translate("ReviewRepository", "Give the reason for cancelling the review."));
    if (Status s = checkReasonLength(why); !s)
        return s;
    Review review = *old;
    review.status = ReviewStatus::Cancelled;
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn, u"UPDATE reviews SET status = 'cancelled', updated_at = ? WHERE id = ?"_s,
            { Clock::nowSecs(), id.value });
        !q)
        return fail(q.error());
    TimelineEntry entry;
    entry.kind = u"review"_s;
    entry.title = QCoreApplication::translate("ReviewRepository", "Review of %1 cancelled")
                      .arg(longDate(old->scheduledOn));
    entry.body = why;
    entry.refType = u"review"_s;
    entry.refId = id.value;
    if (Status s = Timeline(m_db).add(review.clientId, entry); !s)
        return s;
    QVariantMap after = toMap(review);
    after.insert(u"reason"_s, why);
    if (Status s = AuditLog(m_db).record(u"review"_s, id.value, AuditLog::Action::Update, toMap(*old), after); !s)
        return s;
    return tx.commit();
}

QList<TimelineItem> ReviewRepository::history(ReviewId id) const
{
    QList<TimelineItem> items;
    // The review's client first: the timeline is indexed by client.
    auto q = sql::exec(m_db.connection(),
        u"SELECT t.id, t.client_id, t.at, t.kind, t.title, t.body, t.channel, t.user_id, u.name, t.ref_type, "
        "t.ref_id FROM timeline_events t LEFT JOIN users u ON u.id = t.user_id "
        "WHERE t.client_id = (SELECT r.client_id FROM reviews r WHERE r.id = ?) "
        "AND t.ref_type = 'review' AND t.ref_id = ? ORDER BY t.at DESC, t.id DESC"_s,
        { id.value, id.value });
    while (q && q->next()) {
        TimelineItem item;
        item.id = q->value(0).toLongLong();
        item.clientId = ClientId(q->value(1).toLongLong());
        item.at = q->value(2).toLongLong();
        item.kind = q->value(3).toString();
        item.title = q->value(4).toString();
        item.body = q->value(5).toString();
        item.channel = q->value(6).toString();
        item.userId = UserId(q->value(7).toLongLong());
        item.userName = q->value(8).toString();
        item.refType = q->value(9).toString();
        item.refId = q->value(10).toLongLong();
        items.append(item);
    }
    return items;
}

Result<Task> ReviewRepository::addActionItem(ReviewId id, const QString &title, UserId owner, QDate due)
{
    const auto review = byId(id);
    if (!review)
        return fail(QCoreApplication::translate("ReviewRepository", "No review with id %1.").arg(id.value));
    if (review->status == ReviewStatus::Cancelled)
        return fail(QCoreApplication::translate("ReviewRepository", "Review %1 was cancelled.").arg(id.value));
    Task task;
    task.title = title;
    task.clientId = review->clientId;
    task.ownerId = owner;
    task.dueOn = due;
    task.source = TaskSource::Review;
    task.reviewId = id;
    return TaskRepository(m_db).add(task);
}

QList<Task> ReviewRepository::actionItems(ReviewId id) const
{
    TaskQuery query;
    query.review = id;
    query.limit = 1000;
    return TaskRepository(m_db).list(query);
}

std::optional<Review> ReviewRepository::byId(ReviewId id) const
{
    auto q
        = sql::exec(m_db.connection(), kSelect + u" WHERE r.id = ?"_s, { iso(RegulationCalendar::today()), id.value });
    if (q && q->next())
        return readReview(*q);
    return std::nullopt;
}

QList<Review> ReviewRepository::list(const ReviewQuery &query) const
{
    QList<Review> result;
    QVariantList values { iso(query.asOf.isValid() ? query.asOf : RegulationCalendar::today()) };
    const QString clause = where(query, values);
    values << std::max(1, query.limit);
    const QString order
        = query.newestFirst ? u" ORDER BY r.scheduled_on DESC, r.id DESC"_s : u" ORDER BY r.scheduled_on, r.id"_s;
    auto q = sql::exec(m_db.connection(), kSelect + clause + order + u" LIMIT ?"_s, values);
    if (!q)
        return result;
    while (q->next())
        result.append(readReview(*q));
    return result;
}

int ReviewRepository::count(const ReviewQuery &query) const
{
    ReviewQuery all = query;
    all.afterDate = QDate();
    QVariantList values;
    const QString clause = where(all, values);
    auto v = sql::scalar(
        m_db.connection(), u"SELECT count(*) FROM reviews r JOIN clients c ON c.id = r.client_id"_s + clause, values);
    return v ? v->toInt() : 0;
}

OnTimeStats ReviewRepository::onTime(QDate from, QDate to, UserId manager, QDate asOf) const
{
    OnTimeStats stats;
    const QString today = iso(asOf.isValid() ? asOf : RegulationCalendar::today());
    QVariantList values { today, today, iso(from), iso(to) };
    QString statement = u"SELECT count(*), "
                        "count(*) FILTER (WHERE r.status = 'held' AND r.held_on <= r.scheduled_on), "
                        "count(*) FILTER (WHERE r.status = 'held' AND r.held_on > r.scheduled_on), "
                        "count(*) FILTER (WHERE r.status = 'scheduled' AND r.scheduled_on < ?), "
                        "count(*) FILTER (WHERE r.status = 'scheduled' AND r.scheduled_on >= ?) "
                        "FROM reviews r JOIN clients c ON c.id = r.client_id "
                        "WHERE r.status <> 'cancelled' AND r.scheduled_on >= ? AND r.scheduled_on <= ?"_s;
    if (manager.isValid()) {
        statement += u" AND c.account_manager_id = ?"_s;
        values << manager.value;
    }
    auto q = sql::exec(m_db.connection(), statement, values);
    if (!q || !q->next())
        return stats;
    stats.due = q->value(0).toInt();
    stats.onTime = q->value(1).toInt();
    stats.doneLate = q->value(2).toInt();
    stats.overdue = q->value(3).toInt();
    stats.pending = q->value(4).toInt();
    return stats;
}

Status ReviewRepository::attachPack(ReviewId id, const QString &path, const QString &title)
{
    const auto review = byId(id);
    if (!review)
        return fail(QCoreApplication::translate("ReviewRepository", "No review with id %1.").arg(id.value));
    if (path.trimmed().isEmpty() || title.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ReviewRepository", "A review pack needs a file and a title."));
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto known = sql::scalar(conn, u"SELECT count(*) FROM client_documents WHERE client_id = ? AND location = ?"_s,
        { review->clientId.value, path });
    if (!known)
        return fail(known.error());
    const qint64 now = Clock::nowSecs();
    if (known->toLongLong() == 0) {
        if (auto q = sql::exec(conn,
                u"INSERT INTO client_documents (client_id, title, location, created_at) VALUES (?, ?, ?, ?)"_s,
                { review->clientId.value, title, path, now });
            !q)
            return fail(q.error());
    }
    TimelineEntry entry;
    entry.at = now;
    entry.kind = u"review"_s;
    entry.title = QCoreApplication::translate("ReviewRepository", "Review pack prepared: %1").arg(title);
    entry.body = path;
    entry.refType = u"review"_s;
    entry.refId = id.value;
    if (Status s = Timeline(m_db).add(review->clientId, entry); !s)
        return s;
    return tx.commit();
}

QList<std::pair<QString, QString>> ReviewRepository::packs(ReviewId id) const
{
    QList<std::pair<QString, QString>> result;
    const auto review = byId(id);
    if (!review)
        return result;
    // The timeline entries of this review name the files kept for it.
    auto q = sql::exec(m_db.connection(),
        u"SELECT d.title, d.location FROM client_documents d WHERE d.client_id = ? AND d.location IN "
        "(SELECT e.body FROM timeline_events e WHERE e.client_id = ? AND e.ref_type = 'review' AND e.ref_id = ?) "
        "ORDER BY d.id DESC"_s,
        { review->clientId.value, review->clientId.value, id.value });
    while (q && q->next())
        result.append({ q->value(0).toString(), q->value(1).toString() });
    return result;
}

} // namespace rapport
