#include "calendar/businesscalendar.h"
#include "planning/obligationrule.h"
#include "planning/servicestandard.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Mon–Fri 09:00–18:00 with a few holidays and a transferred working
// Saturday, like the yearly decrees in Kazakhstan and Russia.
BusinessCalendar decreed()
{
    BusinessCalendar cal(u"test"_s, QByteArrayLiteral("Asia/Almaty"));
    for (int wd = 1; wd <= 5; ++wd)
        cal.setIntervals(wd, { { 9 * 60, 18 * 60 } });
    cal.addHoliday(d("2026-01-01"), u"New Year"_s);
    cal.addHoliday(d("2026-01-02"), u"New Year"_s);
    cal.addHoliday(d("2026-01-07"), u"Christmas"_s);
    // March 2026: 8th (Sunday) carried over to Monday 9th; Nauryz 21–23, the
    // 21st and 22nd (weekend) carried over to 24th and 25th.
    cal.addHoliday(d("2026-03-09"), u"Women's Day, carried over"_s);
    cal.addHoliday(d("2026-03-23"), u"Nauryz"_s);
    cal.addHoliday(d("2026-03-24"), u"Nauryz, carried over"_s);
    cal.addHoliday(d("2026-03-25"), u"Nauryz, carried over"_s);
    // Saturday 2026-01-03 is worked (transfer), Friday 2026-05-08 is off.
    cal.addTransferredWorkday(d("2026-01-03"), u"worked Saturday"_s);
    cal.addHoliday(d("2026-05-08"), u"bridge day"_s);
    cal.addHoliday(d("2026-05-07"), u"Defender's Day"_s);
    return cal;
}

ObligationRule rule(ObligationPeriod period, DayOffset offset, int day, int dueMonth = 1)
{
    ObligationRule r;
    r.clientId = ClientId(1);
    r.kind = ObligationKind::Custom;
    r.title = u"Rule"_s;
    r.period = period;
    r.offset = offset;
    r.day = day;
    r.dueMonth = dueMonth;
    r.startsOn = d("2025-01-01");
    return r;
}

} // namespace

class TestObligationRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueDate_data();
    void dueDate();
    void periods_data();
    void periods();
    void periodKeys_data();
    void periodKeys();
    void invalidRules_data();
    void invalidRules();
    void keys();
    void serviceStandard();
};

void TestObligationRule::dueDate_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("dueMonth");
    QTest::addColumn<QString>("periodKey");
    QTest::addColumn<QDate>("expected");

    // Business days: the N-th working day of the month after the period.
    QTest::newRow("5th working day, plain month")
        << u"monthly"_s << u"business_day"_s << 5 << 1 << u"2026-05"_s << d("2026-06-05");
    // January 2026: 1, 2 holidays; Sat 3 worked; 5, 6 working; 7 holiday; 8 working.
    QTest::newRow("5th working day over New Year and a transfer")
        << u"monthly"_s << u"business_day"_s << 5 << 1 << u"2025-12"_s << d("2026-01-09");
    QTest::newRow("1st working day is the transferred Saturday")
        << u"monthly"_s << u"business_day"_s << 1 << 1 << u"2025-12"_s << d("2026-01-03");
    // March 2026: 2–6 working, 9 holiday: the 5th is Friday 6th, the 6th is Tue 10th.
    QTest::newRow("6th working day skips a carried-over holiday")
        << u"monthly"_s << u"business_day"_s << 6 << 1 << u"2026-02"_s << d("2026-03-10");
    QTest::newRow("more working days than the month has")
        << u"monthly"_s << u"business_day"_s << 23 << 1 << u"2026-02"_s << d("2026-03-31");
    QTest::newRow("quarterly, 10th working day after Q1")
        << u"quarterly"_s << u"business_day"_s << 10 << 1 << u"2026-Q1"_s << d("2026-04-14");
    QTest::newRow("annual, 5th working day of January")
        << u"annual"_s << u"business_day"_s << 5 << 1 << u"2025"_s << d("2026-01-09");

    // Calendar days: day D, moved BACK to the previous working day.
    QTest::newRow("payroll on a working 10th")
        << u"monthly"_s << u"calendar_day"_s << 10 << 1 << u"2026-05"_s << d("2026-06-10");
    QTest::newRow("payroll 10th on a Saturday")
        << u"monthly"_s << u"calendar_day"_s << 10 << 1 << u"2025-12"_s << d("2026-01-09");
    QTest::newRow("payroll 10th on a Sunday")
        << u"monthly"_s << u"calendar_day"_s << 10 << 1 << u"2026-04"_s << d("2026-05-06");
    QTest::newRow("payroll 24th on a carried-over holiday")
        << u"monthly"_s << u"calendar_day"_s << 24 << 1 << u"2026-02"_s << d("2026-03-20");
    QTest::newRow("payroll 4th on a Sunday after a worked Saturday")
        << u"monthly"_s << u"calendar_day"_s << 4 << 1 << u"2025-12"_s << d("2026-01-03");
    QTest::newRow("day 31 clamped to February")
        << u"monthly"_s << u"calendar_day"_s << 31 << 1 << u"2026-01"_s << d("2026-02-27");
    QTest::newRow("same month (due month 0)")
        << u"monthly"_s << u"calendar_day"_s << 25 << 0 << u"2026-03"_s << d("2026-03-20");
    QTest::newRow("annual audit by April 30")
        << u"annual"_s << u"calendar_day"_s << 30 << 4 << u"2025"_s << d("2026-04-30");
    QTest::newRow("quarterly, 15th of the second month after")
        << u"quarterly"_s << u"calendar_day"_s << 15 << 2 << u"2026-Q1"_s << d("2026-05-15");
}

