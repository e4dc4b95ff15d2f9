#pragma once

#include "storage/invoicerepository.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rapport {

class AppSession;
class FieldErrorLabel;

// Record payment: the date, the amount (in the invoice's currency, typed as
// "1234.50" or "1 234,5") and the bank reference. The amount is checked as
// it is typed: an overpayment (more than is outstanding) is refused with
// the message next to the amount, and the repository checks again on Record.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(AppSession *session, InvoiceId invoice, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *referenceEdit() const { return m_reference; }
    FieldErrorLabel *amountError() const { return m_amountError; }
    QPushButton *recordButton() const;

    // Validates and records; false (with the message shown) when refused.
    bool record();

Q_SIGNALS:
    void recorded(InvoiceId invoice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The amount typed, or the message why it cannot be paid.
    Result<Money> checkedAmount() const;
    void validateAmount();

    AppSession *m_session;
    InvoiceRecord m_invoice;
    QString m_loadError;
    QLabel *m_summary;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QLabel *m_currency;
    FieldErrorLabel *m_amountError;
    QLabel *m_referenceLabel;
    QLineEdit *m_reference;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
