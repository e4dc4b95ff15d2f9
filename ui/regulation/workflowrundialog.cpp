#include "workflowrundialog.h"

#include "appsession.h"
#include "regulationlabels.h"
#include "storage/workflowrepository.h"
#include "taskactions.h"
#include "tasktablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

WorkflowRunDialog::WorkflowRunDialog(AppSession *session, WorkflowRunId run, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_run(run)
    , m_model(new TaskTableModel(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_done(new QPushButton(this))
    , m_reopen(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"workflowRunDialog"_s);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_summary->setObjectName(u"workflowRunSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_done->setObjectName(u"workflowRunMarkDone"_s);
    m_reopen->setObjectName(u"workflowRunReopen"_s);
    m_close->setObjectName(u"workflowRunClose"_s);
    m_done->setAutoDefault(false);
    m_reopen->setAutoDefault(false);
    m_close->setAutoDefault(false);

    m_model->setDatabase(session->database());
    m_table->setObjectName(u"workflowRunTasks"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setColumnHidden(TaskTableModel::ClientColumn, true); // the heading names the client
    m_table->setColumnHidden(TaskTableModel::SourceColumn, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(TaskTableModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(TaskTableModel::OwnerColumn, 180);
    header->resizeSection(TaskTableModel::DueColumn, 100);
    header->resizeSection(TaskTableModel::StateColumn, 150);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_reopen);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_done, &QPushButton::clicked, this, &WorkflowRunDialog::markDone);
    connect(m_reopen, &QPushButton::clicked, this, &WorkflowRunDialog::reopen);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableView::activated, this, &WorkflowRunDialog::markDone);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkflowRunDialog::updateButtons);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkflowRunDialog::updateButtons);
    connect(m_session, &AppSession::dataChanged, this, &WorkflowRunDialog::reload);

    TaskQuery query;
    query.workflowRun = run;
    m_model->setQuery(query);
    retranslateUi();
    resize(900, 480);
    // The first open step is where the work is.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->task(row)->isOpen()) {
            m_table->setCurrentIndex(m_model->index(row, TaskTableModel::TitleColumn));
            break;
        }
    }
    m_table->setFocus();
}

void WorkflowRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WorkflowRunDialog::retranslateUi()
{
    m_done->setText(tr("Mark &done…"));
    m_reopen->setText(tr("Re&open"));
    m_close->setText(tr("Close"));
    m_table->setAccessibleName(tr("Tasks of the workflow run"));
    m_model->retranslate();
    updateHeader();
}

void WorkflowRunDialog::reload()
{
    const TaskId current = m_model->taskId(m_table->currentIndex().row());
    m_model->reload();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->taskId(row) == current)
            m_table->setCurrentIndex(m_model->index(row, TaskTableModel::TitleColumn));
    }
    updateHeader();
}

void WorkflowRunDialog::updateHeader()
{
    const auto run = m_session->hasDatabase() ? WorkflowRepository(m_session->database()).run(m_run) : std::nullopt;
    if (!run) {
        setWindowTitle(tr("Workflow Run"));
        m_heading->setText(tr("This workflow run no longer exists."));
        m_summary->clear();
        return;
    }
    setWindowTitle(tr("Workflow Run: %1").arg(run->templateName));
    const QLocale locale;
    QString heading = tr("%1 — %2").arg(run->templateName, run->clientName);
    if (run->ticketId.isValid())
        heading += u"  ·  "_s + tr("#%1  %2").arg(run->ticketId.value).arg(run->ticketSubject);
    m_heading->setText(heading);
    QStringList parts;
    parts << tr("Started %1").arg(locale.toString(run->startedOn, QLocale::ShortFormat)).toHtmlEscaped();
    parts << tr("Steps done: %1 of %2").arg(run->done).arg(run->total).toHtmlEscaped();
    const QString late = tr("Steps late: %1").arg(run->late()).toHtmlEscaped();
    parts << (run->late() > 0
            ? u"<span style=\"color:%1\">%2</span>"_s.arg(RegulationLabels::overdueColor().name(), late)
            : late);
    if (run->finished())
        parts << tr("Finished").toHtmlEscaped();
    else if (!run->nextStepTitle.isEmpty())
        parts << tr("Next: %1, due %2")
                     .arg(run->nextStepTitle, locale.toString(run->nextStepDue, QLocale::ShortFormat))
                     .toHtmlEscaped();
    m_summary->setText(parts.join(u" &nbsp;·&nbsp; "_s));
}

void WorkflowRunDialog::updateButtons()
{
    const Task *task = m_model->task(m_table->currentIndex().row());
    m_done->setEnabled(task && task->status == TaskStatus::Open);
    m_reopen->setEnabled(task && task->status == TaskStatus::Done);
}

void WorkflowRunDialog::markDone()
{
    if (const Task *task = m_model->task(m_table->currentIndex().row()))
        TaskActions::markDone(m_session, Task(*task), this);
}

void WorkflowRunDialog::reopen()
{
    if (const Task *task = m_model->task(m_table->currentIndex().row()))
        TaskActions::reopen(m_session, Task(*task), this);
}

} // namespace rapport
