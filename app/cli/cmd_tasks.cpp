// tasks list, task add / done / reopen, workflow list / apply / runs: work
// with one owner and a due date each (seed 001), and the standard workflows
// that create it.
#include "cli.h"

#include "regulationjson.h"
#include "storage/regulationcalendar.h"
#include "storage/taskrepository.h"
#include "storage/workflowrepository.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QString taskLine(const Task &t, QDate today)
{
    QString state = taskStatusKey(t.status);
    if (t.isOverdue(today))
        state = u"OVERDUE"_s;
    else if (t.isDoneLate())
        state = u"done late"_s;
    return u"%1  %2  %3  %4  %5  %6"_s.arg(QString::number(t.id.value).rightJustified(6), t.dueOn.toString(Qt::ISODate),
        state.leftJustified(9), t.ownerEmail.leftJustified(28), t.clientName.leftJustified(28), t.title);
}

int printTask(Context &ctx, const Task &task, const QString &done)
{
    const QDate today = RegulationCalendar::today();
    if (ctx.json())
        ctx.printJson({ { u"task"_s, taskJson(task, today) } });
    else
        ctx.print(done + u'\n' + taskLine(task, today));
    return Success;
}

int runTasksList(Context &ctx)
{
    int code = Success;
    TaskQuery query;
    const auto dueBefore = dateOption(ctx, u"due-before"_s, &code);
    const auto asOf = code == Success ? dateOption(ctx, u"as-of"_s, &code) : std::nullopt;
    if (code != Success)
        return code;
    query.dueBefore = dueBefore.value_or(QDate());
    query.asOf = asOf.value_or(RegulationCalendar::today());
    query.overdue = ctx.parser.isSet(u"overdue"_s);
    const QString status = ctx.parser.value(u"status"_s);
    if (status != u"all"_s) {
        const auto s = taskStatusFromKey(status);
        if (!s)
            return ctx.usage(u"--status must be open, done, cancelled or all, not \"%1\""_s.arg(status));
        query.status = *s;
    }
    if (ctx.parser.isSet(u"source"_s)) {
        const auto s = taskSourceFromKey(ctx.parser.value(u"source"_s));
        if (!s)
            return ctx.usage(u"--source must be manual, obligation, workflow, review or ticket"_s);
        query.source = *s;
    }
    if (ctx.parser.isSet(u"client"_s)) {
        const auto id = idValue(ctx, u"--client"_s, ctx.parser.value(u"client"_s), &code);
        if (!id)
            return code;
        query.client = ClientId(*id);
    }
    bool okLimit = false;
    query.limit = ctx.parser.value(u"limit"_s).toInt(&okLimit);
    if (!okLimit || query.limit < 1)
        return ctx.usage(u"--limit must be a positive number"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (ctx.parser.isSet(u"owner"_s)) {
        const auto id = staffByEmail(ctx, *db, ctx.parser.value(u"owner"_s), &code);
        if (!id)
            return code;
        query.owner = *id;
    }
    const QList<Task> tasks = TaskRepository(*db).list(query);
    if (ctx.json()) {
        QJsonArray array;
        for (const Task &t : tasks)
            array.append(taskJson(t, query.asOf));
        ctx.printJson({ { u"as_of"_s, dateJson(query.asOf) }, { u"tasks"_s, array } });
        return Success;
    }
    QStringList lines;
    for (const Task &t : tasks)
        lines << taskLine(t, query.asOf);
    ctx.print(lines.isEmpty() ? u"no tasks"_s : lines.join(u'\n'));
    return Success;
}

int runTasks(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"list"_s)
        return runTasksList(ctx);
    return ctx.usage(
        action.isEmpty() ? u"tasks needs an action: list"_s : u"unknown tasks action \"%1\" (list)"_s.arg(action));
}

