#include "mainwindow.h"
#include "shortcutsdialog.h"

#include "appsession.h"
#include "languagemanager.h"
#include "storage/backup.h"
#include "storage/locationcheck.h"
#include "storage/migrator.h"
#include "storage/userrepository.h"
#include "settings/teamconnectdialog.h"
#include "theme.h"
#include "tickets/newticketdialog.h"
#include "views/viewfactory.h"
#include "views/welcomepage.h"
#include "widgets/backgroundtask.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>

#include <algorithm>
#include <QStackedWidget>
#include <QTabWidget>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

MainWindow::MainWindow(AppSession *session, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_languages(languages)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(session, this))
    , m_dbLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setFixedWidth(190); // then as wide as the longest area name (retranslateUi)
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_stack->setObjectName(u"viewStack"_s);

    const QStringList keys = viewKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *item = new QListWidgetItem(m_nav);
        item->setData(Qt::UserRole, keys.at(i));
        m_stack->addWidget(createView(keys.at(i), session, languages, m_stack));
        // Ctrl+1 … Ctrl+9 jump to the areas in navigation order.
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_nav->setCurrentRow(i); });
    }
    m_stack->addWidget(m_welcome);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_dbLabel->setObjectName(u"statusDatabase"_s);
    m_userLabel->setObjectName(u"statusUser"_s);
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);

    createMenus();
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(row);
    });
    connect(m_welcome, &WelcomePage::finished, this, [this] {
        m_nav->setEnabled(true);
        m_stack->setCurrentIndex(std::max(0, m_nav->currentRow()));
    });
    connect(m_session, &AppSession::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(m_session, &AppSession::currentUserChanged, this, &MainWindow::updateStatus);
    connect(m_session, &AppSession::remoteChange, this, [this](const QStringList &tables) {
        statusBar()->showMessage(tr("Updated from another desk (%1)").arg(tables.join(u", "_s)), 5000);
    });

    retranslateUi();
    m_nav->setCurrentRow(0);
    restoreGeometry(QSettings().value(u"ui/geometry"_s).toByteArray());
    if (!QSettings().contains(u"ui/geometry"_s))
        resize(1280, 800);
    onDatabaseChanged();
}

bool MainWindow::showView(const QString &key)
{
    // "outbox/rules": a view, then one of its tabs (a page's "tabKey").
    const QString viewKey = key.section(u'/', 0, 0);
    const QString tabKey = key.section(u'/', 1);
    const int row = viewKeys().indexOf(viewKey);
    if (row < 0)
        return false;
    int tab = -1;
    QTabWidget *tabs = tabKey.isEmpty() ? nullptr : m_stack->widget(row)->findChild<QTabWidget *>();
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        if (tabs->widget(i)->property("tabKey").toString() == tabKey)
            tab = i;
    }
    if (!tabKey.isEmpty() && tab < 0)
        return false;
    m_nav->setEnabled(true);
    m_nav->setCurrentRow(row);
    m_stack->setCurrentIndex(row);
    if (tabs)
        tabs->setCurrentIndex(tab);
    return true;
}

QString MainWindow::currentViewKey() const
{
    if (isWelcomeShown())
        return u"welcome"_s;
    return viewKeys().value(m_stack->currentIndex());
}

