#include "testsupport.h"

#include "domain/clock.h"
#include "metrics/feedbackshare.h"
#include "storage/auditlog.h"
#include "storage/calendarrepository.h"
#include "storage/clientfeedbackrepository.h"
#include "storage/clientrepository.h"
#include "storage/obligationrepository.h"
#include "storage/regulationcalendar.h"
#include "storage/regulationsettings.h"
#include "storage/reviewrepository.h"
#include "storage/taskrepository.h"
#include "storage/ticketrepository.h"
#include "storage/timeline.h"
#include "storage/userrepository.h"
#include "storage/workflowrepository.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Noon UTC of a date: the same local date in every zone from UTC−11 to UTC+11.
qint64 noon(QDate date)
{
    return QDateTime(date, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// Pins "today" for the duration of a test.
struct PinnedToday
{
    explicit PinnedToday(QDate date) { Clock::setFixed(noon(date)); }
    ~PinnedToday() { Clock::setFixed(0); }
};

struct Fixture
{
    test::TempDatabase t;
    User manager;
    User otherManager;
    User specialist;
    User lead;

    Fixture()
    {
        manager = addUser(u"Aigerim Manager"_s, u"aigerim@example.kz"_s, Role::AccountManager);
        otherManager = addUser(u"Boris Manager"_s, u"boris@example.kz"_s, Role::AccountManager);
        specialist = addUser(u"Dana Specialist"_s, u"dana@example.kz"_s, Role::Specialist);
        lead = addUser(u"Erlan Lead"_s, u"erlan@example.kz"_s, Role::TeamLead);
    }

    User addUser(const QString &name, const QString &email, Role role)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = role;
        auto added = UserRepository(t.db).add(u);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return *added;
    }

    ClientId addClient(
        const QString &name, UserId am, QDate contractStart = {}, ClientStatus status = ClientStatus::Active)
    {
        Client c;
        c.legalName = name;
        c.taxCountry = TaxCountry::Other;
        c.status = status;
        c.accountManagerId = am;
        c.contractStart = contractStart;
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return added->id;
    }

    ObligationRule monthlyRule(ClientId client, QDate startsOn, int day = 5)
    {
        ObligationRule r;
        r.clientId = client;
        r.kind = ObligationKind::ProjectReport;
        r.period = ObligationPeriod::Monthly;
        r.offset = DayOffset::BusinessDay;
        r.day = day;
        r.startsOn = startsOn;
        return r;
    }

    // A ticket of `client` closed at `closedAt` with the given feedback.
    void closedTicket(ClientId client, qint64 closedAt, Feedback feedback)
    {
        TicketRepository tickets(t.db);
        Ticket ticket;
        ticket.clientId = client;
        ticket.subject = u"Payroll question"_s;
        const qint64 start = closedAt - 86400;
        auto created = tickets.create(ticket, start);
        QVERIFY2(created, qPrintable(created.error()));
        const TicketId id = created->id;
        QVERIFY(tickets.setOwner(id, manager.id, start + 10));
        QVERIFY(tickets.assign(id, specialist.id, start + 20));
        for (auto [status, offset] : { std::pair { TicketStatus::Formalizing, 30 }, { TicketStatus::InProgress, 40 },
                 { TicketStatus::Resolved, 50 } }) {
            const Status s = tickets.setStatus(id, status, start + offset);
            QVERIFY2(s, qPrintable(s.error()));
        }
        const Status closed = tickets.setStatus(id, TicketStatus::Closed, closedAt);
        QVERIFY2(closed, qPrintable(closed.error()));
        const Status fb = tickets.setFeedback(id, feedback, feedback == Feedback::NotLiked ? u"too slow"_s : QString());
        QVERIFY2(fb, qPrintable(fb.error()));
    }
};

QStringList taskKeys(const QList<Task> &tasks)
{
    QStringList keys;
    for (const Task &t : tasks)
        keys << t.periodKey + u'@' + t.dueOn.toString(Qt::ISODate);
    return keys;
}

} // namespace

class TestRegulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void obligationRunIsIdempotentAndCatchesUp();
    void obligationUsesRegulationCalendar();
    void obligationWithoutOwnerIsReported();
    void invalidObligations_data();
    void invalidObligations();
    void onTimeRate();
    void invalidTasks_data();
    void invalidTasks();
    void reviewsScheduleOnceAndHoldSchedulesNext();
    void reviewMoveAndCancelKeepTheReason();
    void reviewActionItemsAndOverdueFlags();
    void reviewWithoutContractStartIsSkipped();
    void serviceStandardPreset();
    void defaultRegulationForNewClients();
    void defaultRegulationSetting();
    void workflowTemplates();
    void workflowRunProgress();
    void clientFeedback();
    void invalidClientFeedback_data();
    void invalidClientFeedback();
    void feedbackSharePerManager();
};

void TestRegulation::obligationRunIsIdempotentAndCatchesUp()
{
    Fixture f;
    PinnedToday today(d("2026-05-01"));
    const ClientId client = f.addClient(u"Alpha LLP"_s, f.manager.id, d("2025-06-01"));
    ObligationRepository obligations(f.t.db);
    auto rule = obligations.add(f.monthlyRule(client, d("2026-01-15")));
    QVERIFY2(rule, qPrintable(rule.error()));

    auto first = obligations.run(d("2026-03-10"));
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->created, 3);
    QVERIFY(first->problems.isEmpty());
    auto again = obligations.run(d("2026-03-10"));
    QVERIFY(again);
    QCOMPARE(again->created, 0);

    // Weeks with the application closed: the run catches up April and May.
    auto later = obligations.run(d("2026-05-01"));
    QVERIFY(later);
    QCOMPARE(later->created, 2);

    TaskQuery q;
    q.client = client;
    const QList<Task> tasks = TaskRepository(f.t.db).list(q);
    // The 5th working day of the next month on kz-standard (the 24/48 policy
    // runs on 24/7): Feb 2–6; March 2–6; April 1–3, 6, 7; May 1 and 7 are
    // holidays: 4, 5, 6, 8, 11; June 1–5.
    QCOMPARE(taskKeys(tasks),
        QStringList({ u"2026-01@2026-02-06"_s, u"2026-02@2026-03-06"_s, u"2026-03@2026-04-07"_s,
            u"2026-04@2026-05-11"_s, u"2026-05@2026-06-05"_s }));
    for (const Task &t : tasks) {
        QCOMPARE(t.ownerId, f.manager.id);
        QCOMPARE(t.source, TaskSource::Obligation);
        QCOMPARE(t.obligationRuleId, rule->id);
        QVERIFY(t.title.contains(t.periodKey));
    }
    const auto rows = obligations.list(client, false, d("2026-05-01"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().openTasks, 5);
    QCOMPARE(rows.first().overdueTasks, 3);
    QCOMPARE(rows.first().nextDue, d("2026-02-06"));
    QCOMPARE(rows.first().ownerEmail, f.manager.email);

    // An archived rule makes no more tasks.
    QVERIFY(obligations.archive(rule->id));
    auto afterArchive = obligations.run(d("2026-08-01"));
    QVERIFY(afterArchive);
    QCOMPARE(afterArchive->created, 0);
}

