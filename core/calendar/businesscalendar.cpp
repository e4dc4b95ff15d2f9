#include "businesscalendar.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2299;
constexpr qint64 kDay = 86400;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
// Instants are clamped to [1900-01-02, 2299-12-30] UTC, so that the local
// year of any of them (offsets stay within a day) has an index slot.
constexpr qint64 kMinUtc = (-25567 + 1) * kDay; // 1900-01-01 is day -25567
constexpr qint64 kMaxUtc = (120530 - 2) * kDay; // 2300-01-01 is day 120530

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Proleptic Gregorian year of a day counted from 1970-01-01 (H. Hinnant's
// civil_from_days), so the hot path needs no QDate.
int yearOfEpochDay(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    return int(yoe + era * 400 + (mp >= 10 ? 1 : 0));
}

// Local midnight of `date` as wall-clock seconds written as if they were UTC.
qint64 wallSecs(QDate date)
{
    return (date.toJulianDay() - kJulianDayOfEpoch) * kDay;
}

int offsetAt(const QTimeZone &tz, qint64 utcSecs)
{
    return tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, QTimeZone::utc()));
}

// The UTC instant of a local wall-clock time. A time that occurs twice (DST
// fall-back) maps to its first occurrence; a time skipped by a spring-forward
// gap maps to the end of the gap, the first instant that exists after it.
qint64 localToUtc(const QTimeZone &tz, qint64 wall)
{
    const int before = offsetAt(tz, wall - kDay);
    const int after = offsetAt(tz, wall + kDay);
    const qint64 early = wall - before;
    const qint64 late = wall - after;
    const bool earlyOk = offsetAt(tz, early) == before;
    const bool lateOk = offsetAt(tz, late) == after;
    if (earlyOk && lateOk)
        return std::min(early, late);
    if (earlyOk || lateOk)
        return earlyOk ? early : late;
    // In a gap: find the transition, the first instant with the new offset.
    qint64 lo = std::min(early, late);
    qint64 hi = std::max(early, late);
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (offsetAt(tz, mid) == after)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// One local calendar year of working intervals in UTC, with running totals:
// cum[i] is the business time before interval i, cum.back() the year's total.
struct YearIndex
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    std::vector<qint64> starts;
    std::vector<qint64> ends;
    std::vector<qint64> cum { 0 };

    qint64 total() const { return cum.back(); }

    // Business seconds of this year before instant t.
    qint64 position(qint64 t) const
    {
        const size_t i = size_t(std::upper_bound(ends.begin(), ends.end(), t) - ends.begin());
        if (i == ends.size())
            return total();
        return cum[i] + std::max<qint64>(0, t - starts[i]);
    }

    // The instant at which `pos` business seconds (0 < pos <= total) are done.
    qint64 instantAt(qint64 pos) const
    {
        const size_t j = size_t(std::lower_bound(cum.begin() + 1, cum.end(), pos) - cum.begin()) - 1;
        return starts[j] + (pos - cum[j]);
    }
};

QString hhmm(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString weekdayName(int weekday)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("BusinessCalendar", "Monday"),
        QT_TRANSLATE_NOOP("BusinessCalendar", "Tuesday"),
        QT_TRANSLATE_NOOP("BusinessCalendar", "Wednesday"),
        QT_TRANSLATE_NOOP("BusinessCalendar", "Thursday"),
        QT_TRANSLATE_NOOP("BusinessCalendar", "Friday"),
        QT_TRANSLATE_NOOP("BusinessCalendar", "Saturday"),
        QT_TRANSLATE_NOOP("BusinessCalendar", "Sunday"),
    };
    return QCoreApplication::translate("BusinessCalendar", names[weekday - 1]);
}

// Whether a day's intervals hold any working time once clamped to the day.
bool hasWork(const QList<WorkInterval> &day)
{
    return std::any_of(day.begin(), day.end(),
        [](const WorkInterval &iv) { return std::max(iv.startMinute, 0) < std::min(iv.endMinute, 24 * 60); });
}

