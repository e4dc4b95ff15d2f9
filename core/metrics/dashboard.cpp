#include "dashboard.h"

#include "dashboarddrilldown.h"

#include "domain/money.h"
#include "storage/dialect.h"
#include "storage/sql.h"

#include <QHash>
#include <QScopeGuard>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// A period longer than this is scanned in two halves at once.
constexpr int kSplitDays = 31;

// Every pass of one computation reads the same snapshot of the file.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &conn)
        : m_conn(conn)
        , m_active(bool(sql::exec(conn, Dialect::of(conn).beginReadSnapshot())))
    {
    }
    ~ReadSnapshot()
    {
        if (m_active)
            (void)sql::exec(m_conn, Dialect::of(m_conn).endReadSnapshot());
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_conn;
    bool m_active = false;
};

// The accumulators of one computation: the whole selection, each week and
// month of the period, and each account manager (by a slot per client, so
// that a row finds its manager's group with one array lookup).
struct Groups
{
    // The whole takes its response and resolution samples from the months,
    // which split it exactly: one copy instead of a push per row.
    TicketGroup total { TicketGroup::DurationSample };
    std::vector<TicketGroup> weeks;
    std::vector<TicketGroup> months;
    std::vector<TicketGroup> managers;
    std::vector<qint64> managerIds; // per slot
    std::vector<int> slotOfClient; // per client id
    std::vector<FeedbackFigures> feedback; // per slot

    Groups(const DashboardQuery &query, size_t clientCount)
        : weeks(size_t(query.buckets().weeks().size()),
            TicketGroup(TicketGroup::ResponseSample | TicketGroup::ResolutionSample))
        , months(size_t(query.buckets().months().size()),
              TicketGroup(TicketGroup::ResponseSample | TicketGroup::ResolutionSample))
        , slotOfClient(clientCount, -1)
    {
    }

    int slot(const DashboardQuery &query, qint64 client)
    {
        if (client < 0 || size_t(client) >= slotOfClient.size())
            return slotFor(0);
        int &s = slotOfClient[size_t(client)];
        if (s < 0)
            s = slotFor(query.managerOf(client));
        return s;
    }

    // Adds the groups of another part of the same pass (its slots may differ).
    void merge(Groups &&other)
    {
        total.merge(std::move(other.total));
        for (size_t i = 0; i < weeks.size(); ++i)
            weeks[i].merge(std::move(other.weeks[i]));
        for (size_t i = 0; i < months.size(); ++i)
            months[i].merge(std::move(other.months[i]));
        for (size_t i = 0; i < other.managerIds.size(); ++i)
            managers[size_t(slotFor(other.managerIds[i]))].merge(std::move(other.managers[i]));
    }

    int slotFor(qint64 manager)
    {
        const auto it = std::find(managerIds.begin(), managerIds.end(), manager);
        if (it != managerIds.end())
            return int(it - managerIds.begin());
        managerIds.push_back(manager);
        managers.emplace_back();
        feedback.emplace_back();
        return int(managerIds.size()) - 1;
    }
};

} // namespace

std::optional<qint64> DashboardResult::costTotalMinor(const TicketFigures &figures) const
{
    if (costCurrency.isEmpty())
        return std::nullopt;
    return divideRounded(figures.workCost, 60);
}

std::optional<qint64> DashboardResult::costPerJobMinor(const TicketFigures &figures) const
{
    if (costCurrency.isEmpty() || figures.tickets.resolved == 0)
        return std::nullopt;
    return divideRounded(figures.workCost, 60 * qint64(figures.tickets.resolved));
}