void TestRegulation::obligationUsesRegulationCalendar()
{
    Fixture f;
    PinnedToday today(d("2026-05-01"));
    const ClientId client = f.addClient(u"Beta LLP"_s, f.manager.id);
    // A calendar of our own: June 1–5 2026 off (a decreed holiday week).
    BusinessCalendar custom = BusinessCalendar::kzStandard();
    custom.setName(u"office"_s);
    for (int day = 1; day <= 5; ++day)
        custom.addHoliday(QDate(2026, 6, day), u"Holiday week"_s);
    QVERIFY(CalendarRepository(f.t.db).save(custom));
    RegulationCalendar calendars(f.t.db);
    QCOMPARE(calendars.setting(), u"auto"_s);
    QCOMPARE(calendars.nameFor(client), u"kz-standard"_s);
    QVERIFY(!calendars.setSetting(u"no such calendar"_s));
    QVERIFY(calendars.setSetting(u"office"_s));
    QCOMPARE(RegulationCalendar(f.t.db).setting(), u"office"_s);

    ObligationRepository obligations(f.t.db);
    ObligationRule payroll = f.monthlyRule(client, d("2026-05-01"), 10);
    payroll.kind = ObligationKind::Payroll;
    payroll.offset = DayOffset::CalendarDay;
    QVERIFY(obligations.add(payroll));
    QVERIFY(obligations.add(f.monthlyRule(client, d("2026-05-01"), 1)));
    auto ran = obligations.run(d("2026-05-20"));
    QVERIFY2(ran, qPrintable(ran.error()));
    QCOMPARE(ran->created, 2);
    TaskQuery q;
    q.client = client;
    QStringList dues;
    for (const Task &t : TaskRepository(f.t.db).list(q))
        dues << obligationKindKey(obligations.byId(t.obligationRuleId)->kind) + u'@' + t.dueOn.toString(Qt::ISODate);
    // The 1st working day of June is the 8th; payroll on the 10th (Wednesday).
    QCOMPARE(dues, QStringList({ u"project_report@2026-06-08"_s, u"payroll@2026-06-10"_s }));
}

void TestRegulation::obligationWithoutOwnerIsReported()
{
    Fixture f;
    PinnedToday today(d("2026-05-01"));
    const ClientId orphan = f.addClient(u"Gamma LLP"_s, UserId());
    const ClientId owned = f.addClient(u"Delta LLP"_s, UserId());
    ObligationRepository obligations(f.t.db);
    QVERIFY(obligations.add(f.monthlyRule(orphan, d("2026-04-01"))));
    ObligationRule withOwner = f.monthlyRule(owned, d("2026-04-01"));
    withOwner.ownerId = f.specialist.id;
    QVERIFY(obligations.add(withOwner));
    auto ran = obligations.run(d("2026-04-20"));
    QVERIFY2(ran, qPrintable(ran.error()));
    QCOMPARE(ran->created, 1);
    QCOMPARE(ran->problems.size(), 1);
    QVERIFY(ran->problems.first().contains(u"Gamma LLP"_s));
    TaskQuery q;
    q.owner = f.specialist.id;
    QCOMPARE(TaskRepository(f.t.db).count(q), 1);
}

void TestRegulation::invalidObligations_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("unknown client") << u"client"_s;
    QTest::newRow("business day 0") << u"day"_s;
    QTest::newRow("inactive owner") << u"owner"_s;
    QTest::newRow("custom without title") << u"title"_s;
    QTest::newRow("no start") << u"start"_s;
}

void TestRegulation::invalidObligations()
{
    QFETCH(QString, what);
    Fixture f;
    const ClientId client = f.addClient(u"Epsilon LLP"_s, f.manager.id);
    ObligationRule r = f.monthlyRule(client, d("2026-01-01"));
    if (what == u"client")
        r.clientId = ClientId(999);
    else if (what == u"day")
        r.day = 0;
    else if (what == u"owner")
        r.ownerId = UserId(999);
    else if (what == u"title")
        r.kind = ObligationKind::Custom;
    else if (what == u"start")
        r.startsOn = QDate();
    auto added = ObligationRepository(f.t.db).add(r);
    QVERIFY(!added);
    QVERIFY(!added.error().isEmpty());
    QCOMPARE(ObligationRepository(f.t.db).list().size(), 0);
}

void TestRegulation::onTimeRate()
{
    Fixture f;
    PinnedToday today(d("2026-03-20"));
    const ClientId client = f.addClient(u"Zeta LLP"_s, f.manager.id);
    TaskRepository tasks(f.t.db);
    auto make = [&](const QString &title, QDate due, UserId owner) {
        Task t;
        t.title = title;
        t.clientId = client;
        t.ownerId = owner;
        t.dueOn = due;
        auto added = tasks.add(t);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return added->id;
    };
    const TaskId onTime = make(u"on time"_s, d("2026-03-10"), f.manager.id);
    const TaskId late = make(u"late"_s, d("2026-03-05"), f.manager.id);
    const TaskId overdue = make(u"overdue"_s, d("2026-03-15"), f.manager.id);
    make(u"pending"_s, d("2026-03-25"), f.manager.id);
    const TaskId cancelled = make(u"cancelled"_s, d("2026-03-01"), f.manager.id);
    make(u"someone else"_s, d("2026-03-02"), f.otherManager.id);
    make(u"outside"_s, d("2026-04-10"), f.manager.id);

    QVERIFY(tasks.complete(onTime, d("2026-03-10")));
    QVERIFY(tasks.complete(late, d("2026-03-06")));
    QVERIFY(tasks.cancel(cancelled));
    // Done twice keeps the first date.
    QVERIFY(tasks.complete(onTime, d("2026-03-18")));
    QCOMPARE(tasks.byId(onTime)->doneOn, d("2026-03-10"));
    QVERIFY(tasks.byId(onTime)->isDoneOnTime());
    QVERIFY(tasks.byId(late)->isDoneLate());
    QVERIFY(tasks.byId(overdue)->isOverdue(d("2026-03-20")));

    const OnTimeStats mine = tasks.onTime(d("2026-03-01"), d("2026-03-31"), f.manager.id);
    QCOMPARE(mine.due, 4);
    QCOMPARE(mine.onTime, 1);
    QCOMPARE(mine.doneLate, 1);
    QCOMPARE(mine.overdue, 1);
    QCOMPARE(mine.pending, 1);
    QCOMPARE(*mine.rate(), 1.0 / 3.0);
    const OnTimeStats all = tasks.onTime(d("2026-03-01"), d("2026-03-31"));
    QCOMPARE(all.due, 5);
    QCOMPARE(all.overdue, 2);
    QVERIFY(!tasks.onTime(d("2027-01-01"), d("2027-01-31")).rate());

    // "My tasks": overdue and due this week.
    TaskQuery overdueQuery;
    overdueQuery.owner = f.manager.id;
    overdueQuery.overdue = true;
    const auto myOverdue = tasks.list(overdueQuery);
    QCOMPARE(myOverdue.size(), 1);
    QCOMPARE(myOverdue.first().id, overdue);
    TaskQuery week;
    week.owner = f.manager.id;
    week.status = TaskStatus::Open;
    week.dueBefore = d("2026-03-27");
    QCOMPARE(tasks.count(week), 2);
    // Keyset paging: one row at a time walks the same rows.
    week.limit = 1;
    QList<TaskId> paged;
    for (auto page = tasks.list(week); !page.isEmpty(); page = tasks.list(week)) {
        paged << page.first().id;
        week.afterDue = page.first().dueOn;
        week.afterId = page.first().id.value;
    }
    QCOMPARE(paged.size(), 2);

    // Done late goes to the client's timeline.
    const auto events = Timeline(f.t.db).forClient(client, 50);
    QVERIFY(events);
    int lateEvents = 0;
    for (const TimelineItem &e : *events)
        lateEvents += e.refType == u"task"_s && e.refId == late.value ? 1 : 0;
    QCOMPARE(lateEvents, 1);
}

