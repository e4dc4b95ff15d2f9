#include "taskrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "regulationcalendar.h"
#include "sql.h"
#include "timeline.h"
#include "transaction.h"
#include "userrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QString kSelect = u"SELECT t.id, t.title, t.client_id, c.legal_name, t.owner_id, u.name, u.email, t.due_on, "
                        "t.status, t.done_on, t.done_at, t.source, t.obligation_rule_id, t.period_key, "
                        "t.workflow_run_id, t.workflow_step_id, t.review_id, t.ticket_id, t.notes, t.created_at "
                        "FROM tasks t LEFT JOIN clients c ON c.id = t.client_id "
                        "LEFT JOIN users u ON u.id = t.owner_id"_s;

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

Task readTask(const QSqlQuery &q)
{
    Task t;
    t.id = TaskId(q.value(0).toLongLong());
    t.title = q.value(1).toString();
    t.clientId = ClientId(q.value(2).toLongLong());
    t.clientName = q.value(3).toString();
    t.ownerId = UserId(q.value(4).toLongLong());
    t.ownerName = q.value(5).toString();
    t.ownerEmail = q.value(6).toString();
    t.dueOn = dateOf(q.value(7));
    t.status = taskStatusFromKey(q.value(8).toString()).value_or(TaskStatus::Open);
    t.doneOn = dateOf(q.value(9));
    t.doneAt = q.value(10).toLongLong();
    t.source = taskSourceFromKey(q.value(11).toString()).value_or(TaskSource::Manual);
    t.obligationRuleId = ObligationRuleId(q.value(12).toLongLong());
    t.periodKey = q.value(13).toString();
    t.workflowRunId = WorkflowRunId(q.value(14).toLongLong());
    t.workflowStepId = WorkflowStepId(q.value(15).toLongLong());
    t.reviewId = ReviewId(q.value(16).toLongLong());
    t.ticketId = TicketId(q.value(17).toLongLong());
    t.notes = q.value(18).toString();
    t.createdAt = q.value(19).toLongLong();
    return t;
}

QVariantMap toMap(const Task &t)
{
    return { { u"title"_s, t.title }, { u"client_id"_s, t.clientId.value }, { u"owner_id"_s, t.ownerId.value },
        { u"due_on"_s, t.dueOn.toString(Qt::ISODate) }, { u"status"_s, taskStatusKey(t.status) },
        { u"done_on"_s, t.doneOn.toString(Qt::ISODate) }, { u"source"_s, taskSourceKey(t.source) },
        { u"period_key"_s, t.periodKey }, { u"notes"_s, t.notes } };
}

// WHERE clause (fixed fragments only) and its bound values.
QString where(const TaskQuery &query, QVariantList &values)
{
    QStringList parts;
    auto add = [&](const QString &clause, const QVariant &value) {
        parts << clause;
        values << value;
    };
    if (query.owner.isValid())
        add(u"t.owner_id = ?"_s, query.owner.value);
    if (query.client.isValid())
        add(u"t.client_id = ?"_s, query.client.value);
    if (query.review.isValid())
        add(u"t.review_id = ?"_s, query.review.value);
    if (query.workflowRun.isValid())
        add(u"t.workflow_run_id = ?"_s, query.workflowRun.value);
    if (query.ticket.isValid())
        add(u"t.ticket_id = ?"_s, query.ticket.value);
    if (query.obligationRule.isValid())
        add(u"t.obligation_rule_id = ?"_s, query.obligationRule.value);
    if (query.source)
        add(u"t.source = ?"_s, taskSourceKey(*query.source));
    if (query.status)
        add(u"t.status = ?"_s, taskStatusKey(*query.status));
    if (query.overdue) {
        const QDate today = query.asOf.isValid() ? query.asOf : RegulationCalendar::today();
        add(u"t.status = 'open' AND t.due_on < ?"_s, today.toString(Qt::ISODate));
    }
    if (query.dueBefore.isValid())
        add(u"t.due_on <= ?"_s, query.dueBefore.toString(Qt::ISODate));
    if (query.dueFrom.isValid())
        add(u"t.due_on >= ?"_s, query.dueFrom.toString(Qt::ISODate));
    if (query.afterDue.isValid()) {
        parts << u"(t.due_on > ? OR (t.due_on = ? AND t.id > ?))"_s;
        values << query.afterDue.toString(Qt::ISODate) << query.afterDue.toString(Qt::ISODate) << query.afterId;
    }
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

} // namespace

