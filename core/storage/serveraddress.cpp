#include "serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {
const QStringList kSslModes = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerAddress", text);
}
} // namespace

bool ServerAddress::looksLikeUri(const QString &text)
{
    return text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s);
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    if (!looksLikeUri(text))
        return fail(tr("%1 is not a team database address (postgresql://USER@HOST:PORT/DATABASE).").arg(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("The team database address is not valid: %1").arg(url.errorString()));

    ServerAddress a;
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.host = url.host(QUrl::FullyDecoded);
    a.port = url.port(5432);
    a.database = url.path(QUrl::FullyDecoded).mid(1);

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode"_s) {
            if (!kSslModes.contains(value))
                return fail(tr("Unknown TLS mode \"%1\"; use one of: %2.").arg(value, kSslModes.join(u", "_s)));
            a.sslMode = value;
        } else if (key == u"host"_s) {
            a.host = value;
        } else if (key == u"port"_s) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok)
                return fail(tr("The port \"%1\" is not a number.").arg(value));
        } else if (key == u"user"_s) {
            a.user = value;
        } else if (key == u"dbname"_s) {
            a.database = value;
        } else {
            return fail(tr("Unknown option \"%1\" in the team database address.").arg(key));
        }
    }
    if (a.port <= 0 || a.port > 65535)
        return fail(tr("The port %1 is out of range.").arg(a.port));
    if (a.database.isEmpty())
        return fail(tr("The team database address names no database (…/DATABASE)."));
    if (a.user.isEmpty())
        a.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    if (a.user.isEmpty())
        return fail(tr("The team database address names no user (USER@…)."));
    return a;
}

QString ServerAddress::uri() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        // A socket folder cannot be the URI's host part.
        query.addQueryItem(u"host"_s, host);
        query.addQueryItem(u"port"_s, QString::number(port));
    } else {
        url.setHost(host.isEmpty() ? u"localhost"_s : host);
        url.setPort(port);
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::display() const
{
    return u"%1@%2:%3/%4"_s.arg(user, host.isEmpty() ? u"localhost"_s : host).arg(port).arg(database);
}

QString ServerAddress::connectOptions() const
{
    QStringList options{u"application_name=rapport"_s, u"connect_timeout=10"_s};
    if (!sslMode.isEmpty())
        options << u"sslmode="_s + sslMode;
    return options.join(u';');
}

} // namespace rapport