void TestRegulation::invalidTasks_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("no title") << u"title"_s;
    QTest::newRow("no owner") << u"owner"_s;
    QTest::newRow("unknown owner") << u"unknown owner"_s;
    QTest::newRow("no due date") << u"due"_s;
    QTest::newRow("done in the future") << u"future"_s;
    QTest::newRow("done when cancelled") << u"cancelled"_s;
    QTest::newRow("unknown task") << u"unknown"_s;
}

void TestRegulation::invalidTasks()
{
    QFETCH(QString, what);
    Fixture f;
    PinnedToday today(d("2026-03-20"));
    TaskRepository tasks(f.t.db);
    Task t;
    t.title = u"Send the report"_s;
    t.ownerId = f.manager.id;
    t.dueOn = d("2026-03-25");
    if (what == u"title")
        t.title = u"   "_s;
    else if (what == u"owner")
        t.ownerId = UserId();
    else if (what == u"unknown owner")
        t.ownerId = UserId(999);
    else if (what == u"due")
        t.dueOn = QDate();
    if (what == u"future" || what == u"cancelled" || what == u"unknown") {
        auto added = tasks.add(t);
        QVERIFY(added);
        if (what == u"cancelled")
            QVERIFY(tasks.cancel(added->id));
        const Status s = tasks.complete(what == u"unknown" ? TaskId(999) : added->id, d("2026-03-21"));
        QVERIFY(!s);
        QVERIFY(!s.error().isEmpty());
        QVERIFY(what == u"unknown" || tasks.byId(added->id)->status != TaskStatus::Done);
        return;
    }
    auto added = tasks.add(t);
    QVERIFY(!added);
    QVERIFY(!added.error().isEmpty());
    QCOMPARE(tasks.count({}), 0);
}

void TestRegulation::reviewsScheduleOnceAndHoldSchedulesNext()
{
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    const ClientId client = f.addClient(u"Eta LLP"_s, f.manager.id, d("2025-01-31"));
    const ClientId noCadence = f.addClient(u"Theta LLP"_s, f.manager.id, d("2025-01-31"));
    Q_UNUSED(noCadence);
    ReviewRepository reviews(f.t.db);
    QVERIFY(!reviews.cadence(client));
    ReviewCadence cadence;
    QVERIFY(reviews.setCadence(client, cadence)); // anchor: the contract start
    QCOMPARE(reviews.cadence(client)->anchor, d("2025-01-31"));

    auto first = reviews.scheduleReviews(d("2026-01-20"));
    QVERIFY2(first, qPrintable(first->skipped.join(u'\n')));
    QCOMPARE(first->clients, 1);
    QCOMPARE(first->created, 1);
    auto again = reviews.scheduleReviews(d("2026-03-01"));
    QVERIFY(again);
    QCOMPARE(again->created, 0);

    const auto review = reviews.byId(first->createdIds.first());
    QVERIFY(review);
    QCOMPARE(review->kind, ReviewKind::Annual);
    QCOMPARE(review->scheduledOn, d("2026-01-31"));
    QVERIFY(review->isOverdue(d("2026-06-15")));
    ReviewQuery overdue;
    overdue.overdue = true;
    QCOMPARE(reviews.count(overdue), 1);

    ReviewRecord record;
    record.heldOn = d("2026-02-10");
    record.attendees = u"CFO, account manager"_s;
    record.progress = u"Payroll on time"_s;
    record.problems = u"Two late payslips"_s;
    record.satisfaction = u"Satisfied"_s;
    auto held = reviews.hold(review->id, record);
    QVERIFY2(held, qPrintable(held.error()));
    QVERIFY(held->has_value());
    QCOMPARE((*held)->scheduledOn, d("2026-04-30"));
    QCOMPARE((*held)->kind, ReviewKind::Quarterly);
    QCOMPARE(reviews.byId(review->id)->status, ReviewStatus::Held);
    QCOMPARE(reviews.byId(review->id)->problems, u"Two late payslips"_s);
    // Correcting the record schedules nothing more; scheduling again neither.
    record.satisfaction = u"Very satisfied"_s;
    auto corrected = reviews.hold(review->id, record);
    QVERIFY(corrected);
    QVERIFY(!corrected->has_value());
    QCOMPARE(reviews.scheduleReviews(d("2026-06-15"))->created, 0);
    ReviewQuery all;
    all.client = client;
    QCOMPARE(reviews.count(all), 2);

    // The held review is on the timeline.
    const auto events = Timeline(f.t.db).forClient(client, 50);
    QVERIFY(events);
    QCOMPARE(
        std::count_if(events->cbegin(), events->cend(), [](const TimelineItem &e) { return e.kind == u"review"_s; }),
        1);

    // Invalid holdings.
    ReviewRecord future;
    future.heldOn = d("2026-07-01");
    QVERIFY(!reviews.hold((*held)->id, future));
    QVERIFY(!reviews.hold((*held)->id, ReviewRecord()));
    QVERIFY(!reviews.hold(ReviewId(999), record));
    QVERIFY(!reviews.setCadence(ClientId(999), cadence));
    cadence.periodicMonths = 0;
    QVERIFY(!reviews.setCadence(client, cadence));

    // Moving and cancelling; a cancelled date is skipped by the next scheduling.
    const QString why = u"The CFO is on leave"_s;
    QVERIFY(reviews.reschedule((*held)->id, d("2026-05-05"), why));
    QCOMPARE(reviews.byId((*held)->id)->scheduledOn, d("2026-05-05"));
    QVERIFY(!reviews.reschedule((*held)->id, QDate(), why));
    QVERIFY(!reviews.reschedule((*held)->id, d("2026-01-31"), why)); // the held review's date
    QVERIFY(reviews.reschedule((*held)->id, d("2026-04-30"), why));
    QVERIFY(reviews.cancel((*held)->id, why));
    QVERIFY(!reviews.cancel((*held)->id, why));
    auto afterCancel = reviews.scheduleReviews(d("2026-06-15"));
    QVERIFY(afterCancel);
    QCOMPARE(afterCancel->created, 1);
    QCOMPARE(reviews.byId(afterCancel->createdIds.first())->scheduledOn, d("2026-07-31"));
}

