#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <array>
#include <limits>
#include <memory>

namespace rapport {

// A working interval of one day in local wall-clock minutes from midnight,
// half-open: [startMinute, endMinute). 09:00–18:00 is {540, 1080}.
struct WorkInterval
{
    int startMinute = 0;
    int endMinute = 0;

    friend bool operator==(const WorkInterval &, const WorkInterval &) = default;
};

// When the service works: an IANA time zone, a weekly schedule of working
// intervals, holidays (dates off) and transferred working days (dates worked
// that the schedule would leave off, decreed yearly in Russia and Kazakhstan).
// A value type; SLA due times and business-day deadlines are computed on it.
//
// Time arithmetic runs on a lazily built per-year index of working intervals
// in UTC, shared by copies and safe to read from several threads at once. As
// with any value type, one object must not be mutated while another thread
// reads it; copies are independent.
//
// Supported instants are those of the years 1900–2299; instants outside are
// clamped into that range, and a result beyond it is `Never`.
class BusinessCalendar
{
public:
    // "Never": addBusinessTime() on a calendar that has no working time left.
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();

    BusinessCalendar();
    explicit BusinessCalendar(QString name, QByteArray timeZoneId = QByteArrayLiteral("UTC"));

    // Built-in calendars.
    static BusinessCalendar twentyFourSeven();
    static BusinessCalendar kzStandard();
    static BusinessCalendar ruStandard();

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    const QByteArray &timeZoneId() const { return m_zoneId; }
    QTimeZone timeZone() const { return m_zone; }
    // An unknown zone computes as UTC; validate() reports it.
    void setTimeZoneId(const QByteArray &ianaId);

    // Always working, whatever the schedule, holidays and transfers say.
    bool is24x7() const { return m_24x7; }
    void set24x7(bool on);

    // weekday 1 = Monday … 7 = Sunday. Stored sorted by start; validate()
    // reports overlaps and out-of-range minutes.
    QList<WorkInterval> intervals(int weekday) const;
    void setIntervals(int weekday, QList<WorkInterval> intervals);

    const QMap<QDate, QString> &holidays() const { return m_holidays; }
    const QMap<QDate, QString> &transferredWorkdays() const { return m_transfers; }
    // A date is either a holiday or a transferred working day: adding it as
    // one removes it from the other.
    void addHoliday(QDate date, const QString &name);
    void addTransferredWorkday(QDate date, const QString &name);
    void removeDay(QDate date);
    void clearDays();

    // Which weekday's intervals a transferred working day follows (Monday by default).
    int transferScheduleWeekday() const { return m_transferWeekday; }
    void setTransferScheduleWeekday(int weekday);

    // The year whose holiday data was checked (0 when not applicable).
    int checkedForYear() const { return m_checkedForYear; }
    void setCheckedForYear(int year) { m_checkedForYear = year; }

    Status validate() const;

    // Local working intervals of a date after holidays and transfers.
    QList<WorkInterval> workIntervals(QDate date) const;
    bool isWorkingDay(QDate date) const;

    // The instant at which `businessSecs` of working time have elapsed after
    // `startUtcSecs`. Work finishing exactly at the end of an interval ends
    // there (Fri 17:00 + 1 h = Fri 18:00; Fri 18:00 + 1 s = Mon 09:00:01).
    // businessSecs <= 0 returns the start unchanged, even outside working
    // hours: nothing has to be done, so nothing waits for the next opening.
    qint64 addBusinessTime(qint64 startUtcSecs, qint64 businessSecs) const;
    // Working seconds in [aUtc, bUtc); 0 when b <= a.
    qint64 businessSecondsBetween(qint64 aUtc, qint64 bUtc) const;
    // The n-th working day after (n > 0) or before (n < 0) `date`; n == 0
    // returns `date` even if it is not a working day. An invalid QDate when
    // the calendar has no such working day.
    QDate addBusinessDays(QDate date, int n) const;

    friend bool operator==(const BusinessCalendar &a, const BusinessCalendar &b);

private:
    class Index;

    void invalidate();
    bool hasWeeklyWork() const;
    QList<WorkInterval> mergedIntervals(QDate date) const;

    QString m_name;
    QByteArray m_zoneId;
    QTimeZone m_zone;
    std::array<QList<WorkInterval>, 7> m_week;
    QMap<QDate, QString> m_holidays;
    QMap<QDate, QString> m_transfers;
    int m_transferWeekday = 1;
    int m_checkedForYear = 0;
    bool m_24x7 = false;
    std::shared_ptr<Index> m_index;
};

} // namespace rapport
