#include "teamconnectdialog.h"

#include "appsession.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// libpq's sslmode values, in the order offered.
const QStringList kTlsModes{u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s, u"disable"_s};

} // namespace

TeamConnectDialog::TeamConnectDialog(AppSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_databaseLabel(new QLabel(this))
    , m_database(new QLineEdit(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_tlsLabel(new QLabel(this))
    , m_tls(new QComboBox(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_passwordHint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"teamConnectDialog"_s);
    m_host->setObjectName(u"teamHost"_s);
    m_port->setObjectName(u"teamPort"_s);
    m_database->setObjectName(u"teamDatabase"_s);
    m_user->setObjectName(u"teamUser"_s);
    m_tls->setObjectName(u"teamTls"_s);
    m_password->setObjectName(u"teamPassword"_s);
    m_message->setObjectName(u"teamMessage"_s);
    m_intro->setWordWrap(true);
    m_passwordHint->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passwordHint->setEnabled(false);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_password->setEchoMode(QLineEdit::Password);
    m_host->setMaxLength(255);
    m_database->setMaxLength(63);
    m_user->setMaxLength(63);
    for (int i = 0; i < kTlsModes.size(); ++i)
        m_tls->addItem(QString(), kTlsModes.at(i));
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_tlsLabel->setBuddy(m_tls);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_tlsLabel, m_tls);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_passwordHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamConnectDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamConnectDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamConnectDialog::reject);
    restoreRemembered();
    retranslateUi();
    updateState();
    (m_host->text().isEmpty() ? m_host : (m_user->text().isEmpty() ? m_user : m_password))->setFocus();
    resize(480, sizeHint().height());
}

QPushButton *TeamConnectDialog::connectButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList TeamConnectDialog::rememberedKeys()
{
    return {u"team/host"_s, u"team/port"_s, u"team/database"_s, u"team/user"_s, u"team/sslmode"_s};
}

void TeamConnectDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    const int tls = m_tls->findData(address.sslMode.isEmpty() ? u"prefer"_s : address.sslMode);
    m_tls->setCurrentIndex(std::max(0, tls));
    m_password->setText(address.password);
    updateState();
}

ServerAddress TeamConnectDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.sslMode = m_tls->currentData().toString();
    a.password = m_password->text();
    return a;
}

QString TeamConnectDialog::validationError() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's host name, address or socket folder.");
    if (m_host->text().trimmed().contains(u' '))
        return tr("A host name has no spaces.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the name of the team database.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter your login (your email as the team lead created it).");
    return {};
}

void TeamConnectDialog::updateState()
{
    const QString error = validationError();
    connectButton()->setEnabled(error.isEmpty());
    if (!m_failed) {
        m_message->setStyleSheet(QString());
        m_message->setText(error);
    }
}

bool TeamConnectDialog::connectToServer()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        m_message->setText(error);
        return false;
    }
    const ServerAddress a = address();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Connecting to %1…").arg(a.display()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = m_session->openDatabase(a.uri(), a.password);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_failed = true;
        m_message->setStyleSheet(statusStyleSheet(StatusTone::Bad));
        m_message->setText(opened.error());
        // The server asked for a password: that is where to type it.
        if (opened.error().contains(u"password"_s, Qt::CaseInsensitive))
            m_password->setFocus();
        return false;
    }
    remember();
    accept();
    return true;
}

void TeamConnectDialog::restoreRemembered()
{
    QSettings settings;
    m_host->setText(settings.value(u"team/host"_s).toString());
    m_port->setValue(settings.value(u"team/port"_s, 5432).toInt());
    m_database->setText(settings.value(u"team/database"_s, u"rapport"_s).toString());
    m_user->setText(settings.value(u"team/user"_s).toString());
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(settings.value(u"team/sslmode"_s, u"prefer"_s))));
}

void TeamConnectDialog::remember() const
{
    const ServerAddress a = address();
    QSettings settings;
    settings.setValue(u"team/host"_s, a.host);
    settings.setValue(u"team/port"_s, a.port);
    settings.setValue(u"team/database"_s, a.database);
    settings.setValue(u"team/user"_s, a.user);
    settings.setValue(u"team/sslmode"_s, a.sslMode);
}

void TeamConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TeamConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to Team Database"));
    m_intro->setText(tr("The team works in one PostgreSQL database. Your login and its rights are set up by the "
                        "team lead (rapport-cli team add-user)."));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("db.example.kz"));
    m_portLabel->setText(tr("&Port:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&Login:"));
    m_user->setPlaceholderText(tr("name@example.kz"));
    m_tlsLabel->setText(tr("&Encryption:"));
    m_tls->setItemText(0, tr("TLS if the server offers it"));
    m_tls->setItemText(1, tr("TLS required"));
    m_tls->setItemText(2, tr("TLS, server certificate checked"));
    m_tls->setItemText(3, tr("TLS, certificate and host name checked"));
    m_tls->setItemText(4, tr("No encryption"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_passwordHint->setText(tr("Leave empty to use PGPASSWORD or ~/.pgpass. The password is never saved."));
    connectButton()->setText(tr("&Connect"));
    updateState();
}

} // namespace rapport
