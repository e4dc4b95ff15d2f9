#include "dashboardtiles.h"

#include "dashboardformat.h"
#include "kpitile.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

using F = DashboardFormat;

void set(KpiTile *tile, const QString &value, const QString &detail, const F::Change &change)
{
    tile->setValue(value);
    tile->setDetail(detail);
    tile->setChange(change);
}

QString moneyList(const QList<ReceivablesFigures> &list, qint64 ReceivablesFigures::*field)
{
    QStringList parts;
    for (const ReceivablesFigures &r : list)
        parts << F::compactMoney(r.*field, r.currency);
    return parts.join(u" · "_s);
}

qint64 firstAmount(const QList<ReceivablesFigures> &list, qint64 ReceivablesFigures::*field)
{
    return list.isEmpty() ? 0 : list.first().*field;
}

} // namespace

void DashboardTiles::fill(
    const QHash<QString, KpiTile *> &tiles, const DashboardResult &now, const DashboardResult &before)
{
    const TicketFigures &n = now.tickets;
    const TicketFigures &b = before.tickets;
    const qint64 days = std::max<qint64>(1, now.filter.from.daysTo(now.filter.to) + 1);
    const QLocale locale;

    set(tiles.value(u"created"_s), F::count(n.tickets.created),
        tr("%1 a day").arg(locale.toString(double(n.tickets.created) / double(days), 'f', 1)),
        F::countChange(n.tickets.created, b.tickets.created, F::Neutral));
    set(tiles.value(u"resolved"_s), F::count(n.tickets.resolved), tr("of those created"),
        F::countChange(n.tickets.resolved, b.tickets.resolved, F::HigherIsBetter));
    set(tiles.value(u"open"_s), F::count(n.tickets.open), tr("not resolved yet"),
        F::countChange(n.tickets.open, b.tickets.open, F::LowerIsBetter));
    set(tiles.value(u"at_risk"_s), F::count(n.tickets.atRisk), tr("under 20 % of target left"),
        F::countChange(n.tickets.atRisk, b.tickets.atRisk, F::LowerIsBetter));
    set(tiles.value(u"breached_open"_s), F::count(n.tickets.breachedOpen), tr("a target already missed"),
        F::countChange(n.tickets.breachedOpen, b.tickets.breachedOpen, F::LowerIsBetter));

    set(tiles.value(u"first_response"_s), F::hours(n.firstResponse.medianHours),
        tr("mean %1 · p90 %2").arg(F::hours(n.firstResponse.meanHours), F::hours(n.firstResponse.p90Hours)),
        F::hoursChange(n.firstResponse.medianHours, b.firstResponse.medianHours, F::LowerIsBetter));
    set(tiles.value(u"response_sla"_s), F::share(n.responseCompliance.share()),
        tr("%1 breached of %2").arg(F::count(n.responseCompliance.breached), F::count(n.responseCompliance.decided())),
        F::shareChange(n.responseCompliance.share(), b.responseCompliance.share(), F::HigherIsBetter));
    set(tiles.value(u"resolution"_s), F::hours(n.resolution.medianHours),
        tr("mean %1 · p90 %2").arg(F::hours(n.resolution.meanHours), F::hours(n.resolution.p90Hours)),
        F::hoursChange(n.resolution.medianHours, b.resolution.medianHours, F::LowerIsBetter));
    set(tiles.value(u"resolution_sla"_s), F::share(n.resolutionCompliance.share()),
        tr("%1 breached of %2")
            .arg(F::count(n.resolutionCompliance.breached), F::count(n.resolutionCompliance.decided())),
        F::shareChange(n.resolutionCompliance.share(), b.resolutionCompliance.share(), F::HigherIsBetter));
    set(tiles.value(u"completion"_s), F::share(n.completionRate()),
        tr("%1 of %2 resolved").arg(F::count(n.tickets.resolved), F::count(n.tickets.created)),
        F::shareChange(n.completionRate(), b.completionRate(), F::HigherIsBetter));

    set(tiles.value(u"duration"_s), F::hours(n.duration.meanHours),
        tr("median %1, wall clock").arg(F::hours(n.duration.medianHours)),
        F::hoursChange(n.duration.meanHours, b.duration.meanHours, F::LowerIsBetter));
    const std::optional<qint64> perJob = now.costPerJobMinor(n);
    const std::optional<qint64> perJobBefore = before.costPerJobMinor(b);
    set(tiles.value(u"cost"_s), F::compactMoney(perJob, now.costCurrency),
        now.mixedCostCurrencies ? tr("rates in several currencies")
                                : tr("%1 h logged").arg(locale.toString(double(n.workMinutes) / 60.0, 'f', 0)),
        perJob && perJobBefore ? F::countChange(*perJob, *perJobBefore, F::LowerIsBetter) : F::Change {});
    set(tiles.value(u"feedback"_s), F::share(now.feedback.likedShare()),
        tr("%1 liked · %2 not liked").arg(F::count(now.feedback.liked), F::count(now.feedback.notLiked)),
        F::shareChange(now.feedback.likedShare(), before.feedback.likedShare(), F::HigherIsBetter));
    set(tiles.value(u"obligations"_s), F::share(now.obligations.rate()),
        tr("%1 late · %2 due").arg(F::count(now.obligations.late()), F::count(now.obligations.due)),
        F::shareChange(now.obligations.rate(), before.obligations.rate(), F::HigherIsBetter));
    set(tiles.value(u"reviews"_s), F::share(now.reviews.rate()),
        tr("%1 late · %2 due").arg(F::count(now.reviews.late()), F::count(now.reviews.due)),
        F::shareChange(now.reviews.rate(), before.reviews.rate(), F::HigherIsBetter));
    set(tiles.value(u"handoffs"_s), F::share(now.handoffs.qualityMean),
        tr("%1 completed · %2 median").arg(F::count(now.handoffs.completed), F::days(now.handoffs.durationMedianDays)),
        F::shareChange(now.handoffs.qualityMean, before.handoffs.qualityMean, F::HigherIsBetter));

    const auto outstanding = &ReceivablesFigures::outstandingMinor;
    const auto overdue = &ReceivablesFigures::overdueMinor;
    const QString currency = now.receivables.isEmpty() ? QString() : now.receivables.first().currency;
    set(tiles.value(u"receivables"_s),
        now.receivables.isEmpty() ? F::count(0) : F::compactMoney(firstAmount(now.receivables, outstanding), currency),
        now.receivables.size() > 1 ? moneyList(now.receivables.mid(1), outstanding) : tr("unpaid invoices"), {});
    int overdueInvoices = 0;
    for (const ReceivablesFigures &r : now.receivables)
        overdueInvoices += r.overdueInvoices;
    set(tiles.value(u"overdue"_s),
        now.receivables.isEmpty() ? F::count(0) : F::compactMoney(firstAmount(now.receivables, overdue), currency),
        now.receivables.size() > 1 ? moneyList(now.receivables.mid(1), overdue)
                                   : tr("invoices past due: %1").arg(overdueInvoices),
        {});
    set(tiles.value(u"unused"_s),
        F::hours(now.unusedHours.includedMinutes > 0 ? std::optional<double>(now.unusedHours.unusedMinutes / 60.0)
                                                     : std::nullopt),
        tr("%1 of included hours").arg(F::share(now.unusedHours.unusedShare())),
        F::shareChange(now.unusedHours.unusedShare(), before.unusedHours.unusedShare(), F::LowerIsBetter));
}

} // namespace rapport
