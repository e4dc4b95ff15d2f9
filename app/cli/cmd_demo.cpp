// demo: realistic synthetic data.
#include "cli.h"

#include "io/demogenerator.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

int runDemo(Context &ctx)
{
    bool okClients = false;
    bool okSeed = false;
    const int clients = ctx.parser.value(u"clients"_s).toInt(&okClients);
    const uint seed = ctx.parser.value(u"seed"_s).toUInt(&okSeed);
    if (!okClients || clients < 0)
        return ctx.usage(u"--clients must be a number of at least 0"_s);
    if (!okSeed)
        return ctx.usage(u"--seed must be a non-negative number"_s);
    int tickets = -1;
    if (ctx.parser.isSet(u"tickets"_s)) {
        bool okTickets = false;
        tickets = ctx.parser.value(u"tickets"_s).toInt(&okTickets);
        if (!okTickets || tickets < 0)
            return ctx.usage(u"--tickets must be a number of at least 0"_s);
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    DemoGenerator::Options options;
    options.clients = clients;
    options.seed = seed;
    options.tickets = tickets;
    auto summary = DemoGenerator(*db).generate(options);
    if (!summary)
        return ctx.failure(summary.error());
    if (ctx.json()) {
        ctx.printJson(*summary);
    } else {
        QStringList parts;
        for (auto it = summary->constBegin(); it != summary->constEnd(); ++it)
            parts << u"%1 %2"_s.arg(it.value().toInteger()).arg(it.key());
        ctx.print(u"demo data added: "_s + parts.join(u", "_s));
    }
    return Success;
}

Registrar demo{{u"demo"_s, u"Add realistic synthetic data (staff, clients, and their records)."_s,
                [](QCommandLineParser &p) {
                    p.addOption({u"clients"_s, u"Number of client companies (default 30)."_s, u"n"_s, u"30"_s});
                    p.addOption({u"tickets"_s, u"Tickets with their histories over the new clients (default 20 per client)."_s,
                                 u"n"_s});
                    p.addOption({u"seed"_s, u"Random seed; the same seed gives the same data (default 1)."_s,
                                 u"s"_s, u"1"_s});
                },
                runDemo}};

} // namespace
} // namespace rapport::cli
