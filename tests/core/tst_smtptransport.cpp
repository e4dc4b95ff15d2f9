// Mail for the automation outbox: the MIME text (RFC 5322 / 2045 / 2047) and
// delivery through a real SMTP server on loopback (tests/automation/
// smtpserver.py, aiosmtpd) in plain, STARTTLS and implicit TLS modes.
#include "automation/mailmessage.h"
#include "automation/smtptransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

#if defined(Q_OS_UNIX)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

const QString kSubjectRu = u"Счёт № А-2026-0001 оплачен"_s;
const QString kSubjectKk = u"Өтінішіңіз қабылданды — №42"_s;
const QString kBodyRu = u"Здравствуйте!\nСчёт № А-2026-0001 оплачен.\nСпасибо, что вы с нами.\n"_s;
const QString kBodyKk = u"Сәлеметсіз бе!\nӨтінішіңіз қабылданды — №42.\nРақмет."_s;
const QString kUser = u"outbox@rapport.kz"_s;
const QString kPassword = u"correct-horse-42"_s;
const QString kHost = u"127.0.0.1"_s;

MailMessage message(const QString &subject, const QString &body, const QString &id)
{
    return MailMessage {
        .fromAddress = u"billing@rapport.kz"_s,
        .fromName = u"Рапорт — бухгалтерия"_s,
        .toAddress = u"client@example.kz"_s,
        .toName = u"Әлия Нұрланқызы"_s,
        .subject = subject,
        .textBody = body,
        .htmlBody = QString(),
        .messageId = id,
        .date = QDateTime(QDate(2026, 3, 2), QTime(9, 5, 7), QTimeZone::utc()),
    };
}

// What a text body becomes in MIME: UTF-8 with CRLF line ends.
QByteArray canonical(const QString &text)
{
    QString t = text;
    t.replace(u"\n"_s, u"\r\n"_s);
    return t.toUtf8();
}

struct Mime
{
    QList<QPair<QByteArray, QByteArray>> headers; // lower-case name, unfolded value
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first == name.toLower())
                return h.second;
        }
        return {};
    }
    int count(const QByteArray &name) const
    {
        int n = 0;
        for (const auto &h : headers)
            n += h.first == name.toLower() ? 1 : 0;
        return n;
    }
};

