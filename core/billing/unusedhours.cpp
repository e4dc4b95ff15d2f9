#include "unusedhours.h"

#include "domain/money.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString UnusedHours::suggestionKey()
{
    return u"propose_development_or_smaller_tariff"_s;
}

QString UnusedHours::suggestionText()
{
    return QCoreApplication::translate("UnusedHours", "Propose development work or a smaller tariff");
}

Result<UnusedHoursAssessment> UnusedHours::assess(
    const QList<MonthUsage> &months, const UnusedHoursConfig &config, int rolloverMonths)
{
    if (config.thresholdPercent < 0 || config.thresholdPercent > 100)
        return fail(
            QCoreApplication::translate("UnusedHours", "The unused share threshold must be between 0 and 100 %."));
    if (config.consecutiveMonths < 1 || config.consecutiveMonths > 120)
        return fail(
            QCoreApplication::translate("UnusedHours", "The number of consecutive months must be between 1 and 120."));
    // The ledger validates the months (first days, consecutive, minute range).
    const auto ledger = RolloverLedger::compute(months, rolloverMonths);
    if (!ledger)
        return fail(ledger.error());

    UnusedHoursAssessment a;
    a.months.reserve(months.size());
    for (qsizetype i = 0; i < months.size(); ++i) {
        const MonthUsage &m = months.at(i);
        const RolloverMonth &r = ledger->at(i);
        UnusedHoursMonth row;
        row.month = m.month;
        row.includedMinutes = m.includedMinutes;
        row.usedMinutes = m.usedMinutes;
        row.unusedMinutes = std::max(0, m.includedMinutes - m.usedMinutes);
        if (m.includedMinutes > 0) {
            row.unusedShareBp = int(divideRounded(qint64(row.unusedMinutes) * 10000, m.includedMinutes));
            // Exact comparison, no rounding: unused / included > threshold / 100.
            row.overThreshold = qint64(row.unusedMinutes) * 100 > qint64(config.thresholdPercent) * m.includedMinutes;
        }
        row.rolloverAvailableMinutes = r.rolloverAvailableMinutes;
        row.rolloverExpiredMinutes = r.rolloverExpiredMinutes;
        row.carriedForwardMinutes = r.carriedForwardMinutes;
        a.streakMonths = row.overThreshold ? a.streakMonths + 1 : 0;
        a.months.append(row);
    }
    a.flagged = a.streakMonths >= config.consecutiveMonths;
    if (a.flagged) {
        a.suggestionKey = suggestionKey();
        a.suggestionText = suggestionText();
    }
    return a;
}

} // namespace rapport
