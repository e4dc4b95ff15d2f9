#pragma once

#include "billing/hourbalance.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace rapport {

// How a client's hour ledger for the month reads on the card, in the
// Clients list and on Today: hours as H:MM ("32:48"), the used share as a
// whole percent ("82 %"), and a colour for the level (amber from the
// warning threshold on, red once the hours are exhausted).
class HourLedgerText
{
    Q_DECLARE_TR_FUNCTIONS(HourLedgerText)

public:
    // "32:48" for 1968 minutes.
    static QString clock(int minutes);
    // The whole percent used, rounded down as the thresholds compare; 0 when nothing is available.
    static int percent(const HourBalance &balance);
    // "82 %"; empty when nothing is available this month.
    static QString share(const HourBalance &balance);
    // "Used 32:48 of 40:00 this month (40:00 included + 0:00 rolled over), 7:12 remaining",
    // or "…, 2:15 over: billed as overage".
    static QString summary(const HourBalance &balance);
    // "This month: 32:48 used of 40:00 (40:00 included + 0:00 rolled over) — 7:12 remaining (82 %)",
    // or "… — 2:15 over, billed as overage (106 %)".
    static QString ledger(const HourBalance &balance);
    // Amber at the warning level, red when exhausted; invalid otherwise.
    static QColor color(HourLevel level);
};

} // namespace rapport
