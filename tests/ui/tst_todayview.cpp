// The Today view offscreen: each section as tall as what it shows (an empty
// one is its title and one line, a short list shows every row without a
// scroll bar, a long one stops at TodaySection::kMaxRows and scrolls), and a
// team lead's view of the team's breached and at-risk tickets and overdue
// tasks, with who holds each, where an account manager sees only theirs.
#include "testsupport.h"

#include "appsession.h"
#include "domain/clock.h"
#include "regulation/tasktablemodel.h"
#include "storage/clientrepository.h"
#include "storage/regulationcalendar.h"
#include "storage/taskrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "tickets/tickettablemodel.h"
#include "today/todaysection.h"
#include "today/todayview.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

// Wednesday, 15 April 2026, noon UTC. The default SLA policy gives 24 h to
// the first response on the 24/7 calendar: a ticket opened 30 h ago without
// a reply is breached, one opened 21 h ago (3 h of 24 left) is at risk.
const QDate kToday(2026, 4, 15);
constexpr qint64 kHour = 3600;

const QString kOthersBreach = u"Сверка с поставщиком за март"_s;
const QString kOthersRisk = u"Доверенность на получение ЭЦП"_s;
const QString kOthersTask = u"Отчёт по проекту за март"_s;

struct Fixture
{
    test::TempDatabase t;
    AppSession session;
    User manager, otherManager, lead;
    ClientId client, othersClient;

    Fixture()
    {
        Clock::setFixed(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch());
        manager = addUser(u"Айгерим Нурпеисова"_s, u"am@example.kz"_s, Role::AccountManager);
        otherManager = addUser(u"Ольга Волкова"_s, u"am2@example.kz"_s, Role::AccountManager);
        lead = addUser(u"Тимур Ахметов"_s, u"lead@example.kz"_s, Role::TeamLead);
        client = addClient(u"ТОО «Степь Логистик»"_s, manager.id);
        othersClient = addClient(u"АО «Алтын Сервис»"_s, otherManager.id);
        // Mine: three breached tickets, nothing at risk.
        addTicket(client, u"Расчёт зарплаты за март"_s, 30, manager.id);
        addTicket(client, u"Акт сверки с банком"_s, 31, manager.id);
        addTicket(client, u"Декларация по НДС за квартал"_s, 32, manager.id);
        // The other manager's: one breached, one at risk, one task overdue since Friday.
        addTicket(othersClient, kOthersBreach, 33, otherManager.id);
        addTicket(othersClient, kOthersRisk, 21, otherManager.id);
        Task task;
        task.title = kOthersTask;
        task.clientId = othersClient;
        task.ownerId = otherManager.id;
        task.dueOn = RegulationCalendar::today().addDays(-5);
        if (auto added = TaskRepository(asLead()).add(task); !added)
            qFatal("task: %s", qPrintable(added.error()));
        if (!session.openDatabase(t.path))
            qFatal("cannot open the test database");
        session.setCurrentUser(manager);
    }

    ~Fixture() { Clock::setFixed(0); }

    Database asLead() const
    {
        Database db = t.db;
        db.setActor(lead);
        return db;
    }

    User addUser(const QString &name, const QString &email, Role role)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = role;
        return *UserRepository(t.db).add(u);
    }

    ClientId addClient(const QString &name, UserId accountManager)
    {
        Client c;
        c.legalName = name;
        c.shortName = name.section(u'«', 1).section(u'»', 0, 0);
        c.status = ClientStatus::Active;
        c.accountManagerId = accountManager;
        auto added = ClientRepository(asLead()).add(c);
        if (!added)
            qFatal("client: %s", qPrintable(added.error()));
        return added->id;
    }

    // A ticket opened `hoursAgo` hours ago, owned by and assigned to `holder`, not answered yet.
    TicketId addTicket(ClientId to, const QString &subject, int hoursAgo, UserId holder)
    {
        const Database db = asLead();
        const qint64 at = Clock::nowSecs() - hoursAgo * kHour;
        Ticket ticket;
        ticket.clientId = to;
        ticket.subject = subject;
        ticket.ownerId = holder;
        auto created = TicketRepository(db).create(ticket, at);
        if (!created)
            qFatal("ticket: %s", qPrintable(created.error()));
        if (auto assigned = TicketRepository(db).assign(created->id, holder, at); !assigned)
            qFatal("assign: %s", qPrintable(assigned.error()));
        return created->id;
    }
};

