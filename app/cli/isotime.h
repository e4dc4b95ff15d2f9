#pragma once

#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace rapport::cli {

// ISO 8601 instants on the command line. An instant with an offset or "Z"
// is taken as written; without one, as wall-clock time in `zone`. A bare
// date is the start of that day in `zone`.
std::optional<qint64> instantFromIso(const QString &text, const QTimeZone &zone);

// "2026-03-09T10:00:00+05:00": wall-clock time in `zone` with its offset
// ("+00:00" for UTC).
QString isoWithOffset(qint64 utcSecs, const QTimeZone &zone);

// "2026-03-09T05:00:00+00:00" (UTC, as the other commands print it), or
// JSON null for 0.
QJsonValue isoUtc(qint64 utcSecs);

// A number without trailing zeros: 9, 1.5, 0.25 (at most `decimals` places).
QString plainNumber(double value, int decimals = 4);

} // namespace rapport::cli
