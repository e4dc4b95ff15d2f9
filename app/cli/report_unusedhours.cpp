// report unused-hours --month YYYY-MM [--format json|csv]: included, used and
// unused subscription hours per client, flagged with the suggestion to
// propose development work or a smaller tariff (seed 002).
#include "billingjson.h"
#include "report.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

int runUnusedHours(Context &ctx)
{
    int code = Success;
    const auto month = monthOption(ctx, u"month"_s, &code);
    if (!month)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto rows = UnusedHoursReport(*db).forMonth(*month);
    if (!rows)
        return ctx.failure(rows.error());
    const UnusedHoursConfig config = BillingSettings(*db).unusedHoursConfig();
    if (ctx.json()) {
        QJsonArray array;
        for (const UnusedHoursRow &r : std::as_const(*rows))
            array.append(unusedHoursJson(r));
        ctx.printJson({ { u"month"_s, InvoiceRepository::monthKey(*month) },
            { u"threshold_percent"_s, config.thresholdPercent }, { u"consecutive_months"_s, config.consecutiveMonths },
            { u"clients"_s, array } });
        return Success;
    }
    if (ctx.parser.value(u"format"_s) == u"csv"_s) {
        QString text = u"client_id,client,month,source,included_minutes,used_minutes,unused_minutes,"
                       "unused_share_percent,rollover_available_minutes,carried_forward_minutes,streak_months,"
                       "flagged,suggestion\r\n"_s;
        for (const UnusedHoursRow &r : std::as_const(*rows)) {
            const QStringList fields { QString::number(r.clientId.value), r.clientName,
                InvoiceRepository::monthKey(r.month), r.source, QString::number(r.includedMinutes),
                QString::number(r.usedMinutes), QString::number(r.unusedMinutes),
                QString::number(r.unusedShareBp / 100.0, 'f', 2), QString::number(r.rolloverAvailableMinutes),
                QString::number(r.carriedForwardMinutes), QString::number(r.streakMonths),
                r.flagged ? u"yes"_s : u"no"_s, r.suggestionKey };
            QStringList quoted;
            for (const QString &f : fields)
                quoted << csvField(f);
            text += quoted.join(u',') + u"\r\n"_s;
        }
        ctx.print(text);
        return Success;
    }
    QString text;
    for (const UnusedHoursRow &r : std::as_const(*rows))
        text += u"%1  %2  used %3 of %4 min  unused %5%  %6%7\n"_s
                    .arg(QString::number(r.clientId.value).rightJustified(5), r.clientName.left(30).leftJustified(30))
                    .arg(r.usedMinutes, 6)
                    .arg(r.includedMinutes, 6)
                    .arg(QString::number(r.unusedShareBp / 100.0, 'f', 1).rightJustified(5))
                    .arg(r.source, r.flagged ? u"  FLAG: "_s + r.suggestionText : QString());
    ctx.print(text.isEmpty() ? u"no clients with a tariff"_s : text);
    return Success;
}

ReportRegistrar unusedHoursReport { { u"unused-hours"_s,
    u"Unused subscription hours per client for a month (--month YYYY-MM), flagged after months over the threshold."_s,
    { QCommandLineOption(u"month"_s, u"The month (YYYY-MM)."_s, u"month"_s) }, runUnusedHours } };

} // namespace
} // namespace rapport::cli
