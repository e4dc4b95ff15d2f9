// The team lead's dashboard at scale: the full dashboard for a year over a
// demo database of N tickets (median of 5 computations in this process),
// `rapport-cli report dashboard` as a process, and the plain `sqlite3`
// command line running the equivalent aggregate SQL on the same file, for
// the ratio of wall times; a drill-down; the query plans.
// Usage: bench_dashboard [--tickets N] [--clients N] [--db PATH] [--runs N]
// (defaults: 1,000,000 tickets for N/100 clients in a file kept next to this
// program, see benchdatabase.h). RAPPORT_CLI names the rapport-cli binary
// (default: app/rapport-cli of this build).

#include "benchdatabase.h"

#include "domain/clock.h"
#include "metrics/dashboard.h"
#include "metrics/rowscan.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

struct Timing
{
    double median = 0;
    double min = 0;
    double max = 0;
    double cpuMedian = 0; // CPU time of this process and its children (the machine may be shared)
};

// CPU time (user + system) of this process and of its finished children.
double cpuMs()
{
    double ms = 0;
    for (int who : { RUSAGE_SELF, RUSAGE_CHILDREN }) {
        rusage u {};
        getrusage(who, &u);
        ms += double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
            + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
    }
    return ms;
}

Timing measure(int runs, const std::function<bool()> &op)
{
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        if (!op())
            return {};
        cpu.push_back(cpuMs() - cpuStart);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return { ms[ms.size() / 2], ms.front(), ms.back(), cpu[cpu.size() / 2] };
}

void print(const char *label, const Timing &t, int runs)
{
    std::printf("%-50s %8.1f ms  (median of %d; min %.1f, max %.1f; CPU %.1f ms)\n", label, t.median, runs, t.min,
        t.max, t.cpuMedian);
}

// The headline figures of the dashboard in one aggregate statement: what a
// person would type into `sqlite3` for counts, means, compliance and cost.
QString equivalentSql(qint64 start, qint64 end)
{
    return u"SELECT count(*), sum(status IN ('resolved', 'closed')), "
           "count(response_secs), avg(response_secs) / 3600.0, sum(response_state = 'met'), "
           "sum(response_state = 'breached'), "
           "avg(CASE WHEN status IN ('resolved', 'closed') THEN resolution_secs END) / 3600.0, "
           "sum(status IN ('resolved', 'closed') AND resolution_state = 'met'), "
           "sum(status IN ('resolved', 'closed') AND resolution_state = 'breached'), "
           "avg(CASE WHEN status IN ('resolved', 'closed') THEN resolved_at - created_at END) / 3600.0, "
           "sum(CASE WHEN status IN ('resolved', 'closed') THEN work_cost END) / 60.0 "
           "/ sum(status IN ('resolved', 'closed')) "
           "FROM tickets WHERE created_at >= %1 AND created_at < %2 AND status <> 'cancelled';"_s.arg(start)
               .arg(end);
}

void printPlan(const Database &db, const QString &label, const DashboardQuery::Pass &pass)
{
    // SQLite's plan is in column 3 of EXPLAIN QUERY PLAN, the server's in the
    // single column of EXPLAIN.
    const bool server = db.isServer();
    auto q = sql::exec(db.connection(), (server ? u"EXPLAIN SELECT "_s : u"EXPLAIN QUERY PLAN SELECT "_s) + pass.columns
            + u' ' + pass.from,
        pass.values);
    if (!q)
        return;
    while (q->next())
        std::printf("  plan %-9s %s\n", qPrintable(label), qPrintable(q->value(server ? 0 : 3).toString()));
}

