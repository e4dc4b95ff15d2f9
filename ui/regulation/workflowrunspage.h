#pragma once

#include "planning/task.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rapport {

class AppSession;
class ApplyWorkflowDialog;
class WorkflowRunDialog;
class WorkflowRunModel;

// How the applied workflows go (seed 001: standard workflows followed to
// the end): each run with its template, client, ticket, start, steps done
// out of all, steps late and the next open step. Enter or a double click
// opens the run's tasks; Apply… starts a new run. In the Regulation editor
// it lists every client's runs, on the client card that client's.
class WorkflowRunsPage : public QWidget
{
    Q_OBJECT

public:
    // Every client's runs.
    explicit WorkflowRunsPage(AppSession *session, QWidget *parent = nullptr);
    // Adds a "Workflows" tab with the runs of `client` to the client card;
    // connect the card's saved(ClientId) to setClient().
    static WorkflowRunsPage *addTab(QTabWidget *tabs, AppSession *session, ClientId client);

    // Shows the runs of this client only (invalid: a card not saved yet, none).
    void setClient(ClientId client);
    WorkflowRunModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Opens the apply dialog (window-modal, deleted on close) for this page's
    // client, if any, with `workflow` preselected; nullptr for an unsaved card.
    ApplyWorkflowDialog *applyWorkflow(WorkflowTemplateId workflow = {});
    // Opens the tasks of the current run / of `run` (window-modal, deleted on close).
    WorkflowRunDialog *openCurrent();
    WorkflowRunDialog *openRun(WorkflowRunId run);

protected:
    void changeEvent(QEvent *event) override;

private:
    WorkflowRunsPage(AppSession *session, bool oneClient, ClientId client, QWidget *parent);
    void retranslateUi();
    void updateState();

    AppSession *m_session;
    QTabWidget *m_tabs = nullptr;
    bool m_oneClient;
    ClientId m_client;
    WorkflowRunModel *m_model;
    QLabel *m_summary;
    QPushButton *m_apply;
    QPushButton *m_open;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace rapport
