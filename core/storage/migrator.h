#pragma once

#include "database.h"

#include <QList>

namespace rapport {

// Applies the numbered SQL scripts of the database's engine (0001_name.sql, …
// in :/migrations for SQLite, :/migrations/postgresql for PostgreSQL; the same
// numbers in both), each in its own write transaction together with the
// version record, so a failed script leaves the database at the previous
// version.
class Migrator
{
public:
    struct Script
    {
        int version = 0;
        QString name;
        QString path;
    };

    explicit Migrator(const Database &db) : m_db(db) {}

    static QList<Script> scripts(Engine engine = Engine::SQLite);
    static int latestVersion(Engine engine = Engine::SQLite);

    // Applies every script above the current version; with backupFirst, an
    // online backup named <file>.pre-v<N>.sqlite is written first.
    Status migrate(bool backupFirst);

private:
    static constexpr qint64 kMigrationLock = 0x5241'5050'0001; // "RAPP" 1

    Database m_db;
};

} // namespace rapport
