#pragma once

#include "storage/database.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace rapport::test {

// The engine the storage, metrics and CLI tests run on: SQLite files by
// default; a throw-away team database on the server named by
// RAPPORT_TEST_PG_URI when RAPPORT_TEST_ENGINE=postgresql (ctest label
// `postgresql`, the server started by the pg_server fixture).
bool onServer();

// A new, empty database for a test: a file `name` in `dir` on SQLite, a
// freshly created database on the test server otherwise. Returns what
// `--db` takes (a path or a postgresql:// URI).
QString freshDatabase(const QTemporaryDir &dir, const QString &name);

// Drops a server database made by freshDatabase (nothing for a file).
void dropDatabase(const QString &path);

// A fresh, migrated database in its own temporary folder (or on the test
// server, see onServer()).
struct TempDatabase
{
    QTemporaryDir dir;
    Database db;
    QString path;

    TempDatabase();
    ~TempDatabase();
};

// Result of running the real rapport-cli binary.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs $RAPPORT_CLI (set by ctest) with `args`; waits up to `timeoutMs`.
CliRun runCli(const QStringList &args, int timeoutMs = 120000);
// The same with `input` written to its standard input.
CliRun runCliWithInput(const QStringList &args, const QByteArray &input, int timeoutMs = 120000);

} // namespace rapport::test
