#include "taskspage.h"

#include "appsession.h"
#include "regulationlabels.h"
#include "storage/regulationcalendar.h"
#include "storage/userrepository.h"
#include "taskactions.h"
#include "tasktablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// The on-time rate looks back this many days.
constexpr int kRateWindowDays = 90;

} // namespace

TasksPage::TasksPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TaskTableModel(this))
    , m_ownerLabel(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_stateLabel(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_done(new QPushButton(this))
    , m_reopen(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_owner->setObjectName(u"taskOwnerFilter"_s);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->setMinimumContentsLength(16);
    m_state->setObjectName(u"taskStateFilter"_s);
    for (int i = 0; i <= AllFilter; ++i)
        m_state->addItem(QString(), i);
    m_ownerLabel->setBuddy(m_owner);
    m_stateLabel->setBuddy(m_state);
    m_done->setObjectName(u"taskMarkDone"_s);
    m_reopen->setObjectName(u"taskReopen"_s);
    m_summary->setObjectName(u"taskOnTime"_s);
    m_summary->setWordWrap(true);

    m_model->setDatabase(session->database());
    m_table->setObjectName(u"taskTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(TaskTableModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(TaskTableModel::ClientColumn, 220);
    header->resizeSection(TaskTableModel::OwnerColumn, 170);
    header->resizeSection(TaskTableModel::DueColumn, 90);
    header->resizeSection(TaskTableModel::StateColumn, 130);
    header->resizeSection(TaskTableModel::SourceColumn, 100);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_ownerLabel);
    filters->addWidget(m_owner);
    filters->addSpacing(8);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state);
    filters->addStretch(1);
    filters->addWidget(m_done);
    filters->addWidget(m_reopen);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_owner, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilters);
    connect(m_state, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilters);
    connect(m_done, &QPushButton::clicked, this, &TasksPage::markDone);
    connect(m_reopen, &QPushButton::clicked, this, &TasksPage::reopen);
    connect(m_table, &QTableView::activated, this, &TasksPage::markDone);
    connect(m_model, &TaskTableModel::loaded, this, &TasksPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TasksPage::updateButtons);
    connect(m_session, &AppSession::dataChanged, this, &TasksPage::reload);

    retranslateUi();
    reloadStaff();
    applyFilters();
}

void TasksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TasksPage::retranslateUi()
{
    m_table->setAccessibleName(tr("Tasks"));
    m_ownerLabel->setText(tr("O&wner:"));
    m_stateLabel->setText(tr("S&how:"));
    m_state->setItemText(OpenFilter, tr("Open"));
    m_state->setItemText(OverdueFilter, tr("Overdue"));
    m_state->setItemText(WeekFilter, tr("Due this week"));
    m_state->setItemText(DoneFilter, tr("Done in the last 90 days"));
    m_state->setItemText(AllFilter, tr("All"));
    if (m_owner->count() > 0)
        m_owner->setItemText(0, tr("Anyone"));
    m_done->setText(tr("Mark &done…"));
    m_reopen->setText(tr("Re&open"));
    m_model->retranslate();
    updateSummary();
}

void TasksPage::reloadStaff()
{
    if (!m_session->hasDatabase())
        return;
    const qint64 current = m_owner->currentData().toLongLong();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Anyone"), qint64(0));
    for (const User &u : UserRepository(m_session->database()).all())
        m_owner->addItem(u.name, u.id.value);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
}

void TasksPage::setFilter(Filter filter)
{
    m_state->setCurrentIndex(int(filter));
}

void TasksPage::reload()
{
    reloadStaff();
    m_model->reload();
}

void TasksPage::applyFilters()
{
    const QDate today = RegulationCalendar::today();
    TaskQuery q;
    q.owner = UserId(m_owner->currentData().toLongLong());
    switch (Filter(m_state->currentData().toInt())) {
    case OpenFilter: q.status = TaskStatus::Open; break;
    case OverdueFilter: q.overdue = true; break;
    case WeekFilter:
        q.status = TaskStatus::Open;
        q.dueBefore = today.addDays(7 - today.dayOfWeek());
        break;
    case DoneFilter:
        q.status = TaskStatus::Done;
        q.dueFrom = today.addDays(-kRateWindowDays);
        break;
    case AllFilter: break;
    }
    m_model->setQuery(q);
}

void TasksPage::updateSummary()
{
    if (!m_session->hasDatabase())
        return;
    const QDate today = RegulationCalendar::today();
    const UserId owner(m_owner->currentData().toLongLong());
    const OnTimeStats stats = TaskRepository(m_session->database()).onTime(today.addDays(-kRateWindowDays), today, owner);
    const QLocale locale;
    QString text = tr("Tasks: %1.").arg(locale.toString(m_model->totalCount()));
    if (const auto rate = stats.rate()) {
        text += u"  "_s
            + tr("Last 90 days: %1 on time — %2 done on time, %3 done late, %4 still open past the due date.")
                  .arg(locale.toString(*rate * 100.0, 'f', 0) + u" %"_s)
                  .arg(stats.onTime)
                  .arg(stats.doneLate)
                  .arg(stats.overdue);
    }
    m_summary->setText(text);
}

void TasksPage::updateButtons()
{
    const Task *task = m_model->task(m_table->currentIndex().row());
    m_done->setEnabled(task && task->status == TaskStatus::Open);
    m_reopen->setEnabled(task && task->status == TaskStatus::Done);
}

void TasksPage::markDone()
{
    if (const Task *task = m_model->task(m_table->currentIndex().row()))
        TaskActions::markDone(m_session, Task(*task), this);
}

void TasksPage::reopen()
{
    if (const Task *task = m_model->task(m_table->currentIndex().row()))
        TaskActions::reopen(m_session, Task(*task), this);
}

} // namespace rapport
