#pragma once

#include "storage/database.h"
#include "storage/reviewrepository.h"

#include <QByteArray>
#include <QList>

namespace rapport {

// Scheduled reviews as an iCalendar file (RFC 5545) that any calendar
// application imports: one all-day VEVENT per review with a UID stable per
// review (importing again updates instead of duplicating), DTSTAMP, summary
// and a description naming the client and the account manager. Built with
// libical, which writes CRLF line ends and folds long lines.
class ReviewIcs
{
public:
    explicit ReviewIcs(const Database &db)
        : m_db(db)
    {
    }

    // The calendar text of `reviews`, stamped at `stampSecs` (UTC epoch seconds).
    static Result<QByteArray> build(const QList<Review> &reviews, qint64 stampSecs);
    // The stable UID of a review.
    static QByteArray uid(const Review &review);

    // Writes every scheduled review (upcoming and overdue), of one account
    // manager's clients when `manager` is valid, to `path` (replaced
    // atomically). Returns the number of reviews written.
    Result<int> exportTo(const QString &path, UserId manager = {}) const;

private:
    Database m_db;
};

} // namespace rapport
