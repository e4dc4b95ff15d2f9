#pragma once

#include "domain/ids.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;

namespace rapport {

class AppSession;
class CategoryCombo;
class DeadlineEdit;

// Records a client's request while the client is still on the phone: the
// client by type-ahead, the contact, the channel (phone by default), subject,
// description and priority, and if known already the category and the
// deadline agreed with the client. Enter (Ctrl+Enter in the description)
// creates.
// Every request is recorded whatever its channel (seed 002).
class NewTicketDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewTicketDialog(AppSession *session, QWidget *parent = nullptr);

    // Opens the dialog without blocking (raises the one already open).
    static NewTicketDialog *showNew(AppSession *session, QWidget *parent);

    void setClient(ClientId id, const QString &name);
    ClientId clientId() const { return m_clientId; }

    void accept() override;

Q_SIGNALS:
    void created(TicketId id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void suggestClients(const QString &text);
    bool resolveClient();
    void loadContacts();
    void showError(QLabel *label, const QString &message);

    AppSession *m_session;
    ClientId m_clientId;
    UserId m_accountManager;
    QHash<QString, qint64> m_suggested; // completion text → client id
    QLabel *m_intro;
    QLabel *m_clientLabel;
    QLineEdit *m_client;
    QLabel *m_clientError;
    QCompleter *m_completer;
    QStandardItemModel *m_suggestions;
    QLabel *m_contactLabel;
    QComboBox *m_contact;
    QLabel *m_channelLabel;
    QComboBox *m_channel;
    QLabel *m_priorityLabel;
    QComboBox *m_priority;
    QLabel *m_subjectLabel;
    QLineEdit *m_subject;
    QLabel *m_subjectError;
    QLabel *m_descriptionLabel;
    QPlainTextEdit *m_description;
    QLabel *m_categoryLabel;
    CategoryCombo *m_category;
    QLabel *m_categoryError;
    QLabel *m_deadlineLabel;
    DeadlineEdit *m_deadline;
    QLabel *m_deadlineError;
    QLabel *m_error;
    QPushButton *m_create;
    QPushButton *m_cancel;
};

} // namespace rapport
