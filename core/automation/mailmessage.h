#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rapport {

// One mail of the automation outbox. Addresses are bare (a@b.kz, no angle
// brackets); names and subject are any Unicode text. Every member has an
// initializer so that designated initializers may leave the optional ones out.
struct MailMessage
{
    QString fromAddress;
    QString fromName;
    QString toAddress;
    QString toName;
    QString subject;
    QString textBody;
    QString htmlBody = QString(); // empty: a text-only message
    QString messageId = QString(); // "<id@domain>"; empty: generated
    QDateTime date = QDateTime(); // invalid: now
};

// The message as RFC 5322 bytes with CRLF line ends, as SMTP DATA and .eml
// files carry it. Non-ASCII names and subjects become RFC 2047 encoded words
// (UTF-8, base64) on lines of at most 76 characters; bodies are UTF-8 in
// base64, their line ends made CRLF (the canonical form of text in MIME).
// With an HTML body the message is multipart/alternative, text part first,
// so that readers showing one part pick the richer one they can.
QByteArray toMime(const MailMessage &m);

// Writes toMime(m) to `folder` (created if missing) as
// <yyyyMMdd-HHmmss>-<message id>.eml, the time in UTC, replacing atomically.
// A missing id or date is filled in first, so the name matches the content.
// `path`, when given, receives the file's path.
Status writeEml(const MailMessage &m, const QString &folder, QString *path = nullptr);

} // namespace rapport