// Moving or cancelling a review needs a reason, kept on the client's timeline
// (with both dates when moved) and in the audit log; only a scheduled review
// can be moved or cancelled.
void TestRegulation::reviewMoveAndCancelKeepTheReason()
{
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    const ClientId client = f.addClient(u"Kappa LLP"_s, f.manager.id, d("2025-12-31"));
    ReviewRepository reviews(f.t.db);
    QVERIFY(reviews.setCadence(client, ReviewCadence()));
    auto run = reviews.scheduleReviews(d("2026-06-01"));
    QVERIFY(run);
    QCOMPARE(run->created, 1);
    const ReviewId id = run->createdIds.first();
    const QDate planned = reviews.byId(id)->scheduledOn;
    QVERIFY(planned.isValid());
    const QDate moved = planned.addDays(7);
    const auto longDate = [](QDate date) { return QLocale().toString(date, u"d MMMM yyyy"_s); };
    // Another client's review, held (the first client's stays pending, so it gets none).
    const ClientId other = f.addClient(u"Lambda LLP"_s, f.manager.id, d("2025-12-31"));
    QVERIFY(reviews.setCadence(other, ReviewCadence()));
    auto otherRun = reviews.scheduleReviews(d("2026-01-01"));
    QVERIFY(otherRun);
    QCOMPARE(otherRun->created, 1);
    const ReviewId heldId = otherRun->createdIds.first();
    ReviewRecord record;
    record.heldOn = d("2026-04-02");
    record.attendees = u"CFO"_s;
    QVERIFY(reviews.hold(heldId, record));
    const int auditBefore = int(AuditLog(f.t.db).entriesFor(u"review"_s, id.value).size());

    // A reason is required: empty, blank or too long is refused and nothing changes.
    for (const QString &blank : { QString(), u"   "_s, u"\n\t "_s }) {
        const Status movedBlank = reviews.reschedule(id, moved, blank);
        QVERIFY(!movedBlank);
        QCOMPARE(movedBlank.error(), u"Give the reason for moving the review."_s);
        const Status cancelledBlank = reviews.cancel(id, blank);
        QVERIFY(!cancelledBlank);
        QCOMPARE(cancelledBlank.error(), u"Give the reason for cancelling the review."_s);
    }
    const Status tooLong = reviews.reschedule(id, moved, QString(ReviewRepository::MaxReasonLength + 1, u'x'));
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.error().startsWith(u"The reason is too long: 501 characters"_s), qPrintable(tooLong.error()));
    QVERIFY(!reviews.cancel(id, QString(ReviewRepository::MaxReasonLength + 1, u'x')));
    const Status sameDate = reviews.reschedule(id, planned, u"No change"_s);
    QVERIFY(!sameDate);
    QCOMPARE(sameDate.error(), u"The review is already on %1: choose another date."_s.arg(longDate(planned)));
    QVERIFY(!reviews.reschedule(id, QDate(), u"No date"_s));
    QVERIFY(!reviews.reschedule(ReviewId(999), moved, u"No review"_s));
    QVERIFY(!reviews.cancel(ReviewId(999), u"No review"_s));
    QCOMPARE(reviews.byId(id)->scheduledOn, planned);
    QCOMPARE(reviews.byId(id)->status, ReviewStatus::Scheduled);
    QVERIFY(reviews.history(id).isEmpty());
    QVERIFY(reviews.history(ReviewId(999)).isEmpty());
    QCOMPARE(int(AuditLog(f.t.db).entriesFor(u"review"_s, id.value).size()), auditBefore);

    // Moved: the reason (trimmed) is on the timeline with both dates, and audited.
    const Status ok = reviews.reschedule(id, moved, u"  The CFO is on leave until July \n"_s);
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(reviews.byId(id)->scheduledOn, moved);
    QList<TimelineItem> history = reviews.history(id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().title, u"Review moved from %1 to %2"_s.arg(longDate(planned), longDate(moved)));
    QCOMPARE(history.first().body, u"The CFO is on leave until July"_s);
    QCOMPARE(history.first().kind, u"review"_s);
    QCOMPARE(history.first().refType, u"review"_s);
    QCOMPARE(history.first().refId, id.value);
    QCOMPARE(history.first().clientId, client);
    const auto events = Timeline(f.t.db).forClient(client, 50);
    QVERIFY(events);
    QCOMPARE(events->first().id, history.first().id); // the newest on the client's card
    QList<AuditLog::Entry> audit = AuditLog(f.t.db).entriesFor(u"review"_s, id.value);
    QCOMPARE(int(audit.size()), auditBefore + 1);
    QCOMPARE(audit.last().newValues.value(u"reason"_s).toString(), u"The CFO is on leave until July"_s);
    QCOMPARE(audit.last().newValues.value(u"scheduled_on"_s).toString(), moved.toString(Qt::ISODate));
    QCOMPARE(audit.last().oldValues.value(u"scheduled_on"_s).toString(), planned.toString(Qt::ISODate));

    // Cancelled: the newest entry comes first.
    QVERIFY(reviews.cancel(id, u"The client paused the contract"_s));
    QCOMPARE(reviews.byId(id)->status, ReviewStatus::Cancelled);
    history = reviews.history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).title, u"Review of %1 cancelled"_s.arg(longDate(moved)));
    QCOMPARE(history.at(0).body, u"The client paused the contract"_s);
    QVERIFY(history.at(1).title.startsWith(u"Review moved from"_s));
    audit = AuditLog(f.t.db).entriesFor(u"review"_s, id.value);
    QCOMPARE(audit.last().newValues.value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(audit.last().newValues.value(u"reason"_s).toString(), u"The client paused the contract"_s);

    // A cancelled review can be neither moved nor cancelled again.
    const Status moveCancelled = reviews.reschedule(id, moved.addDays(7), u"Try again"_s);
    QVERIFY(!moveCancelled);
    QCOMPARE(moveCancelled.error(), u"This review was cancelled: only a scheduled review can be moved."_s);
    const Status cancelAgain = reviews.cancel(id, u"Try again"_s);
    QVERIFY(!cancelAgain);
    QCOMPARE(cancelAgain.error(), u"This review is already cancelled."_s);
    QCOMPARE(reviews.byId(id)->scheduledOn, moved);
    QCOMPARE(reviews.history(id).size(), 2);

    // A held review neither.
    const Status moveHeld = reviews.reschedule(heldId, d("2026-04-20"), u"Too late"_s);
    QVERIFY(!moveHeld);
    QCOMPARE(moveHeld.error(),
        u"This review was held on %1: only a scheduled review can be moved."_s.arg(longDate(d("2026-04-02"))));
    const Status cancelHeld = reviews.cancel(heldId, u"Too late"_s);
    QVERIFY(!cancelHeld);
    QVERIFY(cancelHeld.error().endsWith(u"only a scheduled review can be cancelled."_s));
    QCOMPARE(reviews.byId(heldId)->status, ReviewStatus::Held);
    // Its history is the holding only; the other client's entries are not in it.
    const QList<TimelineItem> heldHistory = reviews.history(heldId);
    QCOMPARE(heldHistory.size(), 1);
    QCOMPARE(heldHistory.first().clientId, other);
    QVERIFY(heldHistory.first().title.endsWith(u" held"_s));
}

