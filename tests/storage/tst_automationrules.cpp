// Automation rules edited and applied on a real database (both engines):
// conditions keep a rule to the records it is for (a rule limited to "high"
// fires for a high ticket, not a normal one, and writes no firing for the
// other; "without a tariff" skips a client with one); a date trigger moved by
// business days skips the weekend and the client's calendar's holidays; the
// task action creates exactly one task however often the run comes; saveRule
// refuses what the run could not follow and audits what it saves; a template
// previews on the latest matching record as the run would write it; a rule
// of the team's own is added (keyed custom_<id>, audited), fires, and is
// deleted only while it has never fired; a staff member's own language
// chooses the template's language of what goes to them.
#include "domain/clock.h"
#include "storage/auditlog.h"
#include "storage/automationrepository.h"
#include "storage/calendarrepository.h"
#include "storage/clientrepository.h"
#include "storage/outboxrepository.h"
#include "storage/regulationcalendar.h"
#include "storage/sql.h"
#include "storage/taskrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

constexpr qint64 kT0 = 1772445600; // Monday 2026-03-02 10:00 UTC
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
        client = addClient(u"ТОО «Альфа»"_s, u"Айгүл Серікова"_s, u"aigul@alfa.kz"_s, false);
    }
    ~Fixture() { Clock::setFixed(0); }

    ClientId addClient(const QString &name, const QString &contact, const QString &email, bool withTariff)
    {
        Client c;
        c.legalName = name;
        c.accountManagerId = manager;
        Contact k;
        k.name = contact;
        k.email = email;
        k.language = u"ru"_s;
        c.contacts << k;
        if (withTariff) {
            Tariff tariff;
            tariff.monthlyFee = Money(12000000, u"KZT"_s);
            tariff.includedMinutes = 600;
            tariff.overageRate = Money(1500000, u"KZT"_s);
            c.tariff = tariff;
        }
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return added->id;
    }

    TicketId ticket(ClientId forClient, qint64 at, Priority priority = Priority::Normal)
    {
        Ticket ticket;
        ticket.clientId = forClient;
        ticket.subject = u"Не формируется отчёт"_s;
        ticket.channel = TicketChannel::Phone;
        ticket.priority = priority;
        auto created = TicketRepository(t.db).create(ticket, at);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        return created->id;
    }

    AutomationRule rule(const QString &key)
    {
        auto r = AutomationRepository(t.db).rule(key);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return *r;
    }

    QList<OutboxMessage> messages(const QString &ruleKey)
    {
        QList<OutboxMessage> found;
        for (const OutboxMessage &m : OutboxRepository(t.db).list())
            if (m.ruleKey == ruleKey)
                found << m;
        return found;
    }

    int firings(const QString &ruleKey)
    {
        return sql::scalar(t.db.connection(),
            u"SELECT count(*) FROM automation_firings f JOIN automation_rules r ON r.id = f.rule_id WHERE r.key = ?"_s,
            { ruleKey })
            ->toInt();
    }
};

} // namespace

class TestAutomationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFieldsDefaultForShippedRules()
    {
        Fixture f;
        for (const AutomationRule &r : AutomationRepository(f.t.db).rules()) {
            QVERIFY2(r.conditions.isEmpty(), qPrintable(r.key));
            QVERIFY(!r.businessDays);
            QCOMPARE(r.action, u"message"_s);
            QVERIFY(r.taskOwner.isEmpty());
            QVERIFY(r.conditionsError.isEmpty());
        }
    }

    void priorityConditionFiresOnlyForHighTickets()
    {
        Fixture f;
        AutomationRepository repo(f.t.db);
        AutomationRule r = f.rule(u"ticket_acknowledgement"_s);
        r.conditions.priorities = { u"high"_s };
        QVERIFY2(repo.saveRule(r), qPrintable(repo.saveRule(r).error()));
        const TicketId high = f.ticket(f.client, kT0 - 2 * kHour, Priority::High);
        const TicketId normal = f.ticket(f.client, kT0 - kHour, Priority::Normal);
        auto run = repo.run(kT0, false);
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->firedByRule.value(u"ticket_acknowledgement"_s), 1);
        const auto sent = f.messages(u"ticket_acknowledgement"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().refId, high.value);
        QCOMPARE(f.firings(u"ticket_acknowledgement"_s), 1); // none for the normal ticket

        // No firing was written for it: once the condition goes, it fires.
        r.conditions = RuleConditions();
        QVERIFY(repo.saveRule(r));
        QVERIFY(repo.run(kT0 + kHour, false));
        const auto later = f.messages(u"ticket_acknowledgement"_s);
        QCOMPARE(later.size(), 2);
        QCOMPARE(later.first().refId, normal.value); // newest first
    }

    void tariffWithoutSkipsAClientWithATariff()
    {
        Fixture f;
        const ClientId subscribed = f.addClient(u"ООО «Бета»"_s, u"Иван Петров"_s, u"ivan@beta.kz"_s, true);
        AutomationRepository repo(f.t.db);
        AutomationRule r = f.rule(u"ticket_acknowledgement"_s);
        r.conditions.tariff = RuleConditions::Tariff::Without;
        QVERIFY(repo.saveRule(r));
        f.ticket(subscribed, kT0 - 2 * kHour);
        f.ticket(f.client, kT0 - kHour);
        QVERIFY(repo.run(kT0, false));
        const auto sent = f.messages(u"ticket_acknowledgement"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().clientId, f.client);
        QCOMPARE(f.firings(u"ticket_acknowledgement"_s), 1);

        r.conditions.tariff = RuleConditions::Tariff::With;
        QVERIFY(repo.saveRule(r));
        QVERIFY(repo.run(kT0 + kHour, false));
        QCOMPARE(f.messages(u"ticket_acknowledgement"_s).size(), 2);
        QCOMPARE(f.messages(u"ticket_acknowledgement"_s).first().clientId, subscribed);
    }

    // The invitation 3 business days before a review on Wednesday 18 March
    // 2026, with Monday 16 March a holiday on the client's calendar: Tue 17,
    // (Mon 16 off, the weekend off) Fri 13, Thu 12. Three calendar days
    // would be Sunday 15; without the holiday it would be Friday 13.
    void businessDayOffsetSkipsTheWeekendAndHolidays()
    {
        Fixture f;
        BusinessCalendar week = BusinessCalendar::kzStandard();
        week.setName(u"test-week"_s);
        week.clearDays();
        week.addHoliday(QDate(2026, 3, 16), u"Test holiday"_s);
        QVERIFY(CalendarRepository(f.t.db).save(week));
        QVERIFY(RegulationCalendar(f.t.db).setSetting(u"test-week"_s));
        QVERIFY(sql::exec(f.t.db.connection(),
            u"INSERT INTO reviews (client_id, kind, scheduled_on, status, created_at, updated_at) "
            "VALUES (?, 'quarterly', '2026-03-18', 'scheduled', ?, ?)"_s,
            { f.client.value, kT0, kT0 }));
        AutomationRepository repo(f.t.db);
        AutomationRule r = f.rule(u"review_invitation"_s);
        r.offsetDays = -3;
        r.businessDays = false;
        QVERIFY(repo.saveRule(r));
        const qint64 wed11 = kT0 + 9 * kDay;
        const qint64 thu12 = kT0 + 10 * kDay;
        QCOMPARE(repo.run(thu12, true)->firedByRule.value(u"review_invitation"_s), 0); // calendar days: on the 15th

        r.businessDays = true;
        QVERIFY(repo.saveRule(r));
        QCOMPARE(f.rule(u"review_invitation"_s).businessDays, true);
        QCOMPARE(repo.run(wed11, false)->firedByRule.value(u"review_invitation"_s), 0);
        auto run = repo.run(thu12, false);
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->firedByRule.value(u"review_invitation"_s), 1);
        const auto sent = f.messages(u"review_invitation"_s);
        QCOMPARE(sent.size(), 1);
        QVERIFY2(sent.first().subject.contains(u"18 марта 2026"_s), qPrintable(sent.first().subject));
        // Later runs (the 13th, the 15th) act on nothing twice.
        QCOMPARE(repo.run(thu12 + kDay, false)->firedByRule.value(u"review_invitation"_s), 0);
        QCOMPARE(repo.run(thu12 + 3 * kDay, false)->firedByRule.value(u"review_invitation"_s), 0);
        QCOMPARE(f.messages(u"review_invitation"_s).size(), 1);
    }

    void taskActionCreatesOneTask()
    {
        Fixture f;
        AutomationRepository repo(f.t.db);
        AutomationRule r = f.rule(u"ticket_acknowledgement"_s);
        r.action = u"task"_s;
        r.taskOwner = u"staff:account_manager"_s;
        QVERIFY(repo.saveRule(r));
        const TicketId id = f.ticket(f.client, kT0 - kHour);
        auto first = repo.run(kT0, false);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->tasks, 1);
        QCOMPARE(first->queued, 0);
        for (qint64 at : { kT0, kT0 + kHour, kT0 + 2 * kDay }) {
            auto again = repo.run(at, false);
            QVERIFY(again);
            QCOMPARE(again->tasks, 0);
        }
        TaskQuery query;
        query.ticket = id;
        const QList<Task> tasks = TaskRepository(f.t.db).list(query);
        QCOMPARE(tasks.size(), 1);
        const Task &task = tasks.first();
        QCOMPARE(task.ownerId, f.manager);
        QCOMPARE(task.clientId, f.client);
        QCOMPARE(task.source, TaskSource::Ticket);
        QCOMPARE(task.dueOn, QDate(2026, 3, 2));
        QCOMPARE(task.title, u"Обращение №%1 принято в работу"_s.arg(id.value)); // the staff language
        QVERIFY2(task.notes.contains(u"Здравствуйте, Айгүл Серікова!"_s), qPrintable(task.notes));
        QVERIFY(f.messages(u"ticket_acknowledgement"_s).isEmpty());
        QCOMPARE(f.firings(u"ticket_acknowledgement"_s), 1);
    }

    void saveRuleRefusesWhatTheRunCannotFollow()
    {
        Fixture f;
        AutomationRepository repo(f.t.db);
        const AutomationRule reminder = f.rule(u"payment_reminder"_s);
        const AutomationRule ack = f.rule(u"ticket_acknowledgement"_s);
        const auto refused = [&](AutomationRule r, const QString &named) {
            const Status s = repo.saveRule(r);
            QVERIFY2(!s, qPrintable(named));
            QVERIFY2(s.error().contains(named), qPrintable(s.error()));
        };
        AutomationRule r = reminder;
        r.offsetDays = 91;
        refused(r, u"91"_s);
        r.offsetDays = -91;
        refused(r, u"-91"_s);
        r = reminder;
        r.templateKey = u"no_such_template"_s;
        refused(r, u"no_such_template"_s);
        r = reminder;
        r.recipient = u"staff:nobody"_s;
        refused(r, u"staff:nobody"_s);
        r = reminder;
        r.recipient = u"staff:assignee"_s; // an invoice has no assignee
        refused(r, u"assignee"_s);
        r = reminder;
        r.conditions.priorities = { u"high"_s }; // nor a priority
        refused(r, u"invoice_due"_s);
        r = reminder;
        r.conditions.clientIds = { 9999 };
        refused(r, u"9999"_s);
        r = reminder;
        r.action = u"call"_s;
        refused(r, u"call"_s);
        r = reminder;
        r.action = u"task"_s; // without an owner
        refused(r, u"staff:account_manager"_s);
        r = ack;
        r.offsetDays = 2; // an event is not moved
        refused(r, u"ticket_created"_s);
        r = ack;
        r.businessDays = true;
        refused(r, u"ticket_created"_s);
        r = ack;
        r.key = u"no_such_rule"_s;
        refused(r, u"no_such_rule"_s);
        QVERIFY(f.rule(u"payment_reminder"_s).offsetDays == -3); // nothing written

        // A shipped rule keeps its trigger and name; the rest is saved and audited.
        r = reminder;
        r.trigger = u"review_date"_s;
        r.name = u"Renamed"_s;
        r.offsetDays = -5;
        r.businessDays = true;
        r.recipient = u"client"_s;
        r.needsApproval = true;
        r.conditions.tariff = RuleConditions::Tariff::With;
        r.conditions.clientIds = { f.client.value };
        QVERIFY2(repo.saveRule(r), qPrintable(repo.saveRule(r).error()));
        const AutomationRule saved = f.rule(u"payment_reminder"_s);
        QCOMPARE(saved.trigger, u"invoice_due"_s);
        QCOMPARE(saved.name, reminder.name);
        QCOMPARE(saved.offsetDays, -5);
        QVERIFY(saved.businessDays);
        QCOMPARE(saved.recipient, QString());
        QVERIFY(saved.needsApproval);
        QVERIFY(saved.conditions == r.conditions);
        const auto audit = AuditLog(f.t.db).entriesFor(u"automation_rule"_s, saved.id);
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.last().newValues.value(u"offset_days"_s).toInt(), -5);
        QCOMPARE(audit.last().oldValues.value(u"offset_days"_s).toInt(), -3);
        QVERIFY(audit.last().newValues.value(u"conditions"_s).toString().contains(u"with"_s));

        QVERIFY(repo.setEnabled(u"payment_reminder"_s, false));
        QCOMPARE(AuditLog(f.t.db).entriesFor(u"automation_rule"_s, saved.id).last().newValues.value(u"enabled"_s),
            QVariant(false));
    }

    void addedRuleFiresAndOnlyAnUnusedOneIsDeleted()
    {
        Fixture f;
        AutomationRepository repo(f.t.db);
        const int shipped = int(repo.rules().size());
        AutomationRule r;
        r.name = u"Срочные — менеджеру"_s;
        r.trigger = u"ticket_created"_s;
        r.recipient = u"staff:account_manager"_s;
        r.templateKey = f.rule(u"ticket_acknowledgement"_s).templateKey;
        r.conditions.priorities = { u"urgent"_s };

        // Refused with the reason, nothing written.
        AutomationRule unnamed = r;
        unnamed.name = u"  "_s;
        QCOMPARE(repo.addRule(unnamed).error(), u"A rule needs a name."_s);
        AutomationRule unknown = r;
        unknown.trigger = u"moon_phase"_s;
        QVERIFY(repo.addRule(unknown).error().contains(u"moon_phase"_s));
        AutomationRule keyed = r;
        keyed.key = u"mine"_s;
        QVERIFY(!repo.addRule(keyed));
        QCOMPARE(int(repo.rules().size()), shipped);

        auto added = repo.addRule(r);
        QVERIFY2(added, qPrintable(added.error()));
        const AutomationRule stored = f.rule(*added);
        QCOMPARE(stored.key, u"custom_%1"_s.arg(stored.id));
        QVERIFY(!stored.builtin);
        QCOMPARE(stored.name, r.name);
        QCOMPARE(stored.trigger, u"ticket_created"_s);
        QCOMPARE(stored.conditions.priorities, QStringList { u"urgent"_s });
        const auto created = AuditLog(f.t.db).entriesFor(u"automation_rule"_s, stored.id);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().action, u"create"_s);
        QCOMPARE(created.first().newValues.value(u"key"_s).toString(), stored.key);

        // A second one gets its own key; unused, it is deleted (and audited).
        auto spare = repo.addRule(r);
        QVERIFY(spare);
        QVERIFY(*spare != *added);
        const qint64 spareId = f.rule(*spare).id;
        QVERIFY2(repo.deleteRule(*spare), qPrintable(repo.deleteRule(*spare).error()));
        QVERIFY(!repo.rule(*spare));
        QCOMPARE(AuditLog(f.t.db).entriesFor(u"automation_rule"_s, spareId).last().action, u"delete"_s);

        // It fires for an urgent ticket only, to the account manager.
        f.ticket(f.client, kT0 - 2 * kHour, Priority::Normal);
        f.ticket(f.client, kT0 - kHour, Priority::Urgent);
        auto run = repo.run(kT0, false);
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->firedByRule.value(*added), 1);
        const auto queued = f.messages(*added);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().toAddress, u"asel@example.kz"_s);
        QCOMPARE(queued.first().language, u"ru"_s); // the team's default staff language
        QVERIFY(repo.run(kT0 + kHour, false)); // idempotent
        QCOMPARE(f.messages(*added).size(), 1);

        // A staff member with a language of their own reads it in theirs.
        User manager = *UserRepository(f.t.db).byId(f.manager);
        manager.language = u"kk"_s;
        QVERIFY(UserRepository(f.t.db).update(manager));
        QCOMPARE(UserRepository(f.t.db).byId(f.manager)->language, u"kk"_s);
        manager.language = u"de"_s;
        QVERIFY(!UserRepository(f.t.db).update(manager));
        f.ticket(f.client, kT0 + kHour, Priority::Urgent);
        QVERIFY(repo.run(kT0 + 2 * kHour, false));
        const auto both = f.messages(*added);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.first().language, u"kk"_s); // newest first
        QVERIFY2(both.first().subject != both.last().subject, qPrintable(both.first().subject));

        // Once it has fired it stays (switched off, not deleted); a shipped one too.
        const Status used = repo.deleteRule(*added);
        QVERIFY(!used);
        QVERIFY2(used.error().contains(u"switch it off"_s), qPrintable(used.error()));
        QVERIFY(repo.rule(*added));
        QVERIFY(!repo.deleteRule(u"ticket_acknowledgement"_s));
        QVERIFY(repo.rule(u"ticket_acknowledgement"_s));
        QCOMPARE(int(repo.rules().size()), shipped + 1);
    }

    void unreadableConditionsKeepTheRuleSilent()
    {
        Fixture f;
        QVERIFY(!AutomationRepository(f.t.db).rules().isEmpty());
        QVERIFY(sql::exec(f.t.db.connection(),
            u"UPDATE automation_rules SET conditions = '{\"colour\": 1}' WHERE key = 'ticket_acknowledgement'"_s));
        const AutomationRule r = f.rule(u"ticket_acknowledgement"_s);
        QVERIFY(r.conditionsError.contains(u"colour"_s));
        f.ticket(f.client, kT0 - kHour);
        QVERIFY(AutomationRepository(f.t.db).run(kT0, false));
        QVERIFY(f.messages(u"ticket_acknowledgement"_s).isEmpty());
    }

    void previewRendersTheLatestMatchingRecord()
    {
        Fixture f;
        AutomationRepository repo(f.t.db);
        const MessageTemplate draft { u"ticket_acknowledgement"_s, u"ru"_s, u"Для {client.short_name}"_s,
            u"Здравствуйте, {contact.name}! №{ticket.number}"_s };
        const auto none = repo.preview(draft);
        QVERIFY(!none); // no ticket yet
        const ClientId beta = f.addClient(u"ООО «Бета»"_s, u"Иван Петров"_s, u"ivan@beta.kz"_s, false);
        const TicketId betaTicket = f.ticket(beta, kT0 - 2 * kHour, Priority::High);
        const TicketId alfaTicket = f.ticket(f.client, kT0 - kHour);
        auto p = repo.preview(draft);
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->clientName, u"ТОО «Альфа»"_s);
        QCOMPARE(p->subject, u"Для ТОО «Альфа»"_s);
        QCOMPARE(p->body, u"Здравствуйте, Айгүл Серікова! №%1"_s.arg(alfaTicket.value));
        QCOMPARE(p->to, u"aigul@alfa.kz"_s);
        QVERIFY(p->record.contains(QString::number(alfaTicket.value)));

        // A rule limited to high tickets previews on the latest high one.
        AutomationRule r = f.rule(u"ticket_acknowledgement"_s);
        r.conditions.priorities = { u"high"_s };
        QVERIFY(repo.saveRule(r));
        p = repo.preview(draft);
        QVERIFY(p);
        QCOMPARE(p->clientName, u"ООО «Бета»"_s);
        QCOMPARE(p->body, u"Здравствуйте, Иван Петров! №%1"_s.arg(betaTicket.value));

        // A placeholder the record has no value for is the run's reason.
        const MessageTemplate holey { u"ticket_acknowledgement"_s, u"en"_s, u"Invoice {invoice.number}"_s, u"Hi"_s };
        p = repo.preview(holey);
        QVERIFY(p);
        QVERIFY2(p->error.contains(u"{invoice.number}"_s), qPrintable(p->error));
        QVERIFY(repo.templateFor(u"ticket_acknowledgement"_s, u"ru"_s)->subject != draft.subject); // nothing saved
    }
};

QTEST_GUILESS_MAIN(TestAutomationRules)
#include "tst_automationrules.moc"
