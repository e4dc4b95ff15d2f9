#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rapport {

struct AutomationRule;
class AppSession;
class AutomationRulesModel;
class RuleEditorDialog;
class TemplateEditorDialog;

// The automation rules (DESIGN "Automation"): every rule with its trigger,
// offset, recipient, action, on/off and approval; a rule is switched on or
// off in place, edited in the rule editor (Enter or double-click) and its
// message template in the template editor with a preview on real records.
// The team adds rules of its own (New rule) and deletes those that never
// fired.
class AutomationRulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit AutomationRulesPage(AppSession *session, QWidget *parent = nullptr);

    void reload();
    // The editors for the selected rule (nullptr without one); they delete
    // themselves when closed.
    RuleEditorDialog *editSelectedRule();
    // The editor for a new rule of the team's own (Ctrl+Shift+N).
    RuleEditorDialog *newRule();
    TemplateEditorDialog *editSelectedTemplate();
    // Deletes the selected rule after a question (Delete); a shipped rule,
    // or one that has fired, is refused with the repository's message.
    void deleteSelectedRule();
    // Tests answer the question themselves.
    void setConfirmDeletes(bool confirm) { m_confirmDeletes = confirm; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    QString selectedKey() const;
    void setRuleEnabled(const QString &ruleKey, bool enabled);
    void showMessage(const QString &text, bool error = false);
    RuleEditorDialog *openEditor(const AutomationRule &rule);

    AppSession *m_session;
    AutomationRulesModel *m_model;
    QLabel *m_title;
    QLabel *m_hint;
    QTableView *m_table;
    QPushButton *m_newRule;
    QPushButton *m_editRule;
    QPushButton *m_deleteRule;
    QPushButton *m_editTemplate;
    QLabel *m_message;
    bool m_confirmDeletes = true;
};

} // namespace rapport
