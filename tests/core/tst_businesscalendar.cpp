#include "calendar/businesscalendar.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using rapport::BusinessCalendar;
using rapport::WorkInterval;

namespace {

constexpr qint64 kHour = 3600;

// Europe/Berlin, 08:00–20:00 every day: DST changes fall on working Sundays.
BusinessCalendar berlin()
{
    BusinessCalendar cal(u"berlin"_s, QByteArrayLiteral("Europe/Berlin"));
    for (int wd = 1; wd <= 7; ++wd)
        cal.setIntervals(wd, { { 8 * 60, 20 * 60 } });
    return cal;
}

BusinessCalendar calendarNamed(const QString &key)
{
    if (key == u"kz")
        return BusinessCalendar::kzStandard();
    if (key == u"ru")
        return BusinessCalendar::ruStandard();
    if (key == u"24/7")
        return BusinessCalendar::twentyFourSeven();
    if (key == u"kz+transfer") {
        BusinessCalendar cal = BusinessCalendar::kzStandard();
        cal.addTransferredWorkday(QDate(2026, 2, 14), u"worked Saturday"_s);
        return cal;
    }
    if (key == u"berlin")
        return berlin();
    if (key == u"ny") {
        BusinessCalendar cal(u"ny"_s, QByteArrayLiteral("America/New_York"));
        for (int wd = 1; wd <= 5; ++wd)
            cal.setIntervals(wd, { { 9 * 60, 12 * 60 }, { 13 * 60, 17 * 60 } });
        return cal;
    }
    return BusinessCalendar();
}

// "yyyy-MM-dd HH:mm:ss" in the calendar's zone, or with a trailing Z in UTC.
qint64 instant(const BusinessCalendar &cal, const QString &text)
{
    const bool utc = text.endsWith(u'Z');
    const QDateTime local = QDateTime::fromString(utc ? text.chopped(1) : text, u"yyyy-MM-dd HH:mm:ss"_s);
    const QDateTime dt(local.date(), local.time(), utc ? QTimeZone::utc() : cal.timeZone());
    return dt.toSecsSinceEpoch();
}

QString show(const BusinessCalendar &cal, qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, cal.timeZone()).toString(Qt::ISODate);
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets()
    {
        const BusinessCalendar kz = BusinessCalendar::kzStandard();
        QCOMPARE(kz.name(), u"kz-standard"_s);
        QCOMPARE(kz.timeZoneId(), QByteArrayLiteral("Asia/Almaty"));
        QCOMPARE(kz.checkedForYear(), 2026);
        QCOMPARE(kz.intervals(1), (QList<WorkInterval> { { 540, 1080 } }));
        QVERIFY(kz.intervals(6).isEmpty());
        QVERIFY(kz.holidays().contains(QDate(2026, 3, 22)));
        QVERIFY(kz.validate().ok());

        const BusinessCalendar ru = BusinessCalendar::ruStandard();
        QCOMPARE(ru.name(), u"ru-standard"_s);
        QCOMPARE(ru.timeZoneId(), QByteArrayLiteral("Europe/Moscow"));
        QCOMPARE(ru.holidays().size(), 14);
        QVERIFY(ru.validate().ok());

        const BusinessCalendar all = BusinessCalendar::twentyFourSeven();
        QCOMPARE(all.name(), u"24/7"_s);
        QVERIFY(all.is24x7());
        QVERIFY(all.validate().ok());
    }

    void addBusinessTime_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("start");
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("expected");

