// report dashboard --from D --to D [--manager EMAIL|none] [--client ID]
// [--priority P] [--as-of ISO8601] [--drill FIGURE [--currency C]]
// --format json|csv|text: the team lead's dashboard, the same figures as the
// Dashboard view (metrics/Dashboard). The JSON shape is documented in
// core/metrics/dashboardexport.h; --drill lists the tickets (or invoices)
// behind one figure key of it.
#include "isotime.h"
#include "regulationjson.h"
#include "report.h"

#include "metrics/dashboard.h"
#include "metrics/dashboardexport.h"
#include "storage/sql.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QString hoursText(const std::optional<double> &h)
{
    return h ? QString::number(*h, 'f', 2) + u" h"_s : u"—"_s;
}

QString shareText(const std::optional<double> &s)
{
    return s ? QString::number(*s * 100.0, 'f', 1) + u'%' : u"—"_s;
}

QString timeLine(const QString &what, const SampleStats &s, const Compliance &c)
{
    return u"  %1 %2 tickets, mean %3, median %4, p90 %5, compliance %6 (met %7, breached %8)\n"_s
        .arg(what.leftJustified(15))
        .arg(s.count)
        .arg(hoursText(s.meanHours), hoursText(s.medianHours), hoursText(s.p90Hours), shareText(c.share()))
        .arg(c.met)
        .arg(c.breached);
}

QString text(const DashboardResult &r)
{
    const TicketFigures &t = r.tickets;
    QString out = u"Dashboard %1 – %2 (%3)\n"_s.arg(
        r.filter.from.toString(Qt::ISODate), r.filter.to.toString(Qt::ISODate), QString::fromUtf8(r.timeZone));
    out += u"  Tickets         created %1, resolved %2, open %3, at risk %4, breached open %5\n"_s
               .arg(t.tickets.created)
               .arg(t.tickets.resolved)
               .arg(t.tickets.open)
               .arg(t.tickets.atRisk)
               .arg(t.tickets.breachedOpen);
    out += timeLine(u"First response"_s, t.firstResponse, t.responseCompliance);
    out += timeLine(u"Resolution"_s, t.resolution, t.resolutionCompliance);
    out += u"  Completion      %1, duration mean %2, median %3\n"_s.arg(
        shareText(t.completionRate()), hoursText(t.duration.meanHours), hoursText(t.duration.medianHours));
    if (const auto perJob = r.costPerJobMinor(t))
        out += u"  Cost per job    %1\n"_s.arg(Money(*perJob, r.costCurrency).toDisplayString());
    out += u"  Feedback        liked %1, not liked %2, share %3\n"_s.arg(r.feedback.liked)
               .arg(r.feedback.notLiked)
               .arg(shareText(r.feedback.likedShare()));
    out += u"  On time         obligations %1, reviews %2\n"_s.arg(
        shareText(r.obligations.rate()), shareText(r.reviews.rate()));
    for (const ReceivablesFigures &rf : r.receivables)
        out += u"  Receivables     %1 outstanding, %2 overdue\n"_s.arg(
            Money(rf.outstandingMinor, rf.currency).toDisplayString(),
            Money(rf.overdueMinor, rf.currency).toDisplayString());
    for (const ManagerFigures &m : r.managers)
        out += u"  %1 created %2, first response mean %3, compliance %4\n"_s
                   .arg((m.id.isValid() ? m.name : u"(no account manager)"_s).left(28).leftJustified(28))
                   .arg(m.figures.tickets.created, 6)
                   .arg(hoursText(m.figures.firstResponse.meanHours), shareText(m.figures.responseCompliance.share()));
    return out;
}

