#include "dashboardexport.h"

#include "domain/money.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QJsonValue number(const std::optional<double> &value, int decimals)
{
    if (!value)
        return QJsonValue::Null;
    return stats::rounded(*value, decimals);
}

QJsonValue hours(const std::optional<double> &value)
{
    return number(value, 2);
}

QJsonValue share(const std::optional<double> &value)
{
    return number(value, 4);
}

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue::Null;
}

// Money in major units, exact to the currency's minor digits.
QJsonValue money(const std::optional<qint64> &minor, const QString &currency)
{
    if (!minor)
        return QJsonValue::Null;
    const int digits = Money::minorDigits(currency);
    return stats::rounded(double(*minor) / std::pow(10.0, digits), digits);
}

QJsonValue integer(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue::Null;
}

QJsonObject countsJson(const TicketCounts &c)
{
    return { { u"created"_s, c.created }, { u"resolved"_s, c.resolved }, { u"open"_s, c.open },
        { u"at_risk"_s, c.atRisk }, { u"breached_open"_s, c.breachedOpen } };
}

QJsonObject sampleJson(const SampleStats &s)
{
    return { { u"count"_s, s.count }, { u"mean_hours"_s, hours(s.meanHours) },
        { u"median_hours"_s, hours(s.medianHours) }, { u"p90_hours"_s, hours(s.p90Hours) } };
}

QJsonObject timeJson(const SampleStats &s, const Compliance &c)
{
    QJsonObject o = sampleJson(s);
    o.insert(u"compliance"_s, share(c.share()));
    o.insert(u"met"_s, c.met);
    o.insert(u"breached"_s, c.breached);
    return o;
}

QJsonObject costJson(const DashboardResult &r, const TicketFigures &f)
{
    const QString &currency = r.costCurrency;
    return { { u"resolved"_s, f.tickets.resolved },
        { u"logged_hours"_s, stats::rounded(double(f.workMinutes) / 60.0, 2) },
        { u"currency"_s, currency.isEmpty() ? QJsonValue::Null : QJsonValue(currency) },
        { u"total"_s, money(r.costTotalMinor(f), currency) }, { u"total_minor"_s, integer(r.costTotalMinor(f)) },
        { u"per_job"_s, money(r.costPerJobMinor(f), currency) },
        { u"per_job_minor"_s, integer(r.costPerJobMinor(f)) } };
}

QJsonObject feedbackJson(const FeedbackFigures &f)
{
    return { { u"liked"_s, f.liked }, { u"not_liked"_s, f.notLiked }, { u"liked_share"_s, share(f.likedShare()) } };
}

QJsonObject onTimeJson(const OnTimeStats &s)
{
    return { { u"due"_s, s.due }, { u"on_time"_s, s.onTime }, { u"late"_s, s.late() }, { u"overdue"_s, s.overdue },
        { u"pending"_s, s.pending }, { u"on_time_share"_s, share(s.rate()) } };
}

QJsonObject ticketFiguresJson(const TicketFigures &f)
{
    return { { u"tickets"_s, countsJson(f.tickets) },
        { u"first_response"_s, timeJson(f.firstResponse, f.responseCompliance) },
        { u"resolution"_s, timeJson(f.resolution, f.resolutionCompliance) },
        { u"completion_rate"_s, share(f.completionRate()) } };
}

QJsonArray trendJson(const QList<TrendFigures> &buckets)
{
    QJsonArray array;
    for (const TrendFigures &t : buckets) {
        QJsonObject o = ticketFiguresJson(t.figures);
        o.insert(u"period"_s, t.bucket.key);
        o.insert(u"from"_s, dateJson(t.bucket.from));
        o.insert(u"to"_s, dateJson(t.bucket.to));
        array.append(o);
    }
    return array;
}

QJsonObject receivablesJson(const ReceivablesFigures &r)
{
    QJsonObject aging;
    QJsonObject agingMinor;
    for (int b = 0; b < ReceivablesFigures::BucketCount; ++b) {
        const auto bucket = ReceivablesFigures::Bucket(b);
        aging.insert(ReceivablesFigures::bucketKey(bucket), money(r.agingMinor[size_t(b)], r.currency));
        agingMinor.insert(ReceivablesFigures::bucketKey(bucket), r.agingMinor[size_t(b)]);
    }
    return { { u"currency"_s, r.currency }, { u"invoices"_s, r.invoices }, { u"overdue_invoices"_s, r.overdueInvoices },
        { u"outstanding"_s, money(r.outstandingMinor, r.currency) }, { u"outstanding_minor"_s, r.outstandingMinor },
        { u"current"_s, money(r.currentMinor, r.currency) }, { u"current_minor"_s, r.currentMinor },
        { u"overdue"_s, money(r.overdueMinor, r.currency) }, { u"overdue_minor"_s, r.overdueMinor },
        { u"aging"_s, aging }, { u"aging_minor"_s, agingMinor } };
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: return v.toString();
    default: return {};
    }
}

