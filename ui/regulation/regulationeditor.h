#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace rapport {

class AppSession;
class ObligationRulesPage;
class TasksPage;
class WorkflowTemplatesPage;

// The service regulation in one window (seeds 000 and 001): obligation
// rules per client with the "Service standard" preset, workflow templates,
// and the tasks they make with done / on time / late.
class RegulationEditor : public QDialog
{
    Q_OBJECT

public:
    enum Tab { ObligationsTab, WorkflowsTab, TasksTab };

    explicit RegulationEditor(AppSession *session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ObligationRulesPage *obligations() const { return m_obligations; }
    WorkflowTemplatesPage *workflows() const { return m_workflows; }
    TasksPage *tasks() const { return m_tasks; }

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
    QPushButton *m_close;
};

} // namespace rapport
