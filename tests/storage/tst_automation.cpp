// Automation rules and the outbox on a real database (both engines): a
// trigger fires once per occurrence however often or late the run comes,
// within the catch-up window; the message is in the contact's language;
// a client without an address gets a failed message with the reason; the
// outbox claims a message once, retries with backoff, and a sent message
// lands on the client's timeline.
#include "automation/shippedrules.h"
#include "domain/clock.h"
#include "storage/automationrepository.h"
#include "storage/clientrepository.h"
#include "storage/outboxrepository.h"
#include "storage/sql.h"
#include "storage/ticketrepository.h"
#include "storage/timeline.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

constexpr qint64 kT0 = 1772445600; // 2026-03-02 10:00 UTC
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

struct Fixture
{
    test::TempDatabase t;
    UserId manager;
    ClientId client;

    Fixture()
    {
        Clock::setFixed(kT0);
        User m;
        m.name = u"Асель Касымова"_s;
        m.email = u"asel@example.kz"_s;
        m.role = Role::AccountManager;
        manager = UserRepository(t.db).add(m)->id;
        client = addClient(u"ТОО «Альфа»"_s, u"Айгүл Серікова"_s, u"aigul@alfa.kz"_s, u"kk"_s);
    }
    ~Fixture() { Clock::setFixed(0); }

    ClientId addClient(const QString &name, const QString &contact, const QString &email, const QString &language)
    {
        Client c;
        c.legalName = name;
        c.accountManagerId = manager;
        if (!contact.isEmpty()) {
            Contact k;
            k.name = contact;
            k.email = email;
            k.language = language;
            c.contacts << k;
        }
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return added->id;
    }

    TicketId ticket(ClientId forClient, qint64 at)
    {
        Ticket ticket;
        ticket.clientId = forClient;
        ticket.subject = u"Не формируется отчёт"_s;
        ticket.channel = TicketChannel::Phone;
        auto created = TicketRepository(t.db).create(ticket, at);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        return created->id;
    }

    QList<OutboxMessage> messages(const QString &rule)
    {
        QList<OutboxMessage> found;
        for (const OutboxMessage &m : OutboxRepository(t.db).list())
            if (m.ruleKey == rule)
                found << m;
        return found;
    }
};

} // namespace

