// `rapport-cli reviews pack` and `clients hours` through the real binary on
// demo data: the pack is a PDF whose figures, read back with pdftotext, are
// the dashboard's for the same client and period (`report dashboard
// --client`), in ru, kk and en; the pack is kept with the review (a
// document on the card and a timeline entry); bad input is refused. The
// hour ledger's JSON adds up (included + rolled over − used = remaining).
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

QJsonObject json(const test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        qFatal("pdftotext is not installed (scripts/setup.sh installs poppler-utils)");
    QProcess p;
    p.start(tool, { u"-layout"_s, path, u"-"_s });
    p.waitForFinished(60000);
    // pdftotext keeps the font's ligatures (ﬀ, ﬁ, ﬂ): read them as letters.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(u"\ufb00"_s, u"ff"_s)
        .replace(u"\ufb01"_s, u"fi"_s)
        .replace(u"\ufb02"_s, u"fl"_s);
}

// One decimal in the document's language, as the pack writes hours.
QString hours(double value, const QString &lang)
{
    const QLocale locale(lang == u"en"_s ? QLocale::English : QLocale::Russian);
    QString text = locale.toString(value, 'f', 1);
    if (text.endsWith(u"0"_s) && text.size() > 2 && !text.at(text.size() - 2).isDigit())
        text.chop(2);
    return text;
}

} // namespace

