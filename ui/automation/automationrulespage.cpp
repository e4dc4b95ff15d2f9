#include "automationrulespage.h"

#include "appsession.h"
#include "automationlabels.h"
#include "automationrulesmodel.h"
#include "ruleeditordialog.h"
#include "storage/automationrepository.h"
#include "templateeditordialog.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

AutomationRulesPage::AutomationRulesPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AutomationRulesModel(this))
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_newRule(new QPushButton(this))
    , m_editRule(new QPushButton(this))
    , m_deleteRule(new QPushButton(this))
    , m_editTemplate(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_title->setObjectName(u"automationTitle"_s);
    m_table->setObjectName(u"automationRulesTable"_s);
    m_newRule->setObjectName(u"automationNewRule"_s);
    m_editRule->setObjectName(u"automationEditRule"_s);
    m_deleteRule->setObjectName(u"automationDeleteRule"_s);
    m_editTemplate->setObjectName(u"automationEditTemplate"_s);
    m_message->setObjectName(u"automationMessage"_s);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_title->setFont(font);
    m_hint->setWordWrap(true);
    m_message->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newRule);
    buttons->addWidget(m_editRule);
    buttons->addWidget(m_deleteRule);
    buttons->addWidget(m_editTemplate);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // Enter (or a double-click) on a row edits its rule.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != AutomationRulesModel::Enabled)
            editSelectedRule();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AutomationRulesPage::updateActions);
    // Queued: the save reloads the model, which must not happen inside the
    // view's own call to setData.
    connect(m_model, &AutomationRulesModel::enabledToggled, this, &AutomationRulesPage::setRuleEnabled,
        Qt::QueuedConnection);
    connect(m_newRule, &QPushButton::clicked, this, &AutomationRulesPage::newRule);
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &AutomationRulesPage::newRule);
    // Delete on the page (a table and buttons: no text to type in).
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, this);
    deleteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &AutomationRulesPage::deleteSelectedRule);
    connect(m_editRule, &QPushButton::clicked, this, &AutomationRulesPage::editSelectedRule);
    connect(m_deleteRule, &QPushButton::clicked, this, &AutomationRulesPage::deleteSelectedRule);
    connect(m_editTemplate, &QPushButton::clicked, this, &AutomationRulesPage::editSelectedTemplate);
    connect(m_session, &AppSession::databaseChanged, this, &AutomationRulesPage::reload);
    connect(m_session, &AppSession::dataChanged, this, &AutomationRulesPage::reload);
    retranslateUi();
    reload();
}

void AutomationRulesPage::retranslateUi()
{
    m_title->setText(tr("Automation rules"));
    m_table->setAccessibleName(tr("Automation rules"));
    m_hint->setText(tr("Each rule follows a date or an event and queues a message from its template, or creates a "
                       "task. Enter edits the selected rule; the check box switches it on or off."));
    m_newRule->setText(tr("&New rule…"));
    m_newRule->setToolTip(tr("Add a rule of your own (Ctrl+Shift+N)"));
    m_editRule->setText(tr("&Edit rule…"));
    m_editRule->setToolTip(tr("Edit the selected rule (Enter)"));
    m_deleteRule->setText(tr("&Delete rule…"));
    m_deleteRule->setToolTip(tr("Delete the selected rule of your own that has never fired (Delete)"));
    m_editTemplate->setText(tr("Edit &template…"));
    m_editTemplate->setToolTip(tr("Edit the message template of the selected rule, with a preview"));
    m_model->retranslate();
}

void AutomationRulesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AutomationRulesPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

QString AutomationRulesPage::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->rule(rows.first().row()).key;
}

void AutomationRulesPage::reload()
{
    const QString keep = selectedKey();
    QList<AutomationRule> rules;
    if (m_session->hasDatabase())
        rules = AutomationRepository(m_session->database()).rules();
    m_model->setRules(rules);
    m_table->resizeColumnsToContents();
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

void AutomationRulesPage::updateActions()
{
    const QString key = selectedKey();
    const int row = m_model->rowOf(key);
    m_newRule->setEnabled(m_session->hasDatabase());
    m_editRule->setEnabled(!key.isEmpty());
    m_deleteRule->setEnabled(row >= 0 && !m_model->rule(row).builtin); // a shipped rule is switched off instead
    m_editTemplate->setEnabled(!key.isEmpty());
}

void AutomationRulesPage::setRuleEnabled(const QString &ruleKey, bool enabled)
{
    if (!m_session->hasDatabase())
        return;
    const Status s = AutomationRepository(m_session->database()).setEnabled(ruleKey, enabled);
    m_session->notifyDataChanged();
    reload();
    if (!s)
        showMessage(s.error(), true);
    else
        showMessage(enabled ? tr("Rule switched on.") : tr("Rule switched off."));
}

RuleEditorDialog *AutomationRulesPage::editSelectedRule()
{
    const int row = m_model->rowOf(selectedKey());
    if (row < 0 || !m_session->hasDatabase())
        return nullptr;
    return openEditor(m_model->rule(row));
}

RuleEditorDialog *AutomationRulesPage::newRule()
{
    if (!m_session->hasDatabase())
        return nullptr;
    // A plain start: acknowledge a new ticket to the client's contact, with
    // the first template; the editor changes any of it before it is added.
    AutomationRule rule;
    rule.trigger = u"ticket_created"_s;
    rule.templateKey = AutomationRepository(m_session->database()).templateKeys().value(0);
    rule.enabled = true;
    return openEditor(rule);
}

RuleEditorDialog *AutomationRulesPage::openEditor(const AutomationRule &rule)
{
    const bool added = rule.key.isEmpty();
    auto *dialog = new RuleEditorDialog(m_session, rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RuleEditorDialog::saved, this, [this, added](const QString &key) {
        reload();
        if (const int saved = m_model->rowOf(key); saved >= 0)
            m_table->selectRow(saved);
        showMessage(added ? tr("Rule added.") : tr("Rule saved."));
    });
    dialog->open();
    return dialog;
}

void AutomationRulesPage::deleteSelectedRule()
{
    const int row = m_model->rowOf(selectedKey());
    if (row < 0 || !m_session->hasDatabase())
        return;
    const AutomationRule rule = m_model->rule(row);
    if (rule.builtin) {
        showMessage(tr("A shipped rule is switched off, not deleted."), true);
        return;
    }
    if (m_confirmDeletes
        && QMessageBox::question(this, tr("Delete rule"), tr("Delete the rule \"%1\"?").arg(rule.name),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    const Status s = AutomationRepository(m_session->database()).deleteRule(rule.key);
    m_session->notifyDataChanged();
    reload();
    if (!s)
        showMessage(s.error(), true);
    else
        showMessage(tr("Rule \"%1\" deleted.").arg(rule.name));
}

TemplateEditorDialog *AutomationRulesPage::editSelectedTemplate()
{
    const int row = m_model->rowOf(selectedKey());
    if (row < 0 || !m_session->hasDatabase())
        return nullptr;
    auto *dialog = new TemplateEditorDialog(m_session, m_model->rule(row).templateKey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AutomationRulesPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? statusStyleSheet(StatusTone::Bad) : QString());
    m_message->setText(text);
}

} // namespace rapport
