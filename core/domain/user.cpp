#include "user.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString roleKey(Role role)
{
    switch (role) {
    case Role::AccountManager: return u"account_manager"_s;
    case Role::Specialist: return u"specialist"_s;
    case Role::Sales: return u"sales"_s;
    case Role::QualityControl: return u"quality_control"_s;
    case Role::TeamLead: return u"team_lead"_s;
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    return {Role::AccountManager, Role::Specialist, Role::Sales, Role::QualityControl, Role::TeamLead};
}

} // namespace rapport
