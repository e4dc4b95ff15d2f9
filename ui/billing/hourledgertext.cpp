#include "hourledgertext.h"

#include "theme.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString HourLedgerText::clock(int minutes)
{
    const int absolute = minutes < 0 ? -minutes : minutes;
    const QString text = u"%1:%2"_s.arg(absolute / 60).arg(absolute % 60, 2, 10, QLatin1Char('0'));
    return minutes < 0 ? QLocale().negativeSign() + text : text;
}

int HourLedgerText::percent(const HourBalance &balance)
{
    if (balance.availableMinutes() <= 0)
        return 0;
    return int(qint64(balance.usedMinutes) * 100 / balance.availableMinutes());
}

QString HourLedgerText::share(const HourBalance &balance)
{
    if (balance.availableMinutes() <= 0)
        return {};
    return tr("%1 %").arg(QLocale().toString(percent(balance)));
}

QString HourLedgerText::summary(const HourBalance &balance)
{
    if (balance.overageMinutes() > 0)
        return tr("Used %1 of %2 this month (%3 included + %4 rolled over), %5 over: billed as overage")
            .arg(clock(balance.usedMinutes), clock(balance.availableMinutes()), clock(balance.includedMinutes),
                clock(balance.rolledOverMinutes), clock(balance.overageMinutes()));
    return tr("Used %1 of %2 this month (%3 included + %4 rolled over), %5 remaining")
        .arg(clock(balance.usedMinutes), clock(balance.availableMinutes()), clock(balance.includedMinutes),
            clock(balance.rolledOverMinutes), clock(balance.remainingMinutes()));
}

QString HourLedgerText::ledger(const HourBalance &balance)
{
    if (balance.overageMinutes() > 0)
        return tr("This month: %1 used of %2 (%3 included + %4 rolled over) — %5 over, billed as overage (%6)")
            .arg(clock(balance.usedMinutes), clock(balance.availableMinutes()), clock(balance.includedMinutes),
                clock(balance.rolledOverMinutes), clock(balance.overageMinutes()), share(balance));
    return tr("This month: %1 used of %2 (%3 included + %4 rolled over) — %5 remaining (%6)")
        .arg(clock(balance.usedMinutes), clock(balance.availableMinutes()), clock(balance.includedMinutes),
            clock(balance.rolledOverMinutes), clock(balance.remainingMinutes()), share(balance));
}

QColor HourLedgerText::color(HourLevel level)
{
    switch (level) {
    case HourLevel::Warning: return statusColor(StatusTone::Warning);
    case HourLevel::Exhausted: return statusColor(StatusTone::Bad);
    case HourLevel::None:
    case HourLevel::Ok: break;
    }
    return {};
}

} // namespace rapport