void TestRegulation::reviewActionItemsAndOverdueFlags()
{
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    const ClientId client = f.addClient(u"Iota LLP"_s, f.manager.id, d("2025-12-31"));
    ReviewRepository reviews(f.t.db);
    QVERIFY(reviews.setCadence(client, ReviewCadence()));
    auto run = reviews.scheduleReviews(d("2026-01-01"));
    QVERIFY(run);
    QCOMPARE(run->created, 1);
    const ReviewId id = run->createdIds.first();
    QCOMPARE(reviews.byId(id)->scheduledOn, d("2026-03-31"));

    auto item = reviews.addActionItem(id, u"Fix the payslip template"_s, f.specialist.id, d("2026-06-01"));
    QVERIFY2(item, qPrintable(item.error()));
    QCOMPARE(item->source, TaskSource::Review);
    QCOMPARE(item->clientId, client);
    QVERIFY(reviews.addActionItem(id, u"Send the corrected report"_s, f.manager.id, d("2026-06-30")));
    QVERIFY(!reviews.addActionItem(id, u"No owner"_s, UserId(), d("2026-06-30")));
    QVERIFY(!reviews.addActionItem(id, QString(), f.manager.id, d("2026-06-30")));
    QVERIFY(!reviews.addActionItem(ReviewId(999), u"Nothing"_s, f.manager.id, d("2026-06-30")));

    auto r = reviews.byId(id);
    QCOMPARE(r->actionItems, 2);
    QCOMPARE(r->openActionItems, 2);
    QCOMPARE(r->overdueActionItems, 1);
    QCOMPARE(reviews.actionItems(id).size(), 2);
    QVERIFY(TaskRepository(f.t.db).complete(item->id, d("2026-06-10")));
    r = reviews.byId(id);
    QCOMPARE(r->openActionItems, 1);
    QCOMPARE(r->overdueActionItems, 0);

    // Filters: by manager, due before, and the on-time figures.
    ReviewQuery mine;
    mine.manager = f.manager.id;
    mine.dueBefore = d("2026-04-01");
    QCOMPARE(reviews.list(mine).size(), 1);
    mine.manager = f.otherManager.id;
    QCOMPARE(reviews.list(mine).size(), 0);
    const OnTimeStats stats = reviews.onTime(d("2026-01-01"), d("2026-12-31"));
    QCOMPARE(stats.due, 1);
    QCOMPARE(stats.overdue, 1);
    QCOMPARE(*stats.rate(), 0.0);
}

void TestRegulation::reviewWithoutContractStartIsSkipped()
{
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    const ClientId client = f.addClient(u"Kappa LLP"_s, f.manager.id);
    ReviewRepository reviews(f.t.db);
    QVERIFY(reviews.setCadence(client, ReviewCadence()));
    auto run = reviews.scheduleReviews();
    QVERIFY(run);
    QCOMPARE(run->created, 0);
    QCOMPARE(run->skipped.size(), 1);
    QVERIFY(run->skipped.first().contains(u"Kappa LLP"_s));
    // An explicit anchor is enough.
    ReviewCadence cadence;
    cadence.anchor = d("2026-05-10");
    cadence.quarterly = false;
    QVERIFY(reviews.setCadence(client, cadence));
    run = reviews.scheduleReviews();
    QVERIFY(run);
    QCOMPARE(run->created, 1);
    QCOMPARE(reviews.byId(run->createdIds.first())->scheduledOn, d("2027-05-10"));
    QCOMPARE(reviews.byId(run->createdIds.first())->kind, ReviewKind::Annual);
}

void TestRegulation::serviceStandardPreset()
{
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    const ClientId a = f.addClient(u"Lambda LLP"_s, f.manager.id, d("2025-03-31"));
    const ClientId b = f.addClient(u"Mu LLP"_s, f.otherManager.id, d("2026-02-01"));
    f.addClient(u"Nu LLP"_s, f.manager.id, d("2026-02-01"), ClientStatus::Churned);
    ObligationRepository obligations(f.t.db);
    auto applied = obligations.applyServiceStandard({}, d("2026-06-15"));
    QVERIFY2(applied, qPrintable(applied.error()));
    QCOMPARE(applied->clients, 2);
    QCOMPARE(applied->rulesCreated, 10);
    QCOMPARE(applied->cadencesSet, 2);
    QCOMPARE(applied->tasksCreated, 10); // June for four monthly rules, 2026 for the audit
    QCOMPARE(applied->reviewsScheduled, 2);
    QVERIFY2(applied->problems.isEmpty(), qPrintable(applied->problems.join(u'\n')));

    auto twice = obligations.applyServiceStandard({}, d("2026-06-15"));
    QVERIFY(twice);
    QCOMPARE(twice->rulesCreated, 0);
    QCOMPARE(twice->cadencesSet, 0);
    QCOMPARE(twice->tasksCreated, 0);
    QCOMPARE(twice->reviewsScheduled, 0);

    // A removed preset rule stays removed.
    const auto rules = obligations.list(a);
    QCOMPARE(rules.size(), 5);
    QVERIFY(obligations.archive(rules.first().rule.id));
    QCOMPARE(obligations.applyServiceStandard({ a }, d("2026-06-15"))->rulesCreated, 0);
    QVERIFY(!obligations.applyServiceStandard({ ClientId(999) }, d("2026-06-15")));

    ReviewQuery q;
    q.client = b;
    const auto bReviews = ReviewRepository(f.t.db).list(q);
    QCOMPARE(bReviews.size(), 1);
    QCOMPARE(bReviews.first().scheduledOn, d("2026-08-01"));
    q.client = a;
    QCOMPARE(ReviewRepository(f.t.db).list(q).first().scheduledOn, d("2026-06-30"));

    TaskQuery mine;
    mine.owner = f.manager.id;
    QStringList titles;
    for (const Task &t : TaskRepository(f.t.db).list(mine))
        titles << t.title + u'@' + t.dueOn.toString(Qt::ISODate);
    // June's report and documents by the 5th working day of July (Monday
    // July 6 is Capital Day): 1, 2, 3, 7, 8. Payroll and payslips on Friday
    // July 10. The audit of 2026 by April 30, 2027.
    QCOMPARE(titles,
        QStringList({ u"Project report for 2026-06@2026-07-08"_s,
            u"Closing documents (invoice and act) for 2026-06@2026-07-08"_s,
            u"Payroll of external staff for 2026-06@2026-07-10"_s, u"Payslips for 2026-06@2026-07-10"_s,
            u"External audit for 2026@2027-04-30"_s }));
}

// A client on a tariff of `am` with a contract from `contractStart`
// (without a tariff when `tariff` is false).
static ClientId tariffClient(Fixture &f, const QString &name, UserId am, QDate contractStart, bool tariff = true)
{
    Client c;
    c.legalName = name;
    c.taxCountry = TaxCountry::Other;
    c.status = ClientStatus::Active;
    c.accountManagerId = am;
    c.contractStart = contractStart;
    if (tariff)
        c.tariff = Tariff { Money(10000000, u"KZT"_s), 600, Money(1000000, u"KZT"_s), 1200, 10, 0 };
    auto added = ClientRepository(f.t.db).add(c);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    return added->id;
}

