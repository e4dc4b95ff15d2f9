#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

using ReviewId = Id<struct ReviewTag>;

// Seed 000: quarterly and annual reviews with each client to discuss the
// progress, the mistakes found and the plan to fix them.
enum class ReviewKind { Quarterly, Annual };

// Stable keys for the database, the CLI and JSON: "quarterly", "annual".
QString reviewKindKey(ReviewKind kind);
std::optional<ReviewKind> reviewKindFromKey(const QString &key);
// Translated name, e.g. "Quarterly review".
QString reviewKindTitle(ReviewKind kind);

// How often a client is reviewed. Editable per client; the anchor is the
// contract start unless set otherwise.
struct ReviewCadence
{
    bool quarterly = true;
    bool annual = true;
    int periodicMonths = 3; // months between the "quarterly" reviews, 1–12
    QDate anchor;

    bool isEnabled() const { return quarterly || annual; }
    friend bool operator==(const ReviewCadence &, const ReviewCadence &) = default;
};

// One date of a client's review grid.
struct ScheduledReview
{
    QDate date;
    ReviewKind kind = ReviewKind::Quarterly;

    friend bool operator==(const ScheduledReview &, const ScheduledReview &) = default;
};

// The review grid of one client: periodic reviews at anchor + k × periodic
// months and annual ones at anchor + 12 × j months (k, j >= 1). Each date is
// counted from the anchor, not from the previous review, and clamped to the
// month's end: a contract started on Jan 31 is reviewed on Apr 30, Jul 31,
// Oct 31 and Jan 31; one started on Feb 29 has its annual review on Feb 28,
// and on Feb 29 again in leap years. When a periodic and an annual review
// fall on the same date, the annual one is held (it covers the quarter).
class ReviewSchedule
{
public:
    explicit ReviewSchedule(ReviewCadence cadence)
        : m_cadence(std::move(cadence))
    {
    }

    const ReviewCadence &cadence() const { return m_cadence; }
    // An anchor date, a periodic interval of 1–12 months.
    static Status validate(const ReviewCadence &cadence);

    // anchor + months, clamped to the last day of the resulting month.
    static QDate addMonthsClamped(QDate anchor, int months);

    // The first grid date on or after `date` (never before the first review
    // after the anchor); empty when no review is enabled or the cadence is invalid.
    std::optional<ScheduledReview> firstOnOrAfter(QDate date) const;
    // The first grid date strictly after `date`.
    std::optional<ScheduledReview> firstAfter(QDate date) const;
    // Grid dates in [from, to], in order.
    QList<ScheduledReview> between(QDate from, QDate to) const;
    // The review that follows one held on `held` that was scheduled for
    // `scheduled`: the first grid date after both, so that holding a review
    // late never schedules the next one in the past of the meeting.
    std::optional<ScheduledReview> nextAfterHeld(QDate scheduled, QDate held) const;

private:
    std::optional<ScheduledReview> at(QDate date) const;

    ReviewCadence m_cadence;
};

} // namespace rapport
