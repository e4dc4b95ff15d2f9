// Every control has a name a screen reader can speak (issue 16, "accessible
// names on controls"): in every view of the main window and in the main
// dialogs, on every tab and page, each visible focusable button, check box,
// field, combo box, spin box, date edit, slider, text area, list and table
// is named. The name is what QAccessible reports, as Orca or NVDA read it:
// the accessible name, a button's own text, or a label whose buddy the
// control is (a QFormLayout row added with a text has such a label); for a
// combo box, whose "name" on Linux is merely its current item, only the
// accessible name or a label counts, and a table or list is named only by
// its accessible name. A name must hold a letter or digit: "…" or "+" reads
// as nothing.
#include "testsupport.h"

#include "appsession.h"
#include "billing/billingrundialog.h"
#include "clients/clientcarddialog.h"
#include "handoffs/handoffdialog.h"
#include "io/demogenerator.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "regulation/regulationeditor.h"
#include "reviews/reviewdialog.h"
#include "storage/clientrepository.h"
#include "storage/handoffrepository.h"
#include "storage/reviewrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "tickets/newticketdialog.h"
#include "tickets/ticketdialog.h"
#include "views/viewfactory.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

bool isControl(const QWidget *w)
{
    // The parts of a combo box or spin box (its line edit) are spoken as the whole.
    if (qobject_cast<const QComboBox *>(w->parentWidget()) || qobject_cast<const QAbstractSpinBox *>(w->parentWidget()))
        return false;
    if (qobject_cast<const QHeaderView *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QSlider *>(w);
}

// The name a screen reader speaks for `w`.
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return w->accessibleName();
    QString name = qobject_cast<QComboBox *>(w) ? w->accessibleName() : iface->text(QAccessible::Name);
    if (name.trimmed().isEmpty()) {
        const auto labels = iface->relations(QAccessible::Label);
        for (const auto &[label, relation] : labels) {
            Q_UNUSED(relation);
            if (label && !label->text(QAccessible::Name).trimmed().isEmpty()) {
                name = label->text(QAccessible::Name);
                break;
            }
        }
    }
    return name.trimmed();
}

bool speaks(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// 'clients: QLineEdit "clientSearch" in filters' for the failure message: the
// view (or dialog), the class, the object name and the nearest named parent.
QString describe(const QWidget *w)
{
    QString where;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (p->objectName().startsWith(u"view-"_s)) {
            where = p->objectName().mid(5);
            break;
        }
    }
    QString path;
    for (const QWidget *p = w->parentWidget(); p && !p->objectName().startsWith(u"view-"_s); p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"_s)) {
            path = p->objectName();
            break;
        }
    }
    if (where.isEmpty())
        where = w->window()->objectName().isEmpty() ? QString::fromLatin1(w->window()->metaObject()->className())
                                                    : w->window()->objectName();
    return u"%1: %2 \"%3\" in %4"_s.arg(where,
                                        QString::fromLatin1(w->metaObject()->className()),
                                        w->objectName().isEmpty() ? u"(no objectName)"_s : w->objectName(),
                                        path.isEmpty() ? u"(unnamed parent)"_s : path);
}

// One line per visible, focusable control under `root` that has no name.
void collectNameless(QWidget *root, QStringList &problems)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !isControl(w))
            continue;
        const QString name = spokenName(w);
        if (!speaks(name))
            problems << describe(w) + (name.isEmpty() ? QString() : u" (named only \"%1\")"_s.arg(name));
    }
}

QString report(const QStringList &problems)
{
    return u"%1 controls without an accessible name:\n"_s.arg(problems.size()) + problems.join(u'\n');
}

void settle()
{
    QCoreApplication::processEvents();
    QTest::qWait(10);
}

