// Rollover of unused included minutes: carried N months, oldest first, then expired.
#include "billing/rolloverledger.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

using Usage = QList<MonthUsage>;
using Rows = QList<RolloverMonth>;

namespace {

// Consecutive months from January 2026: {included, used} pairs.
Usage months(std::initializer_list<std::pair<int, int>> pairs)
{
    Usage out;
    QDate m(2026, 1, 1);
    for (const auto &[included, used] : pairs) {
        out.append(MonthUsage { m, included, used });
        m = m.addMonths(1);
    }
    return out;
}

// Expected rows: {unused, available, consumed, expired, overage, carried}.
Rows expect(const Usage &usage, std::initializer_list<std::array<int, 6>> values)
{
    Rows out;
    qsizetype i = 0;
    for (const auto &v : values) {
        const MonthUsage &u = usage.at(i++);
        out.append(RolloverMonth { u.month, u.includedMinutes, u.usedMinutes, v[0], v[1], v[2], v[3], v[4], v[5] });
    }
    return out;
}

} // namespace

class TestRolloverLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ledger_data()
    {
        QTest::addColumn<Usage>("usage");
        QTest::addColumn<int>("rolloverMonths");
        QTest::addColumn<Rows>("expected");

        // unused, available, consumed, expired, overage, carried
        Usage u = months({ { 600, 200 }, { 600, 900 }, { 600, 1000 } });
        QTest::newRow("no rollover") << u << 0
                                     << expect(u,
                                            { { 400, 0, 0, 0, 0, 0 }, { 0, 0, 0, 0, 300, 0 }, { 0, 0, 0, 0, 400, 0 } });

        u = months({ { 600, 200 }, { 600, 900 }, { 600, 1000 } });
        QTest::newRow("one month, used up")
            << u << 1
            << expect(u, { { 400, 0, 0, 0, 0, 400 }, { 0, 400, 400, 0, 0, 100 }, { 0, 100, 100, 0, 300, 0 } });

        // Month 2 uses the carry-over of month 1 first (oldest first), so
        // month 2's own 600 minutes are what carries into month 3.
        u = months({ { 600, 0 }, { 600, 600 }, { 600, 600 }, { 600, 1200 } });
        QTest::newRow("oldest first keeps a buffer") << u << 1
                                                     << expect(u,
                                                            { { 600, 0, 0, 0, 0, 600 }, { 0, 600, 600, 0, 0, 600 },
                                                                { 0, 600, 600, 0, 0, 600 }, { 0, 600, 600, 0, 0, 0 } });

        u = months({ { 600, 100 }, { 600, 100 }, { 600, 0 } });
        QTest::newRow("expires after one month")
            << u << 1
            << expect(u, { { 500, 0, 0, 0, 0, 500 }, { 500, 500, 100, 400, 0, 600 }, { 600, 600, 0, 600, 0, 600 } });

        u = months({ { 600, 0 }, { 600, 0 }, { 600, 0 }, { 600, 2000 } });
        QTest::newRow("two months, stacked") << u << 2
                                             << expect(u,
                                                    { { 600, 0, 0, 0, 0, 600 }, { 600, 600, 0, 0, 0, 1200 },
                                                        { 600, 1200, 0, 600, 0, 1200 }, { 0, 1200, 1200, 0, 200, 0 } });

        // Month 1's minutes are valid in months 2–3; month 4 sees only months 2–3.
        u = months({ { 300, 0 }, { 300, 400 }, { 300, 0 }, { 300, 900 }, { 0, 0 } });
        QTest::newRow("three months, partial use")
            << u << 2
            << expect(u,
                   { { 300, 0, 0, 0, 0, 300 }, { 0, 300, 300, 0, 0, 200 }, { 300, 200, 0, 0, 0, 500 },
                       { 0, 500, 500, 0, 100, 0 }, { 0, 0, 0, 0, 0, 0 } });

        u = months({ { 600, 600 } });
        QTest::newRow("exactly included") << u << 3 << expect(u, { { 0, 0, 0, 0, 0, 0 } });

        u = months({ { 0, 90 }, { 0, 0 } });
        QTest::newRow("nothing included") << u << 3 << expect(u, { { 0, 0, 0, 0, 90, 0 }, { 0, 0, 0, 0, 0, 0 } });

        QTest::newRow("empty") << Usage() << 2 << Rows();

        // A tariff change: the smaller allowance still uses the carry-over.
        u = months({ { 1200, 200 }, { 300, 800 } });
        QTest::newRow("tariff change") << u << 1
                                       << expect(u, { { 1000, 0, 0, 0, 0, 1000 }, { 0, 1000, 800, 200, 0, 300 } });

        // Across a year boundary.
        Usage y { MonthUsage { QDate(2025, 12, 1), 600, 0 }, MonthUsage { QDate(2026, 1, 1), 600, 1300 } };
        QTest::newRow("new year") << y << 1 << expect(y, { { 600, 0, 0, 0, 0, 600 }, { 0, 600, 600, 0, 100, 0 } });
    }

    void ledger()
    {
        QFETCH(Usage, usage);
        QFETCH(int, rolloverMonths);
        QFETCH(Rows, expected);
        const auto rows = RolloverLedger::compute(usage, rolloverMonths);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const RolloverMonth &r = rows->at(i);
            const RolloverMonth &e = expected.at(i);
            const QByteArray where = r.month.toString(u"yyyy-MM"_s).toUtf8();
            QVERIFY2(r.month == e.month, where.constData());
            QVERIFY2(r.unusedMinutes == e.unusedMinutes, where.constData());
            QVERIFY2(r.rolloverAvailableMinutes == e.rolloverAvailableMinutes, where.constData());
            QVERIFY2(r.rolloverConsumedMinutes == e.rolloverConsumedMinutes, where.constData());
            QVERIFY2(r.rolloverExpiredMinutes == e.rolloverExpiredMinutes, where.constData());
            QVERIFY2(r.overageMinutes == e.overageMinutes, where.constData());
            QVERIFY2(r.carriedForwardMinutes == e.carriedForwardMinutes, where.constData());
            QCOMPARE(r, e);
            // Conservation: what was available is consumed, expired or carried.
            const int ownLeft = r.includedMinutes
                - std::min(r.includedMinutes, std::max(0, r.usedMinutes - r.rolloverConsumedMinutes));
            QCOMPARE(r.rolloverAvailableMinutes + (rolloverMonths > 0 ? ownLeft : 0),
                r.rolloverConsumedMinutes + r.rolloverExpiredMinutes + r.carriedForwardMinutes);
            QCOMPARE(r.overageMinutes, std::max(0, r.usedMinutes - r.includedMinutes - r.rolloverAvailableMinutes));
        }
        // Deterministic.
        QCOMPARE(*RolloverLedger::compute(usage, rolloverMonths), *rows);
    }

    void invalid_data()
    {
        QTest::addColumn<Usage>("usage");
        QTest::addColumn<int>("rolloverMonths");
        QTest::newRow("negative rollover") << months({ { 600, 0 } }) << -1;
        QTest::newRow("rollover too long") << months({ { 600, 0 } }) << 121;
        QTest::newRow("not the first day") << Usage { MonthUsage { QDate(2026, 1, 2), 600, 0 } } << 1;
        QTest::newRow("invalid date") << Usage { MonthUsage { QDate(), 600, 0 } } << 1;
        QTest::newRow("negative used") << months({ { 600, -1 } }) << 1;
        QTest::newRow("negative included") << months({ { -600, 0 } }) << 1;
        QTest::newRow("huge") << months({ { 600, 20'000'000 } }) << 1;
        QTest::newRow("gap") << Usage { MonthUsage { QDate(2026, 1, 1), 600, 0 },
            MonthUsage { QDate(2026, 3, 1), 600, 0 } }
                             << 1;
        QTest::newRow("repeated month") << Usage { MonthUsage { QDate(2026, 1, 1), 600, 0 },
            MonthUsage { QDate(2026, 1, 1), 600, 0 } }
                                        << 1;
        QTest::newRow("backwards") << Usage { MonthUsage { QDate(2026, 2, 1), 600, 0 },
            MonthUsage { QDate(2026, 1, 1), 600, 0 } }
                                   << 1;
    }

    void invalid()
    {
        QFETCH(Usage, usage);
        QFETCH(int, rolloverMonths);
        const auto rows = RolloverLedger::compute(usage, rolloverMonths);
        QVERIFY(!rows.ok());
        QVERIFY(!rows.error().isEmpty());
    }

    void availableAtStart_data()
    {
        QTest::addColumn<Usage>("previous");
        QTest::addColumn<int>("rolloverMonths");
        QTest::addColumn<QDate>("month");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("available");
        QTest::newRow("no history") << Usage() << 2 << QDate(2026, 1, 1) << true << 0;
        QTest::newRow("carried") << months({ { 600, 0 }, { 600, 100 } }) << 2 << QDate(2026, 3, 1) << true << 1100;
        QTest::newRow("no rollover") << months({ { 600, 0 } }) << 0 << QDate(2026, 2, 1) << true << 0;
        QTest::newRow("gap") << months({ { 600, 0 } }) << 2 << QDate(2026, 3, 1) << false << 0;
        QTest::newRow("not the first") << months({ { 600, 0 } }) << 2 << QDate(2026, 2, 2) << false << 0;
        QTest::newRow("bad history") << months({ { 600, -5 } }) << 2 << QDate(2026, 2, 1) << false << 0;
    }

    void availableAtStart()
    {
        QFETCH(Usage, previous);
        QFETCH(int, rolloverMonths);
        QFETCH(QDate, month);
        QFETCH(bool, ok);
        QFETCH(int, available);
        const auto r = RolloverLedger::availableAtStart(previous, rolloverMonths, month);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(*r, available);
        else
            QVERIFY(!r.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRolloverLedger)
#include "tst_rolloverledger.moc"
