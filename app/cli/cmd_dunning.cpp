// dunning run/list/promise/guarantee/hold/release/mark-sent/history: the debt ladder
// (seed 002: notice, suspension after 5 business days, claim, block).
#include "asof.h"
#include "billingjson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QString money(const Money &m)
{
    return m.toPlainString() + u' ' + m.currency();
}

int runDunningRun(Context &ctx)
{
    int code = Success;
    const auto asOf = billingDateOption(ctx, u"as-of"_s, &code);
    if (!asOf)
        return code;
    // A day after today only previews: no step is recorded, no client suspended.
    const auto future = futureAsOf(ctx, u"as-of"_s, *asOf);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto result = DunningRun(*db).run(*asOf, future || ctx.parser.isSet(u"dry-run"_s));
    if (!result)
        return ctx.failure(result.error());
    if (ctx.json()) {
        QJsonObject out = dunningRunJson(*result);
        if (future)
            markFuturePreview(out);
        ctx.printJson(out);
    } else {
        QString text = future ? QString(futurePreviewLine(*future) + u'\n') : QString();
        text += u"%1dunning as of %2: %3 client(s) checked, %4 step(s) taken\n"_s
                    .arg(result->dryRun ? u"(dry run) "_s : QString(), result->asOf.toString(Qt::ISODate))
                    .arg(result->clientsChecked)
                    .arg(result->steps.size());
        for (const DunningRunStep &s : std::as_const(result->steps))
            text += u"  %1  %2  %3  %4  -> %5  (%6 overdue)\n"_s.arg(s.dueOn.toString(Qt::ISODate),
                QString::number(s.clientId.value).rightJustified(5), s.clientName.left(30).leftJustified(30),
                dunningStepKey(s.step).leftJustified(8), dunningStateKey(s.stateAfter), money(s.outstanding));
        for (const auto &e : std::as_const(result->errors))
            text += u"  client %1: %2\n"_s.arg(QString::number(e.first.value), e.second);
        ctx.print(text);
    }
    if (!result->errors.isEmpty())
        return ctx.failure(u"%1 client(s) could not be evaluated (see above)"_s.arg(result->errors.size()));
    return Success;
}

int runDunningList(Context &ctx)
{
    int code = Success;
    const auto asOf = billingDateOption(ctx, u"as-of"_s, &code);
    if (!asOf)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const QDate day = asOf->isValid() ? *asOf : InvoiceRepository::today();
    auto rows = DunningRun(*db).queue(day);
    if (!rows)
        return ctx.failure(rows.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const DunningQueueRow &r : std::as_const(*rows))
            array.append(dunningRowJson(r));
        ctx.printJson({ { u"as_of"_s, day.toString(Qt::ISODate) }, { u"clients"_s, array } });
        return Success;
    }
    QString text;
    for (const DunningQueueRow &r : std::as_const(*rows)) {
        QString next = r.nextStep ? dunningStepKey(*r.nextStep) + u' '
                + (r.nextStepOn.isValid() ? r.nextStepOn.toString(Qt::ISODate) : u"(stopped)"_s)
                                  : u"-"_s;
        if (!r.dueNow.isEmpty())
            next = u"%1 step(s) due now: run `dunning run`"_s.arg(r.dueNow.size());
        text += u"%1  %2  %3  %4  %5 days  next: %6%7\n"_s.arg(QString::number(r.clientId.value).rightJustified(5),
            r.clientName.left(30).leftJustified(30), dunningStateKey(r.state).leftJustified(12),
            money(r.outstanding).rightJustified(18), QString::number(r.daysOverdue).rightJustified(4), next,
            r.waitingReason.isEmpty() ? QString() : u"  ("_s + r.waitingReason + u')');
    }
    ctx.print(text.isEmpty() ? u"nothing overdue"_s : text);
    return Success;
}

int printPause(Context &ctx, const DunningPauseRecord &p)
{
    if (ctx.json())
        ctx.printJson(dunningPauseJson(p));
    else
        ctx.print(u"recorded %1 for client %2%3"_s.arg(dunningPauseKindKey(p.kind), QString::number(p.clientId.value),
            p.until.isValid() ? u" until "_s + p.until.toString(Qt::ISODate) : QString()));
    return Success;
}

