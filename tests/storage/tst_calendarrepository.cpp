// Business calendars and SLA policies in storage: built-in seeds (idempotent),
// save/load round trips, imported days, deletion rules, default policy.
#include "testsupport.h"

#include "domain/clock.h"
#include "storage/auditlog.h"
#include "storage/calendarrepository.h"
#include "storage/clientrepository.h"
#include "storage/seeds.h"
#include "storage/slapolicyrepository.h"
#include "storage/sql.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestCalendarRepository : public QObject
{
    Q_OBJECT

private:
    static int count(const Database &db, const QString &table)
    {
        return sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + table)->toInt();
    }

private Q_SLOTS:
    void seedsAreThereAndIdempotent()
    {
        test::TempDatabase t;
        const QList<CalendarInfo> calendars = CalendarRepository(t.db).list();
        QStringList names;
        for (const CalendarInfo &c : calendars) {
            names << c.name;
            QVERIFY(c.builtin);
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"24/7"_s, u"kz-standard"_s, u"ru-standard"_s}));
        const int days = count(t.db, u"calendar_days"_s);
        QVERIFY(days > 20);
        const SlaPolicy policy = SlaPolicyRepository(t.db).defaultPolicy();
        QVERIFY(policy.id > 0);
        QCOMPARE(policy.name, u"24/48"_s);
        QCOMPARE(policy.calendarName, u"24/7"_s);
        QCOMPARE(policy.targetsFor(Priority::Urgent), (SlaTargets{24 * 3600, 48 * 3600}));
        // Running the seeds again (and reopening) adds nothing and keeps edits.
        auto kz = CalendarRepository(t.db).load(u"kz-standard"_s);
        kz->addHoliday(QDate(2026, 3, 9), u"Перенос"_s);
        QVERIFY(CalendarRepository(t.db).save(*kz));
        QVERIFY(ensureDefaults(t.db));
        QVERIFY(ensureDefaults(t.db));
        QCOMPARE(count(t.db, u"calendars"_s), 3);
        QCOMPARE(count(t.db, u"sla_policies"_s), 1);
        QCOMPARE(count(t.db, u"calendar_days"_s), days + 1);
        QVERIFY(CalendarRepository(t.db).load(u"kz-standard"_s)->holidays().contains(QDate(2026, 3, 9)));
    }

    void loadGivesBackThePreset_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("24/7") << u"24/7"_s;
        QTest::newRow("kz") << u"kz-standard"_s;
        QTest::newRow("ru") << u"ru-standard"_s;
    }

    void loadGivesBackThePreset()
    {
        QFETCH(QString, name);
        test::TempDatabase t;
        const auto loaded = CalendarRepository(t.db).load(name);
        QVERIFY(loaded);
        const BusinessCalendar preset = name == u"24/7"_s        ? BusinessCalendar::twentyFourSeven()
                                      : name == u"kz-standard"_s ? BusinessCalendar::kzStandard()
                                                                 : BusinessCalendar::ruStandard();
        QVERIFY(*loaded == preset);
    }

    void saveRoundTrip()
    {
        test::TempDatabase t;
        BusinessCalendar c(u"Офис Астана"_s, QByteArrayLiteral("Asia/Almaty"));
        for (int wd = 1; wd <= 5; ++wd)
            c.setIntervals(wd, {{9 * 60, 13 * 60}, {14 * 60, 18 * 60}});
        c.setIntervals(6, {{10 * 60, 14 * 60}});
        c.addHoliday(QDate(2026, 1, 1), u"Новый год"_s);
        c.addTransferredWorkday(QDate(2026, 1, 3), u"Рабочая суббота"_s);
        c.setTransferScheduleWeekday(5);
        c.setCheckedForYear(2026);
        CalendarRepository repo(t.db);
        auto id = repo.save(c);
        QVERIFY2(id, qPrintable(id.error()));
        const auto loaded = repo.load(u"Офис Астана"_s);
        QVERIFY(loaded);
        QVERIFY(*loaded == c);
        const auto info = repo.info(u"Офис Астана"_s);
        QCOMPARE(info->builtin, false);
        QCOMPARE(info->holidays, 1);
        QCOMPARE(info->workdays, 1);
        QCOMPARE(AuditLog(t.db).entriesFor(u"calendar"_s, id->value).size(), 1);
        // Saving again replaces the days, audits the change.
        c.removeDay(QDate(2026, 1, 3));
        QVERIFY(repo.save(c));
        QCOMPARE(repo.info(u"Офис Астана"_s)->workdays, 0);
        QCOMPARE(AuditLog(t.db).entriesFor(u"calendar"_s, id->value).size(), 2);
    }

    void saveRejectsInvalid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("no name") << u" "_s << QByteArray("UTC") << 540 << 1080;
        QTest::newRow("unknown zone") << u"x"_s << QByteArray("Mars/Olympus") << 540 << 1080;
        QTest::newRow("backwards interval") << u"x"_s << QByteArray("UTC") << 1080 << 540;
        QTest::newRow("past midnight") << u"x"_s << QByteArray("UTC") << 540 << 1500;
    }

    void saveRejectsInvalid()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, zone);
        QFETCH(int, start);
        QFETCH(int, end);
        test::TempDatabase t;
        BusinessCalendar c(name, zone);
        c.setIntervals(1, {{start, end}});
        QVERIFY(!CalendarRepository(t.db).save(c));
        QCOMPARE(count(t.db, u"calendars"_s), 3);
    }

    void importDays()
    {
        test::TempDatabase t;
        CalendarRepository repo(t.db);
        const auto days = parseHolidaysCsv("date,kind,name\n2026-03-09,holiday,Перенос\n2026-03-14,workday,Суббота\n");
        QVERIFY(days);
        auto imported = repo.importDays(u"kz-standard"_s, *days);
        QVERIFY(imported);
        QCOMPARE(*imported, 2);
        const auto kz = repo.load(u"kz-standard"_s);
        QVERIFY(!kz->isWorkingDay(QDate(2026, 3, 9)));
        QVERIFY(kz->isWorkingDay(QDate(2026, 3, 14)));
        QCOMPARE(repo.info(u"kz-standard"_s)->workdays, 1);
        // A date imported again with the other kind changes kind.
        QVERIFY(repo.importDays(u"kz-standard"_s, {{QDate(2026, 3, 14), false, u"Нет"_s}}));
        QVERIFY(!repo.load(u"kz-standard"_s)->isWorkingDay(QDate(2026, 3, 14)));
        QVERIFY(!repo.importDays(u"missing"_s, *days));
    }

    void removeRules()
    {
        test::TempDatabase t;
        CalendarRepository repo(t.db);
        QVERIFY(!repo.remove(u"kz-standard"_s)); // built in
        BusinessCalendar c(u"temp"_s, QByteArrayLiteral("UTC"));
        c.setIntervals(1, {{540, 1080}});
        QVERIFY(repo.save(c));
        SlaPolicy p = SlaPolicy::default2448();
        p.name = u"On temp"_s;
        p.calendarName = u"temp"_s;
        auto saved = SlaPolicyRepository(t.db).save(p);
        QVERIFY(saved);
        const Status used = repo.remove(u"temp"_s);
        QVERIFY(!used);
        QVERIFY(used.error().contains(u"SLA"_s));
        p = *saved;
        p.calendarName = u"24/7"_s;
        QVERIFY(SlaPolicyRepository(t.db).save(p));
        QVERIFY(repo.remove(u"temp"_s));
        QVERIFY(!repo.info(u"temp"_s));
    }

    void policies()
    {
        test::TempDatabase t;
        SlaPolicyRepository repo(t.db);
        SlaPolicy p;
        p.name = u"Рабочие часы 8/24"_s;
        p.calendarName = u"kz-standard"_s;
        p.targets.fill({8 * 3600, 24 * 3600});
        p.setTargets(Priority::Urgent, {2 * 3600, 8 * 3600});
        auto saved = repo.save(p);
        QVERIFY2(saved, qPrintable(saved.error()));
        QVERIFY(saved->id > 0);
        QCOMPARE(*repo.byId(saved->id), *saved);
        QCOMPARE(repo.list().size(), 2);
        QCOMPARE(repo.defaultPolicy().name, u"24/48"_s); // the first stored stays the default
        QVERIFY(!repo.save(p));                           // name taken
        SlaPolicy bad = p;
        bad.id = 0;
        bad.name = u"Плохая"_s;
        bad.calendarName = u"nowhere"_s;
        QVERIFY(!repo.save(bad));
        bad.calendarName = u"24/7"_s;
        bad.setTargets(Priority::Low, {10, 5});
        QVERIFY(!repo.save(bad));
        QVERIFY(repo.setDefault(saved->id));
        QCOMPARE(repo.defaultPolicy().id, saved->id);
        QCOMPARE(sql::scalar(t.db.connection(), u"SELECT count(*) FROM sla_policies WHERE is_default = 1"_s)->toInt(), 1);

        // A client without a policy gets the default; with one, its own.
        Client c;
        c.legalName = u"ТОО «Гамма»"_s;
        auto client = ClientRepository(t.db).add(c);
        QVERIFY(client);
        QCOMPARE(repo.forClient(client->id).id, saved->id);
        const qint64 original = repo.byName(u"24/48"_s)->id;
        client->slaPolicyId = original;
        QVERIFY(ClientRepository(t.db).update(*client));
        QCOMPARE(repo.forClient(client->id).name, u"24/48"_s);
    }
};

QTEST_GUILESS_MAIN(TestCalendarRepository)
#include "tst_calendarrepository.moc"
