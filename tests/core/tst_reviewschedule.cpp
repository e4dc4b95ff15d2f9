#include "planning/reviewschedule.h"
#include "planning/servicestandard.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// "2024-04-30 quarterly, 2024-07-31 quarterly, …"
QString show(const QList<ScheduledReview> &reviews)
{
    QStringList parts;
    for (const ScheduledReview &r : reviews)
        parts << r.date.toString(Qt::ISODate) + u' ' + reviewKindKey(r.kind);
    return parts.join(u", "_s);
}

} // namespace

class TestReviewSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clamping_data();
    void clamping();
    void grid_data();
    void grid();
    void firstOnOrAfter_data();
    void firstOnOrAfter();
    void nextAfterHeld_data();
    void nextAfterHeld();
    void invalidCadence_data();
    void invalidCadence();
    void keys();
    void serviceStandardCadence();
};

void TestReviewSchedule::clamping_data()
{
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("jan31+3") << d("2024-01-31") << 3 << d("2024-04-30");
    QTest::newRow("jan31+6") << d("2024-01-31") << 6 << d("2024-07-31");
    QTest::newRow("jan31+1 leap") << d("2024-01-31") << 1 << d("2024-02-29");
    QTest::newRow("jan31+1 common") << d("2023-01-31") << 1 << d("2023-02-28");
    QTest::newRow("feb29+12") << d("2024-02-29") << 12 << d("2025-02-28");
    QTest::newRow("feb29+48") << d("2024-02-29") << 48 << d("2028-02-29");
    QTest::newRow("aug31+6") << d("2023-08-31") << 6 << d("2024-02-29");
    QTest::newRow("plain") << d("2024-03-15") << 3 << d("2024-06-15");
    QTest::newRow("invalid anchor") << QDate() << 3 << QDate();
}

void TestReviewSchedule::clamping()
{
    QFETCH(QDate, anchor);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(ReviewSchedule::addMonthsClamped(anchor, months), expected);
}

void TestReviewSchedule::grid_data()
{
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<bool>("quarterly");
    QTest::addColumn<bool>("annual");
    QTest::addColumn<int>("every");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("expected");

    QTest::newRow("month end, from the anchor not chained")
        << d("2024-01-31") << true << true << 3 << d("2024-01-01") << d("2025-05-01")
        << u"2024-04-30 quarterly, 2024-07-31 quarterly, 2024-10-31 quarterly, 2025-01-31 annual, "
           "2025-04-30 quarterly"_s;
    QTest::newRow("leap day anchor, annual only")
        << d("2024-02-29") << false << true << 3 << d("2024-01-01") << d("2028-12-31")
        << u"2025-02-28 annual, 2026-02-28 annual, 2027-02-28 annual, 2028-02-29 annual"_s;
    QTest::newRow("quarterly only, the fourth is quarterly")
        << d("2023-11-30") << true << false << 3 << d("2023-11-30") << d("2024-11-30")
        << u"2024-02-29 quarterly, 2024-05-30 quarterly, 2024-08-30 quarterly, 2024-11-30 quarterly"_s;
    QTest::newRow("every two months with annual")
        << d("2024-01-15") << true << true << 2 << d("2024-10-01") << d("2025-03-31")
        << u"2024-11-15 quarterly, 2025-01-15 annual, 2025-03-15 quarterly"_s;
    QTest::newRow("every five months, annual apart")
        << d("2024-01-10") << true << true << 5 << d("2024-01-01") << d("2025-12-31")
        << u"2024-06-10 quarterly, 2024-11-10 quarterly, 2025-01-10 annual, 2025-04-10 quarterly, "
           "2025-09-10 quarterly"_s;
    QTest::newRow("nothing enabled") << d("2024-01-10") << false << false << 3 << d("2024-01-01") << d("2026-01-01")
                                     << QString();
    QTest::newRow("range before the first review")
        << d("2024-01-10") << true << true << 3 << d("2023-01-01") << d("2024-04-09") << QString();
}

void TestReviewSchedule::grid()
{
    QFETCH(QDate, anchor);
    QFETCH(bool, quarterly);
    QFETCH(bool, annual);
    QFETCH(int, every);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, expected);
    ReviewCadence cadence;
    cadence.anchor = anchor;
    cadence.quarterly = quarterly;
    cadence.annual = annual;
    cadence.periodicMonths = every;
    QCOMPARE(show(ReviewSchedule(cadence).between(from, to)), expected);
}

