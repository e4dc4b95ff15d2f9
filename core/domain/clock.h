#pragma once

#include <QDateTime>

namespace rapport {

// The one source of "now" for core code, in UTC epoch seconds. Tests and
// `--as-of` options pin it so that time-dependent rules are reproducible.
class Clock
{
public:
    static qint64 nowSecs();
    static QDateTime nowUtc();
    // Pins "now" (0 releases the pin).
    static void setFixed(qint64 epochSecs);
};

} // namespace rapport
