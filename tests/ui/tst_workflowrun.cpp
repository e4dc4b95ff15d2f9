// Workflow runs offscreen: Apply workflow… (Ctrl+Shift+W) on the client card
// previews the tasks a template's steps become (owners by role, due dates in
// working days) and creates them; with one step done and one past its due
// date the runs list shows "1 of 5" done and 1 late, on the card and on the
// Regulation editor's Workflow runs tab, where Enter or a double click opens
// the run's tasks. A refusal (a step for an inactive owner) stays in the
// dialog; the Workflow templates tab applies its template to a client.
#include "testsupport.h"

#include "appsession.h"
#include "clients/clientcarddialog.h"
#include "domain/clock.h"
#include "regulation/applyworkflowdialog.h"
#include "regulation/regulationeditor.h"
#include "regulation/tasktablemodel.h"
#include "regulation/workflowrundialog.h"
#include "regulation/workflowrunmodel.h"
#include "regulation/workflowrunspage.h"
#include "regulation/workflowtemplatespage.h"
#include "storage/clientrepository.h"
#include "storage/taskrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "storage/workflowrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

// Friday, 6 February 2026: no holiday on the Kazakh calendar until 21 March,
// so +2 working days is Tuesday the 10th, +3 Wednesday, +5 Friday the 13th.
const QDate kToday(2026, 2, 6);
const QColor kRed(0xb0, 0x00, 0x20); // statusColor(StatusTone::Bad) on a light palette

qint64 noonOf(QDate date)
{
    return QDateTime(date, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

struct Fixture
{
    test::TempDatabase t;
    AppSession session;
    User manager, specialist, quality, former;
    ClientId client, other;
    TicketId ticket;
    WorkflowTemplate completion, kickoff;

    Fixture()
    {
        Clock::setFixed(noonOf(kToday));
        manager = addUser(u"Айгерим Нурпеисова"_s, u"am@example.kz"_s, Role::AccountManager);
        specialist = addUser(u"Данияр Сейткали"_s, u"dev@example.kz"_s, Role::Specialist);
        quality = addUser(u"Мария Ким"_s, u"qc@example.kz"_s, Role::QualityControl);
        former = addUser(u"Ержан Беков"_s, u"sales@example.kz"_s, Role::Sales);
        client = addClient(u"ТОО «Алтын Бухгалтерия»"_s, u"W-1"_s, UserId());
        // The other client's sales owner has left: its kickoff cannot be applied.
        other = addClient(u"АО «Жетысу Сервис»"_s, u"W-2"_s, former.id);
        former.active = false;
        if (!UserRepository(t.db).update(former))
            qFatal("cannot deactivate the sales owner");
        Database db = t.db;
        db.setActor(manager);
        TicketRepository tickets(db);
        Ticket tk;
        tk.clientId = client;
        tk.subject = u"Annual report"_s;
        auto created = tickets.create(tk);
        if (!created || !tickets.assign(created->id, specialist.id))
            qFatal("cannot add the ticket");
        ticket = created->id;
        for (const WorkflowTemplate &w : WorkflowRepository(t.db).templates()) {
            if (w.key == u"completion"_s)
                completion = w;
            if (w.key == u"kickoff"_s)
                kickoff = w;
        }
        if (!completion.id.isValid() || !kickoff.id.isValid())
            qFatal("no built-in templates");
        if (!session.openDatabase(t.path))
            qFatal("cannot open the test database");
        session.setCurrentUser(manager);
    }

    ~Fixture() { Clock::setFixed(0); }

    User addUser(const QString &name, const QString &email, Role role)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = role;
        return *UserRepository(t.db).add(u);
    }

    ClientId addClient(const QString &name, const QString &taxId, UserId salesOwner)
    {
        Client c;
        c.legalName = name;
        c.taxCountry = TaxCountry::Other;
        c.taxId = taxId;
        c.status = ClientStatus::Active;
        c.accountManagerId = manager.id;
        c.salesOwnerId = salesOwner;
        return ClientRepository(t.db).add(c)->id;
    }
};

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

// Clicks the default button of the next message box once it shows.
void onNextMessageBox()
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (QAbstractButton *button = box->defaultButton())
            button->click();
    });
    timer->start();
}

