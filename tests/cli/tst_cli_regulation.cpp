// The real rapport-cli binary: reviews, obligations, tasks, workflows,
// client feedback and the regulation reports — JSON keys, idempotent runs,
// usage errors (exit 2) and failures (exit 1).
#include "testsupport.h"

#include "domain/clock.h"
#include "storage/clientrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

QJsonObject json(const test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

qint64 noon(const char *iso)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate), QTime(12, 0), QTimeZone::utc())
        .toSecsSinceEpoch();
}

// Two account managers, a specialist, three clients (contract from Jan 31, 2024).
struct Book
{
    test::TempDatabase t;
    ClientId alpha;
    ClientId beta;
    ClientId gamma;

    Book()
    {
        UserRepository users(t.db);
        for (auto [name, email, role] : { std::tuple { u"Aigerim"_s, u"aigerim@example.kz"_s, Role::AccountManager },
                 { u"Boris"_s, u"boris@example.kz"_s, Role::AccountManager },
                 { u"Dana"_s, u"dana@example.kz"_s, Role::Specialist } }) {
            User u;
            u.name = name;
            u.email = email;
            u.role = role;
            if (!users.add(u))
                qFatal("cannot add a user");
        }
        alpha = client(u"Alpha LLP"_s, u"aigerim@example.kz"_s);
        beta = client(u"Beta LLP"_s, u"aigerim@example.kz"_s);
        gamma = client(u"Gamma LLP"_s, u"boris@example.kz"_s);
    }

    ClientId client(const QString &name, const QString &manager)
    {
        Client c;
        c.legalName = name;
        c.taxCountry = TaxCountry::Other;
        c.status = ClientStatus::Active;
        c.accountManagerId = UserRepository(t.db).byEmail(manager)->id;
        c.contractStart = QDate(2024, 1, 31);
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return added->id;
    }

    test::CliRun cli(QStringList args) const
    {
        args.prepend(t.path);
        args.prepend(u"--db"_s);
        return test::runCli(args);
    }

    test::CliRun cliJson(QStringList args) const
    {
        args.prepend(u"json"_s);
        args.prepend(u"--format"_s);
        return cli(args);
    }
};

const QStringList kTaskKeys = sorted({ u"id"_s, u"title"_s, u"client_id"_s, u"client"_s, u"owner_email"_s, u"owner"_s,
    u"due_on"_s, u"status"_s, u"done_on"_s, u"overdue"_s, u"on_time"_s, u"source"_s, u"obligation_rule_id"_s,
    u"period_key"_s, u"review_id"_s, u"workflow_run_id"_s, u"ticket_id"_s, u"notes"_s });
const QStringList kReviewKeys = sorted({ u"id"_s, u"client_id"_s, u"client"_s, u"manager_email"_s, u"manager"_s,
    u"kind"_s, u"status"_s, u"scheduled_on"_s, u"held_on"_s, u"overdue"_s, u"attendees"_s, u"progress"_s, u"problems"_s,
    u"satisfaction"_s, u"action_items"_s, u"open_action_items"_s, u"overdue_action_items"_s });

} // namespace

class TestCliRegulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetRunsOnce();
    void obligationsAddAndList();
    void obligationUsageErrors_data();
    void obligationUsageErrors();
    void reviewsScheduleListHoldAndIcs();
    void tasksListAndDone();
    void workflowListAndApply();
    void feedbackAndReports();
    void feedbackImport();
    void regulationCalendarAndCadence();
    void usageErrors_data();
    void usageErrors();
};

