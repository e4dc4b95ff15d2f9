// The dashboard's figures on small hand-built datasets with known answers:
// cancelled tickets excluded, SLA times from the stored business seconds,
// compliance with running and unresponded tickets, filters by manager and
// priority, an empty period, trend buckets in the reporting time zone,
// cost per job, feedback, receivables aging, handoffs, unused hours; and
// on a demo database, every drill-down lists exactly the counted tickets,
// with and without the in-SQLite scan.
#include "dashboardfixture.h"

#include "io/demogenerator.h"
#include "metrics/dashboard.h"
#include "metrics/dashboardexport.h"
#include "metrics/feedbackshare.h"
#include "metrics/rowscan.h"
#include "storage/reviewrepository.h"
#include "storage/slapolicyrepository.h"
#include "storage/taskrepository.h"
#include "storage/ticketrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;
using test::almaty;

namespace {

QDate feb(int day)
{
    return QDate(2026, 2, day);
}

qint64 at(int day, int hour, int minute = 0)
{
    return almaty(feb(day), QTime(hour, minute));
}

constexpr qint64 kHour = 3600;

// February 2026 as of Friday 2026-02-20 12:00 in Almaty, with the tickets
// described in the test file's comments of known().
struct Known : test::DashboardFixture
{
    qint64 a1, a2, a3, a4, a5, a6, a7, a8, a9, b1, b2, g1, o1, o2;

    Known()
    {
        a1 = addDone(alpha, at(2, 10), 3600, 7200);
        a2 = addDone(alpha, at(3, 10), 7200, 36000);
        // Resolved late on the business clock (200 000 s), 300 000 s of wall time.
        test::TicketSpec s;
        s.client = alpha;
        s.createdAt = at(10, 9);
        s.responseSecs = 10800;
        s.responseState = u"met"_s;
        s.resolutionSecs = 200000;
        s.resolutionState = u"breached"_s;
        s.firstResponseAt = s.createdAt + 10800;
        s.resolvedAt = s.closedAt = s.createdAt + 300000;
        a3 = addTicket(s);
        a4 = addDone(alpha, at(11, 9), 100000, 180000, u"breached"_s, u"breached"_s);
        s = {};
        s.client = alpha;
        s.createdAt = at(12, 9);
        s.status = u"cancelled"_s;
        s.responseSecs = 50;
        s.resolutionSecs = 60;
        s.responseState = s.resolutionState = u"met"_s;
        a5 = addTicket(s);
        // Open, never answered, due yesterday evening: breached.
        s = {};
        s.client = alpha;
        s.createdAt = at(19, 10);
        s.status = u"new"_s;
        s.responseDue = at(19, 18);
        s.resolutionDue = at(21, 10);
        s.riskAt = at(19, 16);
        a6 = addTicket(s);
        // Open, not answered yet, inside its target but past the risk instant.
        s = {};
        s.client = alpha;
        s.createdAt = at(20, 10);
        s.status = u"new"_s;
        s.responseDue = at(21, 10);
        s.resolutionDue = at(22, 10);
        s.riskAt = at(20, 11);
        a7 = addTicket(s);
        // Waiting on the client with the clock paused: neither late nor at risk.
        s = {};
        s.client = alpha;
        s.createdAt = at(14, 10);
        s.status = u"waiting_on_client"_s;
        s.responseState = s.resolutionState = u"paused"_s;
        s.paused = true;
        s.responseDue = at(15, 10);
        s.resolutionDue = at(16, 10);
        a8 = addTicket(s);
        // Answered in time, resolution due two days ago.
        s = {};
        s.client = alpha;
        s.createdAt = at(17, 9);
        s.status = u"in_progress"_s;
        s.responseSecs = 3000;
        s.responseState = u"met"_s;
        s.firstResponseAt = s.createdAt + 3000;
        s.responseDue = s.createdAt + 24 * kHour;
        s.resolutionDue = at(18, 9);
        a9 = addTicket(s);
        b1 = addDone(beta, at(5, 9), 1800, 5400, u"met"_s, u"met"_s, u"high"_s);
        s = {};
        s.client = beta;
        s.createdAt = at(25, 9);
        s.status = u"resolved"_s;
        s.priority = u"high"_s;
        s.responseSecs = 900;
        s.resolutionSecs = 3600;
        s.responseState = s.resolutionState = u"met"_s;
        s.firstResponseAt = s.createdAt + 900;
        s.resolvedAt = s.createdAt + 3600;
        s.feedback = u"liked"_s;
        b2 = addTicket(s);
        // 23:30 on Friday the 27th in Almaty, 18:30 UTC.
        g1 = addDone(gamma, at(27, 23, 30), 600, 1200);
        // Outside the period by Almaty days (inside by UTC days): not counted.
        o1 = addDone(alpha, almaty(QDate(2026, 1, 31), QTime(23, 30)), 600, 3600); // closed 1 Feb 00:30
        o2 = addDone(alpha, almaty(QDate(2026, 3, 1), QTime(0, 10)), 600, 1200);
        // Feedback on tickets closed in February (o1 was created in January).
        setFeedback(a1, u"liked"_s);
        setFeedback(a2, u"not_liked"_s);
        setFeedback(o1, u"liked"_s);
    }