struct FixedHoliday
{
    int month;
    int day;
    const char *name;
};

BusinessCalendar workWeek(
    const QString &name, const QByteArray &zone, int year, std::initializer_list<FixedHoliday> holidays)
{
    BusinessCalendar cal(name, zone);
    for (int wd = 1; wd <= 5; ++wd)
        cal.setIntervals(wd, { { 9 * 60, 18 * 60 } });
    for (const FixedHoliday &h : holidays)
        cal.addHoliday(QDate(year, h.month, h.day), QCoreApplication::translate("BusinessCalendar", h.name));
    cal.setCheckedForYear(year);
    return cal;
}

} // namespace

// The lazily built per-year indexes; shared by copies of one calendar state,
// rebuilt (as a new object) whenever the calendar changes.
class BusinessCalendar::Index
{
public:
    const YearIndex &year(const BusinessCalendar &cal, int y)
    {
        std::atomic<const YearIndex *> &slot = m_years[size_t(y - kFirstYear)];
        if (const YearIndex *ready = slot.load(std::memory_order_acquire))
            return *ready;
        std::lock_guard lock(m_mutex);
        if (const YearIndex *ready = slot.load(std::memory_order_relaxed))
            return *ready;
        m_owned.push_back(std::make_unique<const YearIndex>(build(cal, y)));
        slot.store(m_owned.back().get(), std::memory_order_release);
        return *m_owned.back();
    }

    // The local year containing instant t (already clamped) and its index.
    std::pair<int, const YearIndex *> locate(const BusinessCalendar &cal, qint64 t)
    {
        int y = std::clamp(yearOfEpochDay(floorDiv(t, kDay)), kFirstYear, kLastYear);
        const YearIndex *idx = &year(cal, y);
        if (t < idx->startUtc && y > kFirstYear)
            idx = &year(cal, --y);
        else if (t >= idx->endUtc && y < kLastYear)
            idx = &year(cal, ++y);
        return { y, idx };
    }

private:
    static YearIndex build(const BusinessCalendar &cal, int y)
    {
        const QTimeZone tz(cal.m_zoneId); // own instance: no sharing across threads
        const QDate first(y, 1, 1);
        const QDate next(y + 1, 1, 1);
        YearIndex idx;
        idx.startUtc = localToUtc(tz, wallSecs(first));
        idx.endUtc = localToUtc(tz, wallSecs(next));
        qint64 previousEnd = idx.startUtc;
        for (QDate d = first; d < next; d = d.addDays(1)) {
            const qint64 midnight = wallSecs(d);
            for (const WorkInterval &iv : cal.mergedIntervals(d)) {
                const qint64 s = std::max(localToUtc(tz, midnight + iv.startMinute * 60), previousEnd);
                const qint64 e = localToUtc(tz, midnight + iv.endMinute * 60);
                if (e <= s)
                    continue;
                idx.starts.push_back(s);
                idx.ends.push_back(e);
                idx.cum.push_back(idx.cum.back() + (e - s));
                previousEnd = e;
            }
        }
        return idx;
    }

    std::array<std::atomic<const YearIndex *>, kLastYear - kFirstYear + 1> m_years {};
    std::mutex m_mutex;
    std::vector<std::unique_ptr<const YearIndex>> m_owned;
};

BusinessCalendar::BusinessCalendar()
    : BusinessCalendar(QString())
{
}

BusinessCalendar::BusinessCalendar(QString name, QByteArray timeZoneId)
    : m_name(std::move(name))
    , m_zoneId(std::move(timeZoneId))
    , m_zone(m_zoneId)
    , m_index(std::make_shared<Index>())
{
}

BusinessCalendar BusinessCalendar::twentyFourSeven()
{
    BusinessCalendar cal(u"24/7"_s);
    for (int wd = 1; wd <= 7; ++wd)
        cal.setIntervals(wd, { { 0, 24 * 60 } });
    cal.set24x7(true);
    return cal;
}

