#include "clock.h"

#include <QTimeZone>

#include <atomic>

namespace rapport {

static std::atomic<qint64> s_fixed{0};

qint64 Clock::nowSecs()
{
    const qint64 fixed = s_fixed.load();
    return fixed != 0 ? fixed : QDateTime::currentSecsSinceEpoch();
}

QDateTime Clock::nowUtc()
{
    return QDateTime::fromSecsSinceEpoch(nowSecs(), QTimeZone::utc());
}

void Clock::setFixed(qint64 epochSecs)
{
    s_fixed.store(epochSecs);
}

} // namespace rapport
