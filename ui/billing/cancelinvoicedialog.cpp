#include "cancelinvoicedialog.h"

#include "appsession.h"
#include "billingformat.h"
#include "clients/fielderrorlabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

CancelInvoiceDialog::CancelInvoiceDialog(AppSession *session, InvoiceId invoice, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_reasonError(new FieldErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"cancelInvoiceDialog"_s);
    m_reason->setObjectName(u"cancelReason"_s);
    m_reasonError->setObjectName(u"cancelReasonError"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_reasonLabel->setBuddy(m_reason);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_reasonError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (auto stored = InvoiceRepository(session->database()).byId(invoice))
        m_invoice = *stored;
    else
        m_loadError = stored.error();

    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_reason->toPlainText().trimmed().isEmpty())
            m_reasonError->setError({});
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CancelInvoiceDialog::cancelInvoice);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CancelInvoiceDialog::reject);
    retranslateUi();
    m_reason->setFocus();
    resize(460, sizeHint().height());
}

QPushButton *CancelInvoiceDialog::cancelInvoiceButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CancelInvoiceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CancelInvoiceDialog::retranslateUi()
{
    setWindowTitle(tr("Cancel Invoice"));
    m_reasonLabel->setText(tr("&Reason (required):"));
    cancelInvoiceButton()->setText(tr("Cancel &Invoice"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep"));
    if (!m_invoice.id.isValid()) {
        m_summary->setText(m_loadError);
        return;
    }
    QString text = tr("Invoice %1 to %2 for %3 will be cancelled.")
                       .arg(m_invoice.reference(), m_invoice.clientName, BillingFormat::money(m_invoice.total));
    if (!m_invoice.number.isEmpty())
        text += u' ' + tr("Its number stays used: invoice numbers have no gaps.");
    m_summary->setText(text);
}

bool CancelInvoiceDialog::cancelInvoice()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_reasonError->setError(tr("Give the reason for cancelling the invoice."));
        m_reason->setFocus();
        return false;
    }
    auto done = InvoiceRepository(m_session->database()).cancel(m_invoice.id, reason);
    if (!done) {
        m_reasonError->setError(done.error());
        return false;
    }
    m_session->notifyDataChanged();
    Q_EMIT cancelled(m_invoice.id);
    accept();
    return true;
}

} // namespace rapport
