#pragma once

#include "automation/smtptransport.h"
#include "domain/result.h"

#include <QString>

namespace rapport {

// Where the SMTP password comes from (issue "Automation": never from plain
// settings). In order: RAPPORT_SMTP_PASSWORD for scripts; what the user typed
// in this session (kept in memory only); the OS keychain through QtKeychain
// (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
// An entry is per account: the user and server it logs in to.
class MailPassword
{
public:
    enum class Source { None, Environment, Memory, Keychain };

    struct Lookup
    {
        QString password;
        Source source = Source::None;
        QString error; // why the keychain could not be read (empty when it was, or has no entry)
    };

    // "environment", "memory", "keychain", "none": the keys of `mail show`.
    static QString sourceKey(Source source);

    // The keychain entry's key: "smtp:USER@HOST:PORT".
    static QString accountKey(const SmtpSettings &smtp);

    static Lookup find(const SmtpSettings &smtp);
    // The settings with the password filled from find().
    static SmtpSettings withPassword(SmtpSettings smtp);

    // Writes the password to the keychain. When that fails (no keychain
    // here) it is kept in memory for this process and the result says why.
    static Status store(const SmtpSettings &smtp, const QString &password);
    // Keeps the password in memory for this session only.
    static void remember(const SmtpSettings &smtp, const QString &password);
    // Removes the keychain entry and the remembered password.
    static Status forget(const SmtpSettings &smtp);

    // The keychain service name entries are kept under.
    static QString service();
};

} // namespace rapport
