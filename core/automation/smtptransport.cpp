#include "smtptransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

struct CurlEasyDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct CurlListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};
using CurlEasy = std::unique_ptr<CURL, CurlEasyDeleter>;
using CurlList = std::unique_ptr<curl_slist, CurlListDeleter>;

// curl_global_init is not thread-safe and must run before any handle exists;
// once per process is enough. There is no matching cleanup: other code in
// the process may still hold handles at exit.
bool curlReady()
{
    static std::once_flag once;
    static CURLcode result = CURLE_FAILED_INIT;
    std::call_once(once, [] { result = curl_global_init(CURL_GLOBAL_DEFAULT); });
    return result == CURLE_OK;
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *upload = static_cast<Upload *>(userdata);
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(size * count, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

// A bare address SMTP can carry in <...>: one @, nothing that would end the
// path or the command line early.
bool isSendableAddress(const QString &address)
{
    if (address.count(u'@') != 1 || address.startsWith(u'@') || address.endsWith(u'@'))
        return false;
    return std::none_of(address.cbegin(), address.cend(), [](QChar c) {
        return c.unicode() <= 0x20 || c.unicode() == 0x7f || c == u'<' || c == u'>' || c == u',';
    });
}

} // namespace

QString securityKey(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::None: return u"none"_s;
    case SmtpSettings::Security::StartTls: return u"starttls"_s;
    case SmtpSettings::Security::Tls: return u"tls"_s;
    }
    return u"starttls"_s;
}

std::optional<SmtpSettings::Security> securityFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"none"_s)
        return SmtpSettings::Security::None;
    if (k == u"starttls"_s)
        return SmtpSettings::Security::StartTls;
    if (k == u"tls"_s)
        return SmtpSettings::Security::Tls;
    return std::nullopt;
}

SmtpTransport::SmtpTransport(SmtpSettings settings)
    : m_settings(std::move(settings))
{
}

Status SmtpTransport::send(const MailMessage &m)
{
    const QString host = m_settings.host.trimmed();
    QString server = host;
    if (host.contains(u':'))
        server = u'[' + host + u']';
    server += u':' + QString::number(m_settings.port);
    const auto failure = [&server](const QString &reason) {
        return fail(QCoreApplication::translate("SmtpTransport", "Cannot send mail through %1: %2").arg(server, reason));
    };

    MailMessage message = m;
    if (message.fromAddress.trimmed().isEmpty()) {
        message.fromAddress = m_settings.fromAddress;
        if (message.fromName.isEmpty())
            message.fromName = m_settings.fromName;
    }
    message.fromAddress = message.fromAddress.trimmed();
    message.toAddress = message.toAddress.trimmed();

    // Built by QUrl, so that a host name cannot smuggle in a path or
    // credentials, IPv6 literals get their brackets and IDN hosts their
    // ASCII form.
    QUrl url;
    url.setScheme(m_settings.security == SmtpSettings::Security::Tls ? u"smtps"_s : u"smtp"_s);
    url.setHost(host);
    url.setPort(m_settings.port);
    if (host.isEmpty() || !url.isValid() || url.host().isEmpty())
        return failure(QCoreApplication::translate("SmtpTransport", "the server name is not valid"));
    if (m_settings.port < 1 || m_settings.port > 65535)
        return failure(QCoreApplication::translate("SmtpTransport", "the port must be between 1 and 65535"));
    if (!isSendableAddress(message.fromAddress))
        return failure(QCoreApplication::translate("SmtpTransport", "the sender address \"%1\" is not valid")
                           .arg(message.fromAddress));
    if (!isSendableAddress(message.toAddress))
        return failure(QCoreApplication::translate("SmtpTransport", "the recipient address \"%1\" is not valid")
                           .arg(message.toAddress));

    if (!curlReady())
        return failure(QCoreApplication::translate("SmtpTransport", "libcurl could not be initialised"));
    CurlEasy curl(curl_easy_init());
    if (!curl)
        return failure(QCoreApplication::translate("SmtpTransport", "libcurl could not be initialised"));

    const QByteArray urlBytes = url.toEncoded();
    const QByteArray mailFrom = "<" + message.fromAddress.toUtf8() + ">";
    const QByteArray rcptTo = "<" + message.toAddress.toUtf8() + ">";
    CurlList recipients(curl_slist_append(nullptr, rcptTo.constData()));
    if (!recipients)
        return failure(QCoreApplication::translate("SmtpTransport", "out of memory"));
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = QFile::encodeName(m_settings.caFile);
    Upload upload { toMime(message), 0 };
    char errors[CURL_ERROR_SIZE] = {};

    CURL *c = curl.get();
    CURLcode setup = CURLE_OK;
    // Every option is checked: one the library lacks (TLS in a build without
    // it) must stop the send rather than be silently left off.
    const auto set = [c, &setup](CURLoption option, auto value) {
        if (setup == CURLE_OK)
            setup = curl_easy_setopt(c, option, value);
    };
    set(CURLOPT_ERRORBUFFER, errors);
    // The transfer runs on whatever thread calls send(); signals for DNS
    // time-outs would hit the whole process.
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_URL, urlBytes.constData());
    switch (m_settings.security) {
    case SmtpSettings::Security::None: set(CURLOPT_USE_SSL, long(CURLUSESSL_NONE)); break;
    case SmtpSettings::Security::StartTls: set(CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); break;
    case SmtpSettings::Security::Tls: break;
    }
    set(CURLOPT_SSL_VERIFYPEER, m_settings.verifyPeer ? 1L : 0L);
    set(CURLOPT_SSL_VERIFYHOST, m_settings.verifyPeer ? 2L : 0L);
    if (!m_settings.caFile.isEmpty())
        set(CURLOPT_CAINFO, caFile.constData());
    if (!m_settings.user.isEmpty()) {
        set(CURLOPT_USERNAME, user.constData());
        set(CURLOPT_PASSWORD, password.constData());
    }
    set(CURLOPT_MAIL_FROM, mailFrom.constData());
    set(CURLOPT_MAIL_RCPT, recipients.get());
    set(CURLOPT_UPLOAD, 1L);
    set(CURLOPT_READFUNCTION, &readUpload);
    set(CURLOPT_READDATA, static_cast<void *>(&upload));
    set(CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));
    // An outbox run must end: a server that stops answering fails the
    // message (to be retried) instead of holding the sender forever.
    set(CURLOPT_TIMEOUT, long(std::max(1, m_settings.timeoutSecs)));
    if (setup != CURLE_OK)
        return failure(QString::fromUtf8(curl_easy_strerror(setup)));

    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK) {
        QString reason = QString::fromUtf8(errors, qsizetype(std::strlen(errors))).trimmed();
        if (reason.isEmpty())
            reason = QString::fromUtf8(curl_easy_strerror(code));
        return failure(reason);
    }
    return {};
}

} // namespace rapport
