#include "reviewsview.h"

#include "appsession.h"
#include "io/reviewics.h"
#include "regulation/regulationeditor.h"
#include "regulation/regulationlabels.h"
#include "reviewchangedialog.h"
#include "reviewdialog.h"
#include "reviewtablemodel.h"
#include "storage/regulationcalendar.h"
#include "storage/userrepository.h"
#include "views/viewfactory.h"
#include "widgets/backgroundtask.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ReviewsView::ReviewsView(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReviewTableModel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_tabs(new QTabBar(this))
    , m_managerLabel(new QLabel(this))
    , m_manager(new QComboBox(this))
    , m_schedule(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_regulation(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_reschedule(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_title->setObjectName(u"viewTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_tabs->setObjectName(u"reviewPages"_s);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (int i = 0; i < 3; ++i)
        m_tabs->addTab(QString());
    m_manager->setObjectName(u"reviewManagerFilter"_s);
    m_manager->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_manager->setMinimumContentsLength(16);
    m_managerLabel->setBuddy(m_manager);
    m_schedule->setObjectName(u"reviewSchedule"_s);
    m_export->setObjectName(u"reviewExport"_s);
    m_regulation->setObjectName(u"reviewRegulation"_s);
    m_open->setObjectName(u"reviewOpen"_s);
    m_reschedule->setObjectName(u"reviewReschedule"_s);
    m_cancel->setObjectName(u"reviewCancel"_s);
    // Enabled for a selected scheduled review (updateActions).
    m_reschedule->setEnabled(false);
    m_cancel->setEnabled(false);
    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_empty->setObjectName(u"reviewEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_model->setDatabase(session->database());
    m_table->setObjectName(u"reviewTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ReviewTableModel::ClientColumn, QHeaderView::Stretch);
    header->resizeSection(ReviewTableModel::KindColumn, 170);
    header->resizeSection(ReviewTableModel::ScheduledColumn, 100);
    header->resizeSection(ReviewTableModel::ManagerColumn, 190);
    header->resizeSection(ReviewTableModel::StatusColumn, 150);
    header->resizeSection(ReviewTableModel::ActionsColumn, 150);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_managerLabel);
    toolbar->addWidget(m_manager);
    toolbar->addStretch(1);
    toolbar->addWidget(m_open);
    toolbar->addWidget(m_reschedule);
    toolbar->addWidget(m_cancel);

    // Actions on all reviews beside the title, on the chosen one below: both
    // rows fit 1280 px in every language.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_schedule);
    titleRow->addWidget(m_export);
    titleRow->addWidget(m_regulation);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_description);
    layout->addLayout(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, &ReviewsView::applyFilters);
    connect(m_manager, &QComboBox::currentIndexChanged, this, &ReviewsView::applyFilters);
    connect(m_schedule, &QPushButton::clicked, this, &ReviewsView::scheduleReviews);
    connect(m_export, &QPushButton::clicked, this, &ReviewsView::exportClicked);
    connect(m_regulation, &QPushButton::clicked, this, &ReviewsView::openRegulationEditor);
    connect(m_open, &QPushButton::clicked, this, &ReviewsView::openCurrent);
    connect(m_table, &QTableView::activated, this, &ReviewsView::openCurrent);
    connect(m_reschedule, &QPushButton::clicked, this, &ReviewsView::rescheduleCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &ReviewsView::cancelCurrent);
    // The buttons' texts carry their Alt mnemonics; the Ctrl+Shift keys are shortcuts of their own.
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this), &QShortcut::activated, this,
            &ReviewsView::rescheduleCurrent);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), this), &QShortcut::activated, this,
            &ReviewsView::cancelCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewsView::updateActions);
    connect(m_model, &ReviewTableModel::loaded, this, &ReviewsView::updateCounts);
    connect(m_session, &AppSession::databaseChanged, this, [this] {
        m_model->setDatabase(m_session->database());
        reloadStaff();
        applyFilters();
    });
    connect(m_session, &AppSession::dataChanged, this, [this] {
        reloadStaff();
        m_model->reload();
    });

    retranslateUi();
    reloadStaff();
    applyFilters();
    // Overdue reviews breach the regulation: show them first when there are any.
    if (m_overdueCount > 0)
        setPage(OverduePage);
}

void ReviewsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReviewsView::retranslateUi()
{
    m_title->setText(viewTitle(u"reviews"_s));
    m_table->setAccessibleName(tr("Reviews"));
    m_description->setText(tr("Every client is reviewed every quarter and every year from the contract start: "
                              "progress, problems found and a remediation plan with owners and due dates. "
                              "Holding a review schedules the next one."));
    m_managerLabel->setText(tr("&Account manager:"));
    if (m_manager->count() > 0)
        m_manager->setItemText(0, tr("Anyone"));
    m_schedule->setText(tr("&Schedule reviews"));
    m_schedule->setToolTip(tr("Give every client with a review cadence its next review; running it again "
                              "adds nothing."));
    m_export->setText(tr("Export to &calendar (ICS)…"));
    m_export->setToolTip(tr("Save the scheduled reviews as an iCalendar file for Outlook, Google Calendar "
                            "or Thunderbird."));
    m_regulation->setText(tr("&Regulation…"));
    m_regulation->setToolTip(tr("Workflow templates, obligation rules, the Service standard preset and tasks."));
    m_open->setText(tr("&Open"));
    m_reschedule->setText(tr("R&eschedule…"));
    m_reschedule->setToolTip(tr("Move the selected scheduled review to another date, with the reason "
                                "(Ctrl+Shift+R)"));
    m_cancel->setText(tr("Cancel re&view…"));
    m_cancel->setToolTip(tr("Cancel the selected scheduled review, with the reason (Ctrl+Shift+Delete)"));
    m_model->retranslate();
    updateCounts();
}

void ReviewsView::reloadStaff()
{
    if (!m_session->hasDatabase())
        return;
    const qint64 current = m_manager->currentData().toLongLong();
    const QSignalBlocker blocker(m_manager);
    m_manager->clear();
    m_manager->addItem(tr("Anyone"), qint64(0));
    for (const User &u : UserRepository(m_session->database()).all()) {
        if (u.role == Role::AccountManager || u.role == Role::TeamLead)
            m_manager->addItem(u.name, u.id.value);
    }
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(current)));
}

void ReviewsView::setPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

ReviewsView::Page ReviewsView::page() const
{
    return Page(std::max(0, m_tabs->currentIndex()));
}

void ReviewsView::applyFilters()
{
    ReviewQuery q;
    q.manager = UserId(m_manager->currentData().toLongLong());
    switch (page()) {
    case UpcomingPage:
        q.status = ReviewStatus::Scheduled;
        q.from = RegulationCalendar::today();
        break;
    case OverduePage: q.overdue = true; break;
    case HeldPage:
        q.status = ReviewStatus::Held;
        q.newestFirst = true;
        break;
    }
    m_table->setColumnHidden(ReviewTableModel::ActionsColumn, page() == UpcomingPage);
    m_model->setQuery(q);
}

void ReviewsView::updateCounts()
{
    if (!m_session->hasDatabase())
        return;
    ReviewRepository reviews(m_session->database());
    ReviewQuery q;
    q.manager = UserId(m_manager->currentData().toLongLong());
    ReviewQuery upcoming = q;
    upcoming.status = ReviewStatus::Scheduled;
    upcoming.from = RegulationCalendar::today();
    ReviewQuery overdue = q;
    overdue.overdue = true;
    ReviewQuery held = q;
    held.status = ReviewStatus::Held;
    const QLocale locale;
    m_overdueCount = reviews.count(overdue);
    m_tabs->setTabText(UpcomingPage, tr("Upcoming (%1)").arg(locale.toString(reviews.count(upcoming))));
    m_tabs->setTabText(OverduePage, tr("Overdue (%1)").arg(locale.toString(m_overdueCount)));
    m_tabs->setTabText(HeldPage, tr("Held (%1)").arg(locale.toString(reviews.count(held))));
    m_tabs->setTabTextColor(OverduePage, m_overdueCount > 0 ? RegulationLabels::overdueColor()
                                                            : palette().color(QPalette::WindowText));
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    switch (page()) {
    case UpcomingPage:
        m_empty->setText(tr("No upcoming reviews. Apply the Service standard preset under Regulation, or set a "
                            "client's review cadence, then Schedule reviews."));
        break;
    case OverduePage: m_empty->setText(tr("No overdue reviews. Every review was held on time.")); break;
    case HeldPage: m_empty->setText(tr("No review has been held yet.")); break;
    }
    m_open->setEnabled(!empty);
    updateActions();
}