    void setFeedback(qint64 id, const QString &value)
    {
        QVERIFY(sql::exec(t.db.connection(), u"UPDATE tickets SET feedback = ? WHERE id = ?"_s, { value, id }));
    }

    DashboardFilter february() const
    {
        DashboardFilter f;
        f.from = feb(1);
        f.to = feb(28);
        f.asOf = at(20, 12);
        return f;
    }

    DashboardResult compute(const DashboardFilter &f) const
    {
        auto r = Dashboard(t.db).compute(f);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return *r;
    }

    QList<qint64> drill(const QString &figure, const DashboardFilter &f, const QString &currency = {}) const
    {
        auto d = Dashboard(t.db).drillDown(figure, f, currency);
        if (!d)
            qFatal("%s", qPrintable(d.error()));
        QList<qint64> ids = d->ids;
        std::sort(ids.begin(), ids.end());
        return ids;
    }
};

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { RowScan::setDirectAllowed(true); }
    void cleanup() { RowScan::setDirectAllowed(true); }

    void ticketCounts_data()
    {
        QTest::addColumn<bool>("direct");
        QTest::newRow("in SQLite") << true;
        QTest::newRow("Qt query") << false;
    }
    void ticketCounts()
    {
        QFETCH(bool, direct);
        RowScan::setDirectAllowed(direct);
        Known k;
        const DashboardResult r = k.compute(k.february());
        // a5 is cancelled, o1 and o2 fall outside the period in Almaty.
        QCOMPARE(r.tickets.tickets.created, 11);
        QCOMPARE(r.tickets.tickets.resolved, 7);
        QCOMPARE(r.tickets.tickets.open, 4);
        QCOMPARE(r.tickets.tickets.atRisk, 1);
        QCOMPARE(r.tickets.tickets.breachedOpen, 2);
        QCOMPARE(*r.tickets.completionRate(), 7.0 / 11.0);
        const DashboardFilter f = k.february();
        QCOMPARE(k.drill(u"tickets.created"_s, f),
            sorted({ k.a1, k.a2, k.a3, k.a4, k.a6, k.a7, k.a8, k.a9, k.b1, k.b2, k.g1 }));
        QCOMPARE(k.drill(u"tickets.open"_s, f), sorted({ k.a6, k.a7, k.a8, k.a9 }));
        QCOMPARE(k.drill(u"tickets.at_risk"_s, f), QList<qint64> { k.a7 });
        QCOMPARE(k.drill(u"tickets.breached_open"_s, f), sorted({ k.a6, k.a9 }));
        QCOMPARE(k.drill(u"tickets.resolved"_s, f), sorted({ k.a1, k.a2, k.a3, k.a4, k.b1, k.b2, k.g1 }));
    }

