// The real rapport-cli binary: runs dated after today. dunning run and
// automation run only preview (their dry run, said in the output), billing
// run, obligations run/preset, reviews schedule and outbox send refuse with
// exit 2; today still writes. And clients add --sla-policy.
//
// The CLI reads the real clock, so the dates are relative to today.
#include "testsupport.h"

#include "sla/slapolicy.h"
#include "storage/slapolicyrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

const QString kManager = u"manager@rapport.test"_s;

QJsonObject json(const test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList keys(const QJsonObject &o)
{
    return sorted(o.keys());
}

QString isoDate(QDate day)
{
    return day.toString(Qt::ISODate);
}

// An instant `secs` from now, ISO 8601 in UTC.
QString instantFromNow(qint64 secs)
{
    return QDateTime::currentDateTimeUtc().addSecs(secs).toString(Qt::ISODate);
}

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0);
}

QString refusal(const QString &run, const QString &date)
{
    return u"%1 --as-of %2: the date is in the future (today is %3); a run can only be dated today or earlier"_s.arg(
        run, date, isoDate(QDate::currentDate()));
}

} // namespace

class TestCliAsOf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QStringList m_databases;

    // A new database with one account manager.
    QString freshDb()
    {
        const QString db = test::freshDatabase(m_dir, u"asof%1.sqlite"_s.arg(++m_counter));
        m_databases << db;
        const auto user = test::runCli({ u"--db"_s, db, u"users"_s, u"add"_s, u"--name"_s, u"Асель Касымова"_s,
            u"--email"_s, kManager, u"--role"_s, u"account_manager"_s });
        if (user.exitCode != 0)
            qFatal("users add: %s", qPrintable(user.err));
        return db;
    }
    static test::CliRun cli(const QString &db, const QStringList &args)
    {
        return test::runCli(QStringList { u"--db"_s, db, u"--user"_s, kManager } + args);
    }
    static test::CliRun cliJson(const QString &db, const QStringList &args)
    {
        return cli(db, QStringList { u"--format"_s, u"json"_s } + args);
    }
    // The size of the array `key` in the JSON of a list command.
    static int count(const QString &db, const QStringList &list, const QString &key)
    {
        const auto run = cliJson(db, list);
        if (run.exitCode != 0)
            qFatal("%s: %s", qPrintable(list.join(u' ')), qPrintable(run.err));
        return int(json(run).value(key).toArray().size());
    }
    // An active client managed by kManager, with a tariff, a contract that
    // started half a year ago and a contact with an email.
    // A client on a tariff (which gets the default regulation when added), or
    // without one (nothing scheduled for it until asked).
    static void addClient(const QString &db, bool tariff = true)
    {
        QStringList args { u"clients"_s, u"add"_s, u"--legal-name"_s, u"ТОО «Альфа Трейд»"_s, u"--status"_s,
            u"active"_s, u"--manager"_s, kManager, u"--contract-start"_s, isoDate(QDate::currentDate().addMonths(-6)),
            u"--contact-name"_s, u"Айгүл Серікова"_s, u"--contact-email"_s, u"aigul@alfa.kz"_s };
        if (tariff)
            args << u"--fee"_s << u"200000"_s;
        const auto added = cli(db, args);
        if (added.exitCode != 0)
            qFatal("clients add: %s", qPrintable(added.err));
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        for (const QString &db : std::as_const(m_databases))
            test::dropDatabase(db);
    }

    void dunningRunAfterTodayPreviews()
    {
        const QString db = freshDb();
        addClient(db);
        // Issued 40 days ago with 10 days to pay: 30 days overdue today.
        const QDate today = QDate::currentDate();
        const QDate issuedOn = today.addDays(-40);
        const QDate month = QDate(issuedOn.year(), issuedOn.month(), 1).addMonths(-1);
        QCOMPARE(cli(db, { u"billing"_s, u"run"_s, u"--month"_s, month.toString(u"yyyy-MM"_s) }).exitCode, 0);
        QCOMPARE(cli(db, { u"invoice"_s, u"issue"_s, u"1"_s, u"--date"_s, isoDate(issuedOn) }).exitCode, 0);
        const QStringList history { u"dunning"_s, u"history"_s, u"1"_s };
        QCOMPARE(count(db, history, u"cases"_s), 0);

        const QString later = isoDate(today.addDays(30));
        const auto preview = cliJson(db, { u"dunning"_s, u"run"_s, u"--as-of"_s, later });
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        const QJsonObject o = json(preview);
        QCOMPARE(keys(o),
            sorted({ u"as_of"_s, u"dry_run"_s, u"clients_checked"_s, u"cancelled"_s, u"steps"_s, u"errors"_s,
                u"preview_reason"_s }));
        QCOMPARE(o.value(u"dry_run"_s).toBool(), true);
        QCOMPARE(o.value(u"preview_reason"_s).toString(), u"future_as_of"_s);
        QCOMPARE(o.value(u"as_of"_s).toString(), later);
        QVERIFY(!o.value(u"steps"_s).toArray().isEmpty()); // what the day would bring
        QCOMPARE(count(db, history, u"cases"_s), 0);

        const QString tomorrow = isoDate(today.addDays(1));
        const auto text = cli(db, { u"dunning"_s, u"run"_s, u"--as-of"_s, tomorrow });
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QCOMPARE(firstLine(text.out),
            u"preview: --as-of %1 is in the future, nothing was written (a run as of a later date than today only "
            "previews)"_s.arg(tomorrow));
        QVERIFY2(
            text.out.section(u'\n', 1, 1).startsWith(u"(dry run) dunning as of "_s + tomorrow), qPrintable(text.out));
        QCOMPARE(count(db, history, u"cases"_s), 0);

        // Today writes, as before.
        const auto run = cliJson(db, { u"dunning"_s, u"run"_s, u"--as-of"_s, isoDate(today) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(keys(json(run)),
            sorted({ u"as_of"_s, u"dry_run"_s, u"clients_checked"_s, u"cancelled"_s, u"steps"_s, u"errors"_s }));
        QCOMPARE(json(run).value(u"dry_run"_s).toBool(), false);
        QVERIFY(!json(run).value(u"steps"_s).toArray().isEmpty());
        QCOMPARE(count(db, history, u"cases"_s), 1);
        const auto plain = cli(db, { u"dunning"_s, u"run"_s });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.startsWith(u"dunning as of "_s), qPrintable(plain.out));
    }

    void billingRunForALaterMonthIsRefused()
    {
        const QString db = freshDb();
        addClient(db);
        const QDate today = QDate::currentDate();
        const QString next = today.addMonths(1).toString(u"yyyy-MM"_s);
        const QStringList invoices { u"invoice"_s, u"list"_s };
        for (const QStringList &extra : { QStringList(), QStringList { u"--dry-run"_s } }) {
            const auto refused = cli(db, QStringList { u"billing"_s, u"run"_s, u"--month"_s, next } + extra);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(refused.out.isEmpty());
            QVERIFY2(
                refused.err.contains(u"billing run --month %1: the month is in the future (this month is %2); a run "
                                     "can only be for this month or earlier"_s.arg(next, today.toString(u"yyyy-MM"_s))),
                qPrintable(refused.err));
        }
        QCOMPARE(count(db, invoices, u"invoices"_s), 0);

        const auto run = cliJson(db, { u"billing"_s, u"run"_s, u"--month"_s, today.toString(u"yyyy-MM"_s) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(json(run).value(u"dry_run"_s).toBool(), false);
        QVERIFY(!json(run).contains(u"preview_reason"_s));
        QCOMPARE(json(run).value(u"created"_s).toInt(), 1);
        QCOMPARE(count(db, invoices, u"invoices"_s), 1);
    }

    void obligationsAfterTodayAreRefused()
    {
        const QString db = freshDb();
        addClient(db, false); // the preset below is the first regulation it gets
        const QDate today = QDate::currentDate();
        const QStringList tasks { u"tasks"_s, u"list"_s, u"--status"_s, u"all"_s };
        const QStringList rules { u"obligations"_s, u"list"_s, u"--archived"_s };

        const int rulesAdded = count(db, rules, u"rules"_s);
        const int tasksAdded = count(db, tasks, u"tasks"_s);
        const QString tomorrow = isoDate(today.addDays(1));
        const auto preset
            = cli(db, { u"obligations"_s, u"preset"_s, u"service-standard"_s, u"--all"_s, u"--as-of"_s, tomorrow });
        QCOMPARE(preset.exitCode, 2);
        QVERIFY(preset.out.isEmpty());
        QVERIFY2(preset.err.contains(refusal(u"obligations preset"_s, tomorrow)), qPrintable(preset.err));
        QCOMPARE(count(db, rules, u"rules"_s), rulesAdded);
        QCOMPARE(count(db, tasks, u"tasks"_s), tasksAdded);

        const auto applied = cliJson(db,
            { u"obligations"_s, u"preset"_s, u"service-standard"_s, u"--all"_s, u"--as-of"_s,
                isoDate(today.addMonths(-2)) });
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
        const int before = count(db, tasks, u"tasks"_s);
        QVERIFY(before > 0);

        for (const QString &later : { tomorrow, isoDate(today.addMonths(3)) }) {
            const auto refused = cliJson(db, { u"obligations"_s, u"run"_s, u"--as-of"_s, later });
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(refused.out.isEmpty());
            QVERIFY2(refused.err.contains(refusal(u"obligations run"_s, later)), qPrintable(refused.err));
            QCOMPARE(count(db, tasks, u"tasks"_s), before);
        }

        // Today writes, as before: the two months since the preset.
        const auto run = cliJson(db, { u"obligations"_s, u"run"_s, u"--as-of"_s, isoDate(today) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(keys(json(run)), sorted({ u"as_of"_s, u"rules"_s, u"created"_s, u"task_ids"_s, u"problems"_s }));
        const int created = json(run).value(u"created"_s).toInt();
        QVERIFY(created > 0);
        QCOMPARE(count(db, tasks, u"tasks"_s), before + created);
    }

    void reviewsScheduleAfterTodayIsRefused()
    {
        const QString db = freshDb();
        addClient(db, false); // no tariff: no regulation, no review scheduled yet
        QCOMPARE(cli(db, { u"reviews"_s, u"cadence"_s, u"--client"_s, u"1"_s }).exitCode, 0);
        const QDate today = QDate::currentDate();
        const QStringList reviews { u"reviews"_s, u"list"_s, u"--status"_s, u"all"_s };

        const QString later = isoDate(today.addDays(14));
        const auto refused = cli(db, { u"reviews"_s, u"schedule"_s, u"--as-of"_s, later });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains(refusal(u"reviews schedule"_s, later)), qPrintable(refused.err));
        QCOMPARE(count(db, reviews, u"reviews"_s), 0);

        const auto run = cliJson(db, { u"reviews"_s, u"schedule"_s, u"--as-of"_s, isoDate(today) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(json(run).value(u"created"_s).toInt(), 1);
        QCOMPARE(count(db, reviews, u"reviews"_s), 1);
    }

    void automationRunAfterNowPreviews()
    {
        const QString db = freshDb();
        addClient(db);
        const auto ticket = cli(db,
            { u"ticket"_s, u"add"_s, u"--client"_s, u"1"_s, u"--subject"_s, u"Не формируется отчёт"_s, u"--at"_s,
                instantFromNow(-2 * 3600) });
        QVERIFY2(ticket.exitCode == 0, qPrintable(ticket.err));
        const QStringList outbox { u"outbox"_s, u"list"_s };

        // Later today (two hours from now): a preview too.
        const auto preview = cliJson(db, { u"automation"_s, u"run"_s, u"--as-of"_s, instantFromNow(2 * 3600) });
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        const QJsonObject o = json(preview);
        QCOMPARE(keys(o),
            sorted({ u"as_of"_s, u"dry_run"_s, u"fired"_s, u"queued"_s, u"unsendable"_s, u"by_rule"_s, u"messages"_s,
                u"preview_reason"_s, u"tasks"_s }));
        QCOMPARE(o.value(u"dry_run"_s).toBool(), true);
        QCOMPARE(o.value(u"preview_reason"_s).toString(), u"future_as_of"_s);
        QVERIFY(!o.value(u"messages"_s).toArray().isEmpty()); // the acknowledgement it would queue
        QCOMPARE(count(db, outbox, u"messages"_s), 0);

        const QString later = instantFromNow(2 * 86400);
        const auto text = cli(db, { u"automation"_s, u"run"_s, u"--as-of"_s, later });
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QCOMPARE(firstLine(text.out),
            u"preview: --as-of %1 is in the future, nothing was written (a run as of a later date than today only "
            "previews)"_s.arg(later));
        QVERIFY2(text.out.section(u'\n', 1, 1).endsWith(u"(dry run: nothing written)"_s), qPrintable(text.out));
        QCOMPARE(count(db, outbox, u"messages"_s), 0);

        // Before now writes, as before.
        const auto run = cliJson(db, { u"automation"_s, u"run"_s, u"--as-of"_s, instantFromNow(-3600) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(json(run).value(u"dry_run"_s).toBool(), false);
        QVERIFY(!json(run).contains(u"preview_reason"_s));
        QVERIFY(json(run).value(u"queued"_s).toInt() > 0);
        const int written = json(run).value(u"fired"_s).toInt(); // queued, and unsendable ones as failed
        QCOMPARE(count(db, outbox, u"messages"_s), written);

        // Sending has no dry run: a later instant is refused, nothing is sent.
        for (const QString &at : { instantFromNow(2 * 3600), later }) {
            const auto send = cli(db, { u"outbox"_s, u"send"_s, u"--as-of"_s, at });
            QCOMPARE(send.exitCode, 2);
            QVERIFY(send.out.isEmpty());
            QVERIFY2(send.err.contains(u"outbox send --as-of %1: the "_s.arg(at)), qPrintable(send.err));
            QVERIFY2(send.err.contains(u"is in the future"_s), qPrintable(send.err));
        }
        QCOMPARE(count(db, { u"outbox"_s, u"list"_s, u"--state"_s, u"sent"_s }, u"messages"_s), 0);
        QCOMPARE(count(db, outbox, u"messages"_s), written);
    }

    void clientsAddWithSlaPolicy()
    {
        test::TempDatabase t;
        SlaPolicy premium = SlaPolicy::default2448();
        premium.name = u"Premium 4/8"_s;
        premium.calendarName = u"kz-standard"_s;
        const auto saved = SlaPolicyRepository(t.db).save(premium);
        QVERIFY2(saved, qPrintable(saved.error()));
        const qint64 defaultId = SlaPolicyRepository(t.db).defaultPolicyId();
        QVERIFY(defaultId > 0 && defaultId != saved->id);
        const auto add = [&t](const QString &name, const QStringList &extra) {
            return test::runCli(QStringList { u"--db"_s, t.path, u"--format"_s, u"json"_s, u"clients"_s, u"add"_s,
                                    u"--legal-name"_s, name }
                + extra);
        };

        const auto chosen = add(u"ТОО «Альфа»"_s, { u"--sla-policy"_s, u"Premium 4/8"_s });
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.err));
        QCOMPARE(json(chosen).value(u"sla_policy_id"_s).toInteger(), saved->id);
        const auto shipped = add(u"ТОО «Бета»"_s, { u"--sla-policy"_s, u"24/48"_s });
        QVERIFY2(shipped.exitCode == 0, qPrintable(shipped.err));
        QCOMPARE(json(shipped).value(u"sla_policy_id"_s).toInteger(), defaultId);
        const auto plain = add(u"ТОО «Гамма»"_s, {});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY(json(plain).value(u"sla_policy_id"_s).isNull()); // the default policy, as before

        const auto unknown = add(u"ТОО «Дельта»"_s, { u"--sla-policy"_s, u"Gold"_s });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY2(unknown.err.contains(u"unknown SLA policy \"Gold\" (one of: "_s), qPrintable(unknown.err));
        QVERIFY2(unknown.err.contains(u"24/48"_s) && unknown.err.contains(u"Premium 4/8"_s), qPrintable(unknown.err));
        const auto list = test::runCli({ u"--db"_s, t.path, u"--format"_s, u"json"_s, u"clients"_s, u"list"_s });
        QCOMPARE(json(list).value(u"count"_s).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliAsOf)
#include "tst_cli_asof.moc"
