#include "calendar/businesscalendar.h"
#include "calendar/holidayimport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rapport::CalendarDay;

namespace {

// Days as "2026-01-01 H name" / "2026-01-03 W name" lines, easy to compare.
QStringList describe(const QList<CalendarDay> &days)
{
    QStringList out;
    for (const CalendarDay &d : days)
        out << d.date.toString(Qt::ISODate) + (d.workday ? u" W "_s : u" H "_s) + d.name;
    return out;
}

QByteArray vevent(const QByteArray &body)
{
    return "BEGIN:VEVENT\nUID:" + QByteArray::number(qHash(body)) + "\nDTSTAMP:20250101T000000Z\n" + body
        + "END:VEVENT\n";
}

QByteArray vcalendar(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Rapport//Test//EN\n" + events + "END:VCALENDAR\n";
}

} // namespace

class TestHolidayImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("comma, header") << QByteArray("date,kind,name\n2026-01-03,workday,Transfer\n"
                                                     "2026-01-01,holiday,New Year\n")
                                       << QStringList { u"2026-01-01 H New Year"_s, u"2026-01-03 W Transfer"_s };
        QTest::newRow("BOM, semicolon, CRLF")
            << QByteArray("\xEF\xBB\xBF"
                          "Date;Kind;Name\r\n2026-03-21;holiday;Наурыз\r\n2026-03-22;HOLIDAY; Наурыз \r\n")
            << QStringList { u"2026-03-21 H Наурыз"_s, u"2026-03-22 H Наурыз"_s };
        QTest::newRow("tab, no header") << QByteArray("2026-01-01\tholiday\tNew Year\n2026-01-10\tworkday\tShift")
                                        << QStringList { u"2026-01-01 H New Year"_s, u"2026-01-10 W Shift"_s };
        QTest::newRow("quoted delimiter") << QByteArray("2026-05-01,holiday,\"Unity, day \"\"one\"\"\"\n")
                                          << QStringList { u"2026-05-01 H Unity, day \"one\""_s };
        QTest::newRow("dd.mm.yyyy") << QByteArray("01.01.2026;holiday;Новый год\n")
                                    << QStringList { u"2026-01-01 H Новый год"_s };
        QTest::newRow("windows-1251") << QByteArray("2026-01-07;holiday;\xD0\xEE\xE6\xE4\xE5\xF1\xF2\xE2\xEE\n")
                                      << QStringList { u"2026-01-07 H Рождество"_s };
        QTest::newRow("blank lines, no name")
            << QByteArray("\n2026-01-01,holiday\n\n  \n") << QStringList { u"2026-01-01 H "_s };
        QTest::newRow("duplicate kept once")
            << QByteArray("2026-01-01,holiday,a\n2026-01-01,holiday,b\n") << QStringList { u"2026-01-01 H a"_s };
        QTest::newRow("old mac line ends") << QByteArray("2026-01-01,holiday,a\r2026-01-02,holiday,b\r")
                                           << QStringList { u"2026-01-01 H a"_s, u"2026-01-02 H b"_s };
    }

    void csv()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, expected);
        const auto result = rapport::parseHolidaysCsv(data);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(describe(*result), expected);
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("messages");

        QTest::newRow("every bad row") << QByteArray("date,kind,name\n"
                                                     "2026-13-01,holiday,x\n"
                                                     "2026-01-02,party,y\n"
                                                     "2026-01-03,holiday,z,extra\n"
                                                     "2026-01-04\n"
                                                     "\"2026-01-05,holiday,x\n"
                                                     "2026-01-06,holiday,fine\n")
                                       << QStringList { u"line 2, column 1: “2026-13-01” is not a date"_s,
                                              u"line 3, column 2: the kind “party”"_s,
                                              u"line 4, column 4: unexpected extra value “extra”"_s,
                                              u"line 5, column 2: the kind is missing"_s,
                                              u"line 6, column 1: the quoted value has no closing quote"_s };
        QTest::newRow("both errors of a row")
            << QByteArray("yesterday;maybe;x\r\n") << QStringList { u"line 1, column 1:"_s, u"line 1, column 2:"_s };
        QTest::newRow("conflicting kinds")
            << QByteArray("2026-01-01,holiday,a\n\n2026-01-01,workday,b\n")
            << QStringList { u"line 3, column 2: 2026-01-01 is already listed as a holiday on line 1"_s };
        QTest::newRow("empty file") << QByteArray() << QStringList { u"no days"_s };
        QTest::newRow("header only") << QByteArray("date,kind,name\r\n") << QStringList { u"no days"_s };
        QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\xFF,\xFE", 6)
                                     << QStringList { u"line 1, column 1"_s, u"line 1, column 2"_s };
    }

    void csvErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, messages);
        const auto result = rapport::parseHolidaysCsv(data);
        QVERIFY(!result.ok());
        for (const QString &m : messages)
            QVERIFY2(result.error().contains(m), qPrintable(result.error()));
        QCOMPARE(result.error().count(u'\n'), messages.first().startsWith(u"line") ? messages.size() - 1 : 0);
    }

    void ics()
    {
        const QByteArray events = vevent("DTSTART;VALUE=DATE:20260101\nDTEND;VALUE=DATE:20260103\nSUMMARY:New Year\n")
            + vevent("DTSTART;VALUE=DATE:20260316\nSUMMARY:Single day\n")
            + vevent("DTSTART;VALUE=DATE:20260103\nDTEND;VALUE=DATE:20260104\nSUMMARY:Рабочий день (перенос)\n")
            + vevent("DTSTART;VALUE=DATE:20260110\nSUMMARY:Saturday shift\nX-RAPPORT-KIND:workday\n")
            + vevent("DTSTART;VALUE=DATE:20260111\nSUMMARY:Нерабочий день\n")
            + vevent("DTSTART;VALUE=DATE:20260112\nSUMMARY:Non-working day\n")
            + vevent("DTSTART;VALUE=DATE:20260117\nSUMMARY:Transfer\nCATEGORIES:Holidays,Workday\n")
            + vevent("DTSTART;VALUE=DATE:20260118\nSUMMARY:Жұмыс күні\n")
            + vevent("DTSTART;VALUE=DATE:20260124\nSUMMARY:Working day, but not here\nX-RAPPORT-KIND:holiday\n")
            + vevent("DTSTART;VALUE=DATE:20260320\nDURATION:P2D\nSUMMARY:Two days\n");
        QByteArray data = vcalendar(events);
        data.replace("\n", "\r\n");
        const auto result = rapport::parseHolidaysIcs(data);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(describe(*result),
            (QStringList {
                u"2026-01-01 H New Year"_s,
                u"2026-01-02 H New Year"_s,
                u"2026-01-03 W Рабочий день (перенос)"_s,
                u"2026-01-10 W Saturday shift"_s,
                u"2026-01-11 H Нерабочий день"_s,
                u"2026-01-12 H Non-working day"_s,
                u"2026-01-17 W Transfer"_s,
                u"2026-01-18 W Жұмыс күні"_s,
                u"2026-01-24 H Working day, but not here"_s,
                u"2026-03-16 H Single day"_s,
                u"2026-03-20 H Two days"_s,
                u"2026-03-21 H Two days"_s,
            }));
    }

    void icsErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("messages");

        QTest::newRow("not ics") << QByteArray("date,kind,name\n") << QStringList { u"not an iCalendar"_s };
        QTest::newRow("empty") << QByteArray() << QStringList { u"not an iCalendar"_s };
        QTest::newRow("no events") << vcalendar("") << QStringList { u"no events"_s };
        QTest::newRow("all bad events") << vcalendar(vevent("DTSTART:20260101T090000Z\nSUMMARY:Meeting\n")
            + vevent("DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY\nSUMMARY:Yearly\n")
            + vevent("DTSTART;VALUE=DATE:20260105\nDTEND;VALUE=DATE:20260104\nSUMMARY:Backwards\n")
            + vevent("SUMMARY:No start\n")
            + vevent("DTSTART;VALUE=DATE:20260101\nDTEND;VALUE=DATE:20300101\nSUMMARY:Forever\n"))
                                        << QStringList { u"event 1 (“Meeting”): not an all-day event"_s,
                                               u"event 2 (“Yearly”): repeating events"_s,
                                               u"event 3 (“Backwards”): ends"_s,
                                               u"event 4 (“No start”): no valid start date"_s,
                                               u"event 5 (“Forever”): spans 1461 days"_s };
        QTest::newRow("conflict") << vcalendar(vevent("DTSTART;VALUE=DATE:20260103\nSUMMARY:Off\n")
            + vevent("DTSTART;VALUE=DATE:20260103\nSUMMARY:Workday\n"))
                                  << QStringList {
                                         u"event 2 (“Workday”): 2026-01-03 is already listed as a holiday"_s
                                     };
    }

    void icsErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, messages);
        const auto result = rapport::parseHolidaysIcs(data);
        QVERIFY(!result.ok());
        for (const QString &m : messages)
            QVERIFY2(result.error().contains(m), qPrintable(result.error()));
    }

    void applyDays()
    {
        rapport::BusinessCalendar cal = rapport::BusinessCalendar::kzStandard();
        const auto days = rapport::parseHolidaysCsv("2026-03-21,workday,Worked Nauryz\n2026-02-10,holiday,Off\n");
        QVERIFY(days.ok());
        rapport::applyDays(cal, *days);
        QVERIFY(cal.isWorkingDay(QDate(2026, 3, 21)));
        QVERIFY(!cal.holidays().contains(QDate(2026, 3, 21)));
        QCOMPARE(cal.transferredWorkdays().value(QDate(2026, 3, 21)), u"Worked Nauryz"_s);
        QVERIFY(!cal.isWorkingDay(QDate(2026, 2, 10)));
        QCOMPARE(cal.addBusinessDays(QDate(2026, 2, 9), 1), QDate(2026, 2, 11));
    }
};

QTEST_GUILESS_MAIN(TestHolidayImport)
#include "tst_holidayimport.moc"
