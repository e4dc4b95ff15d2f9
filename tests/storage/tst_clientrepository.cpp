// Client cards in the database: validation, add/update/archive with audit
// and timeline, lists (keyset pages, search, filters) and the timeline API.
#include "storage/auditlog.h"
#include "storage/clientrepository.h"
#include "storage/timeline.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "domain/completeness.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

User addUser(const Database &db, const QString &name, const QString &email, Role role)
{
    User u;
    u.name = name;
    u.email = email;
    u.role = role;
    auto added = UserRepository(db).add(u);
    if (!added)
        qFatal("cannot add user: %s", qPrintable(added.error()));
    return *added;
}

Client card(const QString &name, const QString &taxId = {})
{
    Client c;
    c.legalName = name;
    c.taxId = taxId;
    return c;
}

Contact contact(const QString &name, const QString &email)
{
    Contact c;
    c.name = name;
    c.email = email;
    return c;
}

QStringList names(const QList<ClientListRow> &rows)
{
    QStringList out;
    for (const ClientListRow &r : rows)
        out << r.legalName;
    return out;
}

} // namespace

class TestClientRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Clock::setFixed(1790000000); }
    void cleanup() { Clock::setFixed(0); }

    void addStoresTheWholeCard()
    {
        test::TempDatabase t;
        const User manager = addUser(t.db, u"Асель Касымова"_s, u"asel@rapport.test"_s, Role::AccountManager);
        t.db.setActor(manager);
        Client c = card(u"  ТОО «Алтын   Дала» "_s, u"1508 4000 1234"_s);
        c.shortName = u"Алтын Дала"_s;
        c.address = u"Алматы, пр. Абая 10"_s;
        c.accountManagerId = manager.id;
        c.contractNumber = u"Д-14"_s;
        c.contractSignedOn = QDate(2025, 12, 20);
        c.contractStart = QDate(2026, 1, 1);
        c.contractEnd = QDate(2026, 12, 31);
        Tariff tariff;
        tariff.monthlyFee = Money(25000000, u"KZT"_s);
        tariff.includedMinutes = 40 * 60;
        tariff.overageRate = Money(1500000, QString());
        tariff.vatRateBp = 1600;
        tariff.paymentTermsDays = 15;
        tariff.rolloverMonths = 2;
        c.tariff = tariff;
        c.contacts = {contact(u"Ерлан Абенов"_s, u"Erlan@Example.KZ"_s)};
        c.contacts[0].preferredChannel = ContactChannel::Messenger;
        c.contacts[0].language = u"kk"_s;
        c.conditions = {{0, u"Выезд в офис дважды в месяц без доплаты"_s, u"Тимур Ахметов"_s, QDate(2025, 12, 18)}};
        c.documents = {{0, u"Договор"_s, u"https://docs.example.kz/alt/contract.pdf"_s}};

        ClientRepository repo(t.db);
        auto added = repo.add(c);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->id.isValid());
        QVERIFY(added->contacts.at(0).id.isValid());

        const auto loaded = repo.byId(added->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->legalName, u"ТОО «Алтын Дала»"_s);
        QCOMPARE(loaded->taxId, u"150840001234"_s);
        QCOMPARE(loaded->status, ClientStatus::Onboarding);
        QCOMPARE(loaded->contractSignedOn, QDate(2025, 12, 20));
        QCOMPARE(loaded->contractEnd, QDate(2026, 12, 31));
        QVERIFY(loaded->tariff);
        QCOMPARE(loaded->tariff->monthlyFee, Money(25000000, u"KZT"_s));
        QCOMPARE(loaded->tariff->overageRate, Money(1500000, u"KZT"_s));
        QCOMPARE(loaded->tariff->includedMinutes, 2400);
        QCOMPARE(loaded->tariff->vatRateBp, 1600);
        QCOMPARE(loaded->tariff->paymentTermsDays, 15);
        QCOMPARE(loaded->tariff->rolloverMonths, 2);
        QCOMPARE(loaded->contacts.size(), 1);
        QCOMPARE(loaded->contacts.at(0).email, u"erlan@example.kz"_s);
        QCOMPARE(loaded->contacts.at(0).preferredChannel, ContactChannel::Messenger);
        QCOMPARE(loaded->contacts.at(0).language, u"kk"_s);
        QCOMPARE(loaded->conditions.size(), 1);
        QCOMPARE(loaded->conditions.at(0).agreedOn, QDate(2025, 12, 18));
        QCOMPARE(loaded->documents.size(), 1);
        QVERIFY(!loaded->archived);

        const auto audit = AuditLog(t.db).entriesFor(u"client"_s, added->id.value);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).action, u"create"_s);
        QCOMPARE(audit.at(0).userEmail, u"asel@rapport.test"_s);
        QCOMPARE(audit.at(0).newValues.value(u"tax_id"_s).toString(), u"150840001234"_s);
        QCOMPARE(AuditLog(t.db).entriesFor(u"contact"_s, added->contacts.at(0).id.value).size(), 1);

        auto timeline = Timeline(t.db).forClient(added->id, 10);
        QVERIFY(timeline.ok());
        QCOMPARE(timeline->size(), 1);
        QCOMPARE(timeline->at(0).kind, u"status_change"_s);
        QCOMPARE(timeline->at(0).userName, manager.name);
    }

    void invalidCardsAreRefused_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no legal name") << 0 << u"legal name"_s;
        QTest::newRow("bad BIN") << 1 << u"check digit"_s;
        QTest::newRow("bad INN") << 2 << u"INN"_s;
        QTest::newRow("end before start") << 3 << u"before it starts"_s;
        QTest::newRow("negative fee") << 4 << u"negative"_s;
        QTest::newRow("VAT over 100") << 5 << u"VAT"_s;
        QTest::newRow("contact without name") << 6 << u"contact needs a name"_s;
        QTest::newRow("bad email") << 7 << u"not an email"_s;
        QTest::newRow("bad language") << 8 << u"language"_s;
        QTest::newRow("unknown manager") << 9 << u"No staff member"_s;
        QTest::newRow("mixed currencies") << 10 << u"currency"_s;
        QTest::newRow("empty condition") << 11 << u"condition"_s;
        QTest::newRow("document without location") << 12 << u"document"_s;
    }

    void invalidCardsAreRefused()
    {
        QFETCH(int, what);
        QFETCH(QString, expected);
        test::TempDatabase t;
        Client c = card(u"ООО «Северный Ветер»"_s);
        Tariff tariff;
        tariff.monthlyFee = Money(100, u"RUB"_s);
        switch (what) {
        case 0: c.legalName = u"   "_s; break;
        case 1: c.taxId = u"150840001235"_s; break;
        case 2: c.taxCountry = TaxCountry::RU; c.taxId = u"7707083894"_s; break;
        case 3: c.contractStart = QDate(2026, 2, 1); c.contractEnd = QDate(2026, 1, 31); break;
        case 4: tariff.monthlyFee = Money(-1, u"RUB"_s); c.tariff = tariff; break;
        case 5: tariff.vatRateBp = 10001; c.tariff = tariff; break;
        case 6: c.contacts = {contact(u" "_s, u"a@b.kz"_s)}; break;
        case 7: c.contacts = {contact(u"Анна"_s, u"anna@"_s)}; break;
        case 8: c.language = u"de"_s; break;
        case 9: c.accountManagerId = UserId(42); break;
        case 10: tariff.overageRate = Money(5, u"KZT"_s); c.tariff = tariff; break;
        case 11: c.conditions = {{0, u" "_s, {}, {}}}; break;
        case 12: c.documents = {{0, u"Договор"_s, u""_s}}; break;
        }
        ClientRepository repo(t.db);
        const qsizetype auditBefore = AuditLog(t.db).latest(100)->size();
        auto added = repo.add(c);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(expected), qPrintable(added.error()));
        QCOMPARE(repo.count({}), 0);
        QCOMPARE(AuditLog(t.db).latest(100)->size(), auditBefore);
    }

    void duplicateTaxIdIsRefused()
    {
        test::TempDatabase t;
        ClientRepository repo(t.db);
        QVERIFY(repo.add(card(u"A"_s, u"150840001234"_s)).ok());
        auto second = repo.add(card(u"B"_s, u"150-840-001-234"_s));
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(u"already belongs"_s), qPrintable(second.error()));
        // The same digits under another country are another number.
        Client other = card(u"C"_s, u"150840001234"_s);
        other.taxCountry = TaxCountry::Other;
        QVERIFY(repo.add(other).ok());
    }

    void updateAuditsChangesAndLogsStatus()
    {
        test::TempDatabase t;
        ClientRepository repo(t.db);
        Client c = card(u"ТОО «Степь»"_s, u"190340004565"_s);
        c.contacts = {contact(u"Анна Иванова"_s, u"anna@step.kz"_s), contact(u"Иван Попов"_s, u"ivan@step.kz"_s)};
        c.conditions = {{0, u"Отчёт по пятницам"_s, {}, {}}};
        c.documents = {{0, u"Папка"_s, u"/srv/clients/step"_s}};
        auto added = repo.add(c);
        QVERIFY(added.ok());

        Client changed = *repo.byId(added->id);
        changed.status = ClientStatus::Active;
        changed.address = u"Астана"_s;
        changed.contacts[0].phone = u"+7 701 000 00 00"_s;
        changed.contacts.removeAt(1);
        changed.contacts.append(contact(u"Мадина Оспанова"_s, u"madina@step.kz"_s));
        changed.conditions.clear();
        changed.documents.clear();
        const Status s = repo.update(changed);
        QVERIFY2(s.ok(), qPrintable(s.error()));

        const Client loaded = *repo.byId(added->id);
        QCOMPARE(loaded.status, ClientStatus::Active);
        QCOMPARE(loaded.address, u"Астана"_s);
        QCOMPARE(loaded.contacts.size(), 2);
        QCOMPARE(loaded.contacts.at(0).phone, u"+7 701 000 00 00"_s);
        QCOMPARE(loaded.contacts.at(1).name, u"Мадина Оспанова"_s);
        QVERIFY(loaded.conditions.isEmpty());
        QVERIFY(loaded.documents.isEmpty());

        const auto audit = AuditLog(t.db).entriesFor(u"client"_s, added->id.value);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(1).action, u"update"_s);
        QCOMPARE(audit.at(1).oldValues.value(u"status"_s).toString(), u"onboarding"_s);
        QCOMPARE(audit.at(1).newValues.value(u"status"_s).toString(), u"active"_s);
        QVERIFY(!audit.at(1).newValues.contains(u"legal_name"_s)); // unchanged fields are not logged
        const auto removed = AuditLog(t.db).entriesFor(u"contact"_s, added->contacts.at(1).id.value);
        QCOMPARE(removed.last().action, u"archive"_s);
        QCOMPARE(AuditLog(t.db).entriesFor(u"client_document"_s, added->documents.at(0).id).last().action,
                 u"delete"_s);

        auto timeline = Timeline(t.db).forClient(added->id, 10);
        QCOMPARE(timeline->size(), 2);
        QCOMPARE(timeline->at(0).kind, u"status_change"_s);
        QVERIFY(timeline->at(0).title.contains(u"active"_s));

        // Search follows the contacts: the archived one is gone, the new one found.
        ClientQuery q;
        q.search = u"madina@"_s;
        QCOMPARE(repo.count(q), 1);
        q.search = u"ivan@step"_s;
        QCOMPARE(repo.count(q), 0);
    }

    void updateRefusesForeignRowsAndUnknownClients()
    {
        test::TempDatabase t;
        ClientRepository repo(t.db);
        Client a = card(u"A"_s);
        a.contacts = {contact(u"Анна"_s, {})};
        auto addedA = repo.add(a);
        auto addedB = repo.add(card(u"B"_s));
        Client b = *repo.byId(addedB->id);
        b.contacts = {addedA->contacts.at(0)};
        QVERIFY(!repo.update(b).ok());
        Client ghost = card(u"Ghost"_s);
        ghost.id = ClientId(999);
        QVERIFY(repo.update(ghost).error().contains(u"999"_s));
        // Taking another card's tax id is refused.
        QVERIFY(repo.add(card(u"C"_s, u"071240007891"_s)).ok());
        Client b2 = *repo.byId(addedB->id);
        b2.taxId = u"071240007891"_s;
        QVERIFY(repo.update(b2).error().contains(u"already belongs"_s));
    }

    void archiveKeepsTheCard()
    {
        test::TempDatabase t;
        ClientRepository repo(t.db);
        auto added = repo.add(card(u"Archived Ltd"_s, u"071240007891"_s));
        QVERIFY(repo.archive(added->id).ok());
        const auto loaded = repo.byId(added->id);
        QVERIFY(loaded);
        QVERIFY(loaded->archived);
        QVERIFY(!repo.archive(added->id).ok());
        QVERIFY(!repo.update(*loaded).ok());
        QCOMPARE(repo.count({}), 0);
        ClientQuery all;
        all.includeArchived = true;
        QCOMPARE(repo.count(all), 1);
        QVERIFY(repo.list(all).at(0).archived);
        QCOMPARE(AuditLog(t.db).entriesFor(u"client"_s, added->id.value).last().action, u"archive"_s);
        QVERIFY(repo.byTaxId(TaxCountry::KZ, u"071240007891"_s));
        QVERIFY(!repo.archive(ClientId(12345)).ok());
    }

    void findByTaxIdAndLegalName()
    {
        test::TempDatabase t;
        ClientRepository repo(t.db);
        Client ru = card(u"ООО «Восток_Капитал» 100%"_s, u"7707083893"_s);
        ru.taxCountry = TaxCountry::RU;
        QVERIFY(repo.add(ru).ok());
        QVERIFY(repo.add(card(u"Acme LLP"_s)).ok());
        QVERIFY(repo.byTaxId(TaxCountry::RU, u"7707 083 893"_s));
        QVERIFY(!repo.byTaxId(TaxCountry::KZ, u"7707083893"_s));
        QCOMPARE(repo.byLegalName(u"ооо «восток_капитал» 100%"_s)->taxId, u"7707083893"_s);
        QVERIFY(repo.byLegalName(u"ACME llp"_s));
        QVERIFY(!repo.byLegalName(u"Acme"_s));
        QVERIFY(!repo.byLegalName(u"ООО «Восток%"_s));
        QCOMPARE(repo.keys().size(), 2);
    }

    void listPagesByNameThenId()
    {
        test::TempDatabase t;
        ClientRepository repo(t.db);
        const QStringList input{u"delta"_s, u"Alpha"_s, u"charlie"_s, u"Bravo"_s, u"alpha"_s, u"Echo"_s, u"Ёлка"_s};
        for (const QString &n : input)
            QVERIFY(repo.add(card(n)).ok());
        ClientQuery q;
        q.limit = 3;
        QStringList seen;
        for (int page = 0; page < 5; ++page) {
            const auto rows = repo.list(q);
            seen << names(rows);
            if (rows.size() < q.limit)
                break;
            q.afterName = rows.last().legalName;
            q.afterId = rows.last().id.value;
        }
        QCOMPARE(seen, (QStringList{u"Alpha"_s, u"alpha"_s, u"Bravo"_s, u"charlie"_s, u"delta"_s, u"Echo"_s, u"Ёлка"_s}));
        QCOMPARE(repo.count({}), 7);
    }

    void listSearchAndFilters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("byManager");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{u"ООО «Северный Ветер»"_s, u"ТОО «Алтын Дала»"_s, u"ТОО «Береке_Сервис»"_s};
        QTest::newRow("everything") << QString() << QString() << false << all;
        QTest::newRow("cyrillic any case") << u"АЛТЫН"_s << QString() << false << QStringList{all.at(1)};
        QTest::newRow("short name") << u"ветерок"_s << QString() << false << QStringList{all.at(0)};
        QTest::newRow("tax id with spaces") << u"150 840"_s << QString() << false << QStringList{all.at(1)};
        QTest::newRow("contact name") << u"нурпеисова"_s << QString() << false << QStringList{all.at(1)};
        QTest::newRow("contact email") << u"SALES@VETER"_s << QString() << false << QStringList{all.at(0)};
        QTest::newRow("underscore is literal") << u"е_с"_s << QString() << false << QStringList{all.at(2)};
        QTest::newRow("percent is literal") << u"%"_s << QString() << false << QStringList{};
        QTest::newRow("no match") << u"zzz"_s << QString() << false << QStringList{};
        QTest::newRow("status") << QString() << u"active"_s << false << QStringList{all.at(0), all.at(2)};
        QTest::newRow("manager") << QString() << QString() << true << QStringList{all.at(1)};
        QTest::newRow("status and search") << u"ТОО"_s << u"active"_s << false << QStringList{all.at(2)};
    }

    void listSearchAndFilters()
    {
        QFETCH(QString, search);
        QFETCH(QString, status);
        QFETCH(bool, byManager);
        QFETCH(QStringList, expected);
        test::TempDatabase t;
        const User manager = addUser(t.db, u"Асель Касымова"_s, u"asel@rapport.test"_s, Role::AccountManager);
        ClientRepository repo(t.db);
        Client a = card(u"ТОО «Алтын Дала»"_s, u"150840001234"_s);
        a.accountManagerId = manager.id;
        a.contacts = {contact(u"Айгерим Нурпеисова"_s, u"aigerim@altyn.kz"_s)};
        Client b = card(u"ООО «Северный Ветер»"_s);
        b.shortName = u"Ветерок"_s;
        b.status = ClientStatus::Active;
        b.contacts = {contact(u"Отдел продаж"_s, u"sales@veter.ru"_s)};
        Client c = card(u"ТОО «Береке_Сервис»"_s);
        c.status = ClientStatus::Active;
        for (const Client &x : {a, b, c})
            QVERIFY(repo.add(x).ok());
        ClientQuery q;
        q.search = search;
        if (!status.isEmpty())
            q.status = clientStatusFromKey(status);
        if (byManager)
            q.accountManager = manager.id;
        QCOMPARE(names(repo.list(q)), expected);
        QCOMPARE(repo.count(q), expected.size());
        if (byManager)
            QCOMPARE(repo.list(q).at(0).accountManagerName, manager.name);
    }

    void listShowsCompleteness()
    {
        test::TempDatabase t;
        const User manager = addUser(t.db, u"M"_s, u"m@rapport.test"_s, Role::AccountManager);
        const User sales = addUser(t.db, u"S"_s, u"s@rapport.test"_s, Role::Sales);
        ClientRepository repo(t.db);
        Client full = card(u"Full"_s, u"150840001234"_s);
        full.contractNumber = u"1"_s;
        full.contractStart = QDate(2026, 1, 1);
        full.contacts = {contact(u"A"_s, u"a@full.kz"_s)};
        full.tariff = Tariff{};
        full.tariff->monthlyFee = Money(1, u"KZT"_s);
        full.accountManagerId = manager.id;
        full.salesOwnerId = sales.id;
        QVERIFY(repo.add(full).ok());
        Client bare = card(u"Bare"_s);
        bare.contacts = {contact(u"No Email"_s, {})};
        QVERIFY(repo.add(bare).ok());
        const auto rows = repo.list({});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).legalName, u"Bare"_s);
        QCOMPARE(rows.at(0).completenessPercent, assessCompleteness(*repo.byId(rows.at(0).id)).percent());
        QCOMPARE(rows.at(0).completenessPercent, 12);
        QCOMPARE(rows.at(1).completenessPercent, 100);
    }

    void timelineFeed()
    {
        test::TempDatabase t;
        const User manager = addUser(t.db, u"Асель"_s, u"asel@rapport.test"_s, Role::AccountManager);
        t.db.setActor(manager);
        ClientRepository repo(t.db);
        auto added = repo.add(card(u"Feed"_s));
        Timeline timeline(t.db);
        QVERIFY(timeline.logNote(added->id, u"Клиент просит перенести встречу\nна следующую неделю"_s).ok());
        QVERIFY(timeline.logCall(added->id, u"phone"_s, u"Обсудили счёт за ноябрь"_s, 1789990000).ok());
        TimelineEntry ticket;
        ticket.kind = u"ticket"_s;
        ticket.title = u"Заявка #12 закрыта"_s;
        ticket.refType = u"ticket"_s;
        ticket.refId = 12;
        ticket.at = 1790000000;
        QVERIFY(timeline.add(added->id, ticket).ok());

        auto items = timeline.forClient(added->id, 10);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 4);
        // Newest first; equal instants by id, the later one first.
        QCOMPARE(items->at(0).kind, u"ticket"_s);
        QCOMPARE(items->at(0).refId, 12);
        QCOMPARE(items->at(1).kind, u"note"_s);
        QCOMPARE(items->at(1).title, u"Клиент просит перенести встречу"_s);
        QVERIFY(items->at(1).body.contains(u"следующую"_s));
        QCOMPARE(items->at(1).userName, manager.name);
        QCOMPARE(items->at(2).kind, u"status_change"_s);
        QCOMPARE(items->at(3).kind, u"call"_s);
        QCOMPARE(items->at(3).channel, u"phone"_s);
        QCOMPARE(items->at(3).at, 1789990000);

        // Keyset pages of two.
        auto first = timeline.forClient(added->id, 2);
        QCOMPARE(first->size(), 2);
        auto second = timeline.forClient(added->id, 2, first->last().at, first->last().id);
        QCOMPARE(second->size(), 2);
        QCOMPARE(second->at(0).id, items->at(2).id);
        QCOMPARE(second->at(1).id, items->at(3).id);
        auto before = timeline.forClient(added->id, 10, 1790000000);
        QCOMPARE(before->size(), 1);
    }

    void timelineRefusesBadEntries_data()
    {
        QTest::addColumn<qint64>("client");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("channel");
        QTest::newRow("unknown kind") << qint64(1) << u"gossip"_s << u"x"_s << QString();
        QTest::newRow("empty title") << qint64(1) << u"note"_s << u"  "_s << QString();
        QTest::newRow("unknown channel") << qint64(1) << u"call"_s << u"x"_s << u"pigeon"_s;
        QTest::newRow("unknown client") << qint64(77) << u"note"_s << u"x"_s << QString();
    }

    void timelineRefusesBadEntries()
    {
        QFETCH(qint64, client);
        QFETCH(QString, kind);
        QFETCH(QString, title);
        QFETCH(QString, channel);
        test::TempDatabase t;
        QVERIFY(ClientRepository(t.db).add(card(u"One"_s)).ok());
        TimelineEntry e;
        e.kind = kind;
        e.title = title;
        e.channel = channel;
        const Status s = Timeline(t.db).add(ClientId(client), e);
        QVERIFY(!s.ok());
        QVERIFY(!s.error().isEmpty());
        QVERIFY(!Timeline(t.db).logNote(ClientId(1), u"   "_s).ok());
        QVERIFY(!Timeline(t.db).logCall(ClientId(1), u"phone"_s, QString(), 0).ok());
    }

    // Optimistic versions: a card read before another save is stale; saving
    // it is refused with who changed it, and nothing of it is written.
    void staleSaveIsAConflict()
    {
        test::TempDatabase t;
        ClientRepository repo(t.db);
        Client c;
        c.legalName = u"LLP Versioned"_s;
        const ClientId id = repo.add(c)->id;
        Client a = *repo.byId(id);
        Client b = *repo.byId(id);
        QVERIFY(a.version >= 1);
        QCOMPARE(a.version, b.version);
        a.notes = u"from desk A"_s;
        QVERIFY(repo.update(a));
        QCOMPARE(repo.byId(id)->version, a.version + 1);
        QVERIFY(repo.isStale(b));
        b.notes = u"from desk B"_s;
        const Status refused = repo.update(b);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"after you opened it"_s), qPrintable(refused.error()));
        QCOMPARE(repo.byId(id)->notes, u"from desk A"_s);
        // Saving over it on purpose: with the current version.
        b.version = repo.byId(id)->version;
        QVERIFY(!repo.isStale(b));
        QVERIFY(repo.update(b));
        QCOMPARE(repo.byId(id)->notes, u"from desk B"_s);
        // A card not read from the database (version 0) is not checked.
        Client unversioned = *repo.byId(id);
        unversioned.version = 0;
        unversioned.notes = u"import"_s;
        QVERIFY(repo.update(unversioned));
    }
};

QTEST_GUILESS_MAIN(TestClientRepository)
#include "tst_clientrepository.moc"
