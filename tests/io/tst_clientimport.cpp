// CSV import of clients and contacts: validation with line and column,
// all-or-nothing, skip-invalid, dry-run, idempotent re-import, Russian
// headers in Windows-1251, contacts, and export → import round trips.
#include "io/clientexport.h"
#include "io/clientimport.h"
#include "storage/auditlog.h"
#include "storage/clientrepository.h"
#include "storage/obligationrepository.h"
#include "storage/regulationsettings.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

void addStaff(const Database &db)
{
    for (const auto &[name, email, role] :
         {std::tuple{u"Асель Касымова"_s, u"asel@rapport.test"_s, Role::AccountManager},
          std::tuple{u"Тимур Ахметов"_s, u"timur@rapport.test"_s, Role::Sales}}) {
        User u;
        u.name = name;
        u.email = email;
        u.role = role;
        if (!UserRepository(db).add(u))
            qFatal("cannot add staff");
    }
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

int clientCount(const Database &db)
{
    ClientQuery all;
    all.includeArchived = true;
    return ClientRepository(db).count(all);
}

QStringList errorStrings(const ImportSummary &s)
{
    QStringList out;
    for (const ImportError &e : s.errors)
        out << e.toString();
    return out;
}

const QString kHeader = u"legal_name,tax_id,manager_email,monthly_fee,included_hours,contract_start\n"_s;

} // namespace

class TestClientImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsValidRows()
    {
        test::TempDatabase t;
        addStaff(t.db);
        const QByteArray csv = utf8(kHeader
                                    + u"ТОО «Алтын Дала»,150840001234,asel@rapport.test,250000,40,2026-01-01\n"
                                      "ООО «Северный Ветер»,7707083893,,\"120 000,50\",10:30,01.02.2026\n"
                                      "Acme LLP,,,,,\n"_s);
        auto result = ClientImport(t.db).importClients(csv);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY2(result->errors.isEmpty(), qPrintable(errorStrings(*result).join(u'\n')));
        QCOMPARE(result->rows, 3);
        QCOMPARE(result->created, 3);
        QVERIFY(!result->rejected);
        QCOMPARE(result->encoding, u"UTF-8"_s);
        ClientRepository repo(t.db);
        const auto kz = repo.byTaxId(TaxCountry::KZ, u"150840001234"_s);
        QVERIFY(kz);
        QCOMPARE(kz->tariff->monthlyFee, Money(25000000, u"KZT"_s));
        QCOMPARE(kz->tariff->includedMinutes, 2400);
        QVERIFY(kz->accountManagerId.isValid());
        QCOMPARE(kz->contractStart, QDate(2026, 1, 1));
        const auto ru = repo.byTaxId(TaxCountry::RU, u"7707083893"_s);
        QVERIFY(ru);
        QCOMPARE(ru->tariff->monthlyFee, Money(12000050, u"RUB"_s)); // RUB for a Russian INN
        QCOMPARE(ru->tariff->includedMinutes, 630);
        QCOMPARE(ru->contractStart, QDate(2026, 2, 1));
        const auto acme = repo.byLegalName(u"acme llp"_s);
        QVERIFY(acme);
        QVERIFY(!acme->tariff);
        QVERIFY(!AuditLog(t.db).entriesFor(u"client"_s, acme->id.value).isEmpty());
    }

    // The billing mode of a tariff (issue 14): the keys, the words of a
    // Russian sheet, empty for arrears, and an unknown one refused with the line.
    void billingModeColumn()
    {
        test::TempDatabase t;
        const QByteArray csv = utf8(u"legal_name,monthly_fee,Порядок оплаты\n"
                                    "Advance LLP,100000,advance\n"
                                    "Аванс ТОО,100000,Авансом\n"
                                    "Факт ТОО,100000,по факту\n"
                                    "Empty LLP,100000,\n"_s);
        auto result = ClientImport(t.db).importClients(csv);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY2(result->errors.isEmpty(), qPrintable(errorStrings(*result).join(u'\n')));
        ClientRepository repo(t.db);
        QCOMPARE(repo.byLegalName(u"Advance LLP"_s)->tariff->billingMode, Tariff::BillingMode::Advance);
        QCOMPARE(repo.byLegalName(u"Аванс ТОО"_s)->tariff->billingMode, Tariff::BillingMode::Advance);
        QCOMPARE(repo.byLegalName(u"Факт ТОО"_s)->tariff->billingMode, Tariff::BillingMode::Arrears);
        QCOMPARE(repo.byLegalName(u"Empty LLP"_s)->tariff->billingMode, Tariff::BillingMode::Arrears);

        const QByteArray bad = utf8(u"legal_name,monthly_fee,billing_mode\nWeekly LLP,100000,weekly\n"_s);
        auto refused = ClientImport(t.db).importClients(bad);
        QVERIFY(refused.ok());
        QVERIFY(refused->rejected);
        QVERIFY2(errorStrings(*refused).join(u'\n').contains(
                     u"line 2, column billing_mode: unknown billing mode \"weekly\" (advance or arrears)"_s),
                 qPrintable(errorStrings(*refused).join(u'\n')));
        QVERIFY(!repo.byLegalName(u"Weekly LLP"_s));
    }

    void invalidRows_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty legal name")
            << u",150840001234,,,,"_s << u"line 3, column legal_name: the legal name is empty"_s;
        QTest::newRow("bad BIN") << u"X,150840001235,,,,"_s << u"line 3, column tax_id: The check digit"_s;
        QTest::newRow("bad INN") << u"X,7707083894,,,,"_s << u"line 3, column tax_id: The check digits of INN"_s;
        QTest::newRow("tax id of no country")
            << u"X,12345,,,,"_s << u"line 3, column tax_id: A BIN/IIN has 12 digits"_s;
        QTest::newRow("unknown manager") << u"X,,ghost@rapport.test,,,"_s
                                         << u"line 3, column manager_email: no staff member with email ghost@"_s;
        QTest::newRow("bad fee") << u"X,,,12abc,,"_s << u"line 3, column monthly_fee: \"12abc\" is not an amount"_s;
        QTest::newRow("bad hours") << u"X,,,100,forty,"_s << u"line 3, column included_hours: \"forty\""_s;
        QTest::newRow("hours without fee")
            << u"X,,,,40,"_s << u"line 3, column monthly_fee: the tariff columns are filled"_s;
        QTest::newRow("bad date") << u"X,,,,,2026-13-01"_s << u"line 3, column contract_start: \"2026-13-01\""_s;
        QTest::newRow("too few fields") << u"X,,"_s << u"line 3, column monthly_fee: missing"_s;
        QTest::newRow("too many fields") << u"X,,,,,,extra"_s << u"line 3, column #7: a value beyond"_s;
        QTest::newRow("duplicate inside the file")
            << u"ТОО «Другое»,150840001234,,,,"_s << u"line 3, column tax_id: the same client as line 2"_s;
        QTest::newRow("quoted field spans lines") << u"\"Multi\nline\",bad,,,,"_s << u"line 3, column tax_id"_s;
    }

    void invalidRows()
    {
        QFETCH(QString, row);
        QFETCH(QString, expected);
        test::TempDatabase t;
        addStaff(t.db);
        const QByteArray csv
            = utf8(kHeader + u"ТОО «Алтын Дала»,150840001234,asel@rapport.test,250000,40,2026-01-01\n"_s + row
                   + u"\nValid Two,,,,,\n"_s);
        // All-or-nothing: nothing is written, every problem is reported.
        auto strict = ClientImport(t.db).importClients(csv);
        QVERIFY(strict.ok());
        QVERIFY(strict->rejected);
        QCOMPARE(strict->errors.size(), 1);
        QVERIFY2(strict->errors.first().toString().startsWith(expected), qPrintable(strict->errors.first().toString()));
        QCOMPARE(strict->created, 0);
        QCOMPARE(strict->skipped, 3);
        QCOMPARE(clientCount(t.db), 0);

        // Skip-invalid: the two valid rows are imported.
        ImportOptions skip;
        skip.skipInvalid = true;
        auto lenient = ClientImport(t.db).importClients(csv, skip);
        QVERIFY(lenient.ok());
        QVERIFY(!lenient->rejected);
        QCOMPARE(lenient->created, 2);
        QCOMPARE(lenient->skipped, 1);
        QCOMPARE(lenient->errors.size(), 1);
        QCOMPARE(clientCount(t.db), 2);
    }

    void dryRunWritesNothing()
    {
        test::TempDatabase t;
        addStaff(t.db);
        const QByteArray csv = utf8(kHeader + u"A,150840001234,,,,\nB,,,,,\n"_s);
        ImportOptions dry;
        dry.dryRun = true;
        auto result = ClientImport(t.db).importClients(csv, dry);
        QVERIFY(result.ok());
        QVERIFY(result->dryRun);
        QCOMPARE(result->created, 2);
        QCOMPARE(clientCount(t.db), 0);
        QVERIFY(AuditLog(t.db).entriesFor(u"client"_s, 1).isEmpty());
        QVERIFY(ClientImport(t.db).importClients(csv).ok());
        result = ClientImport(t.db).importClients(utf8(kHeader + u"A,150840001234,,999,,\n"_s), dry);
        QCOMPARE(result->updated, 1);
        QVERIFY(!ClientRepository(t.db).byTaxId(TaxCountry::KZ, u"150840001234"_s)->tariff);
    }

    void reimportDoesNotDuplicate()
    {
        test::TempDatabase t;
        addStaff(t.db);
        const QByteArray csv = utf8(kHeader
                                    + u"ТОО «Алтын Дала»,150840001234,asel@rapport.test,250000,40,2026-01-01\n"
                                      "Acme LLP,,,,,\n"_s);
        QCOMPARE(ClientImport(t.db).importClients(csv)->created, 2);
        auto again = ClientImport(t.db).importClients(csv);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(clientCount(t.db), 2);
        // Matched by tax id (new name), by legal name in another case (new fee).
        const QByteArray changed = utf8(kHeader
                                        + u"ТОО «Алтын Дала Плюс»,150840001234,asel@rapport.test,250000,40,2026-01-01\n"
                                          "ACME llp,,,1000,,\n"_s);
        auto third = ClientImport(t.db).importClients(changed);
        QCOMPARE(third->updated, 2);
        QCOMPARE(clientCount(t.db), 2);
        QCOMPARE(ClientRepository(t.db).byTaxId(TaxCountry::KZ, u"150840001234"_s)->legalName,
                 u"ТОО «Алтын Дала Плюс»"_s);
        const auto acme = ClientRepository(t.db).byLegalName(u"Acme LLP"_s);
        QCOMPARE(acme->tariff->monthlyFee.minorUnits(), 100000);
        // A name match adds a tax id; a file without a tax id never removes one.
        QCOMPARE(ClientImport(t.db).importClients(utf8(u"legal_name,tax_id\nAcme LLP,071240007891\n"_s))->updated, 1);
        QCOMPARE(ClientImport(t.db).importClients(utf8(u"legal_name,tax_id\nAcme LLP,\n"_s))->unchanged, 1);
        QCOMPARE(ClientRepository(t.db).byLegalName(u"Acme LLP"_s)->taxId, u"071240007891"_s);
    }

    void russianHeadersInWindows1251()
    {
        test::TempDatabase t;
        addStaff(t.db);
        const QString text = u"Наименование;БИН;Менеджер;Абонентская плата;Часы в тарифе;НДС;Статус;Примечания\r\n"
                             "ТОО «Алтын Дала»;150 840 001 234;asel@rapport.test;250 000;40;12,5 %;Активный;"
                             "\"Оплата; после акта\"\r\n"_s;
        // Windows-1251 bytes: Cyrillic letters are 0xC0.., « » are 0xAB/0xBB.
        QByteArray cp1251;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x0410 && u <= 0x044F)
                cp1251.append(char(0xC0 + (u - 0x0410)));
            else if (u == 0x00AB || u == 0x00BB)
                cp1251.append(char(u));
            else
                cp1251.append(char(u));
        }
        auto result = ClientImport(t.db).importClients(cp1251);
        QVERIFY2(result->errors.isEmpty(), qPrintable(errorStrings(*result).join(u'\n')));
        QCOMPARE(result->encoding, u"Windows-1251"_s);
        QCOMPARE(result->delimiter, QChar(u';'));
        const auto c = ClientRepository(t.db).byTaxId(TaxCountry::KZ, u"150840001234"_s);
        QVERIFY(c);
        QCOMPARE(c->legalName, u"ТОО «Алтын Дала»"_s);
        QCOMPARE(c->status, ClientStatus::Active);
        QCOMPARE(c->tariff->vatRateBp, 1250);
        QCOMPARE(c->notes, u"Оплата; после акта"_s);
    }

    void headerProblemsRejectTheFile_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << u"line 1: the file is empty"_s;
        QTest::newRow("unknown column") << utf8(u"legal_name,colour\nA,red\n"_s)
                                        << u"line 1, column colour: unknown column"_s;
        QTest::newRow("no legal name column")
            << utf8(u"tax_id\n150840001234\n"_s) << u"line 1, column legal_name: required column is missing"_s;
        QTest::newRow("same field twice")
            << utf8(u"legal_name,Наименование\nA,B\n"_s) << u"line 1, column Наименование: the same field as column"_s;
        QTest::newRow("broken quote") << utf8(u"legal_name,notes\nA,\"never closed\n"_s)
                                      << u"line 2, column notes: the quoted field"_s;
    }

    void headerProblemsRejectTheFile()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        test::TempDatabase t;
        ImportOptions skip;
        skip.skipInvalid = true; // even skip-invalid cannot use such a file
        auto result = ClientImport(t.db).importClients(csv, skip);
        QVERIFY(result.ok());
        QVERIFY(result->rejected);
        QVERIFY2(!result->errors.isEmpty() && result->errors.first().toString().startsWith(expected),
                 qPrintable(errorStrings(*result).join(u'\n')));
        QCOMPARE(clientCount(t.db), 0);
    }

    void headerOnlyAndIgnoredColumns()
    {
        test::TempDatabase t;
        auto empty = ClientImport(t.db).importClients(utf8(u"legal_name,tax_id\r\n"_s));
        QVERIFY(!empty->rejected);
        QCOMPARE(empty->rows, 0);
        ImportOptions ignore;
        ignore.ignoreUnknownColumns = true;
        auto extra = ClientImport(t.db).importClients(utf8(u"№,legal_name,colour,\n1,A,red,\n"_s), ignore);
        QVERIFY2(!extra->rejected, qPrintable(errorStrings(*extra).join(u'\n')));
        QCOMPARE(extra->created, 1);
        // A value under an empty header is not silently dropped.
        auto stray = ClientImport(t.db).importClients(utf8(u"legal_name,\nB,oops\n"_s));
        QVERIFY(stray->rejected);
        QCOMPARE(stray->errors.first().toString(), u"line 2, column #2: a value in a column without a header"_s);
        ImportOptions mapped;
        mapped.columnMapping.insert(u"firma"_s, u"legal_name"_s);
        QCOMPARE(ClientImport(t.db).importClients(utf8(u"Firma\nC\n"_s), mapped)->created, 1);
    }

    void ambiguousNameNeedsTaxId()
    {
        test::TempDatabase t;
        ClientRepository repo(t.db);
        Client a;
        a.legalName = u"Twin"_s;
        a.taxId = u"150840001234"_s;
        QVERIFY(repo.add(a).ok());
        a.taxId = u"190340004565"_s;
        QVERIFY(repo.add(a).ok());
        auto result = ClientImport(t.db).importClients(utf8(u"legal_name,notes\nTwin,x\n"_s));
        QVERIFY(result->rejected);
        QVERIFY(result->errors.first().reason.contains(u"2 clients"_s));
        auto byTax = ClientImport(t.db).importClients(utf8(u"legal_name,tax_id,notes\nTwin,190340004565,x\n"_s));
        QCOMPARE(byTax->updated, 1);
    }

    void contacts()
    {
        test::TempDatabase t;
        addStaff(t.db);
        QVERIFY(ClientImport(t.db)
                    .importClients(utf8(u"legal_name,tax_id\nТОО «Алтын Дала»,150840001234\nAcme LLP,\n"_s))
                    .ok());
        const QByteArray csv = utf8(u"БИН;Клиент;ФИО;Должность;Email;Телефон;Канал;Язык\n"
                                    "150840001234;;Айгерим Нурпеисова;Бухгалтер;Aigerim@Altyn.kz;+7 701 111 22 33;"
                                    "WhatsApp;казахский\n"
                                    ";Acme LLP;John Smith;CEO;john@acme.test;;email;en\n"
                                    ";acme llp;No Email;;;;телефон;\n"_s);
        auto first = ClientImport(t.db).importContacts(csv);
        QVERIFY2(first.ok() && first->errors.isEmpty(), qPrintable(errorStrings(*first).join(u'\n')));
        QCOMPARE(first->created, 3);
        const auto altyn = ClientRepository(t.db).byTaxId(TaxCountry::KZ, u"150840001234"_s);
        QCOMPARE(altyn->contacts.size(), 1);
        QCOMPARE(altyn->contacts.at(0).email, u"aigerim@altyn.kz"_s);
        QCOMPARE(altyn->contacts.at(0).preferredChannel, ContactChannel::Messenger);
        QCOMPARE(altyn->contacts.at(0).language, u"kk"_s);
        QCOMPARE(ClientRepository(t.db).byLegalName(u"Acme LLP"_s)->contacts.size(), 2);
        // Search finds the card by its new contact.
        ClientQuery q;
        q.search = u"нурпеисова"_s;
        QCOMPARE(ClientRepository(t.db).count(q), 1);

        auto again = ClientImport(t.db).importContacts(csv);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->unchanged, 3);
        auto update = ClientImport(t.db).importContacts(utf8(
            u"client_tax_id,name,email,role\n150840001234,Айгерим Нурпеисова,aigerim@altyn.kz,Главный бухгалтер\n"_s));
        QCOMPARE(update->updated, 1);
        QCOMPARE(ClientRepository(t.db).byTaxId(TaxCountry::KZ, u"150840001234"_s)->contacts.at(0).role,
                 u"Главный бухгалтер"_s);
    }

    void contactErrors_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown tax id") << u"071240007891,,Анна,a@b.kz,"_s
                                        << u"line 2, column client_tax_id: no client"_s;
        QTest::newRow("unknown name") << u",Nobody,Анна,a@b.kz,"_s << u"line 2, column client_name: no client named"_s;
        QTest::newRow("no client") << u",,Анна,a@b.kz,"_s << u"line 2, column client_tax_id: the row does not name"_s;
        QTest::newRow("no name") << u"150840001234,,,a@b.kz,"_s
                                 << u"line 2, column name: the contact's name is empty"_s;
        QTest::newRow("bad email") << u"150840001234,,Анна,a@b,"_s << u"line 2, column email: \"a@b\""_s;
        QTest::newRow("bad channel") << u"150840001234,,Анна,,pigeon"_s << u"line 2, column channel: unknown channel"_s;
    }

    void contactErrors()
    {
        QFETCH(QString, row);
        QFETCH(QString, expected);
        test::TempDatabase t;
        QVERIFY(ClientImport(t.db).importClients(utf8(u"legal_name,tax_id\nA,150840001234\n"_s)).ok());
        auto result
            = ClientImport(t.db).importContacts(utf8(u"client_tax_id,client_name,name,email,channel\n"_s + row));
        QVERIFY(result->rejected);
        QVERIFY2(result->errors.first().toString().startsWith(expected), qPrintable(errorStrings(*result).join(u'\n')));
        QVERIFY(ClientRepository(t.db).byTaxId(TaxCountry::KZ, u"150840001234"_s)->contacts.isEmpty());
        auto noClientColumn = ClientImport(t.db).importContacts(utf8(u"name\nАнна\n"_s));
        QVERIFY(noClientColumn->rejected);
    }

    void exportImportRoundTrips()
    {
        test::TempDatabase source;
        addStaff(source.db);
        const auto manager = UserRepository(source.db).byEmail(u"asel@rapport.test"_s);
        const auto sales = UserRepository(source.db).byEmail(u"timur@rapport.test"_s);
        Client full;
        full.legalName = u"ТОО «Алтын, Дала»"_s;
        full.shortName = u"Алтын \"Дала\""_s;
        full.taxId = u"150840001234"_s;
        full.address = u"Алматы, пр. Абая 10"_s;
        full.status = ClientStatus::Suspended;
        full.language = u"kk"_s;
        full.accountManagerId = manager->id;
        full.salesOwnerId = sales->id;
        full.contractNumber = u"Д-14/2026"_s;
        full.contractSignedOn = QDate(2025, 12, 20);
        full.contractStart = QDate(2026, 1, 1);
        full.contractEnd = QDate(2026, 12, 31);
        Tariff t;
        t.monthlyFee = Money(25000050, u"KZT"_s);
        t.includedMinutes = 40 * 60 + 30;
        t.overageRate = Money(1500000, u"KZT"_s);
        t.vatRateBp = 1250;
        t.paymentTermsDays = 15;
        t.rolloverMonths = 2;
        t.billingMode = Tariff::BillingMode::Advance;
        full.tariff = t;
        full.notes = u"Две строки:\n«оплата»; \"после\" акта"_s;
        Contact c;
        c.name = u"Ерлан Абенов"_s;
        c.role = u"Директор, учредитель"_s;
        c.email = u"erlan@altyn.kz"_s;
        c.phone = u"+7 701 000 00 00"_s;
        c.preferredChannel = ContactChannel::Visit;
        c.language = u"en"_s;
        full.contacts = {c};
        Client other;
        other.legalName = u"Foreign GmbH"_s;
        other.taxCountry = TaxCountry::Other;
        other.taxId = u"DE 123456789"_s;
        Client bare;
        bare.legalName = u"Bare Ltd"_s;
        Contact noEmail;
        noEmail.name = u"Someone"_s;
        bare.contacts = {noEmail};
        Client ru;
        ru.legalName = u"ООО «Ромашка»"_s;
        ru.taxCountry = TaxCountry::RU;
        ru.taxId = u"500709123486"_s;
        ru.tariff = Tariff{};
        ru.tariff->monthlyFee = Money(3000000, u"RUB"_s);
        ru.tariff->vatRateBp = 2000;
        for (const Client &x : {full, other, bare, ru})
            QVERIFY(ClientRepository(source.db).add(x).ok());

        const QByteArray clientsCsv = *ClientExport(source.db).exportClientsCsv();
        const QByteArray contactsCsv = *ClientExport(source.db).exportContactsCsv();
        // The billing mode travels with the tariff (advance for the first, arrears for the RUB one).
        QVERIFY2(QString::fromUtf8(clientsCsv).contains(u",2,advance,"_s), clientsCsv.constData());
        QVERIFY2(QString::fromUtf8(clientsCsv).contains(u",arrears,"_s), clientsCsv.constData());

        test::TempDatabase target;
        addStaff(target.db);
        auto clients = ClientImport(target.db).importClients(clientsCsv);
        QVERIFY2(clients->errors.isEmpty(), qPrintable(errorStrings(*clients).join(u'\n')));
        QCOMPARE(clients->created, 4);
        auto contacts = ClientImport(target.db).importContacts(contactsCsv);
        QVERIFY2(contacts->errors.isEmpty(), qPrintable(errorStrings(*contacts).join(u'\n')));
        QCOMPARE(contacts->created, 2);

        QCOMPARE(*ClientExport(target.db).exportClientsCsv(), clientsCsv);
        QCOMPARE(*ClientExport(target.db).exportContactsCsv(), contactsCsv);
        // The JSON export agrees too, apart from row ids.
        const auto withoutIds = [](const QByteArray &json) {
            QJsonArray cards = QJsonDocument::fromJson(json).object().value(u"clients"_s).toArray();
            QJsonArray out;
            for (const QJsonValue &v : cards) {
                QJsonObject o = v.toObject();
                o.remove(u"id"_s);
                QJsonArray contactList;
                for (const QJsonValue &x : o.value(u"contacts"_s).toArray()) {
                    QJsonObject contact = x.toObject();
                    contact.remove(u"id"_s);
                    contactList.append(contact);
                }
                o.insert(u"contacts"_s, contactList);
                for (const QString &person : {u"account_manager"_s, u"sales_owner"_s}) {
                    QJsonObject p = o.value(person).toObject();
                    p.remove(u"id"_s);
                    o.insert(person, p);
                }
                out.append(o);
            }
            return out;
        };
        QCOMPARE(withoutIds(*ClientExport(target.db).exportClientsJson()),
                 withoutIds(*ClientExport(source.db).exportClientsJson()));
        // Importing the export again changes nothing.
        QCOMPARE(ClientImport(target.db).importClients(clientsCsv)->unchanged, 4);
        QCOMPARE(ClientImport(target.db).importContacts(contactsCsv)->unchanged, 2);

        // Excel flavour: semicolons and a byte order mark, read back the same.
        ClientExport::Options excel;
        excel.delimiter = u';';
        excel.byteOrderMark = true;
        const QByteArray excelCsv = *ClientExport(source.db).exportClientsCsv(excel);
        QVERIFY(excelCsv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(ClientImport(target.db).importClients(excelCsv)->unchanged, 4);
    }

    // New clients on a tariff get the provider's default regulation (the
    // Service standard), counted in the summary; a dry run or a rejected
    // file keeps none of it; Settings can turn it off.
    void newClientsOnATariffGetTheRegulation()
    {
        test::TempDatabase t;
        addStaff(t.db);
        const QByteArray csv = utf8(kHeader
                                    + u"ТОО «Алтын Дала»,150840001234,asel@rapport.test,250000,40,2026-01-01\n"
                                      "ООО «Северный Ветер»,7707083893,asel@rapport.test,120000,10,2026-02-01\n"
                                      "Acme LLP,,,,,\n"_s);
        ObligationRepository obligations(t.db);

        ImportOptions dry;
        dry.dryRun = true;
        auto checked = ClientImport(t.db).importClients(csv, dry);
        QVERIFY2(checked.ok(), qPrintable(checked.error()));
        QCOMPARE(checked->regulationApplied, 2); // would be
        QVERIFY(obligations.list({}, true).isEmpty());

        auto result = ClientImport(t.db).importClients(csv);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY2(result->errors.isEmpty(), qPrintable(errorStrings(*result).join(u'\n')));
        QCOMPARE(result->created, 3);
        QCOMPARE(result->regulationApplied, 2);
        ClientRepository repo(t.db);
        const auto kz = repo.byTaxId(TaxCountry::KZ, u"150840001234"_s);
        const auto ru = repo.byTaxId(TaxCountry::RU, u"7707083893"_s);
        const auto acme = repo.byLegalName(u"acme llp"_s);
        QVERIFY(kz && ru && acme);
        QCOMPARE(obligations.list(kz->id).size(), 5);
        QCOMPARE(obligations.list(ru->id).size(), 5);
        for (const ObligationRuleRow &row : obligations.list(kz->id))
            QCOMPARE(row.rule.preset, u"service_standard"_s);
        QVERIFY(obligations.list(acme->id, true).isEmpty()); // no tariff

        // Again: nothing new, nothing applied twice.
        auto again = ClientImport(t.db).importClients(csv);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(again->regulationApplied, 0);
        QCOMPARE(obligations.list({}, true).size(), 10);

        // A rejected file (all-or-nothing) applies nothing.
        const QByteArray bad = utf8(kHeader
                                    + u"Good LLP,,,1000,,\n"
                                      "Broken BIN,150840001235,,1000,,\n"_s);
        auto rejected = ClientImport(t.db).importClients(bad);
        QVERIFY(rejected.ok());
        QVERIFY(rejected->rejected);
        QCOMPARE(rejected->regulationApplied, 0);
        QCOMPARE(obligations.list({}, true).size(), 10);
        // Skipping the bad row imports and regulates the good one.
        ImportOptions skip;
        skip.skipInvalid = true;
        auto skipped = ClientImport(t.db).importClients(bad, skip);
        QCOMPARE(skipped->created, 1);
        QCOMPARE(skipped->regulationApplied, 1);
        QCOMPARE(obligations.list({}, true).size(), 15);

        // Turned off in Settings: imported clients get nothing.
        QVERIFY(RegulationSettings(t.db).setApplyToNewClients(false));
        auto off = ClientImport(t.db).importClients(utf8(kHeader + u"Off LLP,,,5000,,\n"_s));
        QCOMPARE(off->created, 1);
        QCOMPARE(off->regulationApplied, 0);
        QCOMPARE(obligations.list({}, true).size(), 15);
    }

    void progressAndCancel()
    {
        test::TempDatabase t;
        QString csv = u"legal_name\n"_s;
        for (int i = 0; i < 50; ++i)
            csv += u"Client %1\n"_s.arg(i);
        std::atomic_bool cancel = false;
        ImportOptions options;
        int calls = 0;
        options.progress = [&](int done, int total) {
            QCOMPARE(total, 50);
            ++calls;
            if (done == 20)
                cancel = true;
        };
        options.cancel = &cancel;
        auto result = ClientImport(t.db).importClients(utf8(csv), options);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(u"cancelled"_s));
        QCOMPARE(calls, 21);
        QCOMPARE(clientCount(t.db), 0);
    }

    void preview()
    {
        const QByteArray csv = utf8(u"Наименование;БИН;colour\nA;150840001234;red\nB;;blue\nC;;green\n"_s);
        const ImportPreview p = ClientImport::previewRows(csv, 2);
        QCOMPARE(p.encoding, u"UTF-8"_s);
        QCOMPARE(p.delimiter, QChar(u';'));
        QCOMPARE(p.header, (QStringList{u"Наименование"_s, u"БИН"_s, u"colour"_s}));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.totalRows, 3);
        QCOMPARE(p.clientColumns, (QStringList{u"legal_name"_s, u"tax_id"_s, QString()}));
        QCOMPARE(p.contactColumns, (QStringList{u"client_name"_s, u"client_tax_id"_s, QString()}));
        QVERIFY(p.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientImport)
#include "tst_clientimport.moc"
