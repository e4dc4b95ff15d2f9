// Storage foundation: create, reopen, migrations, transactions, audit, backup.
#include "testsupport.h"

#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/healthcheck.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static User staff(const QString &email, Role role = Role::AccountManager)
    {
        User u;
        u.name = u"Асель Касымова"_s;
        u.email = email;
        u.role = role;
        u.costRate = Money(850000, u"KZT"_s);
        return u;
    }

private Q_SLOTS:
    void freshCreateHasPragmasAndLatestVersion()
    {
        test::TempDatabase t;
        QCOMPARE(t.db.schemaVersion(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 1);
        const QSqlDatabase c = t.db.connection();
        QCOMPARE(sql::scalar(c, u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
        QCOMPARE(sql::scalar(c, u"PRAGMA foreign_keys"_s)->toInt(), 1);
        QCOMPARE(sql::scalar(c, u"PRAGMA synchronous"_s)->toInt(), 2); // FULL
        QVERIFY(sql::scalar(c, u"PRAGMA busy_timeout"_s)->toInt() >= 5000);
        QVERIFY(HealthCheck(t.db).problems().isEmpty());
    }

    void fileIsPrivate()
    {
        test::TempDatabase t;
        const auto perms = QFileInfo(t.path).permissions();
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(perms & QFileDevice::WriteOwner);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
    }

    void reopenKeepsDataAndAppliesMigrationsOnce()
    {
        test::TempDatabase t;
        QVERIFY(UserRepository(t.db).add(staff(u"one@example.kz"_s)).ok());
        Database::closeAllConnections(t.path);
        auto again = Database::open(t.path);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->schemaVersion(), Migrator::latestVersion());
        QCOMPARE(UserRepository(*again).count(), 1);
        // No backup is taken when nothing needs migrating.
        QVERIFY(!QFileInfo::exists(t.path + u".pre-v"_s + QString::number(Migrator::latestVersion()) + u".sqlite"_s));
    }

    void olderDatabaseIsBackedUpThenMigrated()
    {
        // A file written before the current schema: version 0 with data.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(sql::exec(raw, u"CREATE TABLE legacy (x INTEGER)"_s).ok());
            QVERIFY(sql::exec(raw, u"INSERT INTO legacy VALUES (42)"_s).ok());
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
        QCOMPARE(sql::scalar(db->connection(), u"SELECT x FROM legacy"_s)->toInt(), 42);

        const QString backup = path + u".pre-v"_s + QString::number(Migrator::latestVersion()) + u".sqlite"_s;
        QVERIFY(QFileInfo::exists(backup));
        {
            auto copy = Database::open(backup, {.createIfMissing = false, .migrate = false});
            QVERIFY(copy.ok());
            QCOMPARE(copy->schemaVersion(), 0);
            QCOMPARE(sql::scalar(copy->connection(), u"SELECT x FROM legacy"_s)->toInt(), 42);
            Database::closeAllConnections(backup);
        }
        Database::closeAllConnections(path);
    }

    void migrationsAreNumberedWithoutGaps()
    {
        const auto scripts = Migrator::scripts();
        QVERIFY(!scripts.isEmpty());
        for (int i = 0; i < scripts.size(); ++i)
            QCOMPARE(scripts.at(i).version, i + 1);
    }

    void newerVersionIsRefused()
    {
        test::TempDatabase t;
        const int newer = Migrator::latestVersion() + 5;
        QVERIFY(sql::exec(t.db.connection(), u"PRAGMA user_version = "_s + QString::number(newer)).ok());
        Database::closeAllConnections(t.path);
        auto refused = Database::open(t.path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QString::number(newer)), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QString::number(Migrator::latestVersion())), qPrintable(refused.error()));
    }

    void notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"text.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not sqlite, just a text file that is long enough to have a header\n");
        f.close();
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(u"not a Rapport database"_s));
        Database::closeAllConnections(path);
    }

    void rollbackLeavesNothing()
    {
        test::TempDatabase t;
        {
            Transaction outer(t.db.connection());
            QVERIFY(outer.isActive());
            QVERIFY(UserRepository(t.db).add(staff(u"a@example.kz"_s)).ok()); // joins the outer transaction
            {
                Transaction inner(t.db.connection());
                QVERIFY(sql::exec(t.db.connection(), u"INSERT INTO settings (key, value) VALUES ('k', 'v')"_s).ok());
                // inner leaves scope without commit: the whole unit must roll back
            }
            QVERIFY(!outer.commit().ok());
        }
        QCOMPARE(UserRepository(t.db).count(), 0);
        QCOMPARE(sql::scalar(t.db.connection(), u"SELECT count(*) FROM settings"_s)->toInt(), 0);
        QCOMPARE(sql::scalar(t.db.connection(), u"SELECT count(*) FROM audit_log"_s)->toInt(), 0);
    }

    void nestedCommitCommitsOnceAtOutermost()
    {
        test::TempDatabase t;
        Transaction outer(t.db.connection());
        {
            Transaction inner(t.db.connection());
            QVERIFY(sql::exec(t.db.connection(), u"INSERT INTO settings (key, value) VALUES ('k', 'v')"_s).ok());
            QVERIFY(inner.commit().ok());
        }
        // Another connection must not see it before the outer commit.
        test::TempDatabase other;
        QVERIFY(outer.commit().ok());
        QCOMPARE(sql::scalar(t.db.connection(), u"SELECT value FROM settings WHERE key = 'k'"_s)->toString(), u"v"_s);
    }

    void auditRecordsWhoWhatOldAndNew()
    {
        test::TempDatabase t;
        auto lead = UserRepository(t.db).add(staff(u"lead@example.kz"_s, Role::TeamLead));
        QVERIFY(lead.ok());
        t.db.setActor(*lead);
        UserRepository repo(t.db);
        auto am = repo.add(staff(u"am@example.kz"_s));
        QVERIFY(am.ok());
        User changed = *am;
        changed.costRate = Money(900000, u"KZT"_s);
        QVERIFY(repo.update(changed).ok());
        QVERIFY(repo.update(changed).ok()); // no change: no audit row

        const auto entries = AuditLog(t.db).entriesFor(u"user"_s, am->id.value);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, u"create"_s);
        QCOMPARE(entries.at(0).userEmail, u"lead@example.kz"_s);
        QCOMPARE(entries.at(0).newValues.value(u"email"_s).toString(), u"am@example.kz"_s);
        QCOMPARE(entries.at(1).action, u"update"_s);
        QCOMPARE(entries.at(1).oldValues.value(u"cost_rate_minor"_s).toLongLong(), 850000);
        QCOMPARE(entries.at(1).newValues.value(u"cost_rate_minor"_s).toLongLong(), 900000);
        QVERIFY(!entries.at(1).newValues.contains(u"name"_s)); // only changed fields
    }

    void userValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << u"Ерлан"_s << u"erlan@example.kz"_s << true;
        QTest::newRow("no name") << u"  "_s << u"x@example.kz"_s << false;
        QTest::newRow("bad email") << u"Ерлан"_s << u"erlan.example.kz"_s << false;
        QTest::newRow("spaces in email") << u"Ерлан"_s << u"er lan@example.kz"_s << false;
    }

    void userValidation()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(bool, valid);
        test::TempDatabase t;
        User u = staff(email);
        u.name = name;
        auto added = UserRepository(t.db).add(u);
        QCOMPARE(added.ok(), valid);
        if (!valid)
            QVERIFY(!added.error().isEmpty());
    }

    void duplicateEmailRefused()
    {
        test::TempDatabase t;
        QVERIFY(UserRepository(t.db).add(staff(u"same@example.kz"_s)).ok());
        auto again = UserRepository(t.db).add(staff(u"SAME@example.kz"_s));
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(u"already exists"_s));
    }

    void backupAndRestoreRoundTrip()
    {
        test::TempDatabase t;
        QVERIFY(UserRepository(t.db).add(staff(u"keep@example.kz"_s)).ok());
        const QString backupFile = t.dir.filePath(u"copy.sqlite"_s);
        QVERIFY(Backup(t.db).writeTo(backupFile).ok());
        QVERIFY(Backup::quickCheck(backupFile).ok());
        QVERIFY(!(QFileInfo(backupFile).permissions() & QFileDevice::ReadOther));

        // Changes after the backup disappear on restore.
        QVERIFY(UserRepository(t.db).add(staff(u"later@example.kz"_s)).ok());
        QCOMPARE(UserRepository(t.db).count(), 2);

        const Status refused = Backup::restore(backupFile, t.path, false);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(u"--force"_s));

        QVERIFY(Backup::restore(backupFile, t.path, true).ok());
        auto reopened = Database::open(t.path);
        QVERIFY(reopened.ok());
        QCOMPARE(UserRepository(*reopened).count(), 1);
        QVERIFY(UserRepository(*reopened).byEmail(u"keep@example.kz"_s).has_value());
    }

    void restoreRefusesCorruptBackup()
    {
        test::TempDatabase t;
        const QString bad = t.dir.filePath(u"bad.sqlite"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        QVERIFY(!Backup::restore(bad, t.dir.filePath(u"new.sqlite"_s), false).ok());
        QVERIFY(!QFileInfo::exists(t.dir.filePath(u"new.sqlite"_s)));
    }

    void rotationKeepsNewest()
    {
        test::TempDatabase t;
        const QString dir = t.dir.filePath(u"backups"_s);
        Backup backup(t.db);
        QStringList written;
        for (int i = 0; i < 4; ++i) {
            auto f = backup.rotate(dir, 2);
            QVERIFY2(f.ok(), qPrintable(f.error()));
            written << *f;
            QTest::qWait(5); // distinct millisecond stamps
        }
        const QStringList kept = Backup::automaticBackups(dir);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept, written.mid(2));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
