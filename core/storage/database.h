#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport {

// Handle to one Rapport database file. Cheap to copy; each thread that uses
// it gets its own QSqlDatabase connection (named per thread and file), opened
// with Rapport's pragmas: WAL journal, synchronous=FULL, foreign keys on and
// a busy timeout, so that the GUI, workers and the CLI can share one file.
class Database
{
public:
    struct Options
    {
        bool createIfMissing = true;
        bool migrate = true;          // apply pending migrations on open
        bool backupBeforeMigrate = true;
    };

    Database() = default;

    // Opens (or creates) the file, sets its mode to 0600, checks the schema
    // version and migrates it. A database written by a newer Rapport is refused.
    static Result<Database> open(const QString &path, const Options &options);
    static Result<Database> open(const QString &path) { return open(path, Options{}); }

    // <AppDataLocation>/rapport.sqlite
    static QString defaultPath();

    bool isValid() const { return !m_path.isEmpty(); }
    const QString &path() const { return m_path; }

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

private:
    explicit Database(QString path) : m_path(std::move(path)) {}
    // Checks the file, sets WAL and migrates; holds no connection handle after.
    static Status prepare(Database &db, bool existedWithData, const Options &options);

    QString m_path;
    User m_actor;
};

} // namespace rapport
