// The real rapport-cli binary: billing run, invoice issue/pay/cancel/show/list,
// gapless numbers under two concurrent processes, PDF invoices and acts read
// back with pdftotext, dunning and the unused-hours report.
#include "billing/amountinwords.h"
#include "domain/taxid.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

QString bin(const QString &elevenDigits)
{
    return elevenDigits + QString::number(kzCheckDigit(elevenDigits));
}

} // namespace

class TestCliBilling : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshDb() { return test::freshDatabase(m_dir, u"billing%1.sqlite"_s.arg(++m_counter)); }
    static QJsonObject json(const test::CliRun &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }
    static test::CliRun cli(const QString &db, const QStringList &args)
    {
        return test::runCli(QStringList { u"--db"_s, db, u"--user"_s, u"manager@rapport.test"_s } + args);
    }
    static test::CliRun cliJson(const QString &db, const QStringList &args)
    {
        return cli(db, QStringList { u"--format"_s, u"json"_s } + args);
    }

    // A database with a staff member, the provider's details and one client
    // with a ticket and 11.5 h logged in October 2026 (10 h included).
    QString booksWithOneClient(const QString &language, const QString &taxId)
    {
        const QString db = freshDb();
        if (test::runCli({ u"--db"_s, db, u"users"_s, u"add"_s, u"--name"_s, u"Асель Касымова"_s, u"--email"_s,
                u"manager@rapport.test"_s, u"--role"_s, u"account_manager"_s })
                .exitCode
            != 0)
            qFatal("users add");
        const auto provider = cli(db,
            { u"billing"_s, u"provider"_s, u"--name"_s, u"ТОО «Рапорт Сервис»"_s, u"--tax-id"_s, u"180540012345"_s,
                u"--address"_s, u"Астана, пр. Мангилик Ел, 1"_s, u"--bank-name"_s, u"АО «Kaspi Bank»"_s,
                u"--bank-bic"_s, u"CASPKZKA"_s, u"--bank-account"_s, u"KZ12722S000001234567"_s, u"--director"_s,
                u"Иванов И. И."_s });
        if (provider.exitCode != 0)
            qFatal("provider: %s", qPrintable(provider.err));
        const auto client = cli(db,
            { u"clients"_s, u"add"_s, u"--legal-name"_s, u"ТОО «Альфа Трейд»"_s, u"--tax-id"_s, taxId,
                u"--status"_s, u"active"_s, u"--language"_s, language, u"--address"_s, u"Алматы, ул. Абая, 10"_s,
                u"--contract-number"_s, u"A-17"_s, u"--contract-signed"_s, u"2026-01-10"_s, u"--fee"_s,
                u"200000"_s, u"--included-hours"_s, u"10"_s, u"--overage-rate"_s, u"15000"_s });
        if (client.exitCode != 0)
            qFatal("clients add: %s", qPrintable(client.err));
        for (const auto &[subject, minutes] :
            { std::pair { u"Настройка 1С"_s, u"500"_s }, std::pair { u"Отчёт по НДС"_s, u"190"_s } }) {
            if (cli(db, { u"ticket"_s, u"add"_s, u"--client"_s, u"1"_s, u"--subject"_s, subject }).exitCode != 0)
                qFatal("ticket add");
        }
        cli(db, { u"ticket"_s, u"time"_s, u"1"_s, u"--minutes"_s, u"500"_s, u"--date"_s, u"2026-10-05"_s });
        cli(db, { u"ticket"_s, u"time"_s, u"2"_s, u"--minutes"_s, u"190"_s, u"--date"_s, u"2026-10-20"_s });
        return db;
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(u"pdftotext"_s), { pdf, u"-"_s });
        if (!p.waitForFinished(60000))
            return {};
        QString text = QString::fromUtf8(p.readAllStandardOutput());
        text.replace(QChar(0x00A0), u' ');
        return text.simplified();
    }