Mime parseMime(const QByteArray &raw)
{
    Mime m;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? raw : raw.left(end);
    m.body = end < 0 ? QByteArray() : raw.mid(end + 4);
    for (QByteArray line : head.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        // Unfolding (RFC 5322 2.2.3) removes the CRLF and keeps the blank.
        if ((line.startsWith(' ') || line.startsWith('\t')) && !m.headers.isEmpty()) {
            m.headers.last().second += line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        m.headers.append(qMakePair(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()));
    }
    return m;
}

const QRegularExpression &encodedWordPattern()
{
    static const QRegularExpression word(u"=\\?([^?]+)\\?([A-Za-z])\\?([^?]*)\\?="_s);
    return word;
}

// A small RFC 2047 decoder, independent of the code under test: encoded
// words (UTF-8, B) are decoded, white space between adjacent encoded words
// is dropped, other text is kept. Anything else (Q encoding, another
// charset, bad base64) makes `ok` false.
QString decodeHeader(const QByteArray &value, bool *ok)
{
    *ok = true;
    const QString text = QString::fromLatin1(value);
    QString out;
    QByteArray pending;
    qsizetype pos = 0;
    bool afterWord = false;
    auto it = encodedWordPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(pos, match.capturedStart() - pos);
        if (!afterWord || !between.trimmed().isEmpty()) {
            out += QString::fromUtf8(pending);
            pending.clear();
            out += between;
        }
        if (match.captured(1).compare(u"UTF-8"_s, Qt::CaseInsensitive) != 0
            || match.captured(2).compare(u"B"_s, Qt::CaseInsensitive) != 0)
            *ok = false;
        const auto decoded
            = QByteArray::fromBase64Encoding(match.captured(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
            *ok = false;
        pending += decoded.decoded;
        pos = match.capturedEnd();
        afterWord = true;
    }
    out += QString::fromUtf8(pending);
    out += text.mid(pos);
    return out;
}

QString decodeHeader(const QByteArray &value)
{
    bool ok = false;
    const QString text = decodeHeader(value, &ok);
    return ok ? text : u"<undecodable: %1>"_s.arg(QString::fromLatin1(value));
}

// The encoded words of `value`, and whether each decodes on its own to whole
// UTF-8 characters (a reader decodes them one by one).
int encodedWords(const QByteArray &value, bool *whole)
{
    *whole = true;
    int n = 0;
    auto it = encodedWordPattern().globalMatch(QString::fromLatin1(value));
    while (it.hasNext()) {
        const QByteArray bytes = QByteArray::fromBase64(it.next().captured(3).toLatin1());
        if (QString::fromUtf8(bytes).toUtf8() != bytes)
            *whole = false;
        ++n;
    }
    return n;
}

QByteArray decodeBase64Body(const QByteArray &body, bool *ok)
{
    QByteArray joined = body;
    joined.replace("\r\n", "");
    const auto decoded = QByteArray::fromBase64Encoding(joined, QByteArray::AbortOnBase64DecodingErrors);
    *ok = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    return decoded.decoded;
}

// Empty when every line of `raw` ends in CRLF (no bare CR or LF) and holds at
// most `limit` characters, else what is wrong.
QString lineProblem(const QByteArray &raw, qsizetype limit)
{
    if (!raw.endsWith("\r\n"))
        return u"the text does not end with CRLF"_s;
    qsizetype start = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '\r' && (i + 1 >= raw.size() || raw.at(i + 1) != '\n'))
            return u"bare CR at offset %1"_s.arg(i);
        if (raw.at(i) != '\n')
            continue;
        if (i == 0 || raw.at(i - 1) != '\r')
            return u"bare LF at offset %1"_s.arg(i);
        const QByteArray line = raw.mid(start, i - 1 - start);
        if (line.size() > limit)
            return u"line of %1 characters: %2"_s.arg(line.size()).arg(QString::fromLatin1(line));
        start = i + 1;
    }
    return {};
}

// The header lines of `raw` that belong to `name` (the first and its folds).
QList<QByteArray> headerLines(const QByteArray &raw, const QByteArray &name)
{
    QList<QByteArray> lines;
    bool inside = false;
    for (const QByteArray &line : raw.left(raw.indexOf("\r\n\r\n")).split('\n')) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (inside)
                lines << line;
            continue;
        }
        const QByteArray prefix = name.toLower() + ":";
        inside = line.toLower().startsWith(prefix);
        if (inside)
            lines << line;
    }
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return lines;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A TCP port on 127.0.0.1 that nothing listens on right now: the kernel's
// pick for a socket bound and closed again (QtNetwork is not linked here).
int freePort(int attempt)
{
#if defined(Q_OS_UNIX)
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd >= 0) {
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        socklen_t length = sizeof addr;
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &length) == 0)
            port = ntohs(addr.sin_port);
        ::close(fd);
        if (port > 0)
            return port;
    }
#endif
    return 20000 + int(QCoreApplication::applicationPid() % 20000) + attempt * 101;
}

} // namespace

