// automation rules and rule-set on the real rapport-cli (both engines): the
// JSON of every rule carries conditions, business_days, action and
// task_owner; rule-set changes only what it is given, refuses bad values
// (usage: exit 2, refused by the rules: exit 1, nothing changed), and what it
// sets is what the next run follows: a rule limited to high priority
// acknowledges only the high ticket, and with the task action it creates a
// task for the account manager instead of a message, once.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;
using rapport::test::runCli;

namespace {

QJsonObject json(const test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestCliAutomation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    test::CliRun cli(const QStringList &args) { return runCli(QStringList { u"--db"_s, m_db } + args); }

    QJsonObject rule(const QString &key)
    {
        const auto listed = cli({ u"--format"_s, u"json"_s, u"automation"_s, u"rules"_s });
        for (const QJsonValue v : json(listed).value(u"rules"_s).toArray())
            if (v.toObject().value(u"key"_s).toString() == key)
                return v.toObject();
        return {};
    }

    QJsonObject ruleSet(const QStringList &args, int expectedExit = 0)
    {
        const auto run = cli(QStringList { u"--format"_s, u"json"_s, u"automation"_s, u"rule-set"_s } + args);
        if (run.exitCode != expectedExit)
            qWarning("%s: exit %d, %s", qPrintable(args.join(u' ')), run.exitCode, qPrintable(run.err));
        return run.exitCode == expectedExit ? json(run).value(u"rule"_s).toObject()
                                            : QJsonObject { { u"failed"_s, true } };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::freshDatabase(m_dir, u"automation.sqlite"_s);
        QCOMPARE(cli({ u"users"_s, u"add"_s, u"--name"_s, u"Асель Касымова"_s, u"--email"_s, u"asel@example.kz"_s,
                         u"--role"_s, u"account_manager"_s })
                     .exitCode,
            0);
        QCOMPARE(cli({ u"clients"_s, u"add"_s, u"--legal-name"_s, u"ТОО «Альфа»"_s, u"--manager"_s,
                         u"asel@example.kz"_s, u"--language"_s, u"ru"_s, u"--contact-name"_s, u"Иван Петров"_s,
                         u"--contact-email"_s, u"ivan@alfa.kz"_s })
                     .exitCode,
            0);
    }

    void cleanupTestCase() { test::dropDatabase(m_db); }

    void rulesListTheNewFields()
    {
        const auto listed = cli({ u"--format"_s, u"json"_s, u"automation"_s, u"rules"_s });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray rules = json(listed).value(u"rules"_s).toArray();
        QVERIFY(rules.size() >= 11);
        for (const QJsonValue v : rules) {
            const QJsonObject r = v.toObject();
            QVERIFY2(r.value(u"conditions"_s).isObject(), qPrintable(r.value(u"key"_s).toString()));
            QVERIFY(r.value(u"business_days"_s).isBool());
            QVERIFY(r.value(u"action"_s).isString());
            QVERIFY(r.value(u"task_owner"_s).isString());
        }
        // A rule no other test changes shows the defaults.
        const QJsonObject r = rule(u"review_invitation"_s);
        QVERIFY(r.value(u"conditions"_s).toObject().isEmpty());
        QCOMPARE(r.value(u"business_days"_s), QJsonValue(false));
        QCOMPARE(r.value(u"action"_s).toString(), u"message"_s);
        QCOMPARE(r.value(u"task_owner"_s).toString(), QString());
        QCOMPARE(r.value(u"offset_days"_s).toInt(), -7);
    }

    void ruleSetChangesWhatItIsGiven()
    {
        QJsonObject r
            = ruleSet({ u"payment_reminder"_s, u"--offset"_s, u"-2"_s, u"--business-days"_s, u"--approval"_s });
        QCOMPARE(r.value(u"offset_days"_s).toInt(), -2);
        QCOMPARE(r.value(u"business_days"_s), QJsonValue(true));
        QCOMPARE(r.value(u"needs_approval"_s), QJsonValue(true));
        QCOMPARE(r.value(u"enabled"_s), QJsonValue(true));
        QCOMPARE(r.value(u"template"_s).toString(), u"payment_reminder"_s);

        r = ruleSet({ u"payment_reminder"_s, u"--calendar-days"_s, u"--disable"_s, u"--no-approval"_s,
            u"--conditions"_s, u"{\"tariff\": \"with\"}"_s });
        QCOMPARE(r.value(u"offset_days"_s).toInt(), -2); // not given: kept
        QCOMPARE(r.value(u"business_days"_s), QJsonValue(false));
        QCOMPARE(r.value(u"enabled"_s), QJsonValue(false));
        QCOMPARE(r.value(u"needs_approval"_s), QJsonValue(false));
        QCOMPARE(r.value(u"conditions"_s).toObject().value(u"tariff"_s).toString(), u"with"_s);
        QCOMPARE(rule(u"payment_reminder"_s), r);

        const auto text = cli({ u"automation"_s, u"rules"_s });
        QVERIFY(text.out.contains(u"{\"tariff\":\"with\"}"_s));
    }

    void ruleSetRefusesBadValues()
    {
        const QJsonObject before = rule(u"payment_reminder"_s);
        QVERIFY(!before.isEmpty());
        // Usage: the command line itself is wrong.
        for (const QStringList &args : { QStringList { u"payment_reminder"_s, u"--offset"_s, u"soon"_s },
                 QStringList { u"payment_reminder"_s, u"--business-days"_s, u"--calendar-days"_s },
                 QStringList { u"payment_reminder"_s, u"--enable"_s, u"--disable"_s },
                 QStringList { u"payment_reminder"_s, u"--conditions"_s, u"{\"colour\": 1}"_s },
                 QStringList { u"payment_reminder"_s, u"--action"_s, u"call"_s }, QStringList {} }) {
            const auto run = cli(QStringList { u"automation"_s, u"rule-set"_s } + args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + u" → "_s + run.err));
        }
        // Refused by the rules: readable reasons, nothing written.
        const QList<std::pair<QStringList, QString>> refused {
            { { u"payment_reminder"_s, u"--offset"_s, u"120"_s }, u"-90"_s },
            { { u"payment_reminder"_s, u"--conditions"_s, u"{\"priorities\": [\"high\"]}"_s }, u"tickets"_s },
            { { u"payment_reminder"_s, u"--conditions"_s, u"{\"client_ids\": [999]}"_s }, u"999"_s },
            { { u"payment_reminder"_s, u"--action"_s, u"task"_s }, u"owner"_s },
            { { u"payment_reminder"_s, u"--template"_s, u"nowhere"_s }, u"nowhere"_s },
            { { u"ticket_acknowledgement"_s, u"--offset"_s, u"1"_s }, u"event"_s },
            { { u"no_such_rule"_s, u"--enable"_s }, u"no_such_rule"_s },
        };
        for (const auto &[args, reason] : refused) {
            const auto run = cli(QStringList { u"automation"_s, u"rule-set"_s } + args);
            QVERIFY2(run.exitCode == 1, qPrintable(args.join(u' ') + u" → "_s + run.err));
            QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        }
        QCOMPARE(rule(u"payment_reminder"_s), before);
    }

