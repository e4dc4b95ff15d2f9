#include "settingsview.h"

#include "appsession.h"
#include "languagemanager.h"
#include "settings/calendareditor.h"
#include "settings/mailsettingsbox.h"
#include "settings/regulationsettingsbox.h"
#include "storage/userrepository.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rapport {

SettingsView::SettingsView(AppSession *session, LanguageManager *languages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_languages(languages)
    , m_title(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_databaseLabel(new QLabel(this))
    , m_database(new QLabel(this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setObjectName(QStringLiteral("viewTitle"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_user->setObjectName(QStringLiteral("currentUserCombo"));
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const QString &lang : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(lang), lang);
    m_language->setCurrentIndex(m_language->findData(m_languages->current()));
    m_languageLabel->setBuddy(m_language);
    m_userLabel->setBuddy(m_user);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_databaseLabel, m_database);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(new RegulationSettingsBox(session, this));
    layout->addWidget(new MailSettingsBox(session, this));
    layout->addWidget(new CalendarEditor(session, this), 10);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languages->setLanguage(m_language->currentData().toString());
    });
    connect(m_user, &QComboBox::activated, this, [this] {
        if (auto u = UserRepository(m_session->database()).byId(UserId(m_user->currentData().toLongLong())))
            m_session->setCurrentUser(*u);
    });
    connect(m_session, &AppSession::databaseChanged, this, &SettingsView::reloadUsers);
    connect(m_session, &AppSession::dataChanged, this, &SettingsView::reloadUsers);
    connect(m_session, &AppSession::currentUserChanged, this, &SettingsView::reloadUsers);
    retranslateUi();
    reloadUsers();
}

void SettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsView::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_userLabel->setText(tr("&Working as:"));
    m_databaseLabel->setText(tr("Database:"));
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(m_language->findData(m_languages->current()));
}

void SettingsView::reloadUsers()
{
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    if (!m_session->hasDatabase())
        return;
    m_database->setText(m_session->database().isServer() ? m_session->database().displayName()
                                                         : m_session->database().path());
    for (const User &u : UserRepository(m_session->database()).all())
        m_user->addItem(QStringLiteral("%1 <%2>").arg(u.name, u.email), u.id.value);
    m_user->setCurrentIndex(m_user->findData(m_session->currentUser().id.value));
    // In a team database the login is who works: the server records it.
    m_user->setEnabled(!m_session->userIsLogin());
    m_user->setToolTip(m_session->userIsLogin() ? tr("In a team database you work as your login.") : QString());
}

} // namespace rapport
