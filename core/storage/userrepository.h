#pragma once

#include "database.h"
#include "domain/user.h"

#include <QList>

namespace rapport {

// Staff members of the service provider.
class UserRepository
{
public:
    explicit UserRepository(const Database &db) : m_db(db) {}

    // Validates name, email and role; the email must be unique.
    Result<User> add(const User &user);
    Status update(const User &user);
    QList<User> all(bool includeInactive = false) const;
    std::optional<User> byEmail(const QString &email) const;
    std::optional<User> byId(UserId id) const;
    int count() const;

    static Status validate(const User &user);

private:
    Database m_db;
};

} // namespace rapport
