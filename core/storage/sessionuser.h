#pragma once

#include "database.h"
#include "domain/result.h"
#include "domain/user.h"

#include <optional>

namespace rapport {

// Who a session acts as, recorded as the author of its changes.
// A file has no logins: the person named (the CLI's --user, the GUI's
// choice), or nobody. A team database knows its login: a staff login acts as
// its own staff member and naming someone else is refused; the server's
// administration (a login that is no staff member) may act for a named staff
// member, and its audit entries still carry its own login (written by the
// server, postgresql/0008_rights.sql).
class SessionUser
{
public:
    // The session's login on a team database (empty for a file).
    static Result<QString> login(const Database &db);
    // The staff member whose email is the session's login; nullopt for a file
    // or an administrator's login.
    static Result<std::optional<User>> loginStaff(const Database &db);
    // The staff member to act as, given the one asked for (empty: nobody named).
    static Result<User> resolve(const Database &db, const QString &requestedEmail);
};

} // namespace rapport
