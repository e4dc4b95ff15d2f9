#include "regulationtodaysections.h"

#include "appsession.h"
#include "clients/clientcarddialog.h"
#include "flaggedclientsmodel.h"
#include "regulationlabels.h"
#include "reviews/reviewdialog.h"
#include "reviews/reviewtablemodel.h"
#include "storage/regulationcalendar.h"
#include "taskactions.h"
#include "tasktablemodel.h"
#include "today/todaysection.h"
#include "today/todayview.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

void showOnly(QTableView *view, int columnCount, std::initializer_list<int> shown, int stretch)
{
    for (int c = 0; c < columnCount; ++c)
        view->setColumnHidden(c, std::find(shown.begin(), shown.end(), c) == shown.end());
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

} // namespace

RegulationTodaySections::RegulationTodaySections(AppSession *session, TodayView *today)
    : QObject(today)
    , m_session(session)
    , m_today(today)
    , m_overdueTasks(new TaskTableModel(this))
    , m_weekTasks(new TaskTableModel(this))
    , m_overdueReviews(new ReviewTableModel(this))
    , m_upcomingReviews(new ReviewTableModel(this))
    , m_flagged(new FlaggedClientsModel(this))
{
    const QColor red = RegulationLabels::overdueColor();
    makeSection(OverdueTasks, "todayOverdueTasks")->setAccent(red);
    makeSection(WeekTasks, "todayWeekTasks");
    makeSection(OverdueReviews, "todayOverdueReviews")->setAccent(red);
    makeSection(UpcomingReviews, "todayUpcomingReviews");
    makeSection(Flagged, "todayFlaggedClients")->setAccent(red);

    for (TaskTableModel *model : {m_overdueTasks, m_weekTasks}) {
        TodaySection *section = m_sections[model == m_overdueTasks ? OverdueTasks : WeekTasks];
        section->setModel(model);
        QTableView *view = section->view();
        showOnly(view, TaskTableModel::ColumnCount,
                 {TaskTableModel::TitleColumn, TaskTableModel::ClientColumn,
                  model == m_overdueTasks ? TaskTableModel::StateColumn : TaskTableModel::DueColumn},
                 TaskTableModel::TitleColumn);
        view->horizontalHeader()->resizeSection(TaskTableModel::ClientColumn, 170);
        view->horizontalHeader()->resizeSection(TaskTableModel::OwnerColumn, 130);
        view->horizontalHeader()->resizeSection(TaskTableModel::StateColumn, 120);
        view->horizontalHeader()->resizeSection(TaskTableModel::DueColumn, 90);
        connect(model, &TaskTableModel::loaded, section, [section, model] { section->setCount(model->totalCount()); });
        connect(section, &TodaySection::activated, this,
                [this, model](const QModelIndex &index) { openTask(model, index.row()); });
    }
    for (ReviewTableModel *model : {m_overdueReviews, m_upcomingReviews}) {
        TodaySection *section = m_sections[model == m_overdueReviews ? OverdueReviews : UpcomingReviews];
        section->setModel(model);
        QTableView *view = section->view();
        showOnly(view, ReviewTableModel::ColumnCount,
                 {ReviewTableModel::ClientColumn, ReviewTableModel::KindColumn, ReviewTableModel::StatusColumn},
                 ReviewTableModel::ClientColumn);
        view->horizontalHeader()->resizeSection(ReviewTableModel::ManagerColumn, 130);
        view->horizontalHeader()->resizeSection(ReviewTableModel::KindColumn, 150);
        view->horizontalHeader()->resizeSection(ReviewTableModel::StatusColumn, 130);
        connect(model, &ReviewTableModel::loaded, section, [section, model] { section->setCount(model->totalCount()); });
        connect(section, &TodaySection::activated, this,
                [this, model](const QModelIndex &index) { openReview(model, index.row()); });
    }
    TodaySection *flagged = m_sections[Flagged];
    flagged->setModel(m_flagged);
    showOnly(flagged->view(), FlaggedClientsModel::ColumnCount,
             {FlaggedClientsModel::ClientColumn, FlaggedClientsModel::ReasonColumn}, FlaggedClientsModel::ReasonColumn);
    flagged->view()->horizontalHeader()->resizeSection(FlaggedClientsModel::ClientColumn, 220);
    connect(m_flagged, &FlaggedClientsModel::loaded, flagged, [this, flagged] { flagged->setCount(m_flagged->totalCount()); });
    connect(flagged, &TodaySection::activated, this, [this](const QModelIndex &index) {
        const ClientId id = m_flagged->clientId(index.row());
        if (!id.isValid())
            return;
        auto *card = new ClientCardDialog(m_session, id, m_today->window());
        card->setAttribute(Qt::WA_DeleteOnClose);
        card->open();
    });

    connect(m_session, &AppSession::databaseChanged, this, &RegulationTodaySections::reload);
    connect(m_session, &AppSession::currentUserChanged, this, &RegulationTodaySections::reload);
    connect(m_session, &AppSession::currentUserChanged, this, &RegulationTodaySections::retranslateUi); // "My" or "Team"
    connect(m_session, &AppSession::dataChanged, this, &RegulationTodaySections::reload);
    m_today->installEventFilter(this);
    retranslateUi();
    reload();
}

