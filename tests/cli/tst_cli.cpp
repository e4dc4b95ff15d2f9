// The real rapport-cli binary on temporary databases: exit codes, output, usage errors.
#include "testsupport.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db(const QString &name) const { return m_dir.filePath(name); }
    static QJsonObject json(const test::CliRun &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

private Q_SLOTS:
    void initThenCheckPrintsOk()
    {
        const QString path = db(u"a.sqlite"_s);
        auto init = test::runCli({u"--db"_s, path, u"init"_s});
        QCOMPARE(init.exitCode, 0);
        auto check = test::runCli({u"--db"_s, path, u"check"_s});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.out.trimmed(), u"ok"_s);
        QVERIFY(check.err.isEmpty());
    }

    void checkJson()
    {
        const QString path = db(u"j.sqlite"_s);
        QCOMPARE(test::runCli({u"--db"_s, path, u"init"_s}).exitCode, 0);
        auto check = test::runCli({u"--db"_s, path, u"--format"_s, u"json"_s, u"check"_s});
        QCOMPARE(check.exitCode, 0);
        const QJsonObject o = json(check);
        QCOMPARE(o.value(u"ok"_s).toBool(), true);
        QVERIFY(o.value(u"problems"_s).toArray().isEmpty());
        QVERIFY(o.value(u"schema_version"_s).toInt() >= 1);
        QVERIFY(o.value(u"newest_backup"_s).isNull());
        QVERIFY(o.value(u"newest_backup_age_seconds"_s).isNull());

        // After a rotated backup, check names it and gives its age.
        QCOMPARE(test::runCli({u"--db"_s, path, u"backup"_s, u"--rotate"_s}).exitCode, 0);
        const QJsonObject after = json(test::runCli({u"--db"_s, path, u"--format"_s, u"json"_s, u"check"_s}));
        const QString newest = after.value(u"newest_backup"_s).toString();
        QVERIFY2(newest.contains(u"/backups/rapport-"_s), qPrintable(newest));
        QVERIFY(QFileInfo::exists(newest));
        const double age = after.value(u"newest_backup_age_seconds"_s).toDouble(-1);
        QVERIFY2(age >= 0 && age < 120, qPrintable(QString::number(age)));
    }

    void checkMissingFileFails()
    {
        auto check = test::runCli({u"--db"_s, db(u"missing.sqlite"_s), u"check"_s});
        QCOMPARE(check.exitCode, 1);
        QVERIFY(check.err.contains(u"does not exist"_s));
        QCOMPARE(check.err.count(u'\n'), 1); // one clear line
    }

    void checkReportsNewerSchema()
    {
        const QString path = db(u"newer.sqlite"_s);
        QCOMPARE(test::runCli({u"--db"_s, path, u"init"_s}).exitCode, 0);
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(u"PRAGMA user_version = 999"_s);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"raw"_s);
        auto check = test::runCli({u"--db"_s, path, u"check"_s});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(u"999"_s), qPrintable(check.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"init"_s, u"--nonsense"_s};
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"init"_s};
        QTest::newRow("users no action") << QStringList{u"users"_s};
        QTest::newRow("users add missing email") << QStringList{u"users"_s, u"add"_s, u"--name"_s, u"X"_s};
        QTest::newRow("users add bad role") << QStringList{u"users"_s, u"add"_s, u"--name"_s, u"X"_s, u"--email"_s,
                                                           u"x@y.kz"_s, u"--role"_s, u"boss"_s};
        QTest::newRow("restore no file") << QStringList{u"restore"_s};
        QTest::newRow("backup no target") << QStringList{u"backup"_s};
        QTest::newRow("demo bad count") << QStringList{u"demo"_s, u"--clients"_s, u"many"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        auto run = test::runCli(QStringList{u"--db"_s, db(u"usage.sqlite"_s)} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"init", "check", "backup", "restore", "users", "demo"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void helpForEveryCommand()
    {
        QFETCH(QString, command);
        auto run = test::runCli({command, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Usage:"_s));
        QVERIFY(run.out.contains(u"--db"_s));
    }

    void usersAddAndList()
    {
        const QString path = db(u"users.sqlite"_s);
        auto add = test::runCli({u"--db"_s, path, u"--format"_s, u"json"_s, u"users"_s, u"add"_s, u"--name"_s,
                                 u"Динара Абенова"_s, u"--email"_s, u"dinara@example.kz"_s, u"--role"_s,
                                 u"account_manager"_s, u"--cost-rate"_s, u"8500.50"_s});
        QCOMPARE(add.exitCode, 0);
        QCOMPARE(json(add).value(u"cost_rate_minor"_s).toInteger(), 850050);

        auto dup = test::runCli({u"--db"_s, path, u"users"_s, u"add"_s, u"--name"_s, u"X"_s, u"--email"_s,
                                 u"dinara@example.kz"_s, u"--role"_s, u"sales"_s});
        QCOMPARE(dup.exitCode, 1);
        QVERIFY(dup.err.startsWith(u"rapport-cli: error:"_s));

        auto list = test::runCli({u"--db"_s, path, u"--format"_s, u"json"_s, u"users"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray users = json(list).value(u"users"_s).toArray();
        QCOMPARE(users.size(), 1);
        const QJsonObject u = users.first().toObject();
        QCOMPARE(u.value(u"name"_s).toString(), u"Динара Абенова"_s);
        QCOMPARE(u.value(u"role"_s).toString(), u"account_manager"_s);
        QCOMPARE(u.value(u"cost_rate"_s).toString(), u"8500.50"_s);
    }

    void unknownUserIsAFailure()
    {
        const QString path = db(u"who.sqlite"_s);
        auto run = test::runCli({u"--db"_s, path, u"--user"_s, u"nobody@example.kz"_s, u"users"_s, u"list"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"nobody@example.kz"_s));
    }

    void backupRestoreRoundTrip()
    {
        const QString path = db(u"live.sqlite"_s);
        const QString copy = db(u"copy.sqlite"_s);
        const QString restored = db(u"restored.sqlite"_s);
        QCOMPARE(test::runCli({u"--db"_s, path, u"demo"_s, u"--clients"_s, u"10"_s}).exitCode, 0);
        QCOMPARE(test::runCli({u"--db"_s, path, u"backup"_s, u"-o"_s, copy}).exitCode, 0);
        QCOMPARE(test::runCli({u"--db"_s, restored, u"restore"_s, copy}).exitCode, 0);
        auto again = test::runCli({u"--db"_s, restored, u"restore"_s, copy});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"--force"_s));
        QCOMPARE(test::runCli({u"--db"_s, restored, u"restore"_s, u"--force"_s, copy}).exitCode, 0);
        auto a = test::runCli({u"--db"_s, path, u"--format"_s, u"json"_s, u"users"_s, u"list"_s});
        auto b = test::runCli({u"--db"_s, restored, u"--format"_s, u"json"_s, u"users"_s, u"list"_s});
        QVERIFY(!json(a).value(u"users"_s).toArray().isEmpty());
        QCOMPARE(a.out, b.out);
        QCOMPARE(test::runCli({u"--db"_s, restored, u"check"_s}).exitCode, 0);
    }

    void demoIsDeterministic()
    {
        const QString a = db(u"demo-a.sqlite"_s);
        const QString b = db(u"demo-b.sqlite"_s);
        QCOMPARE(test::runCli({u"--db"_s, a, u"demo"_s, u"--seed"_s, u"7"_s}).exitCode, 0);
        QCOMPARE(test::runCli({u"--db"_s, b, u"demo"_s, u"--seed"_s, u"7"_s}).exitCode, 0);
        auto la = test::runCli({u"--db"_s, a, u"--format"_s, u"json"_s, u"users"_s, u"list"_s});
        auto lb = test::runCli({u"--db"_s, b, u"--format"_s, u"json"_s, u"users"_s, u"list"_s});
        QCOMPARE(la.out, lb.out);
        QVERIFY(json(la).value(u"users"_s).toArray().size() >= 5);
        // The demo leaves the planner statistics of what it loaded.
        auto opened = Database::open(a);
        QVERIFY(opened);
        const auto stats = sql::scalar(opened->connection(),
                                       u"SELECT count(*) FROM sqlite_stat1 WHERE tbl IN ('tickets', 'ticket_events')"_s);
        QVERIFY(stats);
        QVERIFY2(stats->toInt() >= 2, qPrintable(QString::number(stats->toInt())));
        opened->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
