#pragma once

#include "storage/automationrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace rapport {

class AppSession;
class FieldErrorLabel;

// Edits one automation rule (DESIGN "Automation"): the offset of a date
// trigger in calendar or business days, the recipient, the action (a
// message, or a task with its owner), approval, on/off, and the conditions
// (priorities, channels, tariff, clients). A shipped rule's trigger is shown,
// not changed. Saved through AutomationRepository::saveRule, whose refusal is
// shown next to the field it is about. Ctrl+S saves, Esc closes.
class RuleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    RuleEditorDialog(AppSession *session, const AutomationRule &rule, QWidget *parent = nullptr);

    // The rule as the form now says.
    AutomationRule rule() const;

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void saved(const QString &ruleKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabledFields();
    void fillClients();
    void showError(const QString &message);

    AppSession *m_session;
    AutomationRule m_rule;
    QList<qint64> m_clientIds; // chosen in the clients list
    QLabel *m_nameLabel;
    QLabel *m_name;
    QLineEdit *m_nameEdit;
    QLabel *m_triggerLabel;
    QLabel *m_trigger;
    QComboBox *m_triggerCombo;
    QLabel *m_offsetLabel;
    QSpinBox *m_offset;
    QCheckBox *m_businessDays;
    FieldErrorLabel *m_offsetError;
    QLabel *m_recipientLabel;
    QComboBox *m_recipient;
    FieldErrorLabel *m_recipientError;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_ownerLabel;
    QComboBox *m_owner;
    FieldErrorLabel *m_actionError;
    QLabel *m_templateLabel;
    QComboBox *m_template;
    FieldErrorLabel *m_templateError;
    QCheckBox *m_approval;
    QCheckBox *m_enabled;
    QGroupBox *m_conditions;
    QLabel *m_prioritiesLabel;
    QListWidget *m_priorities;
    QLabel *m_channelsLabel;
    QListWidget *m_channels;
    QLabel *m_tariffLabel;
    QComboBox *m_tariff;
    QLabel *m_clientsLabel;
    QLineEdit *m_clientSearch;
    QListWidget *m_clients;
    FieldErrorLabel *m_conditionsError;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