int runTaskAdd(Context &ctx)
{
    int code = Success;
    const QString title = ctx.required(u"title"_s, &code);
    const QString owner = code == Success ? ctx.required(u"owner"_s, &code) : QString();
    const auto due = code == Success ? dateOption(ctx, u"due"_s, &code) : std::nullopt;
    if (code != Success)
        return code;
    if (!due)
        return ctx.usage(u"missing required option --due"_s);
    Task task;
    task.title = title;
    task.dueOn = *due;
    task.notes = ctx.parser.value(u"notes"_s);
    if (ctx.parser.isSet(u"client"_s)) {
        const auto id = idValue(ctx, u"--client"_s, ctx.parser.value(u"client"_s), &code);
        if (!id)
            return code;
        task.clientId = ClientId(*id);
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const auto ownerId = staffByEmail(ctx, *db, owner, &code);
    if (!ownerId)
        return code;
    task.ownerId = *ownerId;
    auto added = TaskRepository(*db).add(task);
    if (!added)
        return ctx.failure(added.error());
    return printTask(ctx, *TaskRepository(*db).byId(added->id), u"task %1 added"_s.arg(added->id.value));
}

int runTaskChange(Context &ctx, const QString &action)
{
    int code = Success;
    const auto id = idValue(ctx, u"task id"_s, ctx.positional.value(1), &code);
    if (!id)
        return code;
    const auto at = dateOption(ctx, u"at"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    TaskRepository tasks(*db);
    Status s = action == u"done"_s ? tasks.complete(TaskId(*id), at.value_or(QDate()))
        : action == u"reopen"_s    ? tasks.reopen(TaskId(*id))
                                   : tasks.cancel(TaskId(*id));
    if (!s)
        return ctx.failure(s.error());
    const auto task = tasks.byId(TaskId(*id));
    QString done = u"task %1: %2"_s.arg(*id).arg(taskStatusKey(task->status));
    if (task->status == TaskStatus::Done)
        done += task->isDoneOnTime() ? u" on time"_s : u" late"_s;
    return printTask(ctx, *task, done);
}

int runTask(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"add"_s)
        return runTaskAdd(ctx);
    if (action == u"done"_s || action == u"reopen"_s || action == u"cancel"_s)
        return runTaskChange(ctx, action);
    return ctx.usage(action.isEmpty() ? u"task needs an action: add, done, reopen or cancel"_s
                                      : u"unknown task action \"%1\" (add, done, reopen or cancel)"_s.arg(action));
}

int runWorkflowList(Context &ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const auto templates = WorkflowRepository(*db).templates(ctx.parser.isSet(u"archived"_s));
    if (ctx.json()) {
        QJsonArray array;
        for (const WorkflowTemplate &t : templates)
            array.append(templateJson(t));
        ctx.printJson({ { u"templates"_s, array } });
        return Success;
    }
    QString text;
    for (const WorkflowTemplate &t : templates) {
        text += u"%1  %2%3\n"_s.arg(
            QString::number(t.id.value).rightJustified(4), t.name, t.archived ? u" (archived)"_s : QString());
        for (const WorkflowStep &s : t.steps)
            text += u"        %1. %2 — %3, +%4 working day(s)\n"_s
                        .arg(QString::number(s.position), s.title, roleKey(s.ownerRole))
                        .arg(s.offsetDays);
    }
    ctx.print(text.isEmpty() ? u"no workflow templates"_s : text);
    return Success;
}

int runWorkflowApply(Context &ctx)
{
    int code = Success;
    const auto templateId = idValue(ctx, u"template id"_s, ctx.positional.value(1), &code);
    if (!templateId)
        return code;
    const QString clientText = ctx.required(u"client"_s, &code);
    if (code != Success)
        return code;
    const auto client = idValue(ctx, u"--client"_s, clientText, &code);
    if (!client)
        return code;
    TicketId ticket;
    if (ctx.parser.isSet(u"ticket"_s)) {
        const auto id = idValue(ctx, u"--ticket"_s, ctx.parser.value(u"ticket"_s), &code);
        if (!id)
            return code;
        ticket = TicketId(*id);
    }
    const auto start = dateOption(ctx, u"start"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto run = WorkflowRepository(*db).apply(
        WorkflowTemplateId(*templateId), ClientId(*client), ticket, start.value_or(QDate()));
    if (!run)
        return ctx.failure(run.error());
    const QDate today = RegulationCalendar::today();
    if (ctx.json()) {
        ctx.printJson({ { u"run"_s, runJson(*run, today) } });
        return Success;
    }
    QString text = u"workflow \"%1\" started for %2 on %3: %4 task(s)"_s
                       .arg(run->templateName, run->clientName, run->startedOn.toString(Qt::ISODate))
                       .arg(run->total);
    for (const Task &t : run->tasks)
        text += u'\n' + taskLine(t, today);
    ctx.print(text);
    return Success;
}

int runWorkflowRuns(Context &ctx)
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
    const QDate today = RegulationCalendar::today();
    const auto runs = WorkflowRepository(*db).runs(client);
    if (ctx.json()) {
        QJsonArray array;
        for (const WorkflowRun &r : runs)
            array.append(runJson(r, today));
        ctx.printJson({ { u"runs"_s, array } });
        return Success;
    }
    QStringList lines;
    for (const WorkflowRun &r : runs)
        lines << u"%1  %2  %3  %4  %5/%6 done (%7%)"_s
                     .arg(QString::number(r.id.value).rightJustified(5), r.startedOn.toString(Qt::ISODate),
                         r.templateName.leftJustified(28), r.clientName.leftJustified(28))
                     .arg(r.done)
                     .arg(r.total)
                     .arg(r.percent());
    ctx.print(lines.isEmpty() ? u"no workflows started"_s : lines.join(u'\n'));
    return Success;
}

int runWorkflow(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"list"_s)
        return runWorkflowList(ctx);
    if (action == u"apply"_s)
        return runWorkflowApply(ctx);
    if (action == u"runs"_s)
        return runWorkflowRuns(ctx);
    return ctx.usage(action.isEmpty() ? u"workflow needs an action: list, apply or runs"_s
                                      : u"unknown workflow action \"%1\" (list, apply or runs)"_s.arg(action));
}

