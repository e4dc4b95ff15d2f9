// The team database on a real PostgreSQL server (the pg_server fixture):
// `team init`, `team add-user`, `team push` through the real rapport-cli
// binary, and what a staff login may do, tried with psql as that login.
#include "testsupport.h"

#include "storage/migrator.h"
#include "storage/serveraddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

const QString kPsql = u"/usr/lib/postgresql/15/bin/psql"_s;

QJsonObject json(const test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// A database name on the test server that does not exist yet.
QString newDatabaseUri()
{
    auto address = ServerAddress::parse(qEnvironmentVariable("RAPPORT_TEST_PG_URI"));
    if (!address)
        qFatal("RAPPORT_TEST_PG_URI: %s", qPrintable(address.error()));
    static int counter = 0;
    address->database = u"rapport_team_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
    return address->uri();
}

QString asLogin(const QString &uri, const QString &login)
{
    auto address = ServerAddress::parse(uri);
    address->user = login;
    return address->uri();
}

struct PsqlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// One statement through psql as whoever `uri` names, stopping at the first error.
PsqlRun psql(const QString &uri, const QString &statement)
{
    QProcess p;
    p.start(kPsql, {u"-X"_s, u"-At"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, uri, u"-c"_s, statement});
    PsqlRun run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.err = u"psql timed out"_s;
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return run;
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::onServer(), "tst_team runs on the team database engine only (ctest label postgresql)");
        QVERIFY(QFile::exists(kPsql));
    }

    void initCreatesSchemaAndRoles()
    {
        const QString uri = newDatabaseUri();
        auto run = test::runCli({u"--db"_s, uri, u"--format"_s, u"json"_s, u"team"_s, u"init"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject out = json(run);
        QCOMPARE(out.value(u"schema_version"_s).toInt(), Migrator::latestVersion(Engine::PostgreSQL));
        QVERIFY(out.value(u"server"_s).toString().startsWith(u"PostgreSQL "_s));
        const QStringList roles = out.value(u"roles"_s).toVariant().toStringList();
        QVERIFY(roles.contains(u"rapport_staff"_s));
        QVERIFY(roles.contains(u"rapport_account_manager"_s));
        QVERIFY(roles.contains(u"rapport_quality_control"_s));
        // The roles exist on the server, and the schema record is written.
        QCOMPARE(psql(uri, u"SELECT count(*) FROM pg_roles WHERE rolname LIKE 'rapport\\_%' AND NOT rolcanlogin"_s).out,
                 QString::number(roles.size()));
        QCOMPARE(psql(uri, u"SELECT max(version) FROM rapport_schema"_s).out,
                 QString::number(Migrator::latestVersion(Engine::PostgreSQL)));
        // Running it again changes nothing and succeeds.
        run = test::runCli({u"--db"_s, uri, u"team"_s, u"init"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"ready"_s));
        // The database is an ordinary Rapport database for the other commands.
        run = test::runCli({u"--db"_s, uri, u"check"_s});
        QCOMPARE(run.out.trimmed(), u"ok"_s);
        test::dropDatabase(uri);
    }

    void initRefusesAFile()
    {
        const auto run = test::runCli({u"--db"_s, m_dir.filePath(u"solo.sqlite"_s), u"team"_s, u"init"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"postgresql://"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"solo.sqlite"_s)));
    }

    void addUserMakesALoginInItsGroup()
    {
        const QString uri = newDatabaseUri();
        QCOMPARE(test::runCli({u"--db"_s, uri, u"team"_s, u"init"_s}).exitCode, 0);
        auto run = test::runCliWithInput({u"--db"_s, uri, u"--format"_s, u"json"_s, u"team"_s, u"add-user"_s,
                                          u"--email"_s, u"Aigerim@Example.kz"_s, u"--role"_s, u"account_manager"_s,
                                          u"--name"_s, u"Айгерим Нурланова"_s, u"--password-stdin"_s},
                                         "s3cret-pass\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject out = json(run);
        QCOMPARE(out.value(u"login"_s).toString(), u"aigerim@example.kz"_s);
        QCOMPARE(out.value(u"group"_s).toString(), u"rapport_account_manager"_s);
        QVERIFY(out.value(u"password_set"_s).toBool());
        QVERIFY(out.value(u"user_id"_s).toInteger() > 0);
        QCOMPARE(psql(uri, u"SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                           "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'aigerim@example.kz'"_s)
                     .out,
                 u"rapport_account_manager"_s);
        QCOMPARE(psql(uri, u"SELECT rolcanlogin FROM pg_roles WHERE rolname = 'aigerim@example.kz'"_s).out, u"t"_s);
        // The staff member is in the users table with the role.
        run = test::runCli({u"--db"_s, uri, u"--format"_s, u"json"_s, u"users"_s, u"list"_s});
        const QJsonArray users = json(run).value(u"users"_s).toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().toObject().value(u"name"_s).toString(), u"Айгерим Нурланова"_s);
        QCOMPARE(users.first().toObject().value(u"role"_s).toString(), u"account_manager"_s);

        // A changed role moves the login to the other group only.
        run = test::runCli({u"--db"_s, uri, u"team"_s, u"add-user"_s, u"--email"_s, u"aigerim@example.kz"_s,
                            u"--role"_s, u"team_lead"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(psql(uri, u"SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                           "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'aigerim@example.kz'"_s)
                     .out,
                 u"rapport_team_lead"_s);

        // A wrong role is a usage error naming the roles.
        run = test::runCli({u"--db"_s, uri, u"team"_s, u"add-user"_s, u"--email"_s, u"x@example.kz"_s, u"--role"_s,
                            u"boss"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"quality_control"_s));
        test::dropDatabase(uri);
    }

    // What the server refuses to a staff login, whatever the client does.
    void staffLoginRights()
    {
        const QString uri = newDatabaseUri();
        QCOMPARE(test::runCli({u"--db"_s, uri, u"team"_s, u"init"_s}).exitCode, 0);
        QCOMPARE(test::runCli({u"--db"_s, uri, u"team"_s, u"add-user"_s, u"--email"_s, u"am@example.kz"_s,
                               u"--role"_s, u"account_manager"_s})
                     .exitCode,
                 0);
        const QString am = asLogin(uri, u"am@example.kz"_s);
        QCOMPARE(psql(am, u"SELECT current_user"_s).out, u"am@example.kz"_s);

        // Business tables: read and write.
        auto r = psql(am, u"INSERT INTO settings (key, value) VALUES ('team.test', '1')"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(psql(am, u"SELECT value FROM settings WHERE key = 'team.test'"_s).out, u"1"_s);

        // The audit log only grows.
        r = psql(am, u"INSERT INTO audit_log (at, entity, entity_id, action) VALUES (1, 'client', 1, 'create')"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = psql(am, u"UPDATE audit_log SET entity = 'forged'"_s);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"permission denied"_s), qPrintable(r.err));
        r = psql(am, u"DELETE FROM audit_log"_s);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"permission denied"_s), qPrintable(r.err));
        QCOMPARE(psql(uri, u"SELECT count(*) FROM audit_log WHERE entity = 'client'"_s).out, u"1"_s);

        // The schema record is the administrator's.
        r = psql(am, u"DELETE FROM rapport_schema"_s);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"permission denied"_s), qPrintable(r.err));
        // No new roles, no new databases.
        QVERIFY(psql(am, u"CREATE ROLE intruder"_s).exitCode != 0);
        QVERIFY(psql(am, u"CREATE DATABASE intruder"_s).exitCode != 0);
        test::dropDatabase(uri);
    }

    // A one-person file moves into the team database with ids kept.
    void pushMovesADemoDatabase()
    {
        const QString file = m_dir.filePath(u"solo-demo.sqlite"_s);
        auto run = test::runCli({u"--db"_s, file, u"demo"_s, u"--clients"_s, u"12"_s, u"--seed"_s, u"7"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString uri = newDatabaseUri();
        QCOMPARE(test::runCli({u"--db"_s, uri, u"team"_s, u"init"_s}).exitCode, 0);

        run = test::runCli({u"--db"_s, uri, u"--format"_s, u"json"_s, u"team"_s, u"push"_s, u"--from"_s, file,
                            u"--verify"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject out = json(run);
        QVERIFY(out.value(u"verified"_s).toBool());
        const QJsonArray checks = out.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), out.value(u"tables"_s).toInt());
        QVERIFY(checks.size() > 20);
        qint64 rows = 0;
        for (const QJsonValue &v : checks) {
            const QJsonObject c = v.toObject();
            QVERIFY2(c.value(u"ok"_s).toBool(), qPrintable(c.value(u"table"_s).toString()));
            QCOMPARE(c.value(u"source_rows"_s).toInteger(), c.value(u"target_rows"_s).toInteger());
            QCOMPARE(c.value(u"source_checksum"_s).toString(), c.value(u"target_checksum"_s).toString());
            QCOMPARE(c.value(u"target_checksum"_s).toString().size(), 64);
            rows += c.value(u"target_rows"_s).toInteger();
        }
        QCOMPARE(out.value(u"rows"_s).toInteger(), rows);

        // The same clients, ids included, through the normal commands.
        const auto listOf = [](const QString &db) {
            return json(test::runCli({u"--db"_s, db, u"--format"_s, u"json"_s, u"clients"_s, u"list"_s, u"--limit"_s,
                                      u"100"_s}))
                .value(u"clients"_s)
                .toArray();
        };
        const QJsonArray solo = listOf(file);
        QCOMPARE(solo.size(), 12);
        QCOMPARE(listOf(uri), solo);
        // The tickets' figures agree.
        const QStringList dashboard{u"--format"_s, u"json"_s, u"report"_s, u"dashboard"_s, u"--from"_s,
                                    u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--as-of"_s,
                                    u"2026-12-01T00:00:00Z"_s};
        const auto a = test::runCli(QStringList{u"--db"_s, file} + dashboard);
        const auto b = test::runCli(QStringList{u"--db"_s, uri} + dashboard);
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));
        QCOMPARE(json(b), json(a));

        // A new client on the server continues after the highest pushed id.
        qint64 maxId = 0;
        for (const QJsonValue &c : solo)
            maxId = std::max<qint64>(maxId, c.toObject().value(u"id"_s).toInteger());
        run = test::runCli({u"--db"_s, uri, u"--format"_s, u"json"_s, u"clients"_s, u"add"_s, u"--legal-name"_s,
                            u"ТОО «Новый клиент»"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(json(run).value(u"id"_s).toInteger(), maxId + 1);

        // A team database with clients is not filled a second time.
        run = test::runCli({u"--db"_s, uri, u"team"_s, u"push"_s, u"--from"_s, file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"already holds"_s), qPrintable(run.err));
        QCOMPARE(listOf(uri).size(), 13);
        test::dropDatabase(uri);
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