        QTest::newRow("inside") << u"kz"_s << u"2026-02-10 10:00:00"_s << 2 * kHour << u"2026-02-10 12:00:00"_s;
        QTest::newRow("ends at close") << u"kz"_s << u"2026-02-06 17:00:00"_s << kHour << u"2026-02-06 18:00:00"_s;
        QTest::newRow("friday close +1s") << u"kz"_s << u"2026-02-06 18:00:00"_s << 1LL << u"2026-02-09 09:00:01"_s;
        QTest::newRow("across weekend") << u"kz"_s << u"2026-02-06 17:59:59"_s << 2LL << u"2026-02-09 09:00:01"_s;
        QTest::newRow("zero outside") << u"kz"_s << u"2026-02-07 12:00:00"_s << 0LL << u"2026-02-07 12:00:00"_s;
        QTest::newRow("negative") << u"kz"_s << u"2026-02-07 12:00:00"_s << -5LL << u"2026-02-07 12:00:00"_s;
        QTest::newRow("saturday") << u"kz"_s << u"2026-02-07 12:00:00"_s << 1LL << u"2026-02-09 09:00:01"_s;
        QTest::newRow("before open") << u"kz"_s << u"2026-02-12 07:00:00"_s << 9 * kHour << u"2026-02-12 18:00:00"_s;
        QTest::newRow("48 h") << u"kz"_s << u"2026-02-09 09:00:00"_s << 48 * kHour << u"2026-02-16 12:00:00"_s;
        QTest::newRow("holiday skipped") << u"kz"_s << u"2026-05-06 17:00:00"_s << 2 * kHour
                                         << u"2026-05-08 10:00:00"_s;
        QTest::newRow("new year holidays")
            << u"ru"_s << u"2025-12-31 17:00:00"_s << 2 * kHour << u"2026-01-09 10:00:00"_s;
        QTest::newRow("transfer worked") << u"kz+transfer"_s << u"2026-02-13 17:00:00"_s << 2 * kHour
                                         << u"2026-02-14 10:00:00"_s;
        QTest::newRow("lunch break") << u"ny"_s << u"2026-02-10 11:30:00"_s << kHour << u"2026-02-10 13:30:00"_s;
        QTest::newRow("24/7") << u"24/7"_s << u"2026-02-07 23:00:00Z"_s << 2 * kHour << u"2026-02-08 01:00:00Z"_s;
        QTest::newRow("spring forward") << u"berlin"_s << u"2026-03-28 18:00:00Z"_s << 2 * kHour
                                        << u"2026-03-29 07:00:00Z"_s;
        QTest::newRow("fall back") << u"berlin"_s << u"2026-10-24 17:00:00Z"_s << 2 * kHour
                                   << u"2026-10-25 08:00:00Z"_s;
        QTest::newRow("ny spring forward")
            << u"ny"_s << u"2026-03-06 21:30:00Z"_s << kHour << u"2026-03-09 13:30:00Z"_s;
    }

    void addBusinessTime()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, start);
        QFETCH(qint64, secs);
        QFETCH(QString, expected);
        const BusinessCalendar cal = calendarNamed(calendar);
        const qint64 result = cal.addBusinessTime(instant(cal, start), secs);
        QCOMPARE(show(cal, result), show(cal, instant(cal, expected)));
        if (secs > 0)
            QCOMPARE(cal.businessSecondsBetween(instant(cal, start), result), secs);
    }

    void dstDayLength_data()
    {
        QTest::addColumn<int>("startMinute");
        QTest::addColumn<int>("endMinute");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("spring whole day") << 0 << 1440 << QDate(2026, 3, 29) << 23 * kHour;
        QTest::newRow("fall whole day") << 0 << 1440 << QDate(2026, 10, 25) << 25 * kHour;
        QTest::newRow("plain whole day") << 0 << 1440 << QDate(2026, 3, 22) << 24 * kHour;
        QTest::newRow("spring 01-04") << 60 << 240 << QDate(2026, 3, 29) << 2 * kHour;
        QTest::newRow("fall 01-04") << 60 << 240 << QDate(2026, 10, 25) << 4 * kHour;
        // 02:30 does not exist that night: work starts when the clock shows 03:00.
        QTest::newRow("start in gap") << 150 << 240 << QDate(2026, 3, 29) << kHour;
    }

    void dstDayLength()
    {
        QFETCH(int, startMinute);
        QFETCH(int, endMinute);
        QFETCH(QDate, date);
        QFETCH(qint64, expected);
        BusinessCalendar cal(u"sundays"_s, QByteArrayLiteral("Europe/Berlin"));
        cal.setIntervals(7, { { startMinute, endMinute } });
        const QTimeZone berlinZone(QByteArrayLiteral("Europe/Berlin"));
        const qint64 from = QDateTime(date, QTime(0, 0), berlinZone).toSecsSinceEpoch();
        const qint64 to = QDateTime(date.addDays(1), QTime(0, 0), berlinZone).toSecsSinceEpoch();
        QCOMPARE(cal.businessSecondsBetween(from, to), expected);
        // The Sunday before has no clock change: its full length adds up.
        QCOMPARE(cal.businessSecondsBetween(from - 7 * 86400, to), expected + (endMinute - startMinute) * 60);
    }

    void between_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("reversed") << u"kz"_s << u"2026-02-10 12:00:00"_s << u"2026-02-10 10:00:00"_s << 0LL;
        QTest::newRow("equal") << u"kz"_s << u"2026-02-10 12:00:00"_s << u"2026-02-10 12:00:00"_s << 0LL;
        QTest::newRow("weekend") << u"kz"_s << u"2026-02-07 00:00:00"_s << u"2026-02-09 00:00:00"_s << 0LL;
        QTest::newRow("week") << u"kz"_s << u"2026-02-09 00:00:00"_s << u"2026-02-16 00:00:00"_s << 45 * kHour;
        QTest::newRow("holiday week") << u"kz"_s << u"2026-05-04 00:00:00"_s << u"2026-05-11 00:00:00"_s << 36 * kHour;
        QTest::newRow("year 2026 ru") << u"ru"_s << u"2026-01-01 00:00:00"_s << u"2027-01-01 00:00:00"_s
                                      << (261 - 10) * 9 * kHour;
        QTest::newRow("24/7") << u"24/7"_s << u"2026-01-01 00:00:00Z"_s << u"2026-01-03 00:00:00Z"_s << 48 * kHour;
    }

    void between()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(qint64, expected);
        const BusinessCalendar cal = calendarNamed(calendar);
        QCOMPARE(cal.businessSecondsBetween(instant(cal, a), instant(cal, b)), expected);
    }

    void randomConsistency_data()
    {
        QTest::addColumn<QString>("calendar");
        for (const QString &name : { u"kz"_s, u"ru"_s, u"kz+transfer"_s, u"berlin"_s, u"ny"_s, u"24/7"_s })
            QTest::newRow(qPrintable(name)) << name;
    }

    void randomConsistency()
    {
        QFETCH(QString, calendar);
        const BusinessCalendar cal = calendarNamed(calendar);
        QRandomGenerator rng(20260101);
        const qint64 from = instant(cal, u"2025-06-01 00:00:00Z"_s);
        for (int i = 0; i < 3000; ++i) {
            const qint64 a = from + qint64(rng.bounded(3 * 365 * 86400));
            const qint64 span = qint64(rng.bounded(200 * 3600)) + 1;
            const qint64 end = cal.addBusinessTime(a, span);
            QVERIFY2(end > a, qPrintable(show(cal, a)));
            QCOMPARE(cal.businessSecondsBetween(a, end), span);
            QCOMPARE(cal.addBusinessTime(a, span + 1) > end, true);

            const qint64 b = a + qint64(rng.bounded(30 * 86400));
            const qint64 work = cal.businessSecondsBetween(a, b);
            const qint64 reached = cal.addBusinessTime(a, work);
            QVERIFY(reached <= b);
            QCOMPARE(cal.businessSecondsBetween(reached, b), 0);
            const qint64 mid = a + (b - a) / 2;
            QCOMPARE(cal.businessSecondsBetween(a, mid) + cal.businessSecondsBetween(mid, b), work);
        }
    }

    void addBusinessDays_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");

        QTest::newRow("zero") << u"kz"_s << QDate(2026, 2, 7) << 0 << QDate(2026, 2, 7);
        QTest::newRow("next") << u"kz"_s << QDate(2026, 2, 10) << 1 << QDate(2026, 2, 11);
        QTest::newRow("over weekend") << u"kz"_s << QDate(2026, 2, 6) << 1 << QDate(2026, 2, 9);
        QTest::newRow("over holiday") << u"kz"_s << QDate(2026, 5, 6) << 1 << QDate(2026, 5, 8);
        QTest::newRow("holiday+weekend") << u"kz"_s << QDate(2026, 5, 8) << 1 << QDate(2026, 5, 11);
        QTest::newRow("back over holiday") << u"kz"_s << QDate(2026, 5, 8) << -1 << QDate(2026, 5, 6);
        QTest::newRow("ru new year") << u"ru"_s << QDate(2025, 12, 30) << 3 << QDate(2026, 1, 12);
        QTest::newRow("ru back") << u"ru"_s << QDate(2026, 1, 12) << -3 << QDate(2025, 12, 30);
        QTest::newRow("transfer") << u"kz+transfer"_s << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
        QTest::newRow("from weekend back") << u"kz"_s << QDate(2026, 2, 8) << -1 << QDate(2026, 2, 6);
        QTest::newRow("24/7") << u"24/7"_s << QDate(2026, 2, 7) << 2 << QDate(2026, 2, 9);
        QTest::newRow("invalid date") << u"kz"_s << QDate() << 1 << QDate();
    }

    void addBusinessDays()
    {
        QFETCH(QString, calendar);
        QFETCH(QDate, date);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        QCOMPARE(calendarNamed(calendar).addBusinessDays(date, n), expected);
    }

    // The week-skipping shortcut agrees with stepping one day at a time.
    void addBusinessDaysMatchesStepping()
    {
        const BusinessCalendar cal = calendarNamed(u"kz+transfer"_s);
        QRandomGenerator rng(7);
        for (int i = 0; i < 400; ++i) {
            const QDate start = QDate(2025, 1, 1).addDays(rng.bounded(3 * 365));
            const int n = rng.bounded(801) - 400;
            QDate d = start;
            for (int left = qAbs(n); left > 0;) {
                d = d.addDays(n > 0 ? 1 : -1);
                if (cal.isWorkingDay(d))
                    --left;
            }
            QCOMPARE(cal.addBusinessDays(start, n), d);
        }
        QCOMPARE(cal.addBusinessDays(QDate(2026, 1, 1), 100000).isValid(), true);
    }

    void isWorkingDay_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");

        QTest::newRow("monday") << u"kz"_s << QDate(2026, 2, 9) << true;
        QTest::newRow("saturday") << u"kz"_s << QDate(2026, 2, 7) << false;
        QTest::newRow("holiday") << u"kz"_s << QDate(2026, 12, 16) << false;
        QTest::newRow("ru christmas") << u"ru"_s << QDate(2026, 1, 7) << false;
        QTest::newRow("transfer") << u"kz+transfer"_s << QDate(2026, 2, 14) << true;
        QTest::newRow("24/7 sunday") << u"24/7"_s << QDate(2026, 2, 8) << true;
        QTest::newRow("invalid") << u"kz"_s << QDate() << false;
    }

    void isWorkingDay()
    {
        QFETCH(QString, calendar);
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(calendarNamed(calendar).isWorkingDay(date), working);
    }

    void holidayAndTransferExclusive()
    {
        BusinessCalendar cal = BusinessCalendar::kzStandard();
        cal.addTransferredWorkday(QDate(2026, 3, 8), u"worked"_s);
        QVERIFY(!cal.holidays().contains(QDate(2026, 3, 8)));
        QVERIFY(cal.isWorkingDay(QDate(2026, 3, 8)));
        cal.addHoliday(QDate(2026, 3, 8), u"off"_s);
        QVERIFY(!cal.transferredWorkdays().contains(QDate(2026, 3, 8)));
        QVERIFY(!cal.isWorkingDay(QDate(2026, 3, 8)));
    }

    void validate_data()
    {
        QTest::addColumn<QList<WorkInterval>>("monday");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("error");

        const QByteArray almaty = QByteArrayLiteral("Asia/Almaty");
        QTest::newRow("ok") << QList<WorkInterval> { { 540, 780 }, { 840, 1080 } } << almaty << QString();
        QTest::newRow("touching ok") << QList<WorkInterval> { { 540, 780 }, { 780, 1080 } } << almaty << QString();
        QTest::newRow("overlap") << QList<WorkInterval> { { 540, 800 }, { 780, 1080 } } << almaty << u"overlap"_s;
        QTest::newRow("reversed") << QList<WorkInterval> { { 1080, 540 } } << almaty << u"end after it starts"_s;
        QTest::newRow("empty interval") << QList<WorkInterval> { { 600, 600 } } << almaty << u"end after it starts"_s;
        QTest::newRow("past midnight") << QList<WorkInterval> { { 540, 1500 } } << almaty << u"00:00–24:00"_s;
        QTest::newRow("negative") << QList<WorkInterval> { { -60, 600 } } << almaty << u"00:00–24:00"_s;
        QTest::newRow("no hours") << QList<WorkInterval> {} << almaty << u"no working hours"_s;
        QTest::newRow("bad zone") << QList<WorkInterval> { { 540, 1080 } } << QByteArrayLiteral("Mars/Olympus")
                                  << u"Unknown time zone"_s;
    }

    void validate()
    {
        QFETCH(QList<WorkInterval>, monday);
        QFETCH(QByteArray, zone);
        QFETCH(QString, error);
        BusinessCalendar cal(u"custom"_s, zone);
        cal.setIntervals(1, monday);
        const rapport::Status status = cal.validate();
        QCOMPARE(status.ok(), error.isEmpty());
        if (!error.isEmpty())
            QVERIFY2(status.error().contains(error), qPrintable(status.error()));
    }

    // Arithmetic stays defined (no hang, no crash) on calendars that do not validate.
    void degenerateCalendars()
    {
        BusinessCalendar none(u"none"_s);
        QCOMPARE(none.addBusinessTime(0, 1), BusinessCalendar::Never);
        QCOMPARE(none.businessSecondsBetween(0, 86400 * 365), 0);
        QCOMPARE(none.addBusinessDays(QDate(2026, 1, 1), 1), QDate());

        BusinessCalendar tuesdays(u"tuesdays"_s);
        tuesdays.setIntervals(1, { { 1440, 0 } }); // invalid, so no work on Mondays
        tuesdays.setIntervals(2, { { 540, 1080 } });
        QCOMPARE(tuesdays.addBusinessDays(QDate(2026, 1, 1), 1), QDate(2026, 1, 6));
        QCOMPARE(tuesdays.addBusinessDays(QDate(2026, 1, 1), -1), QDate(2025, 12, 30));

        // Transfers follow Monday's hours; with none, nothing is ever worked.
        BusinessCalendar onlyTransfers(u"only transfers"_s);
        onlyTransfers.addTransferredWorkday(QDate(2026, 6, 6), u"a"_s);
        QVERIFY(!onlyTransfers.isWorkingDay(QDate(2026, 6, 6)));
        QCOMPARE(onlyTransfers.addBusinessDays(QDate(2026, 1, 1), 2), QDate());
        QCOMPARE(onlyTransfers.addBusinessTime(0, 1), BusinessCalendar::Never);

        BusinessCalendar overlapping(u"overlap"_s);
        overlapping.setIntervals(1, { { 540, 800 }, { 600, 1080 }, { -10, 30 } });
        QCOMPARE(overlapping.businessSecondsBetween(
                     instant(overlapping, u"2026-02-09 00:00:00Z"_s), instant(overlapping, u"2026-02-10 00:00:00Z"_s)),
            (30 + 540) * 60);

        const BusinessCalendar kz = BusinessCalendar::kzStandard();
        const qint64 huge = std::numeric_limits<qint64>::max();
        QCOMPARE(kz.addBusinessTime(0, huge), BusinessCalendar::Never);
        QCOMPARE(kz.addBusinessTime(-huge, 1) > -huge, true);
        QVERIFY(kz.businessSecondsBetween(-huge, huge) > 0);
        QCOMPARE(BusinessCalendar::twentyFourSeven().addBusinessTime(huge - 5, 10), BusinessCalendar::Never);
    }

    void copiesAreIndependent()
    {
        BusinessCalendar a = BusinessCalendar::kzStandard();
        const qint64 start = instant(a, u"2026-02-06 17:00:00"_s);
        const qint64 before = a.addBusinessTime(start, 2 * kHour);
        BusinessCalendar b = a;
        b.addTransferredWorkday(QDate(2026, 2, 7), u"worked"_s);
        QCOMPARE(a.addBusinessTime(start, 2 * kHour), before);
        QCOMPARE(b.addBusinessTime(start, 2 * kHour), instant(a, u"2026-02-07 10:00:00"_s));
        QVERIFY(!(a == b));
        b.removeDay(QDate(2026, 2, 7));
        QVERIFY(a == b);
    }

    void concurrentReaders()
    {
        const BusinessCalendar cal = BusinessCalendar::ruStandard();
        const qint64 start = instant(cal, u"2026-01-01 00:00:00Z"_s);
        std::vector<qint64> results(4);
        std::vector<std::thread> threads;
        for (size_t t = 0; t < results.size(); ++t) {
            threads.emplace_back([&, t] {
                qint64 sum = 0;
                for (int i = 0; i < 20000; ++i)
                    sum += cal.addBusinessTime(start + i * 3607, 40 * kHour) - start;
                results[t] = sum;
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (qint64 r : results)
            QCOMPARE(r, results.front());
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
