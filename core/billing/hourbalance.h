#pragma once

#include <QString>

#include <optional>

namespace rapport {

// When a client's month counts as running out of hours: the share used of
// the hours available (included + rolled over) reaching warningPercent, or
// exhaustedPercent (from there on every minute is overage).
struct HourBalanceConfig
{
    int warningPercent = 80;
    int exhaustedPercent = 100;
};

// "none" (nothing available this month), "ok", "warning", "exhausted".
enum class HourLevel { None, Ok, Warning, Exhausted };
QString hourLevelKey(HourLevel level);

// A client's hour ledger for one month (seed 002: the tariff's included
// hours; unused ones may roll over, work beyond them is overage):
//   included + rolled over − used = remaining
// negative remaining is the overage the month's invoice bills.
struct HourBalance
{
    int includedMinutes = 0;
    int rolledOverMinutes = 0; // carried in from earlier months at the start of the month
    int usedMinutes = 0;

    int availableMinutes() const { return includedMinutes + rolledOverMinutes; }
    int remainingMinutes() const { return availableMinutes() - usedMinutes; }
    int overageMinutes() const { return remainingMinutes() < 0 ? -remainingMinutes() : 0; }
    // Used share of the available minutes in basis points; none when
    // nothing is available (no tariff hours this month).
    std::optional<int> usedShareBp() const;
    HourLevel level(const HourBalanceConfig &config = HourBalanceConfig()) const;
};

} // namespace rapport
