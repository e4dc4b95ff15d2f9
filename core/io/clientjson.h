#pragma once

#include "domain/client.h"
#include "domain/completeness.h"
#include "domain/user.h"
#include "storage/timeline.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport {

// The JSON form of client cards, shared by `rapport-cli clients show`, the
// JSON export and anything else that hands a card to another program. Keys
// are snake_case and stable; dates are "YYYY-MM-DD" or null, instants ISO
// 8601 UTC, money both as text ("250000.00") and as integer minor units.
class ClientJson
{
public:
    // Staff by id, to name the account manager and the sales owner.
    explicit ClientJson(QHash<UserId, User> staff) : m_staff(std::move(staff)) {}

    QJsonObject card(const Client &client) const;
    QJsonObject contact(const Contact &contact) const;
    static QJsonObject completeness(const Completeness &completeness);
    static QJsonObject timelineItem(const TimelineItem &item);
    static QString instant(qint64 epochSecs);

private:
    QJsonValue person(UserId id) const;

    QHash<UserId, User> m_staff;
};

} // namespace rapport
