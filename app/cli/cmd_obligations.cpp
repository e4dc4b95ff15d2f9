// obligations preset / add / run / list / archive: the recurring obligations
// of the service regulation (seed 000) and the dated tasks they generate.
#include "asof.h"
#include "cli.h"

#include "planning/servicestandard.h"
#include "regulationjson.h"
#include "storage/obligationrepository.h"
#include "storage/regulationcalendar.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QString ruleLine(const ObligationRuleRow &row)
{
    const ObligationRule &r = row.rule;
    const QString when = r.offset == DayOffset::BusinessDay ? u"working day %1"_s.arg(r.day) : u"day %1"_s.arg(r.day);
    return u"%1  %2  %3  %4, %5, +%6 month(s)  %7  open %8, overdue %9"_s
               .arg(QString::number(r.id.value).rightJustified(5), row.clientName.leftJustified(28),
                   r.displayTitle().leftJustified(36), obligationPeriodKey(r.period), when)
               .arg(r.dueMonth)
               .arg(row.ownerEmail.isEmpty() ? u"(no owner)"_s : row.ownerEmail)
               .arg(row.openTasks)
               .arg(row.overdueTasks)
        + (r.archived ? u"  archived"_s : QString());
}

int runPreset(Context &ctx)
{
    const QString name = ctx.positional.value(1);
    if (name != u"service-standard"_s)
        return ctx.usage(name.isEmpty() ? u"obligations preset needs a preset name: service-standard"_s
                                        : u"unknown preset \"%1\" (service-standard)"_s.arg(name));
    int code = Success;
    const bool all = ctx.parser.isSet(u"all"_s);
    const QStringList clientTexts = ctx.parser.values(u"client"_s);
    if (all == !clientTexts.isEmpty())
        return ctx.usage(u"obligations preset needs --client ID (one or more) or --all"_s);
    QList<ClientId> clients;
    for (const QString &text : clientTexts) {
        const auto id = idValue(ctx, u"--client"_s, text, &code);
        if (!id)
            return code;
        clients << ClientId(*id);
    }
    const auto asOf = dateOption(ctx, u"as-of"_s, &code);
    if (code != Success)
        return code;
    // It creates tasks as the run does: never dated after today.
    if (const auto future = futureAsOf(ctx, u"as-of"_s, asOf.value_or(QDate())))
        return refuseFutureRun(ctx, u"obligations preset"_s, *future);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const QDate day = asOf.value_or(RegulationCalendar::today());
    auto result = ObligationRepository(*db).applyServiceStandard(clients, day);
    if (!result)
        return ctx.failure(result.error());
    if (ctx.json()) {
        ctx.printJson(
            { { u"preset"_s, ServiceStandard::presetKey() }, { u"sla_policy"_s, ServiceStandard::slaPolicyName() },
                { u"as_of"_s, dateJson(day) }, { u"clients"_s, result->clients },
                { u"rules_created"_s, result->rulesCreated }, { u"cadences_set"_s, result->cadencesSet },
                { u"tasks_created"_s, result->tasksCreated }, { u"reviews_scheduled"_s, result->reviewsScheduled },
                { u"problems"_s, QJsonArray::fromStringList(result->problems) } });
        return Success;
    }
    QString text = u"Service standard applied to %1 client(s): %2 obligation rule(s), %3 review cadence(s), "
                   "%4 task(s) and %5 review(s) created"_s.arg(result->clients)
                       .arg(result->rulesCreated)
                       .arg(result->cadencesSet)
                       .arg(result->tasksCreated)
                       .arg(result->reviewsScheduled);
    for (const QString &p : std::as_const(result->problems))
        text += u"\nproblem: "_s + p;
    ctx.print(text);
    return Success;
}

