#include "ruleeditordialog.h"

#include "appsession.h"
#include "automation/shippedrules.h"
#include "automationlabels.h"
#include "clients/fielderrorlabel.h"
#include "storage/clientrepository.h"
#include "tickets/ticketlabels.h"
#include "widgets/accessiblenames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr int kClientRows = 30; // clients offered at once; the search narrows them

QListWidget *checkList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

QStringList checkedKeys(const QListWidget *list)
{
    QStringList keys;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            keys << list->item(i)->data(Qt::UserRole).toString();
    return keys;
}

void setItemEnabled(QComboBox *combo, const QString &key, bool enabled)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model())) {
        if (QStandardItem *item = model->item(combo->findData(key)))
            item->setEnabled(enabled);
    }
}

} // namespace

RuleEditorDialog::RuleEditorDialog(AppSession *session, const AutomationRule &rule, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_rule(rule)
    , m_clientIds(rule.conditions.clientIds)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_triggerLabel(new QLabel(this))
    , m_trigger(new QLabel(this))
    , m_triggerCombo(new QComboBox(this))
    , m_offsetLabel(new QLabel(this))
    , m_offset(new QSpinBox(this))
    , m_businessDays(new QCheckBox(this))
    , m_offsetError(new FieldErrorLabel(this))
    , m_recipientLabel(new QLabel(this))
    , m_recipient(new QComboBox(this))
    , m_recipientError(new FieldErrorLabel(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_ownerLabel(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_actionError(new FieldErrorLabel(this))
    , m_templateLabel(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_templateError(new FieldErrorLabel(this))
    , m_approval(new QCheckBox(this))
    , m_enabled(new QCheckBox(this))
    , m_conditions(new QGroupBox(this))
    , m_prioritiesLabel(new QLabel(this))
    , m_priorities(checkList(this, u"rulePriorities"_s))
    , m_channelsLabel(new QLabel(this))
    , m_channels(checkList(this, u"ruleChannels"_s))
    , m_tariffLabel(new QLabel(this))
    , m_tariff(new QComboBox(this))
    , m_clientsLabel(new QLabel(this))
    , m_clientSearch(new QLineEdit(this))
    , m_clients(checkList(this, u"ruleClients"_s))
    , m_conditionsError(new FieldErrorLabel(this))
    , m_error(new FieldErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"ruleEditor"_s);
    m_name->setObjectName(u"ruleName"_s);
    m_nameEdit->setObjectName(u"ruleNameEdit"_s);
    m_trigger->setObjectName(u"ruleTrigger"_s);
    m_triggerCombo->setObjectName(u"ruleTriggerCombo"_s);
    m_offset->setObjectName(u"ruleOffset"_s);
    m_businessDays->setObjectName(u"ruleBusinessDays"_s);
    m_offsetError->setObjectName(u"ruleOffsetError"_s);
    m_recipient->setObjectName(u"ruleRecipient"_s);
    m_recipientError->setObjectName(u"ruleRecipientError"_s);
    m_action->setObjectName(u"ruleAction"_s);
    m_owner->setObjectName(u"ruleTaskOwner"_s);
    m_actionError->setObjectName(u"ruleActionError"_s);
    m_template->setObjectName(u"ruleTemplate"_s);
    m_templateError->setObjectName(u"ruleTemplateError"_s);
    m_approval->setObjectName(u"ruleApproval"_s);
    m_enabled->setObjectName(u"ruleEnabled"_s);
    m_tariff->setObjectName(u"ruleTariff"_s);
    m_clientSearch->setObjectName(u"ruleClientSearch"_s);
    m_conditionsError->setObjectName(u"ruleConditionsError"_s);
    m_error->setObjectName(u"ruleError"_s);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"ruleSave"_s);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);

    // The form: the rule's own fields, then its conditions.
    m_name->setText(AutomationLabels::ruleName(rule));
    m_name->setWordWrap(true);
    m_nameEdit->setText(rule.name);
    m_name->setVisible(rule.builtin);
    m_nameEdit->setVisible(!rule.builtin);
    for (const QString &kind : triggerKinds())
        m_triggerCombo->addItem(QString(), kind);
    m_triggerCombo->setCurrentIndex(std::max(0, m_triggerCombo->findData(rule.trigger)));
    m_trigger->setVisible(rule.builtin);
    m_triggerCombo->setVisible(!rule.builtin);
    m_offset->setRange(-90, 90);
    m_offset->setValue(rule.offsetDays);
    m_businessDays->setChecked(rule.businessDays);
    m_recipient->addItem(QString(), QString());
    for (const QString &key : staffRecipients()) {
        m_recipient->addItem(QString(), key);
        m_owner->addItem(QString(), key);
    }
    m_recipient->setCurrentIndex(std::max(0, m_recipient->findData(rule.recipient)));
    for (const QString &key : ruleActions())
        m_action->addItem(QString(), key);
    m_action->setCurrentIndex(std::max(0, m_action->findData(rule.action)));
    m_owner->setCurrentIndex(
        std::max(0, m_owner->findData(rule.taskOwner.isEmpty() ? u"staff:account_manager"_s : rule.taskOwner)));
    if (m_session->hasDatabase()) {
        for (const QString &key : AutomationRepository(m_session->database()).templateKeys())
            m_template->addItem(key, key);
    }
    if (m_template->findData(rule.templateKey) < 0)
        m_template->addItem(rule.templateKey, rule.templateKey);
    m_template->setCurrentIndex(m_template->findData(rule.templateKey));
    m_approval->setChecked(rule.needsApproval);
    m_enabled->setChecked(rule.enabled);
    for (Priority p : TicketLabels::priorities()) {
        auto *item = new QListWidgetItem(m_priorities);
        item->setData(Qt::UserRole, priorityKey(p));
        item->setCheckState(rule.conditions.priorities.contains(priorityKey(p)) ? Qt::Checked : Qt::Unchecked);
    }
    for (TicketChannel c : TicketLabels::channels()) {
        auto *item = new QListWidgetItem(m_channels);
        item->setData(Qt::UserRole, contactChannelKey(c));
        item->setCheckState(rule.conditions.channels.contains(contactChannelKey(c)) ? Qt::Checked : Qt::Unchecked);
    }
    for (auto t : { RuleConditions::Tariff::Any, RuleConditions::Tariff::With, RuleConditions::Tariff::Without })
        m_tariff->addItem(QString(), RuleConditions::tariffKey(t));
    m_tariff->setCurrentIndex(m_tariff->findData(RuleConditions::tariffKey(rule.conditions.tariff)));
    m_clientSearch->setClearButtonEnabled(true);
    m_clients->setMinimumHeight(120);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, rule.builtin ? static_cast<QWidget *>(m_name) : m_nameEdit);
    form->addRow(m_triggerLabel, rule.builtin ? static_cast<QWidget *>(m_trigger) : m_triggerCombo);
    auto *offsetRow = new QHBoxLayout;
    offsetRow->addWidget(m_offset);
    offsetRow->addWidget(m_businessDays, 1);
    form->addRow(m_offsetLabel, FieldErrorLabel::stack(offsetRow, m_offsetError));
    form->addRow(m_recipientLabel, FieldErrorLabel::stack(m_recipient, m_recipientError));
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action);
    actionRow->addWidget(m_ownerLabel);
    actionRow->addWidget(m_owner, 1);
    form->addRow(m_actionLabel, FieldErrorLabel::stack(actionRow, m_actionError));
    form->addRow(m_templateLabel, FieldErrorLabel::stack(m_template, m_templateError));
    form->addRow(QString(), m_approval);
    form->addRow(QString(), m_enabled);

    auto *conditions = new QFormLayout(m_conditions);
    auto *lists = new QHBoxLayout;
    auto *priorities = new QVBoxLayout;
    priorities->addWidget(m_prioritiesLabel);
    priorities->addWidget(m_priorities);
    priorities->addStretch();
    auto *channels = new QVBoxLayout;
    channels->addWidget(m_channelsLabel);
    channels->addWidget(m_channels);
    channels->addStretch();
    lists->addLayout(priorities);
    lists->addLayout(channels);
    conditions->addRow(lists);
    conditions->addRow(m_tariffLabel, m_tariff);
    auto *clients = new QVBoxLayout;
    clients->addWidget(m_clientSearch);
    clients->addWidget(m_clients);
    conditions->addRow(m_clientsLabel, clients);
    conditions->addRow(m_conditionsError);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_conditions, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RuleEditorDialog::save);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &RuleEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RuleEditorDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, &RuleEditorDialog::updateEnabledFields);
    connect(m_triggerCombo, &QComboBox::currentIndexChanged, this, &RuleEditorDialog::updateEnabledFields);
    connect(m_clientSearch, &QLineEdit::textChanged, this, &RuleEditorDialog::fillClients);
    connect(m_clients, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked && !m_clientIds.contains(id))
            m_clientIds << id;
        else if (item->checkState() != Qt::Checked)
            m_clientIds.removeAll(id);
    });
    retranslateUi();
    // The short check lists as tall as their rows (measured with their texts).
    for (QListWidget *list : { m_priorities, m_channels })
        list->setMaximumHeight(list->sizeHintForRow(0) * int(list->count()) + 2 * list->frameWidth() + 4);
    fillClients();
    updateEnabledFields();
    // A new rule starts with its name; an existing one with its offset.
    if (m_rule.key.isEmpty())
        m_nameEdit->setFocus();
    else
        m_offset->setFocus();
}