    void ruleAddAndRuleDelete()
    {
        // Usage: what rule-add needs, and a key it gives itself.
        for (const QStringList &args : { QStringList { u"--trigger"_s, u"ticket_created"_s, u"--template"_s,
                                             u"ticket_acknowledgement"_s },
                 QStringList { u"--name"_s, u"X"_s, u"--template"_s, u"ticket_acknowledgement"_s },
                 QStringList { u"mine"_s, u"--name"_s, u"X"_s, u"--trigger"_s, u"ticket_created"_s,
                     u"--template"_s, u"ticket_acknowledgement"_s } }) {
            const auto run = cli(QStringList { u"automation"_s, u"rule-add"_s } + args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + u" → "_s + run.err));
        }
        const auto unknown = cli({ u"automation"_s, u"rule-add"_s, u"--name"_s, u"X"_s, u"--trigger"_s,
            u"moon_phase"_s, u"--template"_s, u"ticket_acknowledgement"_s });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"moon_phase"_s), qPrintable(unknown.err));

        const auto added = cli({ u"--format"_s, u"json"_s, u"automation"_s, u"rule-add"_s, u"--name"_s,
            u"Разбор жалоб"_s, u"--trigger"_s, u"ticket_created"_s, u"--template"_s, u"ticket_acknowledgement"_s,
            u"--recipient"_s, u"staff:account_manager"_s, u"--conditions"_s, u"{\"channels\": [\"phone\"]}"_s,
            u"--disable"_s });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QJsonObject r = json(added).value(u"rule"_s).toObject();
        const QString key = r.value(u"key"_s).toString();
        QVERIFY2(key.startsWith(u"custom_"_s), qPrintable(key));
        QCOMPARE(r.value(u"name"_s).toString(), u"Разбор жалоб"_s);
        QCOMPARE(r.value(u"trigger"_s).toString(), u"ticket_created"_s);
        QCOMPARE(r.value(u"enabled"_s), QJsonValue(false));
        QCOMPARE(r.value(u"conditions"_s).toObject().value(u"channels"_s).toArray().first().toString(), u"phone"_s);
        QCOMPARE(rule(key), r);
        // rule-set works on it like on a shipped one.
        QCOMPARE(ruleSet({ key, u"--enable"_s }).value(u"enabled"_s), QJsonValue(true));

        const auto shipped = cli({ u"automation"_s, u"rule-delete"_s, u"payment_reminder"_s });
        QCOMPARE(shipped.exitCode, 1);
        QVERIFY2(shipped.err.contains(u"switch it off"_s), qPrintable(shipped.err));
        const auto deleted = cli({ u"--format"_s, u"json"_s, u"automation"_s, u"rule-delete"_s, key });
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QCOMPARE(json(deleted).value(u"deleted"_s).toString(), key);
        QVERIFY(rule(key).isEmpty());
        QCOMPARE(cli({ u"automation"_s, u"rule-delete"_s, key }).exitCode, 1); // gone
    }

    void ruleAddOnADatabaseThatNeverListedItsRules()
    {
        // The shipped templates are there to choose from before anything read the rules.
        const QString fresh = test::freshDatabase(m_dir, u"fresh-rules.sqlite"_s);
        const auto added = runCli({ u"--db"_s, fresh, u"--format"_s, u"json"_s, u"automation"_s, u"rule-add"_s,
            u"--name"_s, u"Urgent tickets to the manager"_s, u"--trigger"_s, u"ticket_created"_s, u"--template"_s,
            u"ticket_acknowledgement"_s, u"--recipient"_s, u"staff:account_manager"_s });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(json(added).value(u"rule"_s).toObject().value(u"template"_s).toString(), u"ticket_acknowledgement"_s);
        test::dropDatabase(fresh);
    }

    void staffLanguageIsSetPerStaffMember()
    {
        const auto set = cli({ u"--format"_s, u"json"_s, u"users"_s, u"set-language"_s, u"asel@example.kz"_s, u"kk"_s });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(json(set).value(u"language"_s).toString(), u"kk"_s);
        const auto listed = cli({ u"--format"_s, u"json"_s, u"users"_s, u"list"_s });
        QCOMPARE(json(listed).value(u"users"_s).toArray().first().toObject().value(u"language"_s).toString(), u"kk"_s);
        QCOMPARE(cli({ u"users"_s, u"set-language"_s, u"asel@example.kz"_s, u"de"_s }).exitCode, 2);
        QCOMPARE(cli({ u"users"_s, u"set-language"_s, u"nobody@example.kz"_s, u"ru"_s }).exitCode, 1);
        QCOMPARE(cli({ u"users"_s, u"add"_s, u"--name"_s, u"Ерлан"_s, u"--email"_s, u"erlan@example.kz"_s,
                         u"--role"_s, u"specialist"_s, u"--language"_s, u"fr"_s })
                     .exitCode,
            2);
        const auto added = cli({ u"--format"_s, u"json"_s, u"users"_s, u"add"_s, u"--name"_s, u"Ерлан"_s,
            u"--email"_s, u"erlan@example.kz"_s, u"--role"_s, u"specialist"_s, u"--language"_s, u"en"_s });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(json(added).value(u"language"_s).toString(), u"en"_s);
        const auto reset
            = cli({ u"--format"_s, u"json"_s, u"users"_s, u"set-language"_s, u"asel@example.kz"_s, u"default"_s });
        QCOMPARE(json(reset).value(u"language"_s).toString(), QString()); // the team's default
    }

    void conditionsAndTheTaskActionDriveTheRun()
    {
        QVERIFY(!ruleSet({ u"ticket_acknowledgement"_s, u"--conditions"_s, u"{\"priorities\": [\"high\"]}"_s })
                     .contains(u"failed"_s));
        for (const QString &priority : { u"normal"_s, u"high"_s }) {
            const auto t = cli({ u"ticket"_s, u"add"_s, u"--client"_s, u"1"_s, u"--subject"_s,
                u"Не формируется отчёт"_s, u"--priority"_s, priority, u"--at"_s, u"2026-03-02T09:00:00Z"_s });
            QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        }
        const auto run
            = cli({ u"--format"_s, u"json"_s, u"automation"_s, u"run"_s, u"--as-of"_s, u"2026-03-02T10:00:00Z"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(json(run).value(u"by_rule"_s).toObject().value(u"ticket_acknowledgement"_s).toInt(), 1);
        QCOMPARE(json(run).value(u"tasks"_s).toInt(), 0);

        const QJsonObject task = ruleSet({ u"ticket_acknowledgement"_s, u"--action"_s, u"task"_s, u"--task-owner"_s,
            u"staff:account_manager"_s, u"--conditions"_s, u"{}"_s });
        QCOMPARE(task.value(u"action"_s).toString(), u"task"_s);
        QCOMPARE(task.value(u"task_owner"_s).toString(), u"staff:account_manager"_s);
        QVERIFY(task.value(u"conditions"_s).toObject().isEmpty());
        for (int i = 0; i < 2; ++i) {
            const auto again
                = cli({ u"--format"_s, u"json"_s, u"automation"_s, u"run"_s, u"--as-of"_s, u"2026-03-02T11:00:00Z"_s });
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            // The normal ticket had no firing: now a task for it, once.
            QCOMPARE(json(again).value(u"tasks"_s).toInt(), i == 0 ? 1 : 0);
        }
        const auto tasks = cli(
            { u"--format"_s, u"json"_s, u"tasks"_s, u"list"_s, u"--source"_s, u"ticket"_s, u"--status"_s, u"all"_s });
        QVERIFY2(tasks.exitCode == 0, qPrintable(tasks.err));
        const QJsonArray list = json(tasks).value(u"tasks"_s).toArray();
        QCOMPARE(list.size(), 1);
        QVERIFY2(list.first().toObject().value(u"title"_s).toString().contains(u"принято в работу"_s),
            qPrintable(tasks.out));
    }
};

QTEST_GUILESS_MAIN(TestCliAutomation)
#include "tst_cli_automation.moc"
