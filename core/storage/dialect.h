#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport {

enum class Engine { SQLite, PostgreSQL };

// What differs between the two engines Rapport stores in, in one place: the
// few SQL fragments that are not standard, how a write transaction starts,
// where the migrations are and how the schema version is kept. Everything
// else (repositories, metrics) writes the SQL both engines accept.
class Dialect
{
public:
    virtual ~Dialect() = default;

    static const Dialect &of(Engine engine);
    // The dialect of a connection, by its Qt driver (QSQLITE or QPSQL).
    static const Dialect &of(const QSqlDatabase &connection);

    virtual Engine engine() const = 0;
    virtual QString driverName() const = 0;

    // Starts the outermost write transaction.
    virtual QString beginWrite() const = 0;
    // Start and end a read in which every statement sees one snapshot (no
    // write in between). Not nested inside a transaction of the caller.
    virtual QString beginReadSnapshot() const = 0;
    virtual QString endReadSnapshot() const = 0;
    // `expr` compared and sorted without regard to case.
    virtual QString caseless(const QString &expr) const = 0;
    // True (as an SQL condition) when `needle` occurs in `haystack`.
    virtual QString contains(const QString &haystack, const QString &needle) const = 0;

    // Whether the table exists (features added by later migrations ask).
    virtual Result<bool> tableExists(const QSqlDatabase &connection, const QString &table) const = 0;

    // After rows were written with explicit ids: new rows continue after
    // the highest id (SQLite does so by itself).
    virtual Status syncIdentity(const QSqlDatabase &connection, const QString &table) const = 0;
    // Whether SQLite's connection pragmas (cache size, temp store, deferred
    // foreign keys) and its C API fast paths apply.
    bool isSQLite() const { return engine() == Engine::SQLite; }

    // Resource folder of this engine's numbered migration scripts.
    virtual QString migrationsFolder() const = 0;
    // The schema version of the database (0 when empty), or an Error.
    virtual Result<int> schemaVersion(const QSqlDatabase &connection) const = 0;
    // Records `version` as applied, inside the migration's transaction.
    virtual Status recordSchemaVersion(const QSqlDatabase &connection, int version, const QString &name) const = 0;
    // Makes concurrent writers of one kind (migrations, billing runs…) take
    // turns until the caller's transaction ends. SQLite's write transaction
    // already admits one writer at a time.
    virtual Status serialize(const QSqlDatabase &connection, qint64 key) const = 0;
    // Runs one migration script (several statements).
    virtual Status execScript(const QSqlDatabase &connection, const QString &script) const = 0;
    // Brings the query planner's statistics up to date after a bulk load.
    virtual Status refreshStatistics(const QSqlDatabase &connection) const = 0;
};

} // namespace rapport
