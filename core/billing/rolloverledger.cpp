#include "rolloverledger.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr int MaxMonthMinutes = 10'000'000; // ~19 person-years: far beyond any tariff
constexpr int MaxRolloverMonths = 120;

// Minutes left of one month's included minutes, valid until month `lastIndex`.
struct Bucket
{
    int lastIndex = 0;
    int minutes = 0;
};

Status validate(const QList<MonthUsage> &months, int rolloverMonths)
{
    if (rolloverMonths < 0 || rolloverMonths > MaxRolloverMonths)
        return fail(QCoreApplication::translate("RolloverLedger", "Rollover months must be between 0 and %1.")
                        .arg(MaxRolloverMonths));
    for (qsizetype i = 0; i < months.size(); ++i) {
        const MonthUsage &m = months.at(i);
        if (!m.month.isValid() || m.month.day() != 1)
            return fail(QCoreApplication::translate("RolloverLedger", "A month must be given by its first day."));
        if (m.includedMinutes < 0 || m.includedMinutes > MaxMonthMinutes || m.usedMinutes < 0
            || m.usedMinutes > MaxMonthMinutes)
            return fail(QCoreApplication::translate("RolloverLedger", "Minutes in %1 must be between 0 and %2.")
                            .arg(m.month.toString(u"yyyy-MM"_s))
                            .arg(MaxMonthMinutes));
        if (i > 0 && months.at(i - 1).month.addMonths(1) != m.month)
            return fail(QCoreApplication::translate("RolloverLedger", "Months must be consecutive: %1 follows %2.")
                            .arg(m.month.toString(u"yyyy-MM"_s), months.at(i - 1).month.toString(u"yyyy-MM"_s)));
    }
    return {};
}

} // namespace

Result<QList<RolloverMonth>> RolloverLedger::compute(const QList<MonthUsage> &months, int rolloverMonths)
{
    if (const Status s = validate(months, rolloverMonths); !s)
        return fail(s.error());

    QList<Bucket> buckets; // oldest first
    QList<RolloverMonth> out;
    out.reserve(months.size());
    for (int i = 0; i < int(months.size()); ++i) {
        const MonthUsage &m = months.at(i);
        RolloverMonth row;
        row.month = m.month;
        row.includedMinutes = m.includedMinutes;
        row.usedMinutes = m.usedMinutes;
        row.unusedMinutes = std::max(0, m.includedMinutes - m.usedMinutes);
        for (const Bucket &b : std::as_const(buckets))
            row.rolloverAvailableMinutes += b.minutes;

        // Oldest first: the carry-over, then the month's own minutes.
        int toCover = m.usedMinutes;
        for (Bucket &b : buckets) {
            const int take = std::min(b.minutes, toCover);
            b.minutes -= take;
            toCover -= take;
            row.rolloverConsumedMinutes += take;
        }
        const int ownUsed = std::min(m.includedMinutes, toCover);
        toCover -= ownUsed;
        row.overageMinutes = toCover;

        const int ownLeft = m.includedMinutes - ownUsed;
        if (rolloverMonths > 0 && ownLeft > 0)
            buckets.append(Bucket { i + rolloverMonths, ownLeft });

        // Carry-over whose last month is this one expires now.
        for (auto it = buckets.begin(); it != buckets.end();) {
            if (it->lastIndex <= i) {
                row.rolloverExpiredMinutes += it->minutes;
                it = buckets.erase(it);
            } else if (it->minutes == 0) {
                it = buckets.erase(it);
            } else {
                row.carriedForwardMinutes += it->minutes;
                ++it;
            }
        }
        out.append(row);
    }
    return out;
}

Result<int> RolloverLedger::availableAtStart(const QList<MonthUsage> &previousMonths, int rolloverMonths, QDate month)
{
    if (!month.isValid() || month.day() != 1)
        return fail(QCoreApplication::translate("RolloverLedger", "A month must be given by its first day."));
    if (!previousMonths.isEmpty() && previousMonths.constLast().month.addMonths(1) != month)
        return fail(QCoreApplication::translate("RolloverLedger", "Months must be consecutive: %1 follows %2.")
                        .arg(month.toString(u"yyyy-MM"_s), previousMonths.constLast().month.toString(u"yyyy-MM"_s)));
    const auto ledger = compute(previousMonths, rolloverMonths);
    if (!ledger)
        return fail(ledger.error());
    return ledger->isEmpty() ? 0 : ledger->constLast().carriedForwardMinutes;
}

} // namespace rapport
