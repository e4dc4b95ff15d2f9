#pragma once

#include <QWidget>

class QTabWidget;

namespace rapport {

class AppSession;
class AutomationRulesPage;
class OutboxView;

// The Outbox area of the main window: the messages the rules queued (the
// Outbox view) and, on a second tab, the rules and their templates.
class AutomationView : public QWidget
{
    Q_OBJECT

public:
    explicit AutomationView(AppSession *session, QWidget *parent = nullptr);

    OutboxView *outbox() const { return m_outbox; }
    AutomationRulesPage *rules() const { return m_rules; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTabWidget *m_tabs;
    OutboxView *m_outbox;
    AutomationRulesPage *m_rules;
};

} // namespace rapport
