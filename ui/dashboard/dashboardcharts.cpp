#include "dashboardcharts.h"

#include "dashboardformat.h"
#include "domain/money.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Up to about three months the trends are weekly, beyond that monthly.
constexpr qint64 kWeeklyUpToDays = 92;

QChartView *makeView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(270);
    return view;
}

QLineSeries *line(const QString &name, const QColor &color)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.2);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent)
    , m_response(makeView(u"chartResponse"_s, this))
    , m_compliance(makeView(u"chartCompliance"_s, this))
    , m_volume(makeView(u"chartVolume"_s, this))
    , m_aging(makeView(u"chartAging"_s, this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    grid->addWidget(m_response, 0, 0);
    grid->addWidget(m_compliance, 0, 1);
    grid->addWidget(m_volume, 1, 0);
    grid->addWidget(m_aging, 1, 1);
    rebuild();
}

QList<QChartView *> DashboardCharts::views() const
{
    return { m_response, m_compliance, m_volume, m_aging };
}

void DashboardCharts::setResult(const DashboardResult &result)
{
    m_weekly = result.filter.from.daysTo(result.filter.to) < kWeeklyUpToDays;
    m_buckets = m_weekly ? result.weekly : result.monthly;
    m_receivables = result.receivables;
    rebuild();
}

QList<QImage> DashboardCharts::paperImages()
{
    const bool dark = isDark(palette());
    if (dark) {
        m_paper = true;
        rebuild();
    }
    QList<QImage> images;
    for (QChartView *view : views())
        images << view->grab().toImage();
    if (dark) {
        m_paper = false;
        rebuild();
    }
    return images;
}

QPalette DashboardCharts::chartPalette() const
{
    return m_paper ? lightPalette() : palette();
}

void DashboardCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void DashboardCharts::rebuild()
{
    buildResponse();
    buildCompliance();
    buildVolume();
    buildAging();
}

QStringList DashboardCharts::categories() const
{
    QStringList labels;
    const QLocale locale;
    for (const TrendFigures &b : m_buckets) {
        if (m_weekly)
            labels << tr("W%1").arg(b.bucket.key.section(u"-W"_s, 1).toInt());
        else // the year on the first month and on each January
            labels << locale.toString(
                b.bucket.from, labels.isEmpty() || b.bucket.from.month() == 1 ? u"MMM yy"_s : u"MMM"_s);
    }
    return labels;
}

void DashboardCharts::prepare(QChart *chart, const QString &title) const
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    // The dark theme on a dark palette (ours or the desktop's), on the window's base.
    const QPalette pal = chartPalette();
    chart->setTheme(isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    if (isDark(pal))
        chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(QWidget::font().pointSizeF() * 1.05);
    chart->setTitleFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(6);
    chart->setAnimationOptions(QChart::NoAnimation);
}

void DashboardCharts::buildResponse()
{
    const QPalette pal = chartPalette();
    QChart *chart = m_response->chart();
    prepare(chart,
        m_weekly ? tr("Response and resolution time by week (median, business hours)")
                 : tr("Response and resolution time by month (median, business hours)"));
    QLineSeries *response = line(tr("First response"), DashboardFormat::seriesColor(0, pal));
    QLineSeries *resolution = line(tr("Resolution"), DashboardFormat::seriesColor(1, pal));
    double top = 0;
    for (int i = 0; i < m_buckets.size(); ++i) {
        const TicketFigures &f = m_buckets.at(i).figures;
        if (f.firstResponse.medianHours) {
            response->append(i, *f.firstResponse.medianHours);
            top = std::max(top, *f.firstResponse.medianHours);
        }
        if (f.resolution.medianHours) {
            resolution->append(i, *f.resolution.medianHours);
            top = std::max(top, *f.resolution.medianHours);
        }
    }
    chart->addSeries(response);
    chart->addSeries(resolution);
    auto *x = new QBarCategoryAxis;
    x->append(categories());
    auto *y = new QValueAxis;
    y->setRange(0, niceCeiling(top * 1.1));
    y->setTickCount(6);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("hours"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : { response, resolution }) {
        s->attachAxis(x);
        s->attachAxis(y);
        const QString figure = s == response ? u"first_response"_s : u"resolution"_s;
        connect(s, &QLineSeries::clicked, this, [this, figure, s](const QPointF &p) {
            const int i = int(std::lround(p.x()));
            if (i >= 0 && i < m_buckets.size())
                Q_EMIT trendClicked(figure, m_buckets.at(i).bucket.from, m_buckets.at(i).bucket.to,
                    s->name() + u" · "_s + categories().value(i));
        });
    }
}

void DashboardCharts::buildCompliance()
{
    const QPalette pal = chartPalette();
    QChart *chart = m_compliance->chart();
    prepare(chart, tr("SLA compliance"));
    QLineSeries *response = line(tr("First response"), DashboardFormat::seriesColor(0, pal));
    QLineSeries *resolution = line(tr("Resolution"), DashboardFormat::seriesColor(1, pal));
    double low = 100;
    for (int i = 0; i < m_buckets.size(); ++i) {
        const TicketFigures &f = m_buckets.at(i).figures;
        if (const auto s = f.responseCompliance.share()) {
            response->append(i, *s * 100.0);
            low = std::min(low, *s * 100.0);
        }
        if (const auto s = f.resolutionCompliance.share()) {
            resolution->append(i, *s * 100.0);
            low = std::min(low, *s * 100.0);
        }
    }
    chart->addSeries(response);
    chart->addSeries(resolution);
    auto *x = new QBarCategoryAxis;
    x->append(categories());
    auto *y = new QValueAxis;
    const double bottom = std::max(0.0, std::floor((low - 5) / 10) * 10);
    y->setRange(bottom, 100);
    y->setTickCount(int((100 - bottom) / (bottom >= 50 ? 10 : 20)) + 1);
    y->setLabelFormat(u"%.0f %%"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : { response, resolution }) {
        s->attachAxis(x);
        s->attachAxis(y);
        const QString figure = s == response ? u"first_response.breached"_s : u"resolution.breached"_s;
        connect(s, &QLineSeries::clicked, this, [this, figure, s](const QPointF &p) {
            const int i = int(std::lround(p.x()));
            if (i >= 0 && i < m_buckets.size())
                Q_EMIT trendClicked(figure, m_buckets.at(i).bucket.from, m_buckets.at(i).bucket.to,
                    tr("Breached: %1 · %2").arg(s->name(), categories().value(i)));
        });
    }
}

void DashboardCharts::buildVolume()
{
    const QPalette pal = chartPalette();
    QChart *chart = m_volume->chart();
    prepare(chart, m_weekly ? tr("Tickets by week") : tr("Tickets by month"));
    auto *created = new QBarSet(tr("Created"));
    auto *resolved = new QBarSet(tr("Resolved"));
    created->setColor(DashboardFormat::seriesColor(0, pal));
    resolved->setColor(DashboardFormat::seriesColor(2, pal));
    created->setBorderColor(Qt::transparent);
    resolved->setBorderColor(Qt::transparent);
    double top = 0;
    for (const TrendFigures &b : std::as_const(m_buckets)) {
        created->append(b.figures.tickets.created);
        resolved->append(b.figures.tickets.resolved);
        top = std::max(top, double(b.figures.tickets.created));
    }
    auto *series = new QBarSeries;
    series->append(created);
    series->append(resolved);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories());
    auto *y = new QValueAxis;
    y->setRange(0, niceCeiling(top * 1.05));
    y->setTickCount(6);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(series, &QBarSeries::clicked, this, [this, created](int index, QBarSet *set) {
        if (index < 0 || index >= m_buckets.size())
            return;
        Q_EMIT trendClicked(set == created ? u"tickets.created"_s : u"tickets.resolved"_s,
            m_buckets.at(index).bucket.from, m_buckets.at(index).bucket.to,
            set->label() + u" · "_s + categories().value(index));
    });
}

