#pragma once

#include "domain/result.h"
#include "mailmessage.h"

#include <QString>

#include <optional>

namespace rapport {

// Where and how the outbox reaches its SMTP server. StartTls (the usual
// submission port 587) refuses to go on unencrypted when the server does not
// offer STARTTLS; Tls is implicit TLS from the first byte (port 465).
struct SmtpSettings
{
    QString host;
    int port = 25;
    enum class Security { None, StartTls, Tls } security = Security::StartTls;
    QString user = QString(); // empty: no AUTH
    QString password = QString();
    QString fromAddress = QString(); // used when a message names no sender
    QString fromName = QString();
    bool verifyPeer = true; // the certificate and that it names `host`
    QString caFile = QString(); // PEM bundle trusted instead of the system's
    int timeoutSecs = 30; // the whole exchange, connect to QUIT
};

// "none", "starttls", "tls": the keys settings and the command line use.
QString securityKey(SmtpSettings::Security security);
std::optional<SmtpSettings::Security> securityFromKey(const QString &key);

// Delivers one message per send() through libcurl's SMTP client: one
// connection, AUTH when a user is set, MAIL FROM, RCPT TO, DATA with
// toMime(m). A failure names the server and the reason libcurl gives, e.g.
// "Cannot send mail through smtp.example.kz:587: Login denied".
class SmtpTransport
{
public:
    explicit SmtpTransport(SmtpSettings settings);

    Status send(const MailMessage &m);

private:
    SmtpSettings m_settings;
};

} // namespace rapport
