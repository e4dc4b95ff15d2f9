#include "automationview.h"

#include "automationrulespage.h"
#include "outbox/outboxview.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

AutomationView::AutomationView(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_outbox(new OutboxView(session, m_tabs))
    , m_rules(new AutomationRulesPage(session, m_tabs))
{
    m_tabs->setObjectName(u"automationTabs"_s);
    // MainWindow::showView("outbox/rules") finds the tabs by these names.
    m_outbox->setProperty("tabKey", u"messages"_s);
    m_rules->setProperty("tabKey", u"rules"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_outbox, QString());
    m_tabs->addTab(m_rules, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslateUi();
}

void AutomationView::retranslateUi()
{
    m_tabs->setTabText(0, tr("Messages"));
    m_tabs->setTabText(1, tr("Rules and templates"));
}

void AutomationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace rapport
