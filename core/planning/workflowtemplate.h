#pragma once

#include "task.h"

#include "domain/user.h"

#include <QList>
#include <QString>

namespace rapport {

// One step of a workflow: what is done, by which role, how many working
// days after the workflow starts.
struct WorkflowStep
{
    WorkflowStepId id;
    int position = 0;
    QString title;
    Role ownerRole = Role::AccountManager;
    int offsetDays = 0;
};

// An editable checklist of a standard process (seed 001: "define clear
// workflows for handling new requests, starting projects, managing ongoing
// tasks and completing work"). Applied to a client or a ticket, each step
// becomes a task with one owner and a due date.
struct WorkflowTemplate
{
    WorkflowTemplateId id;
    QString key; // "intake", "kickoff", "ongoing", "completion" for the built-in ones; else empty
    QString name;
    QString description;
    bool builtin = false;
    bool archived = false;
    QList<WorkflowStep> steps;

    // A name, at least one step, each with a title and an offset of 0–250 working days.
    static Status validate(const WorkflowTemplate &workflow);

    // The four built-in templates (translated names and steps).
    static QList<WorkflowTemplate> builtins();
};

} // namespace rapport
