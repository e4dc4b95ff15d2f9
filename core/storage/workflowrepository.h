#pragma once

#include "database.h"
#include "planning/workflowtemplate.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

namespace rapport {

// One application of a template to a client (and maybe a ticket), with its
// progress: the tasks made from the steps, done out of all, and how many are
// late as of today (done after their due date, or open past it).
struct WorkflowRun
{
    WorkflowRunId id;
    WorkflowTemplateId templateId;
    QString templateName;
    ClientId clientId;
    QString clientName;
    TicketId ticketId;
    QString ticketSubject; // empty without a ticket
    QDate startedOn;
    int total = 0; // tasks not cancelled
    int done = 0;
    int overdue = 0; // open past the due date
    int doneLate = 0; // done after the due date
    QString nextStepTitle; // the open task due first; empty when none is open
    QDate nextStepDue;
    QList<Task> tasks; // filled by run(), empty in runs()

    // done × 100 / total, rounded down; 0 with no tasks.
    int percent() const { return total > 0 ? done * 100 / total : 0; }
    int late() const { return doneLate + overdue; }
    // Every step done or cancelled.
    bool finished() const { return done >= total; }
};

// Workflow templates (editable, four built in — seed 001) and their
// application. Applying a template makes one task per step, due the step's
// offset in working days after the start on the client's regulation
// calendar, owned by the person holding the step's role for that client:
// account manager and sales owner from the card, the ticket's assignee for a
// specialist step, the first active team lead or quality controller; a role
// nobody holds falls to the account manager. Audited.
class WorkflowRepository
{
public:
    explicit WorkflowRepository(const Database &db)
        : m_db(db)
    {
    }

    // Stores the built-in templates that are missing (by key); idempotent,
    // an edited or archived built-in template is left as it is.
    Status ensureBuiltins();

    // Templates by name, built-in ones seeded first if missing.
    QList<WorkflowTemplate> templates(bool includeArchived = false);
    std::optional<WorkflowTemplate> byId(WorkflowTemplateId id) const;
    // Inserts (invalid id) or updates the template and replaces its steps
    // (tasks made from a removed step keep their title and date).
    Result<WorkflowTemplate> save(const WorkflowTemplate &workflow);
    Status archive(WorkflowTemplateId id);

    // `start` invalid: today. `owners` overrides who takes a role's steps.
    Result<WorkflowRun> apply(WorkflowTemplateId id, ClientId client, TicketId ticket = {}, QDate start = {},
        const QMap<Role, UserId> &owners = {});
    // The tasks apply() would make with the same arguments, one per step in
    // order (no id yet; owner name and email filled), and the same refusals;
    // writes nothing.
    Result<QList<Task>> preview(WorkflowTemplateId id, ClientId client, TicketId ticket = {}, QDate start = {},
        const QMap<Role, UserId> &owners = {}) const;

    std::optional<WorkflowRun> run(WorkflowRunId id) const;
    // Newest first; invalid ids: any. `beforeId` > 0: only runs older than
    // that one (the next keyset page).
    QList<WorkflowRun> runs(ClientId client = {}, TicketId ticket = {}, int limit = 200, qint64 beforeId = 0) const;

private:
    // What applying a template makes: the checked template, the start day and
    // one unsaved task per step. apply() stores it, preview() shows it.
    struct Plan
    {
        WorkflowTemplate workflow;
        QDate start;
        QList<Task> tasks;
    };
    Result<Plan> plan(
        WorkflowTemplateId id, ClientId client, TicketId ticket, QDate start, const QMap<Role, UserId> &owners) const;
    // Shipped templates are product data, not a user's change: seeded unaudited.
    Result<WorkflowTemplate> store(const WorkflowTemplate &workflow, bool audited);
    Result<UserId> ownerFor(Role role, ClientId client, TicketId ticket, const QMap<Role, UserId> &owners) const;

    Database m_db;
};

} // namespace rapport
