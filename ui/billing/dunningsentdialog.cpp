#include "dunningsentdialog.h"

#include "appsession.h"
#include "billingformat.h"
#include "clients/fielderrorlabel.h"
#include "storage/dunningrepository.h"
#include "storage/invoicerepository.h"
#include "theme.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

DunningSentDialog::DunningSentDialog(AppSession *session, ClientId client, const QString &clientName,
    DunningStep step, QDate decidedOn, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_client(client)
    , m_clientName(clientName)
    , m_step(step)
    , m_decidedOn(decidedOn)
    , m_intro(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_noteError(new FieldErrorLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"dunningSentDialog"_s);
    m_date->setObjectName(u"dunningSentDate"_s);
    m_note->setObjectName(u"dunningSentNote"_s);
    m_error->setObjectName(u"dunningSentError"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    const QDate today = InvoiceRepository::today();
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    if (decidedOn.isValid() && decidedOn <= today)
        m_date->setMinimumDate(decidedOn);
    m_date->setDate(today);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_dateLabel->setBuddy(m_date);
    m_noteLabel->setBuddy(m_note);

    auto *form = new QFormLayout;
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_noteLabel, FieldErrorLabel::stack(m_note, m_noteError));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_noteError->setError({}); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DunningSentDialog::record);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DunningSentDialog::reject);
    retranslateUi();
    resize(500, sizeHint().height());
    m_note->setFocus();
}

QPushButton *DunningSentDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void DunningSentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DunningSentDialog::retranslateUi()
{
    const bool claim = m_step == DunningStep::Claim;
    setWindowTitle(claim ? tr("Formal Claim Sent by the Team") : tr("Debt Notice Sent by the Team"));
    m_intro->setText((claim ? tr("The formal claim to %1, decided on %2, is waiting for its message. Record that "
                                 "the team handed it over itself: the block then counts from that day, and a "
                                 "message still queued for it is cancelled.")
                            : tr("The debt notice to %1, decided on %2, is waiting for its message. Record that "
                                 "the team handed it over itself: the 5 business days to pay then count from that "
                                 "day, and a message still queued for it is cancelled."))
                         .arg(m_clientName, BillingFormat::date(m_decidedOn)));
    m_dateLabel->setText(tr("Handed over &on:"));
    m_noteLabel->setText(tr("&How:"));
    m_note->setPlaceholderText(tr("By courier against signature, in person, by registered mail…"));
    okButton()->setText(tr("&Mark Sent"));
}

bool DunningSentDialog::record()
{
    m_noteError->setError({});
    m_error->clear();
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty()) {
        m_noteError->setError(tr("Say how it was handed over."));
        m_note->setFocus();
        return false;
    }
    auto done = DunningRepository(m_session->database()).markSentByHand(m_client, m_date->date(), note);
    if (!done) {
        m_error->setText(done.error());
        return false;
    }
    m_session->notifyDataChanged();
    Q_EMIT recorded(m_client);
    accept();
    return true;
}

} // namespace rapport
