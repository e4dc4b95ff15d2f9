#pragma once

#include "domain/result.h"

#include <QDate>
#include <QList>

namespace rapport {

// One month of a subscription: the minutes the tariff includes and the
// billable minutes logged. `month` is the first day of the month.
struct MonthUsage
{
    QDate month;
    int includedMinutes = 0;
    int usedMinutes = 0;
};

// One month of the rollover ledger.
//   unusedMinutes          = max(0, included − used): the month's own
//                            allowance left unused (what the unused-hours
//                            report shows).
//   rolloverAvailableMinutes carried in from earlier months, at the start.
//   rolloverConsumedMinutes  of that carry-over used this month.
//   rolloverExpiredMinutes   of that carry-over lost at the end of this month.
//   overageMinutes         = max(0, used − included − rolloverAvailable):
//                            the minutes billed at the overage rate.
//   carriedForwardMinutes    available at the start of the next month.
struct RolloverMonth
{
    QDate month;
    int includedMinutes = 0;
    int usedMinutes = 0;
    int unusedMinutes = 0;
    int rolloverAvailableMinutes = 0;
    int rolloverConsumedMinutes = 0;
    int rolloverExpiredMinutes = 0;
    int overageMinutes = 0;
    int carriedForwardMinutes = 0;

    friend bool operator==(const RolloverMonth &, const RolloverMonth &) = default;
};

// Rollover of unused included minutes (tariff "rolloverMonths", seed 002:
// unused subscription hours are not refunded; a tariff may let them carry
// over instead). The rule:
//  - the included minutes of month m that remain unused at its end may be
//    used in months m+1 … m+N, and expire at the end of month m+N (N = 0: no
//    carry-over at all, the default);
//  - each month's work consumes the available minutes oldest first: first
//    the carry-over of the earliest month still valid, then later ones, then
//    the month's own included minutes; what is left is overage.
// A pure, deterministic function of the sequence of months; months must be
// consecutive (a month without a tariff is passed with 0 included).
class RolloverLedger
{
public:
    static Result<QList<RolloverMonth>> compute(const QList<MonthUsage> &months, int rolloverMonths);

    // Minutes carried into `month` from the months before it
    // (`previousMonths` ends with the month before `month`, or is empty).
    static Result<int> availableAtStart(const QList<MonthUsage> &previousMonths, int rolloverMonths, QDate month);
};

} // namespace rapport
