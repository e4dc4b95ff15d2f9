// sla due / sla elapsed: business-time arithmetic on a stored calendar.
#include "cli.h"

#include "isotime.h"
#include "storage/calendarrepository.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

int runDue(Context &ctx, const BusinessCalendar &calendar)
{
    int code = Success;
    const QString startText = ctx.required(u"start"_s, &code);
    const QString hoursText = code == Success ? ctx.required(u"hours"_s, &code) : QString();
    if (code != Success)
        return code;
    const auto start = instantFromIso(startText, calendar.timeZone());
    if (!start)
        return ctx.usage(u"--start: \"%1\" is not an ISO 8601 date-time (e.g. 2026-03-06T17:00:00+05:00)"_s.arg(startText));
    bool ok = false;
    const double hours = hoursText.toDouble(&ok);
    if (!ok || !std::isfinite(hours) || hours < 0 || hours > 1e6)
        return ctx.usage(u"--hours: \"%1\" is not a number of hours (0 or more)"_s.arg(hoursText));
    const qint64 due = calendar.addBusinessTime(*start, std::llround(hours * 3600.0));
    if (due == BusinessCalendar::Never)
        return ctx.failure(u"calendar %1 has no working time left after %2"_s.arg(calendar.name(), startText));
    const QString dueText = isoWithOffset(due, calendar.timeZone());
    if (ctx.json()) {
        ctx.printJson({{u"calendar"_s, calendar.name()},
                       {u"start"_s, isoWithOffset(*start, calendar.timeZone())},
                       {u"hours"_s, hours},
                       {u"due"_s, dueText},
                       {u"due_utc"_s, isoUtc(due)}});
    } else {
        ctx.print(dueText);
    }
    return Success;
}

int runElapsed(Context &ctx, const BusinessCalendar &calendar)
{
    int code = Success;
    const QString fromText = ctx.required(u"from"_s, &code);
    const QString toText = code == Success ? ctx.required(u"to"_s, &code) : QString();
    if (code != Success)
        return code;
    const auto from = instantFromIso(fromText, calendar.timeZone());
    if (!from)
        return ctx.usage(u"--from: \"%1\" is not an ISO 8601 date-time"_s.arg(fromText));
    const auto to = instantFromIso(toText, calendar.timeZone());
    if (!to)
        return ctx.usage(u"--to: \"%1\" is not an ISO 8601 date-time"_s.arg(toText));
    if (*to < *from)
        return ctx.usage(u"--to (%1) is before --from (%2)"_s.arg(toText, fromText));
    const qint64 secs = calendar.businessSecondsBetween(*from, *to);
    const QString hours = plainNumber(double(secs) / 3600.0);
    if (ctx.json()) {
        ctx.printJson({{u"calendar"_s, calendar.name()},
                       {u"from"_s, isoWithOffset(*from, calendar.timeZone())},
                       {u"to"_s, isoWithOffset(*to, calendar.timeZone())},
                       {u"business_seconds"_s, secs},
                       {u"business_hours"_s, hours.toDouble()}});
    } else {
        ctx.print(hours);
    }
    return Success;
}

int runSla(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action != u"due"_s && action != u"elapsed"_s)
        return ctx.usage(action.isEmpty() ? u"sla needs an action: due or elapsed"_s
                                          : u"unknown sla action \"%1\" (due or elapsed)"_s.arg(action));
    if (ctx.positional.size() > 1)
        return ctx.usage(u"unexpected argument \"%1\""_s.arg(ctx.positional.at(1)));
    int code = Success;
    const QString name = ctx.required(u"calendar"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto calendar = CalendarRepository(*db).load(name);
    if (!calendar)
        return ctx.failure(calendar.error() + u" (see `rapport-cli calendar list`)"_s);
    return action == u"due"_s ? runDue(ctx, *calendar) : runElapsed(ctx, *calendar);
}

Registrar sla{{u"sla"_s,
               u"Business time: sla due --calendar NAME --start ISO --hours H; sla elapsed --calendar NAME --from ISO --to ISO."_s,
               [](QCommandLineParser &p) {
                   p.addPositionalArgument(u"action"_s, u"due or elapsed"_s, u"due|elapsed"_s);
                   p.addOption({u"calendar"_s, u"Business calendar name (see `calendar list`)."_s, u"name"_s});
                   p.addOption({u"start"_s, u"due: start instant, ISO 8601 (no offset: the calendar's time zone)."_s,
                                u"iso"_s});
                   p.addOption({u"hours"_s, u"due: business hours to add (decimal)."_s, u"h"_s});
                   p.addOption({u"from"_s, u"elapsed: from instant, ISO 8601."_s, u"iso"_s});
                   p.addOption({u"to"_s, u"elapsed: to instant, ISO 8601."_s, u"iso"_s});
               },
               runSla}};

} // namespace
} // namespace rapport::cli
