#include "reviewchangedialog.h"

#include "appsession.h"
#include "regulation/fieldmessage.h"
#include "storage/regulationcalendar.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ReviewChangeDialog::ReviewChangeDialog(AppSession *session, ReviewId id, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_summary(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_review.id = id;
    setObjectName(mode == Reschedule ? u"reviewRescheduleDialog"_s : u"reviewCancelDialog"_s);
    m_summary->setObjectName(u"reviewChangeSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_date->setObjectName(u"reviewChangeDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setMaximumWidth(180);
    m_dateLabel->setBuddy(m_date);
    m_reason->setObjectName(u"reviewChangeReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_reasonLabel->setBuddy(m_reason);
    m_error->setObjectName(u"reviewChangeError"_s);
    okButton()->setObjectName(u"reviewChangeOk"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"reviewChangeCancel"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Only a move has a new date.
    if (mode == Reschedule) {
        form->addRow(m_dateLabel, m_date);
    } else {
        m_dateLabel->hide();
        m_date->hide();
    }
    form->addRow(m_reasonLabel, m_reason);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (session->hasDatabase()) {
        if (const auto review = ReviewRepository(session->database()).byId(id)) {
            m_review = *review;
            m_loaded = true;
        }
    }
    m_date->setDate(m_loaded ? m_review.scheduledOn : RegulationCalendar::today());

    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        m_error->clearMessage();
        updateOk();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_error->clearMessage(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReviewChangeDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReviewChangeDialog::reject);
    retranslateUi();
    updateOk();
    if (mode == Reschedule)
        m_date->setFocus();
    else
        m_reason->setFocus();
    resize(480, sizeHint().height());
}

QPushButton *ReviewChangeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ReviewChangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReviewChangeDialog::retranslateUi()
{
    const bool move = m_mode == Reschedule;
    setWindowTitle(move ? tr("Reschedule Review") : tr("Cancel Review"));
    m_dateLabel->setText(tr("&New date:"));
    m_reasonLabel->setText(tr("&Reason (required):"));
    m_reason->setPlaceholderText(move ? tr("Why the review is moved, for example: the client's CFO is on leave")
                                      : tr("Why the review is cancelled, for example: the contract is paused"));
    okButton()->setText(move ? tr("&Move review") : tr("Cancel &review"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(move ? tr("Cancel") : tr("&Keep"));
    if (!m_loaded) {
        m_summary->setText(tr("This review no longer exists."));
        return;
    }
    const QString date = QLocale().toString(m_review.scheduledOn, u"d MMMM yyyy"_s);
    m_summary->setText(move ? tr("%1 with %2, now scheduled for %3. The reason is kept on the client's timeline.")
                                  .arg(reviewKindTitle(m_review.kind), m_review.clientName, date)
                            : tr("%1 with %2, scheduled for %3, will be cancelled. The reason is kept on the "
                                 "client's timeline.")
                                  .arg(reviewKindTitle(m_review.kind), m_review.clientName, date));
}

void ReviewChangeDialog::updateOk()
{
    okButton()->setEnabled(m_loaded && !m_reason->toPlainText().trimmed().isEmpty());
}

bool ReviewChangeDialog::apply()
{
    m_error->clearMessage();
    if (!m_loaded || !m_session->hasDatabase())
        return false;
    ReviewRepository reviews(m_session->database());
    const QString reason = m_reason->toPlainText();
    const Status done = m_mode == Reschedule ? reviews.reschedule(m_review.id, m_date->date(), reason)
                                             : reviews.cancel(m_review.id, reason);
    if (!done) {
        m_error->showMessage(done.error());
        (m_mode == Reschedule ? static_cast<QWidget *>(m_date) : m_reason)->setFocus();
        return false;
    }
    m_session->notifyDataChanged();
    Q_EMIT changed(m_review.id);
    accept();
    return true;
}

} // namespace rapport
