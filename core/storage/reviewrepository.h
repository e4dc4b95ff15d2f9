#pragma once

#include "database.h"
#include "planning/reviewschedule.h"
#include "planning/task.h"
#include "timeline.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <optional>

namespace rapport {

enum class ReviewStatus { Scheduled, Held, Cancelled };
// "scheduled", "held", "cancelled".
QString reviewStatusKey(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromKey(const QString &key);

// A review meeting with a client: scheduled, then held with its record.
struct Review
{
    ReviewId id;
    ClientId clientId;
    QString clientName;
    UserId managerId; // the client's account manager
    QString managerName;
    QString managerEmail;
    ReviewKind kind = ReviewKind::Quarterly;
    ReviewStatus status = ReviewStatus::Scheduled;
    QDate scheduledOn;
    QDate heldOn;
    QString attendees;
    QString progress; // the project's progress discussed
    QString problems; // mistakes and problems found
    QString satisfaction; // the client's satisfaction, in their words
    UserId heldBy;
    // The remediation plan: action items (tasks with source "review").
    int actionItems = 0;
    int openActionItems = 0;
    int overdueActionItems = 0;

    bool isOverdue(QDate today) const { return status == ReviewStatus::Scheduled && scheduledOn < today; }
};

// What is recorded when a review is held.
struct ReviewRecord
{
    QDate heldOn;
    QString attendees;
    QString progress;
    QString problems;
    QString satisfaction;
};

// Filters and a keyset page: by (scheduled_on, id) ascending, or descending
// with newestFirst (the "held" list); rows strictly after (afterDate, afterId)
// in that order.
struct ReviewQuery
{
    ClientId client;
    UserId manager; // the client's account manager
    std::optional<ReviewStatus> status;
    bool overdue = false; // scheduled before asOf
    QDate dueBefore; // scheduled on or before
    QDate from; // scheduled on or after
    QDate asOf; // invalid: today
    bool newestFirst = false;
    QDate afterDate;
    qint64 afterId = 0;
    int limit = 200;
};

// What a scheduling run did.
struct ReviewScheduleRun
{
    int clients = 0; // clients with an enabled cadence looked at
    int created = 0;
    QList<ReviewId> createdIds;
    QStringList skipped; // translated: which client and why
};

// Reviews per client: the cadence (review_schedules), scheduling, holding
// with the record and a remediation plan of action items. Scheduling keeps
// exactly one upcoming (or overdue) review per client with a cadence: the
// first grid date on or after the run's date when the client has none yet,
// the grid date after the last held review otherwise; holding a review
// schedules the next one. Running it again creates nothing new. Audited;
// holding a review goes to the client's timeline.
class ReviewRepository
{
public:
    explicit ReviewRepository(const Database &db)
        : m_db(db)
    {
    }

    // The stored cadence; the anchor is the stored one or, if none, the
    // contract start (then the signing date). Empty when the client has none.
    // `storedAnchor` receives the anchor set on the cadence itself (invalid:
    // the contract start is used).
    std::optional<ReviewCadence> cadence(ClientId client, QDate *storedAnchor = nullptr) const;
    // Stores the cadence (an invalid anchor means "the contract start").
    Status setCadence(ClientId client, const ReviewCadence &cadence);

    Result<ReviewScheduleRun> scheduleReviews(QDate asOf = {}, const std::atomic_bool *cancel = nullptr);

    // Records the review as held (again: corrects the record) and schedules
    // the next one. Returns the next review, if one was scheduled.
    Result<std::optional<Review>> hold(ReviewId id, const ReviewRecord &record);
    // Moves a scheduled review to another (valid, different) date. The reason
    // is required (at most MaxReasonLength characters, trimmed) and kept on the
    // client's timeline with both dates; audited with the reason.
    Status reschedule(ReviewId id, QDate date, const QString &reason);
    // Cancels a scheduled review; the reason is required and kept the same way.
    Status cancel(ReviewId id, const QString &reason);
    static constexpr int MaxReasonLength = 500;
    // The client's timeline entries about this review (held, moved, cancelled,
    // packs prepared), newest first.
    QList<TimelineItem> history(ReviewId id) const;
    // A remediation item: a task of the client with source "review".
    Result<Task> addActionItem(ReviewId id, const QString &title, UserId owner, QDate due);
    QList<Task> actionItems(ReviewId id) const;
    // Keeps a prepared review pack with the review: a document link on the
    // client's card (once per file) and an entry on the client's timeline.
    Status attachPack(ReviewId id, const QString &path, const QString &title);
    // The packs kept with a review's client (title, location), newest first.
    QList<std::pair<QString, QString>> packs(ReviewId id) const;

    std::optional<Review> byId(ReviewId id) const;
    QList<Review> list(const ReviewQuery &query) const;
    int count(const ReviewQuery &query) const;

    // Reviews scheduled in [from, to]: held on or before the date (on time),
    // held after it or still not held past asOf (late), upcoming (pending).
    OnTimeStats onTime(QDate from, QDate to, UserId manager = {}, QDate asOf = {}) const;

private:
    Result<std::optional<Review>> scheduleNext(ClientId client, QDate after, bool afterHeld);

    Database m_db;
};

} // namespace rapport
