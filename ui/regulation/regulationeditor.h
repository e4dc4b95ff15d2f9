#pragma once

#include "planning/task.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace rapport {

class AppSession;
class ObligationRulesPage;
class TasksPage;
class WorkflowRunsPage;
class WorkflowTemplatesPage;

// The service regulation in one window (seeds 000 and 001): obligation
// rules per client with the "Service standard" preset, workflow templates,
// the tasks they make with done / on time / late, and the runs of applied
// workflows. Ctrl+Shift+W applies a workflow to a client.
class RegulationEditor : public QDialog
{
    Q_OBJECT

public:
    enum Tab { ObligationsTab, WorkflowsTab, TasksTab, RunsTab };

    explicit RegulationEditor(AppSession *session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ObligationRulesPage *obligations() const { return m_obligations; }
    WorkflowTemplatesPage *workflows() const { return m_workflows; }
    TasksPage *tasks() const { return m_tasks; }
    WorkflowRunsPage *runs() const { return m_runs; }
    // Opens the apply dialog with `workflow` preselected (invalid: the
    // first template); once applied, the Workflow runs tab shows the run.
    void applyWorkflow(WorkflowTemplateId workflow = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    ObligationRulesPage *m_obligations;
    WorkflowTemplatesPage *m_workflows;
    TasksPage *m_tasks;
    WorkflowRunsPage *m_runs;
    QPushButton *m_close;
};

} // namespace rapport