AutomationRule RuleEditorDialog::rule() const
{
    AutomationRule r = m_rule;
    if (!r.builtin) {
        r.name = m_nameEdit->text().trimmed();
        r.trigger = m_triggerCombo->currentData().toString();
    }
    const bool dated = isDateTrigger(r.trigger);
    r.offsetDays = dated ? m_offset->value() : 0;
    r.businessDays = dated && m_businessDays->isChecked();
    r.action = m_action->currentData().toString();
    const bool task = r.action == u"task"_s;
    // A task goes to its owner: the recipient stays as it was, unused.
    if (!task)
        r.recipient = m_recipient->currentData().toString();
    r.taskOwner = task ? m_owner->currentData().toString() : QString();
    r.templateKey = m_template->currentData().toString();
    r.needsApproval = m_approval->isChecked();
    r.enabled = m_enabled->isChecked();
    RuleConditions c;
    if (isTicketTrigger(r.trigger)) {
        c.priorities = checkedKeys(m_priorities);
        c.channels = checkedKeys(m_channels);
    }
    c.tariff = RuleConditions::tariffFromKey(m_tariff->currentData().toString()).value_or(RuleConditions::Tariff::Any);
    c.clientIds = m_clientIds;
    std::sort(c.clientIds.begin(), c.clientIds.end());
    r.conditions = c;
    return r;
}