void saveShot(QWidget *w, const QString &file)
{
    const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(file));
}

// The preview as "step|role|owner|due" lines.
QStringList previewRows(QTableWidget *table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ApplyWorkflowDialog::PreviewColumnCount; ++column)
            cells << table->item(row, column)->text();
        rows << cells.join(u'|');
    }
    return rows;
}

QString cell(const WorkflowRunModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

} // namespace

class TestWorkflowRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void applyFromClientCardAndFollowTheRun()
    {
        Fixture f;
        ClientCardDialog card(&f.session, f.client);
        card.show();
        card.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&card));
        auto *runs = card.findChild<WorkflowRunsPage *>();
        QVERIFY(runs);
        QCOMPARE(runs->model()->rowCount(), 0);

        QTest::keyClick(&card, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(card.tabs()->currentWidget(), static_cast<QWidget *>(runs));
        ApplyWorkflowDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = card.findChild<ApplyWorkflowDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->clientId(), f.client);
        QCOMPARE(child<QComboBox>(dialog, u"applyWorkflowClient"_s)->currentText(), u"ТОО «Алтын Бухгалтерия»"_s);
        QCOMPARE(dialog->startDate(), kToday);
        auto *templates = child<QComboBox>(dialog, u"applyWorkflowTemplate"_s);
        templates->setCurrentIndex(templates->findData(f.completion.id.value));
        QCOMPARE(dialog->templateId(), f.completion.id);
        auto *tickets = child<QComboBox>(dialog, u"applyWorkflowTicket"_s);
        QCOMPARE(tickets->count(), 2); // none, and the client's open ticket
        QCOMPARE(tickets->itemText(1), u"#%1  Annual report"_s.arg(f.ticket.value));
        tickets->setCurrentIndex(1);
        QCOMPARE(dialog->ticketId(), f.ticket);

        // The specialist step goes to the ticket's assignee, quality control
        // to the controller, the rest to the account manager.
        auto *preview = child<QTableWidget>(dialog, u"applyWorkflowPreview"_s);
        QCOMPARE(previewRows(preview),
            QStringList({ u"Deliver the result to the client|Specialist|Данияр Сейткали|"_s + shortDate(kToday),
                u"Get the client's acceptance|Account manager|Айгерим Нурпеисова|"_s + shortDate(QDate(2026, 2, 10)),
                u"Issue the closing documents|Account manager|Айгерим Нурпеисова|"_s + shortDate(QDate(2026, 2, 11)),
                u"Ask for feedback: liked or not liked|Account manager|Айгерим Нурпеисова|"_s
                    + shortDate(QDate(2026, 2, 11)),
                u"Check the quality of the completed work|Quality control|Мария Ким|"_s
                    + shortDate(QDate(2026, 2, 13)) }));
        QCOMPARE(dialog->preview().size(), 5);
        QCOMPARE(dialog->preview().at(4).ownerEmail, u"qc@example.kz"_s);
        QCOMPARE(dialog->preview().at(4).dueOn, QDate(2026, 2, 13));
        QVERIFY(child<QLabel>(dialog, u"applyWorkflowSummary"_s)->text().startsWith(u"5 task(s) will be created"_s));
        QVERIFY(WorkflowRepository(f.t.db).runs().isEmpty()); // the preview writes nothing
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QCOMPARE(ok->text(), u"&Apply"_s);
        dialog->resize(820, 520);
        saveShot(dialog, u"workflow-apply.png"_s);

        WorkflowRunId applied;
        connect(dialog, &ApplyWorkflowDialog::applied, this, [&applied](WorkflowRunId id) { applied = id; });
        QPointer<ApplyWorkflowDialog> guard(dialog);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(applied.isValid());
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());

        // The tasks in the database: one per step, owned and due as previewed.
        const auto run = WorkflowRepository(f.t.db).run(applied);
        QVERIFY(run);
        QCOMPARE(run->clientId, f.client);
        QCOMPARE(run->ticketId, f.ticket);
        QCOMPARE(run->startedOn, kToday);
        QStringList stored;
        for (const Task &t : run->tasks) {
            QCOMPARE(t.workflowRunId, applied);
            QCOMPARE(t.ticketId, f.ticket);
            QCOMPARE(t.status, TaskStatus::Open);
            stored << t.ownerEmail + u'@' + t.dueOn.toString(Qt::ISODate);
        }
        QCOMPARE(stored,
            QStringList({ u"dev@example.kz@2026-02-06"_s, u"am@example.kz@2026-02-10"_s, u"am@example.kz@2026-02-11"_s,
                u"am@example.kz@2026-02-11"_s, u"qc@example.kz@2026-02-13"_s }));

        // The card's Workflows tab lists the run, selected.
        WorkflowRunModel *model = runs->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(runs->table()->currentIndex().row(), 0);
        QVERIFY(runs->table()->isColumnHidden(WorkflowRunModel::ClientColumn));
        QCOMPARE(cell(model, 0, WorkflowRunModel::DoneColumn), u"0 of 5"_s);
        QCOMPARE(cell(model, 0, WorkflowRunModel::LateColumn), u"0"_s);

        // Enter opens the run's tasks at the first open one; it is marked done today, on time.
        runs->table()->setFocus();
        QTest::keyClick(runs->table(), Qt::Key_Return);
        WorkflowRunDialog *tasks = nullptr;
        QTRY_VERIFY((tasks = runs->findChild<WorkflowRunDialog *>()) && tasks->isVisible());
        QCOMPARE(tasks->runId(), applied);
        QCOMPARE(tasks->model()->rowCount(), 5);
        QCOMPARE(tasks->table()->currentIndex().row(), 0);
        const TaskId first = tasks->model()->taskId(0);
        QCOMPARE(first, run->tasks.first().id);
        onNextMessageBox();
        QTest::mouseClick(child<QPushButton>(tasks, u"workflowRunMarkDone"_s), Qt::LeftButton);
        QTRY_COMPARE(TaskRepository(f.t.db).byId(first)->status, TaskStatus::Done);
        QVERIFY(TaskRepository(f.t.db).byId(first)->isDoneOnTime());
        QTRY_VERIFY(child<QLabel>(tasks, u"workflowRunSummary"_s)->text().contains(u"Steps done: 1 of 5"_s));
        tasks->close();

        // Wednesday the 11th: the acceptance, due Tuesday, is open past its due date.
        Clock::setFixed(noonOf(QDate(2026, 2, 11)));
        f.session.notifyDataChanged();
        QTRY_COMPARE(cell(model, 0, WorkflowRunModel::DoneColumn), u"1 of 5"_s);
        QCOMPARE(cell(model, 0, WorkflowRunModel::LateColumn), u"1"_s);
        QCOMPARE(model->index(0, 0).data(WorkflowRunModel::LateRole).toInt(), 1);
        QCOMPARE(model->index(0, WorkflowRunModel::LateColumn).data(Qt::ForegroundRole).value<QBrush>().color(), kRed);
        QCOMPARE(cell(model, 0, WorkflowRunModel::NextStepColumn),
            u"Get the client's acceptance — due "_s + shortDate(QDate(2026, 2, 10)));
        QCOMPARE(cell(model, 0, WorkflowRunModel::TicketColumn), u"#%1  Annual report"_s.arg(f.ticket.value));
        card.close();

        // The Regulation editor lists every client's runs; a double click opens the tasks.
        RegulationEditor editor(&f.session);
        editor.tabs()->setCurrentIndex(RegulationEditor::RunsTab);
        editor.resize(1180, 560);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        WorkflowRunsPage *page = editor.runs();
        WorkflowRunModel *all = page->model();
        QCOMPARE(all->rowCount(), 1);
        QVERIFY(!page->table()->isColumnHidden(WorkflowRunModel::ClientColumn));
        QCOMPARE(cell(all, 0, WorkflowRunModel::TemplateColumn), f.completion.name);
        QCOMPARE(cell(all, 0, WorkflowRunModel::ClientColumn), u"ТОО «Алтын Бухгалтерия»"_s);
        QCOMPARE(cell(all, 0, WorkflowRunModel::StartedColumn), shortDate(kToday));
        QCOMPARE(cell(all, 0, WorkflowRunModel::DoneColumn), u"1 of 5"_s);
        QCOMPARE(cell(all, 0, WorkflowRunModel::LateColumn), u"1"_s);
        QCOMPARE(page->table()->accessibleName(), u"Workflow runs"_s);
        QVERIFY(child<QLabel>(page, u"workflowRunsSummary"_s)->text().contains(u"with late steps: 1"_s));
        page->table()->setCurrentIndex(all->index(0, 0));
        saveShot(&editor, u"workflow-runs.png"_s);
        const QRect rect = page->table()->visualRect(all->index(0, WorkflowRunModel::TemplateColumn));
        // A double click is a press, a release and the double click (the view
        // activates the row it was pressed on).
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTest::mouseDClick(page->table()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTRY_VERIFY((tasks = page->findChild<WorkflowRunDialog *>()) && tasks->isVisible());
        QCOMPARE(tasks->model()->rowCount(), 5);
        // The first open task is the late one.
        QCOMPARE(tasks->table()->currentIndex().row(), 1);
        QCOMPARE(
            tasks->model()->index(1, TaskTableModel::StateColumn).data(TaskTableModel::OverdueRole).toBool(), true);
        tasks->close();
    }

    void refusalStaysInTheDialog()
    {
        Fixture f;
        ApplyWorkflowDialog dialog(&f.session, f.other, f.kickoff.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.templateId(), f.kickoff.id);
        auto *error = child<QLabel>(&dialog, u"applyWorkflowError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(
            error->text().contains(u"Hand over the client card and special conditions"_s), qPrintable(error->text()));
        QVERIFY(dialog.preview().isEmpty());
        QCOMPARE(child<QTableWidget>(&dialog, u"applyWorkflowPreview"_s)->rowCount(), 0);
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog.apply());
        QVERIFY(WorkflowRepository(f.t.db).runs().isEmpty());
        // The ticket list is the chosen client's: this one has none.
        QVERIFY(!child<QComboBox>(&dialog, u"applyWorkflowTicket"_s)->isEnabled());

        // The completion template needs no sales owner: the error goes.
        dialog.setTemplate(f.completion.id);
        QVERIFY(!error->isVisible());
        QCOMPARE(dialog.preview().size(), 5);
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void applyToClientFromTheTemplatesTab()
    {
        Fixture f;
        RegulationEditor editor(&f.session);
        editor.tabs()->setCurrentIndex(RegulationEditor::WorkflowsTab);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.workflows()->selectTemplate(f.completion.id);
        QTest::mouseClick(child<QPushButton>(editor.workflows(), u"workflowApply"_s), Qt::LeftButton);
        ApplyWorkflowDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor.findChild<ApplyWorkflowDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->templateId(), f.completion.id);
        // No client chosen for the user: nothing to apply yet.
        QVERIFY(!dialog->clientId().isValid());
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        auto *clients = child<QComboBox>(dialog, u"applyWorkflowClient"_s);
        clients->setCurrentIndex(clients->findText(u"ТОО «Алтын Бухгалтерия»"_s));
        QCOMPARE(dialog->clientId(), f.client);
        QCOMPARE(dialog->preview().size(), 5);
        QCOMPARE(dialog->preview().first().ownerEmail, u"am@example.kz"_s); // no ticket: the account manager
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(editor.tabs()->currentIndex(), int(RegulationEditor::RunsTab));
        QCOMPARE(editor.runs()->model()->rowCount(), 1);
        QCOMPARE(WorkflowRepository(f.t.db).runs(f.client).size(), 1);
        QVERIFY(!WorkflowRepository(f.t.db).runs(f.client).first().ticketId.isValid());

        // Ctrl+Shift+W on the runs tab opens the dialog again.
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QTest::keyClick(&editor, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY((dialog = editor.findChild<ApplyWorkflowDialog *>()) && dialog->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(TestWorkflowRun)
#include "tst_workflowrun.moc"