void saveShot(QWidget *w, const QString &file)
{
    const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(file));
}

// The row of `section` whose `column` reads `text`, or -1.
int rowWith(const TodaySection *section, int column, const QString &text)
{
    const QAbstractItemModel *model = section->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

// Whether the list shows `row` whole, without scrolling.
bool rowFullyShown(const TodaySection *section, int row)
{
    const QTableView *view = section->view();
    const QModelIndex index = view->model()->index(row, TicketTableModel::SubjectColumn);
    return view->viewport()->rect().contains(view->visualRect(index));
}

// Every section visible on Today has its count (none still "…").
bool allCounted(const TodayView &today)
{
    const QList<TodaySection *> sections = today.findChildren<TodaySection *>();
    return std::all_of(sections.begin(), sections.end(),
        [&today](const TodaySection *s) { return !s->isVisibleTo(&today) || s->count() >= 0; });
}

// The most a section may take to say one line under its title: the title,
// the spacing, and one line of the empty text in its margins (with half a
// line for rounding, never room for a second line or a list).
int titleAndOneLine(TodaySection *section)
{
    const auto *title = section->findChild<QLabel *>(u"sectionTitle"_s);
    const auto *empty = section->findChild<QLabel *>(u"sectionEmpty"_s);
    const QMargins margins = empty->contentsMargins();
    const int line = std::max(empty->fontMetrics().height(), empty->fontMetrics().lineSpacing());
    return title->height() + section->layout()->spacing() + margins.top() + line + line / 2 + margins.bottom();
}

} // namespace

