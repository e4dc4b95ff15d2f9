#pragma once

#include "planning/task.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace rapport {

class AppSession;
class TaskTableModel;

// One run of a workflow template: its progress (steps done out of all, steps
// late, the next open step) and its tasks with their owners, due dates and
// states; Mark done… and Reopen as on the Tasks tab.
class WorkflowRunDialog : public QDialog
{
    Q_OBJECT

public:
    WorkflowRunDialog(AppSession *session, WorkflowRunId run, QWidget *parent = nullptr);

    WorkflowRunId runId() const { return m_run; }
    TaskTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void reload();
    // Asks, then marks the current task done today / reopens it.
    void markDone();
    void reopen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHeader();
    void updateButtons();

    AppSession *m_session;
    WorkflowRunId m_run;
    TaskTableModel *m_model;
    QLabel *m_heading;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_done;
    QPushButton *m_reopen;
    QPushButton *m_close;
};

} // namespace rapport
