// Unused included hours: per month, and the flag after 2+ months over the threshold (seed 002).
#include "billing/unusedhours.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

using Usage = QList<MonthUsage>;

namespace {

Usage months(std::initializer_list<std::pair<int, int>> pairs, QDate first = QDate(2026, 1, 1))
{
    Usage out;
    QDate m = first;
    for (const auto &[included, used] : pairs) {
        out.append(MonthUsage { m, included, used });
        m = m.addMonths(1);
    }
    return out;
}

} // namespace

class TestUnusedHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flag_data()
    {
        QTest::addColumn<Usage>("usage");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("consecutive");
        QTest::addColumn<int>("streak");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("two months mostly unused") << months({ { 600, 100 }, { 600, 200 } }) << 50 << 2 << 2 << true;
        QTest::newRow("one month only") << months({ { 600, 600 }, { 600, 100 } }) << 50 << 2 << 1 << false;
        QTest::newRow("exactly half is not more") << months({ { 600, 300 }, { 600, 300 } }) << 50 << 2 << 0 << false;
        QTest::newRow("one minute past half") << months({ { 600, 299 }, { 600, 299 } }) << 50 << 2 << 2 << true;
        QTest::newRow("streak broken by the latest month")
            << months({ { 600, 0 }, { 600, 0 }, { 600, 600 } }) << 50 << 2 << 0 << false;
        QTest::newRow("old streak, new streak")
            << months({ { 600, 0 }, { 600, 600 }, { 600, 0 }, { 600, 0 }, { 600, 0 } }) << 50 << 2 << 3 << true;
        QTest::newRow("nothing included breaks it")
            << months({ { 600, 0 }, { 0, 0 }, { 600, 0 } }) << 50 << 2 << 1 << false;
        QTest::newRow("overage is not unused") << months({ { 600, 900 }, { 600, 900 } }) << 50 << 2 << 0 << false;
        QTest::newRow("custom threshold 30 %") << months({ { 1000, 650 }, { 1000, 600 } }) << 30 << 2 << 2 << true;
        QTest::newRow("custom threshold 80 %") << months({ { 1000, 250 }, { 1000, 150 } }) << 80 << 2 << 1 << false;
        QTest::newRow("three months required") << months({ { 600, 0 }, { 600, 0 } }) << 50 << 3 << 2 << false;
        QTest::newRow("three months met") << months({ { 600, 0 }, { 600, 0 }, { 600, 0 } }) << 50 << 3 << 3 << true;
        QTest::newRow("threshold 0: any unused minute")
            << months({ { 600, 599 }, { 600, 599 } }) << 0 << 2 << 2 << true;
        QTest::newRow("threshold 100: never") << months({ { 600, 0 }, { 600, 0 } }) << 100 << 2 << 0 << false;
        QTest::newRow("no months") << Usage() << 50 << 2 << 0 << false;
        QTest::newRow("across the new year")
            << months({ { 600, 0 }, { 600, 0 } }, QDate(2025, 12, 1)) << 50 << 2 << 2 << true;
    }

    void flag()
    {
        QFETCH(Usage, usage);
        QFETCH(int, threshold);
        QFETCH(int, consecutive);
        QFETCH(int, streak);
        QFETCH(bool, flagged);
        const auto a = UnusedHours::assess(usage, UnusedHoursConfig { threshold, consecutive });
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->months.size(), usage.size());
        QCOMPARE(a->streakMonths, streak);
        QCOMPARE(a->flagged, flagged);
        if (flagged) {
            QCOMPARE(a->suggestionKey, u"propose_development_or_smaller_tariff"_s);
            QCOMPARE(a->suggestionText, u"Propose development work or a smaller tariff"_s);
        } else {
            QVERIFY(a->suggestionKey.isEmpty());
            QVERIFY(a->suggestionText.isEmpty());
        }
    }

    void monthFigures()
    {
        const auto a = UnusedHours::assess(months({ { 600, 150 }, { 600, 700 }, { 0, 30 }, { 900, 899 } }));
        QVERIFY(a.ok());
        const QList<UnusedHoursMonth> expected {
            { QDate(2026, 1, 1), 600, 150, 450, 7500, true, 0, 0, 0 },
            { QDate(2026, 2, 1), 600, 700, 0, 0, false, 0, 0, 0 },
            { QDate(2026, 3, 1), 0, 30, 0, 0, false, 0, 0, 0 },
            { QDate(2026, 4, 1), 900, 899, 1, 11, false, 0, 0, 0 },
        };
        QCOMPARE(a->months, expected);
        QVERIFY(!a->flagged);
    }

    void withRollover()
    {
        // One month of carry-over, used oldest first: February's work takes
        // January's 450 left-over minutes, then 250 of its own; the flag
        // still looks at each month's own share.
        const auto a = UnusedHours::assess(
            months({ { 600, 150 }, { 600, 700 }, { 600, 100 }, { 600, 200 } }), UnusedHoursConfig(), 1);
        QVERIFY(a.ok());
        QCOMPARE(a->months.at(0).carriedForwardMinutes, 450);
        QCOMPARE(a->months.at(1).rolloverAvailableMinutes, 450);
        QCOMPARE(a->months.at(1).rolloverExpiredMinutes, 0);
        QCOMPARE(a->months.at(1).carriedForwardMinutes, 350);
        QCOMPARE(a->months.at(1).unusedMinutes, 0);
        QCOMPARE(a->months.at(2).rolloverExpiredMinutes, 250);
        QCOMPARE(a->months.at(2).carriedForwardMinutes, 600);
        QCOMPARE(a->months.at(3).rolloverAvailableMinutes, 600);
        QCOMPARE(a->months.at(3).rolloverExpiredMinutes, 400);
        QVERIFY(a->flagged);
        QCOMPARE(a->streakMonths, 2);
        QVERIFY(!UnusedHours::assess(months({ { 600, 0 } }), UnusedHoursConfig(), -1).ok());
    }

    void defaults()
    {
        const UnusedHoursConfig c;
        QCOMPARE(c.thresholdPercent, 50);
        QCOMPARE(c.consecutiveMonths, 2);
        QCOMPARE(UnusedHours::suggestionKey(), u"propose_development_or_smaller_tariff"_s);
    }

    void invalid_data()
    {
        QTest::addColumn<Usage>("usage");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("consecutive");
        QTest::newRow("threshold below 0") << months({ { 600, 0 } }) << -1 << 2;
        QTest::newRow("threshold above 100") << months({ { 600, 0 } }) << 101 << 2;
        QTest::newRow("zero months") << months({ { 600, 0 } }) << 50 << 0;
        QTest::newRow("negative used") << months({ { 600, -1 } }) << 50 << 2;
        QTest::newRow("gap") << Usage { MonthUsage { QDate(2026, 1, 1), 600, 0 },
            MonthUsage { QDate(2026, 3, 1), 600, 0 } }
                             << 50 << 2;
        QTest::newRow("mid-month") << Usage { MonthUsage { QDate(2026, 1, 15), 600, 0 } } << 50 << 2;
    }

    void invalid()
    {
        QFETCH(Usage, usage);
        QFETCH(int, threshold);
        QFETCH(int, consecutive);
        const auto a = UnusedHours::assess(usage, UnusedHoursConfig { threshold, consecutive });
        QVERIFY(!a.ok());
        QVERIFY(!a.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUnusedHours)
#include "tst_unusedhours.moc"
