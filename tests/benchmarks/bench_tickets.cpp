// Tickets at scale: creating N tickets with their histories through the
// demo generator, the first page and a filtered page of the tickets list
// over them, and recomputing every open ticket's SLA after a calendar change.
// Usage: bench_tickets [--tickets N] [--clients N] [--db PATH]
// (defaults 1,000,000 tickets for 10,000 clients in a temporary file; a
// --db file that already has tickets is reused: only the queries run).

#include "calendar/holidayimport.h"
#include "domain/clock.h"
#include "io/demogenerator.h"
#include "io/demotickets.h"
#include "storage/calendarrepository.h"
#include "storage/slapolicyrepository.h"
#include "storage/sql.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

constexpr int kRuns = 5;

double medianMs(const std::function<void()> &op, const char *label)
{
    std::vector<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        op();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%s: %.2f ms (median of %d; min %.2f, max %.2f)\n", label, ms[ms.size() / 2], kRuns, ms.front(),
                ms.back());
    return ms[ms.size() / 2];
}

qint64 argument(const QStringList &args, const QString &name, qint64 fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
}

// The demo: staff and clients first, then the tickets step of
// `rapport-cli demo --tickets N`, timed on its own.
bool generate(const Database &db, qint64 clients, qint64 tickets)
{
    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Options options;
    options.clients = int(clients);
    options.tickets = 0;
    if (auto made = DemoGenerator(db).generate(options); !made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error()));
        return false;
    }
    std::printf("demo staff and %lld clients (no tickets): %.1f s\n", clients, double(timer.elapsed()) / 1000.0);
    timer.restart();
    Transaction tx(db.connection());
    auto made = DemoTickets(db).generate(1, int(tickets));
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error()));
        return false;
    }
    if (Status s = tx.commit(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return false;
    }
    const double secs = double(timer.elapsed()) / 1000.0;
    std::printf("demo %d tickets, %d events, %d time entries: %.1f s (%.0f tickets/s)\n", made->tickets, made->events,
                made->timeEntries, secs, made->tickets / secs);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    const QStringList args = app.arguments();
    const qint64 tickets = argument(args, u"--tickets"_s, qEnvironmentVariableIntValue("RAPPORT_BENCH_TICKETS") > 0
                                                              ? qEnvironmentVariableIntValue("RAPPORT_BENCH_TICKETS")
                                                              : 1'000'000);
    const qint64 clients = argument(args, u"--clients"_s, std::max<qint64>(1, tickets / 100));
    QTemporaryDir dir;
    const qsizetype dbArg = args.indexOf(u"--db"_s);
    const QString path = dbArg >= 0 && dbArg + 1 < args.size() ? args.at(dbArg + 1) : dir.filePath(u"bench.sqlite"_s);
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    const bool reuse = sql::scalar(db->connection(), u"SELECT count(*) FROM tickets"_s).value().toLongLong() > 0;
    if (reuse)
        std::printf("reusing %s\n", qPrintable(path));
    else if (!generate(*db, clients, tickets))
        return 1;
    std::printf("tickets: %lld, database file: %.0f MB\n",
                sql::scalar(db->connection(), u"SELECT count(*) FROM tickets"_s).value().toLongLong(),
                double(QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / 1e6);

    TicketRepository repo(*db);
    TicketQuery first;
    first.limit = 50;
    medianMs([&] { repo.list(first); }, "tickets list, first page of 50");
    TicketQuery breached = first;
    breached.breached = true;
    medianMs([&] { repo.list(breached); }, "tickets list, breached, first page");
    TicketQuery atRisk = first;
    atRisk.atRisk = true;
    medianMs([&] { repo.list(atRisk); }, "tickets list, at risk, first page");
    TicketQuery mine = first;
    mine.assignee = UserRepository(*db).all().value(5).id;
    mine.openOnly = true;
    medianMs([&] { repo.list(mine); }, "tickets list, one assignee's open tickets, first page");
    TicketQuery page = first;
    const auto rows = repo.list(first);
    page.beforeCreated = rows.last().createdAt;
    page.beforeId = rows.last().id.value;
    medianMs([&] { repo.list(page); }, "tickets list, second page");
    TicketQuery client = first;
    client.client = ClientId(clients / 2 + 1);
    medianMs([&] { repo.list(client); }, "tickets list, one client");
    TicketQuery search = first;
    search.search = u"отчёт"_s;
    medianMs([&] { repo.list(search); }, "tickets list, search");

    // The Tickets view's quick filters as the view asks for them: the open
    // set, a first page of 200 (TicketTableModel::PageSize), and the count
    // its status line shows (computed beside the list, off the GUI thread).
    TicketQuery view;
    view.openOnly = true;
    view.limit = 200;
    medianMs([&] { repo.list(view); }, "Tickets view \"All open\", first page of 200");
    medianMs([&] { repo.count(view); }, "Tickets view \"All open\", count");
    TicketQuery viewPage = view;
    if (const auto firstPage = repo.list(view); !firstPage.isEmpty()) {
        viewPage.beforeCreated = firstPage.last().createdAt;
        viewPage.beforeId = firstPage.last().id.value;
    }
    medianMs([&] { repo.list(viewPage); }, "Tickets view \"All open\", second page");
    const auto quick = [&](const char *label, const std::function<void(TicketQuery &)> &set) {
        TicketQuery q = view;
        set(q);
        medianMs([&] { repo.list(q); }, label);
    };
    quick("Tickets view \"At risk\", first page", [](TicketQuery &q) { q.atRisk = true; });
    quick("Tickets view \"Breached\", first page", [](TicketQuery &q) { q.breached = true; });
    quick("Tickets view \"Past agreed deadline\", first page", [](TicketQuery &q) { q.pastAgreedDeadline = true; });
    quick("Tickets view \"Waiting on client\", first page", [](TicketQuery &q) { q.waitingOnClient = true; });
    quick("Tickets view \"Unassigned\", first page", [](TicketQuery &q) { q.unassigned = true; });

    const int open = repo.count([] { TicketQuery q; q.openOnly = true; return q; }());
    QElapsedTimer timer;
    timer.start();
    auto recomputed = repo.recomputeOpen();
    std::printf("recompute %d open tickets (all): %.2f s\n", recomputed ? *recomputed : -1,
                double(timer.elapsed()) / 1000.0);
    // The default policy moves to business hours on kz-standard, which gets a holiday.
    auto policy = SlaPolicyRepository(*db).defaultPolicy();
    policy.calendarName = u"kz-standard"_s;
    (void)SlaPolicyRepository(*db).save(policy);
    (void)CalendarRepository(*db).importDays(u"kz-standard"_s, {{QDate::currentDate().addDays(1), false, u"Bench"_s}});
    timer.restart();
    recomputed = repo.recomputeOpen();
    std::printf("recompute %d open tickets after a calendar change: %.2f s (%d open)\n",
                recomputed ? *recomputed : -1, double(timer.elapsed()) / 1000.0, open);
    return 0;
}