Status Dashboard::ticketPasses(
    const DashboardQuery &query, DashboardResult &result, const std::atomic_bool *cancel) const
{
    const QSqlDatabase conn = m_db.connection();
    const PeriodBuckets &buckets = query.buckets();
    const qint64 asOf = query.asOf();
    auto maxClient = sql::scalar(conn, u"SELECT coalesce(max(id), 0) FROM clients"_s);
    if (!maxClient)
        return fail(maxClient.error());
    const size_t clients = size_t(maxClient->toLongLong()) + 1;
    Groups g(query, clients);

    // The main pass of a long period runs in two parts at once, the later
    // one on a helper thread with its own connection (and read transaction:
    // each ticket is read once, by the part its creation falls in), so that
    // both cores work on a year of a million tickets.
    const auto scan
        = [&query, &buckets, cancel](const QSqlDatabase &connection, qint64 from, qint64 to, Groups &groups) {
              const DashboardQuery::Pass main = query.mainPass(false, from, to);
              return RowScan::run(
                  connection, main.columns, main.from, main.values,
                  [&](const RowScan::Row &r) {
                      const TicketRow t = TicketRow::read(r);
                      if (t.cancelled || !query.managerMatches(t.clientId))
                          return;
                      const int day = buckets.dayOf(t.createdAt);
                      if (day < 0)
                          return;
                      groups.total.addMain(t);
                      groups.weeks[size_t(buckets.weekOfDay(day))].addMain(t);
                      groups.months[size_t(buckets.monthOfDay(day))].addMain(t);
                      groups.managers[size_t(groups.slot(query, t.clientId))].addMain(t);
                  },
                  cancel);
          };
    const bool split = buckets.dayCount() > kSplitDays && !query.filter().client.isValid();
    // This thread also runs the open and feedback passes: it takes the smaller part.
    const qint64 middle = buckets.startSecs() + (buckets.endSecs() - buckets.startSecs()) * 2 / 5;
    Groups later(query, split ? clients : 0);
    Status laterStatus;
    std::unique_ptr<QThread> helper;
    if (split) {
        helper.reset(QThread::create([&] {
            laterStatus = scan(m_db.connection(), middle, buckets.endSecs(), later);
            m_db.closeThreadConnection();
        }));
        helper->start();
    }
    const auto joined = qScopeGuard([&helper] {
        if (helper)
            helper->wait();
    });
    Status s = scan(conn, buckets.startSecs(), split ? middle : buckets.endSecs(), g);
    if (!s)
        return s;

    const DashboardQuery::Pass open = query.openPass();
    s = RowScan::run(
        conn, open.columns, open.from, open.values,
        [&](const RowScan::Row &r) {
            const OpenRow t = OpenRow::read(r);
            if (!query.managerMatches(t.clientId))
                return;
            const int day = buckets.dayOf(t.createdAt);
            if (day < 0)
                return;
            g.total.addOpen(t, asOf);
            g.weeks[size_t(buckets.weekOfDay(day))].addOpen(t, asOf);
            g.months[size_t(buckets.monthOfDay(day))].addOpen(t, asOf);
            g.managers[size_t(g.slot(query, t.clientId))].addOpen(t, asOf);
        },
        cancel);
    if (!s)
        return s;

    const auto onFeedback = [&](const RowScan::Row &r) {
        const qint64 client = r.integer(DashboardQuery::FeedbackClient);
        if (!query.managerMatches(client))
            return;
        const bool liked = r.charAt(DashboardQuery::FeedbackValue, 0) == 'l';
        FeedbackFigures &m = g.feedback[size_t(g.slot(query, client))];
        (liked ? m.liked : m.notLiked) += 1;
        (liked ? result.feedback.liked : result.feedback.notLiked) += 1;
    };
    for (const DashboardQuery::Pass &p : { query.feedbackClosedPass(), query.feedbackResolvedPass() }) {
        if (s = RowScan::run(conn, p.columns, p.from, p.values, onFeedback, cancel); !s)
            return s;
    }

    if (helper) {
        helper->wait();
        if (!laterStatus)
            return laterStatus;
        g.merge(std::move(later));
    }

    for (const TicketGroup &month : g.months)
        g.total.absorb(month);
    result.tickets = g.total.finish();
    for (size_t i = 0; i < g.weeks.size(); ++i)
        result.weekly.append({ buckets.weeks().at(qsizetype(i)), g.weeks[i].finish() });
    for (size_t i = 0; i < g.months.size(); ++i)
        result.monthly.append({ buckets.months().at(qsizetype(i)), g.months[i].finish() });

    QHash<qint64, std::pair<QString, QString>> people;
    auto q = sql::exec(conn, u"SELECT id, name, email FROM users"_s);
    if (!q)
        return fail(q.error());
    while (q->next())
        people.insert(q->value(0).toLongLong(), { q->value(1).toString(), q->value(2).toString() });
    for (size_t i = 0; i < g.managerIds.size(); ++i) {
        ManagerFigures m;
        m.id = UserId(g.managerIds[i]);
        std::tie(m.name, m.email) = people.value(m.id.value);
        m.figures = g.managers[i].finish();
        m.feedback = g.feedback[i];
        if (m.figures.tickets.created > 0 || m.feedback.liked + m.feedback.notLiked > 0)
            result.managers.append(m);
    }
    // By name; clients without an account manager last.
    std::sort(result.managers.begin(), result.managers.end(), [](const ManagerFigures &a, const ManagerFigures &b) {
        if (a.id.isValid() != b.id.isValid())
            return a.id.isValid();
        return a.name != b.name ? a.name < b.name : a.email < b.email;
    });
    if (query.filter().manager.isValid())
        std::tie(result.managerName, result.managerEmail) = people.value(query.filter().manager.value);
    return {};
}