// Calls `check` with every tab of every tab widget and tab bar under `scope`
// shown in turn (nested ones too), and every page of the stacked widgets that
// are not a tab widget's own, then puts each back as it was.
void visitPages(QWidget *scope, const std::function<void()> &check)
{
    check();
    const auto innermostScope = [scope](const QWidget *w) {
        for (const QWidget *p = w->parentWidget(); p && p != scope; p = p->parentWidget()) {
            if (qobject_cast<const QTabWidget *>(p) || qobject_cast<const QStackedWidget *>(p))
                return false;
        }
        return true;
    };
    for (QTabWidget *tabs : scope->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible() || !innermostScope(tabs))
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
            visitPages(tabs->widget(i), check);
        }
        tabs->setCurrentIndex(was);
    }
    for (QTabBar *bar : scope->findChildren<QTabBar *>()) {
        if (!bar->isVisible() || qobject_cast<QTabWidget *>(bar->parentWidget()) || !innermostScope(bar))
            continue;
        const int was = bar->currentIndex();
        for (int i = 0; i < bar->count(); ++i) {
            bar->setCurrentIndex(i);
            settle();
            check();
        }
        bar->setCurrentIndex(was);
        settle();
    }
    for (QStackedWidget *stack : scope->findChildren<QStackedWidget *>()) {
        if (!stack->isVisible() || qobject_cast<QTabWidget *>(stack->parentWidget()) || !innermostScope(stack))
            continue;
        const int was = stack->currentIndex();
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            settle();
            visitPages(stack->widget(i), check);
        }
        stack->setCurrentIndex(was);
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    // A demo database, read only by the tests, so that the views and dialogs
    // show their tables, panels and per-row controls.
    std::unique_ptr<test::TempDatabase> m_demo;

    // The demo database opened as a team lead, who sees every area.
    bool openDemo(AppSession &session)
    {
        if (!session.openDatabase(m_demo->path).ok())
            return false;
        const QList<User> staff = UserRepository(session.database()).all();
        const auto lead
            = std::find_if(staff.cbegin(), staff.cend(), [](const User &u) { return u.role == Role::TeamLead; });
        if (lead == staff.cend())
            return false;
        session.setCurrentUser(*lead);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_demo = std::make_unique<test::TempDatabase>();
        DemoGenerator::Options options;
        options.clients = 6;
        options.tickets = 40;
        QVERIFY2(DemoGenerator(m_demo->db).generate(options).ok(), "demo data");
    }

    void cleanupTestCase() { m_demo.reset(); }

    void everyControlInEveryViewHasAName()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"en"_s, false));
        AppSession session;
        QVERIFY(openDemo(session));

        MainWindow window(&session, &languages);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isWelcomeShown());
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(nav);

        QStringList problems;
        const QStringList keys = viewKeys();
        for (int i = 0; i < keys.size(); ++i) {
            nav->setCurrentRow(i);
            settle();
            QWidget *view = window.view(keys.at(i));
            QVERIFY2(view && view->isVisible(), qPrintable(keys.at(i)));
            // The window's own controls (the navigation) with each view.
            visitPages(view, [&] { collectNameless(&window, problems); });
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void everyControlInTheMainDialogsHasAName_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char *dialog : {"client-card", "new-client", "ticket", "new-ticket", "handoff", "review",
                                   "regulation", "billing-run"})
            QTest::newRow(dialog) << QString::fromLatin1(dialog);
    }

    void everyControlInTheMainDialogsHasAName()
    {
        QFETCH(QString, dialog);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"en"_s, false));
        AppSession session;
        QVERIFY(openDemo(session));
        const Database &db = session.database();
        MainWindow window(&session, &languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QDialog *shown = nullptr;
        if (dialog == u"client-card"_s || dialog == u"new-client"_s) {
            const QList<ClientListRow> clients = ClientRepository(db).list({});
            QVERIFY(!clients.isEmpty());
            const ClientId id = dialog == u"new-client"_s ? ClientId() : clients.first().id;
            shown = new ClientCardDialog(&session, id, &window);
        } else if (dialog == u"ticket"_s) {
            const QList<TicketListRow> tickets = TicketRepository(db).list({});
            QVERIFY(!tickets.isEmpty());
            shown = new TicketDialog(&session, tickets.first().id, &window);
        } else if (dialog == u"new-ticket"_s) {
            shown = new NewTicketDialog(&session, &window);
        } else if (dialog == u"handoff"_s) {
            HandoffQuery query;
            query.includeCompleted = true;
            const QList<HandoffListRow> handoffs = HandoffRepository(db).openList(query);
            QVERIFY(!handoffs.isEmpty());
            shown = new HandoffDialog(&session, handoffs.first().id, &window);
        } else if (dialog == u"review"_s) {
            const QList<Review> reviews = ReviewRepository(db).list({});
            QVERIFY(!reviews.isEmpty());
            shown = new ReviewDialog(&session, reviews.first().id, &window);
        } else if (dialog == u"regulation"_s) {
            shown = new RegulationEditor(&session, &window);
        } else if (dialog == u"billing-run"_s) {
            shown = new BillingRunDialog(&session, &window);
        }
        QVERIFY(shown);
        const std::unique_ptr<QDialog> owner(shown);
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown));
        QStringList problems;
        visitPages(shown, [&] { collectNameless(shown, problems); });
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // The first start on an empty database.
    void welcomePageControlsHaveNames()
    {
        test::TempDatabase t;
        LanguageManager languages;
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        MainWindow window(&session, &languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isWelcomeShown());
        QStringList problems;
        visitPages(window.view(u"welcome"_s), [&] { collectNameless(&window, problems); });
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
