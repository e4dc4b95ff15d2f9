#include "userrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

static const QString kColumns = u"id, name, email, role, cost_rate_minor, cost_currency, active, language"_s;

static User readUser(const QSqlQuery &q)
{
    User u;
    u.id = UserId(q.value(0).toLongLong());
    u.name = q.value(1).toString();
    u.email = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Specialist);
    u.costRate = Money(q.value(4).toLongLong(), q.value(5).toString());
    u.active = q.value(6).toBool();
    u.language = q.value(7).toString();
    return u;
}

static QVariantMap toMap(const User &u)
{
    return {{u"name"_s, u.name},
            {u"email"_s, u.email},
            {u"role"_s, roleKey(u.role)},
            {u"cost_rate_minor"_s, u.costRate.minorUnits()},
            {u"cost_currency"_s, u.costRate.currency()},
            {u"active"_s, u.active},
            {u"language"_s, u.language}};
}

Status UserRepository::validate(const User &user)
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (user.name.trimmed().isEmpty())
        return fail(QCoreApplication::translate("UserRepository", "A staff member needs a name."));
    if (!email.match(user.email.trimmed()).hasMatch())
        return fail(QCoreApplication::translate("UserRepository", "\"%1\" is not an email address.").arg(user.email));
    if (user.costRate.isNegative())
        return fail(QCoreApplication::translate("UserRepository", "The cost rate cannot be negative."));
    if (!QStringList{QString(), u"ru"_s, u"kk"_s, u"en"_s}.contains(user.language))
        return fail(QCoreApplication::translate("UserRepository", "A staff member's language is ru, kk or en (or none "
                                                                  "for the team's default), not \"%1\".")
                        .arg(user.language));
    if (!Money::isKnownCurrency(user.costRate.currency()))
        return fail(QCoreApplication::translate("UserRepository", "Unknown currency \"%1\".").arg(user.costRate.currency()));
    return {};
}

Result<User> UserRepository::add(const User &input)
{
    User user = input;
    user.name = user.name.trimmed();
    user.email = user.email.trimmed().toLower();
    if (user.costRate.currency().isEmpty())
        user.costRate = Money(user.costRate.minorUnits(), u"KZT"_s);
    if (Status s = validate(user); !s)
        return fail(s.error());
    if (byEmail(user.email))
        return fail(QCoreApplication::translate("UserRepository", "A staff member with email %1 already exists.")
                        .arg(user.email));
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto q = sql::exec(conn,
                       u"INSERT INTO users (name, email, role, cost_rate_minor, cost_currency, active, language, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {user.name, user.email, roleKey(user.role), user.costRate.minorUnits(), user.costRate.currency(),
                        user.active, user.language.isNull() ? u""_s : user.language, Clock::nowSecs()});
    if (!q)
        return fail(q.error());
    user.id = UserId(q->lastInsertId().toLongLong());
    if (Status s = AuditLog(m_db).record(u"user"_s, user.id.value, AuditLog::Action::Create, {}, toMap(user)); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return user;
}

Status UserRepository::update(const User &user)
{
    if (Status s = validate(user); !s)
        return s;
    const auto old = byId(user.id);
    if (!old)
        return fail(QCoreApplication::translate("UserRepository", "No staff member with id %1.").arg(user.id.value));
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto q = sql::exec(conn,
                       u"UPDATE users SET name = ?, email = ?, role = ?, cost_rate_minor = ?, cost_currency = ?, "
                       "active = ?, language = ? WHERE id = ?"_s,
                       {user.name.trimmed(), user.email.trimmed().toLower(), roleKey(user.role),
                        user.costRate.minorUnits(), user.costRate.currency(), user.active,
                        user.language.isNull() ? u""_s : user.language, user.id.value});
    if (!q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"user"_s, user.id.value, AuditLog::Action::Update, toMap(*old), toMap(user)); !s)
        return s;
    return tx.commit();
}

QList<User> UserRepository::all(bool includeInactive) const
{
    QList<User> result;
    auto q = sql::exec(m_db.connection(),
                       u"SELECT "_s + kColumns + u" FROM users WHERE active = 1 OR ? = 1 ORDER BY name, id"_s,
                       {includeInactive});
    if (!q)
        return result;
    while (q->next())
        result.append(readUser(*q));
    return result;
}

std::optional<User> UserRepository::byEmail(const QString &email) const
{
    auto q = sql::exec(m_db.connection(), u"SELECT "_s + kColumns + u" FROM users WHERE "_s + m_db.dialect().caseless(u"email"_s) + u" = "_s
                           + m_db.dialect().caseless(u"?"_s),
                       {email.trimmed()});
    if (q && q->next())
        return readUser(*q);
    return std::nullopt;
}

std::optional<User> UserRepository::byId(UserId id) const
{
    auto q = sql::exec(m_db.connection(), u"SELECT "_s + kColumns + u" FROM users WHERE id = ?"_s, {id.value});
    if (q && q->next())
        return readUser(*q);
    return std::nullopt;
}

int UserRepository::count() const
{
    auto v = sql::scalar(m_db.connection(), u"SELECT count(*) FROM users"_s);
    return v ? v->toInt() : 0;
}

} // namespace rapport
