// Demo client companies: valid BIN/INN, contacts in ru/kk/en, tariffs in
// KZT and RUB, a second run with new tax ids, cancel leaves nothing.
#include "domain/completeness.h"
#include "domain/taxid.h"
#include "io/democlients.h"
#include "storage/clientrepository.h"
#include "storage/timeline.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

void addStaff(const Database &db)
{
    for (int i = 0; i < 4; ++i) {
        User u;
        u.name = u"Staff %1"_s.arg(i);
        u.email = u"staff%1@rapport.test"_s.arg(i);
        u.role = i < 3 ? Role::AccountManager : Role::Sales;
        if (!UserRepository(db).add(u))
            qFatal("cannot add staff");
    }
}

QList<Client> allCards(const Database &db)
{
    ClientRepository repo(db);
    ClientQuery q;
    q.limit = 10000;
    QList<Client> cards;
    for (const ClientListRow &row : repo.list(q))
        cards << *repo.byId(row.id);
    return cards;
}

} // namespace

class TestDemoClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realisticCards()
    {
        test::TempDatabase t;
        addStaff(t.db);
        QRandomGenerator rng(7);
        auto counts = DemoClients(t.db).generate(rng, 120);
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QCOMPARE(counts->clients, 120);
        const QList<Client> cards = allCards(t.db);
        QCOMPARE(cards.size(), 120);
        QSet<QString> taxIds;
        QSet<QString> languages;
        QSet<QString> currencies;
        QSet<ClientStatus> statuses;
        int contacts = 0;
        int conditions = 0;
        int complete = 0;
        for (const Client &c : cards) {
            QVERIFY2(validateTaxId(c.taxCountry, c.taxId).ok(), qPrintable(c.taxId));
            taxIds.insert(c.taxId);
            statuses.insert(c.status);
            QVERIFY(!c.contacts.isEmpty());
            QVERIFY(!c.documents.isEmpty());
            QVERIFY(c.accountManagerId.isValid());
            contacts += int(c.contacts.size());
            conditions += int(c.conditions.size());
            for (const Contact &x : c.contacts)
                languages.insert(x.language);
            if (c.tariff)
                currencies.insert(c.tariff->monthlyFee.currency());
            if (assessCompleteness(c).isComplete())
                ++complete;
            QVERIFY(!Timeline(t.db).forClient(c.id, 10)->isEmpty());
        }
        QCOMPARE(taxIds.size(), 120);
        QCOMPARE(contacts, counts->contacts);
        QCOMPARE(conditions, counts->conditions);
        QCOMPARE(currencies, (QSet<QString>{u"KZT"_s, u"RUB"_s}));
        QCOMPARE(languages, (QSet<QString>{u"ru"_s, u"kk"_s, u"en"_s}));
        QVERIFY(statuses.contains(ClientStatus::Active) && statuses.contains(ClientStatus::Onboarding));
        QVERIFY(complete > 60); // mostly complete cards
        QVERIFY(complete < 120); // and some that lack things
        QVERIFY(conditions > 60);
    }

    void secondRunGetsNewTaxIds()
    {
        test::TempDatabase t;
        addStaff(t.db);
        for (quint32 seed : {1u, 1u, 2u}) {
            QRandomGenerator rng(seed);
            auto counts = DemoClients(t.db).generate(rng, 30);
            QVERIFY2(counts.ok(), qPrintable(counts.error()));
        }
        QCOMPARE(ClientRepository(t.db).count({}), 90);
    }

    void cancelKeepsNothing()
    {
        test::TempDatabase t;
        addStaff(t.db);
        std::atomic_bool cancel = false;
        QRandomGenerator rng(1);
        auto counts = DemoClients(t.db).generate(
            rng,
            50,
            [&cancel](int done, int) { cancel = done == 10; },
            &cancel);
        QVERIFY(!counts.ok());
        QCOMPARE(ClientRepository(t.db).count({}), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoClients)
#include "tst_democlients.moc"