void TestReviewSchedule::firstOnOrAfter_data()
{
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("before the contract") << d("2024-05-31") << d("2020-01-01") << u"2024-08-31 quarterly"_s;
    QTest::newRow("on the contract start") << d("2024-05-31") << d("2024-05-31") << u"2024-08-31 quarterly"_s;
    QTest::newRow("on a grid date") << d("2024-05-31") << d("2024-11-30") << u"2024-11-30 quarterly"_s;
    QTest::newRow("the day after") << d("2024-05-31") << d("2024-12-01") << u"2025-02-28 quarterly"_s;
    QTest::newRow("annual") << d("2024-05-31") << d("2025-03-01") << u"2025-05-31 annual"_s;
    QTest::newRow("years later") << d("2019-02-28") << d("2026-03-01") << u"2026-05-28 quarterly"_s;
    QTest::newRow("invalid date") << d("2024-05-31") << QDate() << QString();
}

void TestReviewSchedule::firstOnOrAfter()
{
    QFETCH(QDate, anchor);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    const ReviewSchedule schedule(ServiceStandard::reviewCadence(anchor));
    const auto next = schedule.firstOnOrAfter(date);
    QCOMPARE(next ? show({ *next }) : QString(), expected);
}

void TestReviewSchedule::nextAfterHeld_data()
{
    QTest::addColumn<QDate>("scheduled");
    QTest::addColumn<QDate>("held");
    QTest::addColumn<QString>("expected");
    // Contract from 2024-01-31: grid Apr 30, Jul 31, Oct 31, Jan 31 (annual).
    QTest::newRow("held on time") << d("2024-04-30") << d("2024-04-30") << u"2024-07-31 quarterly"_s;
    QTest::newRow("held early") << d("2024-07-31") << d("2024-07-20") << u"2024-10-31 quarterly"_s;
    QTest::newRow("held a little late") << d("2024-04-30") << d("2024-05-10") << u"2024-07-31 quarterly"_s;
    QTest::newRow("held after the next date") << d("2024-04-30") << d("2024-08-02") << u"2024-10-31 quarterly"_s;
    QTest::newRow("before the annual") << d("2024-10-31") << d("2024-10-31") << u"2025-01-31 annual"_s;
    QTest::newRow("no dates") << QDate() << QDate() << QString();
}

void TestReviewSchedule::nextAfterHeld()
{
    QFETCH(QDate, scheduled);
    QFETCH(QDate, held);
    QFETCH(QString, expected);
    const ReviewSchedule schedule(ServiceStandard::reviewCadence(d("2024-01-31")));
    const auto next = schedule.nextAfterHeld(scheduled, held);
    QCOMPARE(next ? show({ *next }) : QString(), expected);
}

void TestReviewSchedule::invalidCadence_data()
{
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<int>("every");
    QTest::newRow("no contract start") << QDate() << 3;
    QTest::newRow("zero months") << d("2024-01-01") << 0;
    QTest::newRow("negative months") << d("2024-01-01") << -3;
    QTest::newRow("thirteen months") << d("2024-01-01") << 13;
}

void TestReviewSchedule::invalidCadence()
{
    QFETCH(QDate, anchor);
    QFETCH(int, every);
    ReviewCadence cadence;
    cadence.anchor = anchor;
    cadence.periodicMonths = every;
    const Status s = ReviewSchedule::validate(cadence);
    QVERIFY(!s);
    QVERIFY(!s.error().isEmpty());
    QVERIFY(!ReviewSchedule(cadence).firstOnOrAfter(d("2024-06-01")));
    QVERIFY(ReviewSchedule(cadence).between(d("2024-01-01"), d("2030-01-01")).isEmpty());
}

void TestReviewSchedule::keys()
{
    for (ReviewKind kind : { ReviewKind::Quarterly, ReviewKind::Annual }) {
        QCOMPARE(reviewKindFromKey(reviewKindKey(kind)), kind);
        QVERIFY(!reviewKindTitle(kind).isEmpty());
    }
    QVERIFY(!reviewKindFromKey(u"monthly"_s));
    QVERIFY(!reviewKindFromKey(QString()));
}

void TestReviewSchedule::serviceStandardCadence()
{
    const ReviewCadence c = ServiceStandard::reviewCadence(d("2024-03-01"));
    QVERIFY(c.quarterly);
    QVERIFY(c.annual);
    QCOMPARE(c.periodicMonths, 3);
    QCOMPARE(c.anchor, d("2024-03-01"));
    QVERIFY(ReviewSchedule::validate(c));
}

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "tst_reviewschedule.moc"