int runDashboard(Context &ctx)
{
    int code = Success;
    DashboardFilter filter;
    const auto from = dateOption(ctx, u"from"_s, &code);
    const auto to = code == Success ? dateOption(ctx, u"to"_s, &code) : std::nullopt;
    if (code != Success)
        return code;
    if (!from || !to)
        return ctx.usage(u"report dashboard needs --from DATE and --to DATE"_s);
    filter.from = *from;
    filter.to = *to;
    if (Status valid = DashboardQuery::validate(filter); !valid)
        return ctx.usage(valid.error());
    const QString format = ctx.parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s && format != u"csv"_s)
        return ctx.usage(u"--format must be text, json or csv, not \"%1\""_s.arg(format));
    if (ctx.parser.isSet(u"priority"_s)) {
        const auto priority = priorityFromKey(ctx.parser.value(u"priority"_s).trimmed());
        if (!priority)
            return ctx.usage(
                u"--priority must be low, normal, high or urgent, not \"%1\""_s.arg(ctx.parser.value(u"priority"_s)));
        filter.priority = *priority;
    }
    if (ctx.parser.isSet(u"client"_s)) {
        const auto id = idValue(ctx, u"--client"_s, ctx.parser.value(u"client"_s), &code);
        if (!id)
            return code;
        filter.client = ClientId(*id);
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (ctx.parser.isSet(u"manager"_s)) {
        const QString email = ctx.parser.value(u"manager"_s).trimmed();
        if (email == u"none"_s) {
            filter.withoutManager = true;
        } else {
            const auto id = staffByEmail(ctx, *db, email, &code);
            if (!id)
                return code;
            filter.manager = *id;
        }
    }
    if (ctx.parser.isSet(u"as-of"_s)) {
        const auto asOf = instantFromIso(ctx.parser.value(u"as-of"_s), DashboardQuery::timeZone(*db));
        if (!asOf)
            return ctx.usage(u"--as-of: \"%1\" is not an ISO 8601 date or instant"_s.arg(ctx.parser.value(u"as-of"_s)));
        filter.asOf = *asOf;
    }
    const Dashboard dashboard(*db);
    if (ctx.parser.isSet(u"drill"_s)) {
        const QString figure = ctx.parser.value(u"drill"_s).trimmed();
        auto drill = dashboard.drillDown(figure, filter, ctx.parser.value(u"currency"_s).trimmed());
        if (!drill)
            return ctx.usage(drill.error());
        const QString kind = drill->kind == Dashboard::DrillDown::Invoices ? u"invoices"_s : u"tickets"_s;
        if (format == u"json"_s) {
            QJsonArray ids;
            for (qint64 id : std::as_const(drill->ids))
                ids.append(id);
            ctx.printJson(
                { { u"figure"_s, figure }, { u"kind"_s, kind }, { u"count"_s, drill->ids.size() }, { u"ids"_s, ids } });
        } else {
            QString out = format == u"csv"_s ? u"kind,id\r\n"_s : QString();
            for (qint64 id : std::as_const(drill->ids))
                out += format == u"csv"_s ? kind + u',' + QString::number(id) + u"\r\n"_s
                                          : u"%1 #%2\n"_s.arg(kind.chopped(1)).arg(id);
            ctx.print(out.isEmpty() ? u"no %1"_s.arg(kind) : out);
        }
        return Success;
    }
    auto result = dashboard.compute(filter);
    if (!result)
        return ctx.failure(result.error());
    if (format == u"json"_s)
        ctx.printJson(dashboardJson(*result));
    else if (format == u"csv"_s)
        ctx.print(dashboardCsv(*result));
    else
        ctx.print(text(*result));
    return Success;
}

ReportRegistrar dashboardReport { { u"dashboard"_s,
    u"The team lead's dashboard for tickets created in a period (--format json|csv; --manager none: clients "
    "without one; --as-of takes an ISO 8601 instant; --drill FIGURE lists the tickets behind one figure)."_s,
    { QCommandLineOption(u"from"_s, u"First day of the period (YYYY-MM-DD)."_s, u"date"_s),
        QCommandLineOption(u"to"_s, u"Last day of the period (YYYY-MM-DD)."_s, u"date"_s),
        QCommandLineOption(
            u"manager"_s, u"Only this account manager (email; \"none\": clients without one)."_s, u"email"_s),
        QCommandLineOption(u"client"_s, u"Only this client (id)."_s, u"id"_s),
        QCommandLineOption(
            u"priority"_s, u"Only tickets of this priority (low, normal, high, urgent)."_s, u"priority"_s),
        QCommandLineOption(u"as-of"_s, u"\"Now\" for overdue and breached (ISO 8601; default now)."_s, u"instant"_s),
        QCommandLineOption(
            u"drill"_s, u"List the ids behind one figure key, e.g. first_response.breached."_s, u"figure"_s),
        QCommandLineOption(u"currency"_s, u"With --drill receivables.*: only this currency."_s, u"code"_s) },
    runDashboard } };

} // namespace
} // namespace rapport::cli
