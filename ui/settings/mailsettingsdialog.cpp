#include "mailsettingsdialog.h"

#include "appsession.h"
#include "automation/mailpassword.h"
#include "automation/smtptransport.h"
#include "theme.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QList<SmtpSettings::Security> kSecurities { SmtpSettings::Security::StartTls, SmtpSettings::Security::Tls,
    SmtpSettings::Security::None };

// A line edit with a Browse… button beside it.
QWidget *withBrowse(QWidget *parent, QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

MailSettingsDialog::MailSettingsDialog(AppSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_smtpMode(new QRadioButton(this))
    , m_emlMode(new QRadioButton(this))
    , m_pages(new QStackedWidget(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_securityLabel(new QLabel(this))
    , m_security(new QComboBox(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_passwordHint(new QLabel(this))
    , m_caFileLabel(new QLabel(this))
    , m_caFile(new QLineEdit(this))
    , m_caBrowse(new QPushButton(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_folderBrowse(new QPushButton(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QLineEdit(this))
    , m_fromNameLabel(new QLabel(this))
    , m_fromName(new QLineEdit(this))
    , m_test(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"mailSettingsDialog"_s);
    m_smtpMode->setObjectName(u"mailModeSmtp"_s);
    m_emlMode->setObjectName(u"mailModeEml"_s);
    m_host->setObjectName(u"mailHost"_s);
    m_port->setObjectName(u"mailPort"_s);
    m_security->setObjectName(u"mailSecurity"_s);
    m_user->setObjectName(u"mailUser"_s);
    m_password->setObjectName(u"mailPassword"_s);
    m_passwordHint->setObjectName(u"mailPasswordHint"_s);
    m_caFile->setObjectName(u"mailCaFile"_s);
    m_folder->setObjectName(u"mailFolder"_s);
    m_from->setObjectName(u"mailFrom"_s);
    m_fromName->setObjectName(u"mailFromName"_s);
    m_test->setObjectName(u"mailSendTest"_s);
    m_status->setObjectName(u"mailStatus"_s);

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_smtpMode);
    modes->addButton(m_emlMode);
    m_port->setRange(1, 65535);
    for (int i = 0; i < kSecurities.size(); ++i)
        m_security->addItem(QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordHint->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->hide();
    for (QLabel *label : { m_hostLabel, m_portLabel, m_securityLabel, m_userLabel, m_passwordLabel, m_caFileLabel,
             m_folderLabel, m_fromLabel, m_fromNameLabel })
        label->setTextFormat(Qt::PlainText);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_securityLabel->setBuddy(m_security);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_caFileLabel->setBuddy(m_caFile);
    m_folderLabel->setBuddy(m_folder);
    m_fromLabel->setBuddy(m_from);
    m_fromNameLabel->setBuddy(m_fromName);

    auto *smtpPage = new QWidget(this);
    auto *smtpForm = new QFormLayout(smtpPage);
    smtpForm->setContentsMargins(0, 0, 0, 0);
    smtpForm->addRow(m_hostLabel, m_host);
    smtpForm->addRow(m_portLabel, m_port);
    smtpForm->addRow(m_securityLabel, m_security);
    smtpForm->addRow(m_userLabel, m_user);
    smtpForm->addRow(m_passwordLabel, m_password);
    smtpForm->addRow(QString(), m_passwordHint);
    smtpForm->addRow(m_caFileLabel, withBrowse(smtpPage, m_caFile, m_caBrowse));
    auto *emlPage = new QWidget(this);
    auto *emlForm = new QFormLayout(emlPage);
    emlForm->setContentsMargins(0, 0, 0, 0);
    emlForm->addRow(m_folderLabel, withBrowse(emlPage, m_folder, m_folderBrowse));
    m_pages->addWidget(smtpPage);
    m_pages->addWidget(emlPage);

    auto *sender = new QFormLayout;
    sender->addRow(m_fromLabel, m_from);
    sender->addRow(m_fromNameLabel, m_fromName);

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_smtpMode);
    modeRow->addWidget(m_emlMode);
    modeRow->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_test);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modeRow);
    layout->addWidget(m_pages);
    layout->addLayout(sender);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(bottom);

    connect(m_smtpMode, &QRadioButton::toggled, this, &MailSettingsDialog::updateMode);
    connect(m_security, &QComboBox::activated, this, [this](int index) {
        // The usual port follows the security unless the user chose another.
        const int usual[] = { 587, 465, 25 };
        if (m_port->value() == 587 || m_port->value() == 465 || m_port->value() == 25)
            m_port->setValue(usual[index]);
    });
    // The keychain is asked once a field is left, not on every key.
    connect(m_user, &QLineEdit::editingFinished, this, &MailSettingsDialog::updatePasswordHint);
    connect(m_host, &QLineEdit::editingFinished, this, &MailSettingsDialog::updatePasswordHint);
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
            tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(m_folderBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for .eml files"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_test, &QPushButton::clicked, this, &MailSettingsDialog::sendTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MailSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MailSettingsDialog::reject);

    retranslateUi();
    load();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void MailSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Mail"));
    m_smtpMode->setText(tr("Send through an SMTP server"));
    m_emlMode->setText(tr("Write .eml files to a folder"));
    m_emlMode->setToolTip(tr("For sending from your own mail client: each message becomes a file to open there."));
    m_hostLabel->setText(tr("Server:"));
    m_host->setPlaceholderText(tr("smtp.example.kz"));
    m_portLabel->setText(tr("Port:"));
    m_securityLabel->setText(tr("Security:"));
    const QStringList securities { tr("STARTTLS (port 587)"), tr("TLS from the start (port 465)"),
        tr("None (unencrypted)") };
    for (int i = 0; i < securities.size(); ++i)
        m_security->setItemText(i, securities.at(i));
    m_userLabel->setText(tr("Login:"));
    m_user->setPlaceholderText(tr("empty: the server needs no login"));
    m_passwordLabel->setText(tr("Password:"));
    m_caFileLabel->setText(tr("CA certificate:"));
    m_caFile->setPlaceholderText(tr("empty: the system's trusted certificates"));
    m_caBrowse->setText(tr("Browse…"));
    m_caBrowse->setAccessibleName(tr("Choose a CA certificate"));
    m_folderLabel->setText(tr("Folder:"));
    m_folderBrowse->setText(tr("Browse…"));
    m_folderBrowse->setAccessibleName(tr("Choose the folder for .eml files"));
    m_fromLabel->setText(tr("Sender address:"));
    m_fromNameLabel->setText(tr("Sender name:"));
    m_fromName->setPlaceholderText(tr("e.g. your company's name"));
    m_test->setText(tr("Send test message"));
    m_test->setToolTip(tr("Sends a short message to the sender address with these settings"));
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Save))
        save->setText(tr("Save"));
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Cancel"));
    updatePasswordHint();
}

void MailSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MailSettingsDialog::load()
{
    const MailConfig c = m_session->hasDatabase() ? MailSettings(m_session->database()).config() : MailConfig();
    (c.mode == MailConfig::Mode::Smtp ? m_smtpMode : m_emlMode)->setChecked(true);
    m_host->setText(c.smtp.host);
    m_port->setValue(c.smtp.port);
    m_security->setCurrentIndex(std::max(0, int(kSecurities.indexOf(c.smtp.security))));
    m_user->setText(c.smtp.user);
    m_caFile->setText(c.smtp.caFile);
    m_folder->setText(c.folder);
    m_from->setText(c.smtp.fromAddress);
    m_fromName->setText(c.smtp.fromName);
    updateMode();
    updatePasswordHint();
}

void MailSettingsDialog::updateMode()
{
    const bool smtp = m_smtpMode->isChecked();
    m_pages->setCurrentIndex(smtp ? 0 : 1);
    m_test->setEnabled(smtp);
}

void MailSettingsDialog::updatePasswordHint()
{
    const MailConfig c = config();
    if (c.smtp.user.isEmpty() || c.smtp.host.isEmpty()) {
        m_passwordHint->setText(QString());
        m_passwordHint->hide();
        m_password->setPlaceholderText(QString());
        return;
    }
    // Only the source is looked up, never shown: the field stays empty.
    const MailPassword::Lookup found = MailPassword::find(c.smtp);
    QString hint;
    switch (found.source) {
    case MailPassword::Source::Keychain:
        hint = tr("A password for this login is in the keychain. Type a new one to replace it.");
        break;
    case MailPassword::Source::Memory:
        hint = tr("The password is kept in memory until Rapport closes (no keychain).");
        break;
    case MailPassword::Source::Environment:
        hint = tr("RAPPORT_SMTP_PASSWORD is set: it is used instead of the keychain.");
        break;
    case MailPassword::Source::None:
        hint = found.error.isEmpty() ? tr("The password is kept in the keychain of your system, not in Rapport's settings.")
                                     : found.error;
        break;
    }
    m_password->setPlaceholderText(found.source == MailPassword::Source::None ? QString() : tr("unchanged"));
    m_passwordHint->setText(hint);
    m_passwordHint->show();
}

MailConfig MailSettingsDialog::config() const
{
    MailConfig c;
    c.mode = m_smtpMode->isChecked() ? MailConfig::Mode::Smtp : MailConfig::Mode::EmlFolder;
    c.smtp.host = m_host->text().trimmed();
    c.smtp.port = m_port->value();
    c.smtp.security = kSecurities.value(m_security->currentIndex(), SmtpSettings::Security::StartTls);
    c.smtp.user = m_user->text().trimmed();
    c.smtp.caFile = m_caFile->text().trimmed();
    c.smtp.fromAddress = m_from->text().trimmed();
    c.smtp.fromName = m_fromName->text().trimmed();
    c.folder = m_folder->text().trimmed();
    return c;
}

QString MailSettingsDialog::typedPassword() const
{
    return m_password->text();
}

void MailSettingsDialog::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? statusStyleSheet(StatusTone::Bad) : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

bool MailSettingsDialog::save()
{
    if (!m_session->hasDatabase())
        return false;
    const MailConfig c = config();
    if (Status s = MailSettings(m_session->database()).setConfig(c); !s) {
        showStatus(s.error(), true);
        return false;
    }
    if (c.mode == MailConfig::Mode::Smtp && !c.smtp.user.isEmpty() && !typedPassword().isEmpty()) {
        if (Status s = MailPassword::store(c.smtp, typedPassword()); !s) {
            // Saved all the same: the password lives in memory for this session.
            showStatus(s.error() + u' ' + tr("The password is kept in memory until Rapport closes."), true);
            m_password->clear();
            updatePasswordHint();
            return false;
        }
        m_password->clear();
    }
    showStatus(QString(), false);
    return true;
}

void MailSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void MailSettingsDialog::sendTest()
{
    MailConfig c = config();
    if (c.smtp.host.isEmpty() || c.smtp.fromAddress.isEmpty()) {
        showStatus(tr("A test message needs the server and the sender address."), true);
        return;
    }
    c.smtp.password = typedPassword().isEmpty() ? MailPassword::find(c.smtp).password : typedPassword();
    MailMessage m;
    m.fromAddress = c.smtp.fromAddress;
    m.fromName = c.smtp.fromName;
    m.toAddress = c.smtp.fromAddress;
    m.toName = c.smtp.fromName;
    m.subject = tr("Rapport: test message");
    m.textBody = tr("This message was sent by Rapport to check the mail settings on %1.")
                 .arg(QDateTime::currentDateTime().toString(u"dd.MM.yyyy HH:mm"_s));
    showStatus(tr("Sending a test message to %1…").arg(m.toAddress), false);
    m_test->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    // The exchange may take up to the transport's time-out: off the GUI thread.
    auto *result = new Status;
    QThread *thread = QThread::create([settings = c.smtp, m, result] { *result = SmtpTransport(settings).send(m); });
    connect(thread, &QThread::finished, this, [this, thread, result, to = m.toAddress] {
        QApplication::restoreOverrideCursor();
        m_test->setEnabled(true);
        if (*result)
            showStatus(tr("The test message was sent to %1.").arg(to), false);
        else
            showStatus(result->error(), true);
        delete result;
        thread->deleteLater();
    });
    thread->start();
}

} // namespace rapport
