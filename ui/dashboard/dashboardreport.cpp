#include "dashboardreport.h"

#include "dashboardformat.h"
#include "metrics/dashboardexport.h"
#include "theme.h"
#include "tickets/ticketlabels.h"

#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &now, const QString &before, const DashboardFormat::Change &change)
{
    // On paper: the light palette's colours whatever the screen shows.
    const QColor tone = DashboardFormat::toneColor(change.tone, lightPalette());
    return u"<tr><td>%1</td><td align=right><b>%2</b></td><td align=right>%3</td><td style='color:%4'>%5</td></tr>"_s
        .arg(escaped(label), escaped(now), escaped(before), tone.name(), escaped(change.text));
}

} // namespace

Status DashboardReport::writeCsv(const DashboardResult &result, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(dashboardCsv(result).toUtf8());
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QString DashboardReport::html(const DashboardResult &now, const DashboardResult &before, int chartCount)
{
    using F = DashboardFormat;
    const TicketFigures &n = now.tickets;
    const TicketFigures &b = before.tickets;
    QString h = u"<html><body style='font-family: sans-serif; font-size: 9pt'>"_s;
    h += u"<h2>%1</h2>"_s.arg(escaped(tr("Team lead dashboard")));
    QStringList filters;
    filters << tr("Tickets created %1").arg(F::period(now.filter.from, now.filter.to));
    if (now.filter.manager.isValid())
        filters << tr("account manager %1").arg(now.managerName);
    if (now.filter.withoutManager)
        filters << tr("clients without a manager");
    if (now.filter.client.isValid())
        filters << tr("client #%1").arg(now.filter.client.value);
    if (now.filter.priority)
        filters << tr("priority %1").arg(TicketLabels::priority(*now.filter.priority));
    h += u"<p>%1<br>%2</p>"_s.arg(escaped(filters.join(u", "_s)),
        escaped(tr("Compared with %1. As of %2 (%3).")
                    .arg(F::period(before.filter.from, before.filter.to),
                        QLocale().toString(
                            QDateTime::fromSecsSinceEpoch(now.asOf, QTimeZone(now.timeZone)), QLocale::ShortFormat),
                        QString::fromUtf8(now.timeZone))));
    h += u"<table border=1 cellspacing=0 cellpadding=4 width=100%><tr><th align=left>%1</th><th>%2</th>"
         "<th>%3</th><th align=left>%4</th></tr>"_s.arg(
             escaped(tr("Figure")), escaped(tr("This period")), escaped(tr("Previous")), escaped(tr("Change")));
    h += row(tr("Tickets created"), F::count(n.tickets.created), F::count(b.tickets.created),
        F::countChange(n.tickets.created, b.tickets.created, F::Neutral));
    h += row(tr("Tickets resolved"), F::count(n.tickets.resolved), F::count(b.tickets.resolved),
        F::countChange(n.tickets.resolved, b.tickets.resolved, F::Neutral));
    h += row(tr("Open now, breached"), F::count(n.tickets.breachedOpen), F::count(b.tickets.breachedOpen),
        F::countChange(n.tickets.breachedOpen, b.tickets.breachedOpen, F::LowerIsBetter));
    h += row(tr("First response, median"), F::hours(n.firstResponse.medianHours), F::hours(b.firstResponse.medianHours),
        F::hoursChange(n.firstResponse.medianHours, b.firstResponse.medianHours, F::LowerIsBetter));
    h += row(tr("First response, p90"), F::hours(n.firstResponse.p90Hours), F::hours(b.firstResponse.p90Hours),
        F::hoursChange(n.firstResponse.p90Hours, b.firstResponse.p90Hours, F::LowerIsBetter));
    h += row(tr("Response SLA compliance"), F::share(n.responseCompliance.share()),
        F::share(b.responseCompliance.share()),
        F::shareChange(n.responseCompliance.share(), b.responseCompliance.share(), F::HigherIsBetter));
    h += row(tr("Resolution, median"), F::hours(n.resolution.medianHours), F::hours(b.resolution.medianHours),
        F::hoursChange(n.resolution.medianHours, b.resolution.medianHours, F::LowerIsBetter));
    h += row(tr("Resolution SLA compliance"), F::share(n.resolutionCompliance.share()),
        F::share(b.resolutionCompliance.share()),
        F::shareChange(n.resolutionCompliance.share(), b.resolutionCompliance.share(), F::HigherIsBetter));
    h += row(tr("Completion rate"), F::share(n.completionRate()), F::share(b.completionRate()),
        F::shareChange(n.completionRate(), b.completionRate(), F::HigherIsBetter));
    h += row(tr("Ticket duration, mean"), F::hours(n.duration.meanHours), F::hours(b.duration.meanHours),
        F::hoursChange(n.duration.meanHours, b.duration.meanHours, F::LowerIsBetter));
    h += row(tr("Cost per job"), F::money(now.costPerJobMinor(n), now.costCurrency),
        F::money(before.costPerJobMinor(b), before.costCurrency), {});
    h += row(tr("Feedback liked"), F::share(now.feedback.likedShare()), F::share(before.feedback.likedShare()),
        F::shareChange(now.feedback.likedShare(), before.feedback.likedShare(), F::HigherIsBetter));
    h += row(tr("Obligations on time"), F::share(now.obligations.rate()), F::share(before.obligations.rate()),
        F::shareChange(now.obligations.rate(), before.obligations.rate(), F::HigherIsBetter));
    h += row(tr("Reviews on time"), F::share(now.reviews.rate()), F::share(before.reviews.rate()),
        F::shareChange(now.reviews.rate(), before.reviews.rate(), F::HigherIsBetter));
    h += row(tr("Handoff quality"), F::share(now.handoffs.qualityMean), F::share(before.handoffs.qualityMean),
        F::shareChange(now.handoffs.qualityMean, before.handoffs.qualityMean, F::HigherIsBetter));
    h += row(tr("Unused subscription hours"), F::share(now.unusedHours.unusedShare()),
        F::share(before.unusedHours.unusedShare()), {});
    h += u"</table>"_s;
    for (int i = 0; i < chartCount; ++i)
        h += u"<p><img src='chart%1' width=500></p>"_s.arg(i);
    h += u"<h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%><tr><th align=left>%2</th><th>%3</th>"
         "<th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>"_s.arg(escaped(tr("By account manager")),
             escaped(tr("Account manager")), escaped(tr("Created")), escaped(tr("Breached")),
             escaped(tr("1st response, median")), escaped(tr("Response SLA")), escaped(tr("Resolution SLA")),
             escaped(tr("Liked")));
    for (const ManagerFigures &m : now.managers) {
        h += u"<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td>"
             "<td align=right>%5</td><td align=right>%6</td><td align=right>%7</td></tr>"_s.arg(
                 escaped(m.id.isValid() ? m.name : tr("Clients without a manager")),
                 F::count(m.figures.tickets.created), F::count(m.figures.tickets.breachedOpen),
                 F::hours(m.figures.firstResponse.medianHours), F::share(m.figures.responseCompliance.share()),
                 F::share(m.figures.resolutionCompliance.share()), F::share(m.feedback.likedShare()));
    }
    h += u"</table>"_s;
    if (!now.receivables.isEmpty()) {
        h += u"<h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%><tr><th>%2</th><th>%3</th><th>%4</th>"
             "<th>0–30</th><th>31–60</th><th>61–90</th><th>90+</th></tr>"_s.arg(escaped(tr("Receivables")),
                 escaped(tr("Currency")), escaped(tr("Outstanding")), escaped(tr("Overdue")));
        for (const ReceivablesFigures &r : now.receivables) {
            h += u"<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td>"_s.arg(
                r.currency, F::money(r.outstandingMinor, r.currency), F::money(r.overdueMinor, r.currency));
            for (qint64 minor : r.agingMinor)
                h += u"<td align=right>%1</td>"_s.arg(F::money(minor, r.currency));
            h += u"</tr>"_s;
        }
        h += u"</table>"_s;
    }
    return h + u"</body></html>"_s;
}

Status DashboardReport::writePdf(
    const DashboardResult &current, const DashboardResult &previous, const QList<QImage> &charts, const QString &path)
{
    QPdfWriter writer(path);
    if (!writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter)))
        return fail(tr("Cannot write %1.").arg(path));
    writer.setResolution(150);
    writer.setTitle(tr("Team lead dashboard"));
    writer.setCreator(u"Rapport"_s);
    QTextDocument document;
    for (int i = 0; i < charts.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(u"chart%1"_s.arg(i)), charts.at(i));
    document.setHtml(html(current, previous, int(charts.size())));
    // Laid out in points across the printable width of the page.
    document.setPageSize(writer.pageLayout().paintRectPoints().size());
    document.print(&writer);
    return {};
}

} // namespace rapport