    void responseAndResolutionTimes()
    {
        Known k;
        const DashboardResult r = k.compute(k.february());
        // Responses: 600, 900, 1800, 3000, 3600, 7200, 10800, 100000 s.
        const SampleStats &fr = r.tickets.firstResponse;
        QCOMPARE(fr.count, 8);
        QCOMPARE(*fr.medianHours, 3300.0 / 3600.0); // even: mean of 3000 and 3600
        QCOMPARE(*fr.meanHours, 127900.0 / 8 / 3600.0);
        QCOMPARE(*fr.p90Hours, 100000.0 / 3600.0); // rank ceil(7.2) = 8
        // Met 7; breached: a4 answered late and a6 never answered past its due.
        QCOMPARE(r.tickets.responseCompliance.met, 7);
        QCOMPARE(r.tickets.responseCompliance.breached, 2);
        // Resolutions on the business clock: 1200, 3600, 5400, 7200, 36000, 180000, 200000 s.
        const SampleStats &res = r.tickets.resolution;
        QCOMPARE(res.count, 7);
        QCOMPARE(*res.medianHours, 2.0);
        QCOMPARE(*res.meanHours, 433400.0 / 7 / 3600.0);
        QCOMPARE(*res.p90Hours, 200000.0 / 3600.0);
        // Met 5; breached a3, a4 (done late) and a9 (open, due passed).
        QCOMPARE(r.tickets.resolutionCompliance.met, 5);
        QCOMPARE(r.tickets.resolutionCompliance.breached, 3);
        // Duration is wall-clock: a3 took 300 000 s although its clock says 200 000.
        QCOMPARE(*r.tickets.duration.meanHours, 533400.0 / 7 / 3600.0);
        const DashboardFilter f = k.february();
        QCOMPARE(k.drill(u"first_response.breached"_s, f), sorted({ k.a4, k.a6 }));
        QCOMPARE(k.drill(u"first_response.met"_s, f).size(), 7);
        QCOMPARE(k.drill(u"resolution.breached"_s, f), sorted({ k.a3, k.a4, k.a9 }));
        QCOMPARE(k.drill(u"resolution.compliance"_s, f).size(), 8);
        // Slowest first.
        auto slowest = Dashboard(k.t.db).drillDown(u"first_response.p90_hours"_s, f);
        QCOMPARE(slowest->ids.first(), k.a4);
        QCOMPARE(slowest->ids.size(), 8);

        const QJsonObject json = dashboardJson(r);
        const QJsonObject frJson = json.value(u"first_response"_s).toObject();
        QCOMPARE(frJson.value(u"median_hours"_s).toDouble(), 0.92);
        QCOMPARE(frJson.value(u"mean_hours"_s).toDouble(), 4.44);
        QCOMPARE(frJson.value(u"p90_hours"_s).toDouble(), 27.78);
        QCOMPARE(frJson.value(u"compliance"_s).toDouble(), 0.7778);
        QCOMPARE(json.value(u"resolution"_s).toObject().value(u"compliance"_s).toDouble(), 0.625);
        QCOMPARE(json.value(u"completion_rate"_s).toDouble(), 0.6364);
    }