// Holidays below are the fixed-date public holidays of 2026 only. Moving
// holidays (Kurban Ait) and the transfers and carry-overs of days off are
// decreed yearly by each government: import or edit them for every year.
BusinessCalendar BusinessCalendar::kzStandard()
{
    return workWeek(u"kz-standard"_s, QByteArrayLiteral("Asia/Almaty"), 2026,
        { { 1, 1, QT_TRANSLATE_NOOP("BusinessCalendar", "New Year") },
            { 1, 2, QT_TRANSLATE_NOOP("BusinessCalendar", "New Year") },
            { 3, 8, QT_TRANSLATE_NOOP("BusinessCalendar", "International Women's Day") },
            { 3, 21, QT_TRANSLATE_NOOP("BusinessCalendar", "Nauryz") },
            { 3, 22, QT_TRANSLATE_NOOP("BusinessCalendar", "Nauryz") },
            { 3, 23, QT_TRANSLATE_NOOP("BusinessCalendar", "Nauryz") },
            { 5, 1, QT_TRANSLATE_NOOP("BusinessCalendar", "Unity Day of the People of Kazakhstan") },
            { 5, 7, QT_TRANSLATE_NOOP("BusinessCalendar", "Defender of the Fatherland Day") },
            { 5, 9, QT_TRANSLATE_NOOP("BusinessCalendar", "Victory Day") },
            { 7, 6, QT_TRANSLATE_NOOP("BusinessCalendar", "Capital Day") },
            { 8, 30, QT_TRANSLATE_NOOP("BusinessCalendar", "Constitution Day") },
            { 10, 25, QT_TRANSLATE_NOOP("BusinessCalendar", "Republic Day") },
            { 12, 16, QT_TRANSLATE_NOOP("BusinessCalendar", "Independence Day") } });
}

BusinessCalendar BusinessCalendar::ruStandard()
{
    const char *const newYear = QT_TRANSLATE_NOOP("BusinessCalendar", "New Year holidays");
    return workWeek(u"ru-standard"_s, QByteArrayLiteral("Europe/Moscow"), 2026,
        { { 1, 1, newYear }, { 1, 2, newYear }, { 1, 3, newYear }, { 1, 4, newYear }, { 1, 5, newYear },
            { 1, 6, newYear }, { 1, 7, QT_TRANSLATE_NOOP("BusinessCalendar", "Christmas") }, { 1, 8, newYear },
            { 2, 23, QT_TRANSLATE_NOOP("BusinessCalendar", "Defender of the Fatherland Day") },
            { 3, 8, QT_TRANSLATE_NOOP("BusinessCalendar", "International Women's Day") },
            { 5, 1, QT_TRANSLATE_NOOP("BusinessCalendar", "Spring and Labour Day") },
            { 5, 9, QT_TRANSLATE_NOOP("BusinessCalendar", "Victory Day") },
            { 6, 12, QT_TRANSLATE_NOOP("BusinessCalendar", "Russia Day") },
            { 11, 4, QT_TRANSLATE_NOOP("BusinessCalendar", "Unity Day") } });
}

void BusinessCalendar::invalidate()
{
    m_index = std::make_shared<Index>();
}

void BusinessCalendar::setTimeZoneId(const QByteArray &ianaId)
{
    m_zoneId = ianaId;
    m_zone = QTimeZone(ianaId);
    invalidate();
}

void BusinessCalendar::set24x7(bool on)
{
    m_24x7 = on;
    invalidate();
}

QList<WorkInterval> BusinessCalendar::intervals(int weekday) const
{
    return weekday >= 1 && weekday <= 7 ? m_week[size_t(weekday - 1)] : QList<WorkInterval>();
}

void BusinessCalendar::setIntervals(int weekday, QList<WorkInterval> intervals)
{
    if (weekday < 1 || weekday > 7)
        return;
    std::stable_sort(intervals.begin(), intervals.end(),
        [](const WorkInterval &a, const WorkInterval &b) { return a.startMinute < b.startMinute; });
    m_week[size_t(weekday - 1)] = std::move(intervals);
    invalidate();
}