QWidget *MainWindow::view(const QString &key) const
{
    if (key == u"welcome"_s)
        return m_welcome;
    const int row = viewKeys().indexOf(key);
    return row < 0 ? nullptr : m_stack->widget(row);
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // Ctrl+N records a client's request from anywhere (the phone rings more often than databases are made).
    m_newTicketAction = m_fileMenu->addAction(QString(), this, &MainWindow::newTicket);
    m_newTicketAction->setShortcut(QKeySequence::New);
    m_newTicketAction->setShortcutContext(Qt::ApplicationShortcut);
    m_fileMenu->addSeparator();
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDatabase);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectToTeamDatabase);
    m_connectAction->setObjectName(u"connectTeamAction"_s);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_backupAction = m_fileMenu->addAction(QString(), this, &MainWindow::backupNow);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    // The platform's Quit key, or Ctrl+Q where the platform has none.
    m_quitAction->setShortcut(QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_shortcutsAction->setObjectName(u"shortcutsAction"_s);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Rapport"));
    m_nav->setAccessibleName(tr("Navigation"));
    const QStringList keys = viewKeys();
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i) {
        m_nav->item(i)->setText(viewTitle(keys.at(i)));
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    }
    // Room for the icon, the padding and a scroll bar, and no more: the views
    // get the rest of a 1280 px screen.
    m_nav->setFixedWidth(std::clamp(widest + m_nav->iconSize().width() + 40, 150, 220));
    m_fileMenu->setTitle(tr("&File"));
    m_newTicketAction->setText(tr("New &Ticket…"));
    m_newAction->setText(tr("&New Database…"));
    m_openAction->setText(tr("&Open Database…"));
    m_connectAction->setText(tr("&Connect to Team Database…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_backupAction->setText(tr("&Backup Now"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Rapport"));
    updateRecentMenu();
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_session->hasDatabase()) {
        m_dbLabel->setText(tr("No database open"));
        m_userLabel->clear();
        return;
    }
    const Database &db = m_session->database();
    if (db.isServer())
        m_dbLabel->setText((m_session->hasLiveUpdates() ? tr("Team database: %1 (%2), live updates")
                                                        : tr("Team database: %1 (%2)"))
                               .arg(db.displayName(), db.serverVersion()));
    else
        m_dbLabel->setText(tr("Database: %1").arg(db.displayName()));
    // A database in a synced or network folder gets corrupted: say so where it is always seen.
    const QString warning = db.isServer() ? QString() : databaseLocationWarning(db.path());
    m_dbLabel->setToolTip(warning);
    m_dbLabel->setStyleSheet(warning.isEmpty() ? QString() : statusStyleSheet(StatusTone::Bad));
    if (!warning.isEmpty())
        m_dbLabel->setText(m_dbLabel->text() + u" — "_s + warning);
    const User &user = m_session->currentUser();
    m_userLabel->setText(user.isValid() ? tr("Working as %1").arg(user.name) : tr("No staff member chosen"));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"database/recent"_s).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabaseFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::onDatabaseChanged()
{
    updateStatus();
    updateRecentMenu();
    const bool empty = m_session->hasDatabase() && UserRepository(m_session->database()).count() == 0;
    if (empty) {
        m_stack->setCurrentWidget(m_welcome);
        m_nav->setEnabled(false);
    } else {
        m_nav->setEnabled(true);
        m_stack->setCurrentIndex(std::max(0, m_nav->currentRow()));
    }
}

void MainWindow::newTicket()
{
    if (!m_session->hasDatabase() || isWelcomeShown())
        return;
    NewTicketDialog::showNew(m_session, this);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QString(),
                                                      tr("Rapport databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Use Open to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabaseFile(path);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr("Rapport databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFile(path);
}

void MainWindow::openDatabaseFile(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_session->openDatabase(path);
    QApplication::restoreOverrideCursor();
    if (s)
        return;
    // A team database that needs a password (or is unreachable): the connect
    // dialog, filled in, with the server's answer.
    if (auto address = ServerAddress::parse(path); ServerAddress::looksLikeUri(path) && address) {
        TeamConnectDialog dialog(m_session, this);
        dialog.setAddress(*address);
        dialog.messageLabel()->setText(s.error());
        dialog.exec();
        return;
    }
    QMessageBox::critical(this, tr("Open Database"), s.error());
}

void MainWindow::connectToTeamDatabase()
{
    TeamConnectDialog dialog(m_session, this);
    if (m_session->hasDatabase() && m_session->database().isServer())
        dialog.setAddress(m_session->database().server());
    dialog.exec();
}

void MainWindow::backupNow()
{
    if (!m_session->hasDatabase())
        return;
    auto file = std::make_shared<QString>();
    BackgroundTask::run(
        this, m_session->database(), tr("Writing a backup…"),
        [file](const Database &db, const BackgroundTask::Progress &, const std::atomic_bool &) -> Status {
            Backup backup(db);
            auto written = backup.rotate(backup.defaultDirectory(), 10);
            if (!written)
                return fail(written.error());
            *file = *written;
            return {};
        },
        [this, file](const Status &status) {
            if (!status)
                QMessageBox::critical(this, tr("Backup"), status.error());
            else
                statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(*file)), 8000);
        });
}

void MainWindow::about()
{
    const bool open = m_session->hasDatabase();
    const QString engine = open ? m_session->database().serverVersion() : QString();
    const QString location = open ? m_session->database().displayName() : QString();
    QMessageBox::about(this, tr("About Rapport"),
                       tr("<h3>Rapport %1</h3>"
                          "<p>Operations console for service providers with clients on subscription.</p>"
                          "<p>Qt %2<br>%3<br>Schema version %4<br>Database: %5</p>"
                          "<p>Licensed under the GNU GPL, version 3 or later.</p>"
                          "<p>Built on: Qt (LGPL 3), SQLite (public domain), libpq of PostgreSQL (PostgreSQL "
                          "License), libcurl (curl licence, MIT-style), libical (MPL 2.0 or LGPL 2.1), QtKeychain "
                          "(modified BSD licence), DejaVu fonts (free licence).</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), engine.toHtmlEscaped())
                           .arg(Migrator::latestVersion(open ? m_session->database().engine() : Engine::SQLite))
                           .arg(location.toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(u"ui/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace rapport
