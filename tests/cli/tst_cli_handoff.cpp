// `rapport-cli handoff …` through the real binary: a handoff run to
// completion with a quality score, the refusal without a team lead's
// override, usage errors, and the JSON keys scripts rely on.
#include "testsupport.h"

#include "storage/clientrepository.h"
#include "storage/userrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

// Staff of every role and a complete client card with one special condition.
struct Fixture
{
    test::TempDatabase t;
    ClientId client;

    Fixture()
    {
        addUser(u"Данияр Сейтказиев"_s, u"sales@example.kz"_s, Role::Sales);
        const UserId manager = addUser(u"Айгерим Нурпеисова"_s, u"am@example.kz"_s, Role::AccountManager);
        addUser(u"Марат Жумабаев"_s, u"qc@example.kz"_s, Role::QualityControl);
        addUser(u"Тимур Ахметов"_s, u"lead@example.kz"_s, Role::TeamLead);
        Client c;
        c.legalName = u"ТОО «Степь Логистик»"_s;
        c.shortName = u"Степь Логистик"_s;
        c.taxCountry = TaxCountry::Other;
        c.taxId = u"T-1"_s;
        c.contractNumber = u"D-2024/17"_s;
        c.contractStart = QDate(2024, 6, 1);
        c.accountManagerId = manager;
        c.salesOwnerId = UserRepository(t.db).byEmail(u"sales@example.kz"_s)->id;
        c.tariff = Tariff {Money(25000000, u"KZT"_s), 600, Money(1500000, u"KZT"_s), 1200, 10, 0};
        Contact contact;
        contact.name = u"Ержан Абенов"_s;
        contact.email = u"erzhan@step.kz"_s;
        c.contacts << contact;
        c.conditions << SpecialCondition {0, u"Monthly report in Kazakh"_s, u"Sales director"_s, QDate(2024, 5, 20)};
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        client = added->id;
    }

    UserId addUser(const QString &name, const QString &email, Role role)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = role;
        return UserRepository(t.db).add(u)->id;
    }

    // Runs `rapport-cli --db … [--user EMAIL] --format json handoff ARGS`.
    test::CliRun run(const QString &user, const QStringList &args, bool json = true) const
    {
        QStringList all {u"--db"_s, t.path};
        if (!user.isEmpty())
            all << u"--user"_s << user;
        if (json)
            all << u"--format"_s << u"json"_s;
        all << u"handoff"_s << args;
        return test::runCli(all);
    }

    qint64 createHandoff(int daysAgo = 3) const
    {
        const QString wonAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo).toString(Qt::ISODate);
        const auto r = run(u"sales@example.kz"_s,
                           {u"create"_s, u"--client"_s, QString::number(client.value), u"--won-at"_s, wonAt});
        if (r.exitCode != 0)
            qFatal("handoff create failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"id"_s).toInteger();
    }
};

