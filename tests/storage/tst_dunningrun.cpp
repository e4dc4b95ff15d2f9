#include "domain/clock.h"
#include "storage/automationrepository.h"
#include "storage/outboxrepository.h"
#include "storage/billingrun.h"
#include "storage/calendarrepository.h"
#include "storage/clientrepository.h"
#include "storage/dunningrun.h"
#include "storage/invoicerepository.h"
#include "storage/sql.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

qint64 noonOf(QDate day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

using Steps = QList<QPair<QString, QDate>>;

// One client with a 100 000 KZT + 12 % subscription; the March invoice is
// issued on 1 April with 10 days to pay: due Saturday 11 April 2026, so on
// the kz-standard week the notice is Monday 13 April and, 5 business days
// later, work is suspended on Tuesday 21 April.
struct Debt
{
    test::TempDatabase t;
    UserId lead;
    UserId manager;
    ClientId client;
    TicketId ticket;
    InvoiceId march;

    Debt()
    {
        User u;
        u.name = u"Даурен Ахметов"_s;
        u.email = u"lead@example.kz"_s;
        u.role = Role::TeamLead;
        lead = UserRepository(t.db).add(u)->id;
        u.name = u"Алия Нурланова"_s;
        u.email = u"aliya@example.kz"_s;
        u.role = Role::AccountManager;
        manager = UserRepository(t.db).add(u)->id;
        actAs(manager);

        Clock::setFixed(noonOf(QDate(2026, 4, 1)));
        Client c;
        c.legalName = u"ТОО «Должник»"_s;
        c.status = ClientStatus::Active;
        Tariff tariff;
        tariff.monthlyFee = Money(10000000, u"KZT"_s);
        tariff.overageRate = Money(0, u"KZT"_s);
        tariff.paymentTermsDays = 10;
        c.tariff = tariff;
        client = ClientRepository(t.db).add(c)->id;
        Ticket open;
        open.clientId = client;
        open.subject = u"Не работает касса"_s;
        ticket = TicketRepository(t.db).create(open, noonOf(QDate(2026, 3, 30)))->id;
        march = bill(QDate(2026, 3, 1), QDate(2026, 4, 1));
    }

    ~Debt() { Clock::setFixed(0); }

    void actAs(UserId id) { t.db.setActor(*UserRepository(t.db).byId(id)); }

    InvoiceId bill(QDate month, QDate issuedOn)
    {
        Clock::setFixed(noonOf(issuedOn));
        auto run = BillingRun(t.db).run(month);
        if (!run || run->items.isEmpty())
            qFatal("billing failed");
        auto issued = InvoiceRepository(t.db).issue(run->items.constFirst().invoiceId, issuedOn);
        if (!issued)
            qFatal("issue: %s", qPrintable(issued.error()));
        return issued->id;
    }

    Steps runOn(QDate day)
    {
        Clock::setFixed(noonOf(day));
        auto r = DunningRun(t.db).run(day);
        if (!r)
            qFatal("dunning: %s", qPrintable(r.error()));
        if (!r->errors.isEmpty())
            qFatal("dunning: %s", qPrintable(r->errors.constFirst().second));
        Steps s;
        for (const DunningRunStep &step : std::as_const(r->steps))
            s << qMakePair(dunningStepKey(step.step), step.dueOn);
        return s;
    }

    Steps runDays(QDate from, QDate to)
    {
        Steps all;
        for (QDate d = from; d <= to; d = d.addDays(1))
            all += runOn(d);
        return all;
    }

    Steps recorded() const
    {
        Steps s;
        const auto steps = DunningRepository(t.db).steps(client);
        for (const DunningStepRecord &r : *steps)
            s << qMakePair(dunningStepKey(r.step), r.dueOn);
        return s;
    }

    void pay(InvoiceId id, QDate on, qint64 minor)
    {
        Clock::setFixed(noonOf(on));
        auto p = InvoiceRepository(t.db).recordPayment(id, on, Money(minor, u"KZT"_s), u"п/п"_s);
        if (!p)
            qFatal("pay: %s", qPrintable(p.error()));
    }

    QString status() const
    {
        return sql::scalar(t.db.connection(), u"SELECT status FROM clients WHERE id = ?"_s, { client.value })->toString();
    }

    QStringList suspensionEvents() const
    {
        QStringList kinds;
        auto q = sql::exec(t.db.connection(),
            u"SELECT kind FROM ticket_events WHERE ticket_id = ? AND kind IN ('client_suspended', 'client_restored') "
            "ORDER BY at, id"_s,
            { ticket.value });
        while (q->next())
            kinds << q->value(0).toString();
        return kinds;
    }

    DunningQueueRow queueRow(QDate day)
    {
        Clock::setFixed(noonOf(day));
        auto rows = DunningRun(t.db).queue(day);
        if (!rows || rows->size() != 1)
            qFatal("queue");
        return rows->constFirst();
    }

    BusinessCalendar calendar() { return DunningRun(t.db).calendarFor(client); }
};

const qint64 Total = 11200000; // 100 000.00 + 12 %

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

} // namespace

class TestDunningRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ladderOnBusinessCalendar()
    {
        Debt debt;
        const BusinessCalendar cal = debt.calendar();
        QCOMPARE(cal.name(), u"kz-standard"_s); // the default policy runs on 24/7: dunning counts working days
        const QDate claim = cal.addBusinessDays(d(4, 21), 10);
        const QDate block = cal.addBusinessDays(claim, 10);

        QVERIFY(debt.runDays(d(4, 1), d(4, 12)).isEmpty()); // not overdue before the 12th, notice on a Monday
        QCOMPARE(debt.runOn(d(4, 13)), (Steps { { u"notice"_s, d(4, 13) } }));
        QCOMPARE(debt.status(), u"active"_s);
        const DunningQueueRow waiting = debt.queueRow(d(4, 15));
        QCOMPARE(waiting.state, DunningState::NoticeSent);
        QCOMPARE(waiting.noticeDeadline, d(4, 20));
        QCOMPARE(waiting.nextStep, std::optional(DunningStep::Suspend));
        QCOMPARE(waiting.nextStepOn, d(4, 21));
        QCOMPARE(waiting.outstanding, Money(Total, u"KZT"_s));
        QCOMPARE(waiting.daysOverdue, 4);

        QVERIFY(debt.runDays(d(4, 14), d(4, 20)).isEmpty());
        QCOMPARE(debt.runOn(d(4, 21)), (Steps { { u"suspend"_s, d(4, 21) } }));
        QCOMPARE(debt.status(), u"suspended"_s);
        QCOMPARE(debt.suspensionEvents(), QStringList { u"client_suspended"_s });
        QVERIFY(debt.runOn(d(4, 21)).isEmpty()); // idempotent on the same day

        const Steps rest = debt.runDays(d(4, 22), block.addDays(20));
        QCOMPARE(rest, (Steps { { u"claim"_s, claim }, { u"block"_s, block } }));
        QCOMPARE(debt.status(), u"blocked"_s);
        QCOMPARE(debt.recorded().size(), 4);
        // Who: the staff member running it; the timeline has each step.
        const auto steps = DunningRepository(debt.t.db).steps(debt.client);
        for (const DunningStepRecord &s : *steps)
            QCOMPARE(s.userName, u"Алия Нурланова"_s);
        QCOMPARE(sql::scalar(debt.t.db.connection(),
                     u"SELECT count(*) FROM timeline_events WHERE ref_type = 'dunning_step' AND client_id = ?"_s,
                     { debt.client.value })
                     ->toInt(),
            4);
        QCOMPARE(debt.queueRow(block.addDays(30)).nextStep, std::nullopt); // nothing beyond blocked
    }

    // With the shipped rules on, the debt notice goes to the client as a
    // message (after approval): the step is sent only when that message was
    // sent, the ladder waits for it, and the suspension counts its 5 business
    // days from the day it went out.
    void noticeCountsFromTheDayItsMessageWasSent()
    {
        Debt debt;
        Client c = *ClientRepository(debt.t.db).byId(debt.client);
        Contact k;
        k.name = u"Бахыт Омаров"_s;
        k.email = u"bakhyt@dolzhnik.kz"_s;
        k.language = u"ru"_s;
        c.contacts << k;
        c.accountManagerId = debt.manager;
        QVERIFY(ClientRepository(debt.t.db).update(c));
        AutomationRepository rules(debt.t.db);
        QVERIFY(!rules.rules().isEmpty()); // the shipped rules, the debt notice among them

        QCOMPARE(debt.runOn(d(4, 13)), (Steps { { u"notice"_s, d(4, 13) } }));
        auto steps = DunningRepository(debt.t.db).steps(debt.client);
        QCOMPARE(steps->size(), 1);
        QVERIFY(steps->first().awaitsDelivery);
        QVERIFY(steps->first().waitsForDelivery());
        auto run = rules.run(noonOf(d(4, 13)), false);
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->firedByRule.value(u"debt_notice"_s), 1);

        // Not approved, so not sent: weeks pass and nobody is suspended.
        QVERIFY(debt.runDays(d(4, 14), d(4, 28)).isEmpty());
        QCOMPARE(debt.status(), u"active"_s);
        const DunningQueueRow row = debt.queueRow(d(4, 28));
        QCOMPARE(row.waitingFor, u"delivery"_s);
        QCOMPARE(row.waitingReason, u"Waiting until the debt notice is sent"_s);
        QCOMPARE(row.nextStep, std::optional(DunningStep::Suspend));
        QVERIFY(!row.nextStepOn.isValid());
        QVERIFY(!row.noticeDeadline.isValid());

        // Approved and sent on 29 April: the deadline runs from that day.
        OutboxRepository outbox(debt.t.db);
        QCOMPARE(outbox.approveAll().value(), 1);
        Clock::setFixed(noonOf(d(4, 29)));
        const auto claimed = outbox.claimDue(noonOf(d(4, 29))).value(); // the notice and the payment reminder
        const auto notice = std::find_if(claimed.cbegin(), claimed.cend(),
            [](const OutboxMessage &m) { return m.refType == u"dunning_step"_s; });
        QVERIFY(notice != claimed.cend());
        QCOMPARE(notice->ruleKey, u"debt_notice"_s);
        QVERIFY(outbox.markSent(notice->id, u"<notice@rapport>"_s, noonOf(d(4, 29))));
        steps = DunningRepository(debt.t.db).steps(debt.client);
        QCOMPARE(steps->first().sentOn, d(4, 29));
        QVERIFY(!steps->first().waitsForDelivery());

        const BusinessCalendar cal = debt.calendar();
        const QDate deadline = cal.addBusinessDays(d(4, 29), 5);
        const QDate suspension = cal.addBusinessDays(deadline, 1);
        const DunningQueueRow sent = debt.queueRow(d(4, 29));
        QCOMPARE(sent.waitingFor, QString());
        QCOMPARE(sent.noticeDeadline, deadline);
        QCOMPARE(sent.nextStepOn, suspension);
        QVERIFY(debt.runDays(d(4, 29), deadline).isEmpty());
        QCOMPARE(debt.runOn(suspension), (Steps { { u"suspend"_s, suspension } }));
        QCOMPARE(debt.status(), u"suspended"_s);
    }

    // The notice's message never goes out (not approved, or cancelled): the
    // team hands the notice over itself and marks it sent by hand. It counts
    // from that day, the queued message is cancelled (the client does not get
    // it twice), and bad input is refused with a reason.
    void noticeMarkedSentByTheTeam()
    {
        Debt debt;
        Client c = *ClientRepository(debt.t.db).byId(debt.client);
        Contact k;
        k.name = u"Бахыт Омаров"_s;
        k.email = u"bakhyt@dolzhnik.kz"_s;
        k.language = u"ru"_s;
        c.contacts << k;
        c.accountManagerId = debt.manager;
        QVERIFY(ClientRepository(debt.t.db).update(c));
        QVERIFY(!AutomationRepository(debt.t.db).rules().isEmpty()); // the shipped rules, the debt notice among them
        QCOMPARE(debt.runOn(d(4, 13)), (Steps { { u"notice"_s, d(4, 13) } }));
        QVERIFY(AutomationRepository(debt.t.db).run(noonOf(d(4, 13)), false));
        const qint64 stepId = DunningRepository(debt.t.db).steps(debt.client)->first().id;
        const auto queued = [&] {
            return sql::scalar(debt.t.db.connection(),
                u"SELECT count(*) FROM outbox_messages WHERE ref_type = 'dunning_step' AND ref_id = ? "
                "AND state = 'queued'"_s,
                { stepId })
                ->toInt();
        };
        QCOMPARE(queued(), 1);

        Clock::setFixed(noonOf(d(4, 22)));
        DunningRepository repo(debt.t.db);
        QVERIFY(!repo.markSentByHand(debt.client, d(4, 20), u"   "_s)); // how is required
        const auto future = repo.markSentByHand(debt.client, d(4, 23), u"Курьером под роспись"_s);
        QVERIFY(!future);
        QVERIFY2(future.error().contains(u"future"_s), qPrintable(future.error()));
        QVERIFY(!repo.markSentByHand(debt.client, d(4, 10), u"Курьером под роспись"_s)); // before the notice
        QVERIFY(!repo.markSentByHand(debt.client, d(4, 20), u"Курьером\x01"_s));
        QVERIFY(repo.steps(debt.client)->first().waitsForDelivery());

        const auto sent = repo.markSentByHand(debt.client, d(4, 20), u"Курьером под роспись"_s);
        QVERIFY2(sent, qPrintable(sent.error()));
        QCOMPARE(sent->sentOn, d(4, 20));
        QVERIFY(sent->sentByTeam);
        const DunningStepRecord stored = repo.steps(debt.client)->first();
        QCOMPARE(stored.sentOn, d(4, 20));
        QVERIFY(stored.sentByTeam);
        QVERIFY(!stored.waitsForDelivery());
        QCOMPARE(queued(), 0);
        QCOMPARE(sql::scalar(debt.t.db.connection(),
                     u"SELECT state FROM outbox_messages WHERE ref_type = 'dunning_step' AND ref_id = ?"_s, { stepId })
                     ->toString(),
            u"cancelled"_s);
        QCOMPARE(sql::scalar(debt.t.db.connection(),
                     u"SELECT count(*) FROM timeline_events WHERE ref_type = 'dunning_step' AND ref_id = ? "
                     "AND body = ?"_s,
                     { stepId, u"Курьером под роспись"_s })
                     ->toInt(),
            1);
        // Once: nothing waits any more.
        QVERIFY(!repo.markSentByHand(debt.client, d(4, 21), u"Ещё раз"_s));

        const QDate deadline = debt.calendar().addBusinessDays(d(4, 20), 5);
        const QDate suspension = debt.calendar().addBusinessDays(deadline, 1);
        QCOMPARE(debt.queueRow(d(4, 22)).nextStepOn, suspension);
        QVERIFY(debt.runDays(d(4, 22), deadline).isEmpty());
        QCOMPARE(debt.runOn(suspension), (Steps { { u"suspend"_s, suspension } }));
    }

    // Without a rule on the debt notice, the team hands it over itself: it
    // counts from its own date, as before.
    void noticeWithoutARuleCountsFromItsDate()
    {
        Debt debt;
        AutomationRepository rules(debt.t.db);
        QVERIFY(!rules.rules().isEmpty());
        QVERIFY(rules.setEnabled(u"debt_notice"_s, false));
        QCOMPARE(debt.runOn(d(4, 13)), (Steps { { u"notice"_s, d(4, 13) } }));
        QVERIFY(!DunningRepository(debt.t.db).steps(debt.client)->first().awaitsDelivery);
        QCOMPARE(debt.runDays(d(4, 14), d(4, 21)), (Steps { { u"suspend"_s, d(4, 21) } }));
    }

    void holidaysMoveTheDeadline()
    {
        Debt debt;
        QVERIFY(CalendarRepository(debt.t.db).importDays(u"kz-standard"_s, { CalendarDay { d(4, 16), false, u"Test"_s } }));
        debt.runDays(d(4, 12), d(4, 30));
        QCOMPARE(debt.recorded().mid(0, 2), (Steps { { u"notice"_s, d(4, 13) }, { u"suspend"_s, d(4, 22) } }));
    }

    void catchUpAfterThirtyDays()
    {
        Debt daily;
        const Steps dayByDay = daily.runDays(d(4, 1), d(5, 11));
        Debt closed;
        const Steps once = closed.runOn(d(5, 11)); // the application was closed for 30 days
        QCOMPARE(once, dayByDay);
        QVERIFY(once.size() >= 3);
        QCOMPARE(closed.recorded(), daily.recorded());
        QCOMPARE(closed.status(), daily.status());
        QCOMPARE(closed.suspensionEvents(), QStringList { u"client_suspended"_s });
        QVERIFY(closed.runOn(d(5, 11)).isEmpty());
        QVERIFY(closed.runOn(d(5, 12)).isEmpty() || closed.recorded().size() == 4);
    }

    void paymentAtEachStage_data()
    {
        QTest::addColumn<int>("stage"); // how many steps were taken when the rest is paid
        QTest::newRow("before the notice") << 0;
        QTest::newRow("notice sent") << 1;
        QTest::newRow("work suspended") << 2;
        QTest::newRow("claim sent") << 3;
        QTest::newRow("access blocked") << 4;
    }

    void paymentAtEachStage()
    {
        QFETCH(int, stage);
        Debt debt;
        const BusinessCalendar cal = debt.calendar();
        const QDate claim = cal.addBusinessDays(d(4, 21), 10);
        const Steps ladder { { u"notice"_s, d(4, 13) }, { u"suspend"_s, d(4, 21) }, { u"claim"_s, claim },
            { u"block"_s, cal.addBusinessDays(claim, 10) } };
        // Paid two days after the last step taken (the day before the notice for none).
        const QDate paidOn = stage == 0 ? d(4, 12) : ladder.at(stage - 1).second.addDays(2);
        Steps expected = ladder.mid(0, stage);
        if (stage > 0)
            expected << qMakePair(u"restore"_s, paidOn);

        // Most of it paid early: a partial payment does not stop the ladder.
        debt.pay(debt.march, d(4, 10), Total - 100);
        debt.runDays(d(4, 1), paidOn.addDays(-1));
        QCOMPARE(debt.recorded(), ladder.mid(0, stage));
        debt.pay(debt.march, paidOn, 100);
        const Steps later = debt.runDays(paidOn, paidOn.addDays(60));
        QCOMPARE(debt.recorded(), expected);
        QCOMPARE(debt.status(), u"active"_s);
        const QStringList sla = stage >= 2 ? QStringList { u"client_suspended"_s, u"client_restored"_s } : QStringList();
        QCOMPARE(debt.suspensionEvents(), sla);
        QCOMPARE(later, stage > 0 ? Steps { expected.constLast() } : Steps());
    }

    void promiseToPay()
    {
        Debt debt;
        debt.runDays(d(4, 1), d(4, 15));
        Clock::setFixed(noonOf(d(4, 15)));
        QVERIFY(!DunningRepository(debt.t.db).promise(debt.client, d(4, 14))); // already past
        auto promise = DunningRepository(debt.t.db).promise(debt.client, d(4, 28), u"Бухгалтер в отпуске"_s);
        QVERIFY2(promise, qPrintable(promise.error()));
        const DunningQueueRow row = debt.queueRow(d(4, 22));
        QCOMPARE(row.waitingFor, u"promise_to_pay"_s);
        QCOMPARE(row.nextStep, std::optional(DunningStep::Suspend));
        QCOMPARE(row.nextStepOn, d(4, 29)); // the first working day after the promised date
        QVERIFY(debt.runDays(d(4, 16), d(4, 28)).isEmpty());
        QCOMPARE(debt.runDays(d(4, 29), d(4, 30)), (Steps { { u"suspend"_s, d(4, 29) } }));
    }

    void promiseKept()
    {
        Debt debt;
        debt.runDays(d(4, 1), d(4, 15));
        Clock::setFixed(noonOf(d(4, 15)));
        QVERIFY(DunningRepository(debt.t.db).promise(debt.client, d(4, 28)));
        debt.runDays(d(4, 16), d(4, 26));
        debt.pay(debt.march, d(4, 27), Total);
        debt.runDays(d(4, 27), d(5, 31));
        QCOMPARE(debt.recorded(), (Steps { { u"notice"_s, d(4, 13) }, { u"restore"_s, d(4, 27) } }));
        QCOMPARE(debt.status(), u"active"_s);
    }

    void holdByTeamLead()
    {
        Debt debt;
        debt.runDays(d(4, 1), d(4, 15));
        Clock::setFixed(noonOf(d(4, 15)));
        // The repository records the database handle's actor at construction.
        const auto repo = [&debt] { return DunningRepository(debt.t.db); };
        const auto refused = repo().hold(debt.client, u"Переговоры о реструктуризации"_s); // by the account manager
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"team lead"_s));
        debt.actAs(debt.lead);
        QVERIFY(!repo().hold(debt.client, u"   "_s));
        QVERIFY(repo().hold(debt.client, u"Переговоры о реструктуризации"_s));
        const DunningQueueRow held = debt.queueRow(d(4, 30));
        QCOMPARE(held.waitingFor, u"hold"_s);
        QVERIFY(!held.nextStepOn.isValid());
        QVERIFY(debt.runDays(d(4, 16), d(5, 3)).isEmpty());

        debt.actAs(debt.manager);
        Clock::setFixed(noonOf(d(5, 4)));
        QVERIFY(!repo().release(debt.client, d(5, 4))); // lifting a hold needs a team lead too
        debt.actAs(debt.lead);
        QCOMPARE(*repo().release(debt.client, d(5, 4)), 1);
        QCOMPARE(debt.runOn(d(5, 4)), (Steps { { u"suspend"_s, d(5, 4) } }));
        QVERIFY(!repo().release(debt.client, d(5, 5))); // nothing left to lift
    }

    void guaranteeLetter()
    {
        Debt debt;
        debt.runDays(d(4, 1), d(4, 14));
        Clock::setFixed(noonOf(d(4, 14)));
        DunningRepository repo(debt.t.db);
        QVERIFY(!repo.guarantee(debt.client, u" "_s));
        auto letter = repo.guarantee(debt.client, u"https://docs.example.kz/guarantee-17.pdf"_s);
        QVERIFY2(letter, qPrintable(letter.error()));
        QVERIFY(debt.runDays(d(4, 15), d(6, 30)).isEmpty());
        const DunningQueueRow row = debt.queueRow(d(6, 30));
        QCOMPARE(row.waitingFor, u"guarantee_letter"_s);
        QVERIFY(row.waitingReason.contains(u"guarantee-17.pdf"_s));
        QCOMPARE(row.activePauses.size(), 1);
    }

    void newCaseAfterRestore()
    {
        Debt debt;
        debt.runDays(d(4, 1), d(4, 22));
        const InvoiceId april = debt.bill(d(4, 1), d(5, 1)); // due 11 May
        debt.pay(debt.march, d(4, 24), Total);
        // Closed until 20 May: the March case is restored on the 24th, the April debt starts a new one.
        const Steps steps = debt.runOn(d(5, 20));
        QCOMPARE(steps, (Steps { { u"restore"_s, d(4, 24) }, { u"notice"_s, d(5, 12) }, { u"suspend"_s, d(5, 20) } }));
        auto cases = DunningRepository(debt.t.db).cases(debt.client);
        QCOMPARE(cases->size(), 2);
        QCOMPARE(cases->constFirst().closedOn, d(4, 24));
        QCOMPARE(cases->constLast().dueOn, d(5, 11));
        QCOMPARE(debt.status(), u"suspended"_s);
        QCOMPARE(debt.suspensionEvents(),
            (QStringList { u"client_suspended"_s, u"client_restored"_s, u"client_suspended"_s }));
        debt.pay(april, d(5, 21), Total);
        QCOMPARE(debt.runOn(d(5, 21)), (Steps { { u"restore"_s, d(5, 21) } }));
        QCOMPARE(debt.status(), u"active"_s);
        Clock::setFixed(noonOf(d(5, 22)));
        QVERIFY(DunningRun(debt.t.db).queue(d(5, 22))->isEmpty());
    }

    void badDates()
    {
        Debt debt;
        debt.runDays(d(4, 1), d(4, 13));
        // A run dated before steps already taken cannot rewrite history.
        Clock::setFixed(noonOf(d(4, 13)));
        auto r = DunningRun(debt.t.db).run(d(4, 12));
        QVERIFY(r);
        QCOMPARE(r->errors.size(), 1);
        QVERIFY(!DunningRepository(debt.t.db).promise(debt.client, QDate()));
        QVERIFY(!DunningRepository(debt.t.db).promise(ClientId(999), d(5, 1)));
    }
};

QTEST_GUILESS_MAIN(TestDunningRun)
#include "tst_dunningrun.moc"
