// `rapport-cli report dashboard` through the real binary: the documented
// JSON shape and its values on a hand-built database, CSV, the text
// summary, filters, --as-of, drill-downs, an empty period and bad input.
#include "dashboardfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;
using test::almaty;

namespace {

qint64 at(int day, int hour)
{
    return almaty(QDate(2026, 3, day), QTime(hour, 0));
}

// March 2026, as of 20 March 12:00 in Almaty: Alpha (Asel) has two closed
// tickets (responses 1 h and 3 h, one resolution late) and one open ticket
// never answered past its due; Beta (Baur) one urgent ticket answered in
// 30 minutes; a cancelled ticket that counts nowhere; an overdue invoice.
struct Fixture : test::DashboardFixture
{
    qint64 closed1, closed2, unanswered, urgent;

    Fixture()
    {
        closed1 = addDone(alpha, at(2, 10), 3600, 7200);
        closed2 = addDone(alpha, at(10, 10), 10800, 200000, u"met"_s, u"breached"_s);
        test::TicketSpec s;
        s.client = alpha;
        s.createdAt = at(18, 10);
        s.status = u"new"_s;
        s.responseDue = at(18, 18);
        s.resolutionDue = at(22, 10);
        unanswered = addTicket(s);
        urgent = addDone(beta, at(16, 9), 1800, 3600, u"met"_s, u"met"_s, u"urgent"_s);
        s = {};
        s.client = beta;
        s.createdAt = at(5, 9);
        s.status = u"cancelled"_s;
        s.responseSecs = 60;
        s.responseState = u"met"_s;
        addTicket(s);
        addTime(closed1, alpha, erlan, 90);
        addInvoice(alpha, u"KZT"_s, 5000000, 1000000, u"partially_paid"_s, QDate(2026, 1, 31), QDate(2026, 2, 10));
    }

    QStringList args(const QStringList &extra) const
    {
        return QStringList { u"--db"_s, t.path, u"report"_s, u"dashboard"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s,
            u"2026-03-31"_s, u"--as-of"_s, u"2026-03-20T12:00:00+05:00"_s }
        + extra;
    }
};

QJsonObject parse(const test::CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(run.out.left(400)));
    return doc.object();
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> keySet(std::initializer_list<QString> keys)
{
    return QSet<QString>(keys);
}

} // namespace

class TestCliDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonShapeAndValues()
    {
        Fixture f;
        const test::CliRun run = test::runCli(f.args({ u"--format"_s, u"json"_s }));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = parse(run);
        QCOMPARE(keysOf(o),
            keySet({ u"from"_s, u"to"_s, u"as_of"_s, u"time_zone"_s, u"filters"_s, u"tickets"_s, u"first_response"_s,
                u"resolution"_s, u"completion_rate"_s, u"duration"_s, u"cost_per_job"_s, u"feedback"_s,
                u"obligations"_s, u"reviews"_s, u"handoffs"_s, u"receivables"_s, u"unused_hours"_s, u"trends"_s,
                u"by_manager"_s }));
        QCOMPARE(o.value(u"as_of"_s).toString(), u"2026-03-20T07:00:00+00:00"_s);
        QCOMPARE(o.value(u"time_zone"_s).toString(), u"Asia/Almaty"_s);
        const QJsonObject tickets = o.value(u"tickets"_s).toObject();
        QCOMPARE(keysOf(tickets), keySet({ u"created"_s, u"resolved"_s, u"open"_s, u"at_risk"_s, u"breached_open"_s }));
        QCOMPARE(tickets.value(u"created"_s).toInt(), 4);
        QCOMPARE(tickets.value(u"resolved"_s).toInt(), 3);
        QCOMPARE(tickets.value(u"open"_s).toInt(), 1);
        QCOMPARE(tickets.value(u"breached_open"_s).toInt(), 1);
        const QSet<QString> timeKeys = keySet({ u"count"_s, u"mean_hours"_s, u"median_hours"_s, u"p90_hours"_s,
            u"compliance"_s, u"met"_s, u"breached"_s });
        const QJsonObject fr = o.value(u"first_response"_s).toObject();
        QCOMPARE(keysOf(fr), timeKeys);
        QCOMPARE(keysOf(o.value(u"resolution"_s).toObject()), timeKeys);
        // Responses 0.5 h, 1 h, 3 h; the unanswered ticket is late.
        QCOMPARE(fr.value(u"count"_s).toInt(), 3);
        QCOMPARE(fr.value(u"median_hours"_s).toDouble(), 1.0);
        QCOMPARE(fr.value(u"mean_hours"_s).toDouble(), 1.5);
        QCOMPARE(fr.value(u"p90_hours"_s).toDouble(), 3.0);
        QCOMPARE(fr.value(u"compliance"_s).toDouble(), 0.75);
        QCOMPARE(o.value(u"resolution"_s).toObject().value(u"compliance"_s).toDouble(), 0.6667);
        QCOMPARE(o.value(u"completion_rate"_s).toDouble(), 0.75);
        QVERIFY(o.value(u"completion_rate"_s).isDouble());
        const QJsonObject cost = o.value(u"cost_per_job"_s).toObject();
        QCOMPARE(cost.value(u"currency"_s).toString(), u"KZT"_s);
        QCOMPARE(cost.value(u"per_job"_s).toDouble(), 3000.0); // 1.5 h × 6 000 over 3 jobs
        QCOMPARE(keysOf(o.value(u"feedback"_s).toObject()), keySet({ u"liked"_s, u"not_liked"_s, u"liked_share"_s }));
        const QJsonObject trends = o.value(u"trends"_s).toObject();
        QCOMPARE(keysOf(trends), keySet({ u"weekly"_s, u"monthly"_s }));
        QCOMPARE(trends.value(u"monthly"_s).toArray().size(), 1);
        QCOMPARE(trends.value(u"weekly"_s).toArray().size(), 6); // W09 (1 March, Sunday) to W14
        const QJsonObject week = trends.value(u"weekly"_s).toArray().at(1).toObject();
        QCOMPARE(week.value(u"period"_s).toString(), u"2026-W10"_s);
        QCOMPARE(week.value(u"tickets"_s).toObject().value(u"created"_s).toInt(), 1);
        const QJsonArray managers = o.value(u"by_manager"_s).toArray();
        QCOMPARE(managers.size(), 2);
        const QJsonObject asel = managers.at(0).toObject();
        QCOMPARE(asel.value(u"email"_s).toString(), u"asel@example.kz"_s);
        QVERIFY(keysOf(asel).contains(u"tickets"_s) && keysOf(asel).contains(u"first_response"_s)
            && keysOf(asel).contains(u"resolution"_s) && keysOf(asel).contains(u"feedback"_s));
        QCOMPARE(asel.value(u"tickets"_s).toObject().value(u"created"_s).toInt(), 3);
        const QJsonObject receivables = o.value(u"receivables"_s).toArray().at(0).toObject();
        QCOMPARE(receivables.value(u"currency"_s).toString(), u"KZT"_s);
        QCOMPARE(receivables.value(u"overdue"_s).toDouble(), 40000.0);
        QCOMPARE(receivables.value(u"aging"_s).toObject().value(u"31_60"_s).toDouble(), 40000.0); // 38 days
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("created");
        QTest::newRow("manager") << QStringList { u"--manager"_s, u"baur@example.kz"_s } << 1;
        QTest::newRow("no manager") << QStringList { u"--manager"_s, u"none"_s } << 0;
        QTest::newRow("priority") << QStringList { u"--priority"_s, u"urgent"_s } << 1;
        QTest::newRow("client") << QStringList { u"--client"_s, u"1"_s } << 3;
    }
    void filters()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, created);
        Fixture f;
        const test::CliRun run = test::runCli(f.args(extra + QStringList { u"--format"_s, u"json"_s }));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parse(run).value(u"tickets"_s).toObject().value(u"created"_s).toInt(), created);
    }

    void emptyPeriodIsNotAnError()
    {
        test::DashboardFixture f;
        const test::CliRun run = test::runCli({ u"--db"_s, f.t.path, u"report"_s, u"dashboard"_s, u"--from"_s,
            u"2020-01-01"_s, u"--to"_s, u"2020-01-31"_s, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = parse(run);
        QCOMPARE(o.value(u"tickets"_s).toObject().value(u"created"_s).toInt(-1), 0);
        QVERIFY(o.value(u"first_response"_s).toObject().value(u"mean_hours"_s).isNull());
        QVERIFY(o.value(u"completion_rate"_s).isNull());
        QVERIFY(o.value(u"feedback"_s).toObject().value(u"liked_share"_s).isNull());
        QCOMPARE(o.value(u"receivables"_s).toArray().size(), 0);
        QCOMPARE(o.value(u"by_manager"_s).toArray().size(), 0);
    }

    void csv()
    {
        Fixture f;
        const test::CliRun run = test::runCli(f.args({ u"--format"_s, u"csv"_s }));
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"key,value"_s);
        QVERIFY(lines.contains(u"tickets.created,4"_s));
        QVERIFY(lines.contains(u"first_response.compliance,0.75"_s));
        QVERIFY(lines.contains(u"receivables.KZT.aging.31_60,40000"_s));
        QVERIFY(lines.contains(u"by_manager.baur@example.kz.tickets.created,1"_s));
    }

    void text()
    {
        Fixture f;
        const test::CliRun run = test::runCli(f.args({}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"created 4, resolved 3, open 1"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Асель Касымова"_s));
    }

    void drillDown()
    {
        Fixture f;
        test::CliRun run
            = test::runCli(f.args({ u"--drill"_s, u"first_response.breached"_s, u"--format"_s, u"json"_s }));
        QCOMPARE(run.exitCode, 0);
        QJsonObject o = parse(run);
        QCOMPARE(o.value(u"kind"_s).toString(), u"tickets"_s);
        QCOMPARE(o.value(u"count"_s).toInt(), 1);
        QCOMPARE(o.value(u"ids"_s).toArray().at(0).toInteger(), f.unanswered);
        run = test::runCli(f.args({ u"--drill"_s, u"first_response"_s, u"--format"_s, u"json"_s }));
        o = parse(run);
        // Slowest first.
        QCOMPARE(o.value(u"ids"_s).toArray().at(0).toInteger(), f.closed2);
        run = test::runCli(f.args({ u"--drill"_s, u"receivables.31_60"_s, u"--currency"_s, u"KZT"_s }));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"invoice #1"_s), qPrintable(run.out));
    }

    void asOfMovesBreaches()
    {
        Fixture f;
        // Before the unanswered ticket's due instant it is not late yet.
        QStringList args = f.args({ u"--format"_s, u"json"_s });
        args[args.indexOf(u"--as-of"_s) + 1] = u"2026-03-18T11:00:00Z"_s;
        const test::CliRun run = test::runCli(args);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = parse(run);
        QCOMPARE(o.value(u"first_response"_s).toObject().value(u"breached"_s).toInt(), 0);
        QCOMPARE(o.value(u"tickets"_s).toObject().value(u"breached_open"_s).toInt(), 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList base { u"report"_s, u"dashboard"_s };
        QTest::newRow("no period") << base << 2 << u"--from DATE and --to DATE"_s;
        QTest::newRow("no end") << base + QStringList { u"--from"_s, u"2026-03-01"_s } << 2 << u"--to"_s;
        QTest::newRow("not a date") << base + QStringList { u"--from"_s, u"1.3.2026"_s, u"--to"_s, u"2026-03-31"_s }
                                    << 2 << u"is not a date"_s;
        QTest::newRow("backwards") << base + QStringList { u"--from"_s, u"2026-03-31"_s, u"--to"_s, u"2026-03-01"_s }
                                   << 2 << u"before it starts"_s;
        const QStringList march = base + QStringList { u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s };
        QTest::newRow("priority") << march + QStringList { u"--priority"_s, u"asap"_s } << 2 << u"--priority"_s;
        QTest::newRow("format") << march + QStringList { u"--format"_s, u"xml"_s } << 2 << u"--format"_s;
        QTest::newRow("client") << march + QStringList { u"--client"_s, u"x"_s } << 2 << u"--client"_s;
        QTest::newRow("manager") << march + QStringList { u"--manager"_s, u"nobody@example.kz"_s } << 1
                                 << u"nobody@example.kz"_s;
        QTest::newRow("as of") << march + QStringList { u"--as-of"_s, u"yesterday"_s } << 2 << u"--as-of"_s;
        QTest::newRow("drill") << march + QStringList { u"--drill"_s, u"tickets.lost"_s } << 2 << u"tickets.lost"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        test::DashboardFixture f;
        const test::CliRun run = test::runCli(QStringList { u"--db"_s, f.t.path } + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDashboard)
#include "tst_cli_dashboard.moc"