void DashboardCharts::buildAging()
{
    const QPalette pal = chartPalette();
    QChart *chart = m_aging->chart();
    prepare(chart, tr("Overdue receivables by days past due"));
    const QStringList buckets { tr("0–30 days"), tr("31–60 days"), tr("61–90 days"), tr("over 90 days") };
    // Amounts in thousands or millions of each currency, so that the axis reads.
    qint64 largest = 0;
    for (const ReceivablesFigures &r : std::as_const(m_receivables)) {
        for (qint64 minor : r.agingMinor)
            largest = std::max(largest, minor / qint64(std::pow(10.0, Money::minorDigits(r.currency))));
    }
    const double unit = largest >= 1'000'000 ? 1e6 : largest >= 10'000 ? 1e3 : 1;
    auto *series = new QBarSeries;
    double top = 0;
    int colour = 4;
    for (const ReceivablesFigures &r : std::as_const(m_receivables)) {
        auto *set = new QBarSet(r.currency);
        set->setColor(DashboardFormat::seriesColor(colour++, pal));
        set->setBorderColor(Qt::transparent);
        const double scale = std::pow(10.0, Money::minorDigits(r.currency)) * unit;
        for (qint64 minor : r.agingMinor) {
            set->append(double(minor) / scale);
            top = std::max(top, double(minor) / scale);
        }
        series->append(set);
    }
    series->setLabelsVisible(false);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(buckets);
    auto *y = new QValueAxis;
    y->setRange(0, niceCeiling(top * 1.05));
    y->setTickCount(6);
    y->applyNiceNumbers();
    y->setLabelFormat(unit > 1 && top < 10 ? u"%.1f"_s : u"%.0f"_s);
    y->setTitleText(unit == 1e6 ? tr("millions") : unit == 1e3 ? tr("thousands") : QString());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(!m_receivables.isEmpty());
    connect(series, &QBarSeries::clicked, this, [this, buckets](int index, QBarSet *set) {
        if (index < 0 || index >= ReceivablesFigures::BucketCount)
            return;
        Q_EMIT agingClicked(ReceivablesFigures::bucketKey(ReceivablesFigures::Bucket(index)), set->label(),
            tr("Overdue %1 · %2").arg(buckets.at(index), set->label()));
    });
}

} // namespace rapport
