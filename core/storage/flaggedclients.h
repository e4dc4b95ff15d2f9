#pragma once

#include "database.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rapport {

// A client that needs the account manager's attention: a review past its
// date, or several tasks of the regulation late (open past the due date, or
// done after it in the last 90 days).
struct FlaggedClient
{
    ClientId clientId;
    QString clientName;
    QString managerName;
    int overdueReviews = 0;
    QDate oldestOverdueReview; // the earliest scheduled date past, if any
    int overdueTasks = 0; // open past the due date
    int lateTasks = 0; // done after the due date, in the last 90 days

    int lateTotal() const { return overdueTasks + lateTasks; }
};

// Flagged clients of one account manager (invalid: every manager), most
// urgent first: overdue reviews, then the number of late tasks. Archived
// and churned clients are left out.
class FlaggedClients
{
public:
    // Late tasks (overdue + done late) that flag a client on their own.
    static constexpr int kLateTasksThreshold = 3;
    // How far back a task done late still counts.
    static constexpr int kLateWindowDays = 90;

    explicit FlaggedClients(const Database &db)
        : m_db(db)
    {
    }

    QList<FlaggedClient> list(UserId manager = {}, QDate asOf = {}, int limit = 200) const;
    int count(UserId manager = {}, QDate asOf = {}) const;

private:
    Database m_db;
};

} // namespace rapport