void TestRegulation::defaultRegulationForNewClients()
{
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    ObligationRepository obligations(f.t.db);

    // A client on a tariff gets the Service standard once.
    const ClientId a = tariffClient(f, u"Xi LLP"_s, f.manager.id, d("2026-02-01"));
    auto applied = obligations.applyDefaultRegulation(a, d("2026-06-15"));
    QVERIFY2(applied, qPrintable(applied.error()));
    QVERIFY(applied->applied());
    QCOMPARE(applied->preset, u"service_standard"_s);
    QCOMPARE(applied->slaPolicy, u"24/48"_s);
    QCOMPARE(applied->result.clients, 1);
    QCOMPARE(applied->result.rulesCreated, 5);
    QCOMPARE(applied->result.cadencesSet, 1);
    QCOMPARE(applied->result.tasksCreated, 5); // June for four monthly rules, 2026 for the audit
    QCOMPARE(applied->result.reviewsScheduled, 1);
    QVERIFY2(applied->result.problems.isEmpty(), qPrintable(applied->result.problems.join(u'\n')));
    QVERIFY(applied->cadence);
    QVERIFY(applied->cadence->quarterly && applied->cadence->annual);
    QCOMPARE(obligations.list(a).size(), 5);

    // Twice: already set, nothing new.
    auto again = obligations.applyDefaultRegulation(a, d("2026-06-15"));
    QVERIFY(again);
    QVERIFY(!again->applied());
    QCOMPARE(*again->skipped, RegulationSkip::AlreadySet);
    QCOMPARE(again->result.rulesCreated, 0);
    QCOMPARE(obligations.list(a).size(), 5);

    // A removed rule counts: the client keeps what was decided for it.
    QVERIFY(obligations.archive(obligations.list(a).first().rule.id));
    QCOMPARE(*obligations.applyDefaultRegulation(a, d("2026-06-15"))->skipped, RegulationSkip::AlreadySet);
    QCOMPARE(obligations.list(a, true).size(), 5);

    // No tariff: nothing.
    const ClientId b = tariffClient(f, u"Omicron LLP"_s, f.manager.id, d("2026-02-01"), false);
    auto noTariff = obligations.applyDefaultRegulation(b, d("2026-06-15"));
    QVERIFY(noTariff);
    QCOMPARE(*noTariff->skipped, RegulationSkip::NoTariff);
    QVERIFY(obligations.list(b, true).isEmpty());
    QVERIFY(!ReviewRepository(f.t.db).cadence(b));

    // Rules of its own already: nothing added to them.
    const ClientId c = tariffClient(f, u"Pi LLP"_s, f.manager.id, d("2026-02-01"));
    QVERIFY(obligations.add(f.monthlyRule(c, d("2026-01-01"))));
    auto own = obligations.applyDefaultRegulation(c, d("2026-06-15"));
    QVERIFY(own);
    QCOMPARE(*own->skipped, RegulationSkip::AlreadySet);
    QCOMPARE(obligations.list(c).size(), 1);

    // Several at once (an import): one decision per client, one run.
    const ClientId e = tariffClient(f, u"Rho LLP"_s, f.otherManager.id, d("2026-03-01"));
    const ClientId g = tariffClient(f, u"Sigma LLP"_s, f.otherManager.id, d("2026-03-01"), false);
    auto batch = obligations.applyDefaultRegulations({ e, g, a }, d("2026-06-15"));
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->applied, QList<ClientId>({ e }));
    QCOMPARE(batch->skipped.size(), 2);
    QCOMPARE(batch->skipped.at(0).first, g);
    QCOMPARE(batch->skipped.at(0).second, RegulationSkip::NoTariff);
    QCOMPARE(batch->skipped.at(1).second, RegulationSkip::AlreadySet);
    QCOMPARE(batch->result.rulesCreated, 5);
    QCOMPARE(batch->result.tasksCreated, 5); // Rho's only
    QCOMPARE(obligations.list(e).size(), 5);

    // An unknown client is an error and changes nothing.
    QVERIFY(!obligations.applyDefaultRegulation(ClientId(999), d("2026-06-15")));
    QVERIFY(!obligations.applyDefaultRegulations({ g, ClientId(999) }, d("2026-06-15")));

    QCOMPARE(regulationSkipKey(RegulationSkip::Off), u"off"_s);
    QCOMPARE(regulationSkipKey(RegulationSkip::NoTariff), u"no_tariff"_s);
    QCOMPARE(regulationSkipKey(RegulationSkip::AlreadySet), u"already_set"_s);
}

void TestRegulation::defaultRegulationSetting()
{
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    RegulationSettings settings(f.t.db);
    QVERIFY(settings.applyToNewClients()); // on by default
    QCOMPARE(settings.defaultPreset(), u"service_standard"_s);
    QCOMPARE(RegulationSettings::presets(), QStringList({ u"service_standard"_s }));
    QVERIFY(!settings.setDefaultPreset(u"gold"_s));
    QVERIFY(settings.setDefaultPreset(u"service_standard"_s));

    // Off: a new client on a tariff gets nothing.
    QVERIFY(settings.setApplyToNewClients(false));
    QVERIFY(!settings.applyToNewClients());
    const auto audit = AuditLog(f.t.db).entriesFor(u"settings"_s, 0);
    QVERIFY(!audit.isEmpty());
    ObligationRepository obligations(f.t.db);
    const ClientId a = tariffClient(f, u"Tau LLP"_s, f.manager.id, d("2026-02-01"));
    auto off = obligations.applyDefaultRegulation(a, d("2026-06-15"));
    QVERIFY2(off, qPrintable(off.error()));
    QCOMPARE(*off->skipped, RegulationSkip::Off);
    QVERIFY(obligations.list(a, true).isEmpty());
    QVERIFY(!ReviewRepository(f.t.db).cadence(a));
    auto offBatch = obligations.applyDefaultRegulations({ a }, d("2026-06-15"));
    QVERIFY(offBatch);
    QVERIFY(offBatch->applied.isEmpty());
    QCOMPARE(offBatch->skipped.first().second, RegulationSkip::Off);

    // On again: the next decision applies it.
    QVERIFY(settings.setApplyToNewClients(true));
    QVERIFY(RegulationSettings(f.t.db).applyToNewClients());
    auto on = obligations.applyDefaultRegulation(a, d("2026-06-15"));
    QVERIFY(on);
    QVERIFY(on->applied());
    QCOMPARE(obligations.list(a).size(), 5);
}