Result<DashboardResult> Dashboard::compute(
    const DashboardFilter &filter, const std::atomic_bool *cancel, const Progress &progress) const
{
    if (Status valid = DashboardQuery::validate(filter); !valid)
        return fail(valid.error());
    constexpr int kSteps = 4;
    const auto step = [&](int done) {
        if (progress)
            progress(done, kSteps);
    };
    step(0);
    const QSqlDatabase conn = m_db.connection();
    const ReadSnapshot snapshot(conn);
    DashboardQuery query(m_db, filter);
    if (Status loaded = query.loadManagers(); !loaded)
        return fail(loaded.error());
    DashboardResult result;
    result.filter = filter;
    result.timeZone = query.zone().id();
    result.asOf = query.asOf();
    if (Status s = ticketPasses(query, result, cancel); !s)
        return fail(s.error());
    step(2);

    auto currencies = sql::exec(conn, u"SELECT DISTINCT cost_currency FROM users WHERE cost_rate_minor > 0"_s);
    if (!currencies)
        return fail(currencies.error());
    QStringList found;
    while (currencies->next())
        found << currencies->value(0).toString();
    result.mixedCostCurrencies = found.size() > 1;
    if (found.size() == 1)
        result.costCurrency = found.first();

    const ServiceFigures service(query);
    result.obligations = service.obligations(m_db);
    result.reviews = service.reviews(m_db);
    auto handoffs = service.handoffs(m_db);
    if (!handoffs)
        return fail(handoffs.error());
    result.handoffs = *handoffs;
    auto unused = service.unusedHours(m_db);
    if (!unused)
        return fail(unused.error());
    result.unusedHours = *unused;
    step(3);
    auto receivables = Receivables(query).compute(m_db);
    if (!receivables)
        return fail(receivables.error());
    result.receivables = *receivables;
    step(kSteps);
    return result;
}

Result<Dashboard::DrillDown> Dashboard::drillDown(
    const QString &figure, const DashboardFilter &filter, const QString &currency, const std::atomic_bool *cancel) const
{
    const ReadSnapshot snapshot(m_db.connection());
    return DashboardDrillDown(m_db).run(figure, filter, currency, cancel);
}

QStringList Dashboard::drillDownKeys()
{
    return DashboardDrillDown::keys();
}

} // namespace rapport
