#include "workflowtemplatespage.h"

#include "appsession.h"
#include "fieldmessage.h"
#include "regulationlabels.h"
#include "storage/workflowrepository.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

enum StepColumn { TitleColumn, RoleColumn, OffsetColumn, StepColumnCount };

} // namespace

WorkflowTemplatesPage::WorkflowTemplatesPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(this))
    , m_archive(new QPushButton(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameMessage(new FieldMessage(this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_stepsLabel(new QLabel(this))
    , m_steps(new QTableWidget(0, StepColumnCount, this))
    , m_addStep(new QPushButton(this))
    , m_removeStep(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_stepsMessage(new FieldMessage(this))
    , m_info(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    m_list->setObjectName(u"workflowList"_s);
    m_list->setMinimumWidth(230);
    m_list->setMaximumWidth(300);
    m_new->setObjectName(u"workflowNew"_s);
    m_archive->setObjectName(u"workflowArchive"_s);
    m_name->setObjectName(u"workflowName"_s);
    m_nameMessage->setObjectName(u"workflowNameMessage"_s);
    m_description->setObjectName(u"workflowDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 14);
    m_nameLabel->setBuddy(m_name);
    m_descriptionLabel->setBuddy(m_description);
    QFont bold = m_stepsLabel->font();
    bold.setBold(true);
    m_stepsLabel->setFont(bold);
    m_steps->setObjectName(u"workflowSteps"_s);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->verticalHeader()->setDefaultSectionSize(m_steps->fontMetrics().height() + 16);
    m_steps->horizontalHeader()->setHighlightSections(false);
    m_steps->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_steps->horizontalHeader()->resizeSection(RoleColumn, 190);
    m_steps->horizontalHeader()->resizeSection(OffsetColumn, 150);
    m_addStep->setObjectName(u"workflowAddStep"_s);
    m_removeStep->setObjectName(u"workflowRemoveStep"_s);
    m_stepsMessage->setObjectName(u"workflowStepsMessage"_s);
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_save->setObjectName(u"workflowSave"_s);
    m_apply->setObjectName(u"workflowApply"_s);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_archive);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(m_descriptionLabel, m_description);

    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_stepsLabel);
    stepButtons->addStretch(1);
    stepButtons->addWidget(m_addStep);
    stepButtons->addWidget(m_removeStep);
    stepButtons->addWidget(m_up);
    stepButtons->addWidget(m_down);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_info, 1);
    saveRow->addWidget(m_apply);
    saveRow->addWidget(m_save);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(stepButtons);
    right->addWidget(m_steps, 1);
    right->addWidget(m_stepsMessage);
    right->addLayout(saveRow);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addSpacing(8);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_loading)
            return;
        const auto id = WorkflowTemplateId(m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0);
        if (auto workflow = WorkflowRepository(m_session->database()).byId(id))
            showTemplate(*workflow);
    });
    connect(m_new, &QPushButton::clicked, this, &WorkflowTemplatesPage::newTemplate);
    connect(m_archive, &QPushButton::clicked, this, &WorkflowTemplatesPage::archive);
    connect(m_addStep, &QPushButton::clicked, this, [this] {
        WorkflowStep step;
        step.ownerRole = Role::AccountManager;
        addStep(step);
        m_steps->setCurrentCell(m_steps->rowCount() - 1, TitleColumn);
        m_steps->editItem(m_steps->item(m_steps->rowCount() - 1, TitleColumn));
        markDirty();
    });
    connect(m_removeStep, &QPushButton::clicked, this, &WorkflowTemplatesPage::removeStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_save, &QPushButton::clicked, this, &WorkflowTemplatesPage::save);
    connect(m_apply, &QPushButton::clicked, this, &WorkflowTemplatesPage::applyToClient);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameMessage->clearMessage();
        markDirty();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &WorkflowTemplatesPage::markDirty);
    connect(m_steps, &QTableWidget::itemChanged, this, [this] {
        m_stepsMessage->clearMessage();
        markDirty();
    });

    retranslateUi();
    reloadList();
}

void WorkflowTemplatesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WorkflowTemplatesPage::retranslateUi()
{
    m_new->setText(tr("&New template"));
    m_archive->setText(tr("&Archive"));
    m_nameLabel->setText(tr("&Name:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_stepsLabel->setText(tr("Steps"));
    m_list->setAccessibleName(tr("Workflow templates"));
    m_steps->setAccessibleName(tr("Steps"));
    m_addStep->setText(tr("Add s&tep"));
    m_removeStep->setText(tr("Remove step"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move do&wn"));
    m_save->setText(tr("&Save template"));
    m_apply->setText(tr("Apply to c&lient…"));
    m_apply->setToolTip(tr("Make the steps of this template tasks for a client (Ctrl+Shift+W)"));
    m_info->setText(tr("Applied to a client or a ticket, each step becomes a task owned by the person who holds "
                       "the role for that client, due the given number of working days after the start."));
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Owner role"), tr("Due, working days")});
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_steps->cellWidget(row, RoleColumn))) {
            RegulationLabels::fillRoles(combo);
            combo->setAccessibleName(tr("Owner role"));
        }
        if (auto *spin = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, OffsetColumn))) {
            spin->setSuffix(tr(" days"));
            spin->setAccessibleName(tr("Due, working days"));
        }
    }
}

