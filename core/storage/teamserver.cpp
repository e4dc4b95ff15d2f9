#include "teamserver.h"

#include "sql.h"
#include "transaction.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TeamServer", text);
}

// Role and database names cannot be bound parameters: the server quotes them
// itself (format's %I and %L) from bound values, and the result is run.
Status execFormatted(const QSqlDatabase &conn, const QString &format, const QVariantList &values)
{
    QString placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders += u", ?::text"_s;
    auto text = sql::scalar(conn, u"SELECT format(?::text"_s + placeholders + u')', QVariantList{format} + values);
    if (!text)
        return fail(text.error());
    QSqlQuery q(conn);
    if (!q.exec(text->toString()))
        return fail(sql::describeError(q.lastError().text(), format));
    return {};
}

// Runs `work` on a connection to the server's maintenance database.
Status onMaintenanceDatabase(const ServerAddress &address, const std::function<Status(const QSqlDatabase &)> &work)
{
    const QString name = u"rapport-admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status result;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        conn.setHostName(address.host);
        conn.setPort(address.port);
        conn.setDatabaseName(u"postgres"_s);
        conn.setUserName(address.user);
        conn.setPassword(address.password);
        conn.setConnectOptions(address.connectOptions());
        if (!conn.open())
            result = fail(tr("Cannot connect to the server %1: %2").arg(address.display(), conn.lastError().text().trimmed()));
        else
            result = work(conn);
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString TeamServer::groupRole(Role role)
{
    return u"rapport_"_s + roleKey(role);
}

QString TeamServer::staffRole()
{
    return u"rapport_staff"_s;
}

Status TeamServer::createDatabase(const ServerAddress &address)
{
    return onMaintenanceDatabase(address, [&](const QSqlDatabase &conn) -> Status {
        auto exists = sql::scalar(conn, u"SELECT count(*) FROM pg_database WHERE datname = ?"_s, {address.database});
        if (!exists)
            return fail(exists.error());
        if (exists->toInt() > 0)
            return {};
        return execFormatted(conn, u"CREATE DATABASE %I ENCODING 'UTF8' TEMPLATE template0"_s, {address.database});
    });
}

Status TeamServer::dropDatabase(const ServerAddress &address)
{
    return onMaintenanceDatabase(address, [&](const QSqlDatabase &conn) {
        return execFormatted(conn, u"DROP DATABASE IF EXISTS %I WITH (FORCE)"_s, {address.database});
    });
}

Status TeamServer::grantRights(const Database &db)
{
    if (!db.isServer())
        return fail(tr("Rights are kept by a team database; %1 is a file.").arg(db.displayName()));
    const QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    // Roles are the server's, shared by its databases: create each once.
    QStringList groups{staffRole()};
    for (Role role : allRoles())
        groups << groupRole(role);
    for (const QString &group : std::as_const(groups)) {
        auto exists = sql::scalar(conn, u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s, {group});
        if (!exists)
            return fail(exists.error());
        if (exists->toInt() == 0) {
            if (Status s = execFormatted(conn, u"CREATE ROLE %I NOLOGIN"_s, {group}); !s)
                return s;
        }
        if (group != staffRole()) {
            if (Status s = execFormatted(conn, u"GRANT %I TO %I"_s, {staffRole(), group}); !s)
                return s;
        }
    }
    // Every staff member reads and writes the business tables; the audit log
    // only grows and the schema record is the administrator's.
    const QStringList statements = {
        u"GRANT CONNECT ON DATABASE %I TO %I"_s,
        u"GRANT USAGE ON SCHEMA public TO %2$I"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %2$I"_s,
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %2$I"_s,
        u"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %2$I"_s,
        u"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON rapport_schema FROM %2$I"_s,
    };
    for (const QString &statement : statements) {
        if (Status s = execFormatted(conn, statement, {db.server().database, staffRole()}); !s)
            return s;
    }
    return tx.commit();
}

Status TeamServer::addLogin(const Database &db, const User &user, const QString &password)
{
    if (!db.isServer())
        return fail(tr("Logins belong to a team database; %1 is a file.").arg(db.displayName()));
    UserRepository users(db);
    if (!users.byEmail(user.email)) {
        if (auto added = users.add(user); !added)
            return fail(added.error());
    }
    const QSqlDatabase conn = db.connection();
    const QString login = user.email.trimmed().toLower();
    auto exists = sql::scalar(conn, u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s, {login});
    if (!exists)
        return fail(exists.error());
    if (exists->toInt() == 0) {
        const Status created = password.isEmpty()
            ? execFormatted(conn, u"CREATE ROLE %I LOGIN"_s, {login})
            : execFormatted(conn, u"CREATE ROLE %I LOGIN PASSWORD %L"_s, {login, password});
        if (!created)
            return created;
    } else if (!password.isEmpty()) {
        if (Status s = execFormatted(conn, u"ALTER ROLE %I PASSWORD %L"_s, {login, password}); !s)
            return s;
    }
    // One role group per login: a changed role moves the login.
    for (Role role : allRoles()) {
        if (role == user.role)
            continue;
        // Only a group the login is in (the server warns on any other).
        auto member = sql::scalar(conn,
                                  u"SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                  u"JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"_s,
                                  {groupRole(role), login});
        if (!member)
            return fail(member.error());
        if (member->toInt() == 0)
            continue;
        if (Status s = execFormatted(conn, u"REVOKE %I FROM %I"_s, {groupRole(role), login}); !s)
            return s;
    }
    return execFormatted(conn, u"GRANT %I TO %I"_s, {groupRole(user.role), login});
}

} // namespace rapport