void TestRegulation::workflowTemplates()
{
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    WorkflowRepository workflows(f.t.db);
    const auto templates = workflows.templates();
    QCOMPARE(templates.size(), 4);
    QCOMPARE(workflows.templates().size(), 4); // seeding is idempotent
    QStringList keys;
    for (const WorkflowTemplate &t : templates) {
        keys << t.key;
        QVERIFY(t.builtin);
        QVERIFY(!t.steps.isEmpty());
    }
    QCOMPARE(keys, QStringList({ u"intake"_s, u"kickoff"_s, u"ongoing"_s, u"completion"_s }));

    const ClientId client = f.addClient(u"Xi LLP"_s, f.manager.id);
    const WorkflowTemplate intake = templates.first();
    auto run = workflows.apply(intake.id, client, TicketId(), d("2026-06-12"));
    QVERIFY2(run, qPrintable(run.error()));
    QCOMPARE(run->total, intake.steps.size());
    QCOMPARE(run->done, 0);
    QCOMPARE(run->tasks.size(), intake.steps.size());
    // Friday June 12: +1 working day is Monday the 15th, +2 Tuesday the 16th.
    QStringList owners;
    for (const Task &t : run->tasks)
        owners << t.ownerEmail + u'@' + t.dueOn.toString(Qt::ISODate);
    QCOMPARE(owners,
        QStringList({ u"aigerim@example.kz@2026-06-12"_s, u"aigerim@example.kz@2026-06-15"_s,
            u"aigerim@example.kz@2026-06-15"_s, u"erlan@example.kz@2026-06-16"_s }));
    QVERIFY(TaskRepository(f.t.db).complete(run->tasks.first().id, d("2026-06-12")));
    QCOMPARE(workflows.run(run->id)->done, 1);
    QCOMPARE(workflows.run(run->id)->percent(), 25);
    QCOMPARE(workflows.runs(client).size(), 1);

    // Editing: a step removed, one added; a template archived cannot be applied.
    WorkflowTemplate edited = intake;
    edited.name = u"Intake (short)"_s;
    edited.steps.removeLast();
    WorkflowStep extra;
    extra.title = u"Call the client back"_s;
    extra.ownerRole = Role::Specialist;
    extra.offsetDays = 1;
    edited.steps << extra;
    auto saved = workflows.save(edited);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(workflows.byId(intake.id)->steps.size(), intake.steps.size());
    QCOMPARE(workflows.byId(intake.id)->steps.last().title, u"Call the client back"_s);
    QCOMPARE(workflows.byId(intake.id)->key, u"intake"_s);
    QCOMPARE(workflows.run(run->id)->total, intake.steps.size()); // tasks keep their steps' titles
    QVERIFY(workflows.archive(intake.id));
    QVERIFY(!workflows.apply(intake.id, client));
    QCOMPARE(workflows.templates().size(), 3);
    QVERIFY(workflows.ensureBuiltins());
    QCOMPARE(workflows.templates(true).size(), 4);

    WorkflowTemplate empty;
    empty.name = u"Nothing"_s;
    QVERIFY(!workflows.save(empty));
    QVERIFY(!workflows.apply(WorkflowTemplateId(999), client));
    QVERIFY(!workflows.apply(templates.at(1).id, ClientId(999)));
}

// A run's progress as the GUI's Workflow runs list shows it: preview() makes
// exactly the tasks apply() stores; steps done, late (done after the due
// date or open past it), the next open step, finished; keyset pages.
void TestRegulation::workflowRunProgress()
{
    Fixture f;
    PinnedToday today(d("2026-02-06")); // a Friday
    WorkflowRepository workflows(f.t.db);
    const auto templates = workflows.templates();
    const auto completion = std::find_if(
        templates.cbegin(), templates.cend(), [](const WorkflowTemplate &t) { return t.key == u"completion"_s; });
    QVERIFY(completion != templates.cend());
    const ClientId client = f.addClient(u"Omega LLP"_s, f.manager.id);
    const ClientId other = f.addClient(u"Sigma LLP"_s, f.otherManager.id);
    TicketRepository tickets(f.t.db);
    Ticket ticket;
    ticket.clientId = client;
    ticket.subject = u"Annual report"_s;
    auto created = tickets.create(ticket);
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(tickets.assign(created->id, f.specialist.id));

    // The preview writes nothing and refuses what apply() refuses.
    auto preview = workflows.preview(completion->id, client, created->id, d("2026-02-06"));
    QVERIFY2(preview, qPrintable(preview.error()));
    QVERIFY(workflows.runs().isEmpty());
    QCOMPARE(TaskRepository(f.t.db).count(TaskQuery()), 0);
    QVERIFY(!workflows.preview(completion->id, other, created->id));
    QVERIFY(!workflows.preview(WorkflowTemplateId(999), client));
    QStringList planned;
    for (const Task &t : *preview) {
        QVERIFY(!t.id.isValid());
        planned << t.title + u'|' + t.ownerEmail + u'|' + t.dueOn.toString(Qt::ISODate);
    }
    // The specialist step goes to the ticket's assignee; quality control, held
    // by nobody, to the account manager. +2 working days from Friday: Tuesday.
    QCOMPARE(planned,
        QStringList({ u"Deliver the result to the client|dana@example.kz|2026-02-06"_s,
            u"Get the client's acceptance|aigerim@example.kz|2026-02-10"_s,
            u"Issue the closing documents|aigerim@example.kz|2026-02-11"_s,
            u"Ask for feedback: liked or not liked|aigerim@example.kz|2026-02-11"_s,
            u"Check the quality of the completed work|aigerim@example.kz|2026-02-13"_s }));

    auto run = workflows.apply(completion->id, client, created->id, d("2026-02-06"));
    QVERIFY2(run, qPrintable(run.error()));
    QStringList stored;
    for (const Task &t : run->tasks)
        stored << t.title + u'|' + t.ownerEmail + u'|' + t.dueOn.toString(Qt::ISODate);
    QCOMPARE(stored, planned);
    QCOMPARE(run->ticketSubject, u"Annual report"_s);
    QCOMPARE(run->nextStepTitle, u"Deliver the result to the client"_s);
    QCOMPARE(run->nextStepDue, d("2026-02-06"));
    QCOMPARE(run->late(), 0);
    QVERIFY(!run->finished());

    // The first step done on time; on Wednesday the 11th the second (due
    // Tuesday) is open past its due date.
    TaskRepository taskRepo(f.t.db);
    QVERIFY(taskRepo.complete(run->tasks.at(0).id, d("2026-02-06")));
    Clock::setFixed(noon(d("2026-02-11")));
    QList<WorkflowRun> runs = workflows.runs(client);
    QCOMPARE(runs.size(), 1);
    WorkflowRun r = runs.first();
    QCOMPARE(r.templateName, completion->name);
    QCOMPARE(r.clientName, u"Omega LLP"_s);
    QCOMPARE(r.ticketId, created->id);
    QCOMPARE(r.ticketSubject, u"Annual report"_s);
    QCOMPARE(r.startedOn, d("2026-02-06"));
    QCOMPARE(r.total, 5);
    QCOMPARE(r.done, 1);
    QCOMPARE(r.overdue, 1);
    QCOMPARE(r.doneLate, 0);
    QCOMPARE(r.late(), 1);
    QCOMPARE(r.nextStepTitle, u"Get the client's acceptance"_s);
    QCOMPARE(r.nextStepDue, d("2026-02-10"));
    QVERIFY(!r.finished());
    QVERIFY(workflows.runs(other).isEmpty());

    // Done a day late: still late, no longer open.
    QVERIFY(taskRepo.complete(run->tasks.at(1).id, d("2026-02-11")));
    r = *workflows.run(run->id);
    QCOMPARE(r.done, 2);
    QCOMPARE(r.overdue, 0);
    QCOMPARE(r.doneLate, 1);
    QCOMPARE(r.late(), 1);
    QCOMPARE(r.nextStepTitle, u"Issue the closing documents"_s);
    QCOMPARE(r.nextStepDue, d("2026-02-11"));

    // The rest done or cancelled: finished, nothing next.
    QVERIFY(taskRepo.complete(run->tasks.at(2).id, d("2026-02-11")));
    QVERIFY(taskRepo.complete(run->tasks.at(3).id, d("2026-02-11")));
    QVERIFY(taskRepo.cancel(run->tasks.at(4).id));
    r = *workflows.run(run->id);
    QCOMPARE(r.total, 4);
    QCOMPARE(r.done, 4);
    QVERIFY(r.finished());
    QVERIFY(r.nextStepTitle.isEmpty());
    QVERIFY(!r.nextStepDue.isValid());
    QCOMPARE(r.percent(), 100);

    // Newest first, in keyset pages.
    auto second = workflows.apply(templates.first().id, client);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->startedOn, d("2026-02-11"));
    QVERIFY(second->ticketSubject.isEmpty());
    runs = workflows.runs(client, TicketId(), 1);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().id, second->id);
    runs = workflows.runs(client, TicketId(), 1, second->id.value);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().id, run->id);
    QVERIFY(workflows.runs(client, TicketId(), 1, run->id.value).isEmpty());
    QCOMPARE(workflows.runs(ClientId(), created->id).size(), 1);
}