void TestObligationRule::dueDate()
{
    QFETCH(QString, period);
    QFETCH(QString, offset);
    QFETCH(int, day);
    QFETCH(int, dueMonth);
    QFETCH(QString, periodKey);
    QFETCH(QDate, expected);
    const ObligationRule r = rule(*obligationPeriodFromKey(period), *dayOffsetFromKey(offset), day, dueMonth);
    QVERIFY(ObligationRule::validate(r));
    const auto p = ObligationRule::periodFromKey(r.period, periodKey);
    QVERIFY(p);
    QCOMPARE(r.dueDate(*p, decreed()), expected);
}

void TestObligationRule::periods_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("startsOn");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("expected");
    QTest::newRow("catch up three months")
        << u"monthly"_s << d("2026-01-20") << d("2026-03-01") << u"2026-01 2026-02 2026-03"_s;
    QTest::newRow("over a year end") << u"monthly"_s << d("2025-11-30") << d("2026-01-31")
                                     << u"2025-11 2025-12 2026-01"_s;
    QTest::newRow("quarters") << u"quarterly"_s << d("2025-08-15") << d("2026-04-01")
                              << u"2025-Q3 2025-Q4 2026-Q1 2026-Q2"_s;
    QTest::newRow("years") << u"annual"_s << d("2024-06-01") << d("2026-01-01") << u"2024 2025 2026"_s;
    QTest::newRow("not started yet") << u"monthly"_s << d("2026-05-01") << d("2026-04-30") << QString();
    QTest::newRow("no start") << u"monthly"_s << QDate() << d("2026-04-30") << QString();
}

void TestObligationRule::periods()
{
    QFETCH(QString, period);
    QFETCH(QDate, startsOn);
    QFETCH(QDate, asOf);
    QFETCH(QString, expected);
    ObligationRule r = rule(*obligationPeriodFromKey(period), DayOffset::BusinessDay, 5);
    r.startsOn = startsOn;
    QStringList keys;
    for (const ObligationPeriodRef &p : r.periodsThrough(asOf))
        keys << p.key;
    QCOMPARE(keys.join(u' '), expected);
}

void TestObligationRule::periodKeys_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("month") << u"monthly"_s << u"2024-02"_s << true << d("2024-02-01") << d("2024-02-29");
    QTest::newRow("quarter") << u"quarterly"_s << u"2024-Q4"_s << true << d("2024-10-01") << d("2024-12-31");
    QTest::newRow("year") << u"annual"_s << u"2024"_s << true << d("2024-01-01") << d("2024-12-31");
    QTest::newRow("month 13") << u"monthly"_s << u"2024-13"_s << false << QDate() << QDate();
    QTest::newRow("quarter 5") << u"quarterly"_s << u"2024-Q5"_s << false << QDate() << QDate();
    QTest::newRow("month key for quarters") << u"quarterly"_s << u"2024-03"_s << false << QDate() << QDate();
    QTest::newRow("garbage") << u"annual"_s << u"20x4"_s << false << QDate() << QDate();
    QTest::newRow("empty") << u"monthly"_s << QString() << false << QDate() << QDate();
}