const Review *ReviewsView::currentReview() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isSelected(index))
        return nullptr;
    return m_model->review(index.row());
}

void ReviewsView::updateActions()
{
    const Review *review = currentReview();
    const bool scheduled = review && review->status == ReviewStatus::Scheduled;
    m_reschedule->setEnabled(scheduled);
    m_cancel->setEnabled(scheduled);
}

void ReviewsView::showStatus(const QString &text, bool error)
{
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText,
                 error ? RegulationLabels::overdueColor() : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ReviewsView::scheduleReviews()
{
    if (!m_session->hasDatabase())
        return;
    auto result = std::make_shared<ReviewScheduleRun>();
    m_schedule->setEnabled(false);
    BackgroundTask::run(
        this, m_session->database(), tr("Scheduling reviews…"),
        [result](const Database &db, const BackgroundTask::Progress &, const std::atomic_bool &cancel) -> Status {
            auto run = ReviewRepository(db).scheduleReviews({}, &cancel);
            if (!run)
                return fail(run.error());
            *result = *run;
            return {};
        },
        [this, result](const Status &status) {
            m_schedule->setEnabled(true);
            if (!status) {
                showStatus(status.error(), true);
                return;
            }
            QString text = tr("Reviews scheduled: %1 new; clients with a review cadence checked: %2.")
                               .arg(result->created)
                               .arg(result->clients);
            if (!result->skipped.isEmpty())
                text += u' ' + tr("Skipped: %1").arg(result->skipped.join(u"; "_s));
            showStatus(text);
            m_session->notifyDataChanged();
        });
}

void ReviewsView::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Reviews to Calendar"),
                                                      QDir::home().filePath(u"rapport-reviews.ics"_s),
                                                      tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportCalendar(path);
}

bool ReviewsView::exportCalendar(const QString &path)
{
    const UserId manager(m_manager->currentData().toLongLong());
    auto written = ReviewIcs(m_session->database()).exportTo(path, manager);
    if (!written) {
        showStatus(written.error(), true);
        return false;
    }
    showStatus(tr("Scheduled reviews written: %1, to %2. Import the file in your calendar application.")
                   .arg(*written)
                   .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReviewsView::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        openReview(m_model->reviewId(index.row()));
}

ReviewDialog *ReviewsView::openReview(ReviewId id)
{
    if (!id.isValid())
        return nullptr;
    return ReviewDialog::showReview(m_session, id, this);
}

ReviewChangeDialog *ReviewsView::rescheduleCurrent()
{
    return changeCurrent(false);
}

ReviewChangeDialog *ReviewsView::cancelCurrent()
{
    return changeCurrent(true);
}

ReviewChangeDialog *ReviewsView::changeCurrent(bool cancelling)
{
    const Review *review = currentReview();
    if (!review || review->status != ReviewStatus::Scheduled || !m_session->hasDatabase())
        return nullptr;
    auto *dialog = new ReviewChangeDialog(m_session, review->id,
                                          cancelling ? ReviewChangeDialog::Cancel : ReviewChangeDialog::Reschedule,
                                          this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog reloads the lists (AppSession::dataChanged) before it says so.
    connect(dialog, &ReviewChangeDialog::changed, this, [this, cancelling](ReviewId id) {
        const auto changed = ReviewRepository(m_session->database()).byId(id);
        if (!changed)
            return;
        const QString date = QLocale().toString(changed->scheduledOn, u"d MMMM yyyy"_s);
        showStatus(cancelling ? tr("%1 with %2 on %3 cancelled.")
                                    .arg(reviewKindTitle(changed->kind), changed->clientName, date)
                              : tr("%1 with %2 moved to %3.")
                                    .arg(reviewKindTitle(changed->kind), changed->clientName, date));
        // Keep the moved review selected when it is still on this page.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->reviewId(row) == id) {
                m_table->setCurrentIndex(m_model->index(row, 0));
                break;
            }
        }
    });
    dialog->open();
    return dialog;
}

RegulationEditor *ReviewsView::openRegulationEditor()
{
    if (!m_editor) {
        m_editor = new RegulationEditor(m_session, this);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

} // namespace rapport
