// automation run → outbox send against a real SMTP server on 127.0.0.1
// (tests/automation/smtpserver.py on Debian's aiosmtpd, STARTTLS on a
// throw-away certificate, AUTH): the shipped rules queue the messages once,
// a refused server leaves them failed with the reason, a later run retries
// and delivers each exactly once, in the contact's language.
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;
using rapport::test::runCli;

namespace {

QJsonObject json(const test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// The Subject header of a raw message, unfolded, RFC 2047 words decoded.
QString subjectOf(const QByteArray &raw)
{
    const QByteArray headers = raw.left(raw.indexOf("\r\n\r\n"));
    QByteArray unfolded = headers;
    unfolded.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : unfolded.split('\n')) {
        if (!line.toLower().startsWith("subject:"))
            continue;
        QString text;
        static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([^?]*)\\?="_s, QRegularExpression::CaseInsensitiveOption);
        const QString value = QString::fromLatin1(line.mid(8)).trimmed();
        auto it = word.globalMatch(value);
        QByteArray bytes;
        bool any = false;
        while (it.hasNext()) {
            bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
            any = true;
        }
        text = any ? QString::fromUtf8(bytes) : value;
        return text.trimmed();
    }
    return {};
}

} // namespace

class TestCliOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QProcess m_server;
    int m_port = 0;

    bool startServer(const QString &maildir)
    {
        m_server.setProgram(u"/usr/bin/python3"_s);
        m_server.setArguments({ QStringLiteral(RAPPORT_TESTS_DIR) + u"/automation/smtpserver.py"_s, u"--port"_s,
            QString::number(m_port), u"--mode"_s, u"starttls"_s, u"--cert"_s, m_dir.filePath(u"cert.pem"_s),
            u"--key"_s, m_dir.filePath(u"key.pem"_s), u"--user"_s, u"desk"_s, u"--password"_s, u"s3cret"_s,
            u"--maildir"_s, maildir });
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start();
        if (!m_server.waitForStarted(5000))
            return false;
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains("READY"); ++i) {
            m_server.waitForReadyRead(100);
            out += m_server.readAllStandardOutput();
            if (m_server.state() != QProcess::Running)
                return false;
        }
        return out.contains("READY");
    }

    void stopServer()
    {
        if (m_server.state() == QProcess::Running) {
            m_server.terminate();
            if (!m_server.waitForFinished(5000))
                m_server.kill();
        }
        m_server.waitForFinished(2000);
    }

    test::CliRun cli(const QStringList &args) { return runCli(QStringList { u"--db"_s, m_db } + args); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(QProcess::execute(u"openssl"_s,
                     { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                         u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                         m_dir.filePath(u"key.pem"_s), u"-out"_s, m_dir.filePath(u"cert.pem"_s) }),
            0);
        m_port = 20000 + int(QCoreApplication::applicationPid() % 20000) + 17;
        m_db = test::freshDatabase(m_dir, u"outbox.sqlite"_s);
        qputenv("RAPPORT_SMTP_PASSWORD", "s3cret");
    }

    void cleanupTestCase()
    {
        stopServer();
        test::dropDatabase(m_db);
    }

    void queuedOnceRefusedThenDeliveredOnce()
    {
        QCOMPARE(cli({ u"users"_s, u"add"_s, u"--name"_s, u"Асель Касымова"_s, u"--email"_s, u"asel@example.kz"_s,
                         u"--role"_s, u"account_manager"_s })
                     .exitCode,
            0);
        QCOMPARE(cli({ u"clients"_s, u"add"_s, u"--legal-name"_s, u"ТОО «Альфа»"_s, u"--manager"_s,
                         u"asel@example.kz"_s, u"--language"_s, u"kk"_s, u"--contact-name"_s, u"Айгүл Серікова"_s,
                         u"--contact-email"_s, u"aigul@alfa.kz"_s })
                     .exitCode,
            0);
        QCOMPARE(cli({ u"clients"_s, u"add"_s, u"--legal-name"_s, u"ООО «Бета»"_s, u"--manager"_s,
                         u"asel@example.kz"_s, u"--language"_s, u"ru"_s, u"--contact-name"_s, u"Иван Петров"_s,
                         u"--contact-email"_s, u"ivan@beta.ru"_s })
                     .exitCode,
            0);
        for (const QString &client : { u"1"_s, u"2"_s }) {
            const auto t = cli({ u"ticket"_s, u"add"_s, u"--client"_s, client, u"--subject"_s, u"Не формируется отчёт"_s,
                u"--at"_s, u"2026-03-02T09:00:00Z"_s });
            QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        }

        const auto dry = cli({ u"--format"_s, u"json"_s, u"automation"_s, u"run"_s, u"--as-of"_s,
            u"2026-03-02T10:00:00Z"_s, u"--dry-run"_s });
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QCOMPARE(json(dry).value(u"queued"_s).toInt(), 2);
        QCOMPARE(json(dry).value(u"messages"_s).toArray().size(), 2);

        const auto run = cli({ u"--format"_s, u"json"_s, u"automation"_s, u"run"_s, u"--as-of"_s,
            u"2026-03-02T10:00:00Z"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(json(run).value(u"queued"_s).toInt(), 2);
        QCOMPARE(json(run).value(u"by_rule"_s).toObject().value(u"ticket_acknowledgement"_s).toInt(), 2);
        const auto again = cli({ u"--format"_s, u"json"_s, u"automation"_s, u"run"_s, u"--as-of"_s,
            u"2026-03-02T11:00:00Z"_s });
        QCOMPARE(json(again).value(u"fired"_s).toInt(), 0);

        const auto unconfigured = cli({ u"outbox"_s, u"send"_s });
        QCOMPARE(unconfigured.exitCode, 1);
        QVERIFY(unconfigured.err.contains(u"not configured"_s));

        const auto configured = cli({ u"--format"_s, u"json"_s, u"mail"_s, u"configure"_s, u"--host"_s,
            u"127.0.0.1"_s, u"--port"_s, QString::number(m_port), u"--security"_s, u"starttls"_s, u"--user"_s,
            u"desk"_s, u"--from"_s, u"desk@rapport.test"_s, u"--from-name"_s, u"Rapport"_s, u"--ca-file"_s,
            m_dir.filePath(u"cert.pem"_s) });
        QVERIFY2(configured.exitCode == 0, qPrintable(configured.err));
        QCOMPARE(json(configured).value(u"mail"_s).toObject().value(u"user"_s).toString(), u"desk"_s);
        QVERIFY(!configured.out.contains(u"s3cret"_s));

        // Nothing listens yet: both fail with the reason and wait for a retry.
        const auto refused = cli({ u"--format"_s, u"json"_s, u"outbox"_s, u"send"_s, u"--as-of"_s,
            u"2026-03-02T10:05:00Z"_s });
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(json(refused).value(u"failed"_s).toInt(), 2);
        QCOMPARE(json(refused).value(u"sent"_s).toInt(), 0);
        const auto failed = json(cli({ u"--format"_s, u"json"_s, u"outbox"_s, u"list"_s, u"--state"_s, u"failed"_s }));
        QCOMPARE(failed.value(u"count"_s).toInt(), 2);
        const QJsonObject first = failed.value(u"messages"_s).toArray().first().toObject();
        QVERIFY2(first.value(u"error"_s).toString().contains(u"127.0.0.1:%1"_s.arg(m_port)),
            qPrintable(first.value(u"error"_s).toString()));
        QCOMPARE(first.value(u"attempts"_s).toInt(), 1);

        const QString maildir = m_dir.filePath(u"maildir"_s);
        QVERIFY(QDir().mkpath(maildir));
        QVERIFY(startServer(maildir));
        // Not due yet: the retry waits 5 minutes.
        const auto early = json(cli({ u"--format"_s, u"json"_s, u"outbox"_s, u"send"_s, u"--as-of"_s,
            u"2026-03-02T10:06:00Z"_s }));
        QCOMPARE(early.value(u"sent"_s).toInt(), 0);
        const auto sent = cli({ u"--format"_s, u"json"_s, u"outbox"_s, u"send"_s, u"--as-of"_s,
            u"2026-03-02T10:11:00Z"_s });
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
        QCOMPARE(json(sent).value(u"sent"_s).toInt(), 2);
        const auto twice = json(cli({ u"--format"_s, u"json"_s, u"outbox"_s, u"send"_s, u"--as-of"_s,
            u"2026-03-02T12:00:00Z"_s }));
        QCOMPARE(twice.value(u"sent"_s).toInt(), 0);

        const QStringList files = QDir(maildir).entryList({ u"*.eml"_s }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2);
        QStringList subjects;
        QStringList recipients;
        for (const QString &name : files) {
            QFile f(QDir(maildir).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            subjects << subjectOf(f.readAll());
            QFile envelope(QDir(maildir).filePath(name.chopped(4) + u".json"_s));
            QVERIFY(envelope.open(QIODevice::ReadOnly));
            const QJsonObject e = QJsonDocument::fromJson(envelope.readAll()).object();
            QCOMPARE(e.value(u"authenticated_user"_s).toString(), u"desk"_s);
            recipients << e.value(u"rcpt_tos"_s).toArray().first().toString();
        }
        subjects.sort();
        recipients.sort();
        QCOMPARE(recipients, (QStringList { u"aigul@alfa.kz"_s, u"ivan@beta.ru"_s }));
        QCOMPARE(subjects, (QStringList { u"Обращение №2 принято в работу"_s, u"№1 өтінішіңіз қабылданды"_s }));
        const auto list = json(cli({ u"--format"_s, u"json"_s, u"outbox"_s, u"list"_s, u"--state"_s, u"sent"_s }));
        QCOMPARE(list.value(u"count"_s).toInt(), 2);
    }

    void usageErrors()
    {
        QCOMPARE(cli({ u"outbox"_s, u"list"_s, u"--state"_s, u"lost"_s }).exitCode, 2);
        QCOMPARE(cli({ u"outbox"_s, u"explode"_s }).exitCode, 2);
        QCOMPARE(cli({ u"automation"_s, u"run"_s, u"--as-of"_s, u"yesterday"_s }).exitCode, 2);
        QCOMPARE(cli({ u"mail"_s, u"configure"_s, u"--host"_s, u"h"_s, u"--from"_s, u"x@y"_s, u"--security"_s,
                         u"ssl"_s })
                     .exitCode,
            2);
        const auto badPort = cli({ u"mail"_s, u"configure"_s, u"--host"_s, u"h"_s, u"--from"_s, u"x@y"_s, u"--port"_s,
            u"70000"_s });
        QCOMPARE(badPort.exitCode, 1);
        QVERIFY(badPort.err.contains(u"70000"_s));
        QCOMPARE(cli({ u"outbox"_s, u"approve"_s, u"999"_s }).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOutbox)
#include "tst_cli_outbox.moc"