int runDunningException(Context &ctx, const QString &action)
{
    int code = Success;
    const auto client = clientArgument(ctx, ctx.positional.value(1), &code);
    if (!client)
        return code;
    const auto until = billingDateOption(ctx, u"until"_s, &code);
    if (!until)
        return code;
    const auto on = billingDateOption(ctx, u"date"_s, &code);
    if (!on)
        return code;
    if (action == u"promise"_s && !until->isValid())
        return ctx.usage(u"missing required option --until YYYY-MM-DD"_s);
    QString text;
    if (action == u"guarantee"_s)
        text = ctx.required(u"document"_s, &code);
    else if (action == u"hold"_s)
        text = ctx.required(u"reason"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    DunningRepository repo(*db);
    if (action == u"release"_s) {
        auto n = repo.release(*client, *on);
        if (!n)
            return ctx.failure(n.error());
        if (ctx.json())
            ctx.printJson({ { u"client_id"_s, client->value }, { u"lifted"_s, *n } });
        else
            ctx.print(u"lifted %1 exception(s) for client %2"_s.arg(*n).arg(client->value));
        return Success;
    }
    Result<DunningPauseRecord> p = action == u"promise"_s ? repo.promise(*client, *until, ctx.parser.value(u"note"_s))
        : action == u"guarantee"_s                          ? repo.guarantee(*client, text, *until)
                                                            : repo.hold(*client, text);
    if (!p)
        return ctx.failure(p.error());
    return printPause(ctx, *p);
}

int runDunningMarkSent(Context &ctx)
{
    int code = Success;
    const auto client = clientArgument(ctx, ctx.positional.value(1), &code);
    if (!client)
        return code;
    const auto on = billingDateOption(ctx, u"date"_s, &code);
    if (!on)
        return code;
    const QString note = ctx.required(u"note"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto step = DunningRepository(*db).markSentByHand(*client, *on, note);
    if (!step)
        return ctx.failure(step.error());
    if (ctx.json())
        ctx.printJson(dunningStepJson(*step));
    else
        ctx.print(u"%1 of client %2 marked sent on %3 (handed over by the team)"_s.arg(dunningStepKey(step->step),
            QString::number(client->value), step->sentOn.toString(Qt::ISODate)));
    return Success;
}

int runDunningHistory(Context &ctx)
{
    int code = Success;
    const auto client = clientArgument(ctx, ctx.positional.value(1), &code);
    if (!client)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    DunningRepository repo(*db);
    auto cases = repo.cases(*client);
    if (!cases)
        return ctx.failure(cases.error());
    auto pauses = repo.pauses(*client, true);
    if (!pauses)
        return ctx.failure(pauses.error());
    if (ctx.json()) {
        QJsonArray caseArray;
        for (const DunningCaseRecord &c : std::as_const(*cases)) {
            QJsonArray steps;
            for (const DunningStepRecord &s : c.steps)
                steps.append(dunningStepJson(s));
            caseArray.append(QJsonObject { { u"id"_s, c.id }, { u"due_on"_s, c.dueOn.toString(Qt::ISODate) },
                { u"state"_s, dunningStateKey(c.state) }, { u"opened_on"_s, c.openedOn.toString(Qt::ISODate) },
                { u"closed_on"_s, c.closedOn.isValid() ? QJsonValue(c.closedOn.toString(Qt::ISODate)) : QJsonValue() },
                { u"steps"_s, steps } });
        }
        QJsonArray pauseArray;
        for (const DunningPauseRecord &p : std::as_const(*pauses))
            pauseArray.append(dunningPauseJson(p));
        ctx.printJson({ { u"client_id"_s, client->value }, { u"cases"_s, caseArray }, { u"pauses"_s, pauseArray } });
        return Success;
    }
    QString text;
    for (const DunningCaseRecord &c : std::as_const(*cases)) {
        text += u"case %1 (due %2): %3\n"_s.arg(QString::number(c.id), c.dueOn.toString(Qt::ISODate),
            dunningStateKey(c.state));
        for (const DunningStepRecord &s : c.steps)
            text += u"  %1  %2  %3  by %4\n"_s.arg(s.dueOn.toString(Qt::ISODate), dunningStepKey(s.step).leftJustified(8),
                money(s.outstanding), s.userName.isEmpty() ? u"the dunning run"_s : s.userName);
    }
    for (const DunningPauseRecord &p : std::as_const(*pauses))
        text += u"%1  %2 %3%4\n"_s.arg(dunningPauseKindKey(p.kind),
            p.until.isValid() ? u"until "_s + p.until.toString(Qt::ISODate) : QString(),
            p.kind == DunningPauseKind::GuaranteeLetter ? p.document : p.reason,
            p.releasedOn.isValid() ? u" (lifted "_s + p.releasedOn.toString(Qt::ISODate) + u')' : QString());
    ctx.print(text.isEmpty() ? u"no dunning for this client"_s : text);
    return Success;
}

int runDunning(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"run"_s)
        return runDunningRun(ctx);
    if (action == u"list"_s)
        return runDunningList(ctx);
    if (action == u"history"_s)
        return runDunningHistory(ctx);
    if (action == u"mark-sent"_s)
        return runDunningMarkSent(ctx);
    if (action == u"promise"_s || action == u"guarantee"_s || action == u"hold"_s || action == u"release"_s)
        return runDunningException(ctx, action);
    const QString actions = u"run, list, promise, guarantee, hold, release, mark-sent or history"_s;
    return ctx.usage(action.isEmpty() ? u"dunning needs an action: "_s + actions
                                      : u"unknown dunning action \"%1\" (%2)"_s.arg(action, actions));
}

Registrar dunning { { u"dunning"_s,
    u"Debt ladder: dunning run [--as-of DATE], list, promise CLIENT --until DATE, guarantee CLIENT --document D, hold CLIENT --reason R, release CLIENT, mark-sent CLIENT --note HOW [--date DATE], history CLIENT."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(
            u"action"_s, u"run, list, promise, guarantee, hold, release, mark-sent or history"_s, u"action"_s);
        p.addPositionalArgument(u"client"_s, u"Client id (exceptions, mark-sent, history)."_s, u"[CLIENT]"_s);
        p.addOption({ u"as-of"_s, u"run, list: the day to evaluate (default today)."_s, u"YYYY-MM-DD"_s });
        p.addOption(
            { u"dry-run"_s, u"run: show the steps due, record nothing (implied by an --as-of after today)."_s });
        p.addOption({ u"until"_s, u"promise: the promised payment date; guarantee: optional end."_s, u"YYYY-MM-DD"_s });
        p.addOption({ u"note"_s, u"promise: a note; mark-sent: how the team handed the notice or claim over."_s,
            u"text"_s });
        p.addOption({ u"document"_s, u"guarantee: path or URL of the guarantee letter."_s, u"path|url"_s });
        p.addOption({ u"reason"_s, u"hold: why (a team lead only: --user)."_s, u"text"_s });
        p.addOption({ u"date"_s,
            u"release: the day the exceptions end; mark-sent: the day it was handed over (default today)."_s,
            u"YYYY-MM-DD"_s });
    },
    runDunning } };

} // namespace
} // namespace rapport::cli