void RuleEditorDialog::save()
{
    if (!m_session->hasDatabase())
        return;
    for (FieldErrorLabel *label :
        { m_offsetError, m_recipientError, m_actionError, m_templateError, m_conditionsError, m_error })
        label->setError(QString());
    const AutomationRule r = rule();
    AutomationRepository repo(m_session->database());
    const Status valid = repo.validateRule(r);
    if (!valid) {
        // The message goes next to the first field that, set to a plain
        // value (no offset, the client's contact, a message, no conditions),
        // makes the rule acceptable: that is the field it is about.
        const QList<std::pair<FieldErrorLabel *, std::function<void(AutomationRule &)>>> fields {
            { m_offsetError,
                [](AutomationRule &t) {
                    t.offsetDays = 0;
                    t.businessDays = false;
                } },
            { m_recipientError, [](AutomationRule &t) { t.recipient.clear(); } },
            { m_actionError,
                [](AutomationRule &t) {
                    t.action = u"message"_s;
                    t.taskOwner.clear();
                } },
            { m_templateError, [this](AutomationRule &t) { t.templateKey = m_rule.templateKey; } },
            { m_conditionsError, [](AutomationRule &t) { t.conditions = RuleConditions(); } },
        };
        for (const auto &[label, restore] : fields) {
            AutomationRule t = r;
            restore(t);
            if (repo.validateRule(t)) {
                label->setError(valid.error());
                return;
            }
        }
        showError(valid.error());
        return;
    }
    QString key = r.key;
    if (key.isEmpty()) { // a new rule: added, and named custom_<id>
        auto added = repo.addRule(r);
        if (!added) {
            showError(added.error());
            return;
        }
        key = *added;
        m_rule.key = key;
    } else if (Status s = repo.saveRule(r); !s) {
        showError(s.error());
        return;
    }
    m_session->notifyDataChanged();
    Q_EMIT saved(key);
    accept();
}

void RuleEditorDialog::showError(const QString &message)
{
    m_error->setError(message);
}

void RuleEditorDialog::updateEnabledFields()
{
    const QString trigger = m_rule.builtin ? m_rule.trigger : m_triggerCombo->currentData().toString();
    const bool dated = isDateTrigger(trigger);
    const bool ticket = isTicketTrigger(trigger);
    const bool task = m_action->currentData().toString() == u"task"_s;
    m_offset->setEnabled(dated);
    m_businessDays->setEnabled(dated);
    m_recipient->setEnabled(!task);
    m_ownerLabel->setEnabled(task);
    m_owner->setEnabled(task);
    m_approval->setEnabled(!task);
    setItemEnabled(m_recipient, u"staff:assignee"_s, ticket);
    setItemEnabled(m_owner, u"staff:assignee"_s, ticket);
    m_priorities->setEnabled(ticket);
    m_channels->setEnabled(ticket);
    m_prioritiesLabel->setEnabled(ticket);
    m_channelsLabel->setEnabled(ticket);
    m_trigger->setText(AutomationLabels::trigger(trigger));
}

