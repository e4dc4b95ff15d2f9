#include "obligationrulespage.h"

#include "appsession.h"
#include "clientpagemodel.h"
#include "obligationruledialog.h"
#include "planning/servicestandard.h"
#include "regulationlabels.h"
#include "storage/obligationrepository.h"
#include "storage/regulationcalendar.h"
#include "storage/reviewrepository.h"
#include "widgets/backgroundtask.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

enum RuleColumn { TitleColumn, PeriodColumn, DueColumn, OwnerColumn, NextColumn, TasksColumn, RuleColumnCount };

} // namespace

ObligationRulesPage::ObligationRulesPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clients(new ClientPageModel(this))
    , m_search(new QLineEdit(this))
    , m_clientList(new QListView(this))
    , m_preset(new QPushButton(this))
    , m_run(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_rules(new QTableWidget(0, RuleColumnCount, this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_archive(new QPushButton(this))
    , m_cadenceBox(new QGroupBox(this))
    , m_periodic(new QCheckBox(m_cadenceBox))
    , m_periodicMonths(new QSpinBox(m_cadenceBox))
    , m_annual(new QCheckBox(m_cadenceBox))
    , m_anchorLabel(new QLabel(m_cadenceBox))
    , m_anchor(new QDateEdit(m_cadenceBox))
    , m_saveCadence(new QPushButton(m_cadenceBox))
    , m_cadenceInfo(new QLabel(m_cadenceBox))
{
    m_search->setObjectName(u"ruleClientSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_clients->setDatabase(session->database());
    m_clientList->setObjectName(u"ruleClients"_s);
    m_clientList->setModel(m_clients);
    m_clientList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_clientList->setUniformItemSizes(true);
    m_clientList->setMinimumWidth(240);
    m_clientList->setMaximumWidth(320);
    m_preset->setObjectName(u"rulePreset"_s);
    m_run->setObjectName(u"ruleRun"_s);
    m_status->setObjectName(u"ruleStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setObjectName(u"ruleHeading"_s);
    m_rules->setObjectName(u"ruleTable"_s);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setAlternatingRowColors(true);
    m_rules->setWordWrap(false);
    m_rules->verticalHeader()->hide();
    m_rules->verticalHeader()->setDefaultSectionSize(m_rules->fontMetrics().height() + 12);
    QHeaderView *header = m_rules->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header->resizeSection(PeriodColumn, 90);
    header->resizeSection(DueColumn, 230);
    header->resizeSection(OwnerColumn, 150);
    header->resizeSection(NextColumn, 90);
    header->resizeSection(TasksColumn, 110);
    m_add->setObjectName(u"ruleAdd"_s);
    m_edit->setObjectName(u"ruleEdit"_s);
    m_archive->setObjectName(u"ruleArchive"_s);
    m_periodic->setObjectName(u"cadencePeriodic"_s);
    m_periodicMonths->setRange(1, 12);
    m_annual->setObjectName(u"cadenceAnnual"_s);
    m_anchor->setObjectName(u"cadenceAnchor"_s);
    m_anchor->setCalendarPopup(true);
    m_anchorLabel->setBuddy(m_anchor);
    m_saveCadence->setObjectName(u"cadenceSave"_s);
    m_cadenceInfo->setWordWrap(true);
    m_cadenceInfo->setForegroundRole(QPalette::PlaceholderText);

    auto *left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_clientList, 1);

    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_heading, 1);
    ruleButtons->addWidget(m_add);
    ruleButtons->addWidget(m_edit);
    ruleButtons->addWidget(m_archive);

    auto *cadence = new QGridLayout(m_cadenceBox);
    cadence->addWidget(m_periodic, 0, 0);
    cadence->addWidget(m_periodicMonths, 0, 1);
    cadence->addWidget(m_annual, 0, 2);
    cadence->addWidget(m_anchorLabel, 0, 3);
    cadence->addWidget(m_anchor, 0, 4);
    cadence->setColumnStretch(5, 1);
    cadence->addWidget(m_saveCadence, 0, 6);
    cadence->addWidget(m_cadenceInfo, 1, 0, 1, 7);

    auto *right = new QVBoxLayout;
    right->addLayout(ruleButtons);
    right->addWidget(m_rules, 1);
    right->addWidget(m_cadenceBox);

    auto *split = new QHBoxLayout;
    split->addLayout(left);
    split->addSpacing(8);
    split->addLayout(right, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_run);
    top->addWidget(m_preset);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(split, 1);

    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { m_clients->setSearch(m_search->text()); });
    connect(m_clientList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_client = m_clients->clientId(current.row());
                reloadRules();
                loadCadence();
            });
    connect(m_clientList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ObligationRulesPage::retranslateUi);
    connect(m_rules, &QTableWidget::itemSelectionChanged, this, &ObligationRulesPage::updateButtons);
    connect(m_rules, &QTableWidget::cellDoubleClicked, this, &ObligationRulesPage::editRule);
    connect(m_add, &QPushButton::clicked, this, &ObligationRulesPage::addRule);
    connect(m_edit, &QPushButton::clicked, this, &ObligationRulesPage::editRule);
    connect(m_archive, &QPushButton::clicked, this, &ObligationRulesPage::archiveRule);
    connect(m_preset, &QPushButton::clicked, this, &ObligationRulesPage::presetClicked);
    connect(m_run, &QPushButton::clicked, this, &ObligationRulesPage::runObligations);
    connect(m_saveCadence, &QPushButton::clicked, this, &ObligationRulesPage::saveCadence);
    connect(m_periodic, &QCheckBox::toggled, m_periodicMonths, &QWidget::setEnabled);
    connect(m_session, &AppSession::dataChanged, this, &ObligationRulesPage::reloadRules);

    m_clients->reload();
    retranslateUi();
    if (m_clients->rowCount() > 0)
        m_clientList->setCurrentIndex(m_clients->index(0));
    else
        reloadRules();
}

void ObligationRulesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reloadRules();
    }
    QWidget::changeEvent(event);
}

void ObligationRulesPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search clients"));
    m_search->setAccessibleName(tr("Search clients"));
    m_clientList->setAccessibleName(tr("Clients"));
    m_rules->setAccessibleName(tr("Obligation rules"));
    const int selected = int(selectedClients().size());
    m_preset->setText(tr("Apply Service standard &preset…"));
    m_preset->setToolTip(ServiceStandard::summary());
    m_run->setText(tr("R&un obligations"));
    m_run->setToolTip(tr("Create the tasks of every period that has begun, for every client; running it again "
                         "adds nothing."));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_archive->setText(tr("Archi&ve"));
    m_rules->setHorizontalHeaderLabels(
        {tr("Obligation"), tr("Period"), tr("Due"), tr("Owner"), tr("Next due"), tr("Open tasks")});
    m_cadenceBox->setTitle(tr("Reviews with this client"));
    m_periodic->setText(tr("Periodic review every"));
    m_periodicMonths->setSuffix(tr(" months"));
    m_periodicMonths->setAccessibleName(tr("Months between periodic reviews"));
    m_annual->setText(tr("Annual review"));
    m_anchorLabel->setText(tr("counted &from:"));
    m_saveCadence->setText(tr("Save &cadence"));
    m_cadenceInfo->setText(selected > 1 ? tr("Clients selected: %1. Apply the preset to them with the button above.")
                                             .arg(selected)
                                        : tr("Reviews are counted from the contract start unless you choose "
                                             "another date; holding a review schedules the next one."));
}

QList<ClientId> ObligationRulesPage::selectedClients() const
{
    QList<ClientId> ids;
    for (const QModelIndex &index : m_clientList->selectionModel()->selectedIndexes())
        ids << m_clients->clientId(index.row());
    return ids;
}

void ObligationRulesPage::selectClient(ClientId id)
{
    int row = m_clients->rowOf(id);
    while (row < 0 && m_clients->canFetchMore({})) {
        m_clients->fetchMore({});
        row = m_clients->rowOf(id);
    }
    if (row >= 0)
        m_clientList->setCurrentIndex(m_clients->index(row));
}