void TestObligationRule::periodKeys()
{
    QFETCH(QString, period);
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const auto p = ObligationRule::periodFromKey(*obligationPeriodFromKey(period), key);
    QCOMPARE(bool(p), valid);
    if (p) {
        QCOMPARE(p->key, key);
        QCOMPARE(p->start, start);
        QCOMPARE(p->end, end);
    }
}

void TestObligationRule::invalidRules_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("no client") << u"client"_s;
    QTest::newRow("custom without title") << u"title"_s;
    QTest::newRow("business day 0") << u"bd0"_s;
    QTest::newRow("business day 24") << u"bd24"_s;
    QTest::newRow("calendar day 32") << u"cd32"_s;
    QTest::newRow("calendar day -1") << u"cd-1"_s;
    QTest::newRow("due month 13") << u"month13"_s;
    QTest::newRow("due month -1") << u"month-1"_s;
    QTest::newRow("no start") << u"start"_s;
}

void TestObligationRule::invalidRules()
{
    QFETCH(QString, what);
    ObligationRule r = rule(ObligationPeriod::Monthly, DayOffset::BusinessDay, 5);
    QVERIFY(ObligationRule::validate(r));
    if (what == u"client")
        r.clientId = ClientId();
    else if (what == u"title")
        r.title = u"  "_s;
    else if (what == u"bd0")
        r.day = 0;
    else if (what == u"bd24")
        r.day = 24;
    else if (what == u"cd32") {
        r.offset = DayOffset::CalendarDay;
        r.day = 32;
    } else if (what == u"cd-1") {
        r.offset = DayOffset::CalendarDay;
        r.day = -1;
    } else if (what == u"month13")
        r.dueMonth = 13;
    else if (what == u"month-1")
        r.dueMonth = -1;
    else if (what == u"start")
        r.startsOn = QDate();
    const Status s = ObligationRule::validate(r);
    QVERIFY(!s);
    QVERIFY(!s.error().isEmpty());
}

void TestObligationRule::keys()
{
    for (ObligationKind k : allObligationKinds()) {
        QCOMPARE(obligationKindFromKey(obligationKindKey(k)), k);
        QVERIFY(!obligationKindTitle(k).isEmpty());
    }
    QCOMPARE(allObligationKinds().size(), 6);
    for (ObligationPeriod p : { ObligationPeriod::Monthly, ObligationPeriod::Quarterly, ObligationPeriod::Annual })
        QCOMPARE(obligationPeriodFromKey(obligationPeriodKey(p)), p);
    for (DayOffset o : { DayOffset::BusinessDay, DayOffset::CalendarDay })
        QCOMPARE(dayOffsetFromKey(dayOffsetKey(o)), o);
    QVERIFY(!obligationKindFromKey(u"invoice"_s));
    QVERIFY(!obligationPeriodFromKey(u"weekly"_s));
    QVERIFY(!dayOffsetFromKey(u"hour"_s));
}

void TestObligationRule::serviceStandard()
{
    const auto rules = ServiceStandard::obligationRules(ClientId(7), d("2026-04-15"));
    QCOMPARE(rules.size(), 5);
    const BusinessCalendar cal = decreed();
    QMap<ObligationKind, QDate> due;
    for (const ObligationRule &r : rules) {
        QVERIFY2(ObligationRule::validate(r), qPrintable(ObligationRule::validate(r).error()));
        QCOMPARE(r.preset, ServiceStandard::presetKey());
        QCOMPARE(r.clientId, ClientId(7));
        QVERIFY(!r.displayTitle().isEmpty());
        const auto periods = r.periodsThrough(d("2026-04-30"));
        QCOMPARE(periods.size(), 1);
        due.insert(r.kind, r.dueDate(periods.first(), cal));
    }
    // April's report and closing documents by the 5th working day of May:
    // May 1 (Fri) is a weekday here, 4–6 working, 7 and 8 off, so May 11.
    QCOMPARE(due.value(ObligationKind::ProjectReport), d("2026-05-11"));
    QCOMPARE(due.value(ObligationKind::ClosingDocuments), d("2026-05-11"));
    // Payroll and payslips the same day: the 10th of May is a Sunday, and
    // the 8th and 7th are off, so Wednesday the 6th.
    QCOMPARE(due.value(ObligationKind::Payroll), d("2026-05-06"));
    QCOMPARE(due.value(ObligationKind::Payslips), due.value(ObligationKind::Payroll));
    QCOMPARE(due.value(ObligationKind::Audit), d("2027-04-30"));
}

QTEST_GUILESS_MAIN(TestObligationRule)
#include "tst_obligationrule.moc"