private Q_SLOTS:
    void runIssuePay()
    {
        const QString db = booksWithOneClient(u"ru"_s, bin(u"10014001105"_s));
        auto dry = cliJson(db, { u"billing"_s, u"run"_s, u"--month"_s, u"2026-10"_s, u"--dry-run"_s });
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(json(dry).value(u"created"_s).toInt(), 1);
        QCOMPARE(json(dry).value(u"dry_run"_s).toBool(), true);
        QCOMPARE(json(cliJson(db, { u"invoice"_s, u"list"_s })).value(u"invoices"_s).toArray().size(), 0);

        auto run = cliJson(db, { u"billing"_s, u"run"_s, u"--month"_s, u"2026-10"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject item = json(run).value(u"items"_s).toArray().first().toObject();
        QCOMPARE(item.value(u"outcome"_s).toString(), u"created"_s);
        QCOMPARE(item.value(u"billable_minutes"_s).toInt(), 690);
        QCOMPARE(item.value(u"overage_minutes"_s).toInt(), 90);
        QCOMPARE(item.value(u"total"_s).toString(), u"249200.00"_s); // 200 000 + 1.5 h × 15 000 + 12 %
        QCOMPARE(item.value(u"total_minor"_s).toInteger(), 24920000);
        auto again = cliJson(db, { u"billing"_s, u"run"_s, u"--month"_s, u"2026-10"_s });
        QCOMPARE(json(again).value(u"created"_s).toInt(), 0);
        QCOMPARE(json(again).value(u"existing"_s).toInt(), 1);

        auto draft = cliJson(db, { u"invoice"_s, u"show"_s, u"#1"_s });
        QCOMPARE(draft.exitCode, 0);
        QCOMPARE(json(draft).value(u"status"_s).toString(), u"draft"_s);
        QVERIFY(json(draft).value(u"number"_s).isNull());
        QCOMPARE(json(draft).value(u"lines"_s).toArray().size(), 2);
        QCOMPARE(json(draft).value(u"act"_s).toObject().value(u"total_minutes"_s).toInt(), 690);

        auto issued = cliJson(db, { u"invoice"_s, u"issue"_s, u"1"_s, u"--date"_s, u"2026-11-02"_s });
        QCOMPARE(issued.exitCode, 0);
        QCOMPARE(json(issued).value(u"number"_s).toString(), u"2026-0001"_s);
        QCOMPARE(json(issued).value(u"due_on"_s).toString(), u"2026-11-12"_s);
        QCOMPARE(cli(db, { u"invoice"_s, u"issue"_s, u"1"_s }).exitCode, 1); // already issued

        auto part = cliJson(db, { u"invoice"_s, u"pay"_s, u"2026-0001"_s, u"--amount"_s, u"200000"_s, u"--date"_s,
                                    u"2026-11-10"_s, u"--reference"_s, u"п/п 77"_s });
        QCOMPARE(part.exitCode, 0);
        QCOMPARE(json(part).value(u"invoice"_s).toObject().value(u"status"_s).toString(), u"partially_paid"_s);
        QCOMPARE(json(part).value(u"invoice"_s).toObject().value(u"outstanding"_s).toString(), u"49200.00"_s);
        QCOMPARE(json(part).value(u"payment"_s).toObject().value(u"reference"_s).toString(), u"п/п 77"_s);

        auto over = cli(db, { u"invoice"_s, u"pay"_s, u"2026-0001"_s, u"--amount"_s, u"49200.01"_s, u"--date"_s,
                                u"2026-11-11"_s });
        QCOMPARE(over.exitCode, 1);
        QVERIFY2(over.err.contains(u"exceeds"_s), qPrintable(over.err));
        QCOMPARE(cli(db, { u"invoice"_s, u"pay"_s, u"2026-0001"_s, u"--amount"_s, u"abc"_s, u"--date"_s,
                             u"2026-11-11"_s })
                     .exitCode,
            2);
        QCOMPARE(cli(db, { u"invoice"_s, u"pay"_s, u"2026-0001"_s, u"--amount"_s, u"1"_s }).exitCode, 2);
        QCOMPARE(cli(db, { u"invoice"_s, u"cancel"_s, u"2026-0001"_s, u"--reason"_s, u"ошибка"_s }).exitCode, 1);

        auto full = cliJson(db, { u"invoice"_s, u"pay"_s, u"2026-0001"_s, u"--amount"_s, u"49200.00"_s, u"--date"_s,
                                    u"2026-11-11"_s });
        QCOMPARE(full.exitCode, 0);
        QCOMPARE(json(full).value(u"invoice"_s).toObject().value(u"status"_s).toString(), u"paid"_s);
        auto shown = cliJson(db, { u"invoice"_s, u"show"_s, u"2026-0001"_s });
        QCOMPARE(json(shown).value(u"payments"_s).toArray().size(), 2);
        QCOMPARE(json(shown).value(u"paid_on"_s).toString(), u"2026-11-11"_s);

        auto list = cliJson(db, { u"invoice"_s, u"list"_s, u"--status"_s, u"paid"_s, u"--client"_s, u"1"_s });
        QCOMPARE(json(list).value(u"invoices"_s).toArray().size(), 1);
        QCOMPARE(cli(db, { u"invoice"_s, u"list"_s, u"--status"_s, u"unpaid"_s }).exitCode, 2);
        QCOMPARE(cli(db, { u"invoice"_s, u"show"_s, u"2099-0001"_s }).exitCode, 1);
        QCOMPARE(cli(db, { u"billing"_s, u"run"_s }).exitCode, 2);
        QCOMPARE(cli(db, { u"billing"_s, u"run"_s, u"--month"_s, u"2026-13"_s }).exitCode, 2);
    }

    void gaplessUnderTwoProcesses()
    {
        const QString db = freshDb();
        QCOMPARE(test::runCli({ u"--db"_s, db, u"users"_s, u"add"_s, u"--name"_s, u"Асель"_s, u"--email"_s,
                                  u"manager@rapport.test"_s, u"--role"_s, u"account_manager"_s })
                     .exitCode,
            0);
        const int clients = 24;
        for (int i = 1; i <= clients; ++i)
            QCOMPARE(cli(db, { u"clients"_s, u"add"_s, u"--legal-name"_s, u"Клиент %1"_s.arg(i), u"--status"_s,
                                 u"active"_s, u"--fee"_s, QString::number(1000 + i) })
                         .exitCode,
                0);
        QCOMPARE(json(cliJson(db, { u"billing"_s, u"run"_s, u"--month"_s, u"2026-10"_s })).value(u"created"_s).toInt(),
            clients);
        // Two processes issue interleaved drafts at the same time, one transaction each.
        QStringList odd { u"invoice"_s, u"issue"_s };
        QStringList even { u"invoice"_s, u"issue"_s };
        for (int id = 1; id <= clients; ++id)
            (id % 2 ? odd : even) << QString::number(id);
        QProcess a;
        QProcess b;
        const QString program = qEnvironmentVariable("RAPPORT_CLI");
        const QStringList common { u"--db"_s, db, u"--user"_s, u"manager@rapport.test"_s };
        a.start(program, common + odd + QStringList { u"--date"_s, u"2026-11-02"_s });
        b.start(program, common + even + QStringList { u"--date"_s, u"2026-11-02"_s });
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);

        const QJsonArray invoices = json(cliJson(db, { u"invoice"_s, u"list"_s })).value(u"invoices"_s).toArray();
        QCOMPARE(invoices.size(), clients);
        QSet<QString> numbers;
        for (const QJsonValue &v : invoices)
            numbers.insert(v.toObject().value(u"number"_s).toString());
        QSet<QString> expected;
        for (int n = 1; n <= clients; ++n)
            expected.insert(u"2026-%1"_s.arg(n, 4, 10, QLatin1Char('0')));
        QCOMPARE(numbers, expected);
    }

    void pdfInvoiceAndAct_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("title");
        QTest::newRow("ru") << u"ru"_s << u"249 200,00"_s << u"Счёт на оплату № 2026-0001"_s;
        QTest::newRow("kk") << u"kk"_s << u"249 200,00"_s << u"Төлем шоты № 2026-0001"_s;
        QTest::newRow("en") << u"en"_s << u"249,200.00"_s << u"Invoice No. 2026-0001"_s;
    }

    void pdfInvoiceAndAct()
    {
        QFETCH(QString, language);
        QFETCH(QString, total);
        QFETCH(QString, title);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString taxId = bin(u"10014001105"_s);
        const QString db = booksWithOneClient(language, taxId);
        QCOMPARE(cli(db, { u"billing"_s, u"run"_s, u"--month"_s, u"2026-10"_s }).exitCode, 0);
        QCOMPARE(cli(db, { u"invoice"_s, u"issue"_s, u"1"_s, u"--date"_s, u"2026-11-02"_s }).exitCode, 0);
        const QString words = *AmountInWords::format(Money(24920000, u"KZT"_s), language);

        const QString invoicePdf = m_dir.filePath(u"invoice-%1.pdf"_s.arg(language));
        auto written = cliJson(db, { u"invoice"_s, u"pdf"_s, u"2026-0001"_s, u"-o"_s, invoicePdf });
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QCOMPARE(json(written).value(u"language"_s).toString(), language);
        const QString text = pdfText(invoicePdf);
        QVERIFY2(text.contains(title), qPrintable(text));
        QVERIFY2(text.contains(u"2026-0001"_s), qPrintable(text));
        QVERIFY2(text.contains(taxId), qPrintable(text));
        QVERIFY2(text.contains(u"180540012345"_s), qPrintable(text)); // the provider's
        QVERIFY2(text.contains(total), qPrintable(text));
        QVERIFY2(text.contains(words), qPrintable(words + u"\n"_s + text));
        QVERIFY2(text.contains(u"KZ12722S000001234567"_s), qPrintable(text));

        const QString actPdf = m_dir.filePath(u"act-%1.pdf"_s.arg(language));
        auto act = cli(db, { u"act"_s, u"pdf"_s, u"1"_s, u"--month"_s, u"2026-10"_s, u"-o"_s, actPdf });
        QVERIFY2(act.exitCode == 0, qPrintable(act.err));
        const QString actText = pdfText(actPdf);
        QVERIFY2(actText.contains(u"Настройка 1С"_s), qPrintable(actText));
        QVERIFY2(actText.contains(language == u"en"_s ? u"11.5"_s : u"11,5"_s), qPrintable(actText));
        QVERIFY2(actText.contains(words), qPrintable(actText));
        QVERIFY2(actText.contains(taxId), qPrintable(actText));

        QCOMPARE(cli(db, { u"invoice"_s, u"pdf"_s, u"2026-0001"_s }).exitCode, 2); // no -o
        QCOMPARE(cli(db, { u"invoice"_s, u"pdf"_s, u"2026-0001"_s, u"-o"_s, m_dir.filePath(u"no/such/dir/x.pdf"_s) })
                     .exitCode,
            1);
        QCOMPARE(cli(db, { u"act"_s, u"pdf"_s, u"1"_s, u"--month"_s, u"2026-09"_s, u"-o"_s, actPdf }).exitCode, 1);
    }

    void dunningAndUnusedHours()
    {
        const QString db = booksWithOneClient(u"ru"_s, bin(u"10014001105"_s));
        QCOMPARE(cli(db, { u"billing"_s, u"run"_s, u"--month"_s, u"2026-10"_s }).exitCode, 0);
        QCOMPARE(cli(db, { u"invoice"_s, u"issue"_s, u"1"_s, u"--date"_s, u"2026-11-02"_s }).exitCode, 0);
        // Due Thursday 12 November: the notice goes out on Friday the 13th.
        auto run = cliJson(db, { u"dunning"_s, u"run"_s, u"--as-of"_s, u"2026-11-13"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray steps = json(run).value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().toObject().value(u"step"_s).toString(), u"notice"_s);
        QCOMPARE(steps.first().toObject().value(u"due_on"_s).toString(), u"2026-11-13"_s);
        QCOMPARE(json(cliJson(db, { u"dunning"_s, u"run"_s, u"--as-of"_s, u"2026-11-13"_s }))
                     .value(u"steps"_s)
                     .toArray()
                     .size(),
            0);
        auto list = cliJson(db, { u"dunning"_s, u"list"_s, u"--as-of"_s, u"2026-11-16"_s });
        const QJsonObject row = json(list).value(u"clients"_s).toArray().first().toObject();
        QCOMPARE(row.value(u"state"_s).toString(), u"notice_sent"_s);
        QCOMPARE(row.value(u"next_step"_s).toString(), u"suspend"_s);
        QCOMPARE(row.value(u"outstanding"_s).toString(), u"249200.00"_s);
        QCOMPARE(row.value(u"notice_deadline"_s).toString(), u"2026-11-20"_s);

        QCOMPARE(cli(db, { u"dunning"_s, u"hold"_s, u"1"_s, u"--reason"_s, u"переговоры"_s }).exitCode, 1);
        QCOMPARE(cli(db, { u"dunning"_s, u"promise"_s, u"1"_s }).exitCode, 2);
        auto promise = cliJson(db, { u"dunning"_s, u"promise"_s, u"1"_s, u"--until"_s, u"2027-01-15"_s });
        QCOMPARE(promise.exitCode, 0);
        QCOMPARE(json(promise).value(u"kind"_s).toString(), u"promise_to_pay"_s);
        QCOMPARE(json(cliJson(db, { u"dunning"_s, u"run"_s, u"--as-of"_s, u"2027-01-15"_s }))
                     .value(u"steps"_s)
                     .toArray()
                     .size(),
            0);
        auto released = cliJson(db, { u"dunning"_s, u"release"_s, u"1"_s });
        QCOMPARE(released.exitCode, 0);
        QCOMPARE(json(released).value(u"lifted"_s).toInt(), 1);

        auto report = cliJson(db, { u"report"_s, u"unused-hours"_s, u"--month"_s, u"2026-10"_s });
        QCOMPARE(report.exitCode, 0);
        const QJsonObject client = json(report).value(u"clients"_s).toArray().first().toObject();
        QCOMPARE(client.value(u"included_minutes"_s).toInt(), 600);
        QCOMPARE(client.value(u"used_minutes"_s).toInt(), 690);
        QCOMPARE(client.value(u"source"_s).toString(), u"billed"_s);
        QCOMPARE(client.value(u"flagged"_s).toBool(), false);
        auto csv = cli(db, { u"--format"_s, u"csv"_s, u"report"_s, u"unused-hours"_s, u"--month"_s, u"2026-10"_s });
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(u"client_id,client,month,source,included_minutes"_s));
        QVERIFY(csv.out.contains(u"1,ТОО «Альфа Трейд»,2026-10,billed,600,690,0,0.00"_s));
    }

    // A debt notice that a rule sends waits for its message; `dunning
    // mark-sent` records that the team handed it over itself, and the
    // deadline counts from that day (the cancelled message: tst_dunningrun).
    void dunningMarkSentByTheTeam()
    {
        const QString db = booksWithOneClient(u"ru"_s, bin(u"10014001105"_s));
        QCOMPARE(cli(db, { u"billing"_s, u"run"_s, u"--month"_s, u"2026-10"_s }).exitCode, 0);
        QCOMPARE(cli(db, { u"invoice"_s, u"issue"_s, u"1"_s, u"--date"_s, u"2026-11-02"_s }).exitCode, 0);
        // Nothing waits yet.
        const auto early = cli(db, { u"dunning"_s, u"mark-sent"_s, u"1"_s, u"--note"_s, u"курьером"_s });
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(u"waiting to be sent"_s), qPrintable(early.err));
        QCOMPARE(cli(db, { u"automation"_s, u"rules"_s }).exitCode, 0); // the shipped rules, debt notice on
        QCOMPARE(cli(db, { u"dunning"_s, u"run"_s, u"--as-of"_s, u"2026-11-13"_s }).exitCode, 0);
        const QJsonObject waiting = json(cliJson(db, { u"dunning"_s, u"list"_s, u"--as-of"_s, u"2026-11-16"_s }))
                                        .value(u"clients"_s).toArray().first().toObject();
        QCOMPARE(waiting.value(u"waiting_for"_s).toString(), u"delivery"_s);

        QCOMPARE(cli(db, { u"dunning"_s, u"mark-sent"_s, u"1"_s }).exitCode, 2); // --note is required
        QCOMPARE(cli(db, { u"dunning"_s, u"mark-sent"_s, u"1"_s, u"--note"_s, u"курьером"_s, u"--date"_s,
                     u"2026-11-12"_s })
                     .exitCode,
            1); // before the notice
        const auto marked = cliJson(db,
            { u"dunning"_s, u"mark-sent"_s, u"1"_s, u"--note"_s, u"Курьером под роспись"_s, u"--date"_s,
                u"2026-11-16"_s });
        QVERIFY2(marked.exitCode == 0, qPrintable(marked.err));
        QCOMPARE(json(marked).value(u"step"_s).toString(), u"notice"_s);
        QCOMPARE(json(marked).value(u"delivery"_s).toString(), u"team"_s);
        QCOMPARE(json(marked).value(u"sent_on"_s).toString(), u"2026-11-16"_s);

        const QJsonObject row = json(cliJson(db, { u"dunning"_s, u"list"_s, u"--as-of"_s, u"2026-11-17"_s }))
                                    .value(u"clients"_s).toArray().first().toObject();
        QCOMPARE(row.value(u"waiting_for"_s).toString(), QString());
        QCOMPARE(row.value(u"notice_deadline"_s).toString(), u"2026-11-23"_s);
        const QJsonObject step = row.value(u"history"_s).toArray().first().toObject();
        QCOMPARE(step.value(u"delivery"_s).toString(), u"team"_s);
        QCOMPARE(step.value(u"sent_on"_s).toString(), u"2026-11-16"_s);
    }

    // Billing in advance (issue 14) from the command line: the mode is set
    // with `clients edit`, shown in the card's JSON, and each run's invoice
    // carries its month's fee with the last month's work; switching back
    // bills no month twice.
    void billingInAdvance()
    {
        const QString db = booksWithOneClient(u"en"_s, bin(u"10014001105"_s));
        const auto tariffOf = [&db]() {
            return json(cliJson(db, { u"clients"_s, u"show"_s, u"1"_s })).value(u"tariff"_s).toObject();
        };
        QCOMPARE(tariffOf().value(u"billing_mode"_s).toString(), u"arrears"_s);

        QCOMPARE(cli(db, { u"clients"_s, u"edit"_s, u"1"_s, u"--billing-mode"_s, u"weekly"_s }).exitCode, 2);
        QCOMPARE(cli(db, { u"clients"_s, u"edit"_s, u"1"_s, u"--fee"_s, u"5"_s }).exitCode, 2);
        QCOMPARE(cli(db, { u"clients"_s, u"edit"_s, u"1"_s }).exitCode, 2);
        auto edited = cliJson(db, { u"clients"_s, u"edit"_s, u"1"_s, u"--billing-mode"_s, u"advance"_s });
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(json(edited).value(u"tariff"_s).toObject().value(u"billing_mode"_s).toString(), u"advance"_s);
        QCOMPARE(tariffOf().value(u"billing_mode"_s).toString(), u"advance"_s);
        QVERIFY(cli(db, { u"clients"_s, u"show"_s, u"1"_s }).out.contains(u"billed in advance"_s));

        const auto runMonth = [&db](const QString &month) {
            auto run = cliJson(db, { u"billing"_s, u"run"_s, u"--month"_s, month });
            if (run.exitCode != 0)
                qWarning("billing run %s: %s", qPrintable(month), qPrintable(run.err));
            return json(run).value(u"items"_s).toArray().first().toObject();
        };
        // October, the first invoice: October's fee (the card has no contract
        // start, so no work of September).
        const QJsonObject oct = runMonth(u"2026-10"_s);
        QCOMPARE(oct.value(u"outcome"_s).toString(), u"created"_s);
        QCOMPARE(oct.value(u"fee_month"_s).toString(), u"2026-10"_s);
        QVERIFY(oct.value(u"usage_month"_s).isNull());
        QCOMPARE(oct.value(u"lines"_s).toArray().size(), 1);
        QCOMPARE(oct.value(u"lines"_s).toArray().first().toObject().value(u"description"_s).toString(),
            u"Subscription support services for October 2026"_s);
        // November: November's fee and October's 1.5 h beyond the 10 h.
        const QJsonObject nov = runMonth(u"2026-11"_s);
        QCOMPARE(nov.value(u"fee_month"_s).toString(), u"2026-11"_s);
        QCOMPARE(nov.value(u"usage_month"_s).toString(), u"2026-10"_s);
        QCOMPARE(nov.value(u"overage_minutes"_s).toInt(), 90);
        QCOMPARE(nov.value(u"total"_s).toString(), u"249200.00"_s);
        const QJsonArray novLines = nov.value(u"lines"_s).toArray();
        QCOMPARE(novLines.size(), 2);
        QCOMPARE(novLines.at(0).toObject().value(u"description"_s).toString(),
            u"Subscription support services for November 2026"_s);
        QCOMPARE(novLines.at(1).toObject().value(u"description"_s).toString(),
            u"Work beyond the included hours for October 2026"_s);
        // Idempotent.
        auto again = cliJson(db, { u"billing"_s, u"run"_s, u"--month"_s, u"2026-11"_s });
        QCOMPARE(json(again).value(u"created"_s).toInt(), 0);
        QCOMPARE(json(again).value(u"existing"_s).toInt(), 1);

        // October's act lists October's work, on November's invoice.
        auto act = cliJson(db, { u"act"_s, u"show"_s, u"1"_s, u"--month"_s, u"2026-10"_s });
        QCOMPARE(act.exitCode, 0);
        QCOMPARE(json(act).value(u"total_minutes"_s).toInt(), 690);
        QCOMPARE(json(act).value(u"invoice_id"_s).toInteger(), nov.value(u"invoice_id"_s).toInteger());
        auto shown = cliJson(db, { u"invoice"_s, u"show"_s, u"#%1"_s.arg(nov.value(u"invoice_id"_s).toInteger()) });
        QCOMPARE(json(shown).value(u"fee_month"_s).toString(), u"2026-11"_s);
        QCOMPARE(json(shown).value(u"usage_month"_s).toString(), u"2026-10"_s);

        // Back to arrears: November's fee is billed, so its run bills
        // November's work alone (none logged: nothing to bill); December
        // has December's fee and work.
        QCOMPARE(cli(db, { u"clients"_s, u"edit"_s, u"1"_s, u"--billing-mode"_s, u"arrears"_s }).exitCode, 0);
        const QJsonObject novEnd = runMonth(u"2026-11"_s);
        QCOMPARE(novEnd.value(u"outcome"_s).toString(), u"nothing_to_bill"_s);
        QVERIFY(novEnd.value(u"fee_month"_s).isNull());
        QCOMPARE(novEnd.value(u"usage_month"_s).toString(), u"2026-11"_s);
        const QJsonObject dec = runMonth(u"2026-12"_s);
        QCOMPARE(dec.value(u"fee_month"_s).toString(), u"2026-12"_s);
        QCOMPARE(dec.value(u"usage_month"_s).toString(), u"2026-12"_s);
        QStringList feeMonths;
        for (const QJsonValue &v : json(cliJson(db, { u"invoice"_s, u"list"_s })).value(u"invoices"_s).toArray())
            feeMonths << v.toObject().value(u"fee_month"_s).toString();
        feeMonths.sort();
        QCOMPARE(feeMonths, (QStringList { u"2026-10"_s, u"2026-11"_s, u"2026-12"_s }));

        // A new card may be billed in advance from the start; the mode needs a tariff.
        auto added = cliJson(db, { u"clients"_s, u"add"_s, u"--legal-name"_s, u"ТОО «Бета»"_s, u"--fee"_s,
            u"100000"_s, u"--billing-mode"_s, u"advance"_s });
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(json(added).value(u"tariff"_s).toObject().value(u"billing_mode"_s).toString(), u"advance"_s);
        QCOMPARE(cli(db, { u"clients"_s, u"add"_s, u"--legal-name"_s, u"ТОО «Гамма»"_s, u"--billing-mode"_s,
                     u"advance"_s })
                     .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliBilling)
#include "tst_cli_billing.moc"
