#pragma once

#include "billing/rolloverledger.h"
#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rapport {

// When a client is flagged: the unused share of a month must be strictly
// greater than `thresholdPercent` of its included minutes, in at least
// `consecutiveMonths` calendar months in a row ending with the latest month.
struct UnusedHoursConfig
{
    int thresholdPercent = 50;
    int consecutiveMonths = 2;
};

// One month of one client: unused = max(0, included − used); the share in
// basis points of the included minutes (0 when nothing is included); the
// rollover figures of RolloverLedger for the tariff's rollover months.
struct UnusedHoursMonth
{
    QDate month;
    int includedMinutes = 0;
    int usedMinutes = 0;
    int unusedMinutes = 0;
    int unusedShareBp = 0;
    bool overThreshold = false;
    int rolloverAvailableMinutes = 0;
    int rolloverExpiredMinutes = 0;
    int carriedForwardMinutes = 0;

    friend bool operator==(const UnusedHoursMonth &, const UnusedHoursMonth &) = default;
};

struct UnusedHoursAssessment
{
    QList<UnusedHoursMonth> months;
    // Months over the threshold in a row, ending with the latest month.
    int streakMonths = 0;
    bool flagged = false;
    // When flagged: UnusedHours::suggestionKey() and its translated text.
    QString suggestionKey;
    QString suggestionText;
};

// Unused subscription hours (seed 002: unused hours are not refunded, which
// breeds conflict; the account manager should propose development of the
// client's project or, if it needs none, a tariff with fewer hours). A client
// that leaves more than the threshold share of its included hours unused for
// two or more consecutive months gets that suggestion. A month with nothing
// included is never over the threshold and breaks the streak. Carry-over
// does not change the share: the flag is about the tariff fitting the work.
class UnusedHours
{
public:
    static Result<UnusedHoursAssessment> assess(
        const QList<MonthUsage> &months, const UnusedHoursConfig &config = UnusedHoursConfig(), int rolloverMonths = 0);

    // "propose_development_or_smaller_tariff"
    static QString suggestionKey();
    // "Propose development work or a smaller tariff", translated.
    static QString suggestionText();
};

} // namespace rapport
