// The business calendar editor in Settings: weekly hours as text, holidays
// and transfers by hand or imported, saving with a recomputation of the open
// tickets' SLA in the background.
#include "testsupport.h"

#include "appsession.h"
#include "settings/calendareditor.h"
#include "settings/workhourstext.h"
#include "storage/calendarrepository.h"
#include "storage/clientrepository.h"
#include "storage/ticketrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

using Intervals = QList<WorkInterval>;
Q_DECLARE_METATYPE(Intervals)

class TestCalendarEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseWorkHours_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Intervals>("intervals");
        QTest::newRow("day off") << u""_s << true << Intervals{};
        QTest::newRow("blank") << u"   "_s << true << Intervals{};
        QTest::newRow("en dash") << u"09:00–18:00"_s << true << Intervals{{540, 1080}};
        QTest::newRow("hyphen, spaces") << u" 9:00 - 18:00 "_s << true << Intervals{{540, 1080}};
        QTest::newRow("hours only") << u"9-18"_s << true << Intervals{{540, 1080}};
        QTest::newRow("dots") << u"09.30-17.45"_s << true << Intervals{{570, 1065}};
        QTest::newRow("lunch break") << u"09:00–13:00, 14:00–18:00"_s << true << Intervals{{540, 780}, {840, 1080}};
        QTest::newRow("unsorted; semicolon") << u"14:00-18:00; 09:00-13:00"_s << true
                                             << Intervals{{540, 780}, {840, 1080}};
        QTest::newRow("touching") << u"09:00-13:00, 13:00-18:00"_s << true << Intervals{{540, 780}, {780, 1080}};
        QTest::newRow("whole day") << u"00:00-24:00"_s << true << Intervals{{0, 1440}};
        QTest::newRow("overlap") << u"09:00-14:00, 13:00-18:00"_s << false << Intervals{};
        QTest::newRow("backwards") << u"18:00-09:00"_s << false << Intervals{};
        QTest::newRow("empty range") << u"09:00-09:00"_s << false << Intervals{};
        QTest::newRow("hour 25") << u"09:00-25:00"_s << false << Intervals{};
        QTest::newRow("minute 60") << u"09:60-18:00"_s << false << Intervals{};
        QTest::newRow("after 24:00") << u"20:00-24:30"_s << false << Intervals{};
        QTest::newRow("words") << u"nine to six"_s << false << Intervals{};
        QTest::newRow("one end") << u"09:00"_s << false << Intervals{};
    }

    void parseWorkHours()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(Intervals, intervals);
        const auto parsed = WorkHoursText::parse(text);
        QCOMPARE(parsed.ok(), ok);
        if (ok) {
            QCOMPARE(*parsed, intervals);
            QCOMPARE(WorkHoursText::parse(WorkHoursText::format(*parsed)).value(), intervals);
        } else {
            QVERIFY(!parsed.error().isEmpty());
        }
    }

    void formatWorkHours()
    {
        QCOMPARE(WorkHoursText::format({{540, 780}, {840, 1080}}), u"09:00–13:00, 14:00–18:00"_s);
        QCOMPARE(WorkHoursText::format({{0, 1440}}), u"00:00–24:00"_s);
        QCOMPARE(WorkHoursText::format({}), QString());
    }

    void editWeekHolidaysAndSave()
    {
        test::TempDatabase t;
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        CalendarEditor editor(&session);
        editor.resize(1100, 560);
        editor.show();
        QVERIFY(editor.selectCalendar(u"kz-standard"_s));
        auto *week = editor.findChild<QTableWidget *>(u"calendarWeek"_s);
        auto *save = editor.findChild<QPushButton *>(u"calendarSave"_s);
        auto *status = editor.findChild<QLabel *>(u"calendarStatus"_s);
        QVERIFY(week && save && status);
        QCOMPARE(week->item(0, 0)->text(), u"09:00–18:00"_s);
        QCOMPARE(week->item(6, 0)->text(), QString());
        QVERIFY(!save->isEnabled());

        // An invalid cell is marked and blocks saving with the reason.
        week->item(0, 0)->setText(u"10:00-26:00"_s);
        QVERIFY(save->isEnabled());
        QVERIFY(week->item(0, 0)->background().color().isValid());
        QVERIFY(!week->item(0, 0)->toolTip().isEmpty());
        QSignalSpy failed(&editor, &CalendarEditor::saveFailed);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!status->text().isEmpty());
        QCOMPARE(CalendarRepository(t.db).load(u"kz-standard"_s)->intervals(1), (Intervals{{540, 1080}}));

        // Monday 10–19, Saturday morning, a holiday added by hand.
        week->item(0, 0)->setText(u"10:00-19:00"_s);
        week->item(5, 0)->setText(u"10:00–14:00"_s);
        QCOMPARE(week->item(5, 1)->text(), u"4 h"_s);
        auto *date = editor.findChild<QDateEdit *>(u"calendarDayDate"_s);
        auto *kind = editor.findChild<QComboBox *>(u"calendarDayKind"_s);
        auto *name = editor.findChild<QLineEdit *>(u"calendarDayName"_s);
        auto *days = editor.findChild<QTableWidget *>(u"calendarDays"_s);
        const int before = days->rowCount();
        date->setDate(QDate(2027, 12, 31));
        kind->setCurrentIndex(0);
        QTest::keyClicks(name, u"Company day"_s);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(days->rowCount(), before + 1);

        // Import a CSV with a holiday and a transferred working day.
        const QString csv = t.dir.filePath(u"days.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,kind,name\n2027-01-02,holiday,New Year\n2027-01-09,workday,Transfer\n");
        file.close();
        const auto imported = editor.importFile(csv);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(*imported, 2);
        QVERIFY(days->rowCount() >= before + 2);
        // A broken file imports nothing.
        QFile bad(t.dir.filePath(u"bad.csv"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("date,kind,name\n2027-13-45,holiday,Nothing\n");
        bad.close();
        const int rows = days->rowCount();
        QVERIFY(!editor.importFile(bad.fileName()).ok());
        QCOMPARE(days->rowCount(), rows);

        QSignalSpy saved(&editor, &CalendarEditor::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait(10000) || saved.size() == 1);
        QVERIFY(!editor.isModified());
        const auto stored = CalendarRepository(t.db).load(u"kz-standard"_s);
        QVERIFY(stored);
        QCOMPARE(stored->intervals(1), (Intervals{{600, 1140}}));
        QCOMPARE(stored->intervals(6), (Intervals{{600, 840}}));
        QCOMPARE(stored->holidays().value(QDate(2027, 12, 31)), u"Company day"_s);
        QVERIFY(stored->holidays().contains(QDate(2027, 1, 2)));
        QVERIFY(stored->transferredWorkdays().contains(QDate(2027, 1, 9)));

        // Remove a day, then revert: nothing changes in storage.
        days->selectRow(0);
        QTest::mouseClick(editor.findChild<QPushButton *>(u"calendarRemoveDay"_s), Qt::LeftButton);
        QVERIFY(editor.isModified());
        QTest::mouseClick(editor.findChild<QPushButton *>(u"calendarRevert"_s), Qt::LeftButton);
        QVERIFY(!editor.isModified());
        QCOMPARE(days->rowCount(), int(stored->holidays().size() + stored->transferredWorkdays().size()));

        // 24/7 switches the week off.
        auto *always = editor.findChild<QCheckBox *>(u"calendarAlwaysOpen"_s);
        always->setChecked(true);
        QVERIFY(!week->isEnabled());
        const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR");
        if (!dir.isEmpty())
            editor.grab().save(QDir(dir).filePath(u"calendar-editor.png"_s));
    }

    void savingRecomputesOpenTickets()
    {
        test::TempDatabase t;
        Client c;
        c.legalName = u"Kazakh Steel JSC"_s;
        const auto client = ClientRepository(t.db).add(c);
        QVERIFY(client);
        Ticket ticket;
        ticket.clientId = client->id;
        ticket.subject = u"Invoice copy"_s;
        // Tuesday 2030-01-08 10:00 UTC: on the shipped 24/7 calendar the reply is due 24 h later.
        const qint64 created = QDateTime(QDate(2030, 1, 8), QTime(10, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const auto made = TicketRepository(t.db).create(ticket, created);
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(made->sla.response.dueUtc, created + 24 * 3600);

        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        CalendarEditor editor(&session);
        editor.show();
        QVERIFY(editor.selectCalendar(u"24/7"_s));
        editor.findChild<QCheckBox *>(u"calendarAlwaysOpen"_s)->setChecked(false);
        editor.findChild<QComboBox *>(u"calendarZone"_s)->setCurrentText(u"UTC"_s);
        auto *week = editor.findChild<QTableWidget *>(u"calendarWeek"_s);
        for (int row = 0; row < 7; ++row)
            week->item(row, 0)->setText(row < 5 ? u"09:00-18:00"_s : QString());
        QSignalSpy saved(&editor, &CalendarEditor::saved);
        QTest::mouseClick(editor.findChild<QPushButton *>(u"calendarSave"_s), Qt::LeftButton);
        QVERIFY(saved.size() == 1 || saved.wait(10000));
        QVERIFY(saved.first().at(0).toInt() >= 1);
        // 24 business hours from Tuesday 10:00: 8 on Tuesday, 9 on Wednesday, 7 on Thursday.
        const qint64 due = TicketRepository(t.db).byId(made->id)->sla.response.dueUtc;
        QCOMPARE(due, QDateTime(QDate(2030, 1, 10), QTime(16, 0), QTimeZone::utc()).toSecsSinceEpoch());
    }
};

QTEST_MAIN(TestCalendarEditor)
#include "tst_calendareditor.moc"
