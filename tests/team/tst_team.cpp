// The team database on a real PostgreSQL server (the pg_server fixture):
// `team init`, `team add-user`, `team push` through the real rapport-cli
// binary, and what a staff login may do, tried with psql as that login.
#include "testsupport.h"

#include "storage/migrator.h"
#include "storage/serveraddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

    // An unreachable server: one clear message, no connection warnings.
    void unreachableServerIsOneMessage()
    {
        const auto run = test::runCli({u"--db"_s, u"postgresql://am%40example.kz@127.0.0.1:1/rapport"_s, u"check"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"rapport-cli: error: Cannot connect to the team database am@example.kz@127.0.0.1:1/rapport"_s),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(u"rapport-cli:"_s), 1);
        QVERIFY2(!run.err.contains(u"QSqlDatabase"_s) && !run.err.contains(u"rapport.storage"_s)
                     && !run.err.contains(u"QPSQL"_s),
                 qPrintable(run.err));
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
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no server warnings passed on
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
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
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

    // The rules the server keeps whoever connects (postgresql/0008_rights.sql):
    // an account manager cannot score, override, hold or forge the audit log;
    // nobody changes or deletes an issued invoice or an audit entry.
    void serverEnforcesRoleRules()
    {
        const QString uri = newDatabaseUri();
        QCOMPARE(test::runCli({u"--db"_s, uri, u"team"_s, u"init"_s}).exitCode, 0);
        auto run = test::runCli({u"--db"_s, uri, u"demo"_s, u"--clients"_s, u"12"_s, u"--seed"_s, u"7"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList logins{u"am@example.kz"_s, u"qc@example.kz"_s, u"lead@example.kz"_s};
        const QStringList roles{u"account_manager"_s, u"quality_control"_s, u"team_lead"_s};
        for (int i = 0; i < logins.size(); ++i) {
            run = test::runCli({u"--db"_s, uri, u"team"_s, u"add-user"_s, u"--email"_s, logins.at(i), u"--role"_s,
                                roles.at(i)});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const QString am = asLogin(uri, logins.at(0));
        const QString qc = asLogin(uri, logins.at(1));
        const QString lead = asLogin(uri, logins.at(2));
        // What the demo made, so that every refusal below has rows to refuse.
        QVERIFY(psql(uri, u"SELECT count(*) FROM handoff_scores"_s).out.toInt() > 0);
        QVERIFY(psql(uri, u"SELECT count(*) FROM invoices WHERE status <> 'draft'"_s).out.toInt() > 0);
        const QString scores = psql(uri, u"SELECT string_agg(score || comment, ',' ORDER BY handoff_id, item) "
                                         "FROM handoff_scores"_s).out;

        const auto refused = [](const PsqlRun &r, const QString &expected) {
            return r.exitCode != 0 && r.err.contains(expected);
        };
        // Only quality control (or a team lead) scores a handoff.
        auto r = psql(am, u"UPDATE handoff_scores SET score = 2, comment = 'forged'"_s);
        QVERIFY2(refused(r, u"Only quality control or a team lead can score a handoff"_s), qPrintable(r.err));
        r = psql(am, u"DELETE FROM handoff_scores"_s);
        QVERIFY2(refused(r, u"Only quality control"_s), qPrintable(r.err));
        r = psql(am, u"INSERT INTO handoff_scores (handoff_id, item, score, scored_at) "
                     "SELECT min(id), 'card', 2, 1 FROM handoffs ON CONFLICT DO NOTHING"_s);
        QVERIFY2(refused(r, u"Only quality control"_s), qPrintable(r.err));
        QCOMPARE(psql(uri, u"SELECT string_agg(score || comment, ',' ORDER BY handoff_id, item) FROM handoff_scores"_s)
                     .out,
                 scores);
        r = psql(qc, u"UPDATE handoff_scores SET comment = comment WHERE handoff_id = (SELECT min(handoff_id) "
                     "FROM handoff_scores)"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Only a team lead overrides a handoff or holds dunning.
        r = psql(am, u"UPDATE handoffs SET override_reason = 'forged' WHERE id = (SELECT min(id) FROM handoffs)"_s);
        QVERIFY2(refused(r, u"Only a team lead can override a handoff"_s), qPrintable(r.err));
        const QString hold = u"INSERT INTO dunning_pauses (client_id, kind, reason, created_at) "
                             "SELECT min(id), 'hold', 'test', 1 FROM clients"_s;
        r = psql(am, hold);
        QVERIFY2(refused(r, u"Only a team lead can hold dunning"_s), qPrintable(r.err));
        r = psql(am, u"UPDATE dunning_pauses SET released_on = '2026-01-01' WHERE kind = 'hold'"_s);
        QVERIFY(psql(uri, u"SELECT count(*) FROM dunning_pauses WHERE kind = 'hold'"_s).out.toInt() == 0
                || refused(r, u"Only a team lead"_s));
        r = psql(lead, hold);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = psql(am, u"DELETE FROM dunning_pauses WHERE kind = 'hold'"_s);
        QVERIFY2(refused(r, u"Only a team lead"_s), qPrintable(r.err));

        // An issued invoice is never changed or deleted, by anyone.
        const QString totals = u"SELECT string_agg(number || '=' || total_minor, ',' ORDER BY id) FROM invoices "
                               "WHERE status <> 'draft'"_s;
        const QString before = psql(uri, totals).out;
        for (const QString &who : {am, lead, uri}) {
            r = psql(who, u"UPDATE invoices SET total_minor = total_minor + 1 WHERE status <> 'draft'"_s);
            QVERIFY2(refused(r, u"An issued invoice is never changed"_s), qPrintable(r.err));
            r = psql(who, u"UPDATE invoices SET status = 'draft' WHERE status = 'issued'"_s);
            QVERIFY(r.exitCode != 0 || psql(uri, u"SELECT count(*) FROM invoices WHERE status = 'issued'"_s).out == u"0"_s);
            r = psql(who, u"DELETE FROM invoices WHERE status <> 'draft'"_s);
            QVERIFY2(refused(r, u"An issued invoice is never deleted"_s), qPrintable(r.err));
            r = psql(who, u"DELETE FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices WHERE status <> 'draft')"_s);
            QVERIFY2(refused(r, u"lines of an issued invoice are never deleted"_s), qPrintable(r.err));
        }
        QCOMPARE(psql(uri, totals).out, before);

        // The audit log is append-only for the administrator too.
        QVERIFY2(refused(psql(uri, u"DELETE FROM audit_log"_s), u"append-only"_s), "administrator deleted audit rows");
        QVERIFY2(refused(psql(uri, u"UPDATE audit_log SET entity = 'forged'"_s), u"append-only"_s),
                 "administrator changed audit rows");
        QVERIFY2(refused(psql(uri, u"TRUNCATE audit_log"_s), u"append-only"_s), "administrator emptied the audit log");

        // The server writes who did it: a forged author is replaced by the login.
        r = psql(am, u"INSERT INTO audit_log (at, user_email, db_user, entity, entity_id, action) "
                     "VALUES (1, 'lead@example.kz', 'lead@example.kz', 'forged', 1, 'create')"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(psql(uri, u"SELECT user_email || ' ' || db_user FROM audit_log WHERE entity = 'forged'"_s).out,
                 u"am@example.kz am@example.kz"_s);

        // Through the application: the login is who acts; naming another is refused.
        run = test::runCli({u"--db"_s, am, u"--format"_s, u"json"_s, u"clients"_s, u"add"_s, u"--legal-name"_s,
                            u"ТОО «Сессия»"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = test::runCli({u"--db"_s, am, u"--format"_s, u"json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"1"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject entry = json(run).value(u"entries"_s).toArray().first().toObject();
        QCOMPARE(entry.value(u"entity"_s).toString(), u"client"_s);
        QCOMPARE(entry.value(u"user_email"_s).toString(), u"am@example.kz"_s);
        QCOMPARE(entry.value(u"db_user"_s).toString(), u"am@example.kz"_s);
        run = test::runCli({u"--db"_s, am, u"--user"_s, u"lead@example.kz"_s, u"clients"_s, u"add"_s,
                            u"--legal-name"_s, u"ТОО «Чужое имя»"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"you work as your login am@example.kz"_s), qPrintable(run.err));
        QCOMPARE(psql(uri, u"SELECT count(*) FROM clients WHERE legal_name = 'ТОО «Чужое имя»'"_s).out, u"0"_s);
        // Repeating one's own login is fine.
        run = test::runCli({u"--db"_s, am, u"--user"_s, u"AM@example.kz"_s, u"users"_s, u"list"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        test::dropDatabase(uri);
    }

    // Two desks start the month's billing and the dunning run at the same
    // moment: every client is billed once and every step recorded once, and
    // neither run reports a failure (the second finds the first one's work).
    void concurrentRunsDoTheWorkOnce()
    {
        const QString uri = newDatabaseUri();
        QCOMPARE(test::runCli({u"--db"_s, uri, u"team"_s, u"init"_s}).exitCode, 0);
        auto run = test::runCli({u"--db"_s, uri, u"demo"_s, u"--clients"_s, u"60"_s, u"--seed"_s, u"3"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto both = [&](const QStringList &command) {
            QList<QProcess *> processes;
            for (int i = 0; i < 2; ++i) {
                auto *p = new QProcess(this);
                p->start(qEnvironmentVariable("RAPPORT_CLI"), QStringList{u"--db"_s, uri, u"--format"_s, u"json"_s} + command);
                processes << p;
            }
            QList<test::CliRun> runs;
            for (QProcess *p : std::as_const(processes)) {
                p->waitForFinished(120000);
                test::CliRun r;
                r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
                r.out = QString::fromUtf8(p->readAllStandardOutput());
                r.err = QString::fromUtf8(p->readAllStandardError());
                runs << r;
                delete p;
            }
            return runs;
        };

        const QString month = u"SELECT count(*) FROM invoices WHERE month = '2026-12' AND status <> 'cancelled'"_s;
        const int before = psql(uri, month).out.toInt();
        const auto billing = both({u"billing"_s, u"run"_s, u"--month"_s, u"2026-12"_s});
        int created = 0;
        for (const test::CliRun &r : billing) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(json(r).value(u"failed"_s).toInt(), 0);
            created += json(r).value(u"created"_s).toInt();
        }
        QVERIFY(created > 0);
        QCOMPARE(psql(uri, month).out.toInt() - before, created);

        const int stepsBefore = psql(uri, u"SELECT count(*) FROM dunning_steps"_s).out.toInt();
        // The day the runs are for is "today" for them (a later date only previews).
        qputenv("RAPPORT_NOW", "2027-03-01T12:00:00+05:00");
        const auto dunning = both({u"dunning"_s, u"run"_s, u"--as-of"_s, u"2027-03-01"_s});
        qunsetenv("RAPPORT_NOW");
        int taken = 0;
        for (const test::CliRun &r : dunning) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            taken += json(r).value(u"steps"_s).toArray().size();
        }
        QVERIFY(taken > 0);
        QCOMPARE(psql(uri, u"SELECT count(*) FROM dunning_steps"_s).out.toInt() - stepsBefore, taken);
        test::dropDatabase(uri);
    }

    // `backup -o FILE.sqlite` of a team database: one snapshot of the server
    // as an ordinary Rapport file, the same figures, the file's rules in place.
    void backupWritesASnapshotFile()
    {
        const QString uri = newDatabaseUri();
        QCOMPARE(test::runCli({u"--db"_s, uri, u"team"_s, u"init"_s}).exitCode, 0);
        auto run = test::runCli({u"--db"_s, uri, u"demo"_s, u"--clients"_s, u"12"_s, u"--seed"_s, u"5"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString file = m_dir.filePath(u"team-snapshot.sqlite"_s);
        run = test::runCli({u"--db"_s, uri, u"--format"_s, u"json"_s, u"backup"_s, u"-o"_s, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(json(run).value(u"backup"_s).toString(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(!QFile::exists(file + u"-wal"_s));
        QCOMPARE(test::runCli({u"--db"_s, file, u"check"_s}).out.trimmed(), u"ok"_s);

        // The same records and figures from the file as from the server.
        const QStringList dashboard{u"--format"_s, u"json"_s, u"report"_s, u"dashboard"_s, u"--from"_s,
                                    u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--as-of"_s,
                                    u"2026-12-01T00:00:00Z"_s};
        for (const QStringList &command : {dashboard, QStringList{u"--format"_s, u"json"_s, u"clients"_s, u"list"_s,
                                                                  u"--limit"_s, u"100"_s},
                                           QStringList{u"--format"_s, u"json"_s, u"invoice"_s, u"list"_s},
                                           QStringList{u"--format"_s, u"json"_s, u"audit"_s, u"list"_s, u"--limit"_s,
                                                       u"100000"_s}}) {
            const auto a = test::runCli(QStringList{u"--db"_s, uri} + command);
            const auto b = test::runCli(QStringList{u"--db"_s, file} + command);
            QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(command.join(u' ') + a.err + b.err));
            QVERIFY2(json(a) == json(b), qPrintable(command.join(u' ')));
            QVERIFY(!json(a).isEmpty());
        }
        // Work logged on tickets was copied, not counted twice by the file's triggers.
        const QString minutes = u"SELECT sum(work_minutes) FROM tickets"_s;
        const QString server = psql(uri, minutes).out;
        QVERIFY(server.toLongLong() > 0);
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"snapshot-check"_s);
            conn.setDatabaseName(file);
            QVERIFY(conn.open());
            QSqlQuery q(conn);
            QVERIFY(q.exec(minutes) && q.next());
            QCOMPARE(q.value(0).toString(), server);
            // The file's own rules are back: the audit log stays append-only.
            QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"_s) && q.next());
            QVERIFY(q.value(0).toInt() >= 10);
            QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
            QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
            q.finish();
            conn.close();
        }
        QSqlDatabase::removeDatabase(u"snapshot-check"_s);
        test::dropDatabase(uri);
    }

    // A one-person file moves into the team database with ids kept.
    // Crash safety on the team database (issue 13): `team push` killed with
    // SIGKILL at random moments leaves the team database as `team init` made
    // it (the push is one transaction on the server), and a push after the
    // last kill moves everything and verifies.
    void killedPushLeavesTheTeamDatabaseUnchanged()
    {
        const QString file = m_dir.filePath(u"kill-demo.sqlite"_s);
        auto run = test::runCli({u"--db"_s, file, u"demo"_s, u"--clients"_s, u"30"_s, u"--seed"_s, u"5"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString tables = u"clients, contacts, tickets, ticket_events, time_entries, invoices, users, "
                               "audit_log, timeline_events, dunning_steps"_s;
        QString counts = u"SELECT concat_ws(' ' "_s;
        for (const QString &t : tables.split(u", "_s))
            counts += u", (SELECT count(*) FROM %1)"_s.arg(t);
        counts += u")"_s;

        // How long an uninterrupted push takes here, to spread the kills over it.
        const QString reference = newDatabaseUri();
        QCOMPARE(test::runCli({u"--db"_s, reference, u"team"_s, u"init"_s}).exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        run = test::runCli({u"--db"_s, reference, u"team"_s, u"push"_s, u"--from"_s, file});
        const qint64 span = std::max<qint64>(200, timer.elapsed());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString full = psql(reference, counts).out;

        QString uri = newDatabaseUri();
        QCOMPARE(test::runCli({u"--db"_s, uri, u"team"_s, u"init"_s}).exitCode, 0);
        const QString empty = psql(uri, counts).out;
        QVERIFY2(!empty.isEmpty() && empty != full, qPrintable(empty + u" / "_s + full));

        QRandomGenerator rng(quint32(QDateTime::currentMSecsSinceEpoch()));
        const quint32 seed = rng.generate();
        rng.seed(seed);
        int killed = 0;
        int finished = 0;
        for (int attempt = 0; attempt < 40 && killed < 12; ++attempt) {
            QProcess p;
            p.start(qEnvironmentVariable("RAPPORT_CLI"), {u"--db"_s, uri, u"team"_s, u"push"_s, u"--from"_s, file});
            QVERIFY(p.waitForStarted());
            const int delay = 20 + int(rng.bounded(quint32(span + 100)));
            if (p.waitForFinished(delay)) {
                // It got through before the kill: the work is all there; start again on an empty one.
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
                QCOMPARE(psql(uri, counts).out, full);
                ++finished;
                uri = newDatabaseUri();
                QCOMPARE(test::runCli({u"--db"_s, uri, u"team"_s, u"init"_s}).exitCode, 0);
                QCOMPARE(psql(uri, counts).out, empty);
                continue;
            }
            p.kill();
            p.waitForFinished();
            ++killed;
            // The server ends the dead client's session (its transaction
            // rolled back, or committed if the kill came after the commit).
            QTRY_COMPARE_WITH_TIMEOUT(psql(uri, u"SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                                 "current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"_s)
                                          .out,
                                      u"0"_s, 10000);
            const QString after = psql(uri, counts).out;
            QVERIFY2(after == empty || after == full, qPrintable(after));
            if (after == full) {
                ++finished;
                uri = newDatabaseUri();
                QCOMPARE(test::runCli({u"--db"_s, uri, u"team"_s, u"init"_s}).exitCode, 0);
            }
        }
        qInfo("team push: %d kills survived, %d pushes complete before or at the kill (seed %u, push %lld ms)", killed,
              finished, seed, span);
        QVERIFY2(killed >= 10, qPrintable(u"only %1 kills landed"_s.arg(killed)));
        if (psql(uri, counts).out == empty) {
            run = test::runCli({u"--db"_s, uri, u"--format"_s, u"json"_s, u"team"_s, u"push"_s, u"--from"_s, file,
                                u"--verify"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(json(run).value(u"verified"_s).toBool());
        }
        QCOMPARE(psql(uri, counts).out, full);
    }

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