QJsonObject json(const test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliHandoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullHandoffToCompletionWithQualityScore()
    {
        Fixture f;
        const qint64 id = f.createHandoff(3);
        QVERIFY(id > 0);
        const QString h = QString::number(id);

        auto r = f.run(u"am@example.kz"_s, {u"meeting"_s, h, u"--at"_s, u"2024-06-03T11:00:00Z"_s, u"--mode"_s,
                                            u"offline"_s, u"--attendees"_s, u"CEO, CFO, account manager"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(u"meeting_mode"_s).toString(), u"offline"_s);
        QCOMPARE(json(r).value(u"meeting_at"_s).toString(), u"2024-06-03T11:00:00Z"_s);

        r = f.run(u"am@example.kz"_s, {u"question"_s, h, u"--text"_s, u"Who signs the acts?"_s});
        QCOMPARE(r.exitCode, 0);
        const qint64 question = json(r).value(u"question_id"_s).toInteger();
        QVERIFY(question > 0);
        QVERIFY(json(r).value(u"missing_items"_s).toArray().contains(u"questions"_s));

        r = f.run(u"sales@example.kz"_s,
                  {u"answer"_s, h, QString::number(question), u"--text"_s, u"The CFO, by the 5th"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"questions"_s).toArray().first().toObject().value(u"answered"_s).toBool(), true);

        const QJsonArray conditions = json(r).value(u"conditions"_s).toArray();
        QCOMPARE(conditions.size(), 1);
        const QString condition = QString::number(conditions.first().toObject().value(u"condition_id"_s).toInteger());
        // The salesperson cannot acknowledge for the account manager.
        r = f.run(u"sales@example.kz"_s, {u"ack"_s, h, condition});
        QCOMPARE(r.exitCode, 1);
        r = f.run(u"am@example.kz"_s, {u"ack"_s, h, condition});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"conditions"_s).toArray().first().toObject().value(u"acknowledged_by"_s).toString(),
                 u"Айгерим Нурпеисова"_s);

        r = f.run(u"am@example.kz"_s, {u"satisfaction"_s, h, u"5"_s, u"--note"_s, u"Felt looked after"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"progress"_s).toInt(), 5);
        QVERIFY(json(r).value(u"missing_items"_s).toArray().isEmpty());

        const QStringList items {u"card"_s, u"meeting"_s, u"conditions"_s, u"questions"_s, u"satisfaction"_s};
        const QStringList scores {u"2"_s, u"2"_s, u"1"_s, u"2"_s, u"2"_s};
        for (int i = 0; i < items.size(); ++i) {
            r = f.run(u"qc@example.kz"_s, {u"score"_s, h, items.at(i), scores.at(i), u"--comment"_s, u"seen live"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QCOMPARE(json(r).value(u"quality_score"_s).toInt(), 90);
        QCOMPARE(json(r).value(u"quality_points"_s).toInt(), 9);
        QCOMPARE(json(r).value(u"quality_max_points"_s).toInt(), 10);

        r = f.run(u"am@example.kz"_s, {u"complete"_s, h});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject done = json(r);
        QCOMPARE(done.value(u"status"_s).toString(), u"completed"_s);
        QVERIFY(done.value(u"override_by"_s).isNull());
        QVERIFY(done.value(u"duration_days"_s).toDouble() >= 2.99);
        QVERIFY(done.value(u"duration_days"_s).toDouble() < 3.1);

        // The text view shows the items, the score and the duration.
        r = f.run({}, {u"show"_s, h}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Quality score: 90%"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Progress: 5/5"_s));
        QVERIFY(r.out.contains(u"[done]"_s));
        QVERIFY(r.out.contains(u"duration 3.0 days"_s));

        // Completed: gone from the open list, still there with --all.
        QVERIFY(json(f.run({}, {u"list"_s})).value(u"handoffs"_s).toArray().isEmpty());
        const QJsonArray all = json(f.run({}, {u"list"_s, u"--all"_s})).value(u"handoffs"_s).toArray();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().toObject().value(u"quality_score"_s).toInt(), 90);
        QCOMPARE(all.first().toObject().value(u"status"_s).toString(), u"completed"_s);
    }

    void completeWithMissingItemsNeedsTeamLeadOverride()
    {
        Fixture f;
        const QString h = QString::number(f.createHandoff(1));
        auto r = f.run(u"am@example.kz"_s, {u"complete"_s, h}, false);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), u"rapport-cli: error: handoff %1 has missing items (meeting, conditions, "
                                  "satisfaction): a team lead must complete it with --override-reason"_s.arg(h));
        QCOMPARE(r.err.count(u'\n'), 1);
        // A reason alone is not enough, nor a team lead alone.
        QCOMPARE(f.run(u"am@example.kz"_s, {u"complete"_s, h, u"--override-reason"_s, u"hurry"_s}).exitCode, 1);
        r = f.run(u"lead@example.kz"_s, {u"complete"_s, h});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"--override-reason"_s));
        QCOMPARE(json(f.run({}, {u"show"_s, h})).value(u"status"_s).toString(), u"open"_s);

        r = f.run(u"lead@example.kz"_s, {u"complete"_s, h, u"--override-reason"_s, u"Client asked to start at once"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(u"override_by"_s).toString(), u"Тимур Ахметов"_s);
        QCOMPARE(json(r).value(u"override_reason"_s).toString(), u"Client asked to start at once"_s);
        QCOMPARE(json(r).value(u"status"_s).toString(), u"completed"_s);
    }

    void secondOpenHandoffIsRefused()
    {
        Fixture f;
        f.createHandoff();
        auto r = f.run(u"sales@example.kz"_s, {u"create"_s, u"--client"_s, QString::number(f.client.value)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"open handoff"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QString() << QStringList {} << 2 << u"needs an action"_s;
        QTest::newRow("unknown action") << QString() << QStringList {u"frobnicate"_s} << 2 << u"unknown"_s;
        QTest::newRow("show without id") << QString() << QStringList {u"show"_s} << 2 << u"needs a handoff ID"_s;
        QTest::newRow("show bad id") << QString() << QStringList {u"show"_s, u"abc"_s} << 2 << u"ID"_s;
        QTest::newRow("show unknown id") << QString() << QStringList {u"show"_s, u"999"_s} << 1 << u"no handoff"_s;
        QTest::newRow("create without client") << QString() << QStringList {u"create"_s} << 2 << u"--client"_s;
        QTest::newRow("create unknown client")
            << QString() << QStringList {u"create"_s, u"--client"_s, u"999"_s} << 1 << u"999"_s;
        QTest::newRow("create bad date") << QString()
                                         << QStringList {u"create"_s, u"--client"_s, u"1"_s, u"--won-at"_s, u"May"_s}
                                         << 2 << u"ISO 8601"_s;
        QTest::newRow("create unknown manager")
            << QString() << QStringList {u"create"_s, u"--client"_s, u"1"_s, u"--manager"_s, u"x@y.kz"_s} << 1
            << u"x@y.kz"_s;
        QTest::newRow("meeting bad mode")
            << u"am@example.kz"_s << QStringList {u"meeting"_s, u"HID"_s,   u"--at"_s,        u"2024-06-03"_s,
                                                  u"--mode"_s,  u"phone"_s, u"--attendees"_s, u"CEO"_s}
            << 2 << u"online"_s;
        QTest::newRow("meeting no attendees")
            << u"am@example.kz"_s
            << QStringList {u"meeting"_s, u"HID"_s, u"--at"_s, u"2024-06-03"_s, u"--mode"_s, u"online"_s} << 1
            << u"attended"_s;
        QTest::newRow("empty question") << u"am@example.kz"_s << QStringList {u"question"_s, u"HID"_s} << 1
                                        << u"empty"_s;
        QTest::newRow("satisfaction 6") << u"am@example.kz"_s << QStringList {u"satisfaction"_s, u"HID"_s, u"6"_s} << 1
                                        << u"1 to 5"_s;
        QTest::newRow("satisfaction text")
            << u"am@example.kz"_s << QStringList {u"satisfaction"_s, u"HID"_s, u"great"_s} << 2 << u"1..5"_s;
        QTest::newRow("score unknown item")
            << u"qc@example.kz"_s << QStringList {u"score"_s, u"HID"_s, u"invoice"_s, u"2"_s} << 2
            << u"card, meeting"_s;
        QTest::newRow("score 3") << u"qc@example.kz"_s << QStringList {u"score"_s, u"HID"_s, u"card"_s, u"3"_s} << 1
                                 << u"0, 1 or 2"_s;
        QTest::newRow("score by account manager")
            << u"am@example.kz"_s << QStringList {u"score"_s, u"HID"_s, u"card"_s, u"2"_s} << 1 << u"quality control"_s;
        QTest::newRow("ack unknown condition")
            << u"am@example.kz"_s << QStringList {u"ack"_s, u"HID"_s, u"999"_s} << 1 << u"999"_s;
        QTest::newRow("answer unknown question")
            << u"sales@example.kz"_s << QStringList {u"answer"_s, u"HID"_s, u"999"_s, u"--text"_s, u"A"_s} << 1
            << u"999"_s;
    }

    void badInput()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        Fixture f;
        const QString h = QString::number(f.createHandoff());
        args.replaceInStrings(u"HID"_s, h);
        const auto r = f.run(user, args, false);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void jsonKeysAreStable()
    {
        Fixture f;
        const qint64 id = f.createHandoff();
        const QJsonObject o = json(f.run({}, {u"show"_s, QString::number(id)}));
        QCOMPARE(sortedKeys(o), (QStringList {u"account_manager_id"_s,
                                              u"account_manager_name"_s,
                                              u"client_id"_s,
                                              u"client_name"_s,
                                              u"completed_at"_s,
                                              u"conditions"_s,
                                              u"duration_days"_s,
                                              u"duration_secs"_s,
                                              u"id"_s,
                                              u"items"_s,
                                              u"meeting_at"_s,
                                              u"meeting_attendees"_s,
                                              u"meeting_mode"_s,
                                              u"missing_items"_s,
                                              u"override_by"_s,
                                              u"override_reason"_s,
                                              u"progress"_s,
                                              u"progress_total"_s,
                                              u"quality_max_points"_s,
                                              u"quality_points"_s,
                                              u"quality_score"_s,
                                              u"questions"_s,
                                              u"sales_owner_id"_s,
                                              u"sales_owner_name"_s,
                                              u"satisfaction"_s,
                                              u"satisfaction_note"_s,
                                              u"scores"_s,
                                              u"status"_s,
                                              u"won_at"_s}));
        QCOMPARE(o.value(u"items"_s).toArray().size(), 5);
        QCOMPARE(sortedKeys(o.value(u"items"_s).toArray().first().toObject()),
                 (QStringList {u"comment"_s, u"detail"_s, u"done"_s, u"item"_s, u"score"_s, u"title"_s}));
        QCOMPARE(sortedKeys(o.value(u"conditions"_s).toArray().first().toObject()),
                 (QStringList {u"acknowledged"_s, u"acknowledged_at"_s, u"acknowledged_by"_s, u"agreed_by"_s,
                               u"agreed_on"_s, u"condition_id"_s, u"text"_s}));
        QVERIFY(o.value(u"quality_score"_s).isNull());
        QVERIFY(o.value(u"completed_at"_s).isNull());
        QCOMPARE(o.value(u"client_name"_s).toString(), u"Степь Логистик"_s);
        QCOMPARE(o.value(u"progress_total"_s).toInt(), 5);

        const QJsonArray list = json(f.run({}, {u"list"_s})).value(u"handoffs"_s).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(sortedKeys(list.first().toObject()),
                 (QStringList {u"account_manager_name"_s, u"age_days"_s, u"client_id"_s, u"client_name"_s,
                               u"completed_at"_s, u"id"_s, u"progress"_s, u"progress_total"_s, u"quality_score"_s,
                               u"sales_owner_name"_s, u"status"_s, u"won_at"_s}));
        QCOMPARE(list.first().toObject().value(u"age_days"_s).toInt(), 3);

        // Filters by salesperson and account manager.
        QCOMPARE(json(f.run({}, {u"list"_s, u"--manager"_s, u"am@example.kz"_s})).value(u"handoffs"_s).toArray().size(),
                 1);
        QCOMPARE(json(f.run({}, {u"list"_s, u"--sales"_s, u"lead@example.kz"_s})).value(u"handoffs"_s).toArray().size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliHandoff)
#include "tst_cli_handoff.moc"
