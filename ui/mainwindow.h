#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace rapport {

class AppSession;
class LanguageManager;
class WelcomePage;

// The main window: navigation on the left, one view per area on the right,
// the database and the current user in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppSession *session, LanguageManager *languages, QWidget *parent = nullptr);

    // A view by key, or one of its tabs: "outbox/rules". False when unknown.
    bool showView(const QString &key);
    QString currentViewKey() const;
    QWidget *view(const QString &key) const;
    bool isWelcomeShown() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void updateRecentMenu();
    void onDatabaseChanged();
    void newTicket();
    void newDatabase();
    void openDatabase();
    void openDatabaseFile(const QString &path);
    void connectToTeamDatabase();
    void backupNow();
    void about();

    AppSession *m_session;
    LanguageManager *m_languages;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QLabel *m_dbLabel;
    QLabel *m_userLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newTicketAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace rapport