void flatten(const QString &prefix, const QJsonValue &value, QString &out);

// The natural key of an array element: its currency, period or manager.
QString elementKey(const QJsonObject &o, int index)
{
    for (const QString &key : { u"currency"_s, u"period"_s, u"email"_s }) {
        const QJsonValue v = o.value(key);
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    if (o.contains(u"manager_id"_s))
        return u"none"_s;
    return QString::number(index);
}

void flatten(const QString &prefix, const QJsonValue &value, QString &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), it.value(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            flatten(prefix + u'.' + elementKey(a.at(i).toObject(), i), a.at(i), out);
    } else {
        out += csvField(prefix) + u',' + csvField(csvValue(value)) + u"\r\n"_s;
    }
}

} // namespace

QJsonObject dashboardJson(const DashboardResult &r)
{
    QJsonObject o = ticketFiguresJson(r.tickets);
    const DashboardFilter &f = r.filter;
    o.insert(u"from"_s, dateJson(f.from));
    o.insert(u"to"_s, dateJson(f.to));
    const QString asOf
        = QDateTime::fromSecsSinceEpoch(r.asOf, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s;
    o.insert(u"as_of"_s, asOf);
    o.insert(u"time_zone"_s, QString::fromUtf8(r.timeZone));
    o.insert(u"filters"_s,
        QJsonObject { { u"manager"_s, f.manager.isValid() ? QJsonValue(r.managerEmail) : QJsonValue::Null },
            { u"without_manager"_s, f.withoutManager },
            { u"client_id"_s, f.client.isValid() ? QJsonValue(f.client.value) : QJsonValue::Null },
            { u"priority"_s, f.priority ? QJsonValue(priorityKey(*f.priority)) : QJsonValue::Null } });
    o.insert(u"duration"_s, sampleJson(r.tickets.duration));
    o.insert(u"cost_per_job"_s, costJson(r, r.tickets));
    o.insert(u"feedback"_s, feedbackJson(r.feedback));
    o.insert(u"obligations"_s, onTimeJson(r.obligations));
    o.insert(u"reviews"_s, onTimeJson(r.reviews));
    const HandoffFigures &h = r.handoffs;
    o.insert(u"handoffs"_s,
        QJsonObject { { u"completed"_s, h.completed }, { u"scored"_s, h.scored },
            { u"quality_mean"_s, share(h.qualityMean) }, { u"duration_mean_days"_s, number(h.durationMeanDays, 2) },
            { u"duration_median_days"_s, number(h.durationMedianDays, 2) } });
    QJsonArray receivables;
    for (const ReceivablesFigures &rf : r.receivables)
        receivables.append(receivablesJson(rf));
    o.insert(u"receivables"_s, receivables);
    const UnusedHoursFigures &u = r.unusedHours;
    o.insert(u"unused_hours"_s,
        QJsonObject { { u"client_months"_s, u.clientMonths }, { u"clients"_s, u.clients },
            { u"included_hours"_s, stats::rounded(double(u.includedMinutes) / 60.0, 2) },
            { u"used_hours"_s, stats::rounded(double(u.usedMinutes) / 60.0, 2) },
            { u"unused_hours"_s, stats::rounded(double(u.unusedMinutes) / 60.0, 2) },
            { u"unused_share"_s, share(u.unusedShare()) } });
    o.insert(u"trends"_s, QJsonObject { { u"weekly"_s, trendJson(r.weekly) }, { u"monthly"_s, trendJson(r.monthly) } });
    QJsonArray managers;
    for (const ManagerFigures &m : r.managers) {
        QJsonObject mo = ticketFiguresJson(m.figures);
        mo.insert(u"manager_id"_s, m.id.isValid() ? QJsonValue(m.id.value) : QJsonValue::Null);
        mo.insert(u"name"_s, m.id.isValid() ? QJsonValue(m.name) : QJsonValue::Null);
        mo.insert(u"email"_s, m.id.isValid() ? QJsonValue(m.email) : QJsonValue::Null);
        mo.insert(u"duration"_s, sampleJson(m.figures.duration));
        mo.insert(u"cost_per_job"_s, costJson(r, m.figures));
        mo.insert(u"feedback"_s, feedbackJson(m.feedback));
        managers.append(mo);
    }
    o.insert(u"by_manager"_s, managers);
    return o;
}

QString dashboardCsv(const DashboardResult &result)
{
    QString out = u"key,value\r\n"_s;
    flatten({}, dashboardJson(result), out);
    return out;
}

} // namespace rapport
