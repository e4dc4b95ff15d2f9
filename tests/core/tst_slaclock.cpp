#include "calendar/businesscalendar.h"
#include "sla/slaclock.h"

#include <QDateTime>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

Q_DECLARE_METATYPE(rapport::TicketEvent)

namespace {

// Monday 2026-02-09 09:00 UTC; rows give times as hours after it.
constexpr qint64 kT0 = 1770627600;

qint64 at(double hours)
{
    return kT0 + qint64(hours * 3600);
}

TicketEvent ev(
    double hours, TicketEventKind kind, TicketStatus status = TicketStatus::New, Priority priority = Priority::Normal)
{
    return { at(hours), kind, status, priority };
}

TicketEvent created(double h, Priority p = Priority::Normal)
{
    return ev(h, TicketEventKind::Created, TicketStatus::New, p);
}

TicketEvent status(double h, TicketStatus s)
{
    return ev(h, TicketEventKind::StatusChanged, s);
}

TicketEvent reply(double h)
{
    return ev(h, TicketEventKind::ClientVisibleReply);
}

using S = SlaTargetState;
using K = TicketEventKind;
using St = TicketStatus;

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QDateTime::fromSecsSinceEpoch(kT0, QTimeZone::utc()),
            QDateTime(QDate(2026, 2, 9), QTime(9, 0), QTimeZone::utc()));
    }

    void policyAndKeys()
    {
        const SlaPolicy p = SlaPolicy::default2448();
        QCOMPARE(p.name, u"24/48"_s);
        QCOMPARE(p.calendarName, u"24/7"_s);
        for (Priority pr : { Priority::Low, Priority::Normal, Priority::High, Priority::Urgent }) {
            QCOMPARE(p.targetsFor(pr), (SlaTargets { 24 * 3600, 48 * 3600 }));
            QCOMPARE(*priorityFromKey(priorityKey(pr)), pr);
        }
        QVERIFY(p.validate().ok());
        QVERIFY(!priorityFromKey(u"asap"_s).ok());
        QCOMPARE(statusKey(TicketStatus::WaitingOnClient), u"waiting_on_client"_s);
        QCOMPARE(*statusFromKey(u"in_progress"_s), TicketStatus::InProgress);
        QVERIFY(!statusFromKey(u"done"_s).ok());
        SlaPolicy bad = p;
        bad.setTargets(Priority::High, { 10, 0 });
        QVERIFY(bad.validate().error().contains(u"high"_s));
    }

    // The 24/48 policy on the 24/7 calendar.
    void clock_data()
    {
        QTest::addColumn<QList<TicketEvent>>("events");
        QTest::addColumn<double>("asOf");
        QTest::addColumn<int>("response");
        QTest::addColumn<double>("responseElapsed");
        QTest::addColumn<double>("responseDue");
        QTest::addColumn<int>("resolution");
        QTest::addColumn<double>("resolutionElapsed");
        QTest::addColumn<double>("resolutionDue");
        QTest::addColumn<double>("paused");
        QTest::addColumn<QString>("explains");

        QTest::newRow("response met") << QList<TicketEvent> { created(0), reply(2.5) } << 3.0 << int(S::Met) << 2.5
                                      << 24.0 << int(S::Running) << 3.0 << 48.0 << 0.0 << u"response met after 2.5 h"_s;
        QTest::newRow("logged contact responds")
            << QList<TicketEvent> { created(0), ev(1, K::LoggedContact) } << 3.0 << int(S::Met) << 1.0 << 24.0
            << int(S::Running) << 3.0 << 48.0 << 0.0 << u"response met after 1 h"_s;
        QTest::newRow("response overdue")
            << QList<TicketEvent> { created(0) } << 25.0 << int(S::Breached) << 25.0 << 24.0 << int(S::Running) << 25.0
            << 48.0 << 0.0 << u"response breached: 25 h used of 24 h"_s;
        QTest::newRow("response late") << QList<TicketEvent> { created(0), reply(30) } << 31.0 << int(S::Breached)
                                       << 30.0 << 24.0 << int(S::Running) << 31.0 << 48.0 << 0.0
                                       << u"response breached after 30 h (target 24 h)"_s;
        QTest::newRow("note and assignment are no response")
            << QList<TicketEvent> { created(0), ev(1, K::InternalNote), ev(1, K::Assigned) } << 25.0 << int(S::Breached)
            << 25.0 << 24.0 << int(S::Running) << 25.0 << 48.0 << 0.0 << u"created"_s;
        QTest::newRow("waiting extends due") << QList<TicketEvent> { created(0), status(1, St::InProgress),
            status(2, St::WaitingOnClient), status(5, St::InProgress) }
                                             << 6.0 << int(S::Running) << 3.0 << 27.0 << int(S::Running) << 3.0 << 51.0
                                             << 3.0 << u"paused 3 h waiting on client"_s;
        QTest::newRow("paused now") << QList<TicketEvent> { created(0), status(2, St::WaitingOnClient) } << 10.0
                                    << int(S::Paused) << 2.0 << 32.0 << int(S::Paused) << 2.0 << 56.0 << 8.0
                                    << u"paused 8 h so far waiting on client"_s;
        QTest::newRow("suspension pauses")
            << QList<TicketEvent> { created(0), ev(1, K::ClientSuspended), ev(4, K::ClientRestored) } << 5.0
            << int(S::Running) << 2.0 << 27.0 << int(S::Running) << 2.0 << 51.0 << 3.0
            << u"paused 3 h while the client was suspended"_s;
        QTest::newRow("waiting then suspended")
            << QList<TicketEvent> { created(0), status(1, St::WaitingOnClient), ev(2, K::ClientSuspended),
                   status(3, St::InProgress), ev(5, K::ClientRestored) }
            << 6.0 << int(S::Running) << 2.0 << 28.0 << int(S::Running) << 2.0 << 52.0 << 4.0
            << u"paused 1 h waiting on client\npaused 3 h while the client was suspended"_s;
        QTest::newRow("resolved") << QList<TicketEvent> { created(0), reply(1), status(10, St::Resolved) } << 40.0
                                  << int(S::Met) << 1.0 << 24.0 << int(S::Met) << 10.0 << 48.0 << 0.0
                                  << u"resolved after 10 h: resolution met"_s;
        QTest::newRow("closed keeps resolution time")
            << QList<TicketEvent> { created(0), reply(1), status(10, St::Resolved), status(12, St::Closed) } << 40.0
            << int(S::Met) << 1.0 << 24.0 << int(S::Met) << 10.0 << 48.0 << 0.0 << u"resolution met"_s;
        QTest::newRow("reopened runs again")
            << QList<TicketEvent> { created(0), reply(1), status(10, St::Resolved), status(20, St::InProgress) } << 25.0
            << int(S::Met) << 1.0 << 24.0 << int(S::Running) << 15.0 << 58.0 << 0.0
            << u"reopened: the resolution clock resumes at 10 h"_s;
        QTest::newRow("later resolution counts") << QList<TicketEvent> { created(0), reply(1), status(10, St::Resolved),
            status(20, St::InProgress), status(30, St::Resolved) }
                                                 << 40.0 << int(S::Met) << 1.0 << 24.0 << int(S::Met) << 20.0 << 58.0
                                                 << 0.0 << u"resolved after 20 h: resolution met"_s;
        QTest::newRow("resolved late") << QList<TicketEvent> { created(0), reply(1), status(50, St::Resolved) } << 60.0
                                       << int(S::Met) << 1.0 << 24.0 << int(S::Breached) << 50.0 << 48.0 << 0.0
                                       << u"resolved after 50 h: resolution breached (target 48 h)"_s;
        QTest::newRow("at risk") << QList<TicketEvent> { created(0), reply(1) } << 39.0 << int(S::Met) << 1.0 << 24.0
                                 << int(S::AtRisk) << 39.0 << 48.0 << 0.0 << u"resolution at risk: 9 h left"_s;
        QTest::newRow("not yet at risk") << QList<TicketEvent> { created(0), reply(1) } << 38.0 << int(S::Met) << 1.0
                                         << 24.0 << int(S::Running) << 38.0 << 48.0 << 0.0
                                         << u"resolution running: 10 h left of 48 h"_s;
        QTest::newRow("response at risk")
            << QList<TicketEvent> { created(0) } << 20.0 << int(S::AtRisk) << 20.0 << 24.0 << int(S::Running) << 20.0
            << 48.0 << 0.0 << u"response at risk: 4 h left of 24 h"_s;
        QTest::newRow("exactly due is not breached")
            << QList<TicketEvent> { created(0) } << 24.0 << int(S::AtRisk) << 24.0 << 24.0 << int(S::Running) << 24.0
            << 48.0 << 0.0 << u"response at risk: 0 min left"_s;
        QTest::newRow("cancelled without response")
            << QList<TicketEvent> { created(0), status(3, St::Cancelled) } << 30.0 << int(S::Met) << 3.0 << 24.0
            << int(S::Met) << 3.0 << 48.0 << 0.0 << u"no response before the ticket was cancelled"_s;
        QTest::newRow("events after as-of ignored")
            << QList<TicketEvent> { created(0), reply(5), status(6, St::Resolved) } << 4.0 << int(S::Running) << 4.0
            << 24.0 << int(S::Running) << 4.0 << 48.0 << 0.0 << u"response running: 20 h left of 24 h"_s;
        QTest::newRow("unsorted input") << QList<TicketEvent> { status(5, St::InProgress), reply(2.5),
            status(2, St::WaitingOnClient), created(0) }
                                        << 6.0 << int(S::Met) << 2.0 << 24.5 << int(S::Running) << 3.0 << 51.0 << 3.0
                                        << u"paused 3 h"_s;
    }

    void clock()
    {
        QFETCH(QList<TicketEvent>, events);
        QFETCH(double, asOf);
        QFETCH(int, response);
        QFETCH(double, responseElapsed);
        QFETCH(double, responseDue);
        QFETCH(int, resolution);
        QFETCH(double, resolutionElapsed);
        QFETCH(double, resolutionDue);
        QFETCH(double, paused);
        QFETCH(QString, explains);

        const SlaSnapshot s
            = computeSla(events, SlaPolicy::default2448(), BusinessCalendar::twentyFourSeven(), at(asOf));
        const QByteArray why = s.explanation.toUtf8();
        QCOMPARE(S::stateKey(s.response.state), S::stateKey(S::State(response)));
        QCOMPARE(s.response.elapsedBusinessSecs, at(responseElapsed) - kT0);
        QCOMPARE(s.response.dueUtc, at(responseDue));
        QCOMPARE(S::stateKey(s.resolution.state), S::stateKey(S::State(resolution)));
        QCOMPARE(s.resolution.elapsedBusinessSecs, at(resolutionElapsed) - kT0);
        QCOMPARE(s.resolution.dueUtc, at(resolutionDue));
        QCOMPARE(s.pausedSecs, at(paused) - kT0);
        QVERIFY2(s.explanation.contains(explains), why.constData());
    }

    void pausedFlagAndDone()
    {
        const QList<TicketEvent> events { created(0), reply(1), status(3, St::WaitingOnClient) };
        const auto cal = BusinessCalendar::twentyFourSeven();
        const SlaSnapshot waiting = computeSla(events, SlaPolicy::default2448(), cal, at(4));
        QVERIFY(waiting.paused);
        QCOMPARE(waiting.response.doneUtc, at(1));
        QCOMPARE(waiting.resolution.doneUtc, 0);
        // Waiting on the client after resolution is not a pause: the clock has stopped.
        const SlaSnapshot done
            = computeSla(events + QList<TicketEvent> { status(5, St::Resolved) }, SlaPolicy::default2448(), cal, at(9));
        QVERIFY(!done.paused);
        QCOMPARE(done.resolution.doneUtc, at(5));
        QCOMPARE(done.resolution.elapsedBusinessSecs, 3 * 3600);
    }

    void priorityChange()
    {
        SlaPolicy policy = SlaPolicy::default2448();
        policy.setTargets(Priority::Urgent, { 3600, 4 * 3600 });
        const QList<TicketEvent> events { created(0), ev(2, K::PriorityChanged, St::New, Priority::Urgent) };
        const auto cal = BusinessCalendar::twentyFourSeven();

        const SlaSnapshot s = computeSla(events, policy, cal, at(3));
        QCOMPARE(s.priority, Priority::Urgent);
        QCOMPARE(s.response.state, S::Breached);
        QCOMPARE(s.response.targetSecs, 3600);
        QCOMPARE(s.response.dueUtc, at(1)); // reached before the change: the target applies in hindsight
        QCOMPARE(s.resolution.state, S::Running);
        QCOMPARE(s.resolution.dueUtc, at(4));
        QVERIFY(
            s.explanation.contains(u"priority changed to urgent: first response within 1 h, resolution within 4 h"_s));
        QCOMPARE(computeSla(events, policy, cal, at(3.5)).resolution.state, S::AtRisk);

        // A response already given keeps the target it was given under.
        const SlaSnapshot answered = computeSla(
            QList<TicketEvent> { created(0), reply(2), ev(3, K::PriorityChanged, St::New, Priority::Urgent) }, policy,
            cal, at(3.5));
        QCOMPARE(answered.response.state, S::Met);
        QCOMPARE(answered.response.targetSecs, 24 * 3600);
        QCOMPARE(answered.resolution.state, S::AtRisk);
    }

    // kz-standard, Mon–Fri 09:00–18:00 Asia/Almaty (UTC+5), 4 h / 16 h business time.
    void businessHours_data()
    {
        QTest::addColumn<QList<TicketEvent>>("events");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<int>("response");
        QTest::addColumn<QString>("responseDue");
        QTest::addColumn<qint64>("resolutionElapsed");
        QTest::addColumn<QString>("resolutionDue");

        const qint64 friday16 = QDateTime(QDate(2026, 2, 6), QTime(11, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const auto e = [&](qint64 secs, K kind, St st = St::New) {
            return TicketEvent { friday16 + secs, kind, st, Priority::Normal };
        };
        QTest::newRow("over the weekend")
            << QList<TicketEvent> { e(0, K::Created) } << u"2026-02-09T10:00:00"_s << int(S::Running)
            << u"2026-02-09T11:00:00"_s << qint64(3 * 3600) << u"2026-02-10T14:00:00"_s;
        QTest::newRow("weekend wait costs nothing")
            << QList<TicketEvent> { e(0, K::Created), e(3600, K::ClientVisibleReply),
                   e(2 * 3600, K::StatusChanged, St::WaitingOnClient), e(65 * 3600, K::StatusChanged, St::InProgress) }
            // Monday 09:00
            << u"2026-02-09T12:00:00"_s << int(S::Met) << u"2026-02-09T11:00:00"_s << qint64(5 * 3600)
            << u"2026-02-10T14:00:00"_s;
        QTest::newRow("created at night")
            << QList<TicketEvent> { e(5 * 3600, K::Created) } << u"2026-02-09T12:30:00"_s << int(S::AtRisk)
            << u"2026-02-09T13:00:00"_s << qint64(3.5 * 3600) << u"2026-02-10T16:00:00"_s;
    }

    void businessHours()
    {
        QFETCH(QList<TicketEvent>, events);
        QFETCH(QString, asOf);
        QFETCH(int, response);
        QFETCH(QString, responseDue);
        QFETCH(qint64, resolutionElapsed);
        QFETCH(QString, resolutionDue);

        const BusinessCalendar kz = BusinessCalendar::kzStandard();
        SlaPolicy policy = SlaPolicy::default2448();
        policy.calendarName = kz.name();
        policy.targets.fill({ 4 * 3600, 16 * 3600 });
        const auto local = [&](const QString &text) {
            return QDateTime(QDateTime::fromString(text, Qt::ISODate).date(),
                QDateTime::fromString(text, Qt::ISODate).time(), kz.timeZone())
                .toSecsSinceEpoch();
        };
        const SlaSnapshot s = computeSla(events, policy, kz, local(asOf));
        QCOMPARE(S::stateKey(s.response.state), S::stateKey(S::State(response)));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(s.response.dueUtc, kz.timeZone()).toString(Qt::ISODate),
            QDateTime::fromSecsSinceEpoch(local(responseDue), kz.timeZone()).toString(Qt::ISODate));
        QCOMPARE(s.resolution.elapsedBusinessSecs, resolutionElapsed);
        QCOMPARE(s.resolution.dueUtc, local(resolutionDue));
        QCOMPARE(s.pausedSecs, 0);
    }

    void deterministic()
    {
        QList<TicketEvent> events { created(0), reply(1), status(2, St::WaitingOnClient), status(6, St::InProgress),
            status(9, St::Resolved), status(12, St::InProgress) };
        const auto cal = BusinessCalendar::ruStandard();
        const SlaSnapshot a = computeSla(events, SlaPolicy::default2448(), cal, at(100));
        std::reverse(events.begin(), events.end());
        const SlaSnapshot b = computeSla(events, SlaPolicy::default2448(), cal, at(100));
        QCOMPARE(a.explanation, b.explanation);
        QCOMPARE(a.resolution.dueUtc, b.resolution.dueUtc);
        QCOMPARE(a.pausedSecs, b.pausedSecs);
    }

    void noEvents()
    {
        const SlaSnapshot s = computeSla({}, SlaPolicy::default2448(), BusinessCalendar::twentyFourSeven(), at(1));
        QCOMPARE(s.response.elapsedBusinessSecs, 0);
        QCOMPARE(s.response.targetSecs, 24 * 3600);
        QVERIFY(!s.explanation.isEmpty());
        const SlaSnapshot future
            = computeSla({ created(5) }, SlaPolicy::default2448(), BusinessCalendar::twentyFourSeven(), at(1));
        QCOMPARE(future.resolution.doneUtc, 0);
        QCOMPARE(future.resolution.elapsedBusinessSecs, 0);
    }
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
