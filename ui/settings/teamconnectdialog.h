#pragma once

#include "storage/serveraddress.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rapport {

class AppSession;

// File → Connect to Team Database…: the PostgreSQL server of the team (host,
// port, database, login, TLS mode). What was entered is remembered in the
// settings, never the password: that comes from libpq's usual places
// (PGPASSWORD, ~/.pgpass) or from this dialog, and stays in memory.
// A connection that fails keeps the dialog open with the server's answer.
class TeamConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamConnectDialog(AppSession *session, QWidget *parent = nullptr);

    // Fills the fields (e.g. from Open Recent when the server asked for a password).
    void setAddress(const ServerAddress &address);
    // The address the fields describe (with the password typed, if any).
    ServerAddress address() const;
    // Empty when the fields make a complete address, else what is missing.
    QString validationError() const;

    // Connects; on success remembers the fields and accepts. False with the
    // reason shown (and the dialog left open) otherwise.
    bool connectToServer();

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *tlsCombo() const { return m_tls; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *connectButton() const;

    // The settings keys (group "team") the fields are remembered under.
    static QStringList rememberedKeys();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void restoreRemembered();
    void remember() const;

    AppSession *m_session;
    QLabel *m_intro;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_databaseLabel;
    QLineEdit *m_database;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_tlsLabel;
    QComboBox *m_tls;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_passwordHint;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_failed = false;
};

} // namespace rapport
