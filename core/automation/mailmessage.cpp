#include "mailmessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// RFC 5322 allows 998 characters but asks for 78; 76 leaves room for the
// readers and gateways that count the line end or re-indent folded lines.
constexpr qsizetype kLineLimit = 76;

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

// Plain text that a reader would take for an encoded word must be encoded
// itself, or it would be decoded on the other side.
bool needsEncoding(const QString &text)
{
    return !isPrintableAscii(text) || text.contains(u"=?"_s);
}

// RFC 2047 encoded words carrying `text`, folded with CRLF + space. The first
// word goes on a line that already holds `used` characters. A word is cut only
// between UTF-8 sequences: readers decode each word on its own, and half a
// character would come out as two replacement marks.
QByteArray encodedWords(const QString &text, qsizetype used)
{
    static constexpr qsizetype kWordOverhead = 12; // "=?UTF-8?B?" + "?="
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    qsizetype pos = 0;
    do {
        if (pos > 0) {
            out += "\r\n ";
            used = 1;
        }
        // Four base64 characters carry three bytes; six bytes fit any character.
        const qsizetype room = std::max<qsizetype>((kLineLimit - used - kWordOverhead) / 4 * 3, 6);
        qsizetype end = std::min(pos + room, utf8.size());
        while (end > pos && end < utf8.size() && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        if (end == pos)
            end = std::min(pos + room, utf8.size());
        out += "=?UTF-8?B?" + utf8.mid(pos, end - pos).toBase64() + "?=";
        pos = end;
    } while (pos < utf8.size());
    return out;
}

qsizetype lastLineLength(const QByteArray &text)
{
    return text.size() - (text.lastIndexOf('\n') + 1);
}

// A display name as an RFC 5322 phrase: bare when it is atoms and spaces,
// else a quoted string.
QByteArray phrase(const QString &name)
{
    static const QString atextSpecials = u"!#$%&'*+-/=?^_`{|}~ "_s;
    const bool bare = std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || atextSpecials.contains(c);
    });
    if (bare)
        return name.toLatin1();
    QByteArray quoted = name.toLatin1();
    quoted.replace("\\", "\\\\");
    quoted.replace("\"", "\\\"");
    return "\"" + quoted + "\"";
}

// An address as it may stand in a header: no line breaks (which would start
// a header of the sender's choosing), no brackets, no blanks.
QByteArray cleanAddress(const QString &address)
{
    QString clean;
    for (QChar c : address.trimmed()) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f && c != u'<' && c != u'>')
            clean += c;
    }
    return clean.toUtf8();
}

QByteArray mailboxHeader(const QByteArray &field, const QString &name, const QString &address)
{
    QByteArray line = field + ": ";
    const QString display = name.simplified();
    if (display.isEmpty())
        return line + cleanAddress(address) + "\r\n";
    line += needsEncoding(display) ? encodedWords(display, line.size()) : phrase(display);
    const QByteArray angle = "<" + cleanAddress(address) + ">";
    line += lastLineLength(line) + 1 + angle.size() > kLineLimit ? QByteArray("\r\n ") : QByteArray(" ");
    return line + angle + "\r\n";
}

QByteArray subjectHeader(const QString &subject)
{
    const QByteArray field = "Subject: ";
    if (!needsEncoding(subject) && field.size() + subject.size() <= kLineLimit)
        return field + subject.toLatin1() + "\r\n";
    return field + encodedWords(subject, field.size()) + "\r\n";
}

// RFC 5322 date-time in UTC with English names whatever the locale: a
// localized day name is not a Date header any reader parses.
QByteArray rfc2822Date(const QDateTime &when)
{
    static const char *const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d +0000", days[d.dayOfWeek() - 1], d.day(),
        months[d.month() - 1], d.year(), t.hour(), t.minute(), t.second())
        .toLatin1();
}

QByteArray messageIdHeader(const QString &messageId)
{
    QByteArray id = cleanAddress(messageId);
    if (id.isEmpty())
        id = "missing@rapport.invalid";
    return "Message-ID: <" + id + ">\r\n";
}

QString generatedMessageId(const QString &fromAddress)
{
    const QString domain = fromAddress.contains(u'@') ? fromAddress.section(u'@', -1).trimmed() : QString();
    QString ace = QString::fromLatin1(QUrl::toAce(domain));
    ace.remove(u'<');
    ace.remove(u'>');
    if (ace.isEmpty())
        ace = u"localhost"_s;
    return u'<' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + ace + u'>';
}

// The message with what toMime would otherwise invent filled in, so that
// writeEml names the file after what it writes.
MailMessage completed(const MailMessage &m)
{
    MailMessage c = m;
    if (c.messageId.trimmed().isEmpty())
        c.messageId = generatedMessageId(c.fromAddress);
    if (!c.date.isValid())
        c.date = QDateTime::currentDateTimeUtc();
    return c;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / kLineLimit * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += kLineLimit) {
        out += encoded.mid(i, kLineLimit);
        out += "\r\n";
    }
    return out;
}

QByteArray canonicalText(const QString &text)
{
    QString t = text;
    t.replace(u"\r\n"_s, u"\n"_s);
    t.replace(u'\r', u'\n');
    t.replace(u"\n"_s, u"\r\n"_s);
    return t.toUtf8();
}

QByteArray textEntity(const QByteArray &subtype, const QString &text)
{
    return "Content-Type: text/" + subtype + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(canonicalText(text));
}

} // namespace

QByteArray toMime(const MailMessage &message)
{
    const MailMessage m = completed(message);
    QByteArray out;
    out += "Date: " + rfc2822Date(m.date) + "\r\n";
    out += mailboxHeader("From", m.fromName, m.fromAddress);
    out += mailboxHeader("To", m.toName, m.toAddress);
    out += subjectHeader(m.subject);
    out += messageIdHeader(m.messageId);
    out += "MIME-Version: 1.0\r\n";
    if (m.htmlBody.isEmpty())
        return out + textEntity("plain", m.textBody);
    // "=_" never occurs in base64, so the boundary cannot meet a part's text.
    const QByteArray boundary = "=_rapport_" + QUuid::createUuid().toRfc4122().toHex();
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + textEntity("plain", m.textBody);
    out += "--" + boundary + "\r\n" + textEntity("html", m.htmlBody);
    out += "--" + boundary + "--\r\n";
    return out;
}

Status writeEml(const MailMessage &message, const QString &folder, QString *path)
{
    const MailMessage m = completed(message);
    if (folder.trimmed().isEmpty())
        return fail(QCoreApplication::translate("MailMessage", "No folder is set for .eml files."));
    if (!QDir().mkpath(folder))
        return fail(QCoreApplication::translate("MailMessage", "Cannot create folder %1.").arg(QDir::toNativeSeparators(folder)));
    // The id may hold anything a sender put there; a file name keeps only
    // what every file system takes.
    QString id;
    for (QChar c : m.messageId) {
        if (c == u'<' || c == u'>')
            continue;
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'-' || c == u'_' || c == u'@';
        id += safe ? c : QChar(u'_');
    }
    id = id.left(120);
    if (id.isEmpty())
        id = u"message"_s;
    const QString name = m.date.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + id + u".eml"_s;
    const QString target = QDir(folder).absoluteFilePath(name);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("MailMessage", "Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(target), file.errorString()));
    file.write(toMime(m));
    if (!file.commit())
        return fail(QCoreApplication::translate("MailMessage", "Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(target), file.errorString()));
    if (path)
        *path = target;
    return {};
}

} // namespace rapport