    // The SLA clock of a business-hours policy: the stored business seconds,
    // not the wall time between creation and reply.
    void businessHoursClock()
    {
        test::DashboardFixture f;
        Clock::setFixed(at(16, 12));
        SlaPolicy business;
        business.name = u"Business 4/16"_s;
        business.calendarName = u"kz-standard"_s;
        business.targets.fill({ 4 * kHour, 16 * kHour });
        auto saved = SlaPolicyRepository(f.t.db).save(business);
        QVERIFY2(saved, qPrintable(saved.error()));
        QVERIFY(SlaPolicyRepository(f.t.db).setDefault(saved->id));
        TicketRepository repo(f.t.db);
        Ticket ticket;
        ticket.clientId = f.alpha;
        ticket.subject = u"Не проходит платёж"_s;
        // Friday 17:00 in Almaty, answered Monday 10:00: one business hour each side.
        auto created = repo.create(ticket, at(13, 17));
        QVERIFY2(created, qPrintable(created.error()));
        QVERIFY(repo.reply(created->id, u"Проверяем"_s, at(16, 10)));
        DashboardFilter filter;
        filter.from = feb(1);
        filter.to = feb(28);
        auto r = Dashboard(f.t.db).compute(filter);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->tickets.firstResponse.count, 1);
        QCOMPARE(*r->tickets.firstResponse.meanHours, 2.0);
        QCOMPARE(r->tickets.responseCompliance.met, 1);
        QCOMPARE(r->tickets.tickets.open, 1);
    }

    void filtersByManagerAndPriority_data()
    {
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("resolved");
        QTest::addColumn<int>("responses");
        QTest::newRow("Asel") << u"asel"_s << QString() << 8 << 4 << 5;
        QTest::newRow("Baur") << u"baur"_s << QString() << 2 << 2 << 2;
        QTest::newRow("no manager") << u"none"_s << QString() << 1 << 1 << 1;
        QTest::newRow("high priority") << QString() << u"high"_s << 2 << 2 << 2;
        QTest::newRow("Asel, high priority") << u"asel"_s << u"high"_s << 0 << 0 << 0;
        QTest::newRow("urgent") << QString() << u"urgent"_s << 0 << 0 << 0;
    }
    void filtersByManagerAndPriority()
    {
        QFETCH(QString, manager);
        QFETCH(QString, priority);
        QFETCH(int, created);
        QFETCH(int, resolved);
        QFETCH(int, responses);
        Known k;
        DashboardFilter f = k.february();
        if (manager == u"asel"_s)
            f.manager = k.asel;
        else if (manager == u"baur"_s)
            f.manager = k.baur;
        else if (manager == u"none"_s)
            f.withoutManager = true;
        if (!priority.isEmpty())
            f.priority = *priorityFromKey(priority);
        const DashboardResult r = k.compute(f);
        QCOMPARE(r.tickets.tickets.created, created);
        QCOMPARE(r.tickets.tickets.resolved, resolved);
        QCOMPARE(r.tickets.firstResponse.count, responses);
        QCOMPARE(k.drill(u"tickets.created"_s, f).size(), created);
    }

    void byManager()
    {
        Known k;
        const DashboardResult r = k.compute(k.february());
        QCOMPARE(r.managers.size(), 3);
        // By name; clients without a manager last.
        QCOMPARE(r.managers.at(0).email, u"asel@example.kz"_s);
        QCOMPARE(r.managers.at(0).figures.tickets.created, 8);
        QCOMPARE(r.managers.at(0).figures.tickets.breachedOpen, 2);
        QCOMPARE(r.managers.at(0).feedback.liked, 2);
        QCOMPARE(r.managers.at(0).feedback.notLiked, 1);
        QCOMPARE(r.managers.at(1).email, u"baur@example.kz"_s);
        QCOMPARE(r.managers.at(1).figures.tickets.created, 2);
        QCOMPARE(*r.managers.at(1).figures.firstResponse.medianHours, 1350.0 / 3600.0);
        QVERIFY(!r.managers.at(2).id.isValid());
        QCOMPARE(r.managers.at(2).figures.tickets.created, 1);
        int created = 0;
        for (const ManagerFigures &m : r.managers)
            created += m.figures.tickets.created;
        QCOMPARE(created, r.tickets.tickets.created);
    }

    void emptyPeriod()
    {
        Known k;
        DashboardFilter f;
        f.from = QDate(2025, 6, 1);
        f.to = QDate(2025, 6, 30);
        const DashboardResult r = k.compute(f);
        QCOMPARE(r.tickets.tickets.created, 0);
        QCOMPARE(r.tickets.firstResponse.count, 0);
        QVERIFY(!r.tickets.firstResponse.meanHours);
        QVERIFY(!r.tickets.completionRate());
        QVERIFY(r.managers.isEmpty());
        QCOMPARE(r.monthly.size(), 1);
        QCOMPARE(r.monthly.first().figures.tickets.created, 0);
        const QJsonObject json = dashboardJson(r);
        QVERIFY(json.value(u"first_response"_s).toObject().value(u"median_hours"_s).isNull());
        QVERIFY(json.value(u"first_response"_s).toObject().value(u"compliance"_s).isNull());
        QVERIFY(json.value(u"completion_rate"_s).isNull());
        QVERIFY(json.value(u"cost_per_job"_s).toObject().value(u"per_job"_s).isNull());
        QCOMPARE(json.value(u"tickets"_s).toObject().value(u"created"_s).toInt(-1), 0);
        QCOMPARE(json.value(u"by_manager"_s).toArray().size(), 0);
        QVERIFY(k.drill(u"tickets.created"_s, f).isEmpty());
    }

    void invalidInput_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("figure");
        QTest::newRow("no start") << QDate() << feb(1) << u"tickets.created"_s;
        QTest::newRow("ends before it starts") << feb(2) << feb(1) << u"tickets.created"_s;
        QTest::newRow("eleven years") << QDate(2015, 1, 1) << QDate(2026, 1, 1) << u"tickets.created"_s;
        QTest::newRow("unknown figure") << feb(1) << feb(2) << u"tickets.bogus"_s;
        QTest::newRow("unknown receivables figure") << feb(1) << feb(2) << u"receivables.12_14"_s;
    }
    void invalidInput()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, figure);
        test::DashboardFixture f;
        DashboardFilter filter;
        filter.from = from;
        filter.to = to;
        const Dashboard d(f.t.db);
        auto drill = d.drillDown(figure, filter);
        QVERIFY(!drill);
        QVERIFY(!drill.error().isEmpty());
        if (figure == u"tickets.created"_s)
            QVERIFY(!d.compute(filter));
    }

    void trends()
    {
        Known k;
        const DashboardResult r = k.compute(k.february());
        // 1 February 2026 is a Sunday: the tail of ISO week 5.
        QCOMPARE(r.weekly.size(), 5);
        QStringList keys;
        QList<int> created;
        for (const TrendFigures &w : r.weekly) {
            keys << w.bucket.key;
            created << w.figures.tickets.created;
        }
        QCOMPARE(keys, (QStringList { u"2026-W05"_s, u"2026-W06"_s, u"2026-W07"_s, u"2026-W08"_s, u"2026-W09"_s }));
        QCOMPARE(created, (QList<int> { 0, 3, 3, 3, 2 }));
        QCOMPARE(r.weekly.first().bucket.from, feb(1));
        QCOMPARE(r.weekly.first().bucket.to, feb(1));
        QCOMPARE(r.weekly.last().bucket.to, feb(28));
        QCOMPARE(r.weekly.at(2).figures.resolutionCompliance.breached, 2); // a3 and a4
        QCOMPARE(r.monthly.size(), 1);
        QCOMPARE(r.monthly.first().bucket.key, u"2026-02"_s);
        QCOMPARE(r.monthly.first().figures.tickets.created, 11);
        QCOMPARE(*r.monthly.first().figures.firstResponse.medianHours, *r.tickets.firstResponse.medianHours);
        // A week drilled down by narrowing the period to it.
        DashboardFilter week = k.february();
        week.from = r.weekly.at(4).bucket.from;
        week.to = r.weekly.at(4).bucket.to;
        QCOMPARE(k.drill(u"tickets.created"_s, week), sorted({ k.b2, k.g1 }));
    }

    void reportingTimeZone()
    {
        Known k;
        // In UTC, o2 (1 March 00:10 in Almaty) is on 28 February, and g1 too.
        QVERIFY(DashboardQuery::setTimeZone(k.t.db, "UTC"));
        QVERIFY(!DashboardQuery::setTimeZone(k.t.db, "Mars/Olympus"));
        const DashboardResult r = k.compute(k.february());
        QCOMPARE(r.timeZone, QByteArray("UTC"));
        QVERIFY(k.drill(u"tickets.created"_s, k.february()).contains(k.o2));
        QVERIFY(!k.drill(u"tickets.created"_s, k.february()).contains(k.o1)); // 31 Jan 18:30 UTC
    }

    void costPerJob()
    {
        Known k;
        k.addTime(k.a1, k.alpha, k.erlan, 60);
        k.addTime(k.a2, k.alpha, k.erlan, 30);
        k.addTime(k.a2, k.alpha, k.asel, 30); // no cost rate
        k.addTime(k.a6, k.alpha, k.erlan, 120); // open: not a job done
        DashboardResult r = k.compute(k.february());
        QCOMPARE(r.costCurrency, u"KZT"_s);
        QCOMPARE(r.tickets.workMinutes, 120);
        // 90 minutes at 6 000.00 an hour over 7 resolved tickets.
        QCOMPARE(*r.costTotalMinor(r.tickets), 900000);
        QCOMPARE(*r.costPerJobMinor(r.tickets), 128571);
        QJsonObject cost = dashboardJson(r).value(u"cost_per_job"_s).toObject();
        QCOMPARE(cost.value(u"per_job"_s).toDouble(), 1285.71);
        QCOMPARE(cost.value(u"logged_hours"_s).toDouble(), 2.0);
        // A new cost rate re-prices the logged time; a deleted entry leaves.
        QVERIFY(sql::exec(
            k.t.db.connection(), u"UPDATE users SET cost_rate_minor = 1200000 WHERE id = ?"_s, { k.erlan.value }));
        r = k.compute(k.february());
        QCOMPARE(*r.costTotalMinor(r.tickets), 1800000);
        QVERIFY(sql::exec(
            k.t.db.connection(), u"DELETE FROM time_entries WHERE ticket_id = ? AND minutes = 60"_s, { k.a1 }));
        QVERIFY(sql::exec(k.t.db.connection(),
            u"UPDATE time_entries SET minutes = 45 WHERE ticket_id = ? AND user_id = ?"_s, { k.a2, k.erlan.value }));
        r = k.compute(k.february());
        QCOMPARE(r.tickets.workMinutes, 75);
        QCOMPARE(*r.costTotalMinor(r.tickets), 900000);
        auto minutes = sql::scalar(k.t.db.connection(), u"SELECT work_minutes FROM tickets WHERE id = ?"_s, { k.a6 });
        QCOMPARE(minutes->toInt(), 120);
        // Staff paid in two currencies: no single cost per job.
        k.addUser(u"Иван Петров"_s, u"ivan@example.ru"_s, Role::Specialist, 100000);
        QVERIFY(sql::exec(
            k.t.db.connection(), u"UPDATE users SET cost_currency = 'RUB' WHERE email = 'ivan@example.ru'"_s));
        r = k.compute(k.february());
        QVERIFY(r.mixedCostCurrencies);
        QVERIFY(!r.costPerJobMinor(r.tickets));
    }

    void feedback()
    {
        Known k;
        const DashboardResult r = k.compute(k.february());
        // Closed (or resolved) in February: a1 liked, a2 not liked, b2 liked,
        // and o1 (created in January, closed 1 February) liked.
        QCOMPARE(r.feedback.liked, 3);
        QCOMPARE(r.feedback.notLiked, 1);
        QCOMPARE(*r.feedback.likedShare(), 0.75);
        QCOMPARE(k.drill(u"feedback.liked"_s, k.february()), sorted({ k.a1, k.b2, k.o1 }));
        QCOMPARE(k.drill(u"feedback.not_liked"_s, k.february()), QList<qint64> { k.a2 });
        // The same counts as `report feedback` where its days are ours.
        QVERIFY(DashboardQuery::setTimeZone(k.t.db, QTimeZone::systemTimeZoneId()));
        const DashboardResult local = k.compute(k.february());
        auto share = FeedbackShare(k.t.db).compute(feb(1), feb(28));
        QVERIFY(share);
        QCOMPARE(local.feedback.liked, share->total.liked);
        QCOMPARE(local.feedback.notLiked, share->total.notLiked);
        DashboardFilter client = k.february();
        client.client = k.beta;
        QCOMPARE(k.compute(client).feedback.liked, 1);
    }

    void receivables()
    {
        Known k;
        // As of 20 February: due 25 Feb (current), 10 days, 41, 81 and 111 days past due.
        const qint64 i1 = k.addInvoice(k.alpha, u"KZT"_s, 10000000, 0, u"issued"_s, QDate(2026, 2, 1), feb(25));
        const qint64 i2
            = k.addInvoice(k.alpha, u"KZT"_s, 5000000, 2000000, u"partially_paid"_s, QDate(2026, 1, 31), feb(10));
        const qint64 i3
            = k.addInvoice(k.beta, u"KZT"_s, 4000000, 0, u"issued"_s, QDate(2025, 11, 20), QDate(2025, 12, 1));
        const qint64 i4
            = k.addInvoice(k.gamma, u"RUB"_s, 1000000, 0, u"issued"_s, QDate(2025, 10, 20), QDate(2025, 11, 1));
        const qint64 i8 = k.addInvoice(k.beta, u"KZT"_s, 500000, 0, u"issued"_s, QDate(2026, 1, 1), QDate(2026, 1, 10));
        const qint64 dueToday = k.addInvoice(k.beta, u"KZT"_s, 100, 0, u"issued"_s, feb(10), feb(20));
        k.addInvoice(k.alpha, u"KZT"_s, 700000, 700000, u"paid"_s, QDate(2026, 1, 1), QDate(2026, 1, 10));
        k.addInvoice(k.alpha, u"KZT"_s, 700000, 0, u"draft"_s, QDate(2026, 1, 1), QDate(2026, 1, 10));
        k.addInvoice(k.alpha, u"KZT"_s, 700000, 0, u"cancelled"_s, QDate(2026, 1, 1), QDate(2026, 1, 10));
        k.addInvoice(k.alpha, u"KZT"_s, 700000, 0, u"issued"_s, QDate(2026, 2, 21), QDate(2026, 3, 1)); // after asOf
        const DashboardResult r = k.compute(k.february());
        QCOMPARE(r.receivables.size(), 2);
        const ReceivablesFigures &kzt = r.receivables.at(0);
        QCOMPARE(kzt.currency, u"KZT"_s);
        QCOMPARE(kzt.invoices, 5);
        QCOMPARE(kzt.outstandingMinor, 10000000 + 3000000 + 4000000 + 500000 + 100);
        QCOMPARE(kzt.currentMinor, 10000100);
        QCOMPARE(kzt.overdueMinor, 7500000);
        QCOMPARE(kzt.overdueInvoices, 3);
        QCOMPARE(kzt.agingMinor[ReceivablesFigures::Days0To30], 3000000);
        QCOMPARE(kzt.agingMinor[ReceivablesFigures::Days31To60], 500000);
        QCOMPARE(kzt.agingMinor[ReceivablesFigures::Days61To90], 4000000);
        QCOMPARE(kzt.agingMinor[ReceivablesFigures::Days90Plus], 0);
        const ReceivablesFigures &rub = r.receivables.at(1);
        QCOMPARE(rub.agingMinor[ReceivablesFigures::Days90Plus], 1000000);
        QCOMPARE(k.drill(u"receivables.overdue"_s, k.february(), u"KZT"_s), sorted({ i2, i3, i8 }));
        QCOMPARE(k.drill(u"receivables.current"_s, k.february(), u"KZT"_s), sorted({ i1, dueToday }));
        QCOMPARE(k.drill(u"receivables.90_plus"_s, k.february()), QList<qint64> { i4 });
        QCOMPARE(k.drill(u"receivables.outstanding"_s, k.february()).size(), 6);
        auto mostOverdue = Dashboard(k.t.db).drillDown(u"receivables.overdue"_s, k.february());
        QCOMPARE(mostOverdue->kind, Dashboard::DrillDown::Invoices);
        QCOMPARE(mostOverdue->ids.first(), i4);
        DashboardFilter asel = k.february();
        asel.manager = k.asel;
        QCOMPARE(k.compute(asel).receivables.first().outstandingMinor, 13000000);
        const QJsonObject json = dashboardJson(r).value(u"receivables"_s).toArray().at(0).toObject();
        QCOMPARE(json.value(u"overdue"_s).toDouble(), 75000.0);
        QCOMPARE(json.value(u"aging"_s).toObject().value(u"61_90"_s).toDouble(), 40000.0);
        QCOMPARE(json.value(u"aging_minor"_s).toObject().value(u"0_30"_s).toInteger(), 3000000);
    }

    void handoffsAndUnusedHours()
    {
        Known k;
        const QSqlDatabase c = k.t.db.connection();
        const auto handoff = [&](ClientId client, UserId manager, qint64 won, qint64 completed) {
            auto q = sql::exec(c,
                u"INSERT INTO handoffs (client_id, account_manager_id, won_at, completed_at, "
                "created_at) VALUES (?, ?, ?, ?, 0)"_s,
                { client.value, sql::nullIfZero(manager.value), won, completed });
            return q->lastInsertId().toLongLong();
        };
        const qint64 h1 = handoff(k.alpha, k.asel, almaty(QDate(2026, 1, 20), QTime(10, 0)), at(10, 10));
        handoff(k.beta, k.baur, at(1, 10), at(4, 10));
        handoff(k.beta, k.baur, at(1, 10), almaty(QDate(2026, 3, 5), QTime(10, 0)));
        for (const auto &[item, score] : { std::pair { u"card"_s, 2 }, { u"meeting"_s, 2 }, { u"questions"_s, 1 } })
            QVERIFY(
                sql::exec(c, u"INSERT INTO handoff_scores (handoff_id, item, score, scored_at) VALUES (?, ?, ?, 0)"_s,
                    { h1, item, score }));
        const auto usage = [&](ClientId client, const QString &month, int included, int used) {
            QVERIFY(sql::exec(c,
                u"INSERT INTO month_usage (client_id, month, currency, included_minutes, "
                "used_minutes, created_at) VALUES (?, ?, 'KZT', ?, ?, 0)"_s,
                { client.value, month, included, used }));
        };
        usage(k.alpha, u"2026-02"_s, 600, 120);
        usage(k.beta, u"2026-02"_s, 300, 400);
        usage(k.alpha, u"2026-01"_s, 600, 0);
        const DashboardResult r = k.compute(k.february());
        QCOMPARE(r.handoffs.completed, 2);
        QCOMPARE(r.handoffs.scored, 1);
        QCOMPARE(*r.handoffs.qualityMean, 5.0 / 6.0);
        QCOMPARE(*r.handoffs.durationMedianDays, 12.0); // 3 and 21 days
        QCOMPARE(*r.handoffs.durationMeanDays, 12.0);
        QCOMPARE(r.unusedHours.clientMonths, 2);
        QCOMPARE(r.unusedHours.includedMinutes, 900);
        QCOMPARE(r.unusedHours.unusedMinutes, 480); // Beta overran: nothing unused
        QCOMPARE(*r.unusedHours.unusedShare(), 480.0 / 900.0);
        DashboardFilter baur = k.february();
        baur.manager = k.baur;
        const DashboardResult b = k.compute(baur);
        QCOMPARE(b.handoffs.completed, 1);
        QCOMPARE(b.unusedHours.unusedMinutes, 0);
    }

    // A demo database: every drill-down lists exactly the tickets its figure
    // counts, per manager and per week too; the regulation figures equal
    // `report on-time`'s; both scan paths agree.
    void drillDownsMatchFigures()
    {
        test::TempDatabase t;
        DemoGenerator::Options options;
        options.clients = 12;
        options.tickets = 400;
        auto made = DemoGenerator(t.db).generate(options);
        QVERIFY2(made, qPrintable(made.error()));
        DashboardFilter f;
        f.to = QDateTime::fromSecsSinceEpoch(Clock::nowSecs(), QTimeZone("Asia/Almaty")).date();
        f.from = f.to.addYears(-1);
        f.asOf = Clock::nowSecs();
        const Dashboard d(t.db);
        auto r = d.compute(f);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(r->tickets.tickets.created > 300);
        const auto check = [&](const DashboardFilter &filter, const TicketFigures &fig) {
            const QList<std::pair<QString, int>> expected {
                { u"tickets.created"_s, fig.tickets.created },
                { u"tickets.resolved"_s, fig.tickets.resolved },
                { u"tickets.open"_s, fig.tickets.open },
                { u"tickets.at_risk"_s, fig.tickets.atRisk },
                { u"tickets.breached_open"_s, fig.tickets.breachedOpen },
                { u"first_response.count"_s, fig.firstResponse.count },
                { u"first_response.met"_s, fig.responseCompliance.met },
                { u"first_response.breached"_s, fig.responseCompliance.breached },
                { u"resolution.count"_s, fig.resolution.count },
                { u"resolution.met"_s, fig.resolutionCompliance.met },
                { u"resolution.breached"_s, fig.resolutionCompliance.breached },
            };
            for (const auto &[key, count] : expected) {
                auto drill = d.drillDown(key, filter);
                QVERIFY2(drill, qPrintable(drill.error()));
                QVERIFY2(drill->ids.size() == count,
                    qPrintable(u"%1: %2 ids for %3"_s.arg(key).arg(drill->ids.size()).arg(count)));
                QCOMPARE(QSet<qint64>(drill->ids.begin(), drill->ids.end()).size(), count);
            }
        };
        check(f, r->tickets);
        QVERIFY(!r->managers.isEmpty());
        DashboardFilter manager = f;
        manager.manager = r->managers.first().id;
        check(manager, r->managers.first().figures);
        for (const TrendFigures &w : r->weekly) {
            if (w.figures.tickets.created == 0)
                continue;
            DashboardFilter week = f;
            week.from = w.bucket.from;
            week.to = w.bucket.to;
            check(week, w.figures);
            break;
        }
        auto liked = d.drillDown(u"feedback.liked"_s, f);
        QCOMPARE(liked->ids.size(), r->feedback.liked);
        const QDate today = QDateTime::fromSecsSinceEpoch(f.asOf, QTimeZone("Asia/Almaty")).date();
        const OnTimeStats obligations = TaskRepository(t.db).onTime(f.from, f.to, {}, TaskSource::Obligation, today);
        QCOMPARE(r->obligations.onTime, obligations.onTime);
        QCOMPARE(r->obligations.due, obligations.due);
        QCOMPARE(r->obligations.overdue, obligations.overdue);
        const OnTimeStats reviews = ReviewRepository(t.db).onTime(f.from, f.to, {}, today);
        QCOMPARE(r->reviews.due, reviews.due);
        QCOMPARE(r->reviews.onTime, reviews.onTime);
        // The Qt query path gives the very same dashboard.
        RowScan::setDirectAllowed(false);
        auto viaQt = d.compute(f);
        QVERIFY(viaQt);
        QCOMPARE(QJsonDocument(dashboardJson(*viaQt)).toJson(), QJsonDocument(dashboardJson(*r)).toJson());
    }

    void csvHasOneRowPerFigure()
    {
        Known k;
        const QString csv = dashboardCsv(k.compute(k.february()));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"key,value"_s);
        QVERIFY(lines.contains(u"tickets.created,11"_s));
        QVERIFY(lines.contains(u"first_response.median_hours,0.92"_s));
        QVERIFY(lines.contains(u"trends.weekly.2026-W06.tickets.created,3"_s));
        QVERIFY(lines.contains(u"by_manager.asel@example.kz.tickets.created,8"_s));
        QVERIFY(lines.contains(u"by_manager.none.tickets.created,1"_s));
        QVERIFY(lines.contains(u"filters.manager,"_s));
        for (const QString &line : lines)
            QCOMPARE(line.count(u','), 1);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
