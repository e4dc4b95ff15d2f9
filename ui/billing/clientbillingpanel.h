#pragma once

#include "domain/ids.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace rapport {

class AppSession;
class InvoiceTableModel;
class PaymentDialog;

// The client card's Billing tab: what the client owes (unpaid and overdue,
// per currency) and where it stands in dunning, the subscription hours of
// this month against the included hours and the carry-over (with the
// month's hour ledger: included + rolled over − used = remaining), the client's
// invoices (lazily paged) and its payments. Record payment and Open PDF act
// on the selected invoice. A card not yet saved has no billing: the tab is
// disabled until setClient() gets a saved client.
class ClientBillingPanel : public QWidget
{
    Q_OBJECT

public:
    ClientBillingPanel(AppSession *session, ClientId client, QWidget *parent = nullptr);

    // Adds a panel as the last tab of `tabs`, keeping the tab's title
    // translated; the card calls setClient() after saving a new client.
    static ClientBillingPanel *addTab(QTabWidget *tabs, AppSession *session, ClientId client);

    ClientId client() const { return m_client; }
    void setClient(ClientId client);
    void reload();

    QLabel *balance() const { return m_balance; }
    QLabel *hours() const { return m_hours; }
    // "This month: 32:48 used of 40:00 (…) — 7:12 remaining (82 %)"; hidden without tariff hours.
    QLabel *hourLedger() const { return m_ledger; }
    QTableView *invoices() const { return m_invoices; }
    InvoiceTableModel *invoiceModel() const { return m_model; }
    QTreeWidget *payments() const { return m_payments; }

    PaymentDialog *recordPayment();
    void openPdf();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void updatePayments();
    void updateActions();
    void showMessage(const QString &text, bool error = false);

    AppSession *m_session;
    ClientId m_client;
    QTabWidget *m_tabs = nullptr;
    InvoiceTableModel *m_model;
    QLabel *m_hint;
    QLabel *m_balanceLabel;
    QLabel *m_balance;
    QLabel *m_dunningLabel;
    QLabel *m_dunning;
    QLabel *m_hoursLabel;
    QLabel *m_hours;
    QLabel *m_ledger;
    QLabel *m_invoicesLabel;
    QTableView *m_invoices;
    QPushButton *m_pay;
    QPushButton *m_openPdf;
    QLabel *m_paymentsLabel;
    QTreeWidget *m_payments;
    QLabel *m_message;
};

} // namespace rapport
