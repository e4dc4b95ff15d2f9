#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rapport {

class AppSession;
class AutomationRulesModel;
class RuleEditorDialog;
class TemplateEditorDialog;

// The automation rules (DESIGN "Automation"): every rule with its trigger,
// offset, recipient, action, on/off and approval; a rule is switched on or
// off in place, edited in the rule editor (Enter or double-click) and its
// message template in the template editor with a preview on real records.
class AutomationRulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit AutomationRulesPage(AppSession *session, QWidget *parent = nullptr);

    void reload();
    // The editors for the selected rule (nullptr without one); they delete
    // themselves when closed.
    RuleEditorDialog *editSelectedRule();
    TemplateEditorDialog *editSelectedTemplate();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    QString selectedKey() const;
    void setRuleEnabled(const QString &ruleKey, bool enabled);
    void showMessage(const QString &text, bool error = false);

    AppSession *m_session;
    AutomationRulesModel *m_model;
    QLabel *m_title;
    QLabel *m_hint;
    QTableView *m_table;
    QPushButton *m_editRule;
    QPushButton *m_editTemplate;
    QLabel *m_message;
};

} // namespace rapport
