#include "demogenerator.h"

#include "demobilling.h"
#include "democlients.h"
#include "demohandoffs.h"
#include "demonames.h"
#include "demoregulation.h"
#include "demotickets.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Staff per role for a book of `clients`: one account manager per ~25
// clients (the seed's "30+ clients per manager" upper bound), specialists
// doing the work, a small sales and QC team, team leads.
QList<std::pair<Role, int>> staffPlan(int clients)
{
    const int managers = std::max(2, (clients + 24) / 25);
    return {{Role::TeamLead, std::max(1, managers / 8)},
            {Role::AccountManager, managers},
            {Role::Specialist, managers * 2},
            {Role::Sales, std::max(1, managers / 3)},
            {Role::QualityControl, 1}};
}

} // namespace

Result<QJsonObject> DemoGenerator::generate(const Options &options)
{
    if (options.clients < 0)
        return fail(QCoreApplication::translate("DemoGenerator", "The number of clients cannot be negative."));
    QRandomGenerator rng(options.seed);
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());

    UserRepository users(m_db);
    const auto plan = staffPlan(options.clients);
    int total = 0;
    for (const auto &p : plan)
        total += p.second;
    int done = 0;
    int created = 0;
    for (const auto &[role, count] : plan) {
        for (int i = 0; i < count; ++i) {
            if (options.cancel && options.cancel->load())
                return fail(QCoreApplication::translate("DemoGenerator", "Cancelled; nothing was added."));
            const demo::PersonName name = demo::personName(rng);
            User u;
            u.name = name.full();
            u.role = role;
            // Unique per seed and position, so running the demo twice adds a second team.
            u.email = demo::transliterate(name.first).left(1) + u'.' + demo::transliterate(name.last) + u'.'
                + QString::number(options.seed) + u'.' + QString::number(done + 1) + u"@rapport.demo"_s;
            const qint64 rate = role == Role::Specialist ? 6000 + rng.bounded(4000) : 8000 + rng.bounded(6000);
            u.costRate = Money(rate * 100, u"KZT"_s);
            if (auto added = users.add(u); !added)
                return fail(added.error());
            ++created;
            ++done;
            if (options.progress)
                options.progress(done, total);
        }
    }
    auto clients = DemoClients(m_db).generate(rng, options.clients, options.progress, options.cancel);
    if (!clients)
        return fail(clients.error());
    auto tickets = DemoTickets(m_db).generate(options.seed, options.tickets, options.progress, options.cancel);
    if (!tickets)
        return fail(tickets.error());
    if (auto billing = DemoBilling(m_db).generate(options.seed, options.cancel); !billing)
        return fail(billing.error());
    auto handoffs = DemoHandoffs(m_db).generate(rng, options.cancel);
    if (!handoffs)
        return fail(handoffs.error());
    if (auto regulation = DemoRegulation(m_db).generate(rng, options.cancel); !regulation)
        return fail(regulation.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    if (Status s = m_db.refreshStatistics(); !s)
        return fail(s.error());
    return QJsonObject{{u"users"_s, created}, {u"clients"_s, clients->clients}, {u"contacts"_s, clients->contacts},
                       {u"handoffs"_s, handoffs->handoffs}, {u"tickets"_s, tickets->tickets}};
}

} // namespace rapport
