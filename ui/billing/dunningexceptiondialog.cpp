#include "dunningexceptiondialog.h"

#include "appsession.h"
#include "billingformat.h"
#include "clients/fielderrorlabel.h"
#include "storage/dunningrepository.h"
#include "storage/invoicerepository.h"
#include "theme.h"
#include "widgets/accessiblenames.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

DunningExceptionDialog::DunningExceptionDialog(AppSession *session, ClientId client, const QString &clientName,
    DunningPauseKind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_client(client)
    , m_clientName(clientName)
    , m_kind(kind)
    , m_intro(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_hasUntil(new QCheckBox(this))
    , m_date(new QDateEdit(this))
    , m_documentLabel(new QLabel(this))
    , m_document(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_documentError(new FieldErrorLabel(this))
    , m_textLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_textError(new FieldErrorLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"dunningExceptionDialog"_s);
    m_date->setObjectName(u"dunningExceptionDate"_s);
    m_hasUntil->setObjectName(u"dunningExceptionHasUntil"_s);
    m_document->setObjectName(u"dunningExceptionDocument"_s);
    m_text->setObjectName(u"dunningExceptionText"_s);
    m_error->setObjectName(u"dunningExceptionError"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    const QDate today = InvoiceRepository::today();
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_date->setDate(today.addDays(kind == DunningPauseKind::PromiseToPay ? 7 : 30));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
    m_dateLabel->setBuddy(m_date);
    m_documentLabel->setBuddy(m_document);
    m_textLabel->setBuddy(m_text);

    auto *documentRow = new QHBoxLayout;
    documentRow->addWidget(m_document, 1);
    documentRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    switch (kind) {
    case DunningPauseKind::PromiseToPay:
        form->addRow(m_dateLabel, m_date);
        form->addRow(m_textLabel, FieldErrorLabel::stack(m_text, m_textError));
        m_hasUntil->hide();
        m_documentLabel->hide();
        m_document->hide();
        m_browse->hide();
        break;
    case DunningPauseKind::GuaranteeLetter: {
        form->addRow(m_documentLabel, FieldErrorLabel::stack(documentRow, m_documentError));
        auto *untilRow = new QHBoxLayout;
        untilRow->addWidget(m_hasUntil);
        untilRow->addWidget(m_date);
        untilRow->addStretch(1);
        form->addRow(untilRow);
        m_date->setEnabled(false);
        m_dateLabel->hide();
        m_textLabel->hide();
        m_text->hide();
        break;
    }
    case DunningPauseKind::Hold:
        form->addRow(m_textLabel, FieldErrorLabel::stack(m_text, m_textError));
        m_hasUntil->hide();
        m_date->hide();
        m_dateLabel->hide();
        m_documentLabel->hide();
        m_document->hide();
        m_browse->hide();
        break;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_hasUntil, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_browse, &QPushButton::clicked, this, &DunningExceptionDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DunningExceptionDialog::record);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DunningExceptionDialog::reject);
    retranslateUi();
    resize(480, sizeHint().height());
}

QPushButton *DunningExceptionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void DunningExceptionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DunningExceptionDialog::retranslateUi()
{
    setWindowTitle(BillingFormat::pauseKind(m_kind));
    m_browse->setText(tr("&Browse…"));
    m_documentLabel->setText(tr("&Document:"));
    m_document->setPlaceholderText(tr("Path or link to the scanned letter"));
    m_hasUntil->setText(tr("&Valid until"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    switch (m_kind) {
    case DunningPauseKind::PromiseToPay:
        m_intro->setText(tr("%1 promises to pay by a date. Escalation waits until then and resumes on the next "
                            "working day if the debt is still open.")
                             .arg(m_clientName));
        m_dateLabel->setText(tr("&Pay by:"));
        m_textLabel->setText(tr("&Note:"));
        m_text->setPlaceholderText(tr("Who promised, and how"));
        break;
    case DunningPauseKind::GuaranteeLetter:
        m_intro->setText(tr("A guarantee letter from %1 is on file. No escalation while it is, until it is lifted "
                            "or its date passes.")
                             .arg(m_clientName));
        break;
    case DunningPauseKind::Hold:
        m_intro->setText(tr("Hold the dunning of %1: no escalation until the hold is released. Only a team lead "
                            "may hold, and the reason is kept.")
                             .arg(m_clientName));
        m_textLabel->setText(tr("&Reason (required):"));
        m_text->setPlaceholderText(QString());
        break;
    }
    nameFieldsByTheirLabels(this);
}

void DunningExceptionDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Guarantee Letter"), m_document->text(),
        tr("Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;All files (*)"));
    if (!path.isEmpty())
        m_document->setText(QDir::toNativeSeparators(path));
}

bool DunningExceptionDialog::record()
{
    m_error->clear();
    m_documentError->setError({});
    m_textError->setError({});
    DunningRepository repo(m_session->database());
    Result<DunningPauseRecord> done = fail(QString());
    switch (m_kind) {
    case DunningPauseKind::PromiseToPay:
        done = repo.promise(m_client, m_date->date(), m_text->toPlainText().trimmed());
        break;
    case DunningPauseKind::GuaranteeLetter: {
        const QString document = m_document->text().trimmed();
        if (document.isEmpty()) {
            m_documentError->setError(tr("Give the path or link of the letter."));
            m_document->setFocus();
            return false;
        }
        done = repo.guarantee(m_client, document, m_hasUntil->isChecked() ? m_date->date() : QDate());
        break;
    }
    case DunningPauseKind::Hold: {
        const QString reason = m_text->toPlainText().trimmed();
        if (reason.isEmpty()) {
            m_textError->setError(tr("Give the reason for the hold."));
            m_text->setFocus();
            return false;
        }
        done = repo.hold(m_client, reason);
        break;
    }
    }
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
