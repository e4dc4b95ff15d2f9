#pragma once

#include "domain/ticket.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace rapport {

class AppSession;
class CategoryCombo;
class DeadlineEdit;
class FieldErrorLabel;
class TicketConversation;
class TicketFeedbackPanel;
class TicketFormalPanel;
class TicketRepository;
class TicketSlaPanel;
class TicketTimePanel;

// One ticket: who asked and what, its status with the workflow's buttons,
// owner and assignee, category and agreed deadline, the conversation with a compose box (reply to the
// client, internal note, logged call), the SLA clock explained, the formal
// statement and its confirmation, time entries and feedback. Not modal, so
// several tickets can be open beside the list.
class TicketDialog : public QDialog
{
    Q_OBJECT

public:
    // What to do when a change is refused because another desk changed the
    // ticket after this dialog showed it (team mode).
    enum class ConflictChoice { ApplyMine, Reload };
    // `message` says who changed it and when; `comparison` lists the fields
    // as this dialog showed them and as they are now.
    using ConflictPrompt =
        std::function<ConflictChoice(QWidget *parent, const QString &message, const QStringList &comparison)>;

    TicketDialog(AppSession *session, TicketId id, QWidget *parent = nullptr);
    ~TicketDialog() override;

    // Shows the ticket (raises its dialog when it is already open).
    static TicketDialog *showTicket(AppSession *session, TicketId id, QWidget *parent);

    TicketId ticketId() const { return m_id; }
    const Ticket &ticket() const { return m_ticket; }
    // Re-reads the ticket, its events and time entries.
    void reload();
    // Tests answer the conflict prompt without a modal box.
    void setConflictPrompt(ConflictPrompt prompt) { m_conflictPrompt = std::move(prompt); }
    static ConflictChoice askAboutConflict(QWidget *parent, const QString &message, const QStringList &comparison);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum Action { StartWork, Wait, Resolve, Close, Reopen, Cancel, ActionCount };

    void retranslateUi();
    void renderHeader();
    void updateButtons();
    void fillUsers();
    void changeStatus(Action action);
    void send(const QString &kind);
    // Store the category or the deadline when it differs from the ticket's;
    // a refusal is shown under the field, which keeps what was typed.
    void saveCategory();
    void saveDeadline();
    // A change of the ticket's fields or status, made against the version
    // this dialog shows: when another desk changed the ticket meanwhile, the
    // conflict prompt offers to apply this change over theirs or to reload.
    // A refusal is shown under `fieldError` when given (keeping what was
    // typed), else above the conversation.
    void change(const std::function<Status(TicketRepository &)> &write, FieldErrorLabel *fieldError = nullptr);
    // After a write: show the refusal, or reload and tell the other views.
    void apply(const Status &status);

    AppSession *m_session;
    TicketId m_id;
    Ticket m_ticket;
    QString m_contactText;
    bool m_loaded = false;
    bool m_notifying = false;
    QLabel *m_subject;
    QLabel *m_meta;
    QLabel *m_status;
    QLabel *m_priorityLabel;
    QComboBox *m_priority;
    QLabel *m_ownerLabel;
    QComboBox *m_owner;
    QLabel *m_assigneeLabel;
    QComboBox *m_assignee;
    QLabel *m_categoryLabel;
    CategoryCombo *m_category;
    FieldErrorLabel *m_categoryError;
    QLabel *m_deadlineLabel;
    DeadlineEdit *m_deadline;
    FieldErrorLabel *m_deadlineError;
    QPushButton *m_actions[ActionCount];
    QLabel *m_message;
    QLabel *m_hint;
    TicketConversation *m_conversation;
    QPlainTextEdit *m_compose;
    QPushButton *m_reply;
    QPushButton *m_note;
    QPushButton *m_logCall;
    TicketSlaPanel *m_sla;
    QTabWidget *m_tabs;
    TicketFormalPanel *m_formal;
    TicketTimePanel *m_time;
    TicketFeedbackPanel *m_feedback;
    QTimer *m_slaTimer;
    ConflictPrompt m_conflictPrompt;
};

} // namespace rapport