Result<Task> TaskRepository::add(const Task &input)
{
    Task task = input;
    task.title = task.title.trimmed();
    if (Status s = Task::validate(task); !s)
        return fail(s.error());
    const auto owner = UserRepository(m_db).byId(task.ownerId);
    if (!owner || !owner->active)
        return fail(QCoreApplication::translate("TaskRepository", "No active staff member with id %1 to own the task.")
                        .arg(task.ownerId.value));
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = Clock::nowSecs();
    auto q = sql::exec(conn,
        u"INSERT INTO tasks (title, client_id, owner_id, due_on, status, done_on, done_at, source, "
        "obligation_rule_id, period_key, workflow_run_id, workflow_step_id, review_id, ticket_id, notes, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?)"_s,
        { task.title, sql::nullIfZero(task.clientId.value), task.ownerId.value, task.dueOn.toString(Qt::ISODate),
            taskStatusKey(task.status), dateValue(task.doneOn), sql::nullIfZero(task.doneAt),
            taskSourceKey(task.source), sql::nullIfZero(task.obligationRuleId.value), sql::nullIfEmpty(task.periodKey),
            sql::nullIfZero(task.workflowRunId.value), sql::nullIfZero(task.workflowStepId.value),
            sql::nullIfZero(task.reviewId.value), sql::nullIfZero(task.ticketId.value), task.notes, now, now });
    if (!q)
        return fail(q.error());
    task.id = TaskId(q->lastInsertId().toLongLong());
    task.createdAt = now;
    task.ownerName = owner->name;
    task.ownerEmail = owner->email;
    if (Status s = AuditLog(m_db).record(u"task"_s, task.id.value, AuditLog::Action::Create, {}, toMap(task)); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return task;
}

Status TaskRepository::update(const Task &input)
{
    const auto old = byId(input.id);
    if (!old)
        return fail(QCoreApplication::translate("TaskRepository", "No task with id %1.").arg(input.id.value));
    Task task = *old;
    task.title = input.title.trimmed();
    task.ownerId = input.ownerId;
    task.dueOn = input.dueOn;
    task.notes = input.notes;
    if (Status s = Task::validate(task); !s)
        return s;
    const auto owner = UserRepository(m_db).byId(task.ownerId);
    if (!owner || !owner->active)
        return fail(QCoreApplication::translate("TaskRepository", "No active staff member with id %1 to own the task.")
                        .arg(task.ownerId.value));
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn,
            u"UPDATE tasks SET title = ?, owner_id = ?, due_on = ?, notes = coalesce(?, ''), updated_at = ? "
            "WHERE id = ?"_s,
            { task.title, task.ownerId.value, task.dueOn.toString(Qt::ISODate), task.notes, Clock::nowSecs(),
                task.id.value });
        !q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"task"_s, task.id.value, AuditLog::Action::Update, toMap(*old), toMap(task));
        !s)
        return s;
    return tx.commit();
}

Status TaskRepository::complete(TaskId id, QDate doneOn)
{
    const auto old = byId(id);
    if (!old)
        return fail(QCoreApplication::translate("TaskRepository", "No task with id %1.").arg(id.value));
    if (old->status == TaskStatus::Done)
        return {};
    if (old->status == TaskStatus::Cancelled)
        return fail(
            QCoreApplication::translate("TaskRepository", "Task %1 is cancelled; reopen it first.").arg(id.value));
    const QDate today = RegulationCalendar::today();
    Task task = *old;
    task.status = TaskStatus::Done;
    task.doneOn = doneOn.isValid() ? doneOn : today;
    if (task.doneOn > today)
        return fail(QCoreApplication::translate("TaskRepository", "A task cannot be done in the future (%1).")
                        .arg(task.doneOn.toString(Qt::ISODate)));
    task.doneAt = Clock::nowSecs();
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q
        = sql::exec(conn, u"UPDATE tasks SET status = 'done', done_on = ?, done_at = ?, updated_at = ? WHERE id = ?"_s,
            { task.doneOn.toString(Qt::ISODate), task.doneAt, task.doneAt, id.value });
        !q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"task"_s, id.value, AuditLog::Action::Update, toMap(*old), toMap(task)); !s)
        return s;
    if (task.isDoneLate() && task.clientId.isValid()) {
        TimelineEntry entry;
        entry.kind = u"note"_s;
        entry.title = QCoreApplication::translate("TaskRepository", "Done late: %1").arg(task.title);
        entry.body = QCoreApplication::translate("TaskRepository", "Due %1, done %2 by %3.")
                         .arg(task.dueOn.toString(Qt::ISODate), task.doneOn.toString(Qt::ISODate), task.ownerName);
        entry.refType = u"task"_s;
        entry.refId = id.value;
        if (Status s = Timeline(m_db).add(task.clientId, entry); !s)
            return s;
    }
    return tx.commit();
}

