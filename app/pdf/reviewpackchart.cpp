#include "reviewpackchart.h"

#include "io/reviewpackdocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr int kDivisions = 5; // of both axes, so that they share the grid lines

QLocale localeOf(const QString &language)
{
    if (language == u"kk"_s)
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    if (language == u"en"_s)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Russian, QLocale::Russia);
}

// The smallest step of 1, 2 or 5 × 10^k whose kDivisions steps reach `max`.
int axisStep(int max)
{
    for (qint64 magnitude = 1; magnitude <= 100000000; magnitude *= 10) {
        for (const qint64 m : { 1, 2, 5 }) {
            if (m * magnitude * kDivisions >= max)
                return int(m * magnitude);
        }
    }
    return 1000000000;
}

QString percentLabel(int percent, const QString &language)
{
    const QString number = QString::number(percent);
    return language == u"en"_s ? QString(number + u'%') : QString(number + u"\u00a0%"_s);
}

} // namespace

QImage ReviewPackChart::render(const ReviewPack &pack, QSize size)
{
    size = size.expandedTo(QSize(320, 160));
    const QString lang = ReviewPackDocument::documentLanguage(pack.language);
    const QList<TrendFigures> &months = pack.dashboard.monthly;

    const QColor createdColor(0x4e, 0x79, 0xa7);
    const QColor resolvedColor(0x59, 0xa1, 0x4f);
    const QColor complianceColor(0xd6, 0x3a, 0x3c);
    const QColor gridColor(0xd0, 0xd0, 0xd0);
    const QColor textColor(0x30, 0x30, 0x30);

    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // ~28 px at 700 px high: about 2.5 mm once the image is printed 16 cm wide.
    const int px = qMax(10, size.height() * 28 / 700);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(px);
    QFont valueFont = font;
    valueFont.setPixelSize(qMax(8, px * 3 / 4));
    const QFontMetricsF fm(font);
    const QFontMetricsF valueFm(valueFont);
    const qreal line = fm.height();

    int maxCount = 0;
    for (const TrendFigures &m : months)
        maxCount = qMax(maxCount, qMax(m.figures.tickets.created, m.figures.tickets.resolved));
    const int step = axisStep(maxCount);
    const int axisMax = step * kDivisions;

    // Legend on top, counts on the left, percents on the right, months (two lines) below.
    const qreal leftWidth = fm.horizontalAdvance(QString::number(axisMax)) + px;
    const qreal rightWidth = fm.horizontalAdvance(percentLabel(100, lang)) + px;
    const QRectF plot(
        QPointF(leftWidth, line * 2 + px), QPointF(size.width() - rightWidth, size.height() - line * 2 - px / 2.0));

    // Legend.
    {
        const QString createdText = ReviewPackDocument::label(u"m_created"_s, lang);
        const QString resolvedText = ReviewPackDocument::label(u"m_resolved"_s, lang);
        const QString complianceText = ReviewPackDocument::label(u"m_compliance"_s, lang) + u", % ("_s
            + ReviewPackDocument::label(u"chart_right_axis"_s, lang) + u')';
        const qreal swatch = px;
        const qreal gap = px / 2.0;
        const qreal spacing = px * 1.5;
        const qreal total = 3 * (swatch + gap) + fm.horizontalAdvance(createdText) + fm.horizontalAdvance(resolvedText)
            + fm.horizontalAdvance(complianceText) + swatch + 2 * spacing;
        qreal x = qMax<qreal>(0, (size.width() - total) / 2);
        const qreal top = px / 2.0;
        const qreal mid = top + line / 2;
        p.setFont(font);
        auto text = [&](const QString &label) {
            p.setPen(textColor);
            const qreal w = fm.horizontalAdvance(label);
            p.drawText(QRectF(x, top, w + 1, line), Qt::AlignLeft | Qt::AlignVCenter, label);
            x += w + spacing;
        };
        p.fillRect(QRectF(x, mid - swatch / 2, swatch, swatch), createdColor);
        x += swatch + gap;
        text(createdText);
        p.fillRect(QRectF(x, mid - swatch / 2, swatch, swatch), resolvedColor);
        x += swatch + gap;
        text(resolvedText);
        p.setPen(QPen(complianceColor, qMax(2, px / 5)));
        p.drawLine(QPointF(x, mid), QPointF(x + swatch * 2, mid));
        p.setBrush(complianceColor);
        p.drawEllipse(QPointF(x + swatch, mid), px / 4.0, px / 4.0);
        p.setBrush(Qt::NoBrush);
        x += swatch * 2 + gap;
        text(complianceText);
    }

    // Grid and both axes' labels.
    p.setFont(font);
    for (int i = 0; i <= kDivisions; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / kDivisions;
        p.setPen(QPen(i == 0 ? textColor : gridColor, i == 0 ? 2 : 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(textColor);
        p.drawText(QRectF(0, y - line / 2, plot.left() - px / 3.0, line), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(step * i));
        p.drawText(QRectF(plot.right() + px / 3.0, y - line / 2, rightWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
            percentLabel(100 * i / kDivisions, lang));
    }
    p.setPen(QPen(textColor, 2));
    p.drawLine(plot.topLeft(), plot.bottomLeft());
    p.drawLine(plot.topRight(), plot.bottomRight());

    if (months.isEmpty()) {
        p.setPen(textColor);
        p.drawText(plot, Qt::AlignCenter, ReviewPackDocument::label(u"chart_no_data"_s, lang));
        p.end();
        return image;
    }

    const int n = int(months.size());
    const qreal group = plot.width() / n;
    const qreal barWidth = qMin(group * 0.32, px * 3.0);
    const qreal barGap = qMin(group * 0.04, px / 3.0);
    const QLocale locale = localeOf(lang);

    // Month labels: every k-th when the months are too narrow for their names.
    qreal labelWidth = 0;
    for (const TrendFigures &m : months)
        labelWidth = qMax(
            labelWidth, fm.horizontalAdvance(locale.standaloneMonthName(m.bucket.from.month(), QLocale::ShortFormat)));
    const int every = qMax(1, int(std::ceil((labelWidth + px / 2.0) / group)));

    QList<std::optional<QPointF>> points;
    for (int i = 0; i < n; ++i) {
        const TrendFigures &m = months.at(i);
        const qreal center = plot.left() + group * (i + 0.5);
        const auto barRect = [&](int value, qreal left) {
            const qreal h = plot.height() * value / axisMax;
            return QRectF(left, plot.bottom() - h, barWidth, h);
        };
        const QRectF created = barRect(m.figures.tickets.created, center - barGap / 2 - barWidth);
        const QRectF resolved = barRect(m.figures.tickets.resolved, center + barGap / 2);
        p.fillRect(created, createdColor);
        p.fillRect(resolved, resolvedColor);

        // Values above the bars when they fit.
        p.setFont(valueFont);
        p.setPen(textColor);
        for (const auto &[rect, value] :
            { std::pair { created, m.figures.tickets.created }, std::pair { resolved, m.figures.tickets.resolved } }) {
            const QString label = QString::number(value);
            if (valueFm.horizontalAdvance(label) <= barWidth + barGap)
                p.drawText(
                    QRectF(rect.center().x() - barWidth, rect.top() - valueFm.height(), barWidth * 2, valueFm.height()),
                    Qt::AlignHCenter | Qt::AlignBottom, label);
        }

        p.setFont(font);
        if (i % every == 0) {
            const QDate from = m.bucket.from;
            QString label = locale.standaloneMonthName(from.month(), QLocale::ShortFormat);
            if (i == 0 || from.month() == 1)
                label += u"\n"_s + QString::number(from.year());
            p.drawText(QRectF(center - group * every / 2, plot.bottom() + px / 4.0, group * every, line * 2),
                Qt::AlignHCenter | Qt::AlignTop, label);
        }

        const std::optional<double> share = m.figures.resolutionCompliance.share();
        if (share)
            points.append(QPointF(center, plot.bottom() - plot.height() * qBound(0.0, *share, 1.0)));
        else
            points.append(std::nullopt);
    }

    // The compliance line, broken over months without decided targets.
    p.setPen(QPen(complianceColor, qMax(2, px / 5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (int i = 1; i < n; ++i) {
        if (points.at(i - 1) && points.at(i))
            p.drawLine(*points.at(i - 1), *points.at(i));
    }
    p.setBrush(complianceColor);
    for (const std::optional<QPointF> &point : points) {
        if (point)
            p.drawEllipse(*point, px / 4.0, px / 4.0);
    }
    p.end();
    return image;
}

} // namespace rapport
