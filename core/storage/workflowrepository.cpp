#include "workflowrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "regulationcalendar.h"
#include "sql.h"
#include "taskrepository.h"
#include "transaction.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QVariantMap toMap(const WorkflowTemplate &t)
{
    QStringList steps;
    for (const WorkflowStep &s : t.steps)
        steps << u"%1 (%2, +%3)"_s.arg(s.title, roleKey(s.ownerRole)).arg(s.offsetDays);
    return { { u"key"_s, t.key }, { u"name"_s, t.name }, { u"description"_s, t.description },
        { u"archived"_s, t.archived }, { u"steps"_s, steps.join(u"; "_s) } };
}

// The next open step is the open task due first (by due date, then id).
const QString kRunSelect
    = u"SELECT w.id, w.template_id, t.name, w.client_id, c.legal_name, w.ticket_id, w.started_on, "
      "(SELECT count(*) FROM tasks k WHERE k.workflow_run_id = w.id AND k.status <> 'cancelled'), "
      "(SELECT count(*) FROM tasks k WHERE k.workflow_run_id = w.id AND k.status = 'done'), "
      "(SELECT count(*) FROM tasks k WHERE k.workflow_run_id = w.id AND k.status = 'open' AND k.due_on < ?), "
      "(SELECT count(*) FROM tasks k WHERE k.workflow_run_id = w.id AND k.status = 'done' AND k.done_on > k.due_on), "
      "(SELECT k.title FROM tasks k WHERE k.workflow_run_id = w.id AND k.status = 'open' "
      "ORDER BY k.due_on, k.id LIMIT 1), "
      "(SELECT k.due_on FROM tasks k WHERE k.workflow_run_id = w.id AND k.status = 'open' "
      "ORDER BY k.due_on, k.id LIMIT 1), "
      "s.subject "
      "FROM workflow_runs w JOIN workflow_templates t ON t.id = w.template_id JOIN clients c ON c.id = w.client_id "
      "LEFT JOIN tickets s ON s.id = w.ticket_id"_s;

WorkflowRun readRun(const QSqlQuery &q)
{
    WorkflowRun r;
    r.id = WorkflowRunId(q.value(0).toLongLong());
    r.templateId = WorkflowTemplateId(q.value(1).toLongLong());
    r.templateName = q.value(2).toString();
    r.clientId = ClientId(q.value(3).toLongLong());
    r.clientName = q.value(4).toString();
    r.ticketId = TicketId(q.value(5).toLongLong());
    r.startedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.total = q.value(7).toInt();
    r.done = q.value(8).toInt();
    r.overdue = q.value(9).toInt();
    r.doneLate = q.value(10).toInt();
    r.nextStepTitle = q.value(11).toString();
    if (!q.value(12).isNull())
        r.nextStepDue = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    r.ticketSubject = q.value(13).toString();
    return r;
}

} // namespace

Status WorkflowRepository::ensureBuiltins()
{
    const QSqlDatabase conn = m_db.connection();
    QSet<QString> present;
    auto q = sql::exec(conn, u"SELECT key FROM workflow_templates WHERE key IS NOT NULL"_s);
    if (!q)
        return fail(q.error());
    while (q->next())
        present.insert(q->value(0).toString());
    const QList<WorkflowTemplate> builtins = WorkflowTemplate::builtins();
    bool missing = false;
    for (const WorkflowTemplate &t : builtins)
        missing = missing || !present.contains(t.key);
    if (!missing)
        return {};
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    for (const WorkflowTemplate &t : builtins) {
        // Checked again inside the write transaction: another process may have seeded meanwhile.
        auto exists = sql::scalar(conn, u"SELECT count(*) FROM workflow_templates WHERE key = ?"_s, { t.key });
        if (!exists)
            return fail(exists.error());
        if (exists->toInt() > 0)
            continue;
        if (auto saved = store(t, false); !saved)
            return fail(saved.error());
    }
    return tx.commit();
}

QList<WorkflowTemplate> WorkflowRepository::templates(bool includeArchived)
{
    QList<WorkflowTemplate> result;
    if (!ensureBuiltins())
        return result;
    auto q = sql::exec(m_db.connection(),
        u"SELECT id FROM workflow_templates WHERE (? = 1 OR archived_at IS NULL) ORDER BY builtin DESC, id"_s,
        { includeArchived });
    if (!q)
        return result;
    QList<WorkflowTemplateId> ids;
    while (q->next())
        ids << WorkflowTemplateId(q->value(0).toLongLong());
    for (WorkflowTemplateId id : std::as_const(ids))
        if (auto t = byId(id))
            result << *t;
    return result;
}

