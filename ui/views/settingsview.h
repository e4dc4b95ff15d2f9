#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace rapport {

class AppSession;
class LanguageManager;

// Settings: interface language (switches live), the current staff member
// and the language of the messages and tasks Rapport writes to them,
// facts about the open database, the regulation new clients get, and the
// business calendars.
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    SettingsView(AppSession *session, LanguageManager *languages, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadUsers();
    void saveStaffLanguage();

    AppSession *m_session;
    LanguageManager *m_languages;
    QLabel *m_title;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_userLabel;
    QComboBox *m_user;
    QLabel *m_staffLanguageLabel;
    QComboBox *m_staffLanguage;
    QLabel *m_databaseLabel;
    QLabel *m_database;
};

} // namespace rapport
