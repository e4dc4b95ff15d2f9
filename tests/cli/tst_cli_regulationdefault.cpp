// The real rapport-cli binary: a new client on a tariff gets the provider's
// default regulation (the Service standard) and `clients add` says so — the
// "regulation" object or null with "regulation_skipped_reason" — and a
// clients import counts it in "regulation_applied". Settings are changed
// through RegulationSettings (there is no `settings` command).
#include "testsupport.h"

#include "storage/obligationrepository.h"
#include "storage/regulationsettings.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

QJsonObject json(const test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// A database with one account manager; runs the CLI on it.
struct Books
{
    test::TempDatabase t;

    Books()
    {
        User u;
        u.name = u"Асель Касымова"_s;
        u.email = u"asel@rapport.test"_s;
        u.role = Role::AccountManager;
        if (!UserRepository(t.db).add(u))
            qFatal("cannot add the account manager");
    }

    test::CliRun cli(const QStringList &args) const { return test::runCli(QStringList { u"--db"_s, t.path } + args); }
    test::CliRun cliJson(const QStringList &args) const
    {
        return test::runCli(QStringList { u"--db"_s, t.path, u"--format"_s, u"json"_s } + args);
    }

    // `clients add` of an active client of the account manager, with a tariff when `fee` is set.
    test::CliRun add(const QString &name, const QString &fee, bool asJson = true) const
    {
        QStringList args { u"clients"_s, u"add"_s, u"--legal-name"_s, name, u"--status"_s, u"active"_s,
            u"--manager"_s, u"asel@rapport.test"_s, u"--contract-start"_s, u"2026-01-01"_s };
        if (!fee.isEmpty())
            args << u"--fee"_s << fee;
        return asJson ? cliJson(args) : cli(args);
    }
};

} // namespace

class TestCliRegulationDefault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addWithTariffAppliesTheServiceStandard();
    void addWithoutTariffSaysWhy();
    void addWhenTurnedOffSaysWhy();
    void importCountsTheRegulatedClients();
};

void TestCliRegulationDefault::addWithTariffAppliesTheServiceStandard()
{
    Books books;
    auto added = books.add(u"ТОО «Алтын Дала»"_s, u"250000"_s);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject card = json(added);
    const qint64 id = card.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QVERIFY(card.contains(u"regulation_skipped_reason"_s));
    QVERIFY(card.value(u"regulation_skipped_reason"_s).isNull());
    const QJsonObject regulation = card.value(u"regulation"_s).toObject();
    QCOMPARE(sorted(regulation.keys()),
        sorted({ u"preset"_s, u"sla_policy"_s, u"rules_created"_s, u"cadence_set"_s, u"tasks_created"_s,
            u"reviews_scheduled"_s }));
    QCOMPARE(regulation.value(u"preset"_s).toString(), u"service_standard"_s);
    QCOMPARE(regulation.value(u"sla_policy"_s).toString(), u"24/48"_s);
    QCOMPARE(regulation.value(u"rules_created"_s).toInt(), 5);
    QCOMPARE(regulation.value(u"cadence_set"_s).toBool(), true);
    // This month's period of the four monthly rules and this year's audit.
    QCOMPARE(regulation.value(u"tasks_created"_s).toInt(), 5);
    QCOMPARE(regulation.value(u"reviews_scheduled"_s).toInt(), 1);

    // Stored: the preset's rules, a review cadence.
    const ClientId client(id);
    const auto rules = ObligationRepository(books.t.db).list(client);
    QCOMPARE(rules.size(), 5);
    for (const ObligationRuleRow &row : rules)
        QCOMPARE(row.rule.preset, u"service_standard"_s);
    QVERIFY(ReviewRepository(books.t.db).cadence(client));

    // The text says the same in one line.
    auto text = books.add(u"ТОО «Второй»"_s, u"100000"_s, false);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"added client ТОО «Второй»"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"regulation: service standard (SLA policy 24/48, 5 obligation rules, reviews "
                                 "quarterly + annual)"_s),
        qPrintable(text.out));
}

