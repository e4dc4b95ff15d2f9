#include "workflowrunspage.h"

#include "applyworkflowdialog.h"
#include "appsession.h"
#include "workflowrundialog.h"
#include "workflowrunmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

WorkflowRunsPage::WorkflowRunsPage(AppSession *session, QWidget *parent)
    : WorkflowRunsPage(session, false, ClientId(), parent)
{
}

WorkflowRunsPage::WorkflowRunsPage(AppSession *session, bool oneClient, ClientId client, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_oneClient(oneClient)
    , m_client(client)
    , m_model(new WorkflowRunModel(this))
    , m_summary(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"workflowRunsPage"_s);
    m_summary->setObjectName(u"workflowRunsSummary"_s);
    m_summary->setWordWrap(true);
    m_apply->setObjectName(u"workflowRunsApply"_s);
    m_open->setObjectName(u"workflowRunsOpen"_s);
    // Enter on the list opens a run; it must not also press a button of the dialog around it.
    m_apply->setAutoDefault(false);
    m_open->setAutoDefault(false);
    m_empty->setObjectName(u"workflowRunsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_model->setDatabase(session->database());
    m_table->setObjectName(u"workflowRunsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(WorkflowRunModel::TemplateColumn, 190);
    header->resizeSection(WorkflowRunModel::ClientColumn, 200);
    header->resizeSection(WorkflowRunModel::TicketColumn, 160);
    header->resizeSection(WorkflowRunModel::StartedColumn, 90);
    header->resizeSection(WorkflowRunModel::DoneColumn, 90);
    header->resizeSection(WorkflowRunModel::LateColumn, 90);
    header->setSectionResizeMode(WorkflowRunModel::NextStepColumn, QHeaderView::Stretch);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_open);
    toolbar->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_apply, &QPushButton::clicked, this, [this] { applyWorkflow(); });
    connect(m_open, &QPushButton::clicked, this, &WorkflowRunsPage::openCurrent);
    // Enter and a double click both activate a row.
    connect(m_table, &QTableView::activated, this, &WorkflowRunsPage::openCurrent);
    connect(m_model, &WorkflowRunModel::loaded, this, &WorkflowRunsPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkflowRunsPage::updateState);
    connect(m_session, &AppSession::dataChanged, this, [this] { m_model->reload(); });

    if (m_oneClient) {
        m_table->setColumnHidden(WorkflowRunModel::ClientColumn, true); // the card is the client
        m_model->setClient(m_client);
    } else {
        m_model->setAllClients();
    }
    retranslateUi();
}

WorkflowRunsPage *WorkflowRunsPage::addTab(QTabWidget *tabs, AppSession *session, ClientId client)
{
    auto *page = new WorkflowRunsPage(session, true, client, tabs);
    page->m_tabs = tabs;
    tabs->addTab(page, QString());
    page->retranslateUi();
    return page;
}

void WorkflowRunsPage::setClient(ClientId client)
{
    m_oneClient = true;
    m_client = client;
    m_table->setColumnHidden(WorkflowRunModel::ClientColumn, true);
    m_model->setClient(client);
}

void WorkflowRunsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WorkflowRunsPage::retranslateUi()
{
    if (m_tabs)
        m_tabs->setTabText(m_tabs->indexOf(this), tr("Wor&kflows"));
    m_apply->setText(m_oneClient ? tr("&Apply workflow…") : tr("&Apply to client…"));
    m_apply->setToolTip(tr("Apply a workflow template (Ctrl+Shift+W)"));
    m_open->setText(tr("Open &tasks"));
    m_open->setToolTip(tr("The tasks of the selected run (Enter)"));
    m_table->setAccessibleName(tr("Workflow runs"));
    m_model->retranslate();
    updateState();
}

void WorkflowRunsPage::updateState()
{
    const int runs = m_model->rowCount();
    const bool empty = runs == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (m_oneClient && !m_client.isValid())
        m_empty->setText(tr("Save the card first to apply a workflow to the client."));
    else
        m_empty->setText(tr("No workflow applied yet. Apply one to a client: each step becomes a task with an "
                            "owner and a due date."));
    int late = 0;
    int finished = 0;
    for (int row = 0; row < runs; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        late += index.data(WorkflowRunModel::LateRole).toInt() > 0 ? 1 : 0;
        finished += index.data(WorkflowRunModel::FinishedRole).toBool() ? 1 : 0;
    }
    m_summary->setText(
        empty ? QString() : tr("Runs: %1 · finished: %2 · with late steps: %3").arg(runs).arg(finished).arg(late));
    m_apply->setEnabled(m_session->hasDatabase() && (!m_oneClient || m_client.isValid()));
    m_open->setEnabled(m_model->run(m_table->currentIndex().row()) != nullptr);
}

ApplyWorkflowDialog *WorkflowRunsPage::applyWorkflow(WorkflowTemplateId workflow)
{
    if (!m_session->hasDatabase() || (m_oneClient && !m_client.isValid()))
        return nullptr;
    auto *dialog = new ApplyWorkflowDialog(m_session, m_client, workflow, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApplyWorkflowDialog::applied, this, [this](WorkflowRunId run) {
        // The session's dataChanged has reloaded the list: select the new run.
        const int row = m_model->rowOf(run);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, WorkflowRunModel::TemplateColumn));
    });
    dialog->open();
    return dialog;
}

WorkflowRunDialog *WorkflowRunsPage::openCurrent()
{
    const WorkflowRun *run = m_model->run(m_table->currentIndex().row());
    return run ? openRun(run->id) : nullptr;
}

WorkflowRunDialog *WorkflowRunsPage::openRun(WorkflowRunId run)
{
    if (!run.isValid())
        return nullptr;
    auto *dialog = new WorkflowRunDialog(m_session, run, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace rapport