void RuleEditorDialog::fillClients()
{
    const QSignalBlocker blocker(m_clients);
    m_clients->clear();
    if (!m_session->hasDatabase())
        return;
    ClientRepository clients(m_session->database());
    // The chosen clients first (checked), then those the search finds.
    for (qint64 id : std::as_const(m_clientIds)) {
        auto *item = new QListWidgetItem(m_clients);
        const auto client = clients.byId(ClientId(id));
        item->setText(client ? client->displayName() : tr("Client %1 (not found)").arg(id));
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Checked);
    }
    ClientQuery query;
    query.search = m_clientSearch->text().trimmed();
    query.limit = kClientRows;
    for (const ClientListRow &row : clients.list(query)) {
        if (m_clientIds.contains(row.id.value))
            continue;
        auto *item = new QListWidgetItem(m_clients);
        item->setText(row.shortName.isEmpty() ? row.legalName : row.shortName);
        item->setData(Qt::UserRole, row.id.value);
        item->setCheckState(Qt::Unchecked);
    }
}

void RuleEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RuleEditorDialog::retranslateUi()
{
    setWindowTitle(m_rule.key.isEmpty() ? tr("New automation rule") : tr("Automation rule"));
    m_nameLabel->setText(tr("Rule:"));
    m_nameLabel->setBuddy(m_rule.builtin ? nullptr : m_nameEdit);
    m_triggerLabel->setText(tr("Trigger:"));
    m_triggerLabel->setBuddy(m_rule.builtin ? nullptr : m_triggerCombo);
    m_offsetLabel->setText(tr("&Offset:"));
    m_offsetLabel->setBuddy(m_offset);
    m_offset->setSuffix(tr(" days"));
    m_offset->setToolTip(tr("Days from the trigger's date: negative before it, positive after it"));
    m_businessDays->setText(tr("&Business days (on the client's calendar)"));
    m_recipientLabel->setText(tr("&Recipient:"));
    m_recipientLabel->setBuddy(m_recipient);
    m_actionLabel->setText(tr("&Action:"));
    m_actionLabel->setBuddy(m_action);
    m_ownerLabel->setText(tr("Task &owner:"));
    m_ownerLabel->setBuddy(m_owner);
    m_templateLabel->setText(tr("&Template:"));
    m_templateLabel->setBuddy(m_template);
    m_approval->setText(tr("Messages wait for a&pproval before sending"));
    m_enabled->setText(tr("Rule is &on"));
    m_conditions->setTitle(tr("Conditions: the rule fires only for"));
    m_prioritiesLabel->setText(tr("Ticket priorities (none: any)"));
    m_channelsLabel->setText(tr("Ticket channels (none: any)"));
    m_tariffLabel->setText(tr("T&ariff:"));
    m_tariffLabel->setBuddy(m_tariff);
    m_clientsLabel->setText(tr("&Clients (none: any):"));
    m_clientsLabel->setBuddy(m_clientSearch);
    m_clientSearch->setPlaceholderText(tr("Find a client by name or tax id"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the rule (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (int i = 0; i < m_triggerCombo->count(); ++i)
        m_triggerCombo->setItemText(i, AutomationLabels::trigger(m_triggerCombo->itemData(i).toString()));
    for (int i = 0; i < m_recipient->count(); ++i)
        m_recipient->setItemText(i, AutomationLabels::recipient(m_recipient->itemData(i).toString()));
    for (int i = 0; i < m_owner->count(); ++i)
        m_owner->setItemText(i, AutomationLabels::recipient(m_owner->itemData(i).toString()));
    for (int i = 0; i < m_action->count(); ++i)
        m_action->setItemText(
            i, m_action->itemData(i).toString() == u"task"_s ? tr("Create a task") : tr("Queue a message"));
    for (int i = 0; i < m_tariff->count(); ++i)
        m_tariff->setItemText(i,
            AutomationLabels::tariff(
                RuleConditions::tariffFromKey(m_tariff->itemData(i).toString()).value_or(RuleConditions::Tariff::Any)));
    const auto priorities = TicketLabels::priorities();
    for (int i = 0; i < m_priorities->count() && i < priorities.size(); ++i)
        m_priorities->item(i)->setText(TicketLabels::priority(priorities.at(i)));
    const auto channels = TicketLabels::channels();
    for (int i = 0; i < m_channels->count() && i < channels.size(); ++i)
        m_channels->item(i)->setText(TicketLabels::channel(channels.at(i)));
    m_name->setText(AutomationLabels::ruleName(m_rule));
    nameFieldsByTheirLabels(this);
    updateEnabledFields();
}

} // namespace rapport
