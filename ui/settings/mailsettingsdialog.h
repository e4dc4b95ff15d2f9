#pragma once

#include "storage/mailsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace rapport {

class AppSession;

// Settings → Mail → Configure: how the outbox delivers (DESIGN "Automation").
// SMTP (host, port, security, login, sender) or .eml files in a folder. The
// password goes to the OS keychain (MailPassword), never into the settings;
// without a keychain it is kept in memory until Rapport closes, and the
// dialog says so. Save validates through MailSettings and shows its message
// beside the buttons; "Send test message" mails the sender address.
class MailSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MailSettingsDialog(AppSession *session, QWidget *parent = nullptr);

    // The configuration the fields describe (the password is not part of it).
    MailConfig config() const;
    QString typedPassword() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void updateMode();
    void updatePasswordHint();
    void showStatus(const QString &text, bool error);
    bool save();
    void sendTest();

    AppSession *m_session;
    QRadioButton *m_smtpMode;
    QRadioButton *m_emlMode;
    QStackedWidget *m_pages;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_securityLabel;
    QComboBox *m_security;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_passwordHint;
    QLabel *m_caFileLabel;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_folderBrowse;
    QLabel *m_fromLabel;
    QLineEdit *m_from;
    QLabel *m_fromNameLabel;
    QLineEdit *m_fromName;
    QPushButton *m_test;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
