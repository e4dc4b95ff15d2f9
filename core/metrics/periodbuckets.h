#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace rapport {

// One bucket of a trend: an ISO week or a calendar month, clipped to the
// period (the first and last buckets may be partial).
struct PeriodBucket
{
    QString key; // "2026-W05" (ISO week-numbering year and week) or "2026-01"
    QDate from;
    QDate to;
};

// The days of a reporting period [from, to] in a time zone, and the ISO
// weeks and months they fall into. Maps an instant to its day, week and
// month in constant time (day lengths of 24 h) or by binary search (a zone
// with daylight saving time). Pure: no database.
class PeriodBuckets
{
public:
    PeriodBuckets() = default;
    PeriodBuckets(QDate from, QDate to, const QTimeZone &zone);

    bool isValid() const { return !m_dayStarts.empty(); }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // The period in UTC epoch seconds: [startSecs, endSecs).
    qint64 startSecs() const { return m_dayStarts.empty() ? 0 : m_dayStarts.front(); }
    qint64 endSecs() const { return m_dayStarts.empty() ? 0 : m_dayStarts.back(); }
    int dayCount() const { return int(m_dayStarts.size()) - 1; }

    // The day of the period containing `utcSecs` (0 = from), or -1 outside.
    int dayOf(qint64 utcSecs) const
    {
        if (utcSecs < startSecs() || utcSecs >= endSecs())
            return -1;
        if (m_uniformDays)
            return int((utcSecs - startSecs()) / 86400);
        return dayBySearch(utcSecs);
    }
    int weekOfDay(int day) const { return m_weekOfDay[size_t(day)]; }
    int monthOfDay(int day) const { return m_monthOfDay[size_t(day)]; }

    const QList<PeriodBucket> &weeks() const { return m_weeks; }
    const QList<PeriodBucket> &months() const { return m_months; }

    // Start of `date` in `zone` as UTC epoch seconds (the first valid
    // instant of the day where a clock change skips midnight).
    static qint64 dayStart(QDate date, const QTimeZone &zone);
    static QString weekKey(QDate date);
    static QString monthKey(QDate date);

private:
    int dayBySearch(qint64 utcSecs) const;

    QDate m_from;
    QDate m_to;
    std::vector<qint64> m_dayStarts; // dayCount() + 1 instants
    std::vector<int> m_weekOfDay;
    std::vector<int> m_monthOfDay;
    QList<PeriodBucket> m_weeks;
    QList<PeriodBucket> m_months;
    bool m_uniformDays = true;
};

} // namespace rapport
