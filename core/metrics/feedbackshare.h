#pragma once

#include "storage/database.h"

#include <QDate>
#include <QList>

#include <optional>

namespace rapport {

// Liked and not liked feedback on the tickets of one account manager's
// clients.
struct ManagerFeedback
{
    UserId managerId; // invalid: clients without an account manager
    QString name;
    QString email;
    int liked = 0;
    int notLiked = 0;

    int total() const { return liked + notLiked; }
    // liked / (liked + not liked); empty without feedback.
    std::optional<double> likedShare() const;
};

struct FeedbackShareReport
{
    QDate from;
    QDate to;
    QList<ManagerFeedback> managers; // by name
    ManagerFeedback total;
};

// The share of "liked" per account manager over a period (seed 002: the
// two-point feedback after completion; used for bonuses): tickets closed in
// [from, to] (local days; a resolved ticket not closed yet counts on its
// resolution day) with feedback, grouped by the account manager of the
// ticket's client. The dashboard and `report feedback` both read it here.
class FeedbackShare
{
public:
    explicit FeedbackShare(const Database &db)
        : m_db(db)
    {
    }

    // manager invalid: every manager.
    Result<FeedbackShareReport> compute(QDate from, QDate to, UserId manager = {}) const;

private:
    Database m_db;
};

} // namespace rapport
