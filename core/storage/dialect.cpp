#include "dialect.h"

#include "sql.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

class SqliteDialect final : public Dialect
{
public:
    Engine engine() const override { return Engine::SQLite; }
    QString driverName() const override { return u"QSQLITE"_s; }
    // A deferred BEGIN lets two writers deadlock into SQLITE_BUSY.
    QString beginWrite() const override { return u"BEGIN IMMEDIATE"_s; }
    // A savepoint outside a transaction begins a deferred one: its first
    // read fixes the snapshot (WAL), later commits stay unseen until release.
    QString beginReadSnapshot() const override { return u"SAVEPOINT read_snapshot"_s; }
    QString endReadSnapshot() const override { return u"RELEASE read_snapshot"_s; }
    QString caseless(const QString &expr) const override { return expr + u" COLLATE NOCASE"_s; }
    QString contains(const QString &haystack, const QString &needle) const override
    {
        return u"instr(%1, %2) > 0"_s.arg(haystack, needle);
    }
    Result<bool> tableExists(const QSqlDatabase &connection, const QString &table) const override
    {
        auto n = sql::scalar(connection, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table});
        if (!n)
            return fail(n.error());
        return n->toInt() > 0;
    }
    Status syncIdentity(const QSqlDatabase &, const QString &) const override { return {}; }
    QString migrationsFolder() const override { return u":/migrations"_s; }
    Status refreshStatistics(const QSqlDatabase &connection) const override
    {
        // A sampled ANALYZE (about a second over a million tickets) fills
        // sqlite_stat1, which a file freshly bulk-loaded does not have.
        for (const QString &statement : { u"PRAGMA analysis_limit = 1000"_s, u"ANALYZE"_s }) {
            if (auto q = sql::exec(connection, statement); !q)
                return fail(q.error());
        }
        return {};
    }
    Result<int> schemaVersion(const QSqlDatabase &connection) const override
    {
        auto v = sql::scalar(connection, u"PRAGMA user_version"_s);
        if (!v)
            return fail(v.error());
        return v->toInt();
    }
    Status recordSchemaVersion(const QSqlDatabase &connection, int version, const QString &) const override
    {
        // sql-ok: PRAGMA takes no bound parameters; the version is an integer we own.
        if (auto q = sql::exec(connection, u"PRAGMA user_version = "_s + QString::number(version)); !q)
            return fail(q.error());
        return {};
    }
    Status serialize(const QSqlDatabase &, qint64) const override { return {}; }
    Status execScript(const QSqlDatabase &connection, const QString &script) const override
    {
        return sql::execScript(connection, script);
    }
};

class PostgresDialect final : public Dialect
{
public:
    Engine engine() const override { return Engine::PostgreSQL; }
    QString driverName() const override { return u"QPSQL"_s; }
    QString beginWrite() const override { return u"BEGIN"_s; }
    QString beginReadSnapshot() const override { return u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s; }
    QString endReadSnapshot() const override { return u"COMMIT"_s; }
    QString caseless(const QString &expr) const override { return u"lower(%1)"_s.arg(expr); }
    QString contains(const QString &haystack, const QString &needle) const override
    {
        return u"strpos(%1, %2) > 0"_s.arg(haystack, needle);
    }
    Result<bool> tableExists(const QSqlDatabase &connection, const QString &table) const override
    {
        auto n = sql::scalar(connection,
                             u"SELECT count(*) FROM information_schema.tables "
                             u"WHERE table_schema = current_schema() AND table_name = ?"_s,
                             {table});
        if (!n)
            return fail(n.error());
        return n->toInt() > 0;
    }
    Status syncIdentity(const QSqlDatabase &connection, const QString &table) const override
    {
        const QString statement =
            // sql-ok: `table` is one of Rapport's own table names, never user text.
            u"SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce((SELECT max(id) FROM %1), 0) + 1, false)"_s.arg(
                table);
        if (auto q = sql::exec(connection, statement, {table}); !q)
            return fail(q.error());
        return {};
    }
    QString migrationsFolder() const override { return u":/migrations/postgresql"_s; }
    Status refreshStatistics(const QSqlDatabase &) const override
    {
        // The server's autovacuum analyzes changed tables by itself, and a
        // staff login does not own the tables ANALYZE would need.
        return {};
    }
    Result<int> schemaVersion(const QSqlDatabase &connection) const override
    {
        auto exists = sql::scalar(connection, u"SELECT to_regclass('rapport_schema') IS NOT NULL"_s);
        if (!exists)
            return fail(exists.error());
        if (!exists->toBool())
            return 0;
        auto v = sql::scalar(connection, u"SELECT coalesce(max(version), 0) FROM rapport_schema"_s);
        if (!v)
            return fail(v.error());
        return v->toInt();
    }
    Status recordSchemaVersion(const QSqlDatabase &connection, int version, const QString &name) const override
    {
        if (auto q = sql::exec(connection, u"CREATE TABLE IF NOT EXISTS rapport_schema ("
                                           "version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
            !q)
            return fail(q.error());
        if (auto q = sql::exec(connection, u"INSERT INTO rapport_schema (version, name, applied_at) VALUES (?, ?, ?)"_s,
                               {version, name, QDateTime::currentSecsSinceEpoch()});
            !q)
            return fail(q.error());
        return {};
    }
    Status serialize(const QSqlDatabase &connection, qint64 key) const override
    {
        if (auto q = sql::exec(connection, u"SELECT pg_advisory_xact_lock(?)"_s, {key}); !q)
            return fail(q.error());
        return {};
    }
    // The server takes a whole script in one simple query (functions with
    // $$ bodies included), inside the caller's transaction.
    Status execScript(const QSqlDatabase &connection, const QString &script) const override
    {
        QSqlQuery q(connection);
        if (!q.exec(script))
            return fail(sql::describeError(q.lastError().text(), script.left(200)));
        return {};
    }
};

} // namespace

const Dialect &Dialect::of(Engine engine)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    return engine == Engine::PostgreSQL ? static_cast<const Dialect &>(postgres) : sqlite;
}

const Dialect &Dialect::of(const QSqlDatabase &connection)
{
    return of(connection.driverName() == u"QPSQL"_s ? Engine::PostgreSQL : Engine::SQLite);
}

} // namespace rapport