class TestTodayView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void emptySectionIsItsTitleAndOneLine()
    {
        Fixture f;
        TodayView today(&f.session);
        today.resize(1280, 800);
        today.show();
        QVERIFY(QTest::qWaitForWindowExposed(&today));
        QTRY_VERIFY(allCounted(today));

        TodaySection *atRisk = today.section(u"todayAtRisk"_s);
        QVERIFY(atRisk);
        QCOMPARE(atRisk->title(), u"My tickets at risk"_s);
        QCOMPARE(atRisk->model()->rowCount(), 0);
        QCOMPARE(atRisk->count(), 0);
        QVERIFY(atRisk->findChild<QLabel *>(u"sectionEmpty"_s)->isVisibleTo(atRisk));
        QVERIFY(!atRisk->view()->isVisibleTo(atRisk));
        // Every empty section, whatever it lists, and whatever its neighbour in the row holds.
        int empties = 0;
        for (TodaySection *s : today.findChildren<TodaySection *>()) {
            if (!s->isVisibleTo(&today) || s->model()->rowCount() > 0)
                continue;
            ++empties;
            QTRY_VERIFY2(s->height() <= titleAndOneLine(s),
                qPrintable(u"%1: %2 px, title and one line %3 px"_s.arg(s->objectName())
                               .arg(s->height())
                               .arg(titleAndOneLine(s))));
        }
        QVERIFY2(empties >= 5, qPrintable(QString::number(empties)));
    }

    void shortListShowsEveryRowWithoutScrolling()
    {
        Fixture f;
        TodayView today(&f.session);
        today.resize(1280, 800);
        today.show();
        QVERIFY(QTest::qWaitForWindowExposed(&today));
        TodaySection *breached = today.section(u"todayBreached"_s);
        TodaySection *atRisk = today.section(u"todayAtRisk"_s);
        QVERIFY(breached && atRisk);
        QCOMPARE(breached->model()->rowCount(), 3);
        QTRY_COMPARE(breached->count(), 3);
        QTRY_COMPARE(atRisk->count(), 0);

        QVERIFY(breached->view()->isVisibleTo(&today));
        QTRY_VERIFY(breached->height() > atRisk->height());
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY2(rowFullyShown(breached, row), qPrintable(QString::number(row)));
        QVERIFY(!breached->view()->verticalScrollBar()->isVisible());
    }

    void longListScrollsAfterTheCap()
    {
        Fixture f;
        for (int i = 0; i < 10; ++i)
            f.addTicket(f.othersClient, u"Первичные документы, пакет %1"_s.arg(i + 1), 40 + i, f.otherManager.id);
        f.session.setCurrentUser(f.lead);
        TodayView today(&f.session);
        today.resize(1280, 800);
        today.show();
        QVERIFY(QTest::qWaitForWindowExposed(&today));
        TodaySection *breached = today.section(u"todayBreached"_s);
        QCOMPARE(breached->model()->rowCount(), 14);
        QTRY_COMPARE(breached->count(), 14);

        // kMaxRows rows show whole, the next one needs the scroll bar.
        QTRY_VERIFY(breached->view()->verticalScrollBar()->isVisible());
        QVERIFY(rowFullyShown(breached, TodaySection::kMaxRows - 1));
        QVERIFY(!rowFullyShown(breached, TodaySection::kMaxRows));
    }

    void teamLeadSeesTheTeamsBreachesAndRisks()
    {
        Fixture f;
        f.session.setCurrentUser(f.lead);
        TodayView today(&f.session);
        today.resize(1280, 800);
        today.show();
        QVERIFY(QTest::qWaitForWindowExposed(&today));

        // Every breach of the team, with who holds each.
        TodaySection *breached = today.section(u"todayBreached"_s);
        QVERIFY(breached);
        QCOMPARE(breached->title(), u"Team: breached SLA"_s);
        QCOMPARE(breached->model()->rowCount(), 4);
        QTRY_COMPARE(breached->count(), 4);
        const int others = rowWith(breached, TicketTableModel::SubjectColumn, kOthersBreach);
        QVERIFY(others >= 0);
        QVERIFY(!breached->view()->isColumnHidden(TicketTableModel::AssigneeColumn));
        QVERIFY(breached->view()->columnWidth(TicketTableModel::AssigneeColumn) > 0);
        QCOMPARE(breached->model()->index(others, TicketTableModel::AssigneeColumn).data().toString(),
            f.otherManager.name);

        TodaySection *atRisk = today.section(u"todayAtRisk"_s);
        QCOMPARE(atRisk->title(), u"Team: at risk"_s);
        QCOMPARE(atRisk->model()->rowCount(), 1);
        QCOMPARE(atRisk->model()->index(0, TicketTableModel::SubjectColumn).data().toString(), kOthersRisk);
        QVERIFY(!atRisk->view()->isColumnHidden(TicketTableModel::AssigneeColumn));

        TodaySection *tasks = today.section(u"todayOverdueTasks"_s);
        QCOMPARE(tasks->title(), u"Team: overdue tasks"_s);
        QCOMPARE(tasks->model()->rowCount(), 1);
        QCOMPARE(tasks->model()->index(0, TaskTableModel::TitleColumn).data().toString(), kOthersTask);
        QVERIFY(!tasks->view()->isColumnHidden(TaskTableModel::OwnerColumn));
        QCOMPARE(tasks->model()->index(0, TaskTableModel::OwnerColumn).data().toString(), f.otherManager.name);
        QTRY_VERIFY(allCounted(today));
        QTRY_VERIFY(rowFullyShown(breached, 3));
        saveShot(&today, u"today-lead.png"_s);

        // An account manager keeps "mine": the other manager's tickets and tasks are not there.
        f.session.setCurrentUser(f.manager);
        QCOMPARE(breached->title(), u"My tickets with the SLA breached"_s);
        QCOMPARE(breached->model()->rowCount(), 3);
        QTRY_COMPARE(breached->count(), 3);
        QCOMPARE(rowWith(breached, TicketTableModel::SubjectColumn, kOthersBreach), -1);
        QVERIFY(breached->view()->isColumnHidden(TicketTableModel::AssigneeColumn));
        QCOMPARE(atRisk->title(), u"My tickets at risk"_s);
        QCOMPARE(atRisk->model()->rowCount(), 0);
        QCOMPARE(tasks->title(), u"My overdue tasks"_s);
        QCOMPARE(tasks->model()->rowCount(), 0);
        QVERIFY(tasks->view()->isColumnHidden(TaskTableModel::OwnerColumn));
        QTRY_VERIFY(allCounted(today));
        QTRY_VERIFY(!today.section(u"todayUnassigned"_s)->isVisibleTo(&today));
        saveShot(&today, u"today-manager.png"_s);
    }
};

QTEST_MAIN(TestTodayView)
#include "tst_todayview.moc"