QString cliPath()
{
    const QString env = qEnvironmentVariable("RAPPORT_CLI");
    if (!env.isEmpty())
        return env;
    return QCoreApplication::applicationDirPath() + u"/../../app/rapport-cli"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments();
    const int runs = int(std::max<qint64>(1, bench::argument(args, u"--runs"_s, 5)));
    auto db = bench::benchDatabase(args);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    const QString path = db->path();
    auto range = sql::exec(db->connection(), u"SELECT count(*), max(created_at) FROM tickets"_s);
    if (!range || !range->next())
        return 1;
    const qint64 count = range->value(0).toLongLong();
    const QTimeZone zone = DashboardQuery::timeZone(*db);
    DashboardFilter filter;
    filter.to = QDateTime::fromSecsSinceEpoch(range->value(1).toLongLong(), zone).date();
    filter.from = filter.to.addYears(-1).addDays(1);
    range->finish();
    std::printf("database: %s, %lld tickets; period %s – %s (%s); in-SQLite scan: %s\n", qPrintable(path), count,
        qPrintable(filter.from.toString(Qt::ISODate)), qPrintable(filter.to.toString(Qt::ISODate)),
        zone.id().constData(), RowScan::direct(db->connection()) ? "yes" : "no");

    DashboardQuery query(*db, filter);
    printPlan(*db, u"main"_s, query.mainPass());
    printPlan(*db, u"open"_s, query.openPass());
    printPlan(*db, u"feedback"_s, query.feedbackClosedPass());
    printPlan(*db, u"feedback"_s, query.feedbackResolvedPass());

    const Dashboard dashboard(*db);
    DashboardResult last;
    const Timing inProcess = measure(runs, [&] {
        auto r = dashboard.compute(filter);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return false;
        }
        last = *r;
        return true;
    });
    print("dashboard for a year, computed in process", inProcess, runs);
    std::printf("  %d tickets created, %d resolved, first response median %.2f h, %lld weeks, %lld managers\n",
        last.tickets.tickets.created, last.tickets.tickets.resolved, last.tickets.firstResponse.medianHours.value_or(0),
        qlonglong(last.weekly.size()), qlonglong(last.managers.size()));
    if (!last.managers.isEmpty()) {
        DashboardFilter one = filter;
        one.manager = last.managers.first().id;
        print("dashboard for a year, one account manager", measure(runs, [&] { return bool(dashboard.compute(one)); }),
            runs);
    }
    print("drill-down: first responses breached, a year",
        measure(runs, [&] { return bool(dashboard.drillDown(u"first_response.breached"_s, filter)); }), runs);

    const QString cli = cliPath();
    const QStringList cliArgs { u"--db"_s, path, u"report"_s, u"dashboard"_s, u"--from"_s,
        filter.from.toString(Qt::ISODate), u"--to"_s, filter.to.toString(Qt::ISODate), u"--format"_s, u"json"_s };
    const auto runProcess = [](const QString &program, const QStringList &arguments) {
        QProcess p;
        p.start(program, arguments);
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    Timing cliTiming;
    if (QFileInfo::exists(cli)) {
        cliTiming = measure(runs, [&] { return runProcess(cli, cliArgs); });
        print("rapport-cli report dashboard (process, wall)", cliTiming, runs);
    } else {
        std::printf("rapport-cli not found at %s (set RAPPORT_CLI)\n", qPrintable(cli));
    }
    const QString sqlite = db->isServer() ? QString() : QStandardPaths::findExecutable(u"sqlite3"_s);
    if (db->isServer()) {
        std::printf("team database (%s): no sqlite3 ratio\n", qPrintable(db->serverVersion()));
    } else if (!sqlite.isEmpty()) {
        const QString statement = equivalentSql(query.buckets().startSecs(), query.buckets().endSecs());
        const Timing plain = measure(runs, [&] { return runProcess(sqlite, { u"-readonly"_s, path, statement }); });
        print("sqlite3 equivalent aggregate (process, wall)", plain, runs);
        if (plain.median > 0 && cliTiming.median > 0)
            std::printf("%-50s %9.2f x\n", "ratio rapport-cli / sqlite3", cliTiming.median / plain.median);
        if (plain.median > 0)
            std::printf("%-50s %9.2f x\n", "ratio in-process dashboard / sqlite3", inProcess.median / plain.median);
    } else {
        std::printf("sqlite3 not installed: no ratio\n");
    }
    std::printf("%-50s %9.1f MB\n", "peak memory of this process (VmHWM)", bench::peakMemoryMb());
    return 0;
}
