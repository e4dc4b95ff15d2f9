#include "paymentdialog.h"

#include "appsession.h"
#include "billingformat.h"
#include "clients/fielderrorlabel.h"
#include "theme.h"
#include "widgets/accessiblenames.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

PaymentDialog::PaymentDialog(AppSession *session, InvoiceId invoice, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_amountLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QLabel(this))
    , m_amountError(new FieldErrorLabel(this))
    , m_referenceLabel(new QLabel(this))
    , m_reference(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"paymentDialog"_s);
    m_date->setObjectName(u"paymentDate"_s);
    m_amount->setObjectName(u"paymentAmount"_s);
    m_amountError->setObjectName(u"paymentAmountError"_s);
    m_reference->setObjectName(u"paymentReference"_s);
    m_error->setObjectName(u"paymentError"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    m_date->setCalendarPopup(true);
    m_date->setDate(InvoiceRepository::today());
    m_dateLabel->setBuddy(m_date);
    m_amountLabel->setBuddy(m_amount);
    m_referenceLabel->setBuddy(m_reference);
    m_reference->setMaxLength(200);

    auto *amountRow = new QHBoxLayout;
    amountRow->setContentsMargins(0, 0, 0, 0);
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *form = new QFormLayout;
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_amountLabel, FieldErrorLabel::stack(amountRow, m_amountError));
    form->addRow(m_referenceLabel, m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (auto stored = InvoiceRepository(session->database()).byId(invoice)) {
        m_invoice = *stored;
        // The usual case: the client pays what is left.
        m_amount->setText(m_invoice.outstanding().toPlainString());
        m_currency->setText(m_invoice.currency);
    } else {
        m_loadError = stored.error();
        m_amount->setEnabled(false);
    }

    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::validateAmount);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::record);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    retranslateUi();
    m_amount->selectAll();
    m_amount->setFocus();
    resize(460, sizeHint().height());
}

QPushButton *PaymentDialog::recordButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PaymentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PaymentDialog::retranslateUi()
{
    setWindowTitle(tr("Record Payment"));
    m_dateLabel->setText(tr("Payment &date:"));
    m_amountLabel->setText(tr("&Amount:"));
    m_referenceLabel->setText(tr("&Reference:"));
    m_reference->setPlaceholderText(tr("Bank statement or payment order number"));
    recordButton()->setText(tr("&Record"));
    if (m_invoice.id.isValid()) {
        m_summary->setText(tr("Invoice %1 to %2: total %3, paid %4, outstanding %5.")
                               .arg(m_invoice.reference(), m_invoice.clientName, BillingFormat::money(m_invoice.total),
                                   BillingFormat::money(m_invoice.paid), BillingFormat::money(m_invoice.outstanding())));
    } else {
        m_summary->setText(m_loadError);
    }
    validateAmount();
    nameFieldsByTheirLabels(this);
}

Result<Money> PaymentDialog::checkedAmount() const
{
    if (!m_invoice.id.isValid())
        return fail(m_loadError);
    const QString text = BillingFormat::amountText(m_amount->text());
    if (text.isEmpty())
        return fail(tr("Enter the amount paid."));
    auto amount = Money::parse(text, m_invoice.currency);
    if (!amount)
        return fail(tr("Enter an amount such as %1.").arg(m_invoice.outstanding().toPlainString()));
    // The invoice's own rules: positive, same currency, never more than is outstanding.
    if (auto s = InvoiceState::applyPayment(m_invoice.status, m_invoice.total, m_invoice.paid, *amount); !s)
        return fail(s.error());
    return *amount;
}

void PaymentDialog::validateAmount()
{
    auto amount = checkedAmount();
    m_amountError->setError(amount ? QString() : amount.error());
    m_error->clear();
}

bool PaymentDialog::record()
{
    auto amount = checkedAmount();
    if (!amount) {
        m_amountError->setError(amount.error());
        m_amount->setFocus();
        return false;
    }
    auto payment = InvoiceRepository(m_session->database())
                       .recordPayment(m_invoice.id, m_date->date(), *amount, m_reference->text().trimmed());
    if (!payment) {
        // The repository has the last word (another window may have recorded a payment meanwhile).
        m_amountError->setError(payment.error());
        return false;
    }
    m_session->notifyDataChanged();
    Q_EMIT recorded(m_invoice.id);
    accept();
    return true;
}

} // namespace rapport
