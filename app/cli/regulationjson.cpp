#include "regulationjson.h"

#include "isotime.h"
#include "storage/userrepository.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {

std::optional<QDate> dateOption(Context &ctx, const QString &name, int *code)
{
    if (!ctx.parser.isSet(name))
        return std::nullopt;
    const QString text = ctx.parser.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        *code = ctx.usage(u"--%1: \"%2\" is not a date (YYYY-MM-DD)"_s.arg(name, text));
        return std::nullopt;
    }
    return date;
}

std::optional<qint64> idValue(Context &ctx, const QString &what, const QString &text, int *code)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        *code = ctx.usage(
            text.isEmpty() ? u"missing %1"_s.arg(what) : u"%1 must be a positive number, not \"%2\""_s.arg(what, text));
        return std::nullopt;
    }
    return id;
}

std::optional<UserId> staffByEmail(Context &ctx, const Database &db, const QString &email, int *code)
{
    const auto user = UserRepository(db).byEmail(email);
    if (!user || !user->active) {
        *code = ctx.failure(u"no active staff member with email %1 (see `rapport-cli users list`)"_s.arg(email));
        return std::nullopt;
    }
    return user->id;
}

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idJson(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue rateJson(std::optional<double> rate)
{
    return rate ? QJsonValue(std::round(*rate * 10000.0) / 10000.0) : QJsonValue(QJsonValue::Null);
}

QJsonObject taskJson(const Task &t, QDate today)
{
    QJsonValue onTime = QJsonValue::Null;
    if (t.status == TaskStatus::Done)
        onTime = t.isDoneOnTime();
    else if (t.isOverdue(today))
        onTime = false;
    return { { u"id"_s, t.id.value }, { u"title"_s, t.title }, { u"client_id"_s, idJson(t.clientId.value) },
        { u"client"_s, t.clientName }, { u"owner_email"_s, t.ownerEmail }, { u"owner"_s, t.ownerName },
        { u"due_on"_s, dateJson(t.dueOn) }, { u"status"_s, taskStatusKey(t.status) },
        { u"done_on"_s, dateJson(t.doneOn) }, { u"overdue"_s, t.isOverdue(today) }, { u"on_time"_s, onTime },
        { u"source"_s, taskSourceKey(t.source) }, { u"obligation_rule_id"_s, idJson(t.obligationRuleId.value) },
        { u"period_key"_s, t.periodKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.periodKey) },
        { u"review_id"_s, idJson(t.reviewId.value) }, { u"workflow_run_id"_s, idJson(t.workflowRunId.value) },
        { u"ticket_id"_s, idJson(t.ticketId.value) }, { u"notes"_s, t.notes } };
}

QJsonObject reviewJson(const Review &r, QDate today)
{
    return { { u"id"_s, r.id.value }, { u"client_id"_s, r.clientId.value }, { u"client"_s, r.clientName },
        { u"manager_email"_s, r.managerEmail }, { u"manager"_s, r.managerName }, { u"kind"_s, reviewKindKey(r.kind) },
        { u"status"_s, reviewStatusKey(r.status) }, { u"scheduled_on"_s, dateJson(r.scheduledOn) },
        { u"held_on"_s, dateJson(r.heldOn) }, { u"overdue"_s, r.isOverdue(today) }, { u"attendees"_s, r.attendees },
        { u"progress"_s, r.progress }, { u"problems"_s, r.problems }, { u"satisfaction"_s, r.satisfaction },
        { u"action_items"_s, r.actionItems }, { u"open_action_items"_s, r.openActionItems },
        { u"overdue_action_items"_s, r.overdueActionItems } };
}

QJsonObject ruleJson(const ObligationRuleRow &row)
{
    const ObligationRule &r = row.rule;
    return { { u"id"_s, r.id.value }, { u"client_id"_s, r.clientId.value }, { u"client"_s, row.clientName },
        { u"kind"_s, obligationKindKey(r.kind) }, { u"title"_s, r.displayTitle() },
        { u"period"_s, obligationPeriodKey(r.period) }, { u"offset_type"_s, dayOffsetKey(r.offset) },
        { u"day"_s, r.day }, { u"due_month"_s, r.dueMonth }, { u"owner_email"_s, row.ownerEmail },
        { u"owner"_s, row.ownerName }, { u"owner_is_account_manager"_s, !r.ownerId.isValid() },
        { u"starts_on"_s, dateJson(r.startsOn) },
        { u"preset"_s, r.preset.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.preset) },
        { u"archived"_s, r.archived }, { u"open_tasks"_s, row.openTasks }, { u"overdue_tasks"_s, row.overdueTasks },
        { u"next_due"_s, dateJson(row.nextDue) } };
}

QJsonObject templateJson(const WorkflowTemplate &w)
{
    QJsonArray steps;
    for (const WorkflowStep &s : w.steps)
        steps.append(QJsonObject { { u"id"_s, s.id.value }, { u"position"_s, s.position }, { u"title"_s, s.title },
            { u"owner_role"_s, roleKey(s.ownerRole) }, { u"offset_days"_s, s.offsetDays } });
    return { { u"id"_s, w.id.value }, { u"key"_s, w.key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(w.key) },
        { u"name"_s, w.name }, { u"description"_s, w.description }, { u"builtin"_s, w.builtin },
        { u"archived"_s, w.archived }, { u"steps"_s, steps } };
}

QJsonObject runJson(const WorkflowRun &run, QDate today)
{
    QJsonArray tasks;
    for (const Task &t : run.tasks)
        tasks.append(taskJson(t, today));
    return { { u"id"_s, run.id.value }, { u"template_id"_s, run.templateId.value }, { u"template"_s, run.templateName },
        { u"client_id"_s, run.clientId.value }, { u"client"_s, run.clientName },
        { u"ticket_id"_s, idJson(run.ticketId.value) }, { u"started_on"_s, dateJson(run.startedOn) },
        { u"total"_s, run.total }, { u"done"_s, run.done }, { u"overdue"_s, run.overdue },
        { u"percent"_s, run.percent() }, { u"tasks"_s, tasks } };
}

QJsonObject clientFeedbackJson(const ClientFeedback &f)
{
    return { { u"id"_s, f.id.value }, { u"client_id"_s, f.clientId.value }, { u"client"_s, f.clientName },
        { u"kind"_s, clientFeedbackKindKey(f.kind) }, { u"text"_s, f.text }, { u"received_at"_s, isoUtc(f.receivedAt) },
        { u"channel"_s, f.channel }, { u"ticket_id"_s, idJson(f.ticketId.value) }, { u"handling"_s, f.handling },
        { u"handled_at"_s, isoUtc(f.handledAt) },
        { u"handled_by"_s, f.handledByName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.handledByName) } };
}

QJsonObject onTimeJson(const OnTimeStats &s)
{
    return { { u"due"_s, s.due }, { u"on_time"_s, s.onTime }, { u"done_late"_s, s.doneLate },
        { u"overdue"_s, s.overdue }, { u"pending"_s, s.pending }, { u"on_time_rate"_s, rateJson(s.rate()) } };
}

QJsonObject managerFeedbackJson(const ManagerFeedback &m)
{
    return { { u"email"_s, m.email }, { u"name"_s, m.name }, { u"liked"_s, m.liked }, { u"not_liked"_s, m.notLiked },
        { u"liked_share"_s, rateJson(m.likedShare()) } };
}

} // namespace rapport::cli