Status TaskRepository::reopen(TaskId id)
{
    const auto old = byId(id);
    if (!old)
        return fail(QCoreApplication::translate("TaskRepository", "No task with id %1.").arg(id.value));
    if (old->status == TaskStatus::Open)
        return {};
    Task task = *old;
    task.status = TaskStatus::Open;
    task.doneOn = QDate();
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn,
            u"UPDATE tasks SET status = 'open', done_on = NULL, done_at = NULL, updated_at = ? "
            "WHERE id = ?"_s,
            { Clock::nowSecs(), id.value });
        !q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"task"_s, id.value, AuditLog::Action::Update, toMap(*old), toMap(task)); !s)
        return s;
    return tx.commit();
}

Status TaskRepository::cancel(TaskId id)
{
    const auto old = byId(id);
    if (!old)
        return fail(QCoreApplication::translate("TaskRepository", "No task with id %1.").arg(id.value));
    if (old->status == TaskStatus::Cancelled)
        return {};
    if (old->status == TaskStatus::Done)
        return fail(QCoreApplication::translate("TaskRepository", "Task %1 is done; reopen it first.").arg(id.value));
    Task task = *old;
    task.status = TaskStatus::Cancelled;
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn, u"UPDATE tasks SET status = 'cancelled', updated_at = ? WHERE id = ?"_s,
            { Clock::nowSecs(), id.value });
        !q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"task"_s, id.value, AuditLog::Action::Update, toMap(*old), toMap(task)); !s)
        return s;
    return tx.commit();
}

std::optional<Task> TaskRepository::byId(TaskId id) const
{
    auto q = sql::exec(m_db.connection(), kSelect + u" WHERE t.id = ?"_s, { id.value });
    if (q && q->next())
        return readTask(*q);
    return std::nullopt;
}

QList<Task> TaskRepository::list(const TaskQuery &query) const
{
    QList<Task> result;
    QVariantList values;
    const QString clause = where(query, values);
    values << std::max(1, query.limit);
    auto q = sql::exec(m_db.connection(), kSelect + clause + u" ORDER BY t.due_on, t.id LIMIT ?"_s, values);
    if (!q)
        return result;
    while (q->next())
        result.append(readTask(*q));
    return result;
}

int TaskRepository::count(const TaskQuery &query) const
{
    TaskQuery all = query;
    all.afterDue = QDate();
    QVariantList values;
    const QString clause = where(all, values);
    auto v = sql::scalar(m_db.connection(), u"SELECT count(*) FROM tasks t"_s + clause, values);
    return v ? v->toInt() : 0;
}

OnTimeStats TaskRepository::onTime(
    QDate from, QDate to, UserId owner, std::optional<TaskSource> source, QDate asOf) const
{
    OnTimeStats stats;
    const QString today = (asOf.isValid() ? asOf : RegulationCalendar::today()).toString(Qt::ISODate);
    QVariantList values { today, today, from.toString(Qt::ISODate), to.toString(Qt::ISODate) };
    QString statement = u"SELECT count(*), "
                        "count(*) FILTER (WHERE status = 'done' AND done_on <= due_on), "
                        "count(*) FILTER (WHERE status = 'done' AND done_on > due_on), "
                        "count(*) FILTER (WHERE status = 'open' AND due_on < ?), "
                        "count(*) FILTER (WHERE status = 'open' AND due_on >= ?) "
                        "FROM tasks WHERE status <> 'cancelled' AND due_on >= ? AND due_on <= ?"_s;
    if (owner.isValid()) {
        statement += u" AND owner_id = ?"_s;
        values << owner.value;
    }
    if (source) {
        statement += u" AND source = ?"_s;
        values << taskSourceKey(*source);
    }
    auto q = sql::exec(m_db.connection(), statement, values);
    if (!q || !q->next())
        return stats;
    stats.due = q->value(0).toInt();
    stats.onTime = q->value(1).toInt();
    stats.doneLate = q->value(2).toInt();
    stats.overdue = q->value(3).toInt();
    stats.pending = q->value(4).toInt();
    return stats;
}

} // namespace rapport
