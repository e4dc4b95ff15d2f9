// Tickets in storage: lifecycle rules, the SLA fields kept on the row and
// recomputed from the event log, suspension, policy and calendar changes,
// list filters with keyset paging, audit and timeline rows.
#include "testsupport.h"

#include "domain/clock.h"
#include "storage/auditlog.h"
#include "storage/calendarrepository.h"
#include "storage/clientrepository.h"
#include "storage/slapolicyrepository.h"
#include "storage/sql.h"
#include "storage/ticketlistquery.h"
#include "storage/ticketrepository.h"
#include "storage/timeline.h"
#include "storage/userrepository.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

// Monday 2026-02-09 09:00 UTC; tests give instants as hours after it.
constexpr qint64 kT0 = 1770627600;
constexpr qint64 kHour = 3600;

qint64 at(double hours)
{
    return kT0 + qint64(hours * kHour);
}

// A database with a manager, a specialist and one client managed by the manager.
struct Fixture
{
    test::TempDatabase t;
    UserId manager;
    UserId specialist;
    ClientId client;

    Fixture()
    {
        Clock::setFixed(kT0);
        User m;
        m.name = u"Асель Касымова"_s;
        m.email = u"asel@example.kz"_s;
        m.role = Role::AccountManager;
        manager = UserRepository(t.db).add(m)->id;
        User s;
        s.name = u"Ерлан Ахметов"_s;
        s.email = u"erlan@example.kz"_s;
        s.role = Role::Specialist;
        specialist = UserRepository(t.db).add(s)->id;
        client = addClient(u"ТОО «Альфа»"_s);
    }
    ~Fixture() { Clock::setFixed(0); }

    ClientId addClient(const QString &name, ClientStatus status = ClientStatus::Active)
    {
        Client c;
        c.legalName = name;
        c.status = status;
        c.accountManagerId = manager;
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return added->id;
    }

    TicketId create(double hours = 0, Priority priority = Priority::Normal, ClientId forClient = {})
    {
        Ticket ticket;
        ticket.clientId = forClient.isValid() ? forClient : client;
        ticket.subject = u"Не формируется отчёт по зарплате"_s;
        ticket.channel = TicketChannel::Phone;
        ticket.priority = priority;
        auto created = TicketRepository(t.db).create(ticket, at(hours));
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        return created->id;
    }

    // Formalizing, assigned and in progress at `hours`.
    TicketId inProgress(double hours = 0)
    {
        TicketRepository repo(t.db);
        const TicketId id = create(hours);
        QVERIFY_RESULT(repo.formalize(id, u"Исправить расчёт отчёта"_s, at(hours)));
        QVERIFY_RESULT(repo.assign(id, specialist, at(hours)));
        QVERIFY_RESULT(repo.setStatus(id, TicketStatus::InProgress, at(hours)));
        return id;
    }

    QVariant column(TicketId id, const QString &name) const
    {
        return sql::scalar(t.db.connection(), u"SELECT "_s + name + u" FROM tickets WHERE id = ?"_s, {id.value}).value();
    }

    static void QVERIFY_RESULT(const Status &s)
    {
        if (!s)
            qFatal("%s", qPrintable(s.error()));
    }
};

} // namespace

Q_DECLARE_METATYPE(rapport::TicketStatus)

class TestTicketRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createStoresSlaFieldsAuditAndTimeline()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(0);
        const auto ticket = repo.byId(id);
        QVERIFY(ticket);
        QCOMPARE(ticket->status, TicketStatus::New);
        QCOMPARE(ticket->ownerId, f.manager); // the client's account manager by default
        QCOMPARE(ticket->createdAt, at(0));
        QCOMPARE(ticket->slaPolicyName, u"24/48"_s);
        QCOMPARE(ticket->calendarName, u"24/7"_s);
        QCOMPARE(f.column(id, u"response_due"_s).toLongLong(), at(24));
        QCOMPARE(f.column(id, u"resolution_due"_s).toLongLong(), at(48));
        QCOMPARE(f.column(id, u"response_state"_s).toString(), u"running"_s);
        QVERIFY(f.column(id, u"first_response_at"_s).isNull());
        // At risk once less than 20 % of the 24 h response target is left.
        QCOMPARE(f.column(id, u"risk_at"_s).toLongLong(), at(24 - 4.8));
        QCOMPARE(f.column(id, u"breached_at"_s).toLongLong(), at(24)); // if nobody answers by then
        QCOMPARE(repo.events(id).size(), 1);
        QCOMPARE(repo.events(id).first().kind, u"created"_s);
        QCOMPARE(AuditLog(f.t.db).entriesFor(u"ticket"_s, id.value).size(), 1);
        const auto feed = Timeline(f.t.db).forClient(f.client, 10);
        QVERIFY(feed);
        QVERIFY(std::any_of(feed->cbegin(), feed->cend(), [&](const TimelineItem &i) {
            return i.kind == u"ticket"_s && i.refId == id.value && i.refType == u"ticket"_s;
        }));
    }

    void createValidates_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<qint64>("client");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty subject") << u"   "_s << qint64(1) << u"subject"_s;
        QTest::newRow("long subject") << QString(301, u'x') << qint64(1) << u"300"_s;
        QTest::newRow("no client") << u"x"_s << qint64(999) << u"No client"_s;
    }

    void createValidates()
    {
        QFETCH(QString, subject);
        QFETCH(qint64, client);
        QFETCH(QString, error);
        Fixture f;
        Ticket ticket;
        ticket.clientId = client == 1 ? f.client : ClientId(client);
        ticket.subject = subject;
        auto created = TicketRepository(f.t.db).create(ticket, at(0));
        QVERIFY(!created);
        QVERIFY2(created.error().contains(error), qPrintable(created.error()));
        QCOMPARE(sql::scalar(f.t.db.connection(), u"SELECT count(*) FROM tickets"_s)->toInt(), 0);
    }

    void transitions_data()
    {
        QTest::addColumn<QList<TicketStatus>>("path");
        QTest::addColumn<TicketStatus>("next");
        QTest::addColumn<bool>("allowed");
        using S = TicketStatus;
        QTest::newRow("new to formalizing") << QList<S>{} << S::Formalizing << true;
        QTest::newRow("new to in progress") << QList<S>{} << S::InProgress << false;
        QTest::newRow("new to resolved") << QList<S>{} << S::Resolved << false;
        QTest::newRow("new to cancelled") << QList<S>{} << S::Cancelled << true;
        QTest::newRow("new to new") << QList<S>{} << S::New << false;
        QTest::newRow("formalizing to in progress") << QList<S>{S::Formalizing} << S::InProgress << true;
        QTest::newRow("formalizing to closed") << QList<S>{S::Formalizing} << S::Closed << false;
        QTest::newRow("in progress to waiting") << QList<S>{S::Formalizing, S::InProgress} << S::WaitingOnClient << true;
        QTest::newRow("waiting to in progress")
            << QList<S>{S::Formalizing, S::InProgress, S::WaitingOnClient} << S::InProgress << true;
        QTest::newRow("waiting to resolved")
            << QList<S>{S::Formalizing, S::InProgress, S::WaitingOnClient} << S::Resolved << true;
        QTest::newRow("in progress to closed") << QList<S>{S::Formalizing, S::InProgress} << S::Closed << false;
        QTest::newRow("resolved to closed") << QList<S>{S::Formalizing, S::InProgress, S::Resolved} << S::Closed << true;
        QTest::newRow("reopen") << QList<S>{S::Formalizing, S::InProgress, S::Resolved} << S::InProgress << true;
        QTest::newRow("resolved to cancelled")
            << QList<S>{S::Formalizing, S::InProgress, S::Resolved} << S::Cancelled << false;
        QTest::newRow("closed is final")
            << QList<S>{S::Formalizing, S::InProgress, S::Resolved, S::Closed} << S::InProgress << false;
        QTest::newRow("cancelled is final") << QList<S>{S::Cancelled} << S::Formalizing << false;
    }

    void transitions()
    {
        QFETCH(QList<TicketStatus>, path);
        QFETCH(TicketStatus, next);
        QFETCH(bool, allowed);
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(0);
        QVERIFY(repo.assign(id, f.specialist, at(0.1)));
        double h = 1;
        for (TicketStatus s : std::as_const(path)) {
            const Status moved = repo.setStatus(id, s, at(h++));
            QVERIFY2(moved, qPrintable(moved.error()));
        }
        const int eventsBefore = int(repo.events(id).size());
        const Status moved = repo.setStatus(id, next, at(h));
        QCOMPARE(bool(moved), allowed);
        QCOMPARE(repo.byId(id)->status, allowed ? next : (path.isEmpty() ? TicketStatus::New : path.last()));
        QCOMPARE(int(repo.events(id).size()), eventsBefore + (allowed ? 1 : 0));
    }

    void inProgressNeedsAssigneeAndOwner()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(0);
        QVERIFY(repo.setStatus(id, TicketStatus::Formalizing, at(1)));
        const Status noAssignee = repo.setStatus(id, TicketStatus::InProgress, at(2));
        QVERIFY(!noAssignee);
        QVERIFY2(noAssignee.error().contains(u"assignee"_s), qPrintable(noAssignee.error()));
        QVERIFY(repo.assign(id, f.specialist, at(2)));
        QVERIFY(repo.setOwner(id, UserId(), at(2)));
        const Status noOwner = repo.setStatus(id, TicketStatus::InProgress, at(2));
        QVERIFY(!noOwner);
        QVERIFY2(noOwner.error().contains(u"owner"_s), qPrintable(noOwner.error()));
        QVERIFY(repo.setOwner(id, f.manager, at(2)));
        QVERIFY(repo.setStatus(id, TicketStatus::InProgress, at(2)));
        // Never nobody once in progress.
        QVERIFY(!repo.assign(id, UserId(), at(3)));
        QVERIFY(!repo.setOwner(id, UserId(), at(3)));
        QCOMPARE(repo.byId(id)->assigneeId, f.specialist);
    }

    void statusChangesKeepTheirOrder()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(5);
        QVERIFY(!repo.setStatus(id, TicketStatus::Formalizing, at(4))); // before creation
        QVERIFY(repo.setStatus(id, TicketStatus::Formalizing, at(6)));
        QVERIFY(repo.assign(id, f.specialist, at(6)));
        QVERIFY(!repo.setStatus(id, TicketStatus::InProgress, at(5.5))); // before the last status change
    }

    void replyIsTheFirstResponseNoteIsNot()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(0);
        QVERIFY(repo.addNote(id, u"Проверить журнал"_s, at(1)));
        QVERIFY(f.column(id, u"first_response_at"_s).isNull());
        QVERIFY(repo.assign(id, f.specialist, at(1.5)));
        QVERIFY(f.column(id, u"first_response_at"_s).isNull());
        QVERIFY(repo.reply(id, u"Приняли, разбираемся"_s, at(2)));
        QCOMPARE(f.column(id, u"first_response_at"_s).toLongLong(), at(2));
        QCOMPARE(f.column(id, u"response_secs"_s).toLongLong(), 2 * kHour);
        QCOMPARE(f.column(id, u"response_state"_s).toString(), u"met"_s);
        QCOMPARE(f.column(id, u"breached_at"_s).toLongLong(), at(48)); // now the resolution's due instant
        // A later reply does not move the first response.
        QVERIFY(repo.reply(id, u"Ещё раз"_s, at(3)));
        QCOMPARE(f.column(id, u"first_response_at"_s).toLongLong(), at(2));
        QVERIFY(!repo.reply(id, u"  "_s, at(3)));
    }

    void loggedCallIsAResponse()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(0);
        QVERIFY(repo.logContact(id, QString(), u"Позвонили, объяснили сроки"_s, at(30)));
        QCOMPARE(f.column(id, u"first_response_at"_s).toLongLong(), at(30));
        QCOMPARE(f.column(id, u"response_state"_s).toString(), u"breached"_s);
        QCOMPARE(f.column(id, u"breached_at"_s).toLongLong(), at(24)); // breached since the response was due
        QCOMPARE(repo.events(id).last().channel, u"phone"_s);
        QVERIFY(!repo.logContact(id, u"pigeon"_s, u"x"_s, at(31)));
    }

    void waitingOnClientPausesTheClock()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.inProgress(0);
        QVERIFY(repo.reply(id, u"Нужен доступ"_s, at(1)));
        QVERIFY(repo.setStatus(id, TicketStatus::WaitingOnClient, at(2)));
        QCOMPARE(f.column(id, u"sla_paused"_s).toBool(), true);
        QCOMPARE(f.column(id, u"resolution_state"_s).toString(), u"paused"_s);
        QVERIFY(f.column(id, u"risk_at"_s).isNull());
        QVERIFY(f.column(id, u"breached_at"_s).isNull()); // a paused clock misses nothing
        QVERIFY(repo.setStatus(id, TicketStatus::InProgress, at(12)));
        QCOMPARE(f.column(id, u"sla_paused"_s).toBool(), false);
        // 10 h waiting on the client push the resolution due by 10 h.
        QCOMPARE(f.column(id, u"resolution_due"_s).toLongLong(), at(58));
        QVERIFY(repo.setStatus(id, TicketStatus::Resolved, at(20)));
        QCOMPARE(f.column(id, u"resolved_at"_s).toLongLong(), at(20));
        QCOMPARE(f.column(id, u"resolution_secs"_s).toLongLong(), 10 * kHour);
        QCOMPARE(f.column(id, u"resolution_state"_s).toString(), u"met"_s);
        QVERIFY(f.column(id, u"breached_at"_s).isNull()); // met in time
        const auto ticket = repo.byId(id);
        QVERIFY(ticket->sla.explanation.contains(u"paused 10 h waiting on client"_s));
    }

    void reopenResumesTheClock()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.inProgress(0);
        QVERIFY(repo.reply(id, u"Исправили"_s, at(1)));
        QVERIFY(repo.setStatus(id, TicketStatus::Resolved, at(10)));
        QCOMPARE(f.column(id, u"resolved_at"_s).toLongLong(), at(10));
        QVERIFY(repo.setStatus(id, TicketStatus::InProgress, at(30)));
        QVERIFY(f.column(id, u"resolved_at"_s).isNull());
        QVERIFY(f.column(id, u"resolution_secs"_s).isNull());
        // 10 h used before, the remaining 38 h run from the reopening.
        QCOMPARE(f.column(id, u"resolution_due"_s).toLongLong(), at(68));
        QVERIFY(repo.setStatus(id, TicketStatus::Resolved, at(40)));
        QCOMPARE(f.column(id, u"resolution_secs"_s).toLongLong(), 20 * kHour);
        QVERIFY(repo.setStatus(id, TicketStatus::Closed, at(50)));
        QCOMPARE(f.column(id, u"closed_at"_s).toLongLong(), at(50));
        QCOMPARE(f.column(id, u"resolved_at"_s).toLongLong(), at(40));
    }

    void suspensionPausesAndRestores()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId open = f.inProgress(0);
        const TicketId done = f.inProgress(0);
        QVERIFY(repo.setStatus(done, TicketStatus::Resolved, at(1)));
        QVERIFY(repo.clientSuspensionChanged(f.client, true, at(5)));
        QCOMPARE(f.column(open, u"sla_paused"_s).toBool(), true);
        QCOMPARE(repo.events(open).last().kind, u"client_suspended"_s);
        QCOMPARE(repo.events(done).last().kind, u"status"_s); // finished tickets are left alone
        const int events = int(repo.events(open).size());
        QVERIFY(repo.clientSuspensionChanged(f.client, true, at(6))); // already suspended: nothing added
        QCOMPARE(int(repo.events(open).size()), events);
        QVERIFY(repo.clientSuspensionChanged(f.client, false, at(15)));
        QCOMPARE(f.column(open, u"sla_paused"_s).toBool(), false);
        QCOMPARE(f.column(open, u"resolution_due"_s).toLongLong(), at(58));
        QVERIFY(repo.byId(open)->sla.explanation.contains(u"while the client was suspended"_s));
    }

    void suspendedClientsNewTicketsWait()
    {
        Fixture f;
        const ClientId suspended = f.addClient(u"ТОО «Должник»"_s, ClientStatus::Suspended);
        const TicketId id = f.create(0, Priority::Normal, suspended);
        TicketRepository repo(f.t.db);
        QCOMPARE(repo.events(id).size(), 2);
        QCOMPARE(repo.events(id).at(1).kind, u"client_suspended"_s);
        QCOMPARE(f.column(id, u"sla_paused"_s).toBool(), true);
        QCOMPARE(f.column(id, u"response_state"_s).toString(), u"paused"_s);
    }

    void policyChangeRecomputesOpenTickets()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId open = f.create(0, Priority::Urgent);
        const TicketId done = f.inProgress(0);
        QVERIFY(repo.setStatus(done, TicketStatus::Resolved, at(1)));
        const QVariant doneDue = f.column(done, u"resolution_due"_s);
        SlaPolicy business;
        business.name = u"Business hours 4/16"_s;
        business.calendarName = u"kz-standard"_s;
        business.targets.fill({4 * kHour, 16 * kHour});
        auto saved = SlaPolicyRepository(f.t.db).save(business);
        QVERIFY2(saved, qPrintable(saved.error()));
        auto client = ClientRepository(f.t.db).byId(f.client);
        client->slaPolicyId = saved->id;
        QVERIFY(ClientRepository(f.t.db).update(*client));
        auto recomputed = repo.recomputeOpen(f.client);
        QVERIFY(recomputed);
        QCOMPARE(*recomputed, 1);
        // Created Monday 09:00 UTC = 14:00 in Almaty: 4 business hours end at 18:00 local.
        QCOMPARE(f.column(open, u"response_due"_s).toLongLong(), at(4));
        QCOMPARE(f.column(open, u"sla_policy_id"_s).toLongLong(), saved->id);
        QCOMPARE(f.column(done, u"resolution_due"_s), doneDue);
        QCOMPARE(repo.byId(open)->slaPolicyName, u"Business hours 4/16"_s);
    }

    void calendarChangeRecomputesOpenTickets()
    {
        Fixture f;
        SlaPolicy business;
        business.name = u"Business 4/16"_s;
        business.calendarName = u"kz-standard"_s;
        business.targets.fill({4 * kHour, 16 * kHour});
        auto saved = SlaPolicyRepository(f.t.db).save(business);
        QVERIFY(saved);
        QVERIFY(SlaPolicyRepository(f.t.db).setDefault(saved->id));
        const TicketId id = f.create(0);
        QCOMPARE(f.column(id, u"response_due"_s).toLongLong(), at(4)); // Monday 18:00 local
        // Monday 2026-02-09 declared a holiday: the clock starts Tuesday 09:00 local, due 13:00 local.
        auto imported = CalendarRepository(f.t.db).importDays(u"kz-standard"_s, {{QDate(2026, 2, 9), false, u"Test"_s}});
        QVERIFY(imported);
        TicketRepository repo(f.t.db);
        QCOMPARE(*repo.recomputeOpen(), 1);
        QCOMPARE(f.column(id, u"response_due"_s).toLongLong(), at(23));
    }

    void formalizeAndConfirm()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(0);
        QVERIFY(!repo.confirm(id, u"email"_s, at(1))); // nothing to confirm yet
        QVERIFY(!repo.formalize(id, u" "_s, at(1)));
        QVERIFY(repo.formalize(id, u"Настроить выгрузку отчёта в 1С"_s, at(1)));
        auto t = repo.byId(id);
        QCOMPARE(t->status, TicketStatus::Formalizing);
        QCOMPARE(t->formalStatement, u"Настроить выгрузку отчёта в 1С"_s);
        QVERIFY(repo.confirm(id, QString(), at(2)));
        t = repo.byId(id);
        QCOMPARE(t->confirmedAt, at(2));
        QCOMPARE(t->confirmedChannel, u"phone"_s); // the ticket's channel by default
        QVERIFY(!repo.confirm(id, u"fax"_s, at(2)));
        // A new statement needs a new confirmation.
        QVERIFY(repo.formalize(id, u"Настроить выгрузку и загрузку"_s, at(3)));
        QCOMPARE(repo.byId(id)->confirmedAt, 0);
        QCOMPARE(repo.byId(id)->status, TicketStatus::Formalizing);
    }

    void feedbackRules()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.inProgress(0);
        QVERIFY(!repo.setFeedback(id, Feedback::Liked, QString())); // not done yet
        QVERIFY(repo.setStatus(id, TicketStatus::Resolved, at(3)));
        const Status noReason = repo.setFeedback(id, Feedback::NotLiked, u"  "_s);
        QVERIFY(!noReason);
        QVERIFY(noReason.error().contains(u"why"_s));
        QVERIFY(repo.setFeedback(id, Feedback::NotLiked, u"Долго"_s));
        auto t = repo.byId(id);
        QCOMPARE(t->feedback, Feedback::NotLiked);
        QCOMPARE(t->feedbackReason, u"Долго"_s);
        QVERIFY(repo.setStatus(id, TicketStatus::Closed, at(4)));
        QVERIFY(repo.setFeedback(id, Feedback::Liked, u"ignored"_s));
        t = repo.byId(id);
        QCOMPARE(t->feedback, Feedback::Liked);
        QVERIFY(t->feedbackReason.isEmpty());
        QCOMPARE(repo.events(id).last().kind, u"feedback"_s);
    }

    void timeEntries()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(0);
        TimeEntry e;
        e.ticketId = id;
        e.minutes = 45;
        QVERIFY(!repo.addTime(e)); // nobody to log it for
        e.userId = f.specialist;
        e.day = QDate(2026, 2, 9);
        e.note = u"Разбор"_s;
        QVERIFY(repo.addTime(e));
        e.minutes = 0;
        QVERIFY(!repo.addTime(e));
        e.minutes = 24 * 60 + 1;
        QVERIFY(!repo.addTime(e));
        QVERIFY(repo.assign(id, f.manager, at(1)));
        TimeEntry byAssignee;
        byAssignee.ticketId = id;
        byAssignee.minutes = 30;
        byAssignee.billable = false;
        QVERIFY(repo.addTime(byAssignee));
        const auto entries = repo.timeEntries(id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).minutes, 45);
        QCOMPARE(entries.at(0).userName, u"Ерлан Ахметов"_s);
        QCOMPARE(entries.at(1).userId, f.manager);
        QCOMPARE(entries.at(1).billable, false);
        QCOMPARE(sql::scalar(f.t.db.connection(), u"SELECT client_id FROM time_entries LIMIT 1"_s)->toLongLong(),
                 f.client.value);
    }

    void everyChangeIsAuditedAndOnTheTimeline()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.inProgress(0); // created, formalized, status, assigned, status
        QVERIFY(repo.reply(id, u"Ответ"_s, at(1)));
        const int events = int(repo.events(id).size());
        QCOMPARE(events, 6);
        const auto timeline = sql::scalar(f.t.db.connection(),
                                          u"SELECT count(*) FROM timeline_events WHERE kind = 'ticket' AND ref_id = ?"_s,
                                          {id.value});
        QCOMPARE(timeline->toInt(), events);
        const auto audited = sql::scalar(f.t.db.connection(),
                                         u"SELECT count(*) FROM audit_log WHERE entity = 'ticket_event'"_s);
        QCOMPARE(audited->toInt(), events - 1); // the creation is audited as the ticket's creation
        const auto statusAudit = AuditLog(f.t.db).entriesFor(u"ticket"_s, id.value);
        QVERIFY(std::any_of(statusAudit.cbegin(), statusAudit.cend(), [](const AuditLog::Entry &e) {
            return e.newValues.value(u"status"_s) == u"in_progress"_s && e.oldValues.value(u"status"_s) == u"formalizing"_s;
        }));
    }

    // Optimistic versions (team mode): a change made against a ticket as it
    // was read is refused once another desk changed it, with who did; the
    // refused change writes nothing. Without an expectation nothing is checked.
    void staleChangeIsAConflict()
    {
        Fixture f;
        const TicketId id = f.create();
        TicketRepository repo(f.t.db);
        const Ticket seen = *repo.byId(id);
        QVERIFY(seen.version >= 1);
        QVERIFY(!repo.isStale(seen));

        Database otherDesk = f.t.db;
        otherDesk.setActor(*UserRepository(f.t.db).byId(f.specialist));
        QVERIFY(TicketRepository(otherDesk).setPriority(id, Priority::Urgent, at(1)).ok());
        QCOMPARE(repo.byId(id)->version, seen.version + 1);
        QVERIFY(repo.isStale(seen));

        const qsizetype events = repo.events(id).size();
        const qint64 audited = sql::scalar(f.t.db.connection(), u"SELECT count(*) FROM audit_log"_s)->toLongLong();
        TicketRepository mine(f.t.db);
        mine.expectVersion(seen);
        const Status refused = mine.setPriority(id, Priority::Low, at(2));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"Ерлан Ахметов"_s) && refused.error().contains(u"after you opened it"_s),
                 qPrintable(refused.error()));
        QVERIFY(!mine.assign(id, f.specialist, at(2)));
        QVERIFY(!mine.formalize(id, u"Исправить отчёт"_s, at(2)));
        QCOMPARE(repo.byId(id)->priority, Priority::Urgent);
        QCOMPARE(repo.byId(id)->version, seen.version + 1);
        QCOMPARE(repo.events(id).size(), events);
        QCOMPARE(sql::scalar(f.t.db.connection(), u"SELECT count(*) FROM audit_log"_s)->toLongLong(), audited);

        // Made against the current version it goes through, and a change that
        // is two events (a statement that starts formalization) counts its own first.
        const Ticket current = *repo.byId(id);
        TicketRepository fresh(f.t.db);
        fresh.expectVersion(current);
        QVERIFY(fresh.formalize(id, u"Исправить расчёт отчёта"_s, at(3)).ok());
        QCOMPARE(repo.byId(id)->status, TicketStatus::Formalizing);
        QCOMPARE(repo.byId(id)->version, current.version + 2);
        QVERIFY(fresh.assign(id, f.specialist, at(3)).ok());
        // An expectation is about its own ticket only.
        const TicketId other = f.create(4);
        QVERIFY(fresh.setPriority(other, Priority::High, at(4)).ok());
        // Without one (the CLI, automation, imports), nothing is checked.
        QVERIFY(TicketRepository(f.t.db).setPriority(id, Priority::Low, at(5)).ok());
        QCOMPARE(repo.byId(id)->priority, Priority::Low);
    }

    void setCategoryValidates_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("stored"); // empty with an error: refused
        QTest::addColumn<QString>("error");
        QTest::newRow("trimmed") << u"  Зарплата  "_s << u"Зарплата"_s << QString();
        QTest::newRow("60 characters") << QString(60, u'к') << QString(60, u'к') << QString();
        QTest::newRow("60 after trimming") << QString(u" "_s + QString(60, u'к') + u"\t"_s) << QString(60, u'к')
                                           << QString();
        QTest::newRow("61 characters") << QString(61, u'к') << QString() << u"60"_s;
        QTest::newRow("line break") << u"Зарплата\nи кадры"_s << QString() << u"control"_s;
        QTest::newRow("tab inside") << u"Зарплата\tкадры"_s << QString() << u"control"_s;
        QTest::newRow("other control") << QString(u"Зарплата"_s + QChar(char16_t(0x07))) << QString() << u"control"_s;
        QTest::newRow("line separator") << QString(u"Зарплата"_s + QChar(char16_t(0x2028)) + u"кадры"_s) << QString()
                                        << u"control"_s;
    }

    void setCategoryValidates()
    {
        QFETCH(QString, category);
        QFETCH(QString, stored);
        QFETCH(QString, error);
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(0);
        const int events = int(repo.events(id).size());
        const Status set = repo.setCategory(id, category, at(1));
        QCOMPARE(bool(set), error.isEmpty());
        if (!set)
            QVERIFY2(set.error().contains(error), qPrintable(set.error()));
        QCOMPARE(repo.byId(id)->category, stored);
        QCOMPARE(int(repo.events(id).size()), events + (set ? 1 : 0));
        // A new ticket follows the same rules.
        Ticket ticket;
        ticket.clientId = f.client;
        ticket.subject = u"Расчёт отпускных"_s;
        ticket.category = category;
        const auto created = repo.create(ticket, at(2));
        QCOMPARE(bool(created), error.isEmpty());
        if (created)
            QCOMPARE(created->category, stored);
    }

    void setCategoryIsLoggedAuditedAndOnTheTimeline()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(0);
        QVERIFY(repo.setCategory(id, u"Зарплата"_s, at(1)));
        QCOMPARE(f.column(id, u"category"_s).toString(), u"Зарплата"_s);
        const TicketLogEntry last = repo.events(id).last();
        QCOMPARE(last.kind, u"category"_s);
        QCOMPARE(last.at, at(1));
        QCOMPARE(last.body, u"Зарплата"_s);
        const auto audit = AuditLog(f.t.db).entriesFor(u"ticket"_s, id.value);
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditLog::Entry &e) {
            return e.action == u"update"_s && e.oldValues.value(u"category"_s).toString().isEmpty()
                && e.newValues.value(u"category"_s) == u"Зарплата"_s;
        }));
        const auto eventAudit = AuditLog(f.t.db).entriesFor(u"ticket_event"_s, last.id);
        QCOMPARE(eventAudit.size(), 1);
        QCOMPARE(eventAudit.first().newValues.value(u"kind"_s).toString(), u"category"_s);
        const auto timeline = sql::scalar(f.t.db.connection(),
                                          u"SELECT count(*) FROM timeline_events WHERE kind = 'ticket' AND ref_id = ?"_s,
                                          {id.value});
        QCOMPARE(timeline->toInt(), int(repo.events(id).size()));
        // The same category again changes nothing; none is a change.
        const int events = int(repo.events(id).size());
        QVERIFY(repo.setCategory(id, u" Зарплата "_s, at(2)));
        QCOMPARE(int(repo.events(id).size()), events);
        QVERIFY(repo.setCategory(id, QString(), at(3)));
        QVERIFY(repo.byId(id)->category.isEmpty());
        QCOMPARE(repo.events(id).last().kind, u"category"_s);
        QVERIFY(repo.events(id).last().body.isEmpty());
        // Not before the ticket was created; no such ticket.
        QVERIFY(!repo.setCategory(id, u"Кадры"_s, at(-1)));
        QVERIFY(!repo.setCategory(TicketId(999), u"Кадры"_s, at(1)));
        // The SLA clock does not count it as a response.
        QVERIFY(f.column(id, u"first_response_at"_s).isNull());
    }

    void agreedDeadlineNotBeforeCreation()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId id = f.create(5);
        const Status early = repo.setAgreedDeadline(id, at(4), at(6));
        QVERIFY(!early);
        QVERIFY2(early.error().contains(u"before the request was made"_s), qPrintable(early.error()));
        QVERIFY(!repo.setAgreedDeadline(id, -1, at(6)));
        QCOMPARE(repo.byId(id)->agreedDeadline, 0);
        QCOMPARE(int(repo.events(id).size()), 1);

        QVERIFY(repo.setAgreedDeadline(id, at(48), at(6)));
        QCOMPARE(repo.byId(id)->agreedDeadline, at(48));
        QCOMPARE(f.column(id, u"agreed_deadline"_s).toLongLong(), at(48));
        TicketLogEntry last = repo.events(id).last();
        QCOMPARE(last.kind, u"deadline"_s);
        QCOMPARE(last.at, at(6));
        QCOMPARE(last.body, QDateTime::fromSecsSinceEpoch(at(48), QTimeZone::utc()).toString(Qt::ISODate));
        const auto audit = AuditLog(f.t.db).entriesFor(u"ticket"_s, id.value);
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditLog::Entry &e) {
            return e.action == u"update"_s && e.oldValues.value(u"agreed_deadline"_s).toLongLong() == 0
                && e.newValues.value(u"agreed_deadline"_s).toLongLong() == at(48);
        }));
        // At the very instant of creation is fine; 0 clears it.
        QVERIFY(repo.setAgreedDeadline(id, at(5), at(7)));
        QVERIFY(repo.setAgreedDeadline(id, 0, at(8)));
        QVERIFY(f.column(id, u"agreed_deadline"_s).isNull());
        last = repo.events(id).last();
        QCOMPARE(last.kind, u"deadline"_s);
        QVERIFY(last.body.isEmpty());
        QVERIFY(!repo.setAgreedDeadline(id, at(48), at(4))); // logged before the creation

        // A new ticket: not before the instant it is recorded.
        Ticket ticket;
        ticket.clientId = f.client;
        ticket.subject = u"Сверка с налоговой"_s;
        ticket.agreedDeadline = at(1);
        const auto refused = repo.create(ticket, at(2));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"before the request was made"_s), qPrintable(refused.error()));
        ticket.agreedDeadline = at(30);
        const auto created = repo.create(ticket, at(2));
        QVERIFY(created);
        QCOMPARE(created->agreedDeadline, at(30));
    }

    void listFiltersByCategoryAndPastDeadline()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId payroll = f.create(0);
        const TicketId payrollDone = f.inProgress(1);
        const TicketId reports = f.create(2);
        const TicketId plain = f.create(3);
        QVERIFY(repo.setCategory(payroll, u"Зарплата"_s, at(0.5)));
        QVERIFY(repo.setCategory(payrollDone, u"Зарплата"_s, at(1.5)));
        QVERIFY(repo.setCategory(reports, u"Отчётность"_s, at(2.5)));
        QVERIFY(repo.setAgreedDeadline(payroll, at(10), at(0.5)));
        QVERIFY(repo.setAgreedDeadline(payrollDone, at(10), at(1.5)));
        QVERIFY(repo.setAgreedDeadline(reports, at(20), at(2.5)));
        QVERIFY(repo.setStatus(payrollDone, TicketStatus::Resolved, at(5)));
        QCOMPARE(repo.categories(), (QStringList{u"Зарплата"_s, u"Отчётность"_s}));

        const auto ids = [&](const TicketQuery &q) {
            QList<qint64> result;
            for (const TicketListRow &r : repo.list(q))
                result << r.id.value;
            std::sort(result.begin(), result.end());
            return result;
        };
        TicketQuery q;
        q.category = u"Зарплата"_s;
        QCOMPARE(ids(q), (QList<qint64>{payroll.value, payrollDone.value}));
        QCOMPARE(repo.count(q), 2);
        q.category = u"зарплата"_s; // exact
        QVERIFY(ids(q).isEmpty());
        q.category = u"Отчётность"_s;
        QCOMPARE(ids(q), (QList<qint64>{reports.value}));
        const TicketListRow row = repo.list(q).first();
        QCOMPARE(row.category, u"Отчётность"_s);
        QCOMPARE(row.agreedDeadline, at(20));
        q = {};
        q.category = u"  "_s; // any
        QCOMPARE(repo.count(q), 4);

        // Open tickets whose agreed deadline is before asOf; the resolved one and the one without a deadline never.
        q = {};
        q.pastAgreedDeadline = true;
        q.asOf = at(9);
        QVERIFY(ids(q).isEmpty());
        q.asOf = at(10); // due at that very instant: not passed yet
        QVERIFY(ids(q).isEmpty());
        q.asOf = at(12);
        QCOMPARE(ids(q), (QList<qint64>{payroll.value}));
        q.asOf = at(25);
        QCOMPARE(ids(q), (QList<qint64>{payroll.value, reports.value}));
        QCOMPARE(repo.count(q), 2);
        q.category = u"Зарплата"_s;
        QCOMPARE(ids(q), (QList<qint64>{payroll.value}));
        QCOMPARE(repo.count(q), 1);
        q.category.clear();
        q.openOnly = true; // the same
        QCOMPARE(ids(q), (QList<qint64>{payroll.value, reports.value}));
        QVERIFY(!ids(q).contains(plain.value));

        // Keyset paging is kept: one category, a page of one, newest first.
        q = {};
        q.category = u"Зарплата"_s;
        q.limit = 1;
        QList<TicketId> seen;
        for (int page = 0; page < 3; ++page) {
            const auto rows = repo.list(q);
            for (const TicketListRow &r : rows)
                seen << r.id;
            if (rows.isEmpty())
                break;
            q.beforeCreated = rows.last().createdAt;
            q.beforeId = rows.last().id.value;
        }
        QCOMPARE(seen, (QList<TicketId>{payrollDone, payroll}));
    }

    void listPagesNewestFirst()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        QList<TicketId> ids;
        for (int i = 0; i < 25; ++i)
            ids << f.create(i / 2); // pairs share a creation instant: paging must split ties by id
        TicketQuery q;
        q.limit = 10;
        QList<TicketId> seen;
        for (int page = 0; page < 5; ++page) {
            const auto rows = repo.list(q);
            for (const TicketListRow &r : rows)
                seen << r.id;
            if (rows.size() < q.limit)
                break;
            q.beforeCreated = rows.last().createdAt;
            q.beforeId = rows.last().id.value;
        }
        QCOMPARE(seen.size(), 25);
        QList<TicketId> expected = ids;
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(seen, expected);
        QCOMPARE(repo.count(TicketQuery{}), 25);
    }

    void listFilters()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const ClientId other = f.addClient(u"ООО «Бета»"_s);
        const TicketId fresh = f.create(0);
        const TicketId working = f.inProgress(1);
        const TicketId waiting = f.inProgress(2);
        QVERIFY(repo.reply(waiting, u"Ждём доступ"_s, at(2.5)));
        QVERIFY(repo.setStatus(waiting, TicketStatus::WaitingOnClient, at(3)));
        const TicketId otherClient = f.create(4, Priority::Normal, other);
        QVERIFY(repo.reply(otherClient, u"Ок"_s, at(4.5)));
        Ticket search;
        search.clientId = other;
        search.subject = u"Принтер НЕ ПЕЧАТАЕТ"_s;
        const TicketId printer = repo.create(search, at(5))->id;

        const auto ids = [&](TicketQuery q) {
            QList<qint64> result;
            for (const TicketListRow &r : repo.list(q))
                result << r.id.value;
            std::sort(result.begin(), result.end());
            return result;
        };
        TicketQuery q;
        q.client = other;
        QCOMPARE(ids(q), (QList<qint64>{otherClient.value, printer.value}));
        q = {};
        q.status = TicketStatus::InProgress;
        QCOMPARE(ids(q), (QList<qint64>{working.value}));
        q = {};
        q.assignee = f.specialist;
        QCOMPARE(ids(q), (QList<qint64>{working.value, waiting.value}));
        q = {};
        q.unassigned = true;
        QCOMPARE(ids(q), (QList<qint64>{fresh.value, otherClient.value, printer.value}));
        q = {};
        q.waitingOnClient = true;
        QCOMPARE(ids(q), (QList<qint64>{waiting.value}));
        q = {};
        q.search = u"принтер"_s; // case-insensitive in Cyrillic
        QCOMPARE(ids(q), (QList<qint64>{printer.value}));
        q.search = u"бета"_s; // the client's name
        QCOMPARE(ids(q), (QList<qint64>{otherClient.value, printer.value}));
        q.search = u"#"_s + QString::number(working.value);
        QCOMPARE(ids(q), (QList<qint64>{working.value}));
        q = {};
        q.owner = f.manager;
        QCOMPARE(repo.count(q), 5);

        // At 21 h the tickets without a response have less than 20 % of the 24 h target left.
        q = {};
        q.atRisk = true;
        q.asOf = at(21);
        QCOMPARE(ids(q), (QList<qint64>{fresh.value, working.value}));
        q.asOf = at(10);
        QVERIFY(ids(q).isEmpty());
        // At 25.5 h they are breached; the waiting one is paused and the answered ones have time left.
        q = {};
        q.breached = true;
        q.asOf = at(25.5);
        QCOMPARE(ids(q), (QList<qint64>{fresh.value, working.value}));
        const auto rows = repo.list(q);
        QCOMPARE(rows.first().responseState, u"breached"_s);
        q.atRisk = true; // either
        q.asOf = at(24.5);
        QCOMPARE(ids(q), (QList<qint64>{fresh.value, working.value, printer.value}));
        q = {};
        q.openOnly = true;
        QCOMPARE(repo.count(q), 5);
    }

    // The Tickets view's default list reads the partial index of open
    // tickets in list order: no sort of the whole open set (SQLite's plan;
    // the server plans by its own statistics), and the same rows, newest
    // first, paged by keyset.
    void allOpenListReadsTheOpenIndexWithoutASort()
    {
        Fixture f;
        TicketRepository repo(f.t.db);
        const TicketId first = f.create(0);
        const TicketId done = f.inProgress(1);
        QVERIFY(repo.setStatus(done, TicketStatus::Resolved, at(2)));
        const TicketId working = f.inProgress(3);
        const TicketId last = f.create(4);
        TicketQuery q;
        q.openOnly = true;
        q.limit = 2;
        const auto ids = [&](const TicketQuery &query) {
            QList<qint64> result;
            for (const TicketListRow &r : repo.list(query))
                result << r.id.value;
            return result;
        };
        QCOMPARE(ids(q), (QList<qint64>{last.value, working.value}));
        const auto page = repo.list(q);
        q.beforeCreated = page.last().createdAt;
        q.beforeId = page.last().id.value;
        QCOMPARE(ids(q), (QList<qint64>{first.value}));

        if (!f.t.db.dialect().isSQLite())
            QSKIP("the query plan asserted here is SQLite's; the rows above were checked on this engine");
        q = {};
        q.openOnly = true;
        q.limit = 200;
        const auto planOf = [&](const TicketQuery &query) {
            const TicketListQuery list(query, at(5), f.t.db.dialect());
            auto plan
                = sql::exec(f.t.db.connection(), u"EXPLAIN QUERY PLAN "_s + list.listStatement(), list.listValues());
            QStringList steps;
            while (plan && plan->next())
                steps << plan->value(3).toString();
            return plan ? steps.join(u'|') : plan.error();
        };
        // All open, and the quick filters checked on the index's own columns.
        for (const auto &set : QList<std::function<void(TicketQuery &)>> { [](TicketQuery &) {},
                 [](TicketQuery &t) { t.atRisk = true; }, [](TicketQuery &t) { t.breached = true; },
                 [](TicketQuery &t) { t.unassigned = true; }, [](TicketQuery &t) { t.pastAgreedDeadline = true; } }) {
            TicketQuery filtered = q;
            set(filtered);
            const QString plan = planOf(filtered);
            QVERIFY2(plan.contains(u"tickets_open_list"_s), qPrintable(plan));
            QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
        }
        // Another filter leaves the choice of index to SQLite.
        q.client = f.client;
        QVERIFY(!TicketListQuery(q, at(5), f.t.db.dialect()).listStatement().contains(u"INDEXED BY"_s));
    }
};

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticketrepository.moc"
