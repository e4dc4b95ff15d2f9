// The automation rules page on a real database: the Outbox area has the
// messages and the rules as two tabs; Enter on a rule opens its editor, a
// changed offset in business days saved with Ctrl+S is stored and shown in
// the table; the check box switches a rule off; the template editor refuses
// an unknown placeholder with the repository's message and previews the
// template on the latest real ticket, with the real client's name. New rule
// (Ctrl+Shift+N) adds a rule of the team's own with Ctrl+S, Delete removes it.
#include "appsession.h"
#include "automation/automationrulesmodel.h"
#include "automation/automationrulespage.h"
#include "automation/ruleeditordialog.h"
#include "automation/templateeditordialog.h"
#include "domain/clock.h"
#include "storage/automationrepository.h"
#include "storage/clientrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"
#include "views/viewfactory.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

constexpr qint64 kNow = 1772445600; // 2026-03-02 10:00 UTC

struct Fixture
{
    test::TempDatabase t;
    AppSession session;
    TicketId ticket;

    Fixture()
    {
        Clock::setFixed(kNow);
        User m;
        m.name = u"Асель Касымова"_s;
        m.email = u"asel@example.kz"_s;
        m.role = Role::AccountManager;
        const UserId manager = UserRepository(t.db).add(m)->id;
        Client c;
        c.legalName = u"ТОО «Альфа»"_s;
        c.accountManagerId = manager;
        Contact k;
        k.name = u"Иван Петров"_s;
        k.email = u"ivan@alfa.kz"_s;
        c.contacts << k;
        const ClientId client = ClientRepository(t.db).add(c)->id;
        Ticket tk;
        tk.clientId = client;
        tk.subject = u"Не формируется отчёт"_s;
        ticket = TicketRepository(t.db).create(tk, kNow - 3600)->id;
        if (!session.openDatabase(t.path))
            qFatal("cannot open the test database");
    }
    ~Fixture() { Clock::setFixed(0); }
};

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s", qPrintable(name));
    return found;
}

int rowOf(QTableView *table, const QString &key)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(Qt::UserRole).toString() == key)
            return row;
    return -1;
}

// Selects the rule's row and makes it current, as a click would.
void select(QTableView *table, const QString &key)
{
    const int row = rowOf(table, key);
    QVERIFY2(row >= 0, qPrintable(key));
    table->setCurrentIndex(table->model()->index(row, AutomationRulesModel::Name));
    table->selectRow(row);
}

} // namespace

class TestAutomationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outboxAreaHasTheRulesTab()
    {
        Fixture f;
        std::unique_ptr<QWidget> view(createView(u"outbox"_s, &f.session, nullptr, nullptr));
        auto *tabs = child<QTabWidget>(view.get(), u"automationTabs"_s);
        QCOMPARE(tabs->count(), 2);
        QVERIFY(tabs->widget(1)->findChild<QTableView *>(u"automationRulesTable"_s));
        QCOMPARE(view->findChild<QLabel *>(u"viewTitle"_s)->text(), viewTitle(u"outbox"_s));
    }

    void editOffsetSaveAndSeeItInTheTable()
    {
        Fixture f;
        AutomationRulesPage page(&f.session);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = child<QTableView>(&page, u"automationRulesTable"_s);
        QCOMPARE(table->model()->rowCount(), int(AutomationRepository(f.t.db).rules().size()));
        select(table, u"payment_reminder"_s);
        const int row = rowOf(table, u"payment_reminder"_s);
        QCOMPARE(table->model()->index(row, AutomationRulesModel::Offset).data().toString(), u"3 day(s) before"_s);

        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return); // Enter edits
        auto *dialog = page.findChild<RuleEditorDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QPointer<RuleEditorDialog> guard(dialog);
        QCOMPARE(child<QLabel>(dialog, u"ruleTrigger"_s)->text(), u"Invoice due date"_s); // shown, not edited
        QVERIFY(!dialog->findChild<QWidget *>(u"ruleTriggerCombo"_s)->isVisible());
        auto *offset = child<QSpinBox>(dialog, u"ruleOffset"_s);
        QCOMPARE(offset->value(), -3);
        offset->setFocus();
        offset->selectAll();
        QTest::keyClicks(offset, u"-5"_s);
        QCOMPARE(offset->value(), -5);
        auto *business = child<QCheckBox>(dialog, u"ruleBusinessDays"_s);
        QVERIFY(business->isEnabled());
        business->setFocus();
        QTest::keyClick(business, Qt::Key_Space);
        QVERIFY(business->isChecked());

        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog)); // where Ctrl+S goes
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves
        QTRY_VERIFY(guard.isNull());

        const AutomationRule saved = *AutomationRepository(f.t.db).rule(u"payment_reminder"_s);
        QCOMPARE(saved.offsetDays, -5);
        QVERIFY(saved.businessDays);
        const int after = rowOf(table, u"payment_reminder"_s);
        QCOMPARE(table->model()->index(after, AutomationRulesModel::Offset).data().toString(),
            u"5 business day(s) before"_s); // English is the source language: "(s)" stays
        QCOMPARE(child<QLabel>(&page, u"automationMessage"_s)->text(), u"Rule saved."_s);
    }

    void newRuleIsAddedThenDeleted()
    {
        Fixture f;
        AutomationRulesPage page(&f.session);
        page.setConfirmDeletes(false);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&page));
        auto *table = child<QTableView>(&page, u"automationRulesTable"_s);
        const int before = table->model()->rowCount();
        // A shipped rule cannot be deleted: the button says so by being off.
        select(table, u"payment_reminder"_s);
        QVERIFY(!child<QPushButton>(&page, u"automationDeleteRule"_s)->isEnabled());

        table->setFocus();
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); // New rule
        auto *dialog = page.findChild<RuleEditorDialog *>();
        QVERIFY(dialog);
        QPointer<RuleEditorDialog> guard(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->windowTitle(), u"New automation rule"_s);
        auto *name = child<QLineEdit>(dialog, u"ruleNameEdit"_s);
        QVERIFY(name->isVisible());
        QVERIFY(child<QWidget>(dialog, u"ruleTriggerCombo"_s)->isVisible());
        // Saved without a name: refused, the dialog stays.
        dialog->save();
        QVERIFY(child<QLabel>(dialog, u"ruleError"_s)->text().contains(u"name"_s));
        QVERIFY(dialog->isVisible());
        name->setFocus();
        QTest::keyClicks(name, u"Urgent tickets to the manager"_s);
        auto *priorities = child<QListWidget>(dialog, u"rulePriorities"_s);
        for (int i = 0; i < priorities->count(); ++i)
            if (priorities->item(i)->data(Qt::UserRole).toString() == u"urgent"_s)
                priorities->item(i)->setCheckState(Qt::Checked);
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier); // Ctrl+S adds it
        QTRY_VERIFY(guard.isNull());

        QCOMPARE(table->model()->rowCount(), before + 1);
        QCOMPARE(child<QLabel>(&page, u"automationMessage"_s)->text(), u"Rule added."_s);
        AutomationRule added;
        for (const AutomationRule &r : AutomationRepository(f.t.db).rules())
            if (!r.builtin)
                added = r;
        QCOMPARE(added.name, u"Urgent tickets to the manager"_s);
        QCOMPARE(added.trigger, u"ticket_created"_s);
        QCOMPARE(added.conditions.priorities, QStringList { u"urgent"_s });
        const int row = rowOf(table, added.key);
        QVERIFY(row >= 0);
        QVERIFY(table->selectionModel()->isRowSelected(row, {})); // the new rule is selected

        // Delete removes it (it never fired).
        auto *remove = child<QPushButton>(&page, u"automationDeleteRule"_s);
        QVERIFY(remove->isEnabled());
        page.activateWindow(); // back from the closed editor
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&page));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->model()->rowCount(), before);
        QVERIFY(!AutomationRepository(f.t.db).rule(added.key));
        QVERIFY(child<QLabel>(&page, u"automationMessage"_s)->text().contains(u"deleted"_s));
    }

    void ruleEditorShowsTheRefusalNextToTheField()
    {
        Fixture f;
        AutomationRule r = *AutomationRepository(f.t.db).rule(u"sla_at_risk_assignee"_s);
        RuleEditorDialog dialog(&f.session, r);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // An SLA warning is an event: no offset to set; a task needs its owner.
        QVERIFY(!child<QSpinBox>(&dialog, u"ruleOffset"_s)->isEnabled());
        auto *enabled = child<QCheckBox>(&dialog, u"ruleEnabled"_s);
        QVERIFY(enabled->isChecked());
        enabled->setFocus();
        QTest::keyClick(enabled, Qt::Key_Space);
        QVERIFY(!enabled->isChecked());
        dialog.save();
        QVERIFY(!dialog.isVisible() || dialog.result() == QDialog::Accepted);
        QVERIFY(!AutomationRepository(f.t.db).rule(u"sla_at_risk_assignee"_s)->enabled);

        // A client chosen in the conditions that no longer exists is refused
        // under the conditions.
        AutomationRule other = *AutomationRepository(f.t.db).rule(u"ticket_resolved"_s);
        other.conditions.clientIds = { 4242 };
        RuleEditorDialog stale(&f.session, other);
        stale.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stale));
        stale.save();
        auto *error = child<QLabel>(&stale, u"ruleConditionsError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"4242"_s), qPrintable(error->text()));
        QVERIFY(stale.isVisible());
    }

    void enabledCheckBoxSwitchesTheRule()
    {
        Fixture f;
        AutomationRulesPage page(&f.session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = child<QTableView>(&page, u"automationRulesTable"_s);
        const int row = rowOf(table, u"ticket_resolved"_s);
        const QModelIndex box = table->model()->index(row, AutomationRulesModel::Enabled);
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(table->model()->setData(box, Qt::Unchecked, Qt::CheckStateRole));
        QTRY_VERIFY(!AutomationRepository(f.t.db).rule(u"ticket_resolved"_s)->enabled);
        QCOMPARE(table->model()
                     ->index(rowOf(table, u"ticket_resolved"_s), AutomationRulesModel::Enabled)
                     .data(Qt::CheckStateRole)
                     .toInt(),
            int(Qt::Unchecked));
    }

    void templateWithAnUnknownPlaceholderIsRefused()
    {
        Fixture f;
        AutomationRulesPage page(&f.session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = child<QTableView>(&page, u"automationRulesTable"_s);
        select(table, u"ticket_acknowledgement"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"automationEditTemplate"_s), Qt::LeftButton);
        auto *editor = page.findChild<TemplateEditorDialog *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->templateKey(), u"ticket_acknowledgement"_s);
        const QString storedBody = AutomationRepository(f.t.db).templateFor(u"ticket_acknowledgement"_s, u"ru"_s)->body;
        auto *body = child<QPlainTextEdit>(editor, u"templateBody_ru"_s);
        QCOMPARE(body->toPlainText(), storedBody);
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" {client.shortname}"_s);
        QVERIFY(editor->isModified());
        QTest::mouseClick(child<QPushButton>(editor, u"templateSave"_s), Qt::LeftButton);

        const MessageTemplate draft = editor->draft();
        const QString expected = validateTemplate(draft).error();
        QVERIFY(expected.contains(u"{client.shortname}"_s));
        auto *error = child<QLabel>(editor, u"templateError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
        QCOMPARE(AutomationRepository(f.t.db).templateFor(u"ticket_acknowledgement"_s, u"ru"_s)->body, storedBody);

        // A known placeholder from the list is inserted and saved.
        body->setPlainText(storedBody);
        auto *placeholders = child<QListWidget>(editor, u"templatePlaceholders"_s);
        const auto items = placeholders->findItems(u"{client.short_name}"_s, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        placeholders->setCurrentItem(items.first());
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::mouseClick(child<QPushButton>(editor, u"templateInsert"_s), Qt::LeftButton);
        QVERIFY(body->toPlainText().endsWith(u"{client.short_name}"_s));
        QVERIFY(editor->save());
        QVERIFY(!error->isVisible());
        QVERIFY(AutomationRepository(f.t.db)
                    .templateFor(u"ticket_acknowledgement"_s, u"ru"_s)
                    ->body.endsWith(u"{client.short_name}"_s));
        QVERIFY(!editor->isModified());
        editor->close();
    }

    void previewShowsARealClient()
    {
        Fixture f;
        TemplateEditorDialog editor(&f.session, u"ticket_acknowledgement"_s);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *record = child<QLabel>(&editor, u"templatePreviewRecord"_s);
        auto *preview = child<QPlainTextEdit>(&editor, u"templatePreview"_s);
        QVERIFY2(record->text().contains(u"ТОО «Альфа»"_s), qPrintable(record->text()));
        QVERIFY2(preview->toPlainText().contains(u"Иван Петров"_s), qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(u"ivan@alfa.kz"_s));
        QVERIFY(preview->toPlainText().contains(u"№%1"_s.arg(f.ticket.value)));

        // The preview follows the text being written, before it is saved.
        auto *subject = child<QLineEdit>(&editor, u"templateSubject_ru"_s);
        subject->setFocus();
        subject->end(false);
        QTest::keyClicks(subject, u" - {client.short_name}"_s); // keyClicks types Latin-1 only
        QTRY_VERIFY2(
            preview->toPlainText().contains(u"принято в работу - ТОО «Альфа»"_s), qPrintable(preview->toPlainText()));

        // The English tab previews in English.
        child<QTabWidget>(&editor, u"templateLanguages"_s)->setCurrentIndex(2);
        QVERIFY2(preview->toPlainText().contains(u"Request #%1 received"_s.arg(f.ticket.value)),
            qPrintable(preview->toPlainText()));
    }
};

QTEST_MAIN(TestAutomationView)
#include "tst_automationview.moc"