void TestCliRegulationDefault::addWithoutTariffSaysWhy()
{
    Books books;
    auto added = books.add(u"Acme LLP"_s, QString());
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject card = json(added);
    QVERIFY(card.contains(u"regulation"_s));
    QVERIFY(card.value(u"regulation"_s).isNull());
    QCOMPARE(card.value(u"regulation_skipped_reason"_s).toString(), u"no_tariff"_s);
    QVERIFY(ObligationRepository(books.t.db).list(ClientId(card.value(u"id"_s).toInteger()), true).isEmpty());

    auto text = books.add(u"Beta LLP"_s, QString(), false);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"regulation: none (no tariff)"_s), qPrintable(text.out));
}

void TestCliRegulationDefault::addWhenTurnedOffSaysWhy()
{
    Books books;
    QVERIFY(RegulationSettings(books.t.db).setApplyToNewClients(false));
    auto added = books.add(u"Gamma LLP"_s, u"250000"_s);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject card = json(added);
    QVERIFY(card.value(u"regulation"_s).isNull());
    QCOMPARE(card.value(u"regulation_skipped_reason"_s).toString(), u"off"_s);
    QVERIFY(ObligationRepository(books.t.db).list({}, true).isEmpty());

    auto text = books.add(u"Delta LLP"_s, u"250000"_s, false);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"regulation: none (off in Settings"_s), qPrintable(text.out));

    // On again: the next client gets it.
    QVERIFY(RegulationSettings(books.t.db).setApplyToNewClients(true));
    auto on = books.add(u"Epsilon LLP"_s, u"250000"_s);
    QCOMPARE(on.exitCode, 0);
    QCOMPARE(json(on).value(u"regulation"_s).toObject().value(u"rules_created"_s).toInt(), 5);
}

void TestCliRegulationDefault::importCountsTheRegulatedClients()
{
    Books books;
    const QString path = books.t.dir.filePath(u"clients.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"legal_name,manager_email,monthly_fee,contract_start\n"
               "ТОО «Алтын Дала»,asel@rapport.test,250000,2026-01-01\n"
               "Acme LLP,,,\n"_s.toUtf8());
    file.close();

    auto dry = books.cliJson({ u"import"_s, u"clients"_s, path, u"--dry-run"_s });
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QCOMPARE(json(dry).value(u"regulation_applied"_s).toInt(), 1);
    QVERIFY(ObligationRepository(books.t.db).list({}, true).isEmpty());

    auto imported = books.cliJson({ u"import"_s, u"clients"_s, path });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(json(imported).value(u"created"_s).toInt(), 2);
    QCOMPARE(json(imported).value(u"regulation_applied"_s).toInt(), 1);
    QCOMPARE(ObligationRepository(books.t.db).list({}, true).size(), 5);

    // Again: nothing new; the text says how many got it.
    auto again = books.cli({ u"import"_s, u"clients"_s, path });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"regulation applied to 0 new client(s) on a tariff"_s), qPrintable(again.out));
    QCOMPARE(ObligationRepository(books.t.db).list({}, true).size(), 5);

    // Other imports have no such key.
    const QString contacts = books.t.dir.filePath(u"contacts.csv"_s);
    QFile contactFile(contacts);
    QVERIFY(contactFile.open(QIODevice::WriteOnly));
    contactFile.write(u"client_name,name,email\nAcme LLP,Anna,anna@acme.test\n"_s.toUtf8());
    contactFile.close();
    auto contactImport = books.cliJson({ u"import"_s, u"contacts"_s, contacts });
    QVERIFY2(contactImport.exitCode == 0, qPrintable(contactImport.err));
    QVERIFY(!json(contactImport).contains(u"regulation_applied"_s));
}

QTEST_GUILESS_MAIN(TestCliRegulationDefault)
#include "tst_cli_regulationdefault.moc"
