#pragma once

#include "planning/workflowtemplate.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace rapport {

class AppSession;
class ClientPageModel;
class FieldMessage;

// Applies a workflow template to a client, optionally for one of the
// client's open tickets, from a start date (seed 001: every step a task with
// one owner and a deadline). Before anything is written it lists the tasks
// the steps will become, with their owners and due dates, computed by
// WorkflowRepository::preview() — the same rules as the apply itself.
// Refusals (no owner for a role, an archived template…) show in the dialog.
class ApplyWorkflowDialog : public QDialog
{
    Q_OBJECT

public:
    enum PreviewColumn { StepColumn, RoleColumn, OwnerColumn, DueColumn, PreviewColumnCount };

    // `client` invalid: chosen in the dialog; `workflow` invalid: the first template.
    explicit ApplyWorkflowDialog(
        AppSession *session, ClientId client = {}, WorkflowTemplateId workflow = {}, QWidget *parent = nullptr);

    WorkflowTemplateId templateId() const;
    ClientId clientId() const;
    TicketId ticketId() const;
    QDate startDate() const;
    void setTemplate(WorkflowTemplateId id);
    void setClient(ClientId client);
    void setTicket(TicketId ticket);
    void setStartDate(QDate date);

    // The tasks the steps would become, as the preview shows them; empty
    // when the choice is refused (the reason is shown).
    const QList<Task> &preview() const { return m_preview; }
    // Applies the template; false with the reason shown in the dialog.
    bool apply();
    WorkflowRunId appliedRun() const { return m_applied; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void applied(WorkflowRunId run);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadTickets();
    void updatePreview();
    const WorkflowTemplate *currentTemplate() const;

    AppSession *m_session;
    ClientPageModel *m_clients;
    QList<WorkflowTemplate> m_templates;
    QList<Task> m_preview;
    WorkflowRunId m_applied;

    QLabel *m_templateLabel;
    QComboBox *m_template;
    QLabel *m_description;
    QLabel *m_clientLabel;
    QComboBox *m_client;
    QLabel *m_ticketLabel;
    QComboBox *m_ticket;
    QLabel *m_startLabel;
    QDateEdit *m_start;
    QLabel *m_previewLabel;
    QTableWidget *m_previewTable;
    QLabel *m_summary;
    FieldMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
