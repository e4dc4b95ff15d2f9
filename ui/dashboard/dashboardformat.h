#pragma once

#include "metrics/dashboard.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

namespace rapport {

// How the dashboard's numbers read on tiles, in the table, the charts and
// the PDF report: hours with one decimal ("4.6 h"), shares as percentages,
// money with its currency, and the change against the previous period with
// a tone (better, worse or neutral) that depends on which way is good.
class DashboardFormat
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFormat)

public:
    enum Direction { HigherIsBetter, LowerIsBetter, Neutral };
    enum Tone { Better, Worse, Same };

    static QString count(qint64 value);
    static QString hours(const std::optional<double> &hours);
    static QString share(const std::optional<double> &share);
    static QString money(const std::optional<qint64> &minor, const QString &currency);
    // "9.7 M KZT" for millions, else as money(): for tiles.
    static QString compactMoney(const std::optional<qint64> &minor, const QString &currency);
    static QString days(const std::optional<double> &days);
    static QString period(QDate from, QDate to);

    // "▲ 12 % vs previous period", "▼ 0.8 h", "▲ 3.1 pp"; empty when either
    // side is missing. Counts and money change in percent, hours in hours,
    // shares in percentage points.
    struct Change
    {
        QString text;
        Tone tone = Same;
    };
    static Change countChange(qint64 now, qint64 before, Direction direction);
    static Change hoursChange(
        const std::optional<double> &now, const std::optional<double> &before, Direction direction);
    static Change shareChange(
        const std::optional<double> &now, const std::optional<double> &before, Direction direction);

    // Readable on `palette` (the widget's, or lightPalette() for paper).
    static QColor toneColor(Tone tone, const QPalette &palette);
    // The colours of the charts: first response, resolution, created, resolved…;
    // brighter ones on a dark palette.
    static QColor seriesColor(int index, const QPalette &palette);
};

} // namespace rapport