void BusinessCalendar::addHoliday(QDate date, const QString &name)
{
    if (!date.isValid())
        return;
    m_transfers.remove(date);
    m_holidays.insert(date, name);
    invalidate();
}

void BusinessCalendar::addTransferredWorkday(QDate date, const QString &name)
{
    if (!date.isValid())
        return;
    m_holidays.remove(date);
    m_transfers.insert(date, name);
    invalidate();
}

void BusinessCalendar::removeDay(QDate date)
{
    m_holidays.remove(date);
    m_transfers.remove(date);
    invalidate();
}

void BusinessCalendar::clearDays()
{
    m_holidays.clear();
    m_transfers.clear();
    invalidate();
}

void BusinessCalendar::setTransferScheduleWeekday(int weekday)
{
    m_transferWeekday = weekday;
    invalidate();
}

Status BusinessCalendar::validate() const
{
    QStringList errors;
    if (m_name.trimmed().isEmpty())
        errors << QCoreApplication::translate("BusinessCalendar", "The calendar needs a name.");
    if (!m_zone.isValid())
        errors << QCoreApplication::translate("BusinessCalendar", "Unknown time zone “%1”.")
                      .arg(QString::fromUtf8(m_zoneId));
    if (m_transferWeekday < 1 || m_transferWeekday > 7)
        errors << QCoreApplication::translate(
            "BusinessCalendar", "Transferred working days must follow a weekday from 1 to 7.");
    for (int wd = 1; wd <= 7; ++wd) {
        const QList<WorkInterval> &list = m_week[size_t(wd - 1)];
        for (qsizetype i = 0; i < list.size(); ++i) {
            const WorkInterval &iv = list[i];
            if (iv.startMinute < 0 || iv.endMinute > 24 * 60 || iv.startMinute >= iv.endMinute) {
                errors << QCoreApplication::translate("BusinessCalendar",
                    "%1: interval %2–%3 must lie within 00:00–24:00 "
                    "and end after it starts.")
                              .arg(weekdayName(wd), hhmm(iv.startMinute), hhmm(iv.endMinute));
            } else if (i > 0 && iv.startMinute < list[i - 1].endMinute) {
                errors << QCoreApplication::translate("BusinessCalendar", "%1: intervals %2–%3 and %4–%5 overlap.")
                              .arg(weekdayName(wd), hhmm(list[i - 1].startMinute), hhmm(list[i - 1].endMinute),
                                  hhmm(iv.startMinute), hhmm(iv.endMinute));
            }
        }
    }
    if (!m_24x7 && !hasWeeklyWork())
        errors << QCoreApplication::translate("BusinessCalendar", "The weekly schedule has no working hours.");
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'));
    return {};
}

QList<WorkInterval> BusinessCalendar::workIntervals(QDate date) const
{
    if (!date.isValid())
        return {};
    if (m_24x7)
        return { { 0, 24 * 60 } };
    if (m_transfers.contains(date))
        return intervals(m_transferWeekday);
    if (m_holidays.contains(date))
        return {};
    return m_week[size_t(date.dayOfWeek() - 1)];
}

// workIntervals() made safe for arithmetic even on a calendar that does not
// validate: clamped to the day, sorted, overlaps merged.
QList<WorkInterval> BusinessCalendar::mergedIntervals(QDate date) const
{
    QList<WorkInterval> result;
    for (WorkInterval iv : workIntervals(date)) {
        iv.startMinute = std::clamp(iv.startMinute, 0, 24 * 60);
        iv.endMinute = std::clamp(iv.endMinute, 0, 24 * 60);
        if (iv.startMinute >= iv.endMinute)
            continue;
        if (!result.isEmpty() && iv.startMinute <= result.last().endMinute)
            result.last().endMinute = std::max(result.last().endMinute, iv.endMinute);
        else
            result.append(iv);
    }
    return result;
}

