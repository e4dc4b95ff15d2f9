#pragma once

#include "cli.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rapport::cli {

// Runs dated later than now. `dunning run --as-of 2026-12-31` on 6 December
// would suspend clients today with steps dated later; the same for every run
// that takes a date. Such a run only previews where the command has a dry
// run (dunning run, automation run) and is refused where it has none
// (obligations preset/run, reviews schedule, outbox send) or where the dry
// run itself refuses the date (billing run --month: BillingRun bills no month
// that has not begun). A date of today or earlier behaves as before.

// How the option reads: a day, a month (billing run --month) or an instant
// (automation run, outbox send). Only the wording of the messages differs:
// an instant on a later day reads as a date, one later today as a time.
enum class AsOfKind { Date, Month, Instant };

struct FutureAsOf
{
    QString option; // without the dashes: "as-of", "month"
    QString value; // as written on the command line
    AsOfKind kind = AsOfKind::Date;
    qint64 asOfSecs = 0; // the run's instant (a day: its start, local time)
    qint64 nowSecs = 0; // Clock::nowSecs() when checked
    QDate today; // its local date

    // An instant later today (not a later day).
    bool laterToday() const;
};

// The one check: the option `option` is set and names an instant after
// Clock::nowSecs(). Otherwise (not set, now or earlier) nothing.
std::optional<FutureAsOf> futureAsOf(
    const Context &ctx, const QString &option, qint64 asOfSecs, AsOfKind kind = AsOfKind::Instant);
// A day (or a month's first day) is in the future when it starts after now,
// i.e. when it is later than today's local date. An invalid date: nothing.
std::optional<FutureAsOf> futureAsOf(
    const Context &ctx, const QString &option, QDate day, AsOfKind kind = AsOfKind::Date);

// The first line of a run's text output when the date made it a preview:
// "preview: --as-of 2026-12-31 is in the future, nothing was written (a run
// as of a later date than today only previews)".
QString futurePreviewLine(const FutureAsOf &future);
// The same in JSON: "dry_run": true and "preview_reason": "future_as_of".
void markFuturePreview(QJsonObject &json);
// A run without a dry run: reports the usage error naming the date and
// today, e.g. "obligations run --as-of 2026-12-31: the date is in the future
// (today is 2026-12-06); a run can only be dated today or earlier". Returns
// UsageError.
int refuseFutureRun(const Context &ctx, const QString &run, const FutureAsOf &future);

} // namespace rapport::cli