void ObligationRulesPage::reloadRules()
{
    const bool hasClient = m_client.isValid() && m_session->hasDatabase();
    m_rules->setRowCount(0);
    m_add->setEnabled(hasClient);
    m_cadenceBox->setEnabled(hasClient);
    if (!hasClient) {
        m_heading->setText(tr("Choose a client"));
        updateButtons();
        return;
    }
    const QDate today = RegulationCalendar::today();
    const QList<ObligationRuleRow> rows = ObligationRepository(m_session->database()).list(m_client);
    const QLocale locale;
    const QString name = m_clientList->currentIndex().data().toString();
    m_heading->setText(rows.isEmpty() ? tr("%1: no obligations yet").arg(name) : tr("Obligations of %1").arg(name));
    for (const ObligationRuleRow &row : rows) {
        const int r = m_rules->rowCount();
        m_rules->insertRow(r);
        auto *title = new QTableWidgetItem(row.rule.displayTitle());
        title->setData(Qt::UserRole, row.rule.id.value);
        if (!row.rule.preset.isEmpty())
            title->setToolTip(tr("Added by the %1 preset").arg(ServiceStandard::title()));
        m_rules->setItem(r, TitleColumn, title);
        m_rules->setItem(r, PeriodColumn, new QTableWidgetItem(RegulationLabels::period(row.rule.period)));
        m_rules->setItem(r, DueColumn, new QTableWidgetItem(RegulationLabels::ruleDue(row.rule)));
        auto *owner = new QTableWidgetItem(row.ownerName);
        if (!row.rule.ownerId.isValid())
            owner->setToolTip(tr("The client's account manager"));
        m_rules->setItem(r, OwnerColumn, owner);
        auto *next = new QTableWidgetItem(row.nextDue.isValid() ? locale.toString(row.nextDue, QLocale::ShortFormat)
                                                                : QString());
        next->setTextAlignment(Qt::AlignCenter);
        if (row.nextDue.isValid() && row.nextDue < today)
            next->setForeground(RegulationLabels::overdueColor());
        m_rules->setItem(r, NextColumn, next);
        auto *tasks = new QTableWidgetItem(row.overdueTasks > 0
                                               ? tr("%1 (%2 overdue)").arg(row.openTasks).arg(row.overdueTasks)
                                               : QString::number(row.openTasks));
        tasks->setTextAlignment(Qt::AlignCenter);
        if (row.overdueTasks > 0)
            tasks->setForeground(RegulationLabels::overdueColor());
        m_rules->setItem(r, TasksColumn, tasks);
    }
    updateButtons();
}

void ObligationRulesPage::updateButtons()
{
    const bool selected = m_rules->currentRow() >= 0 && !m_rules->selectedItems().isEmpty();
    m_edit->setEnabled(selected);
    m_archive->setEnabled(selected);
}

void ObligationRulesPage::loadCadence()
{
    if (!m_client.isValid())
        return;
    const auto cadence = ReviewRepository(m_session->database()).cadence(m_client);
    m_periodic->setChecked(cadence && cadence->quarterly);
    m_periodicMonths->setValue(cadence ? cadence->periodicMonths : 3);
    m_periodicMonths->setEnabled(m_periodic->isChecked());
    m_annual->setChecked(cadence && cadence->annual);
    m_anchor->setDate(cadence && cadence->anchor.isValid() ? cadence->anchor : RegulationCalendar::today());
}

void ObligationRulesPage::saveCadence()
{
    ReviewCadence cadence;
    cadence.quarterly = m_periodic->isChecked();
    cadence.periodicMonths = m_periodicMonths->value();
    cadence.annual = m_annual->isChecked();
    cadence.anchor = m_anchor->date();
    if (Status s = ReviewRepository(m_session->database()).setCadence(m_client, cadence); !s) {
        showStatus(s.error(), true);
        return;
    }
    showStatus(tr("Review cadence saved. Schedule reviews in the Reviews view to give the client its next "
                  "review."));
    m_session->notifyDataChanged();
}

