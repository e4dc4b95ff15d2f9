#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace rapport {

class AppSession;
class DunningQueuePage;
class InvoicesPage;

// Billing (navigation key "billing"): the invoices with the monthly run,
// issue, cancel, payments and PDFs, and the dunning queue, one tab each.
class BillingView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { InvoicesTab, DunningTab };

    explicit BillingView(AppSession *session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    InvoicesPage *invoices() const { return m_invoices; }
    DunningQueuePage *dunning() const { return m_dunning; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_description;
    QTabWidget *m_tabs;
    InvoicesPage *m_invoices;
    DunningQueuePage *m_dunning;
};

} // namespace rapport
