#pragma once

#include "billing/dunning.h"
#include "domain/ids.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rapport {

class AppSession;
class FieldErrorLabel;

// Marks a client's debt notice or formal claim as sent by the team itself
// (DESIGN "Dunning", seed 002: they are sent): when its message was
// cancelled, or no rule's conditions match the client, the ladder would wait
// for a message that never goes out. The day it was handed over (not in the
// future, not before the step) and how are recorded; the suspension (or
// block) then counts from that day, and a message still queued is cancelled.
class DunningSentDialog : public QDialog
{
    Q_OBJECT

public:
    DunningSentDialog(AppSession *session, ClientId client, const QString &clientName, DunningStep step,
        QDate decidedOn, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const;

    // Validates and records; false (with the message shown) when refused.
    bool record();

Q_SIGNALS:
    void recorded(ClientId client);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppSession *m_session;
    ClientId m_client;
    QString m_clientName;
    DunningStep m_step;
    QDate m_decidedOn;
    QLabel *m_intro;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    FieldErrorLabel *m_noteError;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
