#include "hourbalance.h"

#include "domain/money.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString hourLevelKey(HourLevel level)
{
    switch (level) {
    case HourLevel::None:
        return u"none"_s;
    case HourLevel::Ok:
        return u"ok"_s;
    case HourLevel::Warning:
        return u"warning"_s;
    case HourLevel::Exhausted:
        return u"exhausted"_s;
    }
    return u"none"_s;
}

std::optional<int> HourBalance::usedShareBp() const
{
    if (availableMinutes() <= 0)
        return std::nullopt;
    return int(divideRounded(qint64(usedMinutes) * 10000, availableMinutes()));
}

HourLevel HourBalance::level(const HourBalanceConfig &config) const
{
    if (availableMinutes() <= 0)
        return HourLevel::None;
    // Exact comparisons, no rounding: used / available ≥ percent / 100.
    const qint64 used = qint64(usedMinutes) * 100;
    if (used >= qint64(config.exhaustedPercent) * availableMinutes())
        return HourLevel::Exhausted;
    if (used >= qint64(config.warningPercent) * availableMinutes())
        return HourLevel::Warning;
    return HourLevel::Ok;
}

} // namespace rapport