void ObligationRulesPage::addRule()
{
    if (!m_client.isValid())
        return;
    ObligationRule rule;
    rule.clientId = m_client;
    rule.kind = ObligationKind::Custom;
    rule.startsOn = RegulationCalendar::today();
    auto *dialog = new ObligationRuleDialog(m_session, rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ObligationRulesPage::editRule()
{
    const QTableWidgetItem *item = m_rules->item(m_rules->currentRow(), TitleColumn);
    if (!item)
        return;
    const auto rule = ObligationRepository(m_session->database()).byId(ObligationRuleId(item->data(Qt::UserRole).toLongLong()));
    if (!rule)
        return;
    auto *dialog = new ObligationRuleDialog(m_session, *rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ObligationRulesPage::archiveRule()
{
    const QTableWidgetItem *item = m_rules->item(m_rules->currentRow(), TitleColumn);
    if (!item)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Archive Obligation"),
        tr("Stop “%1” for this client? Tasks already created stay; no new ones are made.").arg(item->text()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = ObligationRepository(m_session->database()).archive(ObligationRuleId(item->data(Qt::UserRole).toLongLong()));
        !s) {
        showStatus(s.error(), true);
        return;
    }
    m_session->notifyDataChanged();
}

void ObligationRulesPage::presetClicked()
{
    const QList<ClientId> selected = selectedClients();
    QMessageBox box(QMessageBox::Question, tr("Apply Service Standard"),
                    tr("The %1 preset sets up the regulation for a client:").arg(ServiceStandard::title()),
                    QMessageBox::Cancel, this);
    box.setInformativeText(ServiceStandard::summary() + u"\n\n"_s
                           + tr("Obligations a client already has are kept; a removed one is not added again. "
                                "Then the obligation tasks are created and the reviews scheduled."));
    QPushButton *some = nullptr;
    if (!selected.isEmpty())
        some = box.addButton(tr("Selected clients (%1)").arg(selected.size()), QMessageBox::AcceptRole);
    QPushButton *all = box.addButton(tr("All active clients"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == all)
        applyPreset({});
    else if (some && box.clickedButton() == some)
        applyPreset(selected);
}

void ObligationRulesPage::applyPreset(const QList<ClientId> &clients)
{
    auto result = std::make_shared<PresetResult>();
    m_preset->setEnabled(false);
    BackgroundTask::run(
        this, m_session->database(), tr("Applying the Service standard…"),
        [result, clients](const Database &db, const BackgroundTask::Progress &, const std::atomic_bool &) -> Status {
            auto applied = ObligationRepository(db).applyServiceStandard(clients);
            if (!applied)
                return fail(applied.error());
            *result = *applied;
            return {};
        },
        [this, result](const Status &status) {
            m_preset->setEnabled(true);
            if (!status) {
                showStatus(status.error(), true);
                Q_EMIT presetApplied(false);
                return;
            }
            QString text = tr("Service standard applied. Clients: %1; obligations added: %2; review cadences set: %3; "
                              "tasks created: %4; reviews scheduled: %5.")
                               .arg(result->clients)
                               .arg(result->rulesCreated)
                               .arg(result->cadencesSet)
                               .arg(result->tasksCreated)
                               .arg(result->reviewsScheduled);
            if (!result->problems.isEmpty())
                text += u' ' + tr("Problems: %1").arg(result->problems.join(u"; "_s));
            showStatus(text, !result->problems.isEmpty());
            m_session->notifyDataChanged();
            loadCadence();
            Q_EMIT presetApplied(true);
        });
}

void ObligationRulesPage::runObligations()
{
    auto result = std::make_shared<ObligationRun>();
    m_run->setEnabled(false);
    BackgroundTask::run(
        this, m_session->database(), tr("Creating obligation tasks…"),
        [result](const Database &db, const BackgroundTask::Progress &, const std::atomic_bool &cancel) -> Status {
            auto run = ObligationRepository(db).run({}, &cancel);
            if (!run)
                return fail(run.error());
            *result = *run;
            return {};
        },
        [this, result](const Status &status) {
            m_run->setEnabled(true);
            if (!status) {
                showStatus(status.error(), true);
                Q_EMIT obligationsRun(false);
                return;
            }
            QString text = tr("Obligations run. New tasks: %1; active obligations: %2.")
                               .arg(result->created)
                               .arg(result->rules);
            if (!result->problems.isEmpty())
                text += u' ' + tr("Problems: %1").arg(result->problems.join(u"; "_s));
            showStatus(text, !result->problems.isEmpty());
            m_session->notifyDataChanged();
            Q_EMIT obligationsRun(true);
        });
}

void ObligationRulesPage::showStatus(const QString &text, bool error)
{
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText,
                 error ? RegulationLabels::overdueColor() : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace rapport
