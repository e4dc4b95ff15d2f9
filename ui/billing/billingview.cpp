#include "billingview.h"

#include "dunningqueuepage.h"
#include "invoicespage.h"
#include "views/viewfactory.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

BillingView::BillingView(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_invoices(new InvoicesPage(session, this))
    , m_dunning(new DunningQueuePage(session, this))
{
    m_title->setObjectName(u"viewTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_tabs->setObjectName(u"billingTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_invoices, QString());
    m_tabs->addTab(m_dunning, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

void BillingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BillingView::retranslateUi()
{
    m_title->setText(viewTitle(u"billing"_s));
    m_description->setText(tr("Invoices and acts are made monthly from the hours logged; an issued invoice gets its "
                              "number and due date and is never edited. Overdue debt goes through the dunning "
                              "ladder: debt notice, suspension when its deadline passes, formal claim, block."));
    m_tabs->setTabText(InvoicesTab, tr("&Invoices"));
    m_tabs->setTabText(DunningTab, tr("&Dunning Queue"));
}

} // namespace rapport
