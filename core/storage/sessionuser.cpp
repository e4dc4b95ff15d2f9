#include "sessionuser.h"

#include "sql.h"
#include "userrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

Result<QString> SessionUser::login(const Database &db)
{
    if (!db.isServer())
        return QString();
    auto name = sql::scalar(db.connection(), u"SELECT session_user"_s);
    if (!name)
        return fail(name.error());
    return name->toString();
}

Result<std::optional<User>> SessionUser::loginStaff(const Database &db)
{
    auto name = login(db);
    if (!name)
        return fail(name.error());
    if (name->isEmpty())
        return std::optional<User>();
    return UserRepository(db).byEmail(*name);
}

Result<User> SessionUser::resolve(const Database &db, const QString &requestedEmail)
{
    const QString requested = requestedEmail.trimmed();
    auto staff = loginStaff(db);
    if (!staff)
        return fail(staff.error());
    if (*staff) {
        if (!requested.isEmpty() && requested.compare((*staff)->email, Qt::CaseInsensitive) != 0)
            return fail(QCoreApplication::translate("SessionUser",
                                                    "In the team database you work as your login %1; "
                                                    "acting as %2 needs that person's own login.")
                            .arg((*staff)->email, requested));
        return **staff;
    }
    if (requested.isEmpty())
        return User{};
    if (auto user = UserRepository(db).byEmail(requested))
        return *user;
    return fail(QCoreApplication::translate("SessionUser", "No staff member with email %1.").arg(requested));
}

} // namespace rapport
