#pragma once

#include "automation/smtptransport.h"
#include "database.h"

namespace rapport {

// How the outbox delivers: through an SMTP server, or as .eml files written
// to a folder for users who send from their own mail client.
struct MailConfig
{
    enum class Mode { Smtp, EmlFolder } mode = Mode::EmlFolder;
    SmtpSettings smtp;  // the password is never stored here (keychain or environment)
    QString folder;     // EmlFolder
    bool isConfigured() const;
};

// Mail settings in the settings table (mail.*). The SMTP password is not a
// setting: it comes from the keychain or RAPPORT_SMTP_PASSWORD.
class MailSettings
{
public:
    explicit MailSettings(const Database &db) : m_db(db) {}

    MailConfig config() const;
    // Validated: a host, a port 1–65535 and a sender address for SMTP; a
    // folder for .eml files.
    Status setConfig(const MailConfig &config);

private:
    Database m_db;
};

} // namespace rapport
