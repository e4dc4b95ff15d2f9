#include "mailpassword.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <qt6keychain/keychain.h>


using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QMutex &memoryLock()
{
    static QMutex lock;
    return lock;
}

QHash<QString, QString> &memory()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

// Runs a keychain job to its end. The jobs report through a signal, so the
// caller waits in a local event loop (the CLI and the GUI both have an
// application object; the job needs one).
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

QString keychainError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("MailPassword", "No keychain is available on this computer (%1).")
            .arg(job.errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("MailPassword", "The keychain refused access: %1").arg(job.errorString());
    default:
        return QCoreApplication::translate("MailPassword", "The keychain failed: %1").arg(job.errorString());
    }
}

} // namespace

QString MailPassword::service()
{
    return u"Rapport"_s;
}

QString MailPassword::sourceKey(Source source)
{
    switch (source) {
    case Source::Environment:
        return u"environment"_s;
    case Source::Memory:
        return u"memory"_s;
    case Source::Keychain:
        return u"keychain"_s;
    case Source::None:
        break;
    }
    return u"none"_s;
}

QString MailPassword::accountKey(const SmtpSettings &smtp)
{
    return u"smtp:%1@%2:%3"_s.arg(smtp.user, smtp.host.trimmed().toLower()).arg(smtp.port);
}

MailPassword::Lookup MailPassword::find(const SmtpSettings &smtp)
{
    Lookup found;
    if (qEnvironmentVariableIsSet("RAPPORT_SMTP_PASSWORD")) {
        found.password = qEnvironmentVariable("RAPPORT_SMTP_PASSWORD");
        found.source = Source::Environment;
        return found;
    }
    if (smtp.user.isEmpty() || smtp.host.isEmpty())
        return found;
    const QString key = accountKey(smtp);
    {
        QMutexLocker locker(&memoryLock());
        if (auto it = memory().constFind(key); it != memory().cend()) {
            found.password = *it;
            found.source = Source::Memory;
            return found;
        }
    }
    QKeychain::ReadPasswordJob job(service());
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::NoError) {
        found.password = job.textData();
        found.source = Source::Keychain;
    } else if (job.error() != QKeychain::EntryNotFound) {
        found.error = keychainError(job);
    }
    return found;
}

SmtpSettings MailPassword::withPassword(SmtpSettings smtp)
{
    smtp.password = find(smtp).password;
    return smtp;
}

Status MailPassword::store(const SmtpSettings &smtp, const QString &password)
{
    if (smtp.user.isEmpty() || smtp.host.isEmpty())
        return fail(QCoreApplication::translate("MailPassword", "A password needs an SMTP server and a user name."));
    QKeychain::WritePasswordJob job(service());
    job.setKey(accountKey(smtp));
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        remember(smtp, password);
        return fail(keychainError(job));
    }
    QMutexLocker locker(&memoryLock());
    memory().remove(accountKey(smtp));
    return {};
}

void MailPassword::remember(const SmtpSettings &smtp, const QString &password)
{
    QMutexLocker locker(&memoryLock());
    memory().insert(accountKey(smtp), password);
}

Status MailPassword::forget(const SmtpSettings &smtp)
{
    {
        QMutexLocker locker(&memoryLock());
        memory().remove(accountKey(smtp));
    }
    QKeychain::DeletePasswordJob job(service());
    job.setKey(accountKey(smtp));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fail(keychainError(job));
    return {};
}

} // namespace rapport
