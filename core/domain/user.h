#pragma once

#include "ids.h"
#include "money.h"

#include <QList>
#include <QString>

#include <optional>

namespace rapport {

enum class Role {
    AccountManager,
    Specialist,
    Sales,
    QualityControl,
    TeamLead,
};

// Stable keys used in the database, the CLI and JSON.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
QList<Role> allRoles();

// A staff member of the service provider.
struct User
{
    UserId id;
    QString name;
    QString email;
    Role role = Role::AccountManager;
    Money costRate; // per hour, used for cost per job
    bool active = true;
    // The language of the messages and tasks Rapport writes to them: "ru",
    // "kk" or "en"; empty for the team's default (automation.staff_language).
    QString language;

    bool isValid() const { return id.isValid(); }
};

} // namespace rapport
