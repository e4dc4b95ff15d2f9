#include "reviewschedule.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr int kAnnualMonths = 12;

int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

} // namespace

QString reviewKindKey(ReviewKind kind)
{
    return kind == ReviewKind::Annual ? u"annual"_s : u"quarterly"_s;
}

std::optional<ReviewKind> reviewKindFromKey(const QString &key)
{
    if (key == u"quarterly"_s)
        return ReviewKind::Quarterly;
    if (key == u"annual"_s)
        return ReviewKind::Annual;
    return std::nullopt;
}

QString reviewKindTitle(ReviewKind kind)
{
    return kind == ReviewKind::Annual ? QCoreApplication::translate("ReviewSchedule", "Annual review")
                                      : QCoreApplication::translate("ReviewSchedule", "Quarterly review");
}

Status ReviewSchedule::validate(const ReviewCadence &cadence)
{
    if (!cadence.anchor.isValid())
        return fail(QCoreApplication::translate(
            "ReviewSchedule", "Reviews are scheduled from the contract start: set it on the client card."));
    if (cadence.periodicMonths < 1 || cadence.periodicMonths > 12)
        return fail(QCoreApplication::translate("ReviewSchedule", "Reviews are held every 1 to 12 months, not %1.")
                        .arg(cadence.periodicMonths));
    return {};
}

QDate ReviewSchedule::addMonthsClamped(QDate anchor, int months)
{
    // QDate::addMonths keeps the day when the month has it and otherwise
    // returns the month's last day, which is the clamping rule itself.
    return anchor.isValid() ? anchor.addMonths(months) : QDate();
}

std::optional<ScheduledReview> ReviewSchedule::at(QDate date) const
{
    // Which grid points coincide with `date` (called with grid dates only).
    const int months = monthsBetween(m_cadence.anchor, date);
    if (months <= 0)
        return std::nullopt;
    const bool annual
        = m_cadence.annual && months % kAnnualMonths == 0 && addMonthsClamped(m_cadence.anchor, months) == date;
    if (annual)
        return ScheduledReview { date, ReviewKind::Annual };
    const bool periodic = m_cadence.quarterly && months % m_cadence.periodicMonths == 0
        && addMonthsClamped(m_cadence.anchor, months) == date;
    if (periodic)
        return ScheduledReview { date, ReviewKind::Quarterly };
    return std::nullopt;
}

std::optional<ScheduledReview> ReviewSchedule::firstOnOrAfter(QDate date) const
{
    if (!validate(m_cadence) || !m_cadence.isEnabled() || !date.isValid())
        return std::nullopt;
    // Candidates: the first periodic and the first annual grid point on or
    // after `date`; the earlier wins (the annual one when they coincide).
    const int base = std::max(1, monthsBetween(m_cadence.anchor, date) - 1);
    std::optional<QDate> best;
    auto consider = [&](int step) {
        int k = std::max(1, base / step);
        QDate d = addMonthsClamped(m_cadence.anchor, k * step);
        while (d < date) {
            ++k;
            d = addMonthsClamped(m_cadence.anchor, k * step);
        }
        if (!best || d < *best)
            best = d;
    };
    if (m_cadence.quarterly)
        consider(m_cadence.periodicMonths);
    if (m_cadence.annual)
        consider(kAnnualMonths);
    return best ? at(*best) : std::nullopt;
}

std::optional<ScheduledReview> ReviewSchedule::firstAfter(QDate date) const
{
    return date.isValid() ? firstOnOrAfter(date.addDays(1)) : std::nullopt;
}

QList<ScheduledReview> ReviewSchedule::between(QDate from, QDate to) const
{
    QList<ScheduledReview> result;
    auto next = firstOnOrAfter(from);
    while (next && next->date <= to) {
        result.append(*next);
        next = firstAfter(next->date);
    }
    return result;
}

std::optional<ScheduledReview> ReviewSchedule::nextAfterHeld(QDate scheduled, QDate held) const
{
    if (!scheduled.isValid() && !held.isValid())
        return std::nullopt;
    QDate after = scheduled.isValid() ? scheduled : held;
    if (held.isValid() && held > after)
        after = held;
    return firstAfter(after);
}

} // namespace rapport