Registrar tasksCommand { { u"tasks"_s,
    u"Tasks: tasks list [--owner EMAIL] [--overdue] [--due-before DATE] [--client ID] [--status S]."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"list"_s, u"list"_s);
        p.addOption({ u"owner"_s, u"Only this person's tasks (email)."_s, u"email"_s });
        p.addOption({ u"overdue"_s, u"Only open tasks whose due date has passed."_s });
        p.addOption({ u"due-before"_s, u"Only tasks due on or before this date."_s, u"date"_s });
        p.addOption({ u"client"_s, u"Only this client's tasks."_s, u"id"_s });
        p.addOption({ u"status"_s, u"open (default), done, cancelled or all."_s, u"status"_s, u"open"_s });
        p.addOption({ u"source"_s, u"manual, obligation, workflow, review or ticket."_s, u"source"_s });
        p.addOption({ u"as-of"_s, u"Today for overdue (default today)."_s, u"date"_s });
        p.addOption({ u"limit"_s, u"At most this many rows (default 500)."_s, u"n"_s, u"500"_s });
    },
    runTasks } };

Registrar taskCommand { { u"task"_s,
    u"One task: task add --title T --owner EMAIL --due DATE [--client ID], task done ID [--at DATE], "
    "task reopen ID, task cancel ID."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"add, done, reopen or cancel"_s, u"add|done|reopen|cancel"_s);
        p.addPositionalArgument(u"id"_s, u"The task's id."_s, u"[ID]"_s);
        p.addOption({ u"at"_s, u"done: the day it was done (default today)."_s, u"date"_s });
        p.addOption({ u"title"_s, u"add: what is to be done."_s, u"text"_s });
        p.addOption({ u"owner"_s, u"add: who does it (email)."_s, u"email"_s });
        p.addOption({ u"due"_s, u"add: by when."_s, u"date"_s });
        p.addOption({ u"client"_s, u"add: the client it is for."_s, u"id"_s });
        p.addOption({ u"notes"_s, u"add: notes."_s, u"text"_s });
    },
    runTask } };

Registrar workflowCommand { { u"workflow"_s,
    u"Standard workflows: workflow list, workflow apply TEMPLATE_ID --client ID [--ticket ID] [--start DATE], "
    "workflow runs [--client ID]."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"list, apply or runs"_s, u"list|apply|runs"_s);
        p.addPositionalArgument(u"template"_s, u"apply: the template's id"_s, u"[TEMPLATE_ID]"_s);
        p.addOption({ u"client"_s, u"apply, runs: the client's id."_s, u"id"_s });
        p.addOption({ u"ticket"_s, u"apply: the ticket the workflow is for."_s, u"id"_s });
        p.addOption({ u"start"_s, u"apply: the start date steps count from (default today)."_s, u"date"_s });
        p.addOption({ u"archived"_s, u"list: include archived templates."_s });
    },
    runWorkflow } };

} // namespace
} // namespace rapport::cli
