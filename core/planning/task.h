#pragma once

#include "obligationrule.h"
#include "reviewschedule.h"

#include "domain/ids.h"
#include "domain/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rapport {

using TaskId = Id<struct TaskTag>;
using WorkflowTemplateId = Id<struct WorkflowTemplateTag>;
using WorkflowStepId = Id<struct WorkflowStepTag>;
using WorkflowRunId = Id<struct WorkflowRunTag>;

enum class TaskStatus { Open, Done, Cancelled };
// Where a task comes from: added by hand, an obligation's period, a workflow
// step, a review's remediation plan, or a ticket.
enum class TaskSource { Manual, Obligation, Workflow, Review, Ticket };

// Stable keys: "open", "done", "cancelled"; "manual", "obligation",
// "workflow", "review", "ticket".
QString taskStatusKey(TaskStatus status);
std::optional<TaskStatus> taskStatusFromKey(const QString &key);
QString taskSourceKey(TaskSource source);
std::optional<TaskSource> taskSourceFromKey(const QString &key);

// A piece of work with exactly one owner and one due date (seed 001: "assign
// every task to a specific person with a clear deadline").
struct Task
{
    TaskId id;
    QString title;
    ClientId clientId; // may be invalid for internal work
    QString clientName; // read-only, filled by queries
    UserId ownerId;
    QString ownerName; // read-only
    QString ownerEmail; // read-only
    QDate dueOn;
    TaskStatus status = TaskStatus::Open;
    QDate doneOn;
    qint64 doneAt = 0;
    TaskSource source = TaskSource::Manual;
    ObligationRuleId obligationRuleId;
    QString periodKey;
    WorkflowRunId workflowRunId;
    WorkflowStepId workflowStepId;
    ReviewId reviewId;
    TicketId ticketId;
    QString notes;
    qint64 createdAt = 0;

    bool isOpen() const { return status == TaskStatus::Open; }
    // Open and its due date has passed on `today`.
    bool isOverdue(QDate today) const { return isOpen() && dueOn.isValid() && dueOn < today; }
    // Done on or before its due date.
    bool isDoneOnTime() const { return status == TaskStatus::Done && doneOn.isValid() && doneOn <= dueOn; }
    bool isDoneLate() const { return status == TaskStatus::Done && doneOn.isValid() && doneOn > dueOn; }

    // A title, an owner and a due date.
    static Status validate(const Task &task);
};

// On-time figures of the tasks due in a period: done on or before the due
// date, done late, still open past the due date (late as well), and open
// and not yet due (not counted in the rate).
struct OnTimeStats
{
    int due = 0;
    int onTime = 0;
    int doneLate = 0;
    int overdue = 0;
    int pending = 0;

    int late() const { return doneLate + overdue; }
    // onTime / (onTime + late); empty when nothing is decided yet.
    std::optional<double> rate() const;
};

} // namespace rapport
