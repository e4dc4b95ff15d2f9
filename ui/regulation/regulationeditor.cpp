#include "regulationeditor.h"

#include "applyworkflowdialog.h"
#include "obligationrulespage.h"
#include "taskspage.h"
#include "workflowrunspage.h"
#include "workflowtemplatespage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

RegulationEditor::RegulationEditor(AppSession *session, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_obligations(new ObligationRulesPage(session, this))
    , m_workflows(new WorkflowTemplatesPage(session, this))
    , m_tasks(new TasksPage(session, this))
    , m_runs(new WorkflowRunsPage(session, this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"regulationEditor"_s);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_heading->setFont(f);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_tabs->setObjectName(u"regulationTabs"_s);
    m_tabs->addTab(m_obligations, QString());
    m_tabs->addTab(m_workflows, QString());
    m_tabs->addTab(m_tasks, QString());
    m_tabs->addTab(m_runs, QString());
    m_close->setObjectName(u"regulationClose"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    // Ctrl+S saves the workflow template being edited.
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_tabs->currentWidget() == m_workflows)
            m_workflows->save();
    });
    // Ctrl+Shift+W applies a workflow: the template being edited, else the first.
    auto *apply = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this);
    connect(apply, &QShortcut::activated, this, [this] {
        if (m_tabs->currentWidget() == m_workflows)
            m_workflows->applyToClient();
        else
            applyWorkflow();
    });
    connect(m_workflows, &WorkflowTemplatesPage::applyRequested, this, &RegulationEditor::applyWorkflow);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);

    resize(1180, 760);
    retranslateUi();
}

void RegulationEditor::applyWorkflow(WorkflowTemplateId workflow)
{
    if (ApplyWorkflowDialog *dialog = m_runs->applyWorkflow(workflow))
        connect(dialog, &ApplyWorkflowDialog::applied, this, [this] { m_tabs->setCurrentWidget(m_runs); });
}

void RegulationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RegulationEditor::retranslateUi()
{
    setWindowTitle(tr("Service Regulation"));
    m_heading->setText(tr("Service regulation"));
    m_summary->setText(tr("Fixed deadlines for every client: reports, closing documents, payroll and payslips, "
                          "audits and reviews, each task with one owner and a due date; standard workflows for "
                          "new requests, kickoffs, ongoing work and completion."));
    m_tabs->setTabText(ObligationsTab, tr("&Obligations and reviews"));
    m_tabs->setTabText(WorkflowsTab, tr("&Workflow templates"));
    m_tabs->setTabText(TasksTab, tr("&Tasks"));
    m_tabs->setTabText(RunsTab, tr("Workflow &runs"));
    m_close->setText(tr("Close"));
}

} // namespace rapport
