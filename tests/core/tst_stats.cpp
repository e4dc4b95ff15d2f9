// The dashboard's pure statistics: median (mean of the two middle values
// for an even count), p90 by nearest rank, compliance with running targets
// in neither count, summaries in hours, and the period's weeks and months.
#include "metrics/periodbuckets.h"
#include "metrics/stats.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

using Values = std::vector<qint32>;
Q_DECLARE_METATYPE(Values)

class TestStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void median_data()
    {
        QTest::addColumn<Values>("values");
        QTest::addColumn<double>("expected");
        QTest::newRow("one") << Values { 7 } << 7.0;
        QTest::newRow("odd, unsorted") << Values { 9, 1, 5 } << 5.0;
        QTest::newRow("even: mean of the middle two") << Values { 4, 1, 3, 10 } << 3.5;
        QTest::newRow("even, two") << Values { 2, 3 } << 2.5;
        QTest::newRow("duplicates") << Values { 5, 5, 5, 1 } << 5.0;
        QTest::newRow("negative") << Values { -4, -2, 0, 8 } << -1.0;
    }
    void median()
    {
        QFETCH(Values, values);
        QFETCH(double, expected);
        QCOMPARE(stats::median(values), std::optional<double>(expected));
    }

    void medianOfNothing()
    {
        Values none;
        QCOMPARE(stats::median(none), std::nullopt);
        QCOMPARE(stats::nearestRank(none, 90), std::nullopt);
        const SampleStats s = stats::summarize(none);
        QCOMPARE(s.count, 0);
        QVERIFY(!s.meanHours && !s.medianHours && !s.p90Hours);
    }

    void nearestRank_data()
    {
        QTest::addColumn<Values>("values");
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("expected");
        // Rank ceil(0.9 × n): n = 10 → 9th smallest; n = 11 → 10th; n = 1 → the only one.
        QTest::newRow("ten") << Values { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 } << 90 << 9;
        QTest::newRow("eleven") << Values { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 } << 90 << 10;
        QTest::newRow("one") << Values { 42 } << 90 << 42;
        QTest::newRow("two: rank 2") << Values { 1, 100 } << 90 << 100;
        QTest::newRow("median rank of four") << Values { 4, 3, 2, 1 } << 50 << 2;
        QTest::newRow("100th percentile is the maximum") << Values { 3, 17, 5 } << 100 << 17;
    }
    void nearestRank()
    {
        QFETCH(Values, values);
        QFETCH(int, percent);
        QFETCH(int, expected);
        QCOMPARE(stats::nearestRank(values, percent), std::optional<qint32>(expected));
    }

    // Large samples take the counting path: it must agree with sorting.
    void largeSamplesMatchSorting_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("spread");
        QTest::newRow("odd, wide") << 100001 << 5'000'000;
        QTest::newRow("even, narrow, many equal") << 50000 << 40;
        QTest::newRow("even, just above the small size") << 2050 << 1'000'000;
        QTest::newRow("all equal") << 9000 << 0;
    }
    void largeSamplesMatchSorting()
    {
        QFETCH(int, size);
        QFETCH(int, spread);
        QRandomGenerator rng(size);
        Values values;
        for (int i = 0; i < size; ++i) {
            // Skewed like response times: most small, a long tail.
            const int v = spread == 0 ? 3600 : int(rng.bounded(spread + 1)) / (1 + int(rng.bounded(8)));
            values.push_back(v);
        }
        Values sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        const double median = n % 2 ? sorted[n / 2] : (double(sorted[n / 2 - 1]) + sorted[n / 2]) / 2.0;
        const qint32 p90 = sorted[size_t((90 * qint64(n) + 99) / 100) - 1];
        Values copy = values;
        QCOMPARE(stats::median(copy), std::optional<double>(median));
        copy = values;
        QCOMPARE(stats::nearestRank(copy, 90), std::optional<qint32>(p90));
        copy = values;
        const SampleStats s = stats::summarize(copy);
        QCOMPARE(s.count, size);
        QCOMPARE(*s.medianHours, median / 3600.0);
        QCOMPARE(*s.p90Hours, p90 / 3600.0);
    }

    void summarizeInHours()
    {
        Values seconds { 3600, 7200, 10800, 36000 };
        const SampleStats s = stats::summarize(seconds);
        QCOMPARE(s.count, 4);
        QCOMPARE(*s.meanHours, 4.0);
        QCOMPARE(*s.medianHours, 2.5);
        QCOMPARE(*s.p90Hours, 10.0);
    }

    void compliance_data()
    {
        QTest::addColumn<int>("met");
        QTest::addColumn<int>("breached");
        QTest::addColumn<double>("share");
        QTest::newRow("all met") << 4 << 0 << 1.0;
        QTest::newRow("three of four") << 3 << 1 << 0.75;
        QTest::newRow("none met") << 0 << 2 << 0.0;
        // Running tickets and tickets still within their target are in
        // neither count: with nothing decided there is no share.
        QTest::newRow("nothing decided") << 0 << 0 << -1.0;
    }
    void compliance()
    {
        QFETCH(int, met);
        QFETCH(int, breached);
        QFETCH(double, share);
        Compliance c { met, breached };
        QCOMPARE(c.decided(), met + breached);
        if (share < 0)
            QCOMPARE(c.share(), std::nullopt);
        else
            QCOMPARE(c.share(), std::optional<double>(share));
        Compliance sum;
        sum += c;
        sum += Compliance { 1, 0 };
        QCOMPARE(sum.met, met + 1);
        QCOMPARE(sum.breached, breached);
    }

    void rounding_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<double>("expected");
        QTest::newRow("hours up") << 1.8349 << 2 << 1.83;
        QTest::newRow("hours half away") << 2.125 << 2 << 2.13;
        QTest::newRow("share") << 0.97583 << 4 << 0.9758;
        QTest::newRow("negative") << -1.005 << 2 << -1.0;
    }
    void rounding()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(double, expected);
        QCOMPARE(stats::rounded(value, decimals), expected);
        QCOMPARE(stats::rounded(std::optional<double>(), decimals), std::nullopt);
    }

    void share()
    {
        QCOMPARE(stats::share(1, 4), std::optional<double>(0.25));
        QCOMPARE(stats::share(3, 0), std::nullopt);
    }

    void weeksAndMonths()
    {
        // 2025-12-29 (Monday) is in ISO week 1 of 2026; the period ends mid-February.
        const PeriodBuckets b(QDate(2025, 12, 27), QDate(2026, 2, 10), QTimeZone("Asia/Almaty"));
        QVERIFY(b.isValid());
        QCOMPARE(b.dayCount(), 46);
        QCOMPARE(b.weeks().first().key, u"2025-W52"_s);
        QCOMPARE(b.weeks().first().from, QDate(2025, 12, 27));
        QCOMPARE(b.weeks().first().to, QDate(2025, 12, 28));
        QCOMPARE(b.weeks().at(1).key, u"2026-W01"_s);
        QCOMPARE(b.weeks().at(1).from, QDate(2025, 12, 29));
        QCOMPARE(b.weeks().last().key, u"2026-W07"_s);
        QCOMPARE(b.weeks().last().to, QDate(2026, 2, 10));
        QCOMPARE(b.months().size(), 3);
        QCOMPARE(b.months().at(0).key, u"2025-12"_s);
        QCOMPARE(b.months().at(2).from, QDate(2026, 2, 1));
        QCOMPARE(b.months().at(2).to, QDate(2026, 2, 10));
        // 2026-01-01 00:30 in Almaty (UTC+5) is 2025-12-31 19:30 UTC.
        const qint64 instant = QDateTime(QDate(2025, 12, 31), QTime(19, 30), QTimeZone::utc()).toSecsSinceEpoch();
        const int day = b.dayOf(instant);
        QCOMPARE(day, 5);
        QCOMPARE(b.months().at(b.monthOfDay(day)).key, u"2026-01"_s);
        QCOMPARE(b.weeks().at(b.weekOfDay(day)).key, u"2026-W01"_s);
        QCOMPARE(b.dayOf(b.startSecs() - 1), -1);
        QCOMPARE(b.dayOf(b.endSecs()), -1);
        QCOMPARE(b.dayOf(b.endSecs() - 1), 45);
    }

    // A zone with daylight saving time: days of 23 and 25 hours.
    void daylightSavingDays()
    {
        const QTimeZone berlin("Europe/Berlin");
        const PeriodBuckets b(QDate(2026, 3, 28), QDate(2026, 3, 30), berlin);
        QCOMPARE(b.endSecs() - b.startSecs(), qint64(3 * 86400 - 3600));
        const qint64 mondayMorning = QDateTime(QDate(2026, 3, 30), QTime(0, 10), berlin).toSecsSinceEpoch();
        QCOMPARE(b.dayOf(mondayMorning), 2);
        const qint64 sundayLate = QDateTime(QDate(2026, 3, 29), QTime(23, 50), berlin).toSecsSinceEpoch();
        QCOMPARE(b.dayOf(sundayLate), 1);
    }

    void invalidPeriod()
    {
        QVERIFY(!PeriodBuckets(QDate(2026, 3, 2), QDate(2026, 3, 1), QTimeZone::utc()).isValid());
        QVERIFY(!PeriodBuckets(QDate(), QDate(2026, 3, 1), QTimeZone::utc()).isValid());
        const PeriodBuckets one(QDate(2026, 3, 1), QDate(2026, 3, 1), QTimeZone::utc());
        QCOMPARE(one.dayCount(), 1);
        QCOMPARE(one.weeks().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
