#include "mailsettingsbox.h"

#include "appsession.h"
#include "automation/mailpassword.h"
#include "mailsettingsdialog.h"
#include "storage/mailsettings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

MailSettingsBox::MailSettingsBox(AppSession *session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_configure(new QPushButton(this))
{
    setObjectName(u"mailSettings"_s);
    m_summary->setObjectName(u"mailSettingsSummary"_s);
    m_configure->setObjectName(u"mailSettingsConfigure"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_configure);
    connect(m_configure, &QPushButton::clicked, this, &MailSettingsBox::configure);
    connect(m_session, &AppSession::databaseChanged, this, &MailSettingsBox::reload);
    retranslateUi();
}

QString MailSettingsBox::summary() const
{
    return m_summary->text();
}

void MailSettingsBox::reload()
{
    m_configure->setEnabled(m_session->hasDatabase());
    if (!m_session->hasDatabase()) {
        m_summary->setText(QString());
        return;
    }
    const MailConfig c = MailSettings(m_session->database()).config();
    if (!c.isConfigured()) {
        m_summary->setText(tr("Mail is not configured: the outbox keeps its messages until it is."));
        return;
    }
    if (c.mode == MailConfig::Mode::EmlFolder) {
        m_summary->setText(tr("Messages are written as .eml files to %1.").arg(c.folder));
        return;
    }
    // The keychain is not asked here (it may prompt): the dialog does that.
    const QString login = c.smtp.user.isEmpty() ? tr("without a login") : tr("as %1").arg(c.smtp.user);
    m_summary->setText(tr("Messages go through %1:%2 (%3) %4, from %5.")
                           .arg(c.smtp.host)
                           .arg(c.smtp.port)
                           .arg(securityKey(c.smtp.security).toUpper(), login, c.smtp.fromAddress));
}

void MailSettingsBox::configure()
{
    MailSettingsDialog dialog(m_session, this);
    dialog.exec();
    reload();
}

void MailSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void MailSettingsBox::retranslateUi()
{
    setTitle(tr("Mail"));
    m_configure->setText(tr("Configure mail…"));
    m_configure->setToolTip(tr("The SMTP server or the .eml folder the outbox delivers through"));
    reload();
}

} // namespace rapport
