// The real rapport-cli binary: clients list/show/add/note/call/archive, the
// demo's clients, and CSV import/export (bad rows, --skip-invalid,
// --dry-run, round trips).
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestCliClients : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshDb() { return test::freshDatabase(m_dir, u"db%1.sqlite"_s.arg(++m_counter)); }
    static QJsonObject json(const test::CliRun &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }
    static test::CliRun cli(const QString &db, const QStringList &args)
    {
        return test::runCli(QStringList{u"--db"_s, db} + args);
    }
    static test::CliRun cliJson(const QString &db, const QStringList &args)
    {
        return test::runCli(QStringList{u"--db"_s, db, u"--format"_s, u"json"_s} + args);
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void addShowNoteCallArchive()
    {
        const QString db = freshDb();
        QCOMPARE(cli(db,
                     {u"users"_s,
                      u"add"_s,
                      u"--name"_s,
                      u"Асель Касымова"_s,
                      u"--email"_s,
                      u"asel@rapport.test"_s,
                      u"--role"_s,
                      u"account_manager"_s})
                     .exitCode,
                 0);
        auto add = cliJson(db,
                           {u"--user"_s,
                            u"asel@rapport.test"_s,
                            u"clients"_s,
                            u"add"_s,
                            u"--legal-name"_s,
                            u"ТОО «Алтын Дала»"_s,
                            u"--tax-id"_s,
                            u"150 840 001 234"_s,
                            u"--manager"_s,
                            u"asel@rapport.test"_s,
                            u"--fee"_s,
                            u"250000"_s,
                            u"--included-hours"_s,
                            u"40"_s,
                            u"--contact-name"_s,
                            u"Ерлан Абенов"_s,
                            u"--contact-email"_s,
                            u"erlan@altyn.kz"_s,
                            u"--contract-start"_s,
                            u"2026-01-01"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QJsonObject added = json(add);
        const qint64 id = added.value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(added.value(u"tax_country"_s).toString(), u"KZ"_s);
        QCOMPARE(added.value(u"tax_id"_s).toString(), u"150840001234"_s);
        const QString idText = QString::number(id);

        QCOMPARE(cli(db, {u"clients"_s, u"note"_s, idText, u"--text"_s, u"Позвонить в пятницу"_s}).exitCode, 0);
        auto call = cliJson(db,
                            {u"clients"_s,
                             u"call"_s,
                             idText,
                             u"--summary"_s,
                             u"Обсудили счёт"_s,
                             u"--at"_s,
                             u"2026-11-20T14:30:00+05:00"_s});
        QCOMPARE(call.exitCode, 0);
        QCOMPARE(json(call).value(u"at"_s).toString(), u"2026-11-20T09:30:00Z"_s);
        QCOMPARE(json(call).value(u"channel"_s).toString(), u"phone"_s);

        auto show = cliJson(db, {u"clients"_s, u"show"_s, idText});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject card = json(show);
        for (const QString &key : {u"id"_s,           u"legal_name"_s,    u"short_name"_s,
                                   u"tax_country"_s,  u"tax_id"_s,        u"address"_s,
                                   u"status"_s,       u"language"_s,      u"account_manager"_s,
                                   u"sales_owner"_s,  u"sla_policy_id"_s, u"contract"_s,
                                   u"tariff"_s,       u"notes"_s,         u"archived"_s,
                                   u"contacts"_s,     u"conditions"_s,    u"documents"_s,
                                   u"completeness"_s, u"timeline"_s})
            QVERIFY2(card.contains(key), qPrintable(key));
        QCOMPARE(card.value(u"account_manager"_s).toObject().value(u"email"_s).toString(), u"asel@rapport.test"_s);
        QCOMPARE(card.value(u"tariff"_s).toObject().value(u"monthly_fee"_s).toString(), u"250000.00"_s);
        QCOMPARE(card.value(u"tariff"_s).toObject().value(u"included_minutes"_s).toInt(), 2400);
        QCOMPARE(card.value(u"contacts"_s).toArray().at(0).toObject().value(u"email"_s).toString(),
                 u"erlan@altyn.kz"_s);
        const QJsonObject completeness = card.value(u"completeness"_s).toObject();
        QCOMPARE(completeness.value(u"percent"_s).toInt(), 75);
        QStringList missing;
        for (const QJsonValue &m : completeness.value(u"missing"_s).toArray()) {
            QVERIFY(!m.toObject().value(u"text"_s).toString().isEmpty());
            missing << m.toObject().value(u"key"_s).toString();
        }
        QCOMPARE(missing, (QStringList{u"contract_number"_s, u"sales_owner"_s}));
        const QJsonArray timeline = card.value(u"timeline"_s).toArray();
        QCOMPARE(timeline.size(), 3);
        QCOMPARE(timeline.at(0).toObject().value(u"kind"_s).toString(), u"note"_s);
        QCOMPARE(timeline.at(2).toObject().value(u"kind"_s).toString(), u"call"_s);
        for (const QString &key :
             {u"id"_s, u"at"_s, u"kind"_s, u"title"_s, u"body"_s, u"channel"_s, u"user"_s, u"ref_type"_s, u"ref_id"_s})
            QVERIFY2(timeline.at(0).toObject().contains(key), qPrintable(key));

        auto text = cli(db, {u"clients"_s, u"show"_s, idText});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"ТОО «Алтын Дала»"_s));
        QVERIFY(text.out.contains(u"75 %"_s));

        QCOMPARE(cli(db, {u"clients"_s, u"archive"_s, idText}).exitCode, 0);
        QCOMPARE(cli(db, {u"clients"_s, u"archive"_s, idText}).exitCode, 1);
        QCOMPARE(json(cliJson(db, {u"clients"_s, u"list"_s})).value(u"total"_s).toInt(), 0);
        QCOMPARE(json(cliJson(db, {u"clients"_s, u"list"_s, u"--archived"_s})).value(u"total"_s).toInt(), 1);
    }

    void listFiltersAndKeys()
    {
        const QString db = freshDb();
        QCOMPARE(cli(db,
                     {u"users"_s,
                      u"add"_s,
                      u"--name"_s,
                      u"M"_s,
                      u"--email"_s,
                      u"m@rapport.test"_s,
                      u"--role"_s,
                      u"account_manager"_s})
                     .exitCode,
                 0);
        QCOMPARE(cli(db,
                     {u"clients"_s,
                      u"add"_s,
                      u"--legal-name"_s,
                      u"Alpha LLP"_s,
                      u"--status"_s,
                      u"active"_s,
                      u"--manager"_s,
                      u"m@rapport.test"_s})
                     .exitCode,
                 0);
        QCOMPARE(cli(db, {u"clients"_s, u"add"_s, u"--legal-name"_s, u"ООО «Бета»"_s, u"--tax-id"_s, u"7707083893"_s})
                     .exitCode,
                 0);
        auto all = cliJson(db, {u"clients"_s, u"list"_s});
        QCOMPARE(all.exitCode, 0);
        const QJsonObject o = json(all);
        QCOMPARE(o.value(u"total"_s).toInt(), 2);
        QCOMPARE(o.value(u"count"_s).toInt(), 2);
        const QJsonObject first = o.value(u"clients"_s).toArray().at(0).toObject();
        for (const QString &key : {u"id"_s,
                                   u"legal_name"_s,
                                   u"short_name"_s,
                                   u"tax_id"_s,
                                   u"status"_s,
                                   u"account_manager"_s,
                                   u"completeness"_s,
                                   u"archived"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
        QCOMPARE(first.value(u"legal_name"_s).toString(), u"Alpha LLP"_s);
        QCOMPARE(first.value(u"account_manager"_s).toString(), u"M"_s);

        const auto names = [](const test::CliRun &run) {
            QStringList out;
            for (const QJsonValue &v : json(run).value(u"clients"_s).toArray())
                out << v.toObject().value(u"legal_name"_s).toString();
            return out;
        };
        QCOMPARE(names(cliJson(db, {u"clients"_s, u"list"_s, u"--status"_s, u"active"_s})),
                 QStringList{u"Alpha LLP"_s});
        QCOMPARE(names(cliJson(db, {u"clients"_s, u"list"_s, u"--manager"_s, u"m@rapport.test"_s})),
                 QStringList{u"Alpha LLP"_s});
        QCOMPARE(names(cliJson(db, {u"clients"_s, u"list"_s, u"--search"_s, u"бета"_s})), QStringList{u"ООО «Бета»"_s});
        QCOMPARE(names(cliJson(db, {u"clients"_s, u"list"_s, u"--limit"_s, u"1"_s})), QStringList{u"Alpha LLP"_s});
        QCOMPARE(json(cliJson(db, {u"clients"_s, u"list"_s, u"--limit"_s, u"1"_s})).value(u"total"_s).toInt(), 2);
        QCOMPARE(cli(db, {u"clients"_s, u"list"_s, u"--manager"_s, u"nobody@rapport.test"_s}).exitCode, 1);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{u"clients"_s} << 2 << u"needs an action"_s;
        QTest::newRow("unknown action") << QStringList{u"clients"_s, u"frob"_s} << 2 << u"unknown clients action"_s;
        QTest::newRow("bad status") << QStringList{u"clients"_s, u"list"_s, u"--status"_s, u"happy"_s} << 2
                                    << u"unknown status"_s;
        QTest::newRow("bad limit") << QStringList{u"clients"_s, u"list"_s, u"--limit"_s, u"-3"_s} << 2 << u"--limit"_s;
        QTest::newRow("show without id") << QStringList{u"clients"_s, u"show"_s} << 2 << u"client id"_s;
        QTest::newRow("show unknown id") << QStringList{u"clients"_s, u"show"_s, u"999"_s} << 1 << u"no client"_s;
        QTest::newRow("add without name") << QStringList{u"clients"_s, u"add"_s} << 2 << u"--legal-name"_s;
        QTest::newRow("add bad BIN") << QStringList{u"clients"_s,
                                                    u"add"_s,
                                                    u"--legal-name"_s,
                                                    u"X"_s,
                                                    u"--tax-id"_s,
                                                    u"150840001235"_s,
                                                    u"--tax-country"_s,
                                                    u"KZ"_s}
                                     << 1 << u"check digit"_s;
        QTest::newRow("add bad date")
            << QStringList{u"clients"_s, u"add"_s, u"--legal-name"_s, u"X"_s, u"--contract-start"_s, u"31/12/2026"_s}
            << 2 << u"--contract-start"_s;
        QTest::newRow("add hours without fee")
            << QStringList{u"clients"_s, u"add"_s, u"--legal-name"_s, u"X"_s, u"--included-hours"_s, u"10"_s} << 2
            << u"--fee"_s;
        QTest::newRow("note without text") << QStringList{u"clients"_s, u"note"_s, u"1"_s} << 2 << u"--text"_s;
        QTest::newRow("note unknown client")
            << QStringList{u"clients"_s, u"note"_s, u"77"_s, u"--text"_s, u"x"_s} << 1 << u"No client"_s;
        QTest::newRow("call bad at")
            << QStringList{u"clients"_s, u"call"_s, u"1"_s, u"--summary"_s, u"x"_s, u"--at"_s, u"yesterday"_s} << 2
            << u"--at"_s;
        QTest::newRow("call bad channel")
            << QStringList{u"clients"_s, u"call"_s, u"1"_s, u"--summary"_s, u"x"_s, u"--channel"_s, u"pigeon"_s} << 2
            << u"--channel"_s;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = freshDb();
        QCOMPARE(cli(db, {u"clients"_s, u"add"_s, u"--legal-name"_s, u"First"_s}).exitCode, 0);
        const auto run = cli(db, args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void demoCreatesCompleteClients()
    {
        const QString db = freshDb();
        auto demo = cliJson(db, {u"demo"_s, u"--clients"_s, u"40"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QCOMPARE(json(demo).value(u"clients"_s).toInt(), 40);
        QVERIFY(json(demo).value(u"contacts"_s).toInt() >= 40);
        const QJsonObject list = json(cliJson(db, {u"clients"_s, u"list"_s, u"--limit"_s, u"0"_s}));
        QCOMPARE(list.value(u"total"_s).toInt(), 40);
        QCOMPARE(list.value(u"clients"_s).toArray().size(), 40);
        int withTariff = 0;
        int withConditions = 0;
        QSet<QString> languages;
        QSet<QString> currencies;
        for (const QJsonValue &row : list.value(u"clients"_s).toArray()) {
            const QString id = QString::number(row.toObject().value(u"id"_s).toInteger());
            const QJsonObject card = json(cliJson(db, {u"clients"_s, u"show"_s, id}));
            // Every tax id the demo invents passes its check digits.
            const QString country = card.value(u"tax_country"_s).toString();
            QVERIFY(country == u"KZ"_s || country == u"RU"_s);
            QVERIFY(!card.value(u"contacts"_s).toArray().isEmpty());
            for (const QJsonValue &c : card.value(u"contacts"_s).toArray())
                languages.insert(c.toObject().value(u"language"_s).toString());
            if (card.value(u"tariff"_s).isObject()) {
                ++withTariff;
                currencies.insert(card.value(u"tariff"_s).toObject().value(u"currency"_s).toString());
            }
            if (!card.value(u"conditions"_s).toArray().isEmpty())
                ++withConditions;
            QVERIFY(!card.value(u"documents"_s).toArray().isEmpty());
            QVERIFY(!card.value(u"timeline"_s).toArray().isEmpty());
        }
        QVERIFY(withTariff > 30);
        QVERIFY(withConditions > 5);
        QCOMPARE(currencies, (QSet<QString>{u"KZT"_s, u"RUB"_s}));
        QVERIFY(languages.contains(u"ru"_s) && languages.contains(u"kk"_s));
    }
    void importWithBadRowsImportsNothing()
    {
        const QString db = freshDb();
        const QString file = writeFile(u"bad.csv"_s,
                                       u"legal_name;tax_id;status\n"
                                       "ТОО «Алтын Дала»;150840001234;active\n"
                                       "Broken BIN;150840001235;active\n"
                                       "Good Two;;onboarding\n"
                                       ";;active\n"_s.toUtf8());
        auto strict = cli(db, {u"import"_s, u"clients"_s, file});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.err.contains(u"line 3, column tax_id: The check digit of BIN/IIN 150840001235 is wrong"_s),
                 qPrintable(strict.err));
        QVERIFY(strict.err.contains(u"line 5, column legal_name: the legal name is empty"_s));
        QVERIFY(strict.err.contains(u"nothing imported"_s));
        QCOMPARE(json(cliJson(db, {u"clients"_s, u"list"_s})).value(u"total"_s).toInt(), 0);

        auto strictJson = cliJson(db, {u"import"_s, u"clients"_s, file});
        QCOMPARE(strictJson.exitCode, 1);
        const QJsonObject rejected = json(strictJson);
        QCOMPARE(rejected.value(u"rejected"_s).toBool(), true);
        QCOMPARE(rejected.value(u"created"_s).toInt(), 0);
        QCOMPARE(rejected.value(u"errors"_s).toArray().size(), 2);

        auto dry = cliJson(db, {u"import"_s, u"clients"_s, file, u"--skip-invalid"_s, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(json(dry).value(u"created"_s).toInt(), 2);
        QCOMPARE(json(dry).value(u"dry_run"_s).toBool(), true);
        QCOMPARE(json(cliJson(db, {u"clients"_s, u"list"_s})).value(u"total"_s).toInt(), 0);

        auto lenient = cliJson(db, {u"import"_s, u"clients"_s, file, u"--skip-invalid"_s});
        QCOMPARE(lenient.exitCode, 0);
        const QJsonObject o = json(lenient);
        for (const QString &key : {u"created"_s,
                                   u"updated"_s,
                                   u"unchanged"_s,
                                   u"skipped"_s,
                                   u"errors"_s,
                                   u"dry_run"_s,
                                   u"rejected"_s,
                                   u"rows"_s,
                                   u"encoding"_s,
                                   u"delimiter"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        QCOMPARE(o.value(u"created"_s).toInt(), 2);
        QCOMPARE(o.value(u"skipped"_s).toInt(), 2);
        QCOMPARE(o.value(u"dry_run"_s).toBool(), false);
        QCOMPARE(o.value(u"delimiter"_s).toString(), u";"_s);
        const QJsonObject firstError = o.value(u"errors"_s).toArray().at(0).toObject();
        QCOMPARE(firstError.value(u"line"_s).toInt(), 3);
        QCOMPARE(firstError.value(u"column"_s).toString(), u"tax_id"_s);
        QVERIFY(firstError.value(u"reason"_s).toString().contains(u"check digit"_s));
        QVERIFY(lenient.err.contains(u"line 3, column tax_id"_s)); // still reported
        QCOMPARE(json(cliJson(db, {u"clients"_s, u"list"_s})).value(u"total"_s).toInt(), 2);

        // The same file again: no duplicates.
        auto again = cliJson(db, {u"import"_s, u"clients"_s, file, u"--skip-invalid"_s});
        QCOMPARE(json(again).value(u"created"_s).toInt(), 0);
        QCOMPARE(json(again).value(u"unchanged"_s).toInt(), 2);
        QCOMPARE(json(cliJson(db, {u"clients"_s, u"list"_s})).value(u"total"_s).toInt(), 2);

        auto text = cli(db,
                        {u"import"_s,
                         u"contacts"_s,
                         writeFile(u"contacts.csv"_s, "client_tax_id,name,email\n150840001234,Anna,anna@altyn.kz\n")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"1 created"_s), qPrintable(text.out));
    }

    void exportImportRoundTrip()
    {
        const QString source = freshDb();
        QCOMPARE(cli(source, {u"demo"_s, u"--clients"_s, u"25"_s}).exitCode, 0);
        const QString clientsCsv = m_dir.filePath(u"clients-export.csv"_s);
        const QString contactsCsv = m_dir.filePath(u"contacts-export.csv"_s);
        QCOMPARE(cli(source, {u"export"_s, u"clients"_s, u"-o"_s, clientsCsv}).exitCode, 0);
        QCOMPARE(cli(source, {u"export"_s, u"contacts"_s, u"--format"_s, u"csv"_s, u"-o"_s, contactsCsv}).exitCode, 0);
        auto jsonExport = cliJson(source, {u"export"_s, u"clients"_s});
        QCOMPARE(jsonExport.exitCode, 0);
        QCOMPARE(json(jsonExport).value(u"count"_s).toInt(), 25);
        QCOMPARE(json(jsonExport).value(u"clients"_s).toArray().size(), 25);

        // The target has the same staff (the demo's team for the same seed).
        const QString target = freshDb();
        QCOMPARE(cli(target, {u"demo"_s, u"--clients"_s, u"0"_s}).exitCode, 0);
        auto clients = cliJson(target, {u"import"_s, u"clients"_s, clientsCsv});
        QVERIFY2(clients.exitCode == 0, qPrintable(clients.err));
        QCOMPARE(json(clients).value(u"created"_s).toInt(), 25);
        auto contacts = cliJson(target, {u"import"_s, u"contacts"_s, contactsCsv});
        QVERIFY2(contacts.exitCode == 0, qPrintable(contacts.err));
        QVERIFY(json(contacts).value(u"created"_s).toInt() >= 25);

        auto reexport = cli(target, {u"export"_s, u"clients"_s});
        QCOMPARE(reexport.exitCode, 0);
        QFile original(clientsCsv);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(reexport.out, QString::fromUtf8(original.readAll()));
        auto recontacts = cli(target, {u"export"_s, u"contacts"_s});
        QFile originalContacts(contactsCsv);
        QVERIFY(originalContacts.open(QIODevice::ReadOnly));
        QCOMPARE(recontacts.out, QString::fromUtf8(originalContacts.readAll()));
    }

    void importExportUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("import nothing") << QStringList{u"import"_s} << 2 << u"import needs what to import"_s;
        QTest::newRow("import unknown") << QStringList{u"import"_s, u"invoices"_s, u"x.csv"_s} << 2
                                        << u"unknown import"_s;
        QTest::newRow("import without file") << QStringList{u"import"_s, u"clients"_s} << 2 << u"needs a FILE"_s;
        QTest::newRow("import missing file")
            << QStringList{u"import"_s, u"clients"_s, u"/nonexistent/x.csv"_s} << 1 << u"cannot read"_s;
        QTest::newRow("export nothing") << QStringList{u"export"_s} << 2 << u"export needs what to export"_s;
        QTest::newRow("export contacts json")
            << QStringList{u"--format"_s, u"json"_s, u"export"_s, u"contacts"_s} << 2 << u"writes csv"_s;
        QTest::newRow("export to a folder that does not exist")
            << QStringList{u"export"_s, u"clients"_s, u"-o"_s, u"/nonexistent/dir/x.csv"_s} << 1 << u"cannot write"_s;
    }

    void importExportUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto run = cli(freshDb(), args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliClients)
#include "tst_cli_clients.moc"
