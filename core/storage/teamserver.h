#pragma once

#include "database.h"
#include "domain/result.h"
#include "domain/user.h"
#include "serveraddress.h"

namespace rapport {

// Administration of a team database on a PostgreSQL server: the database
// itself, the group roles that carry Rapport's rights, and staff logins.
// Run with a login that may create databases and roles (the server's
// administrator); everyday work uses the staff logins.
class TeamServer
{
public:
    // The group role of a Rapport role: rapport_team_lead, rapport_account_manager…
    static QString groupRole(Role role);
    // The group every staff login belongs to (through its role's group).
    static QString staffRole();

    // Creates the database `address.database` when it does not exist yet
    // (through the server's maintenance database `postgres`).
    static Status createDatabase(const ServerAddress &address);
    static Status dropDatabase(const ServerAddress &address);

    // The group roles and what each may do in this database. Idempotent:
    // `team init` runs it after every migration.
    static Status grantRights(const Database &db);

    // A login for a staff member, in the group of their role. The staff
    // member is added to the users table when missing. An empty password
    // leaves authentication to the server's other methods (peer, cert).
    static Status addLogin(const Database &db, const User &user, const QString &password);
};

} // namespace rapport
