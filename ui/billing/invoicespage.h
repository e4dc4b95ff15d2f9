#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace rapport {

class AppSession;
class BillingRunDialog;
class CancelInvoiceDialog;
class InvoiceTableModel;
class PaymentDialog;
struct BillingRunResult;

// The Billing view's invoices: every invoice with its status, due date,
// days overdue and amounts, newest first, filtered by status, client (or
// number) and "overdue only"; the monthly run, issue, cancel, record
// payment and the PDF invoice and act of the selected one.
class InvoicesPage : public QWidget
{
    Q_OBJECT

public:
    // Asked before an irreversible step (issuing); true to go on.
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit InvoicesPage(AppSession *session, QWidget *parent = nullptr);

    InvoiceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *message() const { return m_message; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    InvoiceId currentInvoice() const;
    // Selects the invoice's row if it is loaded; false otherwise.
    bool selectInvoice(InvoiceId id);

    // The actions; each dialog is opened non-blocking and returned.
    BillingRunDialog *runBilling();
    bool issueCurrent();
    CancelInvoiceDialog *cancelCurrent();
    PaymentDialog *recordPayment();
    void openPdf();
    void savePdf();
    void openActPdf();
    void saveActPdf();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilters();
    void reload();
    void updateActions();
    void updateCount();
    void showMessage(const QString &text, bool error = false);
    void billingFinished(const BillingRunResult &result);

    AppSession *m_session;
    InvoiceTableModel *m_model;
    Confirm m_confirm;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLineEdit *m_search;
    QCheckBox *m_overdue;
    QLabel *m_count;
    QPushButton *m_run;
    QPushButton *m_issue;
    QPushButton *m_cancel;
    QPushButton *m_pay;
    QPushButton *m_openPdf;
    QPushButton *m_savePdf;
    QToolButton *m_act;
    QAction *m_openAct;
    QAction *m_saveAct;
    QTableView *m_table;
    QLabel *m_message;
    QTimer *m_searchTimer;
};

} // namespace rapport