bool BusinessCalendar::hasWeeklyWork() const
{
    return std::any_of(m_week.begin(), m_week.end(), hasWork);
}

bool BusinessCalendar::isWorkingDay(QDate date) const
{
    return !mergedIntervals(date).isEmpty();
}

qint64 BusinessCalendar::addBusinessTime(qint64 startUtcSecs, qint64 businessSecs) const
{
    if (businessSecs <= 0)
        return startUtcSecs;
    if (m_24x7)
        return startUtcSecs > 0 && businessSecs > Never - startUtcSecs ? Never : startUtcSecs + businessSecs;
    if (businessSecs > Never / 2 || !hasWeeklyWork())
        return Never; // without weekly hours the transfer weekday has none either
    const qint64 start = std::clamp(startUtcSecs, kMinUtc, kMaxUtc);
    auto [y, idx] = m_index->locate(*this, start);
    qint64 target = idx->position(start) + businessSecs;
    while (target > idx->total()) {
        target -= idx->total();
        if (++y > kLastYear)
            return Never;
        idx = &m_index->year(*this, y);
    }
    return idx->instantAt(target);
}

qint64 BusinessCalendar::businessSecondsBetween(qint64 aUtc, qint64 bUtc) const
{
    const qint64 a = std::clamp(aUtc, kMinUtc, kMaxUtc);
    const qint64 b = std::clamp(bUtc, kMinUtc, kMaxUtc);
    if (b <= a)
        return 0;
    if (m_24x7)
        return b - a;
    const auto [ya, ia] = m_index->locate(*this, a);
    const auto [yb, ib] = m_index->locate(*this, b);
    if (ya == yb)
        return ib->position(b) - ia->position(a);
    qint64 sum = ia->total() - ia->position(a);
    for (int y = ya + 1; y < yb; ++y)
        sum += m_index->year(*this, y).total();
    return sum + ib->position(b);
}

QDate BusinessCalendar::addBusinessDays(QDate date, int n) const
{
    if (!date.isValid())
        return {};
    if (n == 0)
        return date;
    if (m_24x7)
        return date.addDays(n);
    const int step = n > 0 ? 1 : -1;
    qint64 left = qAbs(qint64(n));
    if (!hasWeeklyWork()) // then the transfer weekday has no hours either: nothing is ever worked
        return {};
    const qint64 perWeek = std::count_if(m_week.begin(), m_week.end(), hasWork);
    QDate d = date;
    while (left > 0) {
        // Jump whole weeks while no holiday or transfer lies in between:
        // seven consecutive days hold each weekday exactly once.
        if (left > perWeek) {
            qint64 weeks = (left - 1) / perWeek;
            const auto nextOf = [&](const QMap<QDate, QString> &days) {
                if (step > 0) {
                    const auto it = days.upperBound(d);
                    return it == days.end() ? QDate() : it.key();
                }
                const auto it = days.lowerBound(d);
                return it == days.begin() ? QDate() : std::prev(it).key();
            };
            for (const QDate s : { nextOf(m_holidays), nextOf(m_transfers) }) {
                if (s.isValid())
                    weeks = std::min(weeks, (qAbs(d.daysTo(s)) - 1) / 7);
            }
            if (weeks > 0) {
                d = d.addDays(step * 7 * weeks);
                if (!d.isValid())
                    return {};
                left -= weeks * perWeek;
                continue;
            }
        }
        d = d.addDays(step);
        if (!d.isValid())
            return {};
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

bool operator==(const BusinessCalendar &a, const BusinessCalendar &b)
{
    return a.m_name == b.m_name && a.m_zoneId == b.m_zoneId && a.m_week == b.m_week && a.m_holidays == b.m_holidays
        && a.m_transfers == b.m_transfers && a.m_transferWeekday == b.m_transferWeekday
        && a.m_checkedForYear == b.m_checkedForYear && a.m_24x7 == b.m_24x7;
}

} // namespace rapport