class TestSmtpTransport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    QString m_maildir;
    int m_serverRuns = 0;

    static QString python() { return u"/usr/bin/python3"_s; }
    static QString script() { return QString::fromUtf8(RAPPORT_TESTS_DIR) + u"/automation/smtpserver.py"_s; }

    static void stopProcess(QProcess &p)
    {
        if (p.state() == QProcess::NotRunning)
            return;
        p.terminate();
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished(5000);
        }
    }

    void stopServer()
    {
        if (m_server) {
            stopProcess(*m_server);
            m_server.reset();
        }
    }

    // Starts smtpserver.py in `mode` on a free port with a fresh maildir;
    // another port is tried when the server cannot take the first.
    QString startServer(const QString &mode, const QStringList &extra = {})
    {
        stopServer();
        QString problem;
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort(attempt);
            m_maildir = m_dir.filePath(u"mail-%1"_s.arg(++m_serverRuns));
            auto process = std::make_unique<QProcess>();
            // The server's complaints go straight to the test log; stdout
            // carries only READY.
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(python(),
                QStringList { script(), u"--port"_s, QString::number(m_port), u"--mode"_s, mode, u"--cert"_s, m_cert,
                    u"--key"_s, m_key, u"--maildir"_s, m_maildir }
                    + extra);
            if (!process->waitForStarted(10000)) {
                problem = u"cannot start %1: %2"_s.arg(python(), process->errorString());
                continue;
            }
            const QByteArray ready = "READY " + QByteArray::number(m_port);
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 20000) {
                if (process->canReadLine()) {
                    if (process->readLine().trimmed() == ready) {
                        m_server = std::move(process);
                        return {};
                    }
                    continue;
                }
                if (process->state() != QProcess::Running)
                    break;
                process->waitForReadyRead(200);
            }
            problem = process->state() == QProcess::Running
                ? u"smtpserver.py did not report READY on port %1 within 20 s"_s.arg(m_port)
                : u"smtpserver.py exited with %1 on port %2 (see its output above)"_s.arg(process->exitCode()).arg(m_port);
            stopProcess(*process);
        }
        return problem;
    }

    SmtpSettings settings(SmtpSettings::Security security, const QString &user = QString(),
        const QString &password = QString()) const
    {
        return SmtpSettings {
            .host = kHost,
            .port = m_port,
            .security = security,
            .user = user,
            .password = password,
            .fromAddress = QString(),
            .fromName = QString(),
            .verifyPeer = true,
            .caFile = m_cert,
            .timeoutSecs = 20,
        };
    }

    QString serverName() const { return kHost + u':' + QString::number(m_port); }

    QStringList receivedFiles() const
    {
        return QDir(m_maildir).entryList({ u"*.eml"_s }, QDir::Files, QDir::Name);
    }

    // Message `n` as the server stored it: the exact bytes of toMime(sent),
    // and, decoded here, the original subject and body; its envelope names
    // the sender, the recipient and the user who logged in (none: null).
    void verifyReceived(int n, const MailMessage &sent, const QString &user)
    {
        const QString eml = m_maildir + u'/' + QString::number(n) + u".eml"_s;
        QVERIFY2(QFileInfo::exists(eml), qPrintable(QString(u"nothing arrived as "_s + eml)));
        const QByteArray raw = readAll(eml);
        QCOMPARE(raw, toMime(sent));
        const Mime mime = parseMime(raw);
        QCOMPARE(decodeHeader(mime.header("subject")), sent.subject);
        QCOMPARE(decodeHeader(mime.header("from")), QString(sent.fromName + u" <"_s + sent.fromAddress + u'>'));
        QCOMPARE(decodeHeader(mime.header("to")), QString(sent.toName + u" <"_s + sent.toAddress + u'>'));
        bool ok = false;
        const QByteArray body = decodeBase64Body(mime.body, &ok);
        QVERIFY(ok);
        QCOMPARE(QString::fromUtf8(body), QString::fromUtf8(canonical(sent.textBody)));

        const QJsonObject envelope
            = QJsonDocument::fromJson(readAll(m_maildir + u'/' + QString::number(n) + u".json"_s)).object();
        QCOMPARE(envelope.value(u"mail_from"_s).toString(), sent.fromAddress);
        QCOMPARE(envelope.value(u"rcpt_tos"_s).toArray(), QJsonArray { sent.toAddress });
        if (user.isEmpty())
            QVERIFY(envelope.value(u"authenticated_user"_s).isNull());
        else
            QCOMPARE(envelope.value(u"authenticated_user"_s).toString(), user);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(python()), "the mail tests need /usr/bin/python3");
        QVERIFY2(QFileInfo::exists(script()), qPrintable(script()));
        // A missing aiosmtpd fails the test rather than skipping it: a skip
        // would let the suite pass without a single message really sent.
        QProcess probe;
        probe.start(python(), { u"-c"_s, u"import aiosmtpd.controller"_s });
        QVERIFY(probe.waitForFinished(30000));
        QVERIFY2(probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0,
            "the mail tests need aiosmtpd for /usr/bin/python3 (Debian: python3-aiosmtpd)");

        m_cert = m_dir.filePath(u"cert.pem"_s);
        m_key = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(u"openssl"_s,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, m_key, u"-out"_s,
                m_cert });
        QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish");
        QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());
        QVERIFY(QFileInfo::exists(m_cert) && QFileInfo::exists(m_key));
    }

    void cleanup() { stopServer(); }

    void securityKeys()
    {
        using S = SmtpSettings::Security;
        for (S s : { S::None, S::StartTls, S::Tls })
            QVERIFY(securityFromKey(securityKey(s)) == s);
        QCOMPARE(securityKey(S::None), u"none"_s);
        QCOMPARE(securityKey(S::StartTls), u"starttls"_s);
        QCOMPARE(securityKey(S::Tls), u"tls"_s);
        QVERIFY(securityFromKey(u" STARTTLS "_s) == S::StartTls);
        QVERIFY(!securityFromKey(u"ssl"_s).has_value());
        QVERIFY(!securityFromKey(QString()).has_value());
    }

    void mimeText_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("minWords");

        QTest::newRow("russian") << kSubjectRu << u"Рапорт — бухгалтерия"_s << kBodyRu << 1;
        QTest::newRow("kazakh") << kSubjectKk << u"Әлия Нұрланқызы"_s << kBodyKk << 1;
        QString longKk;
        for (int i = 0; i < 6; ++i)
            longKk += kSubjectKk + u' ';
        QTest::newRow("long kazakh") << longKk.trimmed() << u"Қазақстан Республикасының Ұлттық Банкі бухгалтериясы"_s
                                     << kBodyKk.repeated(40) << 4;
        // Four-byte characters where a word boundary may fall inside one.
        QTest::newRow("emoji") << u"Оплата получена 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 спасибо 🎉🎉🎉🎉🎉🎉🎉🎉"_s
                               << u"🙂 Rapport 🙂"_s << u"🙂\n"_s << 2;
        QTest::newRow("ascii") << u"Invoice A-2026-0001 paid"_s << u"Rapport Billing"_s << u"Thank you.\n"_s << 0;
        // Looks like an encoded word, so it must be one.
        QTest::newRow("ascii lookalike") << u"=?UTF-8?B?SGk=?= is not a word"_s << u"Rapport"_s << u"x"_s << 1;
        // A line break in a subject must not start a header of its own.
        QTest::newRow("header injection") << u"Hello\r\nBcc: victim@example.kz"_s << u"Ева\r\nBcc: x@y.kz"_s
                                          << u"x"_s << 1;
        QTest::newRow("empty body") << kSubjectRu << QString() << QString() << 1;
    }

    void mimeText()
    {
        QFETCH(QString, subject);
        QFETCH(QString, name);
        QFETCH(QString, body);
        QFETCH(int, minWords);

        MailMessage m = message(subject, body, u"<test-1@rapport.kz>"_s);
        m.fromName = name;
        const QByteArray raw = toMime(m);

        const QString lines = lineProblem(raw, 78);
        QVERIFY2(lines.isEmpty(), qPrintable(lines));
        const QList<QByteArray> subjectLines = headerLines(raw, "Subject");
        QVERIFY(!subjectLines.isEmpty());
        for (const QByteArray &line : subjectLines)
            QVERIFY2(line.size() <= 76, line.constData());
        for (const QByteArray &line : raw.left(raw.indexOf("\r\n\r\n")).split('\n'))
            QVERIFY2(!line.startsWith("Bcc:"), raw.constData());

        const Mime mime = parseMime(raw);
        for (const char *h : { "date", "from", "to", "subject", "message-id", "mime-version", "content-type",
                 "content-transfer-encoding" })
            QVERIFY2(mime.count(h) == 1, h);
        QCOMPARE(decodeHeader(mime.header("subject")), subject);
        bool whole = false;
        QVERIFY(encodedWords(mime.header("subject"), &whole) >= minWords);
        QVERIFY2(whole, mime.header("subject").constData());
        encodedWords(mime.header("from"), &whole);
        QVERIFY2(whole, mime.header("from").constData());

        const QString from = decodeHeader(mime.header("from"));
        if (name.isEmpty())
            QCOMPARE(from, m.fromAddress);
        else
            QCOMPARE(from, QString(name.simplified() + u" <"_s + m.fromAddress + u'>'));
        QCOMPARE(decodeHeader(mime.header("to")), QString(m.toName + u" <"_s + m.toAddress + u'>'));
        QCOMPARE(mime.header("mime-version"), QByteArray("1.0"));
        QCOMPARE(mime.header("content-type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(mime.header("content-transfer-encoding"), QByteArray("base64"));
        QCOMPARE(mime.header("message-id"), QByteArray("<test-1@rapport.kz>"));

        for (const QByteArray &line : mime.body.split('\n'))
            QVERIFY(line.size() <= 77); // 76 and the CR
        bool ok = false;
        const QByteArray decoded = decodeBase64Body(mime.body, &ok);
        QVERIFY(ok);
        QCOMPARE(QString::fromUtf8(decoded), QString::fromUtf8(canonical(body)));
    }

    void mimeDisplayNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("header");

        QTest::newRow("atoms") << u"Rapport Billing"_s << QByteArray("Rapport Billing <billing@rapport.kz>");
        QTest::newRow("comma") << u"Rapport, billing"_s << QByteArray("\"Rapport, billing\" <billing@rapport.kz>");
        QTest::newRow("quotes") << u"Say \"hi\""_s << QByteArray("\"Say \\\"hi\\\"\" <billing@rapport.kz>");
        QTest::newRow("none") << QString() << QByteArray("billing@rapport.kz");
    }

    void mimeDisplayNames()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, header);
        MailMessage m = message(kSubjectRu, kBodyRu, u"<test-1@rapport.kz>"_s);
        m.fromName = name;
        QCOMPARE(parseMime(toMime(m)).header("from"), header);
    }

    void mimeDateAndId()
    {
        // Day and month names are English whatever the locale.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        MailMessage m = message(kSubjectRu, kBodyRu, u"<test-1@rapport.kz>"_s);
        const QByteArray utc = parseMime(toMime(m)).header("date");
        // The same instant given in Almaty time (UTC+5).
        m.date = QDateTime(QDate(2026, 3, 2), QTime(14, 5, 7), QTimeZone(5 * 3600));
        const QByteArray almaty = parseMime(toMime(m)).header("date");
        m.date = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
        const QByteArray december = parseMime(toMime(m)).header("date");
        QLocale::setDefault(before);
        QCOMPARE(utc, QByteArray("Mon, 02 Mar 2026 09:05:07 +0000"));
        QCOMPARE(almaty, utc);
        QCOMPARE(december, QByteArray("Thu, 31 Dec 2026 23:59:59 +0000"));

        // No id: a fresh one in the sender's domain, different every time.
        m.messageId = QString();
        const QByteArray first = parseMime(toMime(m)).header("message-id");
        const QByteArray second = parseMime(toMime(m)).header("message-id");
        static const QRegularExpression generated(u"^<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@rapport\\.kz>$"_s);
        QVERIFY2(generated.match(QString::fromLatin1(first)).hasMatch(), first.constData());
        QVERIFY(first != second);
        // An id given without brackets gets them.
        m.messageId = u"abc.42@rapport.kz"_s;
        QCOMPARE(parseMime(toMime(m)).header("message-id"), QByteArray("<abc.42@rapport.kz>"));
        // No date: now.
        m.date = QDateTime();
        QVERIFY(!parseMime(toMime(m)).header("date").isEmpty());
    }

    void mimeAlternative()
    {
        MailMessage m = message(kSubjectKk, kBodyKk, u"<test-2@rapport.kz>"_s);
        m.htmlBody = u"<p>Сәлеметсіз бе!</p>\n<p>Өтінішіңіз қабылданды — №42.</p>"_s;
        const QByteArray raw = toMime(m);
        const QString lines = lineProblem(raw, 78);
        QVERIFY2(lines.isEmpty(), qPrintable(lines));

        const Mime mime = parseMime(raw);
        static const QRegularExpression typePattern(u"^multipart/alternative;\\s*boundary=\"([^\"]+)\"$"_s);
        const QRegularExpressionMatch type = typePattern.match(QString::fromLatin1(mime.header("content-type")));
        QVERIFY2(type.hasMatch(), mime.header("content-type").constData());
        QCOMPARE(mime.count("content-transfer-encoding"), 0);
        const QByteArray boundary = type.captured(1).toLatin1();

        // Text first, then HTML, then the closing delimiter.
        const QByteArray delimiter = "\r\n--" + boundary;
        const QByteArray open = delimiter + "\r\n";
        const QByteArray close = delimiter + "--\r\n";
        const QByteArray rest = "\r\n" + mime.body;
        QList<QByteArray> parts;
        qsizetype at = rest.indexOf(open);
        QVERIFY(at >= 0);
        while (at >= 0) {
            const qsizetype start = at + delimiter.size() + 2;
            qsizetype next = rest.indexOf(delimiter, start);
            QVERIFY(next >= 0);
            parts << rest.mid(start, next - start);
            at = rest.mid(next, open.size()) == open ? next : -1;
            if (at < 0)
                QCOMPARE(rest.mid(next), close);
        }
        QCOMPARE(parts.size(), 2);
        const QList<QPair<QByteArray, QString>> expected { { "text/plain; charset=UTF-8", m.textBody },
            { "text/html; charset=UTF-8", m.htmlBody } };
        for (int i = 0; i < 2; ++i) {
            const Mime part = parseMime(parts.at(i) + "\r\n");
            QCOMPARE(part.header("content-type"), expected.at(i).first);
            QCOMPARE(part.header("content-transfer-encoding"), QByteArray("base64"));
            bool ok = false;
            QCOMPARE(QString::fromUtf8(decodeBase64Body(part.body, &ok)), QString::fromUtf8(canonical(expected.at(i).second)));
            QVERIFY(ok);
        }
        // A fresh boundary each time.
        QVERIFY(toMime(m) != raw);
    }

    void writeEmlFile()
    {
        const QString folder = m_dir.filePath(u"outbox/not/yet/there"_s);
        const MailMessage m = message(kSubjectRu, kBodyRu, u"<rapport-outbox-7-1772442307@rapport.kz>"_s);
        QString path;
        const Status s = writeEml(m, folder, &path);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(QFileInfo(path).fileName(), u"20260302-090507-rapport-outbox-7-1772442307@rapport.kz.eml"_s);
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(folder).absolutePath());
        const QByteArray written = readAll(path);
        QVERIFY(written.startsWith("Date: Mon, 02 Mar 2026 09:05:07 +0000\r\nFrom: "));
        QCOMPARE(written, toMime(m));

        // Without an id or a date, the name and the content still agree.
        MailMessage bare = m;
        bare.messageId = QString();
        bare.date = QDateTime();
        QVERIFY(writeEml(bare, folder, &path).ok());
        const QByteArray id = parseMime(readAll(path)).header("message-id");
        QVERIFY2(QFileInfo(path).fileName().endsWith(QString(QString::fromLatin1(id.mid(1, id.size() - 2)) + u".eml"_s)),
            qPrintable(path));

        // A folder that cannot be made is a readable error naming it.
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Status blocked = writeEml(m, blocker + u"/sub"_s, nullptr);
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error().contains(QDir::toNativeSeparators(blocker)), qPrintable(blocked.error()));
    }

    void startTlsWithAuth()
    {
        const QString problem = startServer(u"starttls"_s, { u"--user"_s, kUser, u"--password"_s, kPassword });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SmtpTransport transport(settings(SmtpSettings::Security::StartTls, kUser, kPassword));
        const MailMessage ru = message(kSubjectRu, kBodyRu, u"<starttls-ru@rapport.kz>"_s);
        const MailMessage kk = message(kSubjectKk, kBodyKk, u"<starttls-kk@rapport.kz>"_s);
        Status s = transport.send(ru);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        s = transport.send(kk);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(receivedFiles(), QStringList({ u"1.eml"_s, u"2.eml"_s }));
        verifyReceived(1, ru, kUser);
        if (QTest::currentTestFailed())
            return;
        verifyReceived(2, kk, kUser);
    }

    void startTlsRefusesUnknownCertificate()
    {
        const QString problem = startServer(u"starttls"_s, { u"--user"_s, kUser, u"--password"_s, kPassword });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SmtpSettings s = settings(SmtpSettings::Security::StartTls, kUser, kPassword);
        s.caFile = QString(); // the self-signed certificate is in no system store
        const Status sent = SmtpTransport(s).send(message(kSubjectRu, kBodyRu, u"<untrusted@rapport.kz>"_s));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.error().contains(serverName()), qPrintable(sent.error()));
        QVERIFY(receivedFiles().isEmpty());
    }

    void implicitTls()
    {
        const QString problem = startServer(u"tls"_s, { u"--user"_s, kUser, u"--password"_s, kPassword });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const MailMessage kk = message(kSubjectKk, kBodyKk, u"<tls-kk@rapport.kz>"_s);
        const Status s = SmtpTransport(settings(SmtpSettings::Security::Tls, kUser, kPassword)).send(kk);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(receivedFiles(), QStringList { u"1.eml"_s });
        verifyReceived(1, kk, kUser);
    }

    void wrongPassword()
    {
        const QString problem = startServer(u"starttls"_s, { u"--user"_s, kUser, u"--password"_s, kPassword });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Status s = SmtpTransport(settings(SmtpSettings::Security::StartTls, kUser, u"wrong"_s))
                             .send(message(kSubjectRu, kBodyRu, u"<wrong@rapport.kz>"_s));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QString(u"Cannot send mail through "_s + serverName() + u": "_s)), qPrintable(s.error()));
        QVERIFY(receivedFiles().isEmpty());
    }

    void connectionRefused()
    {
        m_port = freePort(0);
        SmtpSettings s = settings(SmtpSettings::Security::None);
        s.timeoutSecs = 10;
        const Status sent = SmtpTransport(s).send(message(kSubjectRu, kBodyRu, u"<nobody@rapport.kz>"_s));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.error().contains(serverName()), qPrintable(sent.error()));
    }

    void recipientRefused()
    {
        const QString problem = startServer(u"none"_s, { u"--refuse"_s });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Status s = SmtpTransport(settings(SmtpSettings::Security::None))
                             .send(message(kSubjectRu, kBodyRu, u"<refused@rapport.kz>"_s));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(serverName()), qPrintable(s.error()));
        QVERIFY2(s.error().contains(u"554"_s), qPrintable(s.error()));
        QVERIFY(receivedFiles().isEmpty());
    }

    void plainWithoutAuth()
    {
        const QString problem = startServer(u"none"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The sender comes from the settings when the message names none.
        MailMessage m = message(kSubjectKk, kBodyKk, u"<plain@rapport.kz>"_s);
        m.fromAddress = QString();
        m.fromName = QString();
        SmtpSettings s = settings(SmtpSettings::Security::None);
        s.fromAddress = u"noreply@rapport.kz"_s;
        s.fromName = u"Рапорт"_s;
        const Status sent = SmtpTransport(s).send(m);
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
        QCOMPARE(receivedFiles(), QStringList { u"1.eml"_s });
        m.fromAddress = s.fromAddress;
        m.fromName = s.fromName;
        verifyReceived(1, m, QString());
    }

    void invalidAddresses()
    {
        m_port = freePort(0);
        MailMessage m = message(kSubjectRu, kBodyRu, u"<bad@rapport.kz>"_s);
        m.toAddress = u"client@example.kz>\r\nRCPT TO:<other@example.kz"_s;
        const Status s = SmtpTransport(settings(SmtpSettings::Security::None)).send(m);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(serverName()), qPrintable(s.error()));
        SmtpSettings bad = settings(SmtpSettings::Security::None);
        bad.host = u"smtp.example.kz/path@evil"_s;
        QVERIFY(!SmtpTransport(bad).send(message(kSubjectRu, kBodyRu, u"<x@rapport.kz>"_s)).ok());
    }
};

QTEST_GUILESS_MAIN(TestSmtpTransport)
#include "tst_smtptransport.moc"
