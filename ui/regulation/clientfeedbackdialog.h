#pragma once

#include "planning/clientfeedback.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace rapport {

class AppSession;
class FieldMessage;

// Records a complaint, thanks or remark from a client (kind, channel, date
// received, what they said), or — given a stored one — what was done about
// it. Messages appear next to the field at fault.
class ClientFeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    // A new feedback of `client`.
    ClientFeedbackDialog(AppSession *session, ClientId client, QWidget *parent = nullptr);
    // The handling of a stored feedback.
    ClientFeedbackDialog(AppSession *session, const ClientFeedback &feedback, QWidget *parent = nullptr);

    bool isHandling() const { return m_feedback.id.isValid(); }
    bool save();

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();

    AppSession *m_session;
    ClientFeedback m_feedback;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_receivedLabel = nullptr;
    QDateEdit *m_received = nullptr;
    FieldMessage *m_receivedMessage = nullptr;
    QLabel *m_quote = nullptr;
    QLabel *m_textLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    FieldMessage *m_textMessage = nullptr;
    FieldMessage *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rapport
