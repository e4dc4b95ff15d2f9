#pragma once

#include "storage/database.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace rapport::test {

// A fresh, migrated database in its own temporary folder.
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

} // namespace rapport::test
