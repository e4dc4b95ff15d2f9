#pragma once

#include "dialect.h"
#include "domain/result.h"
#include "domain/user.h"
#include "serveraddress.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport {

// Handle to one Rapport database: an SQLite file (one person, the default) or
// a PostgreSQL team database (postgresql://… address). Cheap to copy; each
// thread that uses it gets its own QSqlDatabase connection (named per thread
// and database). SQLite files are opened with Rapport's pragmas: WAL journal,
// synchronous=FULL, foreign keys on and a busy timeout, so that the GUI,
// workers and the CLI can share one file.
class Database
{
public:
    struct Options
    {
        bool createIfMissing = true;
        bool migrate = true;          // apply pending migrations on open
        bool backupBeforeMigrate = true;
        QString password = QString(); // team database only; kept in memory
    };

    Database() = default;

    // Opens (or creates) the file, sets its mode to 0600, checks the schema
    // version and migrates it. A database written by a newer Rapport is refused.
    // A postgresql:// address connects to the server instead (the database
    // must exist; `createIfMissing` does not apply); the password comes from
    // the address, PGPASSWORD or ~/.pgpass.
    static Result<Database> open(const QString &path, const Options &options);
    static Result<Database> open(const QString &path) { return open(path, Options{}); }

    // <AppDataLocation>/rapport.sqlite
    static QString defaultPath();

    bool isValid() const { return !m_path.isEmpty(); }
    // The file's absolute path, or the server's address without the password.
    const QString &path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    const Dialect &dialect() const { return Dialect::of(m_engine); }
    // The team server (isServer() only).
    const ServerAddress &server() const { return m_server; }
    // What the status bar and About show: the file, or user@host:port/database.
    QString displayName() const;
    // The engine and its version ("SQLite 3.40.1", "PostgreSQL 15.10").
    QString serverVersion() const;

    // This thread's connection to the file, opened on first use.
    QSqlDatabase connection() const;
    // Closes this thread's connection (call before a worker thread ends).
    void closeThreadConnection() const;
    // Closes every connection to this file in this process (before a restore).
    static void closeAllConnections(const QString &path);

    // The staff member recorded in the audit log for changes made through
    // this handle (CLI --user, the GUI's chosen user). May be unset.
    const User &actor() const { return m_actor; }
    void setActor(const User &user) { m_actor = user; }

    int schemaVersion() const;
    // Planner statistics brought up to date (after a demo or a large import:
    // a bulk-loaded file has none, and the planner guesses).
    Status refreshStatistics() const;

private:
    explicit Database(QString path) : m_path(std::move(path)) {}
    static Result<Database> openServer(const QString &uri, const Options &options);
    // Checks the file, sets WAL and migrates; holds no connection handle after.
    static Status prepare(Database &db, bool existedWithData, const Options &options);
    Status migrateIfNeeded(bool backupFirst, const Options &options);
    QSqlDatabase openConnection(const QString &name) const;

    QString m_path;
    Engine m_engine = Engine::SQLite;
    ServerAddress m_server;
    User m_actor;
};

} // namespace rapport
