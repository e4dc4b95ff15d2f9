// The regulation GUI offscreen: a review held through its dialog with an
// action item schedules the next one; an overdue review is flagged; the
// Service standard preset creates obligation rules; Today lists my overdue
// task and review; complaints are recorded and handled on the client card's
// panel; workflow templates are validated and saved; a scheduled review is
// moved or cancelled with a reason, shown in the review form's history.
#include "testsupport.h"

#include "appsession.h"
#include "domain/clock.h"
#include "regulation/clientfeedbackpanel.h"
#include "regulation/clientfeedbackmodel.h"
#include "regulation/obligationrulespage.h"
#include "regulation/regulationeditor.h"
#include "regulation/taskspage.h"
#include "regulation/tasktablemodel.h"
#include "regulation/workflowtemplatespage.h"
#include "reviews/actionitemsmodel.h"
#include "reviews/reviewchangedialog.h"
#include "reviews/reviewdialog.h"
#include "reviews/reviewsview.h"
#include "reviews/reviewtablemodel.h"
#include "storage/clientfeedbackrepository.h"
#include "storage/clientrepository.h"
#include "storage/obligationrepository.h"
#include "storage/reviewrepository.h"
#include "storage/taskrepository.h"
#include "storage/userrepository.h"
#include "storage/workflowrepository.h"
#include "today/todaysection.h"
#include "today/todayview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

// Wednesday, 18 March 2026, noon UTC: the quarterly review of "Степь
// Логистик" (contract from 1 June 2025) was due on 1 March and is overdue.
const QDate kToday(2026, 3, 18);

struct Fixture
{
    test::TempDatabase t;
    AppSession session;
    User manager, otherManager, lead;
    ClientId client, second;
    ReviewId overdueReview;

    Fixture()
    {
        Clock::setFixed(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch());
        manager = addUser(u"Айгерим Нурпеисова"_s, u"am@example.kz"_s, Role::AccountManager);
        otherManager = addUser(u"Ольга Волкова"_s, u"am2@example.kz"_s, Role::AccountManager);
        lead = addUser(u"Тимур Ахметов"_s, u"lead@example.kz"_s, Role::TeamLead);
        client = addClient(u"ТОО «Степь Логистик»"_s, u"T-1"_s, manager.id, QDate(2025, 6, 1));
        second = addClient(u"АО «Алтын Сервис»"_s, u"T-2"_s, otherManager.id, QDate(2025, 12, 10));
        Database db = t.db;
        db.setActor(lead);
        ReviewRepository reviews(db);
        ReviewCadence cadence;
        cadence.anchor = QDate(2025, 6, 1);
        if (!reviews.setCadence(client, cadence))
            qFatal("cannot set the cadence");
        // Scheduled in February: the grid date on or after it is 1 March.
        if (!reviews.scheduleReviews(QDate(2026, 2, 20)))
            qFatal("cannot schedule reviews");
        ReviewQuery q;
        q.client = client;
        overdueReview = reviews.list(q).value(0).id;
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

    ClientId addClient(const QString &name, const QString &taxId, UserId accountManager, QDate start)
    {
        Client c;
        c.legalName = name;
        c.shortName = name.section(u'«', 1).section(u'»', 0, 0);
        c.taxCountry = TaxCountry::Other;
        c.taxId = taxId;
        c.status = ClientStatus::Active;
        c.contractNumber = u"D-2025/"_s + taxId;
        c.contractStart = start;
        c.accountManagerId = accountManager;
        c.tariff = Tariff {Money(25000000, u"KZT"_s), 600, Money(1500000, u"KZT"_s), 1200, 10, 0};
        return ClientRepository(t.db).add(c)->id;
    }

    Review review(ReviewId id) const { return *ReviewRepository(t.db).byId(id); }
};

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

// Clicks the button of the next message box whose text contains `buttonText`
// (or the default button when empty) once it shows.
void onNextMessageBox(const QString &buttonText = {})
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, buttonText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        QAbstractButton *button = box->defaultButton();
        for (QAbstractButton *b : box->buttons()) {
            if (!buttonText.isEmpty() && b->text().contains(buttonText))
                button = b;
        }
        if (button)
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

// A date as the repository writes it in timeline titles and messages.
QString longDate(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

// Types into the editor the table opened on its current cell and commits it.
void typeIntoEditor(QTableView *table, const QString &text)
{
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()) != nullptr);
    editor->setText(text);
    const QModelIndex cell = table->currentIndex();
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop pass
    QTRY_COMPARE(cell.data().toString(), text);
}

} // namespace

class TestReviewsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void overdueReviewIsFlagged()
    {
        Fixture f;
        ReviewsView view(&f.session);
        view.resize(1280, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(child<QLabel>(&view, u"viewTitle"_s)->text(), u"Reviews"_s);
        auto *tabs = child<QTabBar>(&view, u"reviewPages"_s);
        QVERIFY(tabs->tabText(ReviewsView::OverduePage).contains(u"(1)"_s));
        QCOMPARE(tabs->tabTextColor(ReviewsView::OverduePage), QColor(0xb0, 0x00, 0x20));

        view.setPage(ReviewsView::OverduePage);
        ReviewTableModel *model = view.model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex status = model->index(0, ReviewTableModel::StatusColumn);
        QCOMPARE(model->data(status, ReviewTableModel::OverdueRole).toBool(), true);
        QCOMPARE(model->data(status).toString(), u"Overdue 17 d"_s);
        QCOMPARE(model->data(status, Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
        QCOMPARE(model->data(model->index(0, ReviewTableModel::ClientColumn)).toString(), u"ТОО «Степь Логистик»"_s);

        // The other manager's filter hides it.
        auto *manager = child<QComboBox>(&view, u"reviewManagerFilter"_s);
        manager->setCurrentIndex(manager->findData(f.otherManager.id.value));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(child<QLabel>(&view, u"reviewEmpty"_s)->isVisible());
        manager->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 1);
        saveShot(&view, u"reviews-view.png"_s);
    }

    void holdReviewWithActionItem()
    {
        Fixture f;
        ReviewsView view(&f.session);
        view.resize(1280, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPage(ReviewsView::OverduePage);
        auto *table = child<QTableView>(&view, u"reviewTable"_s);
        table->setCurrentIndex(view.model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(&view, u"reviewOpen"_s), Qt::LeftButton);
        ReviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<ReviewDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->reviewId(), f.overdueReview);
        QVERIFY(child<QLabel>(dialog, u"reviewState"_s)->text().startsWith(u"Overdue since"_s));
        // Before holding, the dialog says which review comes next.
        QVERIFY(child<QLabel>(dialog, u"reviewNext"_s)->text().contains(u"Annual review"_s));

        QTest::keyClicks(child<QLineEdit>(dialog, u"reviewAttendees"_s), u"CEO Erzhan Abenov, CFO, account manager"_s);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"reviewProgress"_s), u"Payroll moved to the new system"_s);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"reviewProblems"_s), u"Two payslips were late"_s);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"reviewSatisfaction"_s), u"Satisfied, wants earlier payslips"_s);

        auto *items = child<QTableView>(dialog, u"actionItemsTable"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"actionItemAdd"_s), Qt::LeftButton);
        QCOMPARE(dialog->actionItems()->rowCount(), 1);
        typeIntoEditor(items, u"Send payslips by the 8th"_s);
        QCOMPARE(dialog->actionItems()->items().value(0).title, u"Send payslips by the 8th"_s);
        QCOMPARE(dialog->actionItems()->items().value(0).ownerId, f.manager.id);
        QCOMPARE(dialog->actionItems()->items().value(0).dueOn, kToday.addDays(14));

        saveShot(dialog, u"review-dialog.png"_s);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(f.review(f.overdueReview).status, ReviewStatus::Held);

        const Review held = f.review(f.overdueReview);
        QCOMPARE(held.heldOn, kToday);
        QCOMPARE(held.attendees, u"CEO Erzhan Abenov, CFO, account manager"_s);
        QCOMPARE(held.problems, u"Two payslips were late"_s);
        QCOMPARE(held.satisfaction, u"Satisfied, wants earlier payslips"_s);
        const QList<Task> plan = ReviewRepository(f.t.db).actionItems(f.overdueReview);
        QCOMPARE(plan.size(), 1);
        // Holding it kept the pack discussed with it (none was prepared before).
        const auto kept = ReviewRepository(f.t.db).packs(f.overdueReview);
        QCOMPARE(kept.size(), 1);
        QVERIFY(QFile::exists(kept.first().second));
        QCOMPARE(plan.first().title, u"Send payslips by the 8th"_s);
        QCOMPARE(plan.first().ownerId, f.manager.id);
        QCOMPARE(plan.first().source, TaskSource::Review);

        // The next review (annual, 1 June 2026) is scheduled and shown.
        QVERIFY(child<QLabel>(dialog, u"reviewNext"_s)->text().startsWith(u"Review held. Next review: Annual review"_s));
        QCOMPARE(child<QPushButton>(dialog, u"reviewSave"_s)->text(), u"&Save"_s);
        QVERIFY(!dialog->isDirty());
        dialog->close();

        view.setPage(ReviewsView::UpcomingPage);
        QCOMPARE(view.model()->rowCount(), 1);
        const Review *next = view.model()->review(0);
        QCOMPARE(next->clientId, f.client);
        QCOMPARE(next->kind, ReviewKind::Annual);
        QCOMPARE(next->scheduledOn, QDate(2026, 6, 1));
        view.setPage(ReviewsView::OverduePage);
        QCOMPARE(view.model()->rowCount(), 0);
        view.setPage(ReviewsView::HeldPage);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->data(view.model()->index(0, ReviewTableModel::ActionsColumn)).toString(),
                 u"1 of 1 open"_s);
    }

    void preparePackWritesAndKeepsIt()
    {
        Fixture f;
        ReviewDialog dialog(&f.session, f.overdueReview);
        dialog.setOpenPacks(false);
        dialog.resize(900, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *button = child<QPushButton>(&dialog, u"reviewPreparePack"_s);
        QCOMPARE(button->text(), u"Prepare &pack"_s);
        QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        auto *label = child<QLabel>(&dialog, u"reviewPackLabel"_s);
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(u"Review pack ready"_s), qPrintable(label->text()));
        const auto kept = ReviewRepository(f.t.db).packs(f.overdueReview);
        QCOMPARE(kept.size(), 1);
        const QString path = kept.first().second;
        QVERIFY(path.startsWith(ReviewDialog::packFolder()));
        QVERIFY(label->text().contains(QFileInfo(path).fileName()));
        QVERIFY(QFileInfo(path).size() > 10000);
        // The client's language (ru) and the client's name, read back from the PDF.
        const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!tool.isEmpty(), "pdftotext is not installed (scripts/setup.sh installs poppler-utils)");
        QProcess p;
        p.start(tool, { path, u"-"_s });
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(u"Обращения и соблюдение SLA"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(f.review(f.overdueReview).clientName));
        saveShot(&dialog, u"review-pack-ready.png"_s);
        // Preparing again keeps one link on the card.
        QVERIFY(!dialog.preparePack().isEmpty());
        QCOMPARE(ReviewRepository(f.t.db).packs(f.overdueReview).size(), 1);
        // Still nothing held: preparing is not holding.
        QCOMPARE(f.review(f.overdueReview).status, ReviewStatus::Scheduled);
    }

    void rescheduleReviewWithReason()
    {
        Fixture f;
        ReviewsView view(&f.session);
        view.resize(1280, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QCOMPARE(view.page(), ReviewsView::OverduePage);
        auto *reschedule = child<QPushButton>(&view, u"reviewReschedule"_s);
        auto *cancel = child<QPushButton>(&view, u"reviewCancel"_s);
        // Nothing selected: both are disabled and the shortcut opens nothing.
        QVERIFY(!reschedule->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QTest::keyClick(&view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!view.findChild<ReviewChangeDialog *>());
        auto *table = child<QTableView>(&view, u"reviewTable"_s);
        table->setCurrentIndex(view.model()->index(0, 0));
        QVERIFY(reschedule->isEnabled());
        QVERIFY(cancel->isEnabled());

        QTest::keyClick(&view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        ReviewChangeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<ReviewChangeDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->objectName(), u"reviewRescheduleDialog"_s);
        QCOMPARE(dialog->reviewId(), f.overdueReview);
        auto *date = child<QDateEdit>(dialog, u"reviewChangeDate"_s);
        auto *reason = child<QPlainTextEdit>(dialog, u"reviewChangeReason"_s);
        auto *ok = child<QPushButton>(dialog, u"reviewChangeOk"_s);
        auto *error = child<QLabel>(dialog, u"reviewChangeError"_s);
        QVERIFY(date->isVisible());
        QVERIFY(date->calendarPopup());
        QCOMPARE(date->date(), QDate(2026, 3, 1));
        QVERIFY(!ok->isEnabled()); // no reason yet
        QTest::keyClicks(reason, u"   "_s);
        QVERIFY(!ok->isEnabled()); // blanks are no reason
        reason->clear();
        const QString why = u"The CFO is on leave until 24 March"_s;
        QTest::keyClicks(reason, why);
        QVERIFY(ok->isEnabled());

        // The repository refuses the same date: the message stays in the open dialog.
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"The review is already on %1: choose another date."_s.arg(longDate(QDate(2026, 3, 1))));
        QCOMPARE(f.review(f.overdueReview).scheduledOn, QDate(2026, 3, 1));

        date->setDate(QDate(2026, 3, 25));
        QVERIFY(!error->isVisible());
        saveShot(dialog, u"review-reschedule.png"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(f.review(f.overdueReview).scheduledOn, QDate(2026, 3, 25));
        QTRY_VERIFY(!view.findChild<ReviewChangeDialog *>()); // closed and deleted
        QCOMPARE(f.review(f.overdueReview).status, ReviewStatus::Scheduled);
        auto *status = child<QLabel>(&view, u"reviewStatus"_s);
        QVERIFY2(status->text().contains(u" moved to "_s), qPrintable(status->text()));

        // The list reloaded: no longer overdue, now upcoming.
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(!reschedule->isEnabled());
        view.setPage(ReviewsView::UpcomingPage);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->review(0)->scheduledOn, QDate(2026, 3, 25));

        // The reason is kept and shown with both dates when the review is opened.
        const QList<TimelineItem> kept = ReviewRepository(f.t.db).history(f.overdueReview);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().body, why);
        ReviewDialog *review = view.openReview(f.overdueReview);
        QVERIFY(review);
        QTRY_VERIFY(review->isVisible());
        auto *history = child<QLabel>(review, u"reviewHistory"_s);
        QVERIFY(history->isVisible());
        const QString moved
            = u"Review moved from %1 to %2"_s.arg(longDate(QDate(2026, 3, 1)), longDate(QDate(2026, 3, 25)));
        QVERIFY2(history->text().contains(moved.toHtmlEscaped()), qPrintable(history->text()));
        QVERIFY2(history->text().contains(why.toHtmlEscaped()), qPrintable(history->text()));
        review->close();
    }

    void cancelReviewWithReason()
    {
        Fixture f;
        {
            // Nothing happened to the review yet: no history under the heading.
            ReviewDialog untouched(&f.session, f.overdueReview);
            QVERIFY(child<QLabel>(&untouched, u"reviewHistory"_s)->isHidden());
        }
        ReviewsView view(&f.session);
        view.resize(1280, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        auto *table = child<QTableView>(&view, u"reviewTable"_s);
        table->setCurrentIndex(view.model()->index(0, 0));
        auto *cancel = child<QPushButton>(&view, u"reviewCancel"_s);
        QVERIFY(cancel->isEnabled());

        // Keep closes the dialog and changes nothing.
        QTest::mouseClick(cancel, Qt::LeftButton);
        ReviewChangeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<ReviewChangeDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->objectName(), u"reviewCancelDialog"_s);
        QVERIFY(!child<QDateEdit>(dialog, u"reviewChangeDate"_s)->isVisible()); // no new date to choose
        QVERIFY(!child<QPushButton>(dialog, u"reviewChangeOk"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, u"reviewChangeCancel"_s), Qt::LeftButton);
        QTRY_VERIFY(!view.findChild<ReviewChangeDialog *>());
        QCOMPARE(f.review(f.overdueReview).status, ReviewStatus::Scheduled);
        QVERIFY(ReviewRepository(f.t.db).history(f.overdueReview).isEmpty());

        // Through its shortcut, with a reason.
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTest::keyClick(&view, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY((dialog = view.findChild<ReviewChangeDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->objectName(), u"reviewCancelDialog"_s);
        auto *ok = child<QPushButton>(dialog, u"reviewChangeOk"_s);
        const QString why = u"The client paused the contract until May"_s;
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"reviewChangeReason"_s), why);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(f.review(f.overdueReview).status, ReviewStatus::Cancelled);
        QTRY_VERIFY(!view.findChild<ReviewChangeDialog *>());
        QCOMPARE(f.review(f.overdueReview).scheduledOn, QDate(2026, 3, 1));
        auto *status = child<QLabel>(&view, u"reviewStatus"_s);
        QVERIFY2(status->text().endsWith(u" cancelled."_s), qPrintable(status->text()));
        QCOMPARE(view.model()->rowCount(), 0); // a cancelled review is not overdue
        QVERIFY(!cancel->isEnabled());

        ReviewDialog *review = view.openReview(f.overdueReview);
        QTRY_VERIFY(review->isVisible());
        QCOMPARE(child<QLabel>(review, u"reviewState"_s)->text(), u"Cancelled"_s);
        auto *history = child<QLabel>(review, u"reviewHistory"_s);
        QVERIFY(history->isVisible());
        const QString cancelled = u"Review of %1 cancelled"_s.arg(longDate(QDate(2026, 3, 1)));
        QVERIFY2(history->text().contains(cancelled.toHtmlEscaped()), qPrintable(history->text()));
        QVERIFY2(history->text().contains(why.toHtmlEscaped()), qPrintable(history->text()));
        review->close();
    }

    void reviewValidation_data()
    {
        QTest::addColumn<QString>("attendees");
        QTest::addColumn<QString>("itemTitle");
        QTest::addColumn<QString>("messageObject");
        QTest::addColumn<QString>("message");
        QTest::newRow("no attendees") << QString() << QString() << u"reviewAttendeesMessage"_s
                                      << u"Enter who attended the review."_s;
        QTest::newRow("blank attendees") << u"   "_s << QString() << u"reviewAttendeesMessage"_s
                                         << u"Enter who attended the review."_s;
        QTest::newRow("action item without a title")
            << u"CEO"_s << u" "_s << u"actionItemsMessage"_s << u"Action item 1: enter what is to be done."_s;
    }

    void reviewValidation()
    {
        QFETCH(QString, attendees);
        QFETCH(QString, itemTitle);
        QFETCH(QString, messageObject);
        QFETCH(QString, message);
        Fixture f;
        ReviewDialog dialog(&f.session, f.overdueReview);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, u"reviewAttendees"_s)->setText(attendees);
        if (!itemTitle.isNull()) {
            QTest::mouseClick(child<QPushButton>(&dialog, u"actionItemAdd"_s), Qt::LeftButton);
            typeIntoEditor(child<QTableView>(&dialog, u"actionItemsTable"_s), itemTitle);
        }
        QVERIFY(!dialog.save());
        auto *label = child<QLabel>(&dialog, messageObject);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), message);
        QCOMPARE(f.review(f.overdueReview).status, ReviewStatus::Scheduled);
        QVERIFY(ReviewRepository(f.t.db).actionItems(f.overdueReview).isEmpty());
        // Closing with unsaved changes asks first; Discard leaves nothing behind.
        QCOMPARE(dialog.isDirty(), !itemTitle.isNull());
        if (dialog.isDirty())
            onNextMessageBox(u"Discard"_s);
        dialog.reject();
        QTRY_VERIFY(!dialog.isVisible());
    }

    void presetCreatesObligationRules()
    {
        Fixture f;
        f.session.setCurrentUser(f.lead);
        ReviewsView view(&f.session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(child<QPushButton>(&view, u"reviewRegulation"_s), Qt::LeftButton);
        RegulationEditor *editor = nullptr;
        QTRY_VERIFY((editor = view.findChild<RegulationEditor *>()) && editor->isVisible());
        ObligationRulesPage *page = editor->obligations();
        page->selectClient(f.second);
        QCOMPARE(page->currentClient(), f.second);
        QCOMPARE(page->selectedClients(), QList<ClientId> {f.second});
        QCOMPARE(child<QTableWidget>(page, u"ruleTable"_s)->rowCount(), 0);

        QSignalSpy applied(page, &ObligationRulesPage::presetApplied);
        onNextMessageBox(u"Selected clients (1)"_s);
        QTest::mouseClick(child<QPushButton>(page, u"rulePreset"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 15000);
        QCOMPARE(applied.first().first().toBool(), true);

        const QList<ObligationRuleRow> rules = ObligationRepository(f.t.db).list(f.second);
        QCOMPARE(rules.size(), 5);
        for (const ObligationRuleRow &r : rules)
            QCOMPARE(r.rule.preset, u"service_standard"_s);
        QVERIFY(ObligationRepository(f.t.db).list(f.client).isEmpty()); // not selected
        QTRY_COMPARE(child<QTableWidget>(page, u"ruleTable"_s)->rowCount(), 5);
        QVERIFY(child<QLabel>(page, u"ruleStatus"_s)->text().contains(u"obligations added: 5"_s));
        // The preset also set the client's reviews: one is scheduled.
        ReviewQuery q;
        q.client = f.second;
        QCOMPARE(ReviewRepository(f.t.db).count(q), 1);
        QVERIFY(child<QCheckBox>(page, u"cadenceAnnual"_s)->isChecked());

        editor->tabs()->setCurrentIndex(RegulationEditor::TasksTab);
        editor->tasks()->setFilter(TasksPage::AllFilter);
        QVERIFY(editor->tasks()->model()->totalCount() > 0);
        editor->tabs()->setCurrentIndex(RegulationEditor::ObligationsTab);
        editor->resize(1180, 720);
        saveShot(editor, u"regulation-editor.png"_s);
    }

    void workflowTemplateIsValidatedAndSaved()
    {
        Fixture f;
        RegulationEditor editor(&f.session);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        WorkflowTemplatesPage *page = editor.workflows();
        const int before = int(WorkflowRepository(f.t.db).templates().size());
        QVERIFY(before >= 4);
        QTest::mouseClick(child<QPushButton>(page, u"workflowNew"_s), Qt::LeftButton);
        QVERIFY(!page->save());
        QCOMPARE(child<QLabel>(page, u"workflowNameMessage"_s)->text(), u"Enter the template's name."_s);
        QTest::keyClicks(child<QLineEdit>(page, u"workflowName"_s), u"Year-end closing"_s);
        QVERIFY(!page->save()); // the first step has no title
        QCOMPARE(child<QLabel>(page, u"workflowStepsMessage"_s)->text(), u"Step 1 needs a title."_s);
        auto *steps = child<QTableWidget>(page, u"workflowSteps"_s);
        steps->item(0, 0)->setText(u"Collect the year's acts"_s);
        QTest::mouseClick(child<QPushButton>(page, u"workflowAddStep"_s), Qt::LeftButton);
        steps->item(1, 0)->setText(u"Reconcile with the client"_s);
        QVERIFY(page->save());
        QList<WorkflowTemplate> all = WorkflowRepository(f.t.db).templates();
        QCOMPARE(all.size(), before + 1);
        const auto saved = std::find_if(all.cbegin(), all.cend(),
                                        [](const WorkflowTemplate &t) { return t.name == u"Year-end closing"_s; });
        QVERIFY(saved != all.cend());
        QCOMPARE(saved->steps.size(), 2);
        QCOMPARE(saved->steps.at(1).title, u"Reconcile with the client"_s);
    }

    void todayShowsMyOverdueWork()
    {
        Fixture f;
        Task task;
        task.title = u"Project report for February"_s;
        task.clientId = f.client;
        task.ownerId = f.manager.id;
        task.dueOn = QDate(2026, 3, 6);
        const TaskId overdue = TaskRepository(f.t.db).add(task)->id;
        task.title = u"Closing documents for February"_s;
        task.dueOn = QDate(2026, 3, 20);
        QVERIFY(TaskRepository(f.t.db).add(task));
        task.title = u"Someone else's task"_s;
        task.ownerId = f.otherManager.id;
        task.dueOn = QDate(2026, 3, 2);
        QVERIFY(TaskRepository(f.t.db).add(task));

        TodayView today(&f.session);
        today.resize(1300, 1100);
        today.show();
        QVERIFY(QTest::qWaitForWindowExposed(&today));
        TodaySection *tasks = today.section(u"todayOverdueTasks"_s);
        QVERIFY(tasks);
        QCOMPARE(tasks->model()->rowCount(), 1);
        QCOMPARE(tasks->count(), 1);
        QCOMPARE(tasks->model()->index(0, TaskTableModel::TitleColumn).data().toString(),
                 u"Project report for February"_s);
        QCOMPARE(tasks->model()->index(0, TaskTableModel::StateColumn).data().toString(), u"Overdue 12 d"_s);
        TodaySection *week = today.section(u"todayWeekTasks"_s);
        QCOMPARE(week->model()->rowCount(), 1);
        TodaySection *reviews = today.section(u"todayOverdueReviews"_s);
        QCOMPARE(reviews->model()->rowCount(), 1);
        TodaySection *flagged = today.section(u"todayFlaggedClients"_s);
        QCOMPARE(flagged->model()->rowCount(), 1);
        QVERIFY(flagged->model()->index(0, 1).data().toString().contains(u"review overdue since"_s));
        saveShot(&today, u"today-regulation.png"_s);

        // Activating the task marks it done (late: it was due on 6 March).
        onNextMessageBox(u"Yes"_s);
        Q_EMIT tasks->activated(tasks->model()->index(0, 0));
        const Task done = *TaskRepository(f.t.db).byId(overdue);
        QCOMPARE(done.status, TaskStatus::Done);
        QVERIFY(done.isDoneLate());
        QTRY_COMPARE(tasks->model()->rowCount(), 0);

        // Activating the review opens the review form.
        Q_EMIT reviews->activated(reviews->model()->index(0, 0));
        ReviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = today.window()->findChild<ReviewDialog *>()) != nullptr);
        QCOMPARE(dialog->reviewId(), f.overdueReview);
        dialog->close();

        // Nobody else's reviews: the other manager sees none.
        f.session.setCurrentUser(f.otherManager);
        QCOMPARE(reviews->model()->rowCount(), 0);
        QCOMPARE(today.section(u"todayOverdueTasks"_s)->model()->rowCount(), 1);
    }

    void complaintRecordedAndHandled()
    {
        Fixture f;
        ClientFeedbackPanel panel(&f.session, f.client);
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.model()->rowCount(), 0);
        QTest::mouseClick(child<QPushButton>(&panel, u"feedbackAdd"_s), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<QDialog *>(u"clientFeedbackDialog"_s)) && dialog->isVisible());
        // An empty text is refused next to the field.
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(child<QLabel>(dialog, u"feedbackTextMessage"_s)->isVisible());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"feedbackText"_s), u"The act for February came late"_s);
        auto *channel = child<QComboBox>(dialog, u"feedbackChannel"_s);
        channel->setCurrentIndex(channel->findData(u"phone"_s));
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        const ClientFeedback *stored = panel.model()->feedback(0);
        QCOMPARE(stored->kind, ClientFeedbackKind::Complaint);
        QCOMPARE(stored->channel, u"phone"_s);
        QVERIFY(!stored->isHandled());
        QVERIFY(child<QLabel>(&panel, u"feedbackSummary"_s)->text().contains(u"1 not handled"_s));

        auto *table = child<QTableView>(&panel, u"feedbackTable"_s);
        table->setCurrentIndex(panel.model()->index(0, 0));
        panel.handleCurrent();
        QDialog *handle = nullptr;
        QTRY_VERIFY((handle = panel.findChild<QDialog *>(u"clientFeedbackDialog"_s)) && handle->isVisible());
        QTest::keyClicks(child<QPlainTextEdit>(handle, u"feedbackText"_s), u"Apologized; acts now go out on the 3rd"_s);
        QMetaObject::invokeMethod(handle, "accept");
        QTRY_VERIFY(panel.model()->rowCount() == 1 && panel.model()->feedback(0)->isHandled());
        QCOMPARE(panel.model()->feedback(0)->handling, u"Apologized; acts now go out on the 3rd"_s);
        QVERIFY(!child<QLabel>(&panel, u"feedbackSummary"_s)->text().contains(u"not handled"_s));
    }

    void exportsCalendar()
    {
        Fixture f;
        ReviewsView view(&f.session);
        const QString path = QDir(f.t.dir.path()).filePath(u"reviews.ics"_s);
        QVERIFY(view.exportCalendar(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
        QVERIFY(child<QLabel>(&view, u"reviewStatus"_s)->text().startsWith(u"Scheduled reviews written: 1"_s));
        QVERIFY(!view.exportCalendar(QDir(f.t.dir.path()).filePath(u"missing/dir/x.ics"_s)));
    }

    void scheduleReviewsIsIdempotent()
    {
        Fixture f;
        ReviewCadence cadence;
        cadence.anchor = QDate(2025, 12, 10);
        QVERIFY(ReviewRepository(f.t.db).setCadence(f.second, cadence));
        ReviewsView view(&f.session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *button = child<QPushButton>(&view, u"reviewSchedule"_s);
        auto *status = child<QLabel>(&view, u"reviewStatus"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Reviews scheduled: 1 new"_s), 15000);
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Reviews scheduled: 0 new"_s), 15000);
        view.setPage(ReviewsView::UpcomingPage);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->review(0)->scheduledOn, QDate(2026, 6, 10));
    }
};

QTEST_MAIN(TestReviewsView)
#include "tst_reviewsview.moc"
