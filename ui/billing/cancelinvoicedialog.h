#pragma once

#include "storage/invoicerepository.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rapport {

class AppSession;
class FieldErrorLabel;

// Cancel an invoice: a draft, or an issued invoice nothing has been paid on.
// The reason is required and kept with the invoice; an issued number stays
// used (the numbering has no gaps, the cancelled invoice keeps its number).
class CancelInvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    CancelInvoiceDialog(AppSession *session, InvoiceId invoice, QWidget *parent = nullptr);

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    FieldErrorLabel *reasonError() const { return m_reasonError; }
    QPushButton *cancelInvoiceButton() const;

    // Validates and cancels; false (with the message shown) when refused.
    bool cancelInvoice();

Q_SIGNALS:
    void cancelled(InvoiceId invoice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppSession *m_session;
    InvoiceRecord m_invoice;
    QString m_loadError;
    QLabel *m_summary;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    FieldErrorLabel *m_reasonError;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
