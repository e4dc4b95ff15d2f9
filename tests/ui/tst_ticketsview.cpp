// The tickets GUI offscreen: Ctrl+N records a request, the tickets view
// lists it lazily with quick filters, the ticket dialog replies, enforces the
// workflow and explains the SLA, the Today view lists my tickets.
#include "testsupport.h"

#include "appsession.h"
#include "domain/clock.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "storage/clientrepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "tickets/categorycombo.h"
#include "tickets/deadlineedit.h"
#include "tickets/newticketdialog.h"
#include "tickets/slacell.h"
#include "tickets/ticketdialog.h"
#include "tickets/ticketlabels.h"
#include "tickets/ticketsview.h"
#include "tickets/tickettablemodel.h"
#include "today/todaysection.h"
#include "today/todayview.h"
#include "views/viewfactory.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

// Marks every translated string, to see which widgets retranslate live.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return u"[xx]"_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Saves a widget's picture when RAPPORT_SHOT_DIR is set (for reviewing layouts).
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

struct Staff
{
    User lead;
    User specialist;
};

Staff addStaff(const Database &db)
{
    UserRepository users(db);
    User lead;
    lead.name = u"Timur Akhmetov"_s;
    lead.email = u"timur@example.kz"_s;
    lead.role = Role::TeamLead;
    User specialist;
    specialist.name = u"Dana Seitkali"_s;
    specialist.email = u"dana@example.kz"_s;
    specialist.role = Role::Specialist;
    return {*users.add(lead), *users.add(specialist)};
}

ClientId addClient(const Database &db, const QString &name, const QString &contact = {})
{
    Client c;
    c.legalName = name;
    c.status = ClientStatus::Active;
    if (!contact.isEmpty()) {
        Contact person;
        person.name = contact;
        person.phone = u"+7 701 555 0101"_s;
        person.preferredChannel = ContactChannel::Phone;
        c.contacts << person;
    }
    auto added = ClientRepository(db).add(c);
    if (!added)
        qFatal("cannot add client: %s", qPrintable(added.error()));
    return added->id;
}

TicketId addTicket(const Database &db, ClientId client, const QString &subject, qint64 at, UserId owner = {},
                   UserId assignee = {})
{
    Ticket t;
    t.clientId = client;
    t.subject = subject;
    t.ownerId = owner;
    t.channel = TicketChannel::Email;
    auto created = TicketRepository(db).create(t, at);
    if (!created)
        qFatal("cannot add ticket: %s", qPrintable(created.error()));
    if (assignee.isValid() && !TicketRepository(db).assign(created->id, assignee, at))
        qFatal("cannot assign");
    return created->id;
}

} // namespace

class TestTicketsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void ctrlNRecordsReplyExplainsAndEnforcesWorkflow()
    {
        test::TempDatabase t;
        const Staff staff = addStaff(t.db);
        const ClientId client = addClient(t.db, u"Alatau Logistics LLP"_s, u"Ermek Bekov"_s);
        addClient(t.db, u"Baiterek Foods JSC"_s);
        LanguageManager languages;
        languages.setLanguage(u"en"_s, false);
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        session.setCurrentUser(staff.lead);
        MainWindow window(&session, &languages);
        window.show();
        QVERIFY(window.showView(u"tickets"_s));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+N from anywhere opens the new-ticket dialog.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QPointer<NewTicketDialog> dialog = window.findChild<NewTicketDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *clientEdit = dialog->findChild<QLineEdit *>(u"newTicketClient"_s);
        auto *contact = dialog->findChild<QComboBox *>(u"newTicketContact"_s);
        auto *channel = dialog->findChild<QComboBox *>(u"newTicketChannel"_s);
        auto *subject = dialog->findChild<QLineEdit *>(u"newTicketSubject"_s);
        auto *description = dialog->findChild<QPlainTextEdit *>(u"newTicketDescription"_s);
        QVERIFY(clientEdit && contact && channel && subject && description);
        QCOMPARE(channel->currentData().toString(), u"phone"_s);

        // Without a subject nothing is created and the field says why.
        QTest::keyClicks(clientEdit, u"Alatau"_s);
        QCompleter *completer = clientEdit->completer();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(dialog->clientId(), client);
        QCOMPARE(contact->count(), 2);
        QCOMPARE(contact->currentIndex(), 1); // the client's only contact
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"newTicketSubjectError"_s)->isVisible());
        QCOMPARE(TicketRepository(t.db).count({}), 0);

        QTest::keyClicks(subject, u"Printer does not print in the accounting office"_s);
        QTest::keyClicks(description, u"Paper jam after every second page"_s);
        shoot(dialog, u"new-ticket-dialog.png"_s);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        const QList<TicketListRow> rows = TicketRepository(t.db).list({});
        QCOMPARE(rows.size(), 1);
        const TicketId id = rows.first().id;
        const auto created = TicketRepository(t.db).byId(id);
        QVERIFY(created);
        QCOMPARE(created->clientId, client);
        QVERIFY(created->contactId.isValid());
        QCOMPARE(created->channel, TicketChannel::Phone);
        QCOMPARE(created->ownerId, staff.lead.id);
        QCOMPARE(created->description, u"Paper jam after every second page"_s);

        // It appears in the tickets view; double-click opens it.
        auto *view = qobject_cast<TicketsView *>(window.view(u"tickets"_s));
        QVERIFY(view);
        auto *table = view->findChild<QTableView *>(u"ticketTable"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->ticketId(0), id);
        QCOMPARE(view->model()->index(0, TicketTableModel::SubjectColumn).data().toString(),
                 u"Printer does not print in the accounting office"_s);
        QVERIFY(view->model()->index(0, TicketTableModel::SlaColumn).data().toString().endsWith(u"left"_s));
        const QRect cell = table->visualRect(view->model()->index(0, TicketTableModel::SubjectColumn));
        // (The first press after the completer's popup closed only ends the popup's grab.)
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QPointer<TicketDialog> ticket = window.findChild<TicketDialog *>();
        QVERIFY(ticket);
        QCOMPARE(ticket->ticketId(), id);

        // Reply with Ctrl+Enter: the SLA panel shows the response met.
        auto *compose = ticket->findChild<QPlainTextEdit *>(u"composeText"_s);
        auto *responseState = ticket->findChild<QLabel *>(u"slaResponseState"_s);
        QVERIFY(compose && responseState);
        QVERIFY(!responseState->text().startsWith(u"met"_s));
        QTest::keyClicks(compose, u"A technician comes at 15:00 today"_s);
        QTest::keyClick(compose, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(compose->toPlainText().isEmpty());
        QVERIFY2(responseState->text().startsWith(u"met"_s), qPrintable(responseState->text()));
        QCOMPARE(TicketRepository(t.db).byId(id)->sla.response.state, SlaTargetState::Met);
        QVERIFY(ticket->findChild<QTextBrowser *>(u"conversation"_s)->toPlainText().contains(
            u"A technician comes at 15:00 today"_s));
        QVERIFY(!ticket->findChild<QLabel *>(u"slaExplanation"_s)->text().isEmpty());

        // An internal note is not a reply and shows as one.
        QTest::keyClicks(compose, u"Fuser unit is probably worn out"_s);
        QTest::mouseClick(ticket->findChild<QPushButton *>(u"noteButton"_s), Qt::LeftButton);
        const QList<TicketLogEntry> events = TicketRepository(t.db).events(id);
        QCOMPARE(events.last().kind, u"note"_s);

        // A new ticket is formalized before work starts.
        auto *startWork = ticket->findChild<QPushButton *>(u"startWorkButton"_s);
        auto *message = ticket->findChild<QLabel *>(u"ticketMessage"_s);
        QVERIFY(startWork && message);
        QVERIFY(!startWork->isEnabled());
        auto *statement = ticket->findChild<QPlainTextEdit *>(u"formalStatement"_s);
        QTest::keyClicks(statement, u"Replace the fuser unit of the HP printer in room 204 by Friday"_s);
        QTest::mouseClick(ticket->findChild<QPushButton *>(u"saveStatement"_s), Qt::LeftButton);
        QCOMPARE(TicketRepository(t.db).byId(id)->status, TicketStatus::Formalizing);
        QTest::mouseClick(ticket->findChild<QPushButton *>(u"recordConfirmation"_s), Qt::LeftButton);
        QVERIFY(TicketRepository(t.db).byId(id)->confirmedAt > 0);
        QVERIFY(startWork->isEnabled());

        // Start work is refused without an assignee, with the reason shown.
        QTest::mouseClick(startWork, Qt::LeftButton);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"assignee"_s), qPrintable(message->text()));
        QCOMPARE(TicketRepository(t.db).byId(id)->status, TicketStatus::Formalizing);

        // Assigning (keyboard search in the combo) lets it start.
        auto *assignee = ticket->findChild<QComboBox *>(u"ticketAssignee"_s);
        assignee->setFocus();
        QTest::keyClicks(assignee, u"Dana"_s);
        QCOMPARE(TicketRepository(t.db).byId(id)->assigneeId, staff.specialist.id);
        QTest::mouseClick(startWork, Qt::LeftButton);
        QVERIFY(!message->isVisible());
        QCOMPARE(TicketRepository(t.db).byId(id)->status, TicketStatus::InProgress);
        QVERIFY(ticket->findChild<QPushButton *>(u"waitButton"_s)->isEnabled());
        QVERIFY(!ticket->findChild<QPushButton *>(u"closeButton"_s)->isEnabled());

        // Time and feedback.
        QTest::mouseClick(ticket->findChild<QPushButton *>(u"timeAdd"_s), Qt::LeftButton);
        QCOMPARE(TicketRepository(t.db).timeEntries(id).size(), 1);
        auto *liked = ticket->findChild<QWidget *>(u"feedbackLiked"_s);
        QVERIFY(!liked->isEnabled());
        QTest::mouseClick(ticket->findChild<QPushButton *>(u"resolveButton"_s), Qt::LeftButton);
        QCOMPARE(TicketRepository(t.db).byId(id)->status, TicketStatus::Resolved);
        QVERIFY(liked->isEnabled());
        QVERIFY(ticket->findChild<QPushButton *>(u"reopenButton"_s)->isEnabled());
        shoot(ticket, u"ticket-dialog.png"_s);
        QTRY_VERIFY(view->model()->totalCount() >= 0);
    }

    void ticketDialogExplainsAPausedClock()
    {
        test::TempDatabase t;
        const Staff staff = addStaff(t.db);
        const ClientId client = addClient(t.db, u"Nur Media LLP"_s, u"Aliya Serikova"_s);
        t.db.setActor(staff.lead);
        const qint64 h = 3600;
        const qint64 created = Clock::nowSecs() - 30 * h;
        const TicketId id = addTicket(t.db, client, u"Monthly payroll report is missing two employees"_s, created,
                                      staff.lead.id);
        TicketRepository repo(t.db);
        QVERIFY(repo.reply(id, u"We are checking the timesheets now."_s, created + 2 * h).ok());
        QVERIFY(repo.formalize(id, u"Add the two employees hired on the 15th to the payroll report and send the "
                                   "corrected report."_s, created + 3 * h).ok());
        QVERIFY(repo.confirm(id, u"email"_s, created + 3 * h + 1800).ok());
        QVERIFY(repo.assign(id, staff.specialist.id, created + 4 * h).ok());
        QVERIFY(repo.setStatus(id, TicketStatus::InProgress, created + 4 * h).ok());
        QVERIFY(repo.addNote(id, u"Their contracts are not in the HR folder yet."_s, created + 5 * h).ok());
        QVERIFY(repo.logContact(id, u"phone"_s, u"Asked the client for the two contracts."_s, created + 5 * h + 600).ok());
        QVERIFY(repo.setStatus(id, TicketStatus::WaitingOnClient, created + 5 * h + 900).ok());
        QVERIFY(repo.setStatus(id, TicketStatus::InProgress, created + 8 * h + 1500).ok());
        TimeEntry entry;
        entry.ticketId = id;
        entry.userId = staff.specialist.id;
        entry.minutes = 90;
        entry.note = u"Recalculated payroll"_s;
        QVERIFY(repo.addTime(entry).ok());

        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        session.setCurrentUser(staff.lead);
        TicketDialog dialog(&session, id);
        dialog.show();
        auto *response = dialog.findChild<QLabel *>(u"slaResponseState"_s);
        auto *resolution = dialog.findChild<QLabel *>(u"slaResolutionState"_s);
        auto *explanation = dialog.findChild<QLabel *>(u"slaExplanation"_s);
        QVERIFY2(response->text().startsWith(u"met, 22 h before due"_s), qPrintable(response->text()));
        QVERIFY2(resolution->text().endsWith(u"left"_s), qPrintable(resolution->text()));
        QVERIFY2(explanation->text().contains(u"paused 3 h 10 min waiting on client"_s)
                     || explanation->text().contains(u"paused 3.2 h waiting on client"_s),
                 qPrintable(explanation->text()));
        QVERIFY(response->width() >= response->sizeHint().width());
        QCOMPARE(dialog.findChild<QLabel *>(u"ticketStatus"_s)->text(), u"In progress"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"timeTotal"_s)->text().contains(u"1 h 30 min"_s));
        const QString conversation = dialog.findChild<QTextBrowser *>(u"conversation"_s)->toPlainText();
        QVERIFY(conversation.contains(u"Their contracts are not in the HR folder yet."_s));
        QVERIFY(conversation.contains(u"logged a contact with the client (Phone)"_s));
        QVERIFY(dialog.findChild<QPushButton *>(u"waitButton"_s)->isEnabled());
        QVERIFY(!dialog.findChild<QWidget *>(u"feedbackLiked"_s)->isEnabled());
        shoot(&dialog, u"ticket-dialog-history.png"_s);
    }

    void listLoadsLazilyInPages()
    {
        test::TempDatabase t;
        const Staff staff = addStaff(t.db);
        const ClientId client = addClient(t.db, u"Kaspi Service LLP"_s);
        const qint64 start = Clock::nowSecs() - 2000 * 60;
        {
            Transaction tx(t.db.connection());
            for (int i = 0; i < 1000; ++i)
                addTicket(t.db, client, u"Request %1"_s.arg(i), start + i * 60, staff.lead.id);
            QVERIFY(tx.commit().ok());
        }
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        session.setCurrentUser(staff.lead);
        TicketsView view(&session);
        view.resize(1200, 700);
        view.show();
        TicketTableModel *model = view.model();
        QCOMPARE(model->rowCount(), TicketTableModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        QCOMPARE(model->index(0, TicketTableModel::SubjectColumn).data().toString(), u"Request 999"_s);
        QTRY_COMPARE(model->totalCount(), 1000);
        auto *count = view.findChild<QLabel *>(u"ticketCount"_s);
        QVERIFY2(count->text().startsWith(u"200 of"_s), qPrintable(count->text()));

        // Scrolling to the end fetches the next page only.
        auto *table = view.findChild<QTableView *>(u"ticketTable"_s);
        table->scrollToBottom();
        QTRY_COMPARE(model->rowCount(), 2 * TicketTableModel::PageSize);
        QCOMPARE(model->index(200, TicketTableModel::SubjectColumn).data().toString(), u"Request 799"_s);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 1000);
        QCOMPARE(model->index(999, TicketTableModel::SubjectColumn).data().toString(), u"Request 0"_s);

        // The debounced search reloads from the first page.
        auto *search = view.findChild<QLineEdit *>(u"ticketSearch"_s);
        QTest::keyClicks(search, u"Request 12"_s);
        QTRY_COMPARE(model->rowCount(), 11); // 12, 120–129
        QTRY_COMPARE(model->totalCount(), 11);
        search->clear();
        QTRY_COMPARE(model->rowCount(), TicketTableModel::PageSize);
        QTRY_VERIFY(model->totalCount() >= 0);
    }

    void quickFiltersAndSlaColumn_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QStringList>("subjects");
        QTest::newRow("all open") << int(TicketsView::AllOpen)
                                  << QStringList{u"fresh"_s, u"mine assigned"_s, u"at risk"_s, u"breached"_s};
        QTest::newRow("breached") << int(TicketsView::Breached) << QStringList{u"breached"_s};
        QTest::newRow("at risk") << int(TicketsView::AtRisk) << QStringList{u"at risk"_s};
        QTest::newRow("mine") << int(TicketsView::Mine) << QStringList{u"mine assigned"_s, u"breached"_s};
        QTest::newRow("unassigned") << int(TicketsView::Unassigned)
                                    << QStringList{u"fresh"_s, u"at risk"_s, u"breached"_s};
        QTest::newRow("past deadline") << int(TicketsView::PastDeadline) << QStringList{}; // none agreed
        QTest::newRow("waiting") << int(TicketsView::WaitingOnClient) << QStringList{};
        QTest::newRow("all") << int(TicketsView::All)
                             << QStringList{u"fresh"_s, u"mine assigned"_s, u"at risk"_s, u"breached"_s,
                                            u"cancelled"_s};
    }

    void quickFiltersAndSlaColumn()
    {
        QFETCH(int, filter);
        QFETCH(QStringList, subjects);
        test::TempDatabase t;
        const Staff staff = addStaff(t.db);
        const ClientId client = addClient(t.db, u"Samruk Trade LLP"_s);
        const qint64 now = Clock::nowSecs();
        // The default policy is 24/48 on the 24/7 calendar.
        const TicketId cancelled = addTicket(t.db, client, u"cancelled"_s, now - 100 * 3600);
        QVERIFY(TicketRepository(t.db).setStatus(cancelled, TicketStatus::Cancelled, now - 99 * 3600).ok());
        addTicket(t.db, client, u"breached"_s, now - 30 * 3600, staff.lead.id);
        addTicket(t.db, client, u"at risk"_s, now - 21 * 3600, staff.specialist.id);
        addTicket(t.db, client, u"mine assigned"_s, now - 3600, staff.specialist.id, staff.lead.id);
        addTicket(t.db, client, u"fresh"_s, now - 60, staff.specialist.id);

        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        session.setCurrentUser(staff.lead);
        TicketsView view(&session);
        view.show();
        const char *const buttons[] = {"filterAllOpen",      "filterMine",    "filterAtRisk",     "filterBreached",
                                       "filterPastDeadline", "filterWaiting", "filterUnassigned", "filterAll"};
        QTest::mouseClick(view.findChild<QPushButton *>(QString::fromLatin1(buttons[filter])), Qt::LeftButton);
        QCOMPARE(int(view.filter()), filter);
        TicketTableModel *model = view.model();
        QStringList shown;
        for (int i = 0; i < model->rowCount(); ++i)
            shown << model->index(i, TicketTableModel::SubjectColumn).data().toString();
        QCOMPARE(shown, subjects);
        QTRY_COMPARE(model->totalCount(), int(subjects.size()));

        // The SLA column: text and colour per state.
        for (int i = 0; i < model->rowCount(); ++i) {
            const QModelIndex sla = model->index(i, TicketTableModel::SlaColumn);
            const QString text = sla.data().toString();
            const int tone = sla.data(TicketTableModel::SlaToneRole).toInt();
            const QString subject = shown.at(i);
            if (subject == u"breached"_s) {
                QVERIFY2(text.startsWith(u"overdue"_s), qPrintable(text));
                QCOMPARE(tone, int(SlaCell::Breached));
                QCOMPARE(sla.data(Qt::ForegroundRole).value<QColor>(), SlaCell::foreground(SlaCell::Breached));
            } else if (subject == u"at risk"_s) {
                QVERIFY2(text.endsWith(u"left"_s), qPrintable(text));
                QCOMPARE(tone, int(SlaCell::AtRisk));
            } else if (subject == u"cancelled"_s) {
                QCOMPARE(tone, int(SlaCell::Quiet));
            } else {
                QVERIFY2(text.endsWith(u"left"_s), qPrintable(text));
                QCOMPARE(tone, int(SlaCell::Running));
            }
        }
        // The countdown refresh touches the SLA column only.
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        model->refreshSla();
        if (model->rowCount() > 0) {
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first().at(0).toModelIndex().column(), int(TicketTableModel::SlaColumn));
            QCOMPARE(changed.first().at(1).toModelIndex().column(), int(TicketTableModel::SlaColumn));
        }
    }

    void categoryAndDeadlineSetShownAndFiltered()
    {
        test::TempDatabase t;
        const Staff staff = addStaff(t.db);
        const ClientId client = addClient(t.db, u"Irtysh Energy JSC"_s, u"Saule Nurlanova"_s);
        const qint64 now = Clock::nowSecs();
        const TicketId payroll = addTicket(t.db, client, u"Vacation pay for March is wrong"_s, now - 5 * 3600,
                                           staff.lead.id);
        const TicketId report = addTicket(t.db, client, u"Quarterly VAT report"_s, now - 4 * 3600, staff.lead.id);
        addTicket(t.db, client, u"Printer in room 12"_s, now - 3 * 3600, staff.lead.id);
        QVERIFY(TicketRepository(t.db).setCategory(report, u"Reporting"_s, now - 4 * 3600).ok());

        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        session.setCurrentUser(staff.lead);
        TicketsView view(&session);
        view.resize(1400, 600);
        view.show();
        TicketDialog dialog(&session, payroll);
        dialog.show();
        auto *category = dialog.findChild<CategoryCombo *>(u"ticketCategory"_s);
        auto *categoryError = dialog.findChild<QLabel *>(u"ticketCategoryError"_s);
        auto *deadline = dialog.findChild<DeadlineEdit *>(u"ticketDeadline"_s);
        auto *deadlineError = dialog.findChild<QLabel *>(u"ticketDeadlineError"_s);
        QVERIFY(category && categoryError && deadline && deadlineError);

        // The categories in use are offered; one picked from the list is stored on Enter.
        QCOMPARE(category->count(), 1);
        QCOMPARE(category->itemText(0), u"Reporting"_s);
        QVERIFY(category->category().isEmpty());
        category->lineEdit()->setFocus();
        category->setCurrentIndex(0);
        QTest::keyClick(category->lineEdit(), Qt::Key_Return);
        QCOMPARE(TicketRepository(t.db).byId(payroll)->category, u"Reporting"_s);
        // A new one is typed (no letter of it in the one in use, so no list pops up).
        category->lineEdit()->selectAll();
        QTest::keyClicks(category->lineEdit(), u"Salary"_s);
        QTest::keyClick(category->lineEdit(), Qt::Key_Return);
        QCOMPARE(TicketRepository(t.db).byId(payroll)->category, u"Salary"_s);
        QCOMPARE(TicketRepository(t.db).events(payroll).last().kind, u"category"_s);
        QVERIFY(dialog.findChild<QTextBrowser *>(u"conversation"_s)->toPlainText().contains(
            u"set the category to Salary"_s));
        QCOMPARE(category->count(), 2); // Reporting, Salary
        // Too long: refused under the field, which keeps the text; nothing stored.
        category->lineEdit()->selectAll();
        QTest::keyClicks(category->lineEdit(), QString(61, u'x'));
        QTest::keyClick(category->lineEdit(), Qt::Key_Return);
        QVERIFY(categoryError->isVisible());
        QVERIFY2(categoryError->text().contains(u"60"_s), qPrintable(categoryError->text()));
        QCOMPARE(category->category(), QString(61, u'x'));
        QCOMPARE(TicketRepository(t.db).byId(payroll)->category, u"Salary"_s);
        category->setCurrentIndex(category->findText(u"Salary"_s));
        QTest::keyClick(category->lineEdit(), Qt::Key_Return);
        QVERIFY(!categoryError->isVisible());

        // The deadline: none yet; unchecking "No deadline" stores nothing until the date is confirmed.
        QDateTimeEdit *edit = deadline->dateTimeEdit();
        QCheckBox *none = deadline->noDeadlineBox();
        QVERIFY(none->isChecked());
        QVERIFY(!edit->isEnabled());
        none->setFocus();
        QTest::keyClick(none, Qt::Key_Space);
        QVERIFY(!none->isChecked());
        QVERIFY(edit->isEnabled());
        QCOMPARE(TicketRepository(t.db).byId(payroll)->agreedDeadline, 0);
        // Before the request was made: refused under the field.
        edit->setFocus();
        edit->setDateTime(QDateTime::fromSecsSinceEpoch(now - 6 * 3600));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(deadlineError->isVisible());
        QVERIFY2(deadlineError->text().contains(u"before the request was made"_s), qPrintable(deadlineError->text()));
        QCOMPARE(TicketRepository(t.db).byId(payroll)->agreedDeadline, 0);
        // An hour ago: stored, and already passed.
        const qint64 agreed = (now - 3600) / 60 * 60;
        edit->setDateTime(QDateTime::fromSecsSinceEpoch(agreed));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!deadlineError->isVisible());
        QCOMPARE(TicketRepository(t.db).byId(payroll)->agreedDeadline, agreed);
        QCOMPARE(TicketRepository(t.db).events(payroll).last().kind, u"deadline"_s);
        // Both in the dialog's header, the passed deadline in the colour of a breach.
        const QString meta = dialog.findChild<QLabel *>(u"ticketMeta"_s)->text();
        QVERIFY2(meta.contains(u"category Salary"_s), qPrintable(meta));
        QVERIFY2(meta.contains(u"agreed deadline %1 has passed"_s.arg(TicketLabels::dateTime(agreed).toHtmlEscaped())),
                 qPrintable(meta));
        QVERIFY(meta.contains(SlaCell::foreground(SlaCell::Breached).name()));
        shoot(&dialog, u"ticket-dialog-category-deadline.png"_s);
        // The report's deadline is in two days.
        QVERIFY(TicketRepository(t.db).setAgreedDeadline(report, now + 2 * 86400).ok());
        session.notifyDataChanged();

        // The list shows both columns; a passed deadline on an open ticket is red, a future one is not.
        TicketTableModel *model = view.model();
        QCOMPARE(model->headerData(TicketTableModel::CategoryColumn, Qt::Horizontal).toString(), u"Category"_s);
        QCOMPARE(model->headerData(TicketTableModel::DeadlineColumn, Qt::Horizontal).toString(), u"Agreed deadline"_s);
        QTRY_COMPARE(model->rowCount(), 3);
        const auto rowOf = [model](TicketId id) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->ticketId(row) == id)
                    return row;
            }
            return -1;
        };
        const int payrollRow = rowOf(payroll);
        const int reportRow = rowOf(report);
        QVERIFY(payrollRow >= 0 && reportRow >= 0);
        QCOMPARE(model->index(payrollRow, TicketTableModel::CategoryColumn).data().toString(), u"Salary"_s);
        QCOMPARE(model->index(reportRow, TicketTableModel::CategoryColumn).data().toString(), u"Reporting"_s);
        const QModelIndex passed = model->index(payrollRow, TicketTableModel::DeadlineColumn);
        QCOMPARE(passed.data().toString(), TicketLabels::dateTime(agreed));
        QCOMPARE(passed.data(Qt::ForegroundRole).value<QColor>(), SlaCell::foreground(SlaCell::Breached));
        const QModelIndex ahead = model->index(reportRow, TicketTableModel::DeadlineColumn);
        QVERIFY(!ahead.data().toString().isEmpty());
        QVERIFY(!ahead.data(Qt::ForegroundRole).isValid());

        const auto subjects = [model] {
            QStringList shown;
            for (int i = 0; i < model->rowCount(); ++i)
                shown << model->index(i, TicketTableModel::SubjectColumn).data().toString();
            return shown;
        };
        // Filtered by category: "All categories" and the ones in use, chosen from the keyboard.
        auto *categoryFilter = view.findChild<QComboBox *>(u"ticketCategoryFilter"_s);
        QVERIFY(categoryFilter);
        QCOMPARE(categoryFilter->count(), 3);
        QCOMPARE(categoryFilter->itemText(0), u"All categories"_s);
        categoryFilter->setFocus();
        QTest::keyClicks(categoryFilter, u"Rep"_s);
        QCOMPARE(view.category(), u"Reporting"_s);
        QCOMPARE(subjects(), QStringList{u"Quarterly VAT report"_s});
        QTRY_COMPARE(model->totalCount(), 1);
        view.setCategory(u"Salary"_s);
        QCOMPARE(subjects(), QStringList{u"Vacation pay for March is wrong"_s});
        view.setCategory(QString());
        QCOMPARE(model->rowCount(), 3);

        // The quick filter: open tickets past their agreed deadline.
        QTest::mouseClick(view.findChild<QPushButton *>(u"filterPastDeadline"_s), Qt::LeftButton);
        QCOMPARE(view.filter(), TicketsView::PastDeadline);
        QCOMPARE(subjects(), QStringList{u"Vacation pay for March is wrong"_s});
        QTRY_COMPARE(model->totalCount(), 1);
        shoot(&view, u"tickets-past-deadline.png"_s);
        view.setCategory(u"Reporting"_s); // both filters: none
        QCOMPARE(model->rowCount(), 0);
        view.setCategory(QString());

        // A new ticket gets both when it is recorded.
        NewTicketDialog newTicket(&session);
        newTicket.show();
        newTicket.setClient(client, u"Irtysh Energy JSC"_s);
        QTest::keyClicks(newTicket.findChild<QLineEdit *>(u"newTicketSubject"_s), u"Meter readings for May"_s);
        auto *newCategory = newTicket.findChild<CategoryCombo *>(u"newTicketCategory"_s);
        auto *newDeadline = newTicket.findChild<DeadlineEdit *>(u"newTicketDeadline"_s);
        QVERIFY(newCategory && newDeadline);
        QCOMPARE(newCategory->count(), 2);
        QTest::keyClicks(newCategory->lineEdit(), u"Metering"_s);
        newDeadline->noDeadlineBox()->setFocus();
        QTest::keyClick(newDeadline->noDeadlineBox(), Qt::Key_Space);
        newDeadline->dateTimeEdit()->setDateTime(QDateTime::fromSecsSinceEpoch(now - 86400));
        newTicket.accept();
        QVERIFY(newTicket.findChild<QLabel *>(u"newTicketDeadlineError"_s)->isVisible());
        QCOMPARE(TicketRepository(t.db).count({}), 3);
        const qint64 due = (now + 3 * 86400) / 60 * 60;
        newDeadline->dateTimeEdit()->setDateTime(QDateTime::fromSecsSinceEpoch(due));
        newTicket.accept();
        QCOMPARE(TicketRepository(t.db).count({}), 4);
        const auto recorded = TicketRepository(t.db).byId(TicketRepository(t.db).list({}).first().id);
        QVERIFY(recorded);
        QCOMPARE(recorded->subject, u"Meter readings for May"_s);
        QCOMPARE(recorded->category, u"Metering"_s);
        QCOMPARE(recorded->agreedDeadline, due);
        QCOMPARE(categoryFilter->count(), 4); // the new category is offered too
        QTRY_VERIFY(model->totalCount() >= 0);
    }

    void slaCellForListRows_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("responseDue");    // from now; 0: none
        QTest::addColumn<qint64>("resolutionDue");  // from now
        QTest::addColumn<bool>("responded");
        QTest::addColumn<QString>("responseState");
        QTest::addColumn<QString>("resolutionState");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tone");
        const int open = int(TicketStatus::InProgress);
        const qint64 h = 3600;
        // Created 20 h ago on a 24 h response target: 4 h of 24 left is under 20 %.
        QTest::newRow("response running") << open << 10 * h << 40 * h << false << u"running"_s << u"running"_s
                                          << false << u"10 h left"_s << int(SlaCell::Running);
        QTest::newRow("response at risk") << open << 4 * h << 28 * h << false << u"running"_s << u"running"_s
                                          << false << u"4 h left"_s << int(SlaCell::AtRisk);
        QTest::newRow("stored at risk") << open << 10 * h << 40 * h << false << u"at_risk"_s << u"running"_s
                                        << false << u"10 h left"_s << int(SlaCell::AtRisk);
        QTest::newRow("response overdue") << open << -3 * h << 20 * h << false << u"breached"_s << u"running"_s
                                          << false << u"overdue 3 h"_s << int(SlaCell::Breached);
        QTest::newRow("resolution next") << open << 0LL << 27 * h << true << u"met"_s << u"running"_s << false
                                         << u"27 h left"_s << int(SlaCell::Running);
        QTest::newRow("late response") << open << 0LL << 9 * h << true << u"breached"_s << u"running"_s << false
                                       << u"late · 9 h left"_s << int(SlaCell::Breached);
        QTest::newRow("waiting") << int(TicketStatus::WaitingOnClient) << 0LL << 9 * h << true << u"met"_s
                                 << u"paused"_s << true << u"paused"_s << int(SlaCell::Quiet);
        QTest::newRow("resolved in time") << int(TicketStatus::Resolved) << 0LL << 0LL << true << u"met"_s
                                          << u"met"_s << false << u"met"_s << int(SlaCell::Quiet);
        QTest::newRow("closed late") << int(TicketStatus::Closed) << 0LL << 0LL << true << u"met"_s
                                     << u"breached"_s << false << u"breached"_s << int(SlaCell::Breached);
        QTest::newRow("no due instant") << open << 0LL << 0LL << false << QString() << QString() << false
                                        << QString() << int(SlaCell::Quiet);
    }

    void slaCellForListRows()
    {
        QFETCH(int, status);
        QFETCH(qint64, responseDue);
        QFETCH(qint64, resolutionDue);
        QFETCH(bool, responded);
        QFETCH(QString, responseState);
        QFETCH(QString, resolutionState);
        QFETCH(bool, paused);
        QFETCH(QString, text);
        QFETCH(int, tone);
        const qint64 now = 1'800'000'000;
        TicketListRow row;
        row.status = TicketStatus(status);
        row.createdAt = now - 20 * 3600;
        row.responseDue = responseDue ? now + responseDue : 0;
        row.resolutionDue = resolutionDue ? now + resolutionDue : 0;
        row.firstResponseAt = responded ? now - 3600 : 0;
        row.responseState = responseState;
        row.resolutionState = resolutionState;
        row.paused = paused;
        const SlaCell cell = SlaCell::forRow(row, now);
        QCOMPARE(cell.text, text);
        QCOMPARE(int(cell.tone), tone);
    }

    void todayListsMyTicketsAtRiskAndBreached()
    {
        test::TempDatabase t;
        const Staff staff = addStaff(t.db);
        const ClientId client = addClient(t.db, u"Tengri Build LLP"_s);
        const qint64 now = Clock::nowSecs();
        const TicketId breached = addTicket(t.db, client, u"breached, mine as owner"_s, now - 30 * 3600, staff.lead.id);
        addTicket(t.db, client, u"at risk, mine as assignee"_s, now - 21 * 3600, staff.specialist.id, staff.lead.id);
        addTicket(t.db, client, u"at risk, not mine"_s, now - 22 * 3600, staff.specialist.id, staff.specialist.id);
        addTicket(t.db, client, u"fresh, unassigned"_s, now - 60, staff.specialist.id);

        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        session.setCurrentUser(staff.lead);
        TodayView view(&session);
        view.resize(1200, 760);
        view.show();
        QCOMPARE(view.findChild<QLabel *>(u"viewTitle"_s)->text(), viewTitle(u"today"_s));
        TodaySection *breachedSection = view.section(u"todayBreached"_s);
        TodaySection *atRisk = view.section(u"todayAtRisk"_s);
        TodaySection *unassigned = view.section(u"todayUnassigned"_s);
        QVERIFY(breachedSection && atRisk && unassigned);
        QCOMPARE(breachedSection->model()->rowCount(), 1);
        // A team lead's at-risk list is the team's: "at risk, not mine" too.
        QCOMPARE(atRisk->model()->rowCount(), 2);
        QCOMPARE(atRisk->model()->index(0, TicketTableModel::SubjectColumn).data().toString(),
                 u"at risk, mine as assignee"_s);
        QTRY_COMPARE(breachedSection->count(), 1);
        QVERIFY(unassigned->isVisibleTo(&view)); // a team lead sees them
        QCOMPARE(unassigned->model()->rowCount(), 2);
        QTRY_COMPARE(unassigned->count(), 2);
        shoot(&view, u"today.png"_s);

        // Enter on a row opens the ticket.
        QTableView *list = breachedSection->view();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, TicketTableModel::SubjectColumn));
        QTest::keyClick(list, Qt::Key_Return);
        auto *dialog = view.findChild<TicketDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->ticketId(), breached);
        delete dialog;

        // Other areas add sections; they flow two per row.
        auto *extra = new TodaySection(u"Reviews this week"_s, nullptr);
        extra->setObjectName(u"todayExtra"_s);
        view.addSection(extra);
        QCOMPARE(view.section(u"todayExtra"_s), extra);
        QWidget *content = extra->parentWidget();
        auto *grid = qobject_cast<QGridLayout *>(content->layout());
        QVERIFY(grid);
        // The visible sections fill the cells 0, 1, 2… (two per row) without holes.
        const auto packed = [grid, content] {
            QList<int> cells;
            for (auto *s : content->findChildren<TodaySection *>(QString(), Qt::FindDirectChildrenOnly)) {
                if (!s->isVisibleTo(content))
                    continue;
                int row = -1, column = -1, rows = 0, columns = 0;
                const int i = grid->indexOf(s);
                if (i < 0)
                    return false;
                grid->getItemPosition(i, &row, &column, &rows, &columns);
                cells << row * 2 + column;
            }
            std::sort(cells.begin(), cells.end());
            for (int i = 0; i < cells.size(); ++i) {
                if (cells.at(i) != i)
                    return false;
            }
            return !cells.isEmpty();
        };
        QVERIFY(grid->indexOf(extra) >= 0);
        QVERIFY(packed());

        // A specialist sees no unassigned section, and it leaves no hole.
        session.setCurrentUser(staff.specialist);
        QVERIFY(!unassigned->isVisibleTo(&view));
        QTRY_VERIFY(packed());
        QCOMPARE(breachedSection->model()->rowCount(), 0);
        QCOMPARE(atRisk->model()->rowCount(), 2);
        for (TodaySection *s : {breachedSection, atRisk, unassigned})
            QTRY_VERIFY(s->count() >= 0);
    }

    // Team mode: a change made in an open ticket after another desk changed
    // the ticket asks first, naming who changed it and comparing the fields;
    // Reload shows theirs and applies nothing, Apply Mine writes over theirs.
    void staleTicketChangeAsksAboutTheConflict()
    {
        test::TempDatabase t;
        const Staff staff = addStaff(t.db);
        const ClientId client = addClient(t.db, u"Irtysh Energy JSC"_s);
        const TicketId id = addTicket(t.db, client, u"Vacation pay for March is wrong"_s, Clock::nowSecs() - 3600,
                                      staff.lead.id);
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        session.setCurrentUser(staff.lead);
        TicketDialog dialog(&session, id);
        dialog.show();
        QString shown;
        QStringList compared;
        TicketDialog::ConflictChoice choice = TicketDialog::ConflictChoice::Reload;
        dialog.setConflictPrompt([&](QWidget *, const QString &message, const QStringList &comparison) {
            shown = message;
            compared = comparison;
            return choice;
        });
        auto *priority = dialog.findChild<QComboBox *>(u"ticketPriority"_s);
        auto *message = dialog.findChild<QLabel *>(u"ticketMessage"_s);
        QVERIFY(priority && message);
        const auto pick = [priority](Priority p) {
            const int row = priority->findData(priorityKey(p));
            QVERIFY(row >= 0);
            priority->setCurrentIndex(row);
            Q_EMIT priority->activated(row);
        };

        // Another desk raises the priority after the dialog showed the ticket.
        Database otherDesk = t.db;
        otherDesk.setActor(staff.specialist);
        QVERIFY(TicketRepository(otherDesk).setPriority(id, Priority::Urgent).ok());
        pick(Priority::Low);
        QVERIFY2(shown.contains(staff.specialist.name), qPrintable(shown));
        QVERIFY2(compared.join(u'\n').contains(u"Priority: Normal → Urgent"_s), qPrintable(compared.join(u'\n')));
        QCOMPARE(TicketRepository(t.db).byId(id)->priority, Priority::Urgent);
        QCOMPARE(priority->currentData().toString(), priorityKey(Priority::Urgent));
        QVERIFY(message->isVisibleTo(&dialog));
        QCOMPARE(dialog.ticket().version, TicketRepository(t.db).byId(id)->version);

        // Now current: no question.
        shown.clear();
        pick(Priority::High);
        QVERIFY(shown.isEmpty());
        QCOMPARE(TicketRepository(t.db).byId(id)->priority, Priority::High);

        // Changed elsewhere again: Apply Mine writes over it.
        QVERIFY(TicketRepository(otherDesk).assign(id, staff.specialist.id).ok());
        choice = TicketDialog::ConflictChoice::ApplyMine;
        pick(Priority::Low);
        QVERIFY(!shown.isEmpty());
        QVERIFY2(compared.join(u'\n').contains(u"Assignee: (none) → Dana Seitkali"_s), qPrintable(compared.join(u'\n')));
        QCOMPARE(TicketRepository(t.db).byId(id)->priority, Priority::Low);
        QCOMPARE(TicketRepository(t.db).byId(id)->assigneeId, staff.specialist.id);

        // The real question: a message box with the comparison in its details.
        dialog.setConflictPrompt(&TicketDialog::askAboutConflict);
        QVERIFY(TicketRepository(otherDesk).setPriority(id, Priority::Urgent).ok());
        QString boxText;
        QString details;
        QTimer::singleShot(100, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"ticketConflictPrompt"_s)
                return;
            boxText = box->text();
            details = box->detailedText();
            shoot(box, u"ticket-conflict.png"_s);
            box->escapeButton()->click();
        });
        pick(Priority::Normal);
        QVERIFY2(boxText.contains(staff.specialist.name), qPrintable(boxText));
        QVERIFY2(details.contains(u"Priority: Low → Urgent"_s), qPrintable(details));
        // Escape is Reload: theirs stays.
        QCOMPARE(TicketRepository(t.db).byId(id)->priority, Priority::Urgent);
    }

    void languageChangeRetranslatesEveryWidget()
    {
        test::TempDatabase t;
        const Staff staff = addStaff(t.db);
        const ClientId client = addClient(t.db, u"Altyn Print LLP"_s);
        const TicketId id = addTicket(t.db, client, u"Toner"_s, Clock::nowSecs() - 3600, staff.lead.id);
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        session.setCurrentUser(staff.lead);
        TicketsView tickets(&session);
        TodayView today(&session);
        TicketDialog dialog(&session, id);
        NewTicketDialog newTicket(&session);
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QCoreApplication::processEvents();
        QCOMPARE(tickets.findChild<QPushButton *>(u"filterBreached"_s)->text(), u"[xx]Breached"_s);
        QCOMPARE(tickets.findChild<QLabel *>(u"viewTitle"_s)->text(), u"[xx]Tickets"_s);
        QCOMPARE(tickets.model()->headerData(TicketTableModel::SlaColumn, Qt::Horizontal).toString(), u"[xx]SLA"_s);
        QCOMPARE(tickets.model()->headerData(TicketTableModel::CategoryColumn, Qt::Horizontal).toString(),
                 u"[xx]Category"_s);
        QCOMPARE(tickets.model()->headerData(TicketTableModel::DeadlineColumn, Qt::Horizontal).toString(),
                 u"[xx]Agreed deadline"_s);
        QCOMPARE(tickets.findChild<QPushButton *>(u"filterPastDeadline"_s)->text(), u"[xx]Past agreed deadline"_s);
        QCOMPARE(tickets.findChild<QComboBox *>(u"ticketCategoryFilter"_s)->itemText(0), u"[xx]All categories"_s);
        QCOMPARE(dialog.findChild<QCheckBox *>(u"noDeadline"_s)->text(), u"[xx]No deadline"_s);
        QCOMPARE(newTicket.findChild<QCheckBox *>(u"noDeadline"_s)->text(), u"[xx]No deadline"_s);
        QCOMPARE(today.findChild<QLabel *>(u"viewTitle"_s)->text(), u"[xx]Today"_s);
        QVERIFY(today.section(u"todayAtRisk"_s)->title().startsWith(u"[xx]"_s));
        QCOMPARE(dialog.findChild<QPushButton *>(u"replyButton"_s)->text(), u"[xx]Reply to Client"_s);
        QVERIFY(dialog.findChild<QGroupBox *>(u"slaPanel"_s)->title().startsWith(u"[xx]"_s));
        QVERIFY(dialog.findChild<QPushButton *>(u"timeAdd"_s)->text().startsWith(u"[xx]"_s));
        QVERIFY(dialog.findChild<QPushButton *>(u"feedbackSave"_s)->text().startsWith(u"[xx]"_s));
        QVERIFY(dialog.findChild<QPushButton *>(u"saveStatement"_s)->text().startsWith(u"[xx]"_s));
        QCOMPARE(newTicket.findChild<QPushButton *>(u"newTicketCreate"_s)->text(), u"[xx]&Create Ticket"_s);
        QVERIFY(newTicket.findChild<QComboBox *>(u"newTicketChannel"_s)->currentText().startsWith(u"[xx]"_s));
        QVERIFY(QCoreApplication::removeTranslator(&marking));
        QCoreApplication::processEvents();
        QCOMPARE(tickets.findChild<QPushButton *>(u"filterBreached"_s)->text(), u"Breached"_s);
        QTRY_VERIFY(tickets.model()->totalCount() >= 0);
    }
};

QTEST_MAIN(TestTicketsView)
#include "tst_ticketsview.moc"
