#pragma once

#include "billing/dunning.h"
#include "domain/ids.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rapport {

class AppSession;
class FieldErrorLabel;

// Records an exception that stops a client's dunning from escalating
// (DESIGN "Dunning"): a promise to pay by a date (escalation waits until
// then), a guarantee letter on file (a link to the document, optionally
// valid until a date) or a team lead's hold with a reason.
class DunningExceptionDialog : public QDialog
{
    Q_OBJECT

public:
    DunningExceptionDialog(AppSession *session, ClientId client, const QString &clientName, DunningPauseKind kind,
        QWidget *parent = nullptr);

    DunningPauseKind kind() const { return m_kind; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *untilCheck() const { return m_hasUntil; }
    QLineEdit *documentEdit() const { return m_document; }
    QPlainTextEdit *textEdit() const { return m_text; }
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
    void browse();

    AppSession *m_session;
    ClientId m_client;
    QString m_clientName;
    DunningPauseKind m_kind;
    QLabel *m_intro;
    QLabel *m_dateLabel;
    QCheckBox *m_hasUntil;
    QDateEdit *m_date;
    QLabel *m_documentLabel;
    QLineEdit *m_document;
    QPushButton *m_browse;
    FieldErrorLabel *m_documentError;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    FieldErrorLabel *m_textError;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
