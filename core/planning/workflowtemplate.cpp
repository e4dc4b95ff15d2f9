#include "workflowtemplate.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

WorkflowStep step(const char *title, Role role, int offsetDays)
{
    WorkflowStep s;
    s.title = QCoreApplication::translate("WorkflowTemplate", title);
    s.ownerRole = role;
    s.offsetDays = offsetDays;
    return s;
}

WorkflowTemplate make(const QString &key, const char *name, const char *description, QList<WorkflowStep> steps)
{
    WorkflowTemplate t;
    t.key = key;
    t.name = QCoreApplication::translate("WorkflowTemplate", name);
    t.description = QCoreApplication::translate("WorkflowTemplate", description);
    t.builtin = true;
    for (int i = 0; i < steps.size(); ++i)
        steps[i].position = i + 1;
    t.steps = std::move(steps);
    return t;
}

} // namespace

Status WorkflowTemplate::validate(const WorkflowTemplate &workflow)
{
    if (workflow.name.trimmed().isEmpty())
        return fail(QCoreApplication::translate("WorkflowTemplate", "A workflow template needs a name."));
    if (workflow.steps.isEmpty())
        return fail(QCoreApplication::translate("WorkflowTemplate", "A workflow template needs at least one step."));
    for (qsizetype i = 0; i < workflow.steps.size(); ++i) {
        const WorkflowStep &s = workflow.steps.at(i);
        if (s.title.trimmed().isEmpty())
            return fail(QCoreApplication::translate("WorkflowTemplate", "Step %1 needs a title.").arg(i + 1));
        if (s.offsetDays < 0 || s.offsetDays > 250)
            return fail(QCoreApplication::translate(
                "WorkflowTemplate", "Step %1 is due 0 to 250 working days after the start, not %2.")
                            .arg(i + 1)
                            .arg(s.offsetDays));
    }
    return {};
}

// Seed 001: new requests, project kickoff, ongoing work and completion, each
// step owned by one role with a due offset in working days from the start.
QList<WorkflowTemplate> WorkflowTemplate::builtins()
{
    return {
        make(u"intake"_s, QT_TRANSLATE_NOOP("WorkflowTemplate", "Intake of a new request"),
            QT_TRANSLATE_NOOP(
                "WorkflowTemplate", "Record the request, formalize it and get the client's confirmation."),
            { step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Record the request with its channel and priority"),
                  Role::AccountManager, 0),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Formalize the task statement"), Role::AccountManager, 1),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Get the client's confirmation"), Role::AccountManager, 1),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Assign a specialist and agree the deadline"),
                    Role::TeamLead, 2) }),
        make(u"kickoff"_s, QT_TRANSLATE_NOOP("WorkflowTemplate", "Project kickoff"),
            QT_TRANSLATE_NOOP("WorkflowTemplate", "Start a project: team, plan, access and the first meeting."),
            { step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Hand over the client card and special conditions"),
                  Role::Sales, 0),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Hold the kickoff meeting with the client"),
                    Role::AccountManager, 3),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Agree the work plan and deadlines"), Role::AccountManager,
                    5),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Get access to the client's systems and documents"),
                    Role::Specialist, 5),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Check the handoff and the plan"), Role::QualityControl,
                    7) }),
        make(u"ongoing"_s, QT_TRANSLATE_NOOP("WorkflowTemplate", "Ongoing work"),
            QT_TRANSLATE_NOOP("WorkflowTemplate", "A month of ongoing service: work, status and hours."),
            { step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Review open requests and their deadlines"),
                  Role::AccountManager, 0),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Send the client a status update"), Role::AccountManager, 5),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Log the hours worked"), Role::Specialist, 10),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Check the subscription hours used"), Role::TeamLead, 15) }),
        make(u"completion"_s, QT_TRANSLATE_NOOP("WorkflowTemplate", "Completion"),
            QT_TRANSLATE_NOOP("WorkflowTemplate", "Finish the work: results, documents and the client's feedback."),
            { step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Deliver the result to the client"), Role::Specialist, 0),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Get the client's acceptance"), Role::AccountManager, 2),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Issue the closing documents"), Role::AccountManager, 3),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Ask for feedback: liked or not liked"),
                    Role::AccountManager, 3),
                step(QT_TRANSLATE_NOOP("WorkflowTemplate", "Check the quality of the completed work"),
                    Role::QualityControl, 5) }),
    };
}

} // namespace rapport