int runAdd(Context &ctx)
{
    int code = Success;
    const QString clientText = ctx.required(u"client"_s, &code);
    const QString kindText = code == Success ? ctx.required(u"kind"_s, &code) : QString();
    if (code != Success)
        return code;
    const auto client = idValue(ctx, u"--client"_s, clientText, &code);
    if (!client)
        return code;
    const auto kind = obligationKindFromKey(kindText);
    if (!kind)
        return ctx.usage(
            u"--kind must be project_report, closing_documents, payroll, payslips, audit or custom, not \"%1\""_s.arg(
                kindText));
    // Defaults by kind: the Service standard's rule for that kind.
    ObligationRule rule;
    const auto preset = ServiceStandard::obligationRules(ClientId(*client), RegulationCalendar::today());
    for (const ObligationRule &r : preset)
        if (r.kind == *kind)
            rule = r;
    rule.clientId = ClientId(*client);
    rule.kind = *kind;
    rule.preset.clear();
    rule.title = ctx.parser.value(u"title"_s);
    if (ctx.parser.isSet(u"period"_s)) {
        const auto period = obligationPeriodFromKey(ctx.parser.value(u"period"_s));
        if (!period)
            return ctx.usage(u"--period must be monthly, quarterly or annual"_s);
        rule.period = *period;
    }
    if (ctx.parser.isSet(u"business-day"_s) && ctx.parser.isSet(u"day"_s))
        return ctx.usage(u"give either --business-day N or --day D, not both"_s);
    if (ctx.parser.isSet(u"business-day"_s) || ctx.parser.isSet(u"day"_s)) {
        const bool business = ctx.parser.isSet(u"business-day"_s);
        bool ok = false;
        rule.day = ctx.parser.value(business ? u"business-day"_s : u"day"_s).toInt(&ok);
        if (!ok)
            return ctx.usage(u"--%1 must be a number"_s.arg(business ? u"business-day"_s : u"day"_s));
        rule.offset = business ? DayOffset::BusinessDay : DayOffset::CalendarDay;
    } else if (*kind == ObligationKind::Custom) {
        return ctx.usage(u"a custom obligation needs --business-day N or --day D"_s);
    }
    if (ctx.parser.isSet(u"due-month"_s)) {
        bool ok = false;
        rule.dueMonth = ctx.parser.value(u"due-month"_s).toInt(&ok);
        if (!ok)
            return ctx.usage(u"--due-month must be a number from 0 to 12"_s);
    }
    const auto starts = dateOption(ctx, u"starts"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    rule.startsOn = starts.value_or(RegulationCalendar::today());
    if (ctx.parser.isSet(u"owner"_s)) {
        const auto owner = staffByEmail(ctx, *db, ctx.parser.value(u"owner"_s), &code);
        if (!owner)
            return code;
        rule.ownerId = *owner;
    }
    ObligationRepository obligations(*db);
    auto added = obligations.add(rule);
    if (!added)
        return ctx.failure(added.error());
    for (const ObligationRuleRow &row : obligations.list(added->clientId, true)) {
        if (row.rule.id != added->id)
            continue;
        if (ctx.json())
            ctx.printJson({ { u"rule"_s, ruleJson(row) } });
        else
            ctx.print(u"added obligation "_s + ruleLine(row).trimmed());
    }
    return Success;
}

int runRun(Context &ctx)
{
    int code = Success;
    const auto asOf = dateOption(ctx, u"as-of"_s, &code);
    if (code != Success)
        return code;
    // No dry run here: a day after today is refused, not previewed.
    if (const auto future = futureAsOf(ctx, u"as-of"_s, asOf.value_or(QDate())))
        return refuseFutureRun(ctx, u"obligations run"_s, *future);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const QDate day = asOf.value_or(RegulationCalendar::today());
    auto run = ObligationRepository(*db).run(day);
    if (!run)
        return ctx.failure(run.error());
    if (ctx.json()) {
        QJsonArray ids;
        for (TaskId id : run->createdIds)
            ids.append(id.value);
        ctx.printJson({ { u"as_of"_s, dateJson(day) }, { u"rules"_s, run->rules }, { u"created"_s, run->created },
            { u"task_ids"_s, ids }, { u"problems"_s, QJsonArray::fromStringList(run->problems) } });
        return Success;
    }
    QString text = u"%1 task(s) created from %2 obligation rule(s) as of %3"_s.arg(run->created)
                       .arg(run->rules)
                       .arg(day.toString(Qt::ISODate));
    for (const QString &p : std::as_const(run->problems))
        text += u"\nproblem: "_s + p;
    ctx.print(text);
    return Success;
}

int runList(Context &ctx)
{
    int code = Success;
    ClientId client;
    if (ctx.parser.isSet(u"client"_s)) {
        const auto id = idValue(ctx, u"--client"_s, ctx.parser.value(u"client"_s), &code);
        if (!id)
            return code;
        client = ClientId(*id);
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const auto rows = ObligationRepository(*db).list(client, ctx.parser.isSet(u"archived"_s));
    if (ctx.json()) {
        QJsonArray array;
        for (const ObligationRuleRow &row : rows)
            array.append(ruleJson(row));
        ctx.printJson({ { u"rules"_s, array } });
        return Success;
    }
    QStringList lines;
    for (const ObligationRuleRow &row : rows)
        lines << ruleLine(row);
    ctx.print(lines.isEmpty() ? u"no obligations yet: rapport-cli obligations preset service-standard --all"_s
                              : lines.join(u'\n'));
    return Success;
}

int runArchive(Context &ctx)
{
    int code = Success;
    const auto id = idValue(ctx, u"obligation id"_s, ctx.positional.value(1), &code);
    if (!id)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (Status s = ObligationRepository(*db).archive(ObligationRuleId(*id)); !s)
        return ctx.failure(s.error());
    if (ctx.json())
        ctx.printJson({ { u"id"_s, *id }, { u"archived"_s, true } });
    else
        ctx.print(u"obligation %1 archived; its tasks stay"_s.arg(*id));
    return Success;
}

// The business calendar obligation deadlines and workflow steps count
// working days on: "auto" (the client's SLA calendar, kz-standard instead of
// 24/7) or one stored calendar for everybody.
int runCalendar(Context &ctx)
{
    int code = Success;
    ClientId client;
    if (ctx.parser.isSet(u"client"_s)) {
        const auto id = idValue(ctx, u"--client"_s, ctx.parser.value(u"client"_s), &code);
        if (!id)
            return code;
        client = ClientId(*id);
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    RegulationCalendar calendars(*db);
    if (ctx.parser.isSet(u"set"_s)) {
        if (Status s = calendars.setSetting(ctx.parser.value(u"set"_s)); !s)
            return ctx.failure(s.error());
    }
    const QString setting = calendars.setting();
    const QString used = client.isValid() ? calendars.nameFor(client) : QString();
    if (ctx.json()) {
        QJsonObject o { { u"setting"_s, setting } };
        if (client.isValid()) {
            o.insert(u"client_id"_s, client.value);
            o.insert(u"calendar"_s, used);
        }
        ctx.printJson(o);
        return Success;
    }
    QString text = setting == RegulationCalendar::automatic()
        ? u"regulation calendar: auto (the client's SLA calendar; %1 when that one is 24/7)"_s.arg(
            RegulationCalendar::fallbackName())
        : u"regulation calendar: %1 for every client"_s.arg(setting);
    if (client.isValid())
        text += u"\nclient %1 uses %2"_s.arg(QString::number(client.value), used);
    ctx.print(text);
    return Success;
}

int runObligations(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"preset"_s)
        return runPreset(ctx);
    if (action == u"add"_s)
        return runAdd(ctx);
    if (action == u"run"_s)
        return runRun(ctx);
    if (action == u"list"_s)
        return runList(ctx);
    if (action == u"archive"_s)
        return runArchive(ctx);
    if (action == u"calendar"_s)
        return runCalendar(ctx);
    const QString actions = u"preset, add, run, list, archive or calendar"_s;
    return ctx.usage(action.isEmpty() ? u"obligations needs an action: "_s + actions
                                      : u"unknown obligations action \"%1\" (%2)"_s.arg(action, actions));
}

Registrar obligations { { u"obligations"_s,
    u"Recurring obligations: obligations preset service-standard --client ID|--all, add --client ID --kind K, "
    "run [--as-of D], list [--client ID], archive ID, calendar [--set NAME|auto] [--client ID]."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(
            u"action"_s, u"preset, add, run, list, archive or calendar"_s, u"preset|add|run|list|archive|calendar"_s);
        p.addPositionalArgument(u"name"_s, u"preset: service-standard; archive: the rule's id"_s, u"[NAME|ID]"_s);
        p.addOption({ u"client"_s, u"The client's id (preset: repeat for several)."_s, u"id"_s });
        p.addOption({ u"all"_s, u"preset: every active or onboarding client."_s });
        p.addOption({ u"as-of"_s, u"preset, run: the run's date (default today; not after today)."_s, u"date"_s });
        p.addOption(
            { u"kind"_s, u"add: project_report, closing_documents, payroll, payslips, audit or custom."_s, u"kind"_s });
        p.addOption({ u"title"_s, u"add: the title (required for custom)."_s, u"text"_s });
        p.addOption({ u"period"_s, u"add: monthly, quarterly or annual (default by kind)."_s, u"period"_s });
        p.addOption({ u"business-day"_s, u"add: due on the N-th working day of the due month."_s, u"n"_s });
        p.addOption({ u"day"_s, u"add: due on calendar day D, moved back to a working day."_s, u"d"_s });
        p.addOption({ u"due-month"_s, u"add: months after the period's end (0–12, default 1)."_s, u"m"_s });
        p.addOption({ u"owner"_s, u"add: who does it (email; default the client's account manager)."_s, u"email"_s });
        p.addOption(
            { u"starts"_s, u"add: the first period is the one containing this date (default today)."_s, u"date"_s });
        p.addOption({ u"archived"_s, u"list: include archived rules."_s });
        p.addOption({ u"set"_s, u"calendar: a stored calendar's name, or auto (default)."_s, u"name"_s });
    },
    runObligations } };

} // namespace
} // namespace rapport::cli
