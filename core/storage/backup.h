#pragma once

#include "database.h"

#include <QStringList>

namespace rapport {

// Online backups of a live database: VACUUM INTO a temporary file,
// quick_check it, fsync, then rename into place. A live file is never copied
// (a copy taken mid-write is corrupt).
class Backup
{
public:
    explicit Backup(const Database &db) : m_db(db) {}

    // Writes a consistent copy to `target`, replacing it atomically. A team
    // database is written as an SQLite file from one snapshot of the server
    // (TeamPush::pull), verified table by table.
    Status writeTo(const QString &target);

    // Writes <dir>/rapport-YYYYMMDD-HHMMSS.sqlite and keeps only the newest
    // `keep` automatic backups in that folder. Returns the new file's path.
    Result<QString> rotate(const QString &dir, int keep);

    // Folder for automatic backups: "backups" beside the database file; for a
    // team database <AppDataLocation>/team-backups/<database>.
    QString defaultDirectory() const;
    static QStringList automaticBackups(const QString &dir);

    // Replaces `target` with `backupFile` after checking the backup. Refuses
    // to overwrite an existing database unless `force`. Every connection of
    // this process to `target` is closed first.
    static Status restore(const QString &backupFile, const QString &target, bool force);

    // PRAGMA quick_check on a file that is not open elsewhere in this process.
    static Status quickCheck(const QString &file);

private:
    Database m_db;
};

} // namespace rapport