class TestAutomation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedRulesSeededOnce()
    {
        Fixture f;
        AutomationRepository repo(f.t.db);
        QCOMPARE(repo.rules().size(), shippedRules().size());
        QCOMPARE(repo.rules().size(), shippedRules().size());
        QCOMPARE(repo.templates().size(), shippedTemplates().size());
        QVERIFY(repo.setEnabled(u"ticket_resolved"_s, false));
        QVERIFY(!repo.setEnabled(u"no_such_rule"_s, false));
        QVERIFY(repo.ensureBuiltins());
        const auto rules = repo.rules();
        const auto it = std::find_if(rules.cbegin(), rules.cend(), [](const AutomationRule &r) {
            return r.key == u"ticket_resolved"_s;
        });
        QVERIFY(it != rules.cend());
        QVERIFY(!it->enabled); // re-seeding never switches a rule back on
    }

    void acknowledgementOnceInTheContactsLanguage()
    {
        Fixture f;
        const TicketId id = f.ticket(f.client, kT0 - kHour);
        AutomationRepository repo(f.t.db);
        auto first = repo.run(kT0, false);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->firedByRule.value(u"ticket_acknowledgement"_s), 1);
        const auto sent = f.messages(u"ticket_acknowledgement"_s);
        QCOMPARE(sent.size(), 1);
        const OutboxMessage &m = sent.first();
        QCOMPARE(m.state, u"queued"_s);
        QCOMPARE(m.toAddress, u"aigul@alfa.kz"_s);
        QCOMPARE(m.language, u"kk"_s);
        QCOMPARE(m.subject, u"№%1 өтінішіңіз қабылданды"_s.arg(id.value));
        QVERIFY(m.body.contains(u"Сәлеметсіз бе, Айгүл Серікова!"_s));
        QVERIFY(m.body.contains(u"Асель Касымова"_s));
        QVERIFY(!m.body.contains(u'{'));

        // Repeated and later runs find the firing and act on nothing twice.
        auto again = repo.run(kT0, false);
        QVERIFY(again);
        QCOMPARE(again->fired, 0);
        QCOMPARE(repo.run(kT0 + 2 * kDay, false)->fired, 0);
        QCOMPARE(f.messages(u"ticket_acknowledgement"_s).size(), 1);
    }

    // Hours at 80 % tell the account manager once; used up, the client's
    // contact hears in their language that overage starts; each once a month.
    void hourThresholdsOncePerMonth()
    {
        Fixture f;
        Client c = *ClientRepository(f.t.db).byId(f.client);
        Tariff tariff;
        tariff.monthlyFee = Money(12000000, u"KZT"_s);
        tariff.includedMinutes = 600;
        tariff.overageRate = Money(1500000, u"KZT"_s);
        c.tariff = tariff;
        QVERIFY(ClientRepository(f.t.db).update(c));
        const TicketId id = f.ticket(f.client, kT0 - 30 * kDay);
        const auto log = [&](int minutes) {
            TimeEntry e;
            e.ticketId = id;
            e.userId = f.manager;
            e.day = QDate(2026, 3, 2);
            e.minutes = minutes;
            QVERIFY(TicketRepository(f.t.db).addTime(e));
        };
        log(470); // 78 %: nothing yet
        AutomationRepository repo(f.t.db);
        QVERIFY(repo.run(kT0, false));
        QCOMPARE(f.messages(u"hours_warning_manager"_s).size(), 0);
        log(40); // 85 %
        QVERIFY(repo.run(kT0 + kHour, false));
        const auto warned = f.messages(u"hours_warning_manager"_s);
        QCOMPARE(warned.size(), 1);
        QCOMPARE(warned.first().toAddress, u"asel@example.kz"_s);
        QCOMPARE(warned.first().language, u"ru"_s);
        QVERIFY2(warned.first().subject.contains(u"85\u00a0%"_s), qPrintable(warned.first().subject));
        QVERIFY2(warned.first().body.contains(u"март 2026 г."_s), qPrintable(warned.first().body));
        QVERIFY2(warned.first().body.contains(u"8,5 ч из 10 ч"_s), qPrintable(warned.first().body));
        QCOMPARE(f.messages(u"hours_exhausted_contact"_s).size(), 0);

        log(120); // 630 of 600: used up
        QVERIFY(repo.run(kT0 + 2 * kHour, false));
        const auto over = f.messages(u"hours_exhausted_contact"_s);
        QCOMPARE(over.size(), 1);
        QCOMPARE(over.first().toAddress, u"aigul@alfa.kz"_s);
        QCOMPARE(over.first().language, u"kk"_s);
        QCOMPARE(over.first().state, u"queued"_s);
        QVERIFY2(over.first().subject.contains(u"2026 жылғы наурыз"_s), qPrintable(over.first().subject));
        QVERIFY2(over.first().body.contains(u"000,00\u00a0₸ мөлшерлемесімен"_s), qPrintable(over.first().body));
        QVERIFY2(over.first().body.contains(u"10,5 сағат"_s), qPrintable(over.first().body));
        QCOMPARE(f.messages(u"hours_warning_manager"_s).size(), 1);

        // Later runs in the month act on nothing twice.
        auto again = repo.run(kT0 + 3 * kHour, false);
        QVERIFY(again);
        QCOMPARE(again->firedByRule.value(u"hours_warning_manager"_s), 0);
        QCOMPARE(again->firedByRule.value(u"hours_exhausted_contact"_s), 0);
    }

    void catchUpWindow()
    {
        Fixture f;
        f.ticket(f.client, kT0 - 8 * kDay); // before the window: never acknowledged this late
        const TicketId inWindow = f.ticket(f.client, kT0 - 6 * kDay);
        const TicketId future = f.ticket(f.client, kT0 + kHour);
        auto run = AutomationRepository(f.t.db).run(kT0, false);
        QVERIFY(run);
        const auto sent = f.messages(u"ticket_acknowledgement"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().refId, inWindow.value);
        // The application was closed for a day: the next run catches up.
        QVERIFY(AutomationRepository(f.t.db).run(kT0 + kDay, false));
        const auto later = f.messages(u"ticket_acknowledgement"_s);
        QCOMPARE(later.size(), 2);
        QCOMPARE(later.first().refId, future.value); // newest first
    }

    void dryRunWritesNothing()
    {
        Fixture f;
        f.ticket(f.client, kT0 - kHour);
        auto dry = AutomationRepository(f.t.db).run(kT0, true);
        QVERIFY(dry);
        QCOMPARE(dry->queued, 1);
        QCOMPARE(dry->previews.size(), 1);
        QCOMPARE(dry->previews.first().to, u"aigul@alfa.kz"_s);
        QVERIFY(OutboxRepository(f.t.db).list().isEmpty());
        QCOMPARE(sql::scalar(f.t.db.connection(), u"SELECT count(*) FROM automation_firings"_s)->toInt(), 0);
        QCOMPARE(AutomationRepository(f.t.db).run(kT0, false)->queued, 1);
    }

    void noAddressFailsWithTheReason()
    {
        Fixture f;
        const ClientId silent = f.addClient(u"ИП Бекова"_s, QString(), QString(), QString());
        f.ticket(silent, kT0 - kHour);
        auto run = AutomationRepository(f.t.db).run(kT0, false);
        QVERIFY(run);
        QCOMPARE(run->unsendable, 1);
        const auto failed = OutboxRepository(f.t.db).list(u"failed"_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().clientId, silent);
        QVERIFY(failed.first().lastError.contains(u"e-mail"_s));
        QCOMPARE(failed.first().nextAttemptAt, 0); // no retry of its own
        QVERIFY(OutboxRepository(f.t.db).claimDue(kT0 + 30 * kDay)->isEmpty());
    }

    void templateSavedOnlyWithKnownPlaceholders()
    {
        Fixture f;
        AutomationRepository repo(f.t.db);
        auto shipped = repo.templateFor(u"ticket_acknowledgement"_s, u"ru"_s);
        QVERIFY2(shipped, qPrintable(shipped.error()));
        MessageTemplate t = *shipped;
        t.body += u"\n{client.shortname}"_s;
        const Status refused = repo.saveTemplate(t);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"{client.shortname}"_s));
        t.subject = u"Принято: {ticket.subject}"_s;
        t.body = u"Здравствуйте, {contact.name}. Номер {ticket.number}."_s;
        QVERIFY(repo.saveTemplate(t));
        QCOMPARE(repo.templateFor(u"ticket_acknowledgement"_s, u"ru"_s)->subject, t.subject);
        const ClientId ru = f.addClient(u"ООО «Бета»"_s, u"Иван Петров"_s, u"ivan@beta.ru"_s, u"ru"_s);
        const TicketId id = f.ticket(ru, kT0 - kHour);
        QVERIFY(repo.run(kT0, false));
        const auto list = f.messages(u"ticket_acknowledgement"_s);
        const auto it = std::find_if(list.cbegin(), list.cend(), [&](const OutboxMessage &m) { return m.clientId == ru; });
        QVERIFY(it != list.cend());
        QCOMPARE(it->subject, u"Принято: Не формируется отчёт"_s);
        QCOMPARE(it->body, u"Здравствуйте, Иван Петров. Номер %1."_s.arg(id.value));
    }

    void outboxClaimsOnceRetriesWithBackoffAndLogsTheTimeline()
    {
        Fixture f;
        f.ticket(f.client, kT0 - kHour);
        QVERIFY(AutomationRepository(f.t.db).run(kT0, false));
        OutboxRepository outbox(f.t.db);
        auto claimed = outbox.claimDue(kT0);
        QVERIFY(claimed);
        QCOMPARE(claimed->size(), 1);
        const qint64 id = claimed->first().id;
        QVERIFY(outbox.claimDue(kT0)->isEmpty()); // a second sender takes nothing
        QVERIFY(outbox.markFailed(id, u"Connection refused"_s, kT0));
        auto failed = outbox.byId(id).value();
        QCOMPARE(failed.state, u"failed"_s);
        QCOMPARE(failed.attempts, 1);
        QCOMPARE(failed.nextAttemptAt, kT0 + OutboxRepository::kFirstRetrySecs);
        QVERIFY(outbox.claimDue(kT0 + OutboxRepository::kFirstRetrySecs - 1)->isEmpty());
        claimed = outbox.claimDue(kT0 + OutboxRepository::kFirstRetrySecs);
        QCOMPARE(claimed->size(), 1);
        QVERIFY(outbox.markFailed(id, u"Connection refused"_s, kT0 + 300));
        QCOMPARE(outbox.byId(id)->nextAttemptAt, kT0 + 300 + 2 * OutboxRepository::kFirstRetrySecs);
        claimed = outbox.claimDue(kT0 + 900);
        QCOMPARE(claimed->size(), 1);
        QVERIFY(outbox.markSent(id, u"<m1@example.kz>"_s, kT0 + 900));
        const auto sent = outbox.byId(id).value();
        QCOMPARE(sent.state, u"sent"_s);
        QCOMPARE(sent.sentAt, kT0 + 900);
        QVERIFY(outbox.claimDue(kT0 + 99 * kDay)->isEmpty());
        const auto timeline = Timeline(f.t.db).forClient(f.client, 50).value();
        const auto it = std::find_if(timeline.cbegin(), timeline.cend(),
            [&](const TimelineItem &e) { return e.refType == u"outbox"_s && e.refId == id; });
        QVERIFY(it != timeline.cend());
        QCOMPARE(it->kind, u"message"_s);
        QCOMPARE(it->title, sent.subject);
        QVERIFY(!outbox.cancel(id)); // too late
    }

    void interruptedSendIsFailedNotResent()
    {
        Fixture f;
        f.ticket(f.client, kT0 - kHour);
        QVERIFY(AutomationRepository(f.t.db).run(kT0, false));
        OutboxRepository outbox(f.t.db);
        const qint64 id = outbox.claimDue(kT0)->first().id; // then the process dies
        QVERIFY(outbox.claimDue(kT0 + OutboxRepository::kStaleSendingSecs)->isEmpty());
        QVERIFY(outbox.claimDue(kT0 + OutboxRepository::kStaleSendingSecs + 1)->isEmpty());
        const auto m = outbox.byId(id).value();
        QCOMPARE(m.state, u"failed"_s);
        QCOMPARE(m.nextAttemptAt, 0);
        QVERIFY(outbox.retry(id));
        QCOMPARE(outbox.claimDue(kT0 + kDay)->size(), 1);
    }

    void approvalBeforeSending()
    {
        Fixture f;
        const auto rules = AutomationRepository(f.t.db).rules();
        QVERIFY(sql::exec(f.t.db.connection(), u"UPDATE automation_rules SET needs_approval = 1 WHERE key = ?"_s,
            { u"ticket_acknowledgement"_s }));
        f.ticket(f.client, kT0 - kHour);
        QVERIFY(AutomationRepository(f.t.db).run(kT0, false));
        OutboxRepository outbox(f.t.db);
        QVERIFY(outbox.claimDue(kT0)->isEmpty());
        const auto queued = outbox.list(u"queued"_s);
        QCOMPARE(queued.size(), 1);
        QVERIFY(queued.first().needsApproval);
        QCOMPARE(outbox.approveAll().value(), 1);
        QCOMPARE(outbox.byId(queued.first().id)->state, u"approved"_s);
        QVERIFY(!outbox.approve(queued.first().id)); // once
        QCOMPARE(outbox.claimDue(kT0)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAutomation)
#include "tst_automation.moc"
