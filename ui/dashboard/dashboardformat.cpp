#include "dashboardformat.h"

#include "domain/money.h"
#include "theme.h"

#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

DashboardFormat::Tone toneOf(double delta, DashboardFormat::Direction direction)
{
    if (std::abs(delta) < 1e-9 || direction == DashboardFormat::Neutral)
        return DashboardFormat::Same;
    const bool up = delta > 0;
    return up == (direction == DashboardFormat::HigherIsBetter) ? DashboardFormat::Better : DashboardFormat::Worse;
}

QString arrow(double delta)
{
    if (std::abs(delta) < 1e-9)
        return u"="_s;
    return delta > 0 ? u"▲"_s : u"▼"_s;
}

} // namespace

QString DashboardFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString DashboardFormat::hours(const std::optional<double> &hours)
{
    if (!hours)
        return u"—"_s;
    return tr("%1 h").arg(QLocale().toString(*hours, 'f', *hours < 10 ? 1 : 0));
}

QString DashboardFormat::share(const std::optional<double> &share)
{
    if (!share)
        return u"—"_s;
    return tr("%1 %").arg(QLocale().toString(*share * 100.0, 'f', 1));
}

QString DashboardFormat::money(const std::optional<qint64> &minor, const QString &currency)
{
    if (!minor || currency.isEmpty())
        return u"—"_s;
    const int digits = Money::minorDigits(currency);
    const double major = double(*minor) / std::pow(10.0, digits);
    return QLocale().toString(major, 'f', major >= 1000 ? 0 : digits) + QChar(0x00A0) + Money::symbol(currency);
}

QString DashboardFormat::compactMoney(const std::optional<qint64> &minor, const QString &currency)
{
    if (!minor || currency.isEmpty())
        return u"—"_s;
    const double major = double(*minor) / std::pow(10.0, Money::minorDigits(currency));
    if (std::abs(major) >= 1e6)
        return tr("%1 M %2").arg(QLocale().toString(major / 1e6, 'f', major >= 1e8 ? 0 : 1), Money::symbol(currency));
    return money(minor, currency);
}

QString DashboardFormat::days(const std::optional<double> &days)
{
    if (!days)
        return u"—"_s;
    return tr("%1 d").arg(QLocale().toString(*days, 'f', 1));
}

QString DashboardFormat::period(QDate from, QDate to)
{
    const QLocale locale;
    const QString format = u"d MMM yyyy"_s;
    return tr("%1 – %2").arg(locale.toString(from, format), locale.toString(to, format));
}

DashboardFormat::Change DashboardFormat::countChange(qint64 now, qint64 before, Direction direction)
{
    if (before == 0)
        return { now == 0 ? tr("= previous period") : QString(), Same };
    const double percent = 100.0 * double(now - before) / double(before);
    return { tr("%1 %2 % vs previous").arg(arrow(percent), QLocale().toString(std::abs(percent), 'f', 0)),
        toneOf(percent, direction) };
}

DashboardFormat::Change DashboardFormat::hoursChange(
    const std::optional<double> &now, const std::optional<double> &before, Direction direction)
{
    if (!now || !before)
        return {};
    const double delta = *now - *before;
    return { tr("%1 %2 h vs previous").arg(arrow(delta), QLocale().toString(std::abs(delta), 'f', 1)),
        toneOf(delta, direction) };
}

DashboardFormat::Change DashboardFormat::shareChange(
    const std::optional<double> &now, const std::optional<double> &before, Direction direction)
{
    if (!now || !before)
        return {};
    const double points = 100.0 * (*now - *before);
    return { tr("%1 %2 pp vs previous").arg(arrow(points), QLocale().toString(std::abs(points), 'f', 1)),
        toneOf(points, direction) };
}

QColor DashboardFormat::toneColor(Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Better: return statusColor(StatusTone::Good, palette);
    case Worse: return statusColor(StatusTone::Bad, palette);
    case Same: break;
    }
    return statusColor(StatusTone::Neutral, palette);
}

QColor DashboardFormat::seriesColor(int index, const QPalette &palette)
{
    // Blue, amber, green, violet, red, slate; the 400 shades on a dark background.
    static const QColor light[] = { QColor(0x25, 0x63, 0xeb), QColor(0xf5, 0x9e, 0x0b), QColor(0x10, 0xb9, 0x81),
        QColor(0x8b, 0x5c, 0xf6), QColor(0xef, 0x44, 0x44), QColor(0x64, 0x74, 0x8b) };
    static const QColor dark[] = { QColor(0x60, 0xa5, 0xfa), QColor(0xfb, 0xbf, 0x24), QColor(0x34, 0xd3, 0x99),
        QColor(0xa7, 0x8b, 0xfa), QColor(0xf8, 0x71, 0x71), QColor(0x94, 0xa3, 0xb8) };
    return (isDark(palette) ? dark : light)[index % 6];
}

} // namespace rapport