void TestCliRegulation::presetRunsOnce()
{
    Book book;
    auto first = book.cliJson(
        { u"obligations"_s, u"preset"_s, u"service-standard"_s, u"--all"_s, u"--as-of"_s, u"2025-03-15"_s });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QJsonObject o = json(first);
    QCOMPARE(keys(o),
        sorted({ u"preset"_s, u"sla_policy"_s, u"as_of"_s, u"clients"_s, u"rules_created"_s, u"cadences_set"_s,
            u"tasks_created"_s, u"reviews_scheduled"_s, u"problems"_s }));
    QCOMPARE(o.value(u"preset"_s).toString(), u"service_standard"_s);
    QCOMPARE(o.value(u"sla_policy"_s).toString(), u"24/48"_s);
    QCOMPARE(o.value(u"clients"_s).toInt(), 3);
    QCOMPARE(o.value(u"rules_created"_s).toInt(), 15);
    QCOMPARE(o.value(u"cadences_set"_s).toInt(), 3);
    QCOMPARE(o.value(u"tasks_created"_s).toInt(), 15);
    QCOMPARE(o.value(u"reviews_scheduled"_s).toInt(), 3);

    auto again = book.cliJson({ u"obligations"_s, u"preset"_s, u"service-standard"_s, u"--client"_s,
        QString::number(book.alpha.value), u"--as-of"_s, u"2025-03-15"_s });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(json(again).value(u"rules_created"_s).toInt(), 0);
    QCOMPARE(json(again).value(u"tasks_created"_s).toInt(), 0);

    // A run a month later catches up April; a second one adds nothing.
    auto run = book.cliJson({ u"obligations"_s, u"run"_s, u"--as-of"_s, u"2025-04-02"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(keys(json(run)), sorted({ u"as_of"_s, u"rules"_s, u"created"_s, u"task_ids"_s, u"problems"_s }));
    QCOMPARE(json(run).value(u"created"_s).toInt(), 12);
    QCOMPARE(json(run).value(u"task_ids"_s).toArray().size(), 12);
    auto rerun = book.cliJson({ u"obligations"_s, u"run"_s, u"--as-of"_s, u"2025-04-02"_s });
    QCOMPARE(json(rerun).value(u"created"_s).toInt(), 0);

    auto text = book.cli({ u"obligations"_s, u"run"_s, u"--as-of"_s, u"2025-04-02"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.startsWith(u"0 task(s) created"_s));
}

void TestCliRegulation::obligationsAddAndList()
{
    Book book;
    auto added = book.cliJson({ u"obligations"_s, u"add"_s, u"--client"_s, QString::number(book.gamma.value),
        u"--kind"_s, u"custom"_s, u"--title"_s, u"VAT return"_s, u"--period"_s, u"quarterly"_s, u"--day"_s, u"15"_s,
        u"--due-month"_s, u"2"_s, u"--owner"_s, u"dana@example.kz"_s, u"--starts"_s, u"2025-01-01"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject rule = json(added).value(u"rule"_s).toObject();
    QCOMPARE(keys(rule),
        sorted({ u"id"_s, u"client_id"_s, u"client"_s, u"kind"_s, u"title"_s, u"period"_s, u"offset_type"_s, u"day"_s,
            u"due_month"_s, u"owner_email"_s, u"owner"_s, u"owner_is_account_manager"_s, u"starts_on"_s, u"preset"_s,
            u"archived"_s, u"open_tasks"_s, u"overdue_tasks"_s, u"next_due"_s }));
    QCOMPARE(rule.value(u"title"_s).toString(), u"VAT return"_s);
    QCOMPARE(rule.value(u"offset_type"_s).toString(), u"calendar_day"_s);
    QCOMPARE(rule.value(u"owner_email"_s).toString(), u"dana@example.kz"_s);
    QCOMPARE(rule.value(u"owner_is_account_manager"_s).toBool(), false);
    QVERIFY(rule.value(u"preset"_s).isNull());

    auto report = book.cliJson({ u"obligations"_s, u"add"_s, u"--client"_s, QString::number(book.gamma.value),
        u"--kind"_s, u"project_report"_s, u"--starts"_s, u"2025-01-01"_s });
    QCOMPARE(report.exitCode, 0);
    const QJsonObject r2 = json(report).value(u"rule"_s).toObject();
    QCOMPARE(r2.value(u"offset_type"_s).toString(), u"business_day"_s);
    QCOMPARE(r2.value(u"day"_s).toInt(), 5);
    QCOMPARE(r2.value(u"owner_email"_s).toString(), u"boris@example.kz"_s);
    QCOMPARE(r2.value(u"owner_is_account_manager"_s).toBool(), true);

    auto run = book.cliJson({ u"obligations"_s, u"run"_s, u"--as-of"_s, u"2025-02-10"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(u"created"_s).toInt(), 3); // Q1 VAT, January and February reports

    auto list = book.cliJson({ u"obligations"_s, u"list"_s, u"--client"_s, QString::number(book.gamma.value) });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray rules = json(list).value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 2);
    auto none = book.cliJson({ u"obligations"_s, u"list"_s, u"--client"_s, QString::number(book.alpha.value) });
    QCOMPARE(json(none).value(u"rules"_s).toArray().size(), 0);

    auto archived = book.cli({ u"obligations"_s, u"archive"_s, QString::number(rule.value(u"id"_s).toInteger()) });
    QCOMPARE(archived.exitCode, 0);
    list = book.cliJson({ u"obligations"_s, u"list"_s, u"--client"_s, QString::number(book.gamma.value) });
    QCOMPARE(json(list).value(u"rules"_s).toArray().size(), 1);
    list = book.cliJson({ u"obligations"_s, u"list"_s, u"--archived"_s });
    QCOMPARE(json(list).value(u"rules"_s).toArray().size(), 2);
}

void TestCliRegulation::obligationUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no action") << QStringList { u"obligations"_s } << 2;
    QTest::newRow("unknown action") << QStringList { u"obligations"_s, u"frob"_s } << 2;
    QTest::newRow("preset without name") << QStringList { u"obligations"_s, u"preset"_s, u"--all"_s } << 2;
    QTest::newRow("unknown preset") << QStringList { u"obligations"_s, u"preset"_s, u"gold"_s, u"--all"_s } << 2;
    QTest::newRow("preset without clients")
        << QStringList { u"obligations"_s, u"preset"_s, u"service-standard"_s } << 2;
    QTest::newRow("preset with both") << QStringList { u"obligations"_s, u"preset"_s, u"service-standard"_s, u"--all"_s,
        u"--client"_s, u"1"_s } << 2;
    QTest::newRow("preset unknown client")
        << QStringList { u"obligations"_s, u"preset"_s, u"service-standard"_s, u"--client"_s, u"999"_s } << 1;
    QTest::newRow("run bad date") << QStringList { u"obligations"_s, u"run"_s, u"--as-of"_s, u"2025-02-30"_s } << 2;
    QTest::newRow("add without kind") << QStringList { u"obligations"_s, u"add"_s, u"--client"_s, u"1"_s } << 2;
    QTest::newRow("add unknown kind") << QStringList { u"obligations"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s,
        u"invoice"_s } << 2;
    QTest::newRow("custom without day") << QStringList { u"obligations"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s,
        u"custom"_s, u"--title"_s, u"X"_s }
                                        << 2;
    QTest::newRow("both days") << QStringList { u"obligations"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s,
        u"payroll"_s, u"--day"_s, u"10"_s, u"--business-day"_s, u"3"_s }
                               << 2;
    QTest::newRow("day 40") << QStringList { u"obligations"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s,
        u"payroll"_s, u"--day"_s, u"40"_s }
                            << 1;
    QTest::newRow("custom without title") << QStringList { u"obligations"_s, u"add"_s, u"--client"_s, u"1"_s,
        u"--kind"_s, u"custom"_s, u"--day"_s, u"5"_s }
                                          << 1;
    QTest::newRow("unknown client") << QStringList { u"obligations"_s, u"add"_s, u"--client"_s, u"999"_s, u"--kind"_s,
        u"audit"_s } << 1;
    QTest::newRow("client not a number") << QStringList { u"obligations"_s, u"add"_s, u"--client"_s, u"abc"_s,
        u"--kind"_s, u"audit"_s } << 2;
    QTest::newRow("unknown owner") << QStringList { u"obligations"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s,
        u"audit"_s, u"--owner"_s, u"nobody@example.kz"_s }
                                   << 1;
    QTest::newRow("archive unknown") << QStringList { u"obligations"_s, u"archive"_s, u"999"_s } << 1;
}

void TestCliRegulation::obligationUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    Book book;
    const auto run = book.cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
    auto list = book.cliJson({ u"obligations"_s, u"list"_s, u"--archived"_s });
    QCOMPARE(json(list).value(u"rules"_s).toArray().size(), 0);
}

void TestCliRegulation::reviewsScheduleListHoldAndIcs()
{
    Book book;
    for (ClientId c : { book.alpha, book.gamma }) {
        auto cadence = book.cliJson({ u"reviews"_s, u"cadence"_s, u"--client"_s, QString::number(c.value) });
        QVERIFY2(cadence.exitCode == 0, qPrintable(cadence.err));
        QCOMPARE(keys(json(cadence)),
            sorted({ u"client_id"_s, u"quarterly"_s, u"annual"_s, u"every_months"_s, u"anchor"_s }));
        QCOMPARE(json(cadence).value(u"anchor"_s).toString(), u"2024-01-31"_s);
    }
    auto schedule = book.cliJson({ u"reviews"_s, u"schedule"_s, u"--as-of"_s, u"2025-01-05"_s });
    QVERIFY2(schedule.exitCode == 0, qPrintable(schedule.err));
    QCOMPARE(keys(json(schedule)), sorted({ u"as_of"_s, u"clients"_s, u"created"_s, u"review_ids"_s, u"skipped"_s }));
    QCOMPARE(json(schedule).value(u"created"_s).toInt(), 2);
    auto twice = book.cliJson({ u"reviews"_s, u"schedule"_s, u"--as-of"_s, u"2025-01-05"_s });
    QCOMPARE(json(twice).value(u"created"_s).toInt(), 0);

    auto list = book.cliJson({ u"reviews"_s, u"list"_s, u"--overdue"_s, u"--as-of"_s, u"2025-02-15"_s });
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(keys(json(list)), sorted({ u"as_of"_s, u"reviews"_s }));
    const QJsonArray reviews = json(list).value(u"reviews"_s).toArray();
    QCOMPARE(reviews.size(), 2);
    const QJsonObject first = reviews.at(0).toObject();
    QCOMPARE(keys(first), kReviewKeys);
    QCOMPARE(first.value(u"scheduled_on"_s).toString(), u"2025-01-31"_s);
    QCOMPARE(first.value(u"kind"_s).toString(), u"annual"_s);
    QCOMPARE(first.value(u"overdue"_s).toBool(), true);
    QVERIFY(first.value(u"held_on"_s).isNull());
    auto notYet = book.cliJson({ u"reviews"_s, u"list"_s, u"--due-before"_s, u"2025-01-30"_s });
    QCOMPARE(json(notYet).value(u"reviews"_s).toArray().size(), 0);
    auto byClient = book.cliJson({ u"reviews"_s, u"list"_s, u"--client"_s, QString::number(book.gamma.value) });
    QCOMPARE(json(byClient).value(u"reviews"_s).toArray().size(), 1);

    const QString id = QString::number(first.value(u"id"_s).toInteger());
    auto held = book.cliJson({ u"reviews"_s, u"hold"_s, id, u"--date"_s, u"2025-02-03"_s, u"--attendees"_s,
        u"CFO; HR lead"_s, u"--progress"_s, u"Payroll on time"_s, u"--problems"_s, u"Two payslips late"_s,
        u"--satisfaction"_s, u"Satisfied"_s });
    QVERIFY2(held.exitCode == 0, qPrintable(held.err));
    QCOMPARE(keys(json(held)), sorted({ u"review"_s, u"next_review"_s }));
    const QJsonObject record = json(held).value(u"review"_s).toObject();
    QCOMPARE(record.value(u"status"_s).toString(), u"held"_s);
    QCOMPARE(record.value(u"held_on"_s).toString(), u"2025-02-03"_s);
    QCOMPARE(record.value(u"problems"_s).toString(), u"Two payslips late"_s);
    QCOMPARE(json(held).value(u"next_review"_s).toObject().value(u"scheduled_on"_s).toString(), u"2025-04-30"_s);

    auto action = book.cliJson({ u"reviews"_s, u"action"_s, id, u"--title"_s, u"Send payslips by the 9th"_s,
        u"--owner"_s, u"dana@example.kz"_s, u"--due"_s, u"2025-02-20"_s });
    QVERIFY2(action.exitCode == 0, qPrintable(action.err));
    const QJsonObject task = json(action).value(u"task"_s).toObject();
    QCOMPARE(keys(task), kTaskKeys);
    QCOMPARE(task.value(u"source"_s).toString(), u"review"_s);
    QCOMPARE(task.value(u"review_id"_s).toInteger(), id.toLongLong());
    auto shown = book.cliJson({ u"reviews"_s, u"show"_s, id });
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(json(shown).value(u"review"_s).toObject().value(u"action_items"_s).toInt(), 1);
    QCOMPARE(json(shown).value(u"review"_s).toObject().value(u"action_item_list"_s).toArray().size(), 1);

    // ICS of all scheduled reviews, and of one manager's clients.
    const QString ics = book.t.dir.path() + u"/reviews.ics"_s;
    auto all = book.cliJson({ u"reviews"_s, u"ics"_s, u"-o"_s, ics });
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QCOMPARE(keys(json(all)), sorted({ u"file"_s, u"reviews"_s }));
    QCOMPARE(json(all).value(u"reviews"_s).toInt(), 2);
    auto boris = book.cliJson({ u"reviews"_s, u"ics"_s, u"--output"_s, ics, u"--manager"_s, u"boris@example.kz"_s });
    QCOMPARE(json(boris).value(u"reviews"_s).toInt(), 1);
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(text.count("BEGIN:VEVENT"), 1);
    QVERIFY(text.contains("SUMMARY:Annual review: Gamma LLP"));

    // Invalid holdings.
    QCOMPARE(book.cli({ u"reviews"_s, u"hold"_s, id }).exitCode, 2);
    QCOMPARE(book.cli({ u"reviews"_s, u"hold"_s, id, u"--date"_s, u"yesterday"_s }).exitCode, 2);
    QCOMPARE(book.cli({ u"reviews"_s, u"hold"_s, u"999"_s, u"--date"_s, u"2025-02-03"_s }).exitCode, 1);
    QCOMPARE(book.cli({ u"reviews"_s, u"hold"_s, id, u"--date"_s, u"2999-01-01"_s }).exitCode, 1);
    QCOMPARE(book.cli({ u"reviews"_s, u"action"_s, id, u"--title"_s, u"x"_s, u"--owner"_s, u"nobody@example.kz"_s,
                          u"--due"_s, u"2025-02-20"_s })
                 .exitCode,
        1);
    QCOMPARE(book.cli({ u"reviews"_s, u"ics"_s }).exitCode, 2);
    QCOMPARE(book.cli({ u"reviews"_s, u"list"_s, u"--status"_s, u"maybe"_s }).exitCode, 2);
    QCOMPARE(
        book.cli({ u"reviews"_s, u"cadence"_s, u"--client"_s, u"1"_s, u"--quarterly"_s, u"sometimes"_s }).exitCode, 2);
    QCOMPARE(book.cli({ u"reviews"_s, u"cadence"_s, u"--client"_s, u"1"_s, u"--every-months"_s, u"13"_s }).exitCode, 1);
}

void TestCliRegulation::tasksListAndDone()
{
    Book book;
    QCOMPARE(
        book.cli({ u"obligations"_s, u"preset"_s, u"service-standard"_s, u"--all"_s, u"--as-of"_s, u"2025-03-15"_s })
            .exitCode,
        0);
    auto mine
        = book.cliJson({ u"tasks"_s, u"list"_s, u"--owner"_s, u"aigerim@example.kz"_s, u"--as-of"_s, u"2025-04-08"_s });
    QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
    QCOMPARE(keys(json(mine)), sorted({ u"as_of"_s, u"tasks"_s }));
    const QJsonArray tasks = json(mine).value(u"tasks"_s).toArray();
    QCOMPARE(tasks.size(), 10); // two clients × (4 monthly + the audit)
    const QJsonObject first = tasks.at(0).toObject();
    QCOMPARE(keys(first), kTaskKeys);
    QCOMPARE(first.value(u"source"_s).toString(), u"obligation"_s);
    QCOMPARE(first.value(u"period_key"_s).toString(), u"2025-03"_s);
    QCOMPARE(first.value(u"owner_email"_s).toString(), u"aigerim@example.kz"_s);

    auto overdue = book.cliJson({ u"tasks"_s, u"list"_s, u"--owner"_s, u"aigerim@example.kz"_s, u"--overdue"_s,
        u"--as-of"_s, u"2025-04-08"_s });
    const QJsonArray late = json(overdue).value(u"tasks"_s).toArray();
    QCOMPARE(late.size(), 4); // the March report and closing documents of both clients (due April 7)
    for (const QJsonValue &v : late) {
        QCOMPARE(v.toObject().value(u"overdue"_s).toBool(), true);
        QCOMPARE(v.toObject().value(u"on_time"_s).toBool(true), false);
    }
    auto dueSoon = book.cliJson({ u"tasks"_s, u"list"_s, u"--due-before"_s, u"2025-04-07"_s });
    QCOMPARE(json(dueSoon).value(u"tasks"_s).toArray().size(), 6);

    const QString id = QString::number(late.at(0).toObject().value(u"id"_s).toInteger());
    auto done = book.cliJson({ u"task"_s, u"done"_s, id, u"--at"_s, u"2025-04-09"_s });
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    const QJsonObject doneTask = json(done).value(u"task"_s).toObject();
    QCOMPARE(doneTask.value(u"status"_s).toString(), u"done"_s);
    QCOMPARE(doneTask.value(u"done_on"_s).toString(), u"2025-04-09"_s);
    QCOMPARE(doneTask.value(u"on_time"_s).toBool(true), false);

    auto onTime = book.cliJson({ u"report"_s, u"on-time"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2025-04-30"_s,
        u"--as-of"_s, u"2025-04-10"_s });
    QVERIFY2(onTime.exitCode == 0, qPrintable(onTime.err));
    QCOMPARE(
        keys(json(onTime)), sorted({ u"from"_s, u"to"_s, u"as_of"_s, u"tasks"_s, u"obligations"_s, u"reviews"_s }));
    const QJsonObject stats = json(onTime).value(u"obligations"_s).toObject();
    QCOMPARE(
        keys(stats), sorted({ u"due"_s, u"on_time"_s, u"done_late"_s, u"overdue"_s, u"pending"_s, u"on_time_rate"_s }));
    QCOMPARE(stats.value(u"done_late"_s).toInt(), 1);
    QCOMPARE(stats.value(u"overdue"_s).toInt(), 5);
    QCOMPARE(stats.value(u"on_time_rate"_s).toDouble(), 0.0);

    auto added = book.cliJson({ u"task"_s, u"add"_s, u"--title"_s, u"Call the CFO"_s, u"--owner"_s,
        u"dana@example.kz"_s, u"--due"_s, u"2025-04-11"_s, u"--client"_s, QString::number(book.beta.value) });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(json(added).value(u"task"_s).toObject().value(u"source"_s).toString(), u"manual"_s);

    QCOMPARE(book.cli({ u"task"_s, u"done"_s }).exitCode, 2);
    QCOMPARE(book.cli({ u"task"_s, u"done"_s, u"x"_s }).exitCode, 2);
    QCOMPARE(book.cli({ u"task"_s, u"done"_s, u"99999"_s }).exitCode, 1);
    QCOMPARE(book.cli({ u"task"_s, u"done"_s, id, u"--at"_s, u"2025-13-01"_s }).exitCode, 2);
    QCOMPARE(book.cli({ u"task"_s, u"add"_s, u"--title"_s, u"x"_s, u"--owner"_s, u"dana@example.kz"_s }).exitCode, 2);
    QCOMPARE(book.cli({ u"tasks"_s, u"list"_s, u"--owner"_s, u"nobody@example.kz"_s }).exitCode, 1);
    QCOMPARE(book.cli({ u"tasks"_s, u"list"_s, u"--status"_s, u"finished"_s }).exitCode, 2);
}

void TestCliRegulation::workflowListAndApply()
{
    Book book;
    auto list = book.cliJson({ u"workflow"_s, u"list"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray templates = json(list).value(u"templates"_s).toArray();
    QCOMPARE(templates.size(), 4);
    const QJsonObject intake = templates.at(0).toObject();
    QCOMPARE(keys(intake),
        sorted({ u"id"_s, u"key"_s, u"name"_s, u"description"_s, u"builtin"_s, u"archived"_s, u"steps"_s }));
    QCOMPARE(intake.value(u"key"_s).toString(), u"intake"_s);
    QCOMPARE(keys(intake.value(u"steps"_s).toArray().at(0).toObject()),
        sorted({ u"id"_s, u"position"_s, u"title"_s, u"owner_role"_s, u"offset_days"_s }));

    const QString templateId = QString::number(intake.value(u"id"_s).toInteger());
    auto applied = book.cliJson({ u"workflow"_s, u"apply"_s, templateId, u"--client"_s,
        QString::number(book.alpha.value), u"--start"_s, u"2025-03-07"_s });
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    const QJsonObject run = json(applied).value(u"run"_s).toObject();
    QCOMPARE(keys(run),
        sorted({ u"id"_s, u"template_id"_s, u"template"_s, u"client_id"_s, u"client"_s, u"ticket_id"_s, u"started_on"_s,
            u"total"_s, u"done"_s, u"overdue"_s, u"percent"_s, u"tasks"_s }));
    QCOMPARE(run.value(u"total"_s).toInt(), intake.value(u"steps"_s).toArray().size());
    const QJsonArray tasks = run.value(u"tasks"_s).toArray();
    for (const QJsonValue &t : tasks) {
        QVERIFY(!t.toObject().value(u"owner_email"_s).toString().isEmpty());
        QCOMPARE(t.toObject().value(u"source"_s).toString(), u"workflow"_s);
    }
    // Friday March 7, 2025: the steps +1 are due on Monday the 10th.
    QCOMPARE(tasks.at(1).toObject().value(u"due_on"_s).toString(), u"2025-03-10"_s);
    auto runs = book.cliJson({ u"workflow"_s, u"runs"_s, u"--client"_s, QString::number(book.alpha.value) });
    QCOMPARE(json(runs).value(u"runs"_s).toArray().size(), 1);

    QCOMPARE(book.cli({ u"workflow"_s, u"apply"_s, templateId }).exitCode, 2);
    QCOMPARE(book.cli({ u"workflow"_s, u"apply"_s, u"999"_s, u"--client"_s, u"1"_s }).exitCode, 1);
    QCOMPARE(book.cli({ u"workflow"_s, u"apply"_s, templateId, u"--client"_s, u"999"_s }).exitCode, 1);
    QCOMPARE(
        book.cli({ u"workflow"_s, u"apply"_s, templateId, u"--client"_s, u"1"_s, u"--ticket"_s, u"999"_s }).exitCode,
        1);
    QCOMPARE(book.cli({ u"workflow"_s, u"frob"_s }).exitCode, 2);
}

void TestCliRegulation::feedbackAndReports()
{
    Book book;
    auto added = book.cliJson({ u"feedback"_s, u"add"_s, u"--client"_s, QString::number(book.alpha.value), u"--kind"_s,
        u"complaint"_s, u"--text"_s, u"Payslips came late"_s, u"--channel"_s, u"phone"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject f = json(added).value(u"feedback"_s).toObject();
    QCOMPARE(keys(f),
        sorted({ u"id"_s, u"client_id"_s, u"client"_s, u"kind"_s, u"text"_s, u"received_at"_s, u"channel"_s,
            u"ticket_id"_s, u"handling"_s, u"handled_at"_s, u"handled_by"_s }));
    QCOMPARE(f.value(u"kind"_s).toString(), u"complaint"_s);
    QVERIFY(f.value(u"handled_at"_s).isNull());
    auto handled = book.cliJson(
        { u"feedback"_s, u"handle"_s, QString::number(f.value(u"id"_s).toInteger()), u"--text"_s, u"Apologized"_s });
    QCOMPARE(handled.exitCode, 0);
    QVERIFY(!json(handled).value(u"feedback"_s).toObject().value(u"handled_at"_s).isNull());
    QCOMPARE(book.cli({ u"feedback"_s, u"add"_s, u"--client"_s, QString::number(book.beta.value), u"--kind"_s,
                          u"thanks"_s, u"--text"_s, u"Great audit"_s })
                 .exitCode,
        0);
    auto list = book.cliJson({ u"feedback"_s, u"list"_s, u"--client"_s, QString::number(book.alpha.value) });
    QCOMPARE(json(list).value(u"feedback"_s).toArray().size(), 1);
    QCOMPARE(book.cli({ u"feedback"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s, u"praise"_s, u"--text"_s, u"x"_s })
                 .exitCode,
        2);
    QCOMPARE(book.cli({ u"feedback"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s, u"remark"_s, u"--text"_s, u"x"_s,
                          u"--channel"_s, u"pigeon"_s })
                 .exitCode,
        1);
    QCOMPARE(book.cli({ u"feedback"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s, u"remark"_s }).exitCode, 2);

    // Ticket feedback per manager: Aigerim 2 liked of 3, Boris 0 of 1.
    TicketRepository tickets(book.t.db);
    const UserId dana = UserRepository(book.t.db).byEmail(u"dana@example.kz"_s)->id;
    auto closed = [&](ClientId client, const char *day, Feedback feedback) {
        Ticket t;
        t.clientId = client;
        t.subject = u"Question"_s;
        const qint64 at = noon(day);
        auto created = tickets.create(t, at - 3600);
        QVERIFY(created);
        QVERIFY(tickets.setOwner(created->id, dana, at - 3000));
        QVERIFY(tickets.assign(created->id, dana, at - 3000));
        QVERIFY(tickets.setStatus(created->id, TicketStatus::Formalizing, at - 2000));
        QVERIFY(tickets.setStatus(created->id, TicketStatus::InProgress, at - 1000));
        QVERIFY(tickets.setStatus(created->id, TicketStatus::Resolved, at - 500));
        QVERIFY(tickets.setStatus(created->id, TicketStatus::Closed, at));
        QVERIFY(tickets.setFeedback(created->id, feedback, feedback == Feedback::NotLiked ? u"slow"_s : QString()));
    };
    closed(book.alpha, "2025-03-03", Feedback::Liked);
    closed(book.beta, "2025-03-10", Feedback::Liked);
    closed(book.alpha, "2025-03-20", Feedback::NotLiked);
    closed(book.gamma, "2025-03-21", Feedback::NotLiked);
    closed(book.gamma, "2025-04-21", Feedback::Liked); // after the period
    if (QTest::currentTestFailed())
        return;
    auto report
        = book.cliJson({ u"report"_s, u"feedback"_s, u"--from"_s, u"2025-03-01"_s, u"--to"_s, u"2025-03-31"_s });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QJsonObject r = json(report);
    QCOMPARE(keys(r), sorted({ u"from"_s, u"to"_s, u"managers"_s, u"total"_s }));
    QCOMPARE(r.value(u"from"_s).toString(), u"2025-03-01"_s);
    const QJsonArray managers = r.value(u"managers"_s).toArray();
    QCOMPARE(managers.size(), 2);
    const QJsonObject aigerim = managers.at(0).toObject();
    QCOMPARE(keys(aigerim), sorted({ u"email"_s, u"name"_s, u"liked"_s, u"not_liked"_s, u"liked_share"_s }));
    QCOMPARE(aigerim.value(u"email"_s).toString(), u"aigerim@example.kz"_s);
    QCOMPARE(aigerim.value(u"liked"_s).toInt(), 2);
    QCOMPARE(aigerim.value(u"not_liked"_s).toInt(), 1);
    QCOMPARE(aigerim.value(u"liked_share"_s).toDouble(), 0.6667);
    QCOMPARE(managers.at(1).toObject().value(u"liked_share"_s).toDouble(), 0.0);
    const QJsonObject total = r.value(u"total"_s).toObject();
    QCOMPARE(keys(total), sorted({ u"liked"_s, u"not_liked"_s, u"liked_share"_s }));
    QCOMPARE(total.value(u"liked"_s).toInt(), 2);
    QCOMPARE(total.value(u"not_liked"_s).toInt(), 2);
    QCOMPARE(total.value(u"liked_share"_s).toDouble(), 0.5);
    auto one = book.cliJson({ u"report"_s, u"feedback"_s, u"--from"_s, u"2025-03-01"_s, u"--to"_s, u"2025-03-31"_s,
        u"--manager"_s, u"boris@example.kz"_s });
    QCOMPARE(json(one).value(u"managers"_s).toArray().size(), 1);
    auto text = book.cli({ u"report"_s, u"feedback"_s, u"--from"_s, u"2025-03-01"_s, u"--to"_s, u"2025-03-31"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"66.7%"_s));
}

void TestCliRegulation::feedbackImport()
{
    Book book;
    TicketRepository tickets(book.t.db);
    const UserId dana = UserRepository(book.t.db).byEmail(u"dana@example.kz"_s)->id;
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Ticket t;
        t.clientId = book.alpha;
        t.subject = u"Question %1"_s.arg(i);
        const qint64 at = noon("2025-03-03") + i * 86400;
        auto created = tickets.create(t, at - 3600);
        QVERIFY(created);
        QVERIFY(tickets.setOwner(created->id, dana, at - 3000));
        QVERIFY(tickets.assign(created->id, dana, at - 3000));
        QVERIFY(tickets.setStatus(created->id, TicketStatus::Formalizing, at - 2000));
        QVERIFY(tickets.setStatus(created->id, TicketStatus::InProgress, at - 1000));
        if (i < 2)
            QVERIFY(tickets.setStatus(created->id, TicketStatus::Resolved, at));
        ids << created->id.value;
    }
    const QString dir = book.t.dir.path();
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(dir + u'/' + name);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(content);
        return file.fileName();
    };
    // The third ticket is still in progress: nothing is imported.
    const QString bad = write(u"bad.csv"_s,
        "ticket;feedback;reason\n" + QByteArray::number(ids[0]) + ";liked;\n" + QByteArray::number(ids[2])
            + ";liked;\n");
    auto rejected = book.cliJson({ u"feedback"_s, u"import"_s, bad });
    QCOMPARE(rejected.exitCode, 1);
    const QJsonObject r = json(rejected);
    QCOMPARE(keys(r),
        sorted({ u"rows"_s, u"created"_s, u"updated"_s, u"unchanged"_s, u"skipped"_s, u"rejected"_s, u"dry_run"_s,
            u"errors"_s }));
    QCOMPARE(r.value(u"rejected"_s).toBool(), true);
    QCOMPARE(r.value(u"errors"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 3);
    QVERIFY(!tickets.byId(TicketId(ids[0]))->feedback);

    const QString good = write(u"good.csv"_s,
        "Ticket,Feedback,Reason\n#" + QByteArray::number(ids[0]) + ",liked,\n" + QByteArray::number(ids[1])
            + ",not liked,\"Too slow, twice\"\n");
    auto imported = book.cliJson({ u"feedback"_s, u"import"_s, good });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
    QCOMPARE(json(imported).value(u"created"_s).toInt(), 2);
    QCOMPARE(*tickets.byId(TicketId(ids[1]))->feedback, Feedback::NotLiked);
    QCOMPARE(tickets.byId(TicketId(ids[1]))->feedbackReason, u"Too slow, twice"_s);
    auto again = book.cliJson({ u"feedback"_s, u"import"_s, good });
    QCOMPARE(json(again).value(u"unchanged"_s).toInt(), 2);

    const QString noReason
        = write(u"noreason.csv"_s, "ticket,feedback\n" + QByteArray::number(ids[0]) + ",not_liked\n");
    auto missing = book.cliJson({ u"feedback"_s, u"import"_s, noReason });
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(book.cli({ u"feedback"_s, u"import"_s }).exitCode, 2);
    QCOMPARE(book.cli({ u"feedback"_s, u"import"_s, dir + u"/missing.csv"_s }).exitCode, 1);
}

void TestCliRegulation::regulationCalendarAndCadence()
{
    Book book;
    auto shown = book.cliJson({ u"obligations"_s, u"calendar"_s, u"--client"_s, QString::number(book.alpha.value) });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QCOMPARE(keys(json(shown)), sorted({ u"setting"_s, u"client_id"_s, u"calendar"_s }));
    QCOMPARE(json(shown).value(u"setting"_s).toString(), u"auto"_s);
    QCOMPARE(json(shown).value(u"calendar"_s).toString(), u"kz-standard"_s); // the 24/48 policy runs on 24/7
    auto set = book.cliJson({ u"obligations"_s, u"calendar"_s, u"--set"_s, u"ru-standard"_s, u"--client"_s,
        QString::number(book.alpha.value) });
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(json(set).value(u"calendar"_s).toString(), u"ru-standard"_s);
    QCOMPARE(book.cli({ u"obligations"_s, u"calendar"_s, u"--set"_s, u"atlantis"_s }).exitCode, 1);
    QCOMPARE(json(book.cliJson({ u"obligations"_s, u"calendar"_s })).value(u"setting"_s).toString(), u"ru-standard"_s);

    // An anchor set on the cadence stays when other settings change.
    const QString client = QString::number(book.beta.value);
    auto anchored = book.cliJson({ u"reviews"_s, u"cadence"_s, u"--client"_s, client, u"--anchor"_s, u"2025-02-28"_s });
    QCOMPARE(json(anchored).value(u"anchor"_s).toString(), u"2025-02-28"_s);
    auto changed = book.cliJson(
        { u"reviews"_s, u"cadence"_s, u"--client"_s, client, u"--annual"_s, u"off"_s, u"--every-months"_s, u"2"_s });
    QCOMPARE(json(changed).value(u"anchor"_s).toString(), u"2025-02-28"_s);
    QCOMPARE(json(changed).value(u"annual"_s).toBool(), false);
    QCOMPARE(json(changed).value(u"every_months"_s).toInt(), 2);
    auto scheduled = book.cliJson({ u"reviews"_s, u"schedule"_s, u"--as-of"_s, u"2025-03-01"_s });
    QCOMPARE(json(scheduled).value(u"created"_s).toInt(), 1);
    auto list = book.cliJson({ u"reviews"_s, u"list"_s, u"--client"_s, client });
    QCOMPARE(
        json(list).value(u"reviews"_s).toArray().at(0).toObject().value(u"scheduled_on"_s).toString(), u"2025-04-28"_s);
}

void TestCliRegulation::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("reviews no action") << QStringList { u"reviews"_s } << 2;
    QTest::newRow("reviews unknown action") << QStringList { u"reviews"_s, u"frob"_s } << 2;
    QTest::newRow("reviews bad as-of") << QStringList { u"reviews"_s, u"schedule"_s, u"--as-of"_s, u"soon"_s } << 2;
    QTest::newRow("reviews show no id") << QStringList { u"reviews"_s, u"show"_s } << 2;
    QTest::newRow("reviews show unknown") << QStringList { u"reviews"_s, u"show"_s, u"42"_s } << 1;
    QTest::newRow("tasks no action") << QStringList { u"tasks"_s } << 2;
    QTest::newRow("task unknown action") << QStringList { u"task"_s, u"finish"_s, u"1"_s } << 2;
    QTest::newRow("feedback no action") << QStringList { u"feedback"_s } << 2;
    QTest::newRow("report no kind") << QStringList { u"report"_s } << 2;
    QTest::newRow("report unknown kind") << QStringList { u"report"_s, u"everything"_s } << 2;
    QTest::newRow("report feedback no dates") << QStringList { u"report"_s, u"feedback"_s } << 2;
    QTest::newRow("report feedback reversed")
        << QStringList { u"report"_s, u"feedback"_s, u"--from"_s, u"2025-03-31"_s, u"--to"_s, u"2025-03-01"_s } << 2;
    QTest::newRow("report feedback unknown manager") << QStringList { u"report"_s, u"feedback"_s, u"--from"_s,
        u"2025-03-01"_s, u"--to"_s, u"2025-03-31"_s, u"--manager"_s, u"nobody@example.kz"_s }
                                                     << 1;
}

void TestCliRegulation::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    Book book;
    const auto run = book.cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRegulation)
#include "tst_cli_regulation.moc"