TodaySection *RegulationTodaySections::makeSection(Which which, const char *name)
{
    auto *section = new TodaySection(QString(), nullptr, m_today);
    section->setObjectName(QString::fromLatin1(name));
    m_sections[which] = section;
    m_today->addSection(section);
    return section;
}

bool RegulationTodaySections::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_today && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

bool RegulationTodaySections::isTeamLead() const
{
    const User &me = m_session->currentUser();
    return me.isValid() && me.role == Role::TeamLead;
}

void RegulationTodaySections::retranslateUi()
{
    if (isTeamLead()) {
        m_sections[OverdueTasks]->setTitle(tr("Team: overdue tasks"));
        m_sections[OverdueTasks]->setEmptyText(tr("No overdue task in the team: every obligation met so far."));
        m_sections[OverdueReviews]->setTitle(tr("Team: overdue reviews"));
        m_sections[OverdueReviews]->setEmptyText(tr("Every review of the team's clients was held on time."));
    } else {
        m_sections[OverdueTasks]->setTitle(tr("My overdue tasks"));
        m_sections[OverdueTasks]->setEmptyText(tr("No overdue task: every obligation met so far."));
        m_sections[OverdueReviews]->setTitle(tr("Overdue reviews"));
        m_sections[OverdueReviews]->setEmptyText(tr("Every review of your clients was held on time."));
    }
    m_sections[WeekTasks]->setTitle(tr("My tasks due this week"));
    m_sections[WeekTasks]->setEmptyText(tr("Nothing else is due this week."));
    m_sections[UpcomingReviews]->setTitle(tr("Reviews in the next 30 days"));
    m_sections[UpcomingReviews]->setEmptyText(tr("No review of your clients in the next 30 days."));
    m_sections[Flagged]->setTitle(tr("Flagged clients"));
    m_sections[Flagged]->setEmptyText(tr("No client of yours has an overdue review or late tasks."));
    m_overdueTasks->retranslate();
    m_weekTasks->retranslate();
    m_overdueReviews->retranslate();
    m_upcomingReviews->retranslate();
    m_flagged->retranslate();
}

void RegulationTodaySections::reload()
{
    if (!m_session->hasDatabase())
        return;
    const Database &db = m_session->database();
    const User &me = m_session->currentUser();
    // Nobody chosen: "mine" matches nothing rather than everything.
    const UserId who = me.isValid() ? me.id : UserId(std::numeric_limits<qint64>::max());
    const QDate today = RegulationCalendar::today();
    // A team lead follows up the whole team's overdue tasks and reviews, and
    // sees whose each one is; the week ahead and the flags stay their own.
    const bool team = isTeamLead();

    TaskQuery overdue;
    overdue.owner = team ? UserId() : who;
    overdue.overdue = true;
    m_overdueTasks->setDatabase(db);
    m_overdueTasks->setQuery(overdue);
    m_sections[OverdueTasks]->view()->setColumnHidden(TaskTableModel::OwnerColumn, !team);

    TaskQuery week;
    week.owner = who;
    week.status = TaskStatus::Open;
    week.dueFrom = today;
    week.dueBefore = today.addDays(7 - today.dayOfWeek()); // through Sunday
    m_weekTasks->setDatabase(db);
    m_weekTasks->setQuery(week);

    ReviewQuery late;
    late.manager = team ? UserId() : who;
    late.overdue = true;
    m_overdueReviews->setDatabase(db);
    m_overdueReviews->setQuery(late);
    m_sections[OverdueReviews]->view()->setColumnHidden(ReviewTableModel::ManagerColumn, !team);

    ReviewQuery upcoming;
    upcoming.manager = who;
    upcoming.status = ReviewStatus::Scheduled;
    upcoming.from = today;
    upcoming.dueBefore = today.addDays(kUpcomingDays);
    m_upcomingReviews->setDatabase(db);
    m_upcomingReviews->setQuery(upcoming);

    m_flagged->setDatabase(db);
    m_flagged->setManager(who);
}

void RegulationTodaySections::openTask(TaskTableModel *model, int row)
{
    if (const Task *task = model->task(row))
        TaskActions::markDone(m_session, Task(*task), m_today->window());
}

void RegulationTodaySections::openReview(ReviewTableModel *model, int row)
{
    const ReviewId id = model->reviewId(row);
    if (id.isValid())
        ReviewDialog::showReview(m_session, id, m_today->window());
}

} // namespace rapport
