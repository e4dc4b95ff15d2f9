// The main window offscreen: navigation, welcome page, live language switch.
#include "testsupport.h"

#include "appsession.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "storage/userrepository.h"
#include "views/viewfactory.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void emptyDatabaseShowsWelcomeAndStartEmptyCreatesUser()
    {
        test::TempDatabase t;
        LanguageManager languages;
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        MainWindow window(&session, &languages);
        window.show();
        QVERIFY(window.isWelcomeShown());

        auto *name = window.findChild<QLineEdit *>(u"welcomeName"_s);
        auto *email = window.findChild<QLineEdit *>(u"welcomeEmail"_s);
        auto *start = window.findChild<QPushButton *>(u"welcomeStartEmpty"_s);
        QVERIFY(name && email && start);

        // Invalid email: stays on the welcome page with a message.
        QTest::keyClicks(name, u"Aigerim Nurpeisova"_s);
        QTest::keyClicks(email, u"not-an-email"_s);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(window.isWelcomeShown());
        QCOMPARE(UserRepository(session.database()).count(), 0);

        email->clear();
        QTest::keyClicks(email, u"aigerim@example.kz"_s);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!window.isWelcomeShown());
        QCOMPARE(UserRepository(session.database()).count(), 1);
        QCOMPARE(session.currentUser().email, u"aigerim@example.kz"_s);
        QVERIFY(window.findChild<QLabel *>(u"statusUser"_s)->text().contains(u"Aigerim"_s));
    }

    void everyNavigationEntryShowsItsView()
    {
        test::TempDatabase t;
        User u;
        u.name = u"Тимур Ахметов"_s;
        u.email = u"timur@example.kz"_s;
        u.role = Role::TeamLead;
        QVERIFY(UserRepository(t.db).add(u).ok());
        LanguageManager languages;
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        MainWindow window(&session, &languages);
        window.show();
        QVERIFY(!window.isWelcomeShown());

        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        auto *stack = window.findChild<QStackedWidget *>(u"viewStack"_s);
        QVERIFY(nav && stack);
        const QStringList keys = viewKeys();
        QCOMPARE(nav->count(), keys.size());
        for (int i = 0; i < keys.size(); ++i) {
            const QRect rect = nav->visualItemRect(nav->item(i));
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(window.currentViewKey(), keys.at(i));
            QWidget *current = stack->currentWidget();
            QCOMPARE(current->objectName(), u"view-"_s + keys.at(i));
            auto *title = current->findChild<QLabel *>(u"viewTitle"_s);
            QVERIFY2(title, qPrintable(keys.at(i)));
            QCOMPARE(title->text(), viewTitle(keys.at(i)));
        }
        // Keyboard: Ctrl+2 goes to Clients.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentViewKey(), u"clients"_s);
    }

    // F1 lists the shortcuts: every key it names is one the windows define,
    // and in a build tree it links the user guide in docs/.
    void helpListsTheShortcutsAndTheGuide()
    {
        test::TempDatabase t;
        LanguageManager languages;
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        MainWindow window(&session, &languages);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog *>()) && dialog->isVisible());
        QTableWidget *table = dialog->table();
        QVERIFY(table->rowCount() >= 20);
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(!table->item(row, 1)->text().isEmpty());
            keys << table->item(row, 2)->text();
        }
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText)));
        QVERIFY(keys.contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        QVERIFY2(keys.first().contains(u"Ctrl+9"_s), qPrintable(keys.first()));
        QVERIFY(!ShortcutsDialog::guidePath().isEmpty());
        auto *guide = dialog->findChild<QLabel *>(u"shortcutsGuide"_s);
        QVERIFY(guide->text().contains(u"docs/README.md"_s));
        // Every action named in the window's menus with a shortcut is listed.
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut().isEmpty())
                continue;
            QVERIFY2(keys.contains(action->shortcut().toString(QKeySequence::NativeText)),
                qPrintable(action->text() + u" "_s + action->shortcut().toString()));
        }
        if (const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + u"/shortcuts.png"_s);
        dialog->close();
    }

    void staffLanguageIsSavedForTheCurrentUser()
    {
        test::TempDatabase t;
        User u;
        u.name = u"Ольга Волкова"_s;
        u.email = u"olga@example.kz"_s;
        const UserId olga = UserRepository(t.db).add(u)->id;
        LanguageManager languages;
        languages.setLanguage(u"en"_s, false);
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        MainWindow window(&session, &languages);
        window.show();
        QVERIFY(window.showView(u"settings"_s));
        // A view's tab by name, as `rapport --view outbox/rules` opens it.
        QVERIFY(window.showView(u"outbox/rules"_s));
        auto *tabs = window.view(u"outbox"_s)->findChild<QTabWidget *>(u"automationTabs"_s);
        QCOMPARE(tabs->currentWidget()->property("tabKey").toString(), u"rules"_s);
        QVERIFY(!window.showView(u"outbox/nothing"_s));
        QVERIFY(window.showView(u"settings"_s));
        auto *combo = window.view(u"settings"_s)->findChild<QComboBox *>(u"staffLanguageCombo"_s);
        QVERIFY(combo);
        QVERIFY(combo->isEnabled());
        QCOMPARE(combo->currentData().toString(), QString()); // the team's language
        QCOMPARE(combo->currentText(), u"The team's language"_s);
        combo->setFocus();
        for (int i = 0; i < combo->count() && combo->currentData().toString() != u"kk"_s; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), u"kk"_s);
        QCOMPARE(UserRepository(t.db).byId(olga)->language, u"kk"_s); // saved as it was chosen
        QTest::keyClick(combo, Qt::Key_Home);
        QCOMPARE(UserRepository(t.db).byId(olga)->language, QString());
    }

    void languageSwitchRetranslatesLive()
    {
        test::TempDatabase t;
        User u;
        u.name = u"Ольга Волкова"_s;
        u.email = u"olga@example.kz"_s;
        QVERIFY(UserRepository(t.db).add(u).ok());
        LanguageManager languages;
        languages.setLanguage(u"en"_s, false);
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        MainWindow window(&session, &languages);
        window.show();
        QVERIFY(window.showView(u"settings"_s));
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        QCOMPARE(nav->item(1)->text(), u"Clients"_s);

        auto *combo = window.view(u"settings"_s)->findChild<QComboBox *>(u"languageCombo"_s);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(u"ru"_s));
        QCOMPARE(languages.current(), u"ru"_s);
        QTRY_COMPARE(nav->item(1)->text(), u"Клиенты"_s);
        auto *title = window.view(u"settings"_s)->findChild<QLabel *>(u"viewTitle"_s);
        QTRY_COMPARE(title->text(), u"Настройки"_s);

        combo->setCurrentIndex(combo->findData(u"kk"_s));
        QTRY_COMPARE(nav->item(1)->text(), u"Клиенттер"_s);

        combo->setCurrentIndex(combo->findData(u"en"_s));
        QTRY_COMPARE(nav->item(1)->text(), u"Clients"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