std::optional<WorkflowTemplate> WorkflowRepository::byId(WorkflowTemplateId id) const
{
    const QSqlDatabase conn = m_db.connection();
    auto q = sql::exec(conn,
        u"SELECT id, key, name, description, builtin, archived_at FROM workflow_templates WHERE id = ?"_s,
        { id.value });
    if (!q || !q->next())
        return std::nullopt;
    WorkflowTemplate t;
    t.id = WorkflowTemplateId(q->value(0).toLongLong());
    t.key = q->value(1).toString();
    t.name = q->value(2).toString();
    t.description = q->value(3).toString();
    t.builtin = q->value(4).toBool();
    t.archived = !q->value(5).isNull();
    auto s = sql::exec(conn,
        u"SELECT id, position, title, owner_role, offset_days FROM workflow_steps WHERE template_id = ? "
        "ORDER BY position, id"_s,
        { id.value });
    if (!s)
        return std::nullopt;
    while (s->next()) {
        WorkflowStep step;
        step.id = WorkflowStepId(s->value(0).toLongLong());
        step.position = s->value(1).toInt();
        step.title = s->value(2).toString();
        step.ownerRole = roleFromKey(s->value(3).toString()).value_or(Role::AccountManager);
        step.offsetDays = s->value(4).toInt();
        t.steps << step;
    }
    return t;
}

Result<WorkflowTemplate> WorkflowRepository::save(const WorkflowTemplate &input)
{
    return store(input, true);
}