void WorkflowTemplatesPage::reloadList(WorkflowTemplateId select)
{
    if (!m_session->hasDatabase())
        return;
    const QList<WorkflowTemplate> templates = WorkflowRepository(m_session->database()).templates();
    m_loading = true;
    m_list->clear();
    int selectRow = 0;
    for (const WorkflowTemplate &t : templates) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setData(Qt::UserRole, t.id.value);
        item->setToolTip(t.description);
        if (t.id == select)
            selectRow = m_list->count() - 1;
    }
    m_loading = false;
    if (m_list->count() > 0) {
        m_list->setCurrentRow(selectRow);
        if (auto workflow = WorkflowRepository(m_session->database())
                                .byId(WorkflowTemplateId(m_list->item(selectRow)->data(Qt::UserRole).toLongLong())))
            showTemplate(*workflow);
    } else {
        newTemplate();
    }
}

void WorkflowTemplatesPage::selectTemplate(WorkflowTemplateId id)
{
    reloadList(id);
}

void WorkflowTemplatesPage::showTemplate(const WorkflowTemplate &workflow)
{
    m_loading = true;
    m_current = workflow;
    m_name->setText(workflow.name);
    m_description->setPlainText(workflow.description);
    m_steps->setRowCount(0);
    for (const WorkflowStep &step : workflow.steps)
        addStep(step);
    m_nameMessage->clearMessage();
    m_stepsMessage->clearMessage();
    m_archive->setEnabled(workflow.id.isValid());
    m_loading = false;
    m_dirty = false;
}

void WorkflowTemplatesPage::addStep(const WorkflowStep &step)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    auto *title = new QTableWidgetItem(step.title);
    title->setData(Qt::UserRole, step.id.value);
    m_steps->setItem(row, TitleColumn, title);
    auto *role = new QComboBox;
    RegulationLabels::fillRoles(role);
    role->setCurrentIndex(std::max(0, role->findData(int(step.ownerRole))));
    role->setAccessibleName(tr("Owner role"));
    connect(role, &QComboBox::currentIndexChanged, this, &WorkflowTemplatesPage::markDirty);
    m_steps->setCellWidget(row, RoleColumn, role);
    auto *offset = new QSpinBox;
    offset->setRange(0, 250);
    offset->setValue(step.offsetDays);
    offset->setSuffix(tr(" days"));
    offset->setAccessibleName(tr("Due, working days"));
    connect(offset, &QSpinBox::valueChanged, this, &WorkflowTemplatesPage::markDirty);
    m_steps->setCellWidget(row, OffsetColumn, offset);
    m_loading = loading;
}

WorkflowTemplate WorkflowTemplatesPage::fromForm() const
{
    WorkflowTemplate t = m_current;
    t.name = m_name->text().trimmed();
    t.description = m_description->toPlainText().trimmed();
    t.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        WorkflowStep step;
        const QTableWidgetItem *title = m_steps->item(row, TitleColumn);
        step.id = WorkflowStepId(title ? title->data(Qt::UserRole).toLongLong() : 0);
        step.title = title ? title->text().trimmed() : QString();
        step.position = row + 1;
        if (auto *combo = qobject_cast<QComboBox *>(m_steps->cellWidget(row, RoleColumn)))
            step.ownerRole = Role(combo->currentData().toInt());
        if (auto *spin = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, OffsetColumn)))
            step.offsetDays = spin->value();
        t.steps.append(step);
    }
    return t;
}

void WorkflowTemplatesPage::removeStep()
{
    const int row = m_steps->currentRow();
    if (row < 0)
        return;
    m_steps->removeRow(row);
    markDirty();
}

void WorkflowTemplatesPage::moveStep(int delta)
{
    const int row = m_steps->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_steps->rowCount())
        return;
    WorkflowTemplate t = fromForm();
    t.steps.swapItemsAt(row, target);
    const bool dirty = m_dirty;
    showTemplate(t);
    m_dirty = dirty;
    m_steps->setCurrentCell(target, TitleColumn);
    markDirty();
}

void WorkflowTemplatesPage::markDirty()
{
    if (!m_loading)
        m_dirty = true;
}

void WorkflowTemplatesPage::newTemplate()
{
    WorkflowTemplate t;
    WorkflowStep first;
    first.ownerRole = Role::AccountManager;
    t.steps.append(first);
    m_list->clearSelection();
    showTemplate(t);
    m_name->setFocus();
}

bool WorkflowTemplatesPage::save()
{
    // Moving the current cell commits an open editor before the steps are read.
    const QModelIndex current = m_steps->currentIndex();
    m_steps->setCurrentIndex(QModelIndex());
    m_steps->setCurrentIndex(current);
    const WorkflowTemplate t = fromForm();
    m_nameMessage->clearMessage();
    m_stepsMessage->clearMessage();
    if (t.name.isEmpty()) {
        m_nameMessage->showMessage(tr("Enter the template's name."));
        m_name->setFocus();
        return false;
    }
    if (Status s = WorkflowTemplate::validate(t); !s) {
        m_stepsMessage->showMessage(s.error());
        return false;
    }
    auto saved = WorkflowRepository(m_session->database()).save(t);
    if (!saved) {
        m_stepsMessage->showMessage(saved.error());
        return false;
    }
    m_dirty = false;
    reloadList(saved->id);
    m_session->notifyDataChanged();
    return true;
}

void WorkflowTemplatesPage::applyToClient()
{
    // Applying uses the stored steps: unsaved edits are saved first.
    if ((m_dirty || !m_current.id.isValid()) && !save())
        return;
    Q_EMIT applyRequested(m_current.id);
}

void WorkflowTemplatesPage::archive()
{
    if (!m_current.id.isValid())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Archive Template"),
        tr("Archive “%1”? It will no longer be offered; tasks already made from it stay.").arg(m_current.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = WorkflowRepository(m_session->database()).archive(m_current.id); !s) {
        m_stepsMessage->showMessage(s.error());
        return;
    }
    reloadList();
    m_session->notifyDataChanged();
}

} // namespace rapport