void TestRegulation::clientFeedback()
{
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    const ClientId client = f.addClient(u"Omicron LLP"_s, f.manager.id);
    ClientFeedbackRepository feedback(f.t.db);
    ClientFeedback complaint;
    complaint.clientId = client;
    complaint.kind = ClientFeedbackKind::Complaint;
    complaint.text = u"The payslips came two days late.\nSecond line."_s;
    complaint.channel = u"phone"_s;
    auto added = feedback.add(complaint);
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(!added->isHandled());
    ClientFeedback thanks;
    thanks.clientId = client;
    thanks.kind = ClientFeedbackKind::Thanks;
    thanks.text = u"Thank you for the quick audit."_s;
    thanks.receivedAt = noon(d("2026-06-10"));
    QVERIFY(feedback.add(thanks));

    QVERIFY(feedback.handle(added->id, u"Apologized; payslips now sent on the 9th."_s));
    QVERIFY(feedback.byId(added->id)->isHandled());
    QVERIFY(!feedback.handle(added->id, u"  "_s));
    QVERIFY(!feedback.handle(ClientFeedbackId(999), u"x"_s));

    ClientFeedbackQuery q;
    q.client = client;
    const auto listed = feedback.list(q);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.first().kind, ClientFeedbackKind::Complaint); // newest first
    q.kind = ClientFeedbackKind::Thanks;
    QCOMPARE(feedback.list(q).size(), 1);
    const ClientFeedbackCounts counts = feedback.counts(noon(d("2026-06-01")), noon(d("2026-07-01")));
    QCOMPARE(counts.complaints, 1);
    QCOMPARE(counts.thanks, 1);
    QCOMPARE(counts.unhandledComplaints, 0);

    const auto events = Timeline(f.t.db).forClient(client, 50);
    QVERIFY(events);
    QStringList kinds;
    for (const TimelineItem &e : *events)
        if (e.refType == u"client_feedback"_s)
            kinds << e.kind;
    QCOMPARE(kinds, QStringList({ u"complaint"_s, u"thanks"_s }));
}

void TestRegulation::invalidClientFeedback_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("empty text") << u"text"_s;
    QTest::newRow("unknown channel") << u"channel"_s;
    QTest::newRow("unknown client") << u"client"_s;
    QTest::newRow("in the future") << u"future"_s;
    QTest::newRow("another client's ticket") << u"ticket"_s;
}

void TestRegulation::invalidClientFeedback()
{
    QFETCH(QString, what);
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    const ClientId client = f.addClient(u"Pi LLP"_s, f.manager.id);
    ClientFeedback fb;
    fb.clientId = client;
    fb.kind = ClientFeedbackKind::Remark;
    fb.text = u"Please call before visiting."_s;
    if (what == u"text")
        fb.text = u" \n "_s;
    else if (what == u"channel")
        fb.channel = u"pigeon"_s;
    else if (what == u"client")
        fb.clientId = ClientId(999);
    else if (what == u"future")
        fb.receivedAt = noon(d("2026-06-20"));
    else if (what == u"ticket")
        fb.ticketId = TicketId(999);
    auto added = ClientFeedbackRepository(f.t.db).add(fb);
    QVERIFY(!added);
    QVERIFY(!added.error().isEmpty());
    QCOMPARE(ClientFeedbackRepository(f.t.db).list({}).size(), 0);
}

void TestRegulation::feedbackSharePerManager()
{
    Fixture f;
    PinnedToday today(d("2026-06-15"));
    const ClientId a = f.addClient(u"Rho LLP"_s, f.manager.id);
    const ClientId b = f.addClient(u"Sigma LLP"_s, f.otherManager.id);
    const ClientId orphan = f.addClient(u"Tau LLP"_s, UserId());
    f.closedTicket(a, noon(d("2026-05-03")), Feedback::Liked);
    f.closedTicket(a, noon(d("2026-05-10")), Feedback::Liked);
    f.closedTicket(a, noon(d("2026-05-20")), Feedback::NotLiked);
    f.closedTicket(a, noon(d("2026-04-20")), Feedback::NotLiked); // before the period
    f.closedTicket(b, noon(d("2026-05-31")), Feedback::NotLiked);
    f.closedTicket(orphan, noon(d("2026-05-15")), Feedback::Liked);
    if (QTest::currentTestFailed())
        return;

    auto report = FeedbackShare(f.t.db).compute(d("2026-05-01"), d("2026-05-31"));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->managers.size(), 3);
    QCOMPARE(report->managers.at(0).email, f.manager.email);
    QCOMPARE(report->managers.at(0).liked, 2);
    QCOMPARE(report->managers.at(0).notLiked, 1);
    QCOMPARE(*report->managers.at(0).likedShare(), 2.0 / 3.0);
    QCOMPARE(report->managers.at(1).email, f.otherManager.email);
    QCOMPARE(*report->managers.at(1).likedShare(), 0.0);
    QVERIFY(!report->managers.at(2).managerId.isValid());
    QCOMPARE(report->total.liked, 3);
    QCOMPARE(report->total.notLiked, 2);

    auto one = FeedbackShare(f.t.db).compute(d("2026-05-01"), d("2026-05-31"), f.otherManager.id);
    QVERIFY(one);
    QCOMPARE(one->managers.size(), 1);
    QCOMPARE(one->total.notLiked, 1);
    auto empty = FeedbackShare(f.t.db).compute(d("2025-01-01"), d("2025-01-31"));
    QVERIFY(empty);
    QVERIFY(empty->managers.isEmpty());
    QVERIFY(!empty->total.likedShare());
    QVERIFY(!FeedbackShare(f.t.db).compute(d("2026-05-31"), d("2026-05-01")));
    QVERIFY(!FeedbackShare(f.t.db).compute(QDate(), d("2026-05-01")));
}

QTEST_GUILESS_MAIN(TestRegulation)
#include "tst_regulation.moc"