Result<WorkflowTemplate> WorkflowRepository::store(const WorkflowTemplate &input, bool audited)
{
    WorkflowTemplate t = input;
    t.name = t.name.trimmed();
    t.description = t.description.trimmed();
    for (WorkflowStep &s : t.steps)
        s.title = s.title.trimmed();
    if (Status s = WorkflowTemplate::validate(t); !s)
        return fail(s.error());
    std::optional<WorkflowTemplate> old;
    if (t.id.isValid()) {
        old = byId(t.id);
        if (!old)
            return fail(
                QCoreApplication::translate("WorkflowRepository", "No workflow template with id %1.").arg(t.id.value));
        t.key = old->key;
        t.builtin = old->builtin;
        t.archived = old->archived;
    }
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = Clock::nowSecs();
    if (old) {
        if (auto q = sql::exec(conn,
                u"UPDATE workflow_templates SET name = ?, description = coalesce(?, ''), updated_at = ? WHERE id = ?"_s,
                { t.name, t.description, now, t.id.value });
            !q)
            return fail(q.error());
    } else {
        auto q = sql::exec(conn,
            u"INSERT INTO workflow_templates (key, name, description, builtin, created_at, updated_at) "
            "VALUES (?, ?, coalesce(?, ''), ?, ?, ?)"_s,
            { sql::nullIfEmpty(t.key), t.name, t.description, t.builtin, now, now });
        if (!q)
            return fail(q.error());
        t.id = WorkflowTemplateId(q->lastInsertId().toLongLong());
    }
    // Steps: kept ones are updated in place, new ones inserted, removed ones
    // deleted after their tasks let go of them.
    QSet<qint64> kept;
    for (int i = 0; i < t.steps.size(); ++i) {
        WorkflowStep &s = t.steps[i];
        s.position = i + 1;
        const bool known = old && s.id.isValid()
            && std::any_of(old->steps.cbegin(), old->steps.cend(), [&](const WorkflowStep &o) { return o.id == s.id; });
        if (known) {
            if (auto q = sql::exec(conn,
                    u"UPDATE workflow_steps SET position = ?, title = ?, owner_role = ?, offset_days = ? "
                    "WHERE id = ?"_s,
                    { s.position, s.title, roleKey(s.ownerRole), s.offsetDays, s.id.value });
                !q)
                return fail(q.error());
        } else {
            auto q = sql::exec(conn,
                u"INSERT INTO workflow_steps (template_id, position, title, owner_role, offset_days) "
                "VALUES (?, ?, ?, ?, ?)"_s,
                { t.id.value, s.position, s.title, roleKey(s.ownerRole), s.offsetDays });
            if (!q)
                return fail(q.error());
            s.id = WorkflowStepId(q->lastInsertId().toLongLong());
        }
        kept.insert(s.id.value);
    }
    if (old) {
        for (const WorkflowStep &o : std::as_const(old->steps)) {
            if (kept.contains(o.id.value))
                continue;
            if (auto q = sql::exec(
                    conn, u"UPDATE tasks SET workflow_step_id = NULL WHERE workflow_step_id = ?"_s, { o.id.value });
                !q)
                return fail(q.error());
            if (auto q = sql::exec(conn, u"DELETE FROM workflow_steps WHERE id = ?"_s, { o.id.value }); !q)
                return fail(q.error());
        }
    }
    if (Status s = audited
            ? AuditLog(m_db).record(u"workflow_template"_s, t.id.value,
                old ? AuditLog::Action::Update : AuditLog::Action::Create, old ? toMap(*old) : QVariantMap(), toMap(t))
            : Status();
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return t;
}

Status WorkflowRepository::archive(WorkflowTemplateId id)
{
    const auto old = byId(id);
    if (!old)
        return fail(
            QCoreApplication::translate("WorkflowRepository", "No workflow template with id %1.").arg(id.value));
    if (old->archived)
        return {};
    WorkflowTemplate t = *old;
    t.archived = true;
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = Clock::nowSecs();
    if (auto q = sql::exec(conn, u"UPDATE workflow_templates SET archived_at = ?, updated_at = ? WHERE id = ?"_s,
            { now, now, id.value });
        !q)
        return fail(q.error());
    if (Status s
        = AuditLog(m_db).record(u"workflow_template"_s, id.value, AuditLog::Action::Archive, toMap(*old), toMap(t));
        !s)
        return s;
    return tx.commit();
}

Result<UserId> WorkflowRepository::ownerFor(
    Role role, ClientId client, TicketId ticket, const QMap<Role, UserId> &owners) const
{
    if (const auto it = owners.constFind(role); it != owners.constEnd() && it->isValid())
        return *it;
    const QSqlDatabase conn = m_db.connection();
    QVariant found;
    switch (role) {
    case Role::AccountManager: break;
    case Role::Sales:
        if (auto v = sql::scalar(conn, u"SELECT sales_owner_id FROM clients WHERE id = ?"_s, { client.value }))
            found = *v;
        break;
    case Role::Specialist:
        if (ticket.isValid())
            if (auto v = sql::scalar(conn, u"SELECT assignee_id FROM tickets WHERE id = ?"_s, { ticket.value }))
                found = *v;
        break;
    case Role::TeamLead:
    case Role::QualityControl:
        if (auto q = sql::exec(
                conn, u"SELECT id FROM users WHERE role = ? AND active = 1 ORDER BY id LIMIT 1"_s, { roleKey(role) });
            q && q->next())
            found = q->value(0);
        break;
    }
    if (!found.isNull() && found.toLongLong() > 0)
        return UserId(found.toLongLong());
    if (auto v = sql::scalar(conn, u"SELECT account_manager_id FROM clients WHERE id = ?"_s, { client.value });
        v && !v->isNull() && v->toLongLong() > 0)
        return UserId(v->toLongLong());
    if (m_db.actor().isValid())
        return m_db.actor().id;
    return fail(QCoreApplication::translate(
        "WorkflowRepository", "Nobody takes the %1 steps: set the client's account manager.")
                    .arg(roleKey(role)));
}

Result<WorkflowRepository::Plan> WorkflowRepository::plan(
    WorkflowTemplateId id, ClientId client, TicketId ticket, QDate start, const QMap<Role, UserId> &owners) const
{
    const auto workflow = byId(id);
    if (!workflow)
        return fail(
            QCoreApplication::translate("WorkflowRepository", "No workflow template with id %1.").arg(id.value));
    if (workflow->archived)
        return fail(QCoreApplication::translate("WorkflowRepository", "Workflow template \"%1\" is archived.")
                        .arg(workflow->name));
    const QSqlDatabase conn = m_db.connection();
    auto exists = sql::scalar(conn, u"SELECT count(*) FROM clients WHERE id = ?"_s, { client.value });
    if (!exists)
        return fail(exists.error());
    if (exists->toInt() == 0)
        return fail(QCoreApplication::translate("WorkflowRepository", "No client with id %1.").arg(client.value));
    if (ticket.isValid()) {
        auto owner = sql::scalar(conn, u"SELECT client_id FROM tickets WHERE id = ?"_s, { ticket.value });
        if (!owner)
            return fail(owner.error());
        if (owner->isNull())
            return fail(QCoreApplication::translate("WorkflowRepository", "No ticket with id %1.").arg(ticket.value));
        if (owner->toLongLong() != client.value)
            return fail(QCoreApplication::translate("WorkflowRepository", "Ticket %1 belongs to another client.")
                            .arg(ticket.value));
    }
    Plan result;
    result.workflow = *workflow;
    result.start = start.isValid() ? start : RegulationCalendar::today();
    RegulationCalendar calendars(m_db);
    const BusinessCalendar calendar = calendars.forClient(client);
    const UserRepository users(m_db);
    for (const WorkflowStep &step : workflow->steps) {
        auto owner = ownerFor(step.ownerRole, client, ticket, owners);
        if (!owner)
            return fail(owner.error());
        // The task's owner must be active (TaskRepository::add); said here so a preview shows it.
        const auto person = users.byId(*owner);
        if (!person || !person->active)
            return fail(QCoreApplication::translate("WorkflowRepository",
                "Step \"%1\" would go to a staff member who is no longer active: update the client's card.")
                            .arg(step.title));
        QDate due = step.offsetDays > 0 ? calendar.addBusinessDays(result.start, step.offsetDays) : result.start;
        if (!due.isValid())
            due = result.start.addDays(step.offsetDays);
        Task task;
        task.title = step.title;
        task.clientId = client;
        task.ownerId = *owner;
        task.ownerName = person->name;
        task.ownerEmail = person->email;
        task.dueOn = due;
        task.source = ticket.isValid() ? TaskSource::Ticket : TaskSource::Workflow;
        task.workflowStepId = step.id;
        task.ticketId = ticket;
        result.tasks << task;
    }
    return result;
}

Result<QList<Task>> WorkflowRepository::preview(
    WorkflowTemplateId id, ClientId client, TicketId ticket, QDate start, const QMap<Role, UserId> &owners) const
{
    auto planned = plan(id, client, ticket, start, owners);
    if (!planned)
        return fail(planned.error());
    return planned->tasks;
}

Result<WorkflowRun> WorkflowRepository::apply(
    WorkflowTemplateId id, ClientId client, TicketId ticket, QDate start, const QMap<Role, UserId> &owners)
{
    auto planned = plan(id, client, ticket, start, owners);
    if (!planned)
        return fail(planned.error());
    const QString day = iso(planned->start);
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto q = sql::exec(conn,
        u"INSERT INTO workflow_runs (template_id, client_id, ticket_id, started_on, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        { id.value, client.value, sql::nullIfZero(ticket.value), day, sql::nullIfZero(m_db.actor().id.value),
            Clock::nowSecs() });
    if (!q)
        return fail(q.error());
    const WorkflowRunId runId(q->lastInsertId().toLongLong());
    if (Status s = AuditLog(m_db).record(u"workflow_run"_s, runId.value, AuditLog::Action::Create, {},
            { { u"template_id"_s, id.value }, { u"template"_s, planned->workflow.name },
                { u"client_id"_s, client.value }, { u"ticket_id"_s, ticket.value }, { u"started_on"_s, day } });
        !s)
        return fail(s.error());
    TaskRepository tasks(m_db);
    for (Task task : std::as_const(planned->tasks)) {
        task.workflowRunId = runId;
        if (auto added = tasks.add(task); !added)
            return fail(added.error());
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    auto created = run(runId);
    if (!created)
        return fail(QCoreApplication::translate("WorkflowRepository", "No workflow run with id %1.").arg(runId.value));
    return *created;
}

std::optional<WorkflowRun> WorkflowRepository::run(WorkflowRunId id) const
{
    auto q = sql::exec(
        m_db.connection(), kRunSelect + u" WHERE w.id = ?"_s, { iso(RegulationCalendar::today()), id.value });
    if (!q || !q->next())
        return std::nullopt;
    WorkflowRun r = readRun(*q);
    TaskQuery query;
    query.workflowRun = id;
    query.limit = 1000;
    r.tasks = TaskRepository(m_db).list(query);
    return r;
}

QList<WorkflowRun> WorkflowRepository::runs(ClientId client, TicketId ticket, int limit, qint64 beforeId) const
{
    QList<WorkflowRun> result;
    auto q = sql::exec(m_db.connection(),
        kRunSelect
            + u" WHERE (? = 0 OR w.client_id = ?) AND (? = 0 OR w.ticket_id = ?) AND (? = 0 OR w.id < ?) "
              "ORDER BY w.id DESC LIMIT ?"_s,
        { iso(RegulationCalendar::today()), client.value, client.value, ticket.value, ticket.value, beforeId, beforeId,
            std::max(1, limit) });
    if (!q)
        return result;
    while (q->next())
        result << readRun(*q);
    return result;
}

} // namespace rapport