class TestCliReviewPack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    const QString m_asOf = u"2026-12-07T12:00:00+05:00"_s;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::freshDatabase(m_dir, u"demo.sqlite"_s);
        const auto demo = test::runCli({ u"--db"_s, m_db, u"demo"_s, u"--clients"_s, u"30"_s, u"--seed"_s, u"1"_s });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void cleanupTestCase() { test::dropDatabase(m_db); }

    void packFiguresAreTheDashboards_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("hoursHeading");
        QTest::addColumn<QString>("ofPattern"); // "4 of 5": %1 met, %2 decided
        QTest::newRow("ru") << u"ru"_s << u"Обращения и соблюдение SLA"_s << u"Часы по тарифу"_s << u"(%1 из %2)"_s;
        QTest::newRow("kk") << u"kk"_s << u"Өтініштер және SLA сақталуы"_s << u"Тариф бойынша сағаттар"_s
                            << u"(%2 ішінен %1)"_s;
        QTest::newRow("en") << u"en"_s << u"Tickets and SLA compliance"_s << u"Tariff hours"_s << u"(%1 of %2)"_s;
    }

    void packFiguresAreTheDashboards()
    {
        QFETCH(QString, lang);
        QFETCH(QString, heading);
        QFETCH(QString, hoursHeading);
        QFETCH(QString, ofPattern);
        // The first upcoming review of a client with tickets in its period.
        const auto list = test::runCli({ u"--db"_s, m_db, u"--format"_s, u"json"_s, u"reviews"_s, u"list"_s });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray reviews = json(list).value(u"reviews"_s).toArray();
        QVERIFY(!reviews.isEmpty());
        QJsonObject pack;
        QString path;
        for (const QJsonValue &r : reviews) {
            path = m_dir.filePath(u"pack-%1.pdf"_s.arg(lang));
            const auto run = test::runCli({ u"--db"_s, m_db, u"--format"_s, u"json"_s, u"reviews"_s, u"pack"_s,
                QString::number(r.toObject().value(u"id"_s).toInt()), u"-o"_s, path, u"--lang"_s, lang,
                u"--as-of"_s, m_asOf });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            pack = json(run);
            if (pack.value(u"tickets"_s).toObject().value(u"created"_s).toInt() >= 3)
                break;
        }
        QVERIFY(pack.value(u"tickets"_s).toObject().value(u"created"_s).toInt() >= 3);
        QCOMPARE(pack.value(u"language"_s).toString(), lang);

        // The same client and period from the dashboard.
        const auto dash = test::runCli({ u"--db"_s, m_db, u"--format"_s, u"json"_s, u"report"_s, u"dashboard"_s,
            u"--client"_s, QString::number(pack.value(u"client_id"_s).toInt()), u"--from"_s,
            pack.value(u"from"_s).toString(), u"--to"_s, pack.value(u"to"_s).toString(), u"--as-of"_s, m_asOf });
        QVERIFY2(dash.exitCode == 0, qPrintable(dash.err));
        const QJsonObject d = json(dash);
        const QJsonObject tickets = d.value(u"tickets"_s).toObject();
        const QJsonObject packTickets = pack.value(u"tickets"_s).toObject();
        for (const QString &key : { u"created"_s, u"resolved"_s, u"open"_s })
            QCOMPARE(packTickets.value(key).toInt(), tickets.value(key).toInt());
        for (const QString &target : { u"first_response"_s, u"resolution"_s }) {
            const QJsonObject a = pack.value(target).toObject();
            const QJsonObject b = d.value(target).toObject();
            QCOMPARE(a.value(u"count"_s).toInt(), b.value(u"count"_s).toInt());
            QCOMPARE(a.value(u"met"_s).toInt(), b.value(u"met"_s).toInt());
            QCOMPARE(a.value(u"breached"_s).toInt(), b.value(u"breached"_s).toInt());
            // The dashboard rounds to 2 decimals.
            QVERIFY(qAbs(a.value(u"median_hours"_s).toDouble() - b.value(u"median_hours"_s).toDouble()) < 0.006);
            QVERIFY(qAbs(a.value(u"p90_hours"_s).toDouble() - b.value(u"p90_hours"_s).toDouble()) < 0.006);
        }
        const QJsonObject feedback = d.value(u"feedback"_s).toObject();
        QCOMPARE(pack.value(u"feedback"_s).toObject().value(u"liked"_s).toInt(), feedback.value(u"liked"_s).toInt());
        QCOMPARE(pack.value(u"feedback"_s).toObject().value(u"not_liked"_s).toInt(),
            feedback.value(u"not_liked"_s).toInt());

        // The PDF says the same, in its language.
        const QString text = pdfText(path);
        QVERIFY2(text.contains(heading), qPrintable(text.left(600)));
        QVERIFY(text.contains(hoursHeading));
        const QJsonObject fr = d.value(u"first_response"_s).toObject();
        const QString median = hours(pack.value(u"first_response"_s).toObject().value(u"median_hours"_s).toDouble(), lang);
        const QString p90 = hours(pack.value(u"first_response"_s).toObject().value(u"p90_hours"_s).toDouble(), lang);
        QVERIFY2(text.contains(median), qPrintable(median + u"\n"_s + text.left(1500)));
        QVERIFY2(text.contains(p90), qPrintable(p90));
        const QString compliance = ofPattern.arg(fr.value(u"met"_s).toInt())
                                       .arg(fr.value(u"met"_s).toInt() + fr.value(u"breached"_s).toInt());
        QVERIFY2(text.contains(compliance), qPrintable(compliance));
        // The counts table: created, resolved and open on their own lines.
        const QStringList lines = text.split(u'\n');
        const auto lineWith = [&lines](int value) {
            for (const QString &line : lines) {
                if (line.trimmed().endsWith(u' ' + QString::number(value)))
                    return true;
            }
            return false;
        };
        QVERIFY(lineWith(tickets.value(u"created"_s).toInt()));
        QVERIFY(lineWith(tickets.value(u"resolved"_s).toInt()));
        QVERIFY(text.contains(pack.value(u"client"_s).toString()));
    }

    // The SLA clock's account of a breach is in the document's language,
    // whatever the interface speaks (the CLI's is English).
    void breachExplainedInTheDocumentsLanguage()
    {
        const auto list = test::runCli({ u"--db"_s, m_db, u"--format"_s, u"json"_s, u"reviews"_s, u"list"_s });
        QString review;
        for (const QJsonValue &r : json(list).value(u"reviews"_s).toArray()) {
            const QString id = QString::number(r.toObject().value(u"id"_s).toInt());
            const auto run = test::runCli({ u"--db"_s, m_db, u"--format"_s, u"json"_s, u"reviews"_s, u"pack"_s, id,
                u"-o"_s, m_dir.filePath(u"probe.pdf"_s), u"--as-of"_s, m_asOf });
            if (run.exitCode == 0 && json(run).value(u"breaches"_s).toInt() > 0) {
                review = id;
                break;
            }
        }
        QVERIFY2(!review.isEmpty(), "no review of the demo has an SLA breach in its period");
        // The demo is dated from today, so the breach found may be of the
        // response or of the resolution: either is explained in the language.
        const QList<std::pair<QString, QStringList>> expected {
            { u"ru"_s, { u"ответ с нарушением через"_s, u"срок решения нарушен"_s } },
            { u"kk"_s, { u"бұзылды"_s } },
            { u"en"_s, { u"response breached after"_s, u"resolution breached"_s } } };
        for (const auto &[lang, phrases] : expected) {
            const QString path = m_dir.filePath(u"breach-%1.pdf"_s.arg(lang));
            const auto run = test::runCli({ u"--db"_s, m_db, u"reviews"_s, u"pack"_s, review, u"-o"_s, path,
                u"--lang"_s, lang, u"--as-of"_s, m_asOf });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QString text = pdfText(path);
            const bool explained = std::any_of(
                phrases.begin(), phrases.end(), [&text](const QString &p) { return text.contains(p); });
            QVERIFY2(explained, qPrintable(lang + u": "_s + text.left(2000)));
            if (lang != u"en"_s) {
                QVERIFY2(!text.contains(u"breached after"_s), qPrintable(lang));
                QVERIFY2(!text.contains(u"resolution breached"_s), qPrintable(lang));
            }
        }
    }

    void packIsKeptWithTheReview()
    {
        const auto list = test::runCli({ u"--db"_s, m_db, u"--format"_s, u"json"_s, u"reviews"_s, u"list"_s });
        const QJsonObject review = json(list).value(u"reviews"_s).toArray().first().toObject();
        const QString id = QString::number(review.value(u"id"_s).toInt());
        const QString path = m_dir.filePath(u"kept.pdf"_s);
        for (int i = 0; i < 2; ++i) {
            const auto run = test::runCli({ u"--db"_s, m_db, u"reviews"_s, u"pack"_s, id, u"-o"_s, path });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(run.out.startsWith(u"wrote "_s));
        }
        QVERIFY(QFile(path).size() > 10000);
        const auto card = test::runCli({ u"--db"_s, m_db, u"--format"_s, u"json"_s, u"clients"_s, u"show"_s,
            QString::number(review.value(u"client_id"_s).toInt()) });
        QCOMPARE(card.exitCode, 0);
        // One document link however often it is prepared; each preparation on the timeline.
        QCOMPARE(card.out.count(u"\"location\": \"%1\""_s.arg(path)), 1);
        QVERIFY(card.out.count(u"Review pack prepared"_s) >= 2);
    }

    void periodPackAndBadInput()
    {
        const QString path = m_dir.filePath(u"period.pdf"_s);
        const auto ok = test::runCli({ u"--db"_s, m_db, u"--format"_s, u"json"_s, u"reviews"_s, u"pack"_s, u"--client"_s,
            u"1"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"-o"_s, path });
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(json(ok).value(u"review_id"_s).type(), QJsonValue::Null);
        QCOMPARE(json(ok).value(u"hour_months"_s).toInt() > 0, true);
        const QList<QStringList> bad {
            { u"reviews"_s, u"pack"_s, u"-o"_s, path },
            { u"reviews"_s, u"pack"_s, u"--client"_s, u"1"_s, u"--from"_s, u"2026-01-01"_s, u"-o"_s, path },
            { u"reviews"_s, u"pack"_s, u"1"_s },
            { u"reviews"_s, u"pack"_s, u"1"_s, u"-o"_s, path, u"--lang"_s, u"de"_s },
        };
        for (const QStringList &args : bad) {
            const auto run = test::runCli(QStringList { u"--db"_s, m_db } + args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + run.err));
        }
        const auto missing = test::runCli({ u"--db"_s, m_db, u"reviews"_s, u"pack"_s, u"99999"_s, u"-o"_s, path });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"99999"_s));
        const auto reversed = test::runCli({ u"--db"_s, m_db, u"reviews"_s, u"pack"_s, u"--client"_s, u"1"_s,
            u"--from"_s, u"2026-12-31"_s, u"--to"_s, u"2026-01-01"_s, u"-o"_s, path });
        QCOMPARE(reversed.exitCode, 1);
    }

    void hourLedgerJson()
    {
        const auto run = test::runCli({ u"--db"_s, m_db, u"--format"_s, u"json"_s, u"clients"_s, u"hours"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = json(run);
        QCOMPARE(o.value(u"warning_percent"_s).toInt(), 80);
        QCOMPARE(o.value(u"exhausted_percent"_s).toInt(), 100);
        const QJsonArray clients = o.value(u"clients"_s).toArray();
        QCOMPARE(o.value(u"count"_s).toInt(), clients.size());
        QVERIFY(!clients.isEmpty());
        double previous = 1e9;
        for (const QJsonValue &v : clients) {
            const QJsonObject c = v.toObject();
            const int available = c.value(u"available_minutes"_s).toInt();
            QCOMPARE(available, c.value(u"included_minutes"_s).toInt() + c.value(u"rolled_over_minutes"_s).toInt());
            QCOMPARE(c.value(u"remaining_minutes"_s).toInt(), available - c.value(u"used_minutes"_s).toInt());
            QCOMPARE(c.value(u"overage_minutes"_s).toInt(), std::max(0, -c.value(u"remaining_minutes"_s).toInt()));
            const double share = c.value(u"used_percent"_s).isNull() ? -1 : c.value(u"used_percent"_s).toDouble();
            QVERIFY(share <= previous); // fullest first
            previous = share;
            const QString level = c.value(u"level"_s).toString();
            if (share < 0)
                QCOMPARE(level, u"none"_s);
            else if (share >= 100)
                QCOMPARE(level, u"exhausted"_s);
            else if (share >= 80)
                QCOMPARE(level, u"warning"_s);
            else
                QCOMPARE(level, u"ok"_s);
        }
        // --over keeps those at or above the share.
        const auto over = test::runCli(
            { u"--db"_s, m_db, u"--format"_s, u"json"_s, u"clients"_s, u"hours"_s, u"--over"_s, u"30"_s });
        QCOMPARE(over.exitCode, 0);
        const QJsonArray kept = json(over).value(u"clients"_s).toArray();
        int expected = 0;
        for (const QJsonValue &v : clients)
            expected += !v.toObject().value(u"used_percent"_s).isNull()
                && v.toObject().value(u"used_percent"_s).toDouble() >= 30;
        QCOMPARE(kept.size(), expected);
        QCOMPARE(test::runCli({ u"--db"_s, m_db, u"clients"_s, u"hours"_s, u"--over"_s, u"lots"_s }).exitCode, 2);
        QCOMPARE(test::runCli({ u"--db"_s, m_db, u"clients"_s, u"hours"_s, u"--month"_s, u"2026-13"_s }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReviewPack)
#include "tst_cli_reviewpack.moc"
