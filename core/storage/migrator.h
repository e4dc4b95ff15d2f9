#pragma once

#include "database.h"

#include <QList>

namespace rapport {

// Applies the numbered SQL scripts in :/migrations (0001_name.sql, …), each
// in its own BEGIN IMMEDIATE transaction together with the PRAGMA
// user_version bump, so a failed script leaves the database at the previous
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

    static QList<Script> scripts();
    static int latestVersion();

    // Applies every script above the current version; with backupFirst, an
    // online backup named <file>.pre-v<N>.sqlite is written first.
    Status migrate(bool backupFirst);

private:
    Database m_db;
};

} // namespace rapport
