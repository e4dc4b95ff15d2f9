// Handoffs in a real database: the whole lifecycle, one open handoff per
// client, who may acknowledge and score, the team lead's override, the
// timeline and audit rows, and the client becoming active.
#include "testsupport.h"

#include "domain/clock.h"
#include "storage/auditlog.h"
#include "storage/clientrepository.h"
#include "storage/handoffrepository.h"
#include "storage/sql.h"
#include "storage/timeline.h"
#include "storage/userrepository.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

constexpr qint64 kNow = 1'717'200'000; // 2024-06-01
constexpr qint64 kDay = 86400;

// Staff of every role and one complete client card with two special conditions.
struct Fixture
{
    test::TempDatabase t;
    User sales, manager, otherManager, qc, lead;
    Client client;

    Fixture()
    {
        sales = addUser(u"Данияр Сейтказиев"_s, u"sales@example.kz"_s, Role::Sales);
        manager = addUser(u"Айгерим Нурпеисова"_s, u"am@example.kz"_s, Role::AccountManager);
        otherManager = addUser(u"Ольга Волкова"_s, u"am2@example.kz"_s, Role::AccountManager);
        qc = addUser(u"Марат Жумабаев"_s, u"qc@example.kz"_s, Role::QualityControl);
        lead = addUser(u"Тимур Ахметов"_s, u"lead@example.kz"_s, Role::TeamLead);
        client = addClient(u"ТОО «Степь Логистик»"_s, u"T-1"_s, 2);
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

    Client addClient(const QString &name, const QString &taxId, int conditions)
    {
        Client c;
        c.legalName = name;
        c.shortName = name.section(u' ', -1);
        c.taxCountry = TaxCountry::Other;
        c.taxId = taxId;
        c.contractNumber = u"D-2024/17"_s;
        c.contractStart = QDate(2024, 6, 1);
        c.accountManagerId = manager.id;
        c.salesOwnerId = sales.id;
        c.tariff = Tariff {Money(25000000, u"KZT"_s), 600, Money(1500000, u"KZT"_s), 1200, 10, 0};
        Contact contact;
        contact.name = u"Ержан Абенов"_s;
        contact.email = u"erzhan@step.kz"_s;
        c.contacts << contact;
        for (int i = 0; i < conditions; ++i)
            c.conditions << SpecialCondition {0, u"Condition %1"_s.arg(i + 1), u"Sales"_s, QDate(2024, 5, 20)};
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return *added;
    }

    HandoffRepository as(const User &user) const
    {
        Database db = t.db;
        db.setActor(user);
        return HandoffRepository(db);
    }

    int count(const QString &statement, const QVariantList &values = {}) const
    {
        return sql::scalar(t.db.connection(), statement, values)->toInt();
    }
};

} // namespace

class TestHandoffRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Clock::setFixed(kNow); }
    void cleanup() { Clock::setFixed(0); }

    void fullLifecycleToCompletionWithQualityScore()
    {
        Fixture f;
        auto created = f.as(f.sales).create(f.client.id, UserId(), UserId(), kNow - 3 * kDay);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const HandoffId id = created->id;
        // The salesperson and the account manager come from the card.
        QCOMPARE(created->salesOwnerId, f.sales.id);
        QCOMPARE(created->accountManagerId, f.manager.id);
        QCOMPARE(created->salesOwnerName, f.sales.name);
        QCOMPARE(created->wonAt, kNow - 3 * kDay);
        QVERIFY(created->cardMissing.isEmpty());
        QCOMPARE(created->conditions.size(), 2);
        // Card and (no) questions are done; meeting, conditions and satisfaction are not.
        QCOMPARE(handoffProgress(*created), 2);

        QVERIFY(f.as(f.manager).setMeeting(id, kNow - 2 * kDay, MeetingMode::Offline, u" CEO, CFO, AM "_s).ok());
        auto question = f.as(f.manager).addQuestion(id, u"Who signs the acts?"_s);
        QVERIFY(question.ok());
        QCOMPARE(handoffProgress(*HandoffRepository(f.t.db).byId(id)), 2); // the new question is open
        QVERIFY(f.as(f.sales).answerQuestion(id, *question, u"The CFO, monthly"_s).ok());
        for (const HandoffCondition &c : created->conditions)
            QVERIFY(f.as(f.manager).acknowledgeCondition(id, c.conditionId).ok());
        QVERIFY(f.as(f.manager).setSatisfaction(id, 5, u"Felt looked after"_s).ok());

        const QList<int> scores {2, 2, 1, 2, 2};
        const QList<HandoffItem> items = allHandoffItems();
        for (int i = 0; i < items.size(); ++i)
            QVERIFY(f.as(f.qc).score(id, items.at(i), scores.at(i), u"comment %1"_s.arg(i)).ok());

        auto h = HandoffRepository(f.t.db).byId(id);
        QVERIFY(h);
        QCOMPARE(h->meetingAttendees, u"CEO, CFO, AM"_s);
        QCOMPARE(h->meetingMode, std::optional<MeetingMode>(MeetingMode::Offline));
        QCOMPARE(h->questions.size(), 1);
        QCOMPARE(h->questions.first().answer, u"The CFO, monthly"_s);
        QCOMPARE(h->conditions.first().acknowledgedBy, f.manager.id);
        QCOMPARE(h->conditions.first().acknowledgedByName, f.manager.name);
        QCOMPARE(h->satisfaction, 5);
        QCOMPARE(handoffProgress(*h), 5);
        QCOMPARE(h->scores.size(), 5);
        QCOMPARE(h->scoreFor(HandoffItem::Conditions)->score, 1);
        QCOMPARE(h->scoreFor(HandoffItem::Conditions)->scoredByName, f.qc.name);
        QCOMPARE(handoffQuality(h->scores).percent.value_or(-1), 90);

        // All items done: the account manager completes, no override.
        Clock::setFixed(kNow + 3600);
        QVERIFY(f.as(f.manager).complete(id, QString()).ok());
        h = HandoffRepository(f.t.db).byId(id);
        QCOMPARE(h->completedAt, kNow + 3600);
        QCOMPARE(handoffDuration(*h).value_or(-1), 3 * kDay + 3600);
        QVERIFY(!h->overrideBy.isValid());
        QVERIFY(h->overrideReason.isEmpty());
        QCOMPARE(ClientRepository(f.t.db).byId(f.client.id)->status, ClientStatus::Active);

        // Each step is on the client's timeline and in the audit log.
        // create, meeting, question, answer, 2 acks, satisfaction, 5 scores, complete
        QCOMPARE(f.count(u"SELECT count(*) FROM timeline_events WHERE client_id = ? AND kind = 'handoff' "
                         "AND ref_type = 'handoff' AND ref_id = ?"_s,
                         {f.client.id.value, id.value}),
                 13);
        QCOMPARE(f.count(u"SELECT count(*) FROM timeline_events WHERE client_id = ? AND kind = 'status_change' "
                         "AND ref_type = 'handoff'"_s,
                         {f.client.id.value}),
                 1);
        QCOMPARE(
            f.count(u"SELECT count(*) FROM timeline_events WHERE kind = 'handoff' AND user_id = ?"_s, {f.qc.id.value}),
            5);
        const auto audit = AuditLog(f.t.db).entriesFor(u"handoff"_s, id.value);
        QVERIFY(audit.size() >= 4); // create, meeting, satisfaction, complete
        QCOMPARE(
            f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'handoff_score' AND entity_id = ?"_s, {id.value}),
            5);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'handoff_condition_ack' AND user_id = ?"_s,
                         {f.manager.id.value}),
                 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'client' AND entity_id = ? "
                         "AND new_values LIKE '%active%'"_s,
                         {f.client.id.value}),
                 1);

        // Completed: no more changes, but quality control may still re-score.
        QVERIFY(!f.as(f.manager).setSatisfaction(id, 4, {}).ok());
        QVERIFY(!f.as(f.manager).addQuestion(id, u"Late question"_s).ok());
        QVERIFY(!f.as(f.lead).complete(id, u"again"_s).ok());
        QVERIFY(f.as(f.qc).score(id, HandoffItem::Conditions, 2, u"checked again"_s).ok());
        QCOMPARE(handoffQuality(HandoffRepository(f.t.db).byId(id)->scores).percent.value_or(-1), 100);
        QCOMPARE(f.count(u"SELECT count(*) FROM handoff_scores WHERE handoff_id = ?"_s, {id.value}), 5);
    }

    void secondOpenHandoffIsRefused()
    {
        Fixture f;
        auto first = f.as(f.sales).create(f.client.id, f.sales.id, f.manager.id, 0);
        QVERIFY(first.ok());
        QCOMPARE(first->wonAt, kNow);
        auto second = f.as(f.sales).create(f.client.id, f.sales.id, f.otherManager.id, 0);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(QString::number(first->id.value)), qPrintable(second.error()));
        QCOMPARE(f.count(u"SELECT count(*) FROM handoffs"_s), 1);
        QCOMPARE(HandoffRepository(f.t.db).openForClient(f.client.id)->id, first->id);

        // Once the first is completed (by override) a new one may start.
        QVERIFY(f.as(f.lead).complete(first->id, u"Client re-signed on new terms"_s).ok());
        QVERIFY(!HandoffRepository(f.t.db).openForClient(f.client.id));
        QVERIFY(f.as(f.sales).create(f.client.id, f.sales.id, f.otherManager.id, 0).ok());
        QCOMPARE(HandoffRepository(f.t.db).forClient(f.client.id).size(), 2);
    }

    void createValidation_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("unknown client") << u"client"_s;
        QTest::newRow("archived client") << u"archived"_s;
        QTest::newRow("won in the future") << u"future"_s;
        QTest::newRow("no account manager") << u"manager"_s;
        QTest::newRow("unknown salesperson") << u"sales"_s;
    }

    void createValidation()
    {
        QFETCH(QString, variant);
        Fixture f;
        ClientId client = f.client.id;
        UserId sales;
        UserId manager;
        qint64 wonAt = 0;
        if (variant == u"client"_s) {
            client = ClientId(999);
        } else if (variant == u"archived"_s) {
            QVERIFY(ClientRepository(f.t.db).archive(client).ok());
        } else if (variant == u"future"_s) {
            wonAt = kNow + kDay;
        } else if (variant == u"manager"_s) {
            Client c = f.client;
            c.accountManagerId = UserId();
            QVERIFY(ClientRepository(f.t.db).update(c).ok());
        } else if (variant == u"sales"_s) {
            sales = UserId(999);
        }
        auto created = f.as(f.sales).create(client, sales, manager, wonAt);
        QVERIFY(!created.ok());
        QVERIFY(!created.error().isEmpty());
        QCOMPARE(f.count(u"SELECT count(*) FROM handoffs"_s), 0);
    }

    void acknowledgePermissions_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("the account manager") << u"manager"_s << true;
        QTest::newRow("a team lead") << u"lead"_s << true;
        QTest::newRow("another account manager") << u"otherManager"_s << false;
        QTest::newRow("the salesperson") << u"sales"_s << false;
        QTest::newRow("quality control") << u"qc"_s << false;
        QTest::newRow("nobody chosen") << u"none"_s << false;
    }

    void acknowledgePermissions()
    {
        QFETCH(QString, who);
        QFETCH(bool, allowed);
        Fixture f;
        const User actor = who == u"manager"_s        ? f.manager
                           : who == u"lead"_s         ? f.lead
                           : who == u"otherManager"_s ? f.otherManager
                           : who == u"sales"_s        ? f.sales
                           : who == u"qc"_s           ? f.qc
                                                      : User();
        auto h = f.as(f.sales).create(f.client.id, {}, {}, 0);
        QVERIFY(h.ok());
        const qint64 condition = h->conditions.first().conditionId;
        const Status s = f.as(actor).acknowledgeCondition(h->id, condition);
        QCOMPARE(s.ok(), allowed);
        QCOMPARE(f.count(u"SELECT count(*) FROM handoff_condition_acks"_s), allowed ? 1 : 0);
        if (allowed) {
            QCOMPARE(HandoffRepository(f.t.db).byId(h->id)->conditions.first().acknowledgedBy, actor.id);
            // Twice is refused, and so is a condition of another client.
            QVERIFY(!f.as(actor).acknowledgeCondition(h->id, condition).ok());
            const Client other = f.addClient(u"АО «Другой»"_s, u"T-2"_s, 1);
            QVERIFY(!f.as(actor).acknowledgeCondition(h->id, other.conditions.first().id).ok());
            QCOMPARE(f.count(u"SELECT count(*) FROM handoff_condition_acks"_s), 1);
        }
    }

    void archivedConditionsDoNotCount()
    {
        Fixture f;
        auto h = f.as(f.sales).create(f.client.id, {}, {}, 0);
        QVERIFY(h.ok());
        QVERIFY(f.as(f.manager).acknowledgeCondition(h->id, h->conditions.at(0).conditionId).ok());
        QVERIFY(!handoffItemState(*HandoffRepository(f.t.db).byId(h->id), HandoffItem::Conditions).done);
        // The second condition leaves the card: the item is done.
        Client c = *ClientRepository(f.t.db).byId(f.client.id);
        const qint64 archived = c.conditions.at(1).id;
        c.conditions.removeAt(1);
        QVERIFY(ClientRepository(f.t.db).update(c).ok());
        const auto after = HandoffRepository(f.t.db).byId(h->id);
        QCOMPARE(after->conditions.size(), 1);
        QVERIFY(handoffItemState(*after, HandoffItem::Conditions).done);
        QVERIFY(!f.as(f.manager).acknowledgeCondition(h->id, archived).ok());
    }

    void scorePermissionsAndValues_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("score");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("quality control 2") << u"qc"_s << 2 << true;
        QTest::newRow("quality control 0") << u"qc"_s << 0 << true;
        QTest::newRow("team lead 1") << u"lead"_s << 1 << true;
        QTest::newRow("quality control 3") << u"qc"_s << 3 << false;
        QTest::newRow("quality control -1") << u"qc"_s << -1 << false;
        QTest::newRow("account manager") << u"manager"_s << 2 << false;
        QTest::newRow("salesperson") << u"sales"_s << 2 << false;
    }

    void scorePermissionsAndValues()
    {
        QFETCH(QString, who);
        QFETCH(int, score);
        QFETCH(bool, allowed);
        Fixture f;
        const User actor = who == u"qc"_s        ? f.qc
                           : who == u"lead"_s    ? f.lead
                           : who == u"manager"_s ? f.manager
                                                 : f.sales;
        auto h = f.as(f.sales).create(f.client.id, {}, {}, 0);
        QVERIFY(h.ok());
        QCOMPARE(f.as(actor).score(h->id, HandoffItem::Meeting, score, u"seen live"_s).ok(), allowed);
        QCOMPARE(f.count(u"SELECT count(*) FROM handoff_scores"_s), allowed ? 1 : 0);
    }

    void overrideNeedsTeamLeadAndReason()
    {
        Fixture f;
        auto h = f.as(f.sales).create(f.client.id, {}, {}, kNow - kDay);
        QVERIFY(h.ok());
        const Status byManager = f.as(f.manager).complete(h->id, u"in a hurry"_s);
        QVERIFY(!byManager.ok());
        QVERIFY2(byManager.error().contains(handoffItemTitle(HandoffItem::Meeting)), qPrintable(byManager.error()));
        QVERIFY(!f.as(f.lead).complete(h->id, u"  "_s).ok());
        QVERIFY(!HandoffRepository(f.t.db).byId(h->id)->isCompleted());

        QVERIFY(f.as(f.lead).complete(h->id, u"Client asked to start at once"_s).ok());
        const auto done = HandoffRepository(f.t.db).byId(h->id);
        QVERIFY(done->isCompleted());
        QCOMPARE(done->overrideBy, f.lead.id);
        QCOMPARE(done->overrideByName, f.lead.name);
        QCOMPARE(done->overrideReason, u"Client asked to start at once"_s);
        QCOMPARE(handoffDuration(*done).value_or(-1), kDay);
        QCOMPARE(ClientRepository(f.t.db).byId(f.client.id)->status, ClientStatus::Active);
        auto timeline = Timeline(f.t.db).forClient(f.client.id, 10);
        QVERIFY(timeline.ok());
        bool overrideLogged = false;
        for (const TimelineItem &item : *timeline)
            overrideLogged |= item.kind == u"handoff"_s && item.body.contains(u"Client asked to start at once"_s);
        QVERIFY(overrideLogged);
    }

    void activeClientStaysActive()
    {
        Fixture f;
        Client c = f.client;
        c.status = ClientStatus::Suspended;
        QVERIFY(ClientRepository(f.t.db).update(c).ok());
        auto h = f.as(f.sales).create(f.client.id, {}, {}, 0);
        QVERIFY(h.ok());
        QVERIFY(f.as(f.lead).complete(h->id, u"re-handoff"_s).ok());
        // Only an onboarding client becomes active; a suspended one stays suspended.
        QCOMPARE(ClientRepository(f.t.db).byId(f.client.id)->status, ClientStatus::Suspended);
    }

    void questionsAndMeetingValidation()
    {
        Fixture f;
        auto h = f.as(f.sales).create(f.client.id, {}, {}, 0);
        QVERIFY(h.ok());
        QVERIFY(!f.as(f.manager).addQuestion(h->id, u"   "_s).ok());
        QVERIFY(!f.as(f.manager).addQuestion(HandoffId(999), u"Question"_s).ok());
        auto q = f.as(f.manager).addQuestion(h->id, u"Question"_s);
        QVERIFY(q.ok());
        QVERIFY(!f.as(f.sales).answerQuestion(h->id, *q, u" "_s).ok());
        QVERIFY(!f.as(f.sales).answerQuestion(h->id, *q + 100, u"Answer"_s).ok());
        QVERIFY(!f.as(f.manager).setMeeting(h->id, kNow, MeetingMode::Online, u""_s).ok());
        QVERIFY(!f.as(f.manager).setMeeting(h->id, 0, MeetingMode::Online, u"CEO"_s).ok());
        QVERIFY(!f.as(f.manager).setSatisfaction(h->id, 6, {}).ok());
        QVERIFY(!f.as(f.manager).setSatisfaction(h->id, 0, {}).ok());
        const auto after = HandoffRepository(f.t.db).byId(h->id);
        QCOMPARE(after->meetingAt, 0);
        QCOMPARE(after->satisfaction, 0);
        QVERIFY(!after->questions.first().isAnswered());
    }

    void listFiltersAndPages()
    {
        Fixture f;
        const Client second = f.addClient(u"ИП Бекова"_s, u"T-3"_s, 0);
        const Client third = f.addClient(u"ООО «Каспий»"_s, u"T-4"_s, 0);
        auto a = f.as(f.sales).create(f.client.id, f.sales.id, f.manager.id, kNow - 5 * kDay);
        auto b = f.as(f.sales).create(second.id, f.lead.id, f.otherManager.id, kNow - 2 * kDay);
        auto c = f.as(f.sales).create(third.id, f.sales.id, f.otherManager.id, kNow - 9 * kDay);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(f.as(f.lead).complete(c->id, u"test"_s).ok());
        HandoffRepository repo(f.t.db);

        QList<HandoffListRow> rows = repo.openList({});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, a->id); // oldest won first
        QCOMPARE(rows.at(0).clientName, f.client.displayName());
        QCOMPARE(rows.at(0).progress, 2);
        QVERIFY(!rows.at(0).qualityPercent);

        HandoffQuery bySales;
        bySales.salesOwner = f.sales.id;
        QCOMPARE(repo.openList(bySales).size(), 1);
        HandoffQuery byManager;
        byManager.accountManager = f.otherManager.id;
        QCOMPARE(repo.openList(byManager).size(), 1);
        QCOMPARE(repo.openList(byManager).first().id, b->id);
        byManager.includeCompleted = true;
        QCOMPARE(repo.openList(byManager).size(), 2);
        QCOMPARE(repo.openList(byManager).first().id, c->id);
        QVERIFY(repo.openList(byManager).first().completedAt > 0);

        // Keyset pages of one.
        HandoffQuery page;
        page.includeCompleted = true;
        page.limit = 1;
        QList<HandoffId> seen;
        for (int i = 0; i < 5; ++i) {
            const QList<HandoffListRow> one = repo.openList(page);
            if (one.isEmpty())
                break;
            QCOMPARE(one.size(), 1);
            seen << one.first().id;
            page.afterWonAt = one.first().wonAt;
            page.afterId = one.first().id.value;
        }
        QCOMPARE(seen, (QList<HandoffId> {c->id, a->id, b->id}));

        QVERIFY(f.as(f.qc).score(a->id, HandoffItem::Card, 1, {}).ok());
        QCOMPARE(repo.openList({}).first().qualityPercent.value_or(-1), 50);
    }

    void cardItemFollowsCompleteness()
    {
        Fixture f;
        Client c = f.client;
        c.contractNumber.clear();
        c.contacts.clear();
        QVERIFY(ClientRepository(f.t.db).update(c).ok());
        auto h = f.as(f.sales).create(f.client.id, {}, {}, 0);
        QVERIFY(h.ok());
        QCOMPARE(h->cardMissing.size(), 2);
        QVERIFY(!handoffItemState(*h, HandoffItem::Card).done);
    }
};

QTEST_GUILESS_MAIN(TestHandoffRepository)
#include "tst_handoffrepository.moc"
