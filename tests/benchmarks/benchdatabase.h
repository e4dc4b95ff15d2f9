#pragma once

// The demo database the dashboard benchmarks share: N tickets for N/100
// clients (or as given), made once next to the benchmark programs and kept,
// so that bench_dashboard and bench_gui_dashboard measure the same file
// without generating it twice. Options: --tickets N, --clients N, --db PATH;
// RAPPORT_BENCH_TICKETS sets the default size (1,000,000).

#include "io/demogenerator.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace rapport::bench {

inline qint64 argument(const QStringList &args, const QString &name, qint64 fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
}

inline double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Opens the benchmark database, generating the demo data when the file is
// new or holds no tickets. Prints what it did.
inline Result<Database> benchDatabase(const QStringList &args)
{
    const qint64 envTickets = qEnvironmentVariableIntValue("RAPPORT_BENCH_TICKETS");
    const qint64 tickets = argument(args, QStringLiteral("--tickets"), envTickets > 0 ? envTickets : 1'000'000);
    const qint64 clients = argument(args, QStringLiteral("--clients"), std::max<qint64>(1, tickets / 100));
    const qsizetype dbArg = args.indexOf(QStringLiteral("--db"));
    const QString path = dbArg >= 0 && dbArg + 1 < args.size() ? args.at(dbArg + 1)
                                                               : QCoreApplication::applicationDirPath()
            + QStringLiteral("/bench-dashboard-%1-%2.sqlite").arg(tickets).arg(clients);
    Database::Options options;
    options.backupBeforeMigrate = false;
    auto db = Database::open(path, options);
    if (!db)
        return db;
    auto stored = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM tickets"));
    if (stored && stored->toLongLong() > 0) {
        std::printf("database %s (kept from an earlier run)\n", qPrintable(path));
        return db;
    }
    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Options demo;
    demo.clients = int(clients);
    demo.tickets = int(tickets);
    auto made = DemoGenerator(*db).generate(demo);
    if (!made)
        return fail(made.error());
    std::printf("database %s: demo of %lld clients and %lld tickets made in %.1f s\n", qPrintable(path), clients,
        qlonglong(made->value(QStringLiteral("tickets")).toInteger()), double(timer.elapsed()) / 1000.0);
    return db;
}

} // namespace rapport::bench
