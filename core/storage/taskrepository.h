#pragma once

#include "database.h"
#include "planning/task.h"

#include <QList>

#include <optional>

namespace rapport {

// Filters and a keyset page for task lists ("my tasks", a client's tasks,
// a review's action items): ordered by (due_on, id), rows strictly after
// (afterDue, afterId).
struct TaskQuery
{
    UserId owner; // invalid: anyone
    ClientId client;
    ReviewId review;
    WorkflowRunId workflowRun;
    TicketId ticket;
    ObligationRuleId obligationRule;
    std::optional<TaskSource> source;
    std::optional<TaskStatus> status; // open, done or cancelled; unset: any
    bool overdue = false; // open and due before asOf
    QDate dueBefore; // due on or before this date
    QDate dueFrom; // due on or after this date
    QDate asOf; // "today" for overdue; invalid: today
    QDate afterDue;
    qint64 afterId = 0;
    int limit = 200;
};

// Tasks: one owner and one due date each. Done on time when done on or
// before the due date. Every change is audited; a task done late, and the
// completion of a review's action item, go to the client's timeline.
class TaskRepository
{
public:
    explicit TaskRepository(const Database &db)
        : m_db(db)
    {
    }

    // Validates (title, owner who is an active staff member, due date) and
    // inserts. The source fields are kept as given (other repositories add
    // their tasks through here).
    Result<Task> add(const Task &task);
    // Title, owner, due date and notes.
    Status update(const Task &task);
    // Marks the task done on `doneOn` (invalid: today); a done task stays done
    // and keeps its first completion date. Cancelled tasks cannot be done.
    Status complete(TaskId id, QDate doneOn = {});
    Status reopen(TaskId id);
    Status cancel(TaskId id);

    std::optional<Task> byId(TaskId id) const;
    QList<Task> list(const TaskQuery &query) const;
    int count(const TaskQuery &query) const;

    // On-time figures of the tasks due in [from, to] (see OnTimeStats);
    // open tasks due before asOf (invalid: today) count as late.
    OnTimeStats onTime(
        QDate from, QDate to, UserId owner = {}, std::optional<TaskSource> source = {}, QDate asOf = {}) const;

private:
    Database m_db;
};

} // namespace rapport
