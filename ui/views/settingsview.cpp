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
#include <QMessageBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

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
    , m_staffLanguageLabel(new QLabel(this))
    , m_staffLanguage(new QComboBox(this))
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
    m_staffLanguage->setObjectName(QStringLiteral("staffLanguageCombo"));
    m_staffLanguage->addItem(QString(), QString()); // the team's default (retranslateUi names it)
    for (const QString &lang : LanguageManager::languages())
        m_staffLanguage->addItem(LanguageManager::nativeName(lang), lang);
    m_staffLanguageLabel->setBuddy(m_staffLanguage);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const QString &lang : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(lang), lang);
    m_language->setCurrentIndex(m_language->findData(m_languages->current()));
    m_languageLabel->setBuddy(m_language);
    m_userLabel->setBuddy(m_user);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_staffLanguageLabel, m_staffLanguage);
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
    connect(m_staffLanguage, &QComboBox::activated, this, &SettingsView::saveStaffLanguage);
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
    m_staffLanguageLabel->setText(tr("&Messages to me in:"));
    m_staffLanguage->setItemText(0, tr("The team's language"));
    m_staffLanguage->setToolTip(tr("The language of the reminders, alerts and tasks Rapport writes to you"));
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
    const QSignalBlocker languageBlocker(m_staffLanguage);
    const auto me = UserRepository(m_session->database()).byId(m_session->currentUser().id);
    m_staffLanguage->setEnabled(me.has_value());
    m_staffLanguage->setCurrentIndex(me ? std::max(0, m_staffLanguage->findData(me->language)) : 0);
}

void SettingsView::saveStaffLanguage()
{
    if (!m_session->hasDatabase())
        return;
    UserRepository users(m_session->database());
    auto me = users.byId(m_session->currentUser().id);
    if (!me)
        return;
    me->language = m_staffLanguage->currentData().toString();
    if (Status s = users.update(*me); !s) {
        QMessageBox::warning(this, tr("Messages to me"), s.error());
        reloadUsers();
        return;
    }
    m_session->notifyDataChanged();
}

} // namespace rapport
