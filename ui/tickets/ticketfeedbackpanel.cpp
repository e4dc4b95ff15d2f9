#include "ticketfeedbackpanel.h"

#include "appsession.h"
#include "storage/ticketrepository.h"
#include "theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

TicketFeedbackPanel::TicketFeedbackPanel(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_hint(new QLabel(this))
    , m_liked(new QRadioButton(this))
    , m_notLiked(new QRadioButton(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_liked->setObjectName(u"feedbackLiked"_s);
    m_notLiked->setObjectName(u"feedbackNotLiked"_s);
    m_reason->setObjectName(u"feedbackReason"_s);
    m_save->setObjectName(u"feedbackSave"_s);
    m_hint->setObjectName(u"feedbackHint"_s);
    m_hint->setWordWrap(true);
    m_reasonLabel->setBuddy(m_reason);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, statusColor(StatusTone::Bad, pal));
    m_error->setPalette(pal);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_liked);
    choice->addWidget(m_notLiked);
    choice->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(choice);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addLayout(saveRow);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_liked, &QRadioButton::toggled, this, &TicketFeedbackPanel::render);
    connect(m_notLiked, &QRadioButton::toggled, this, &TicketFeedbackPanel::render);
    connect(m_save, &QPushButton::clicked, this, &TicketFeedbackPanel::save);
    retranslateUi();
}

void TicketFeedbackPanel::setTicket(const Ticket &ticket)
{
    const bool other = ticket.id != m_ticket.id;
    m_ticket = ticket;
    if (other || ticket.feedback) {
        m_liked->setChecked(ticket.feedback == Feedback::Liked);
        m_notLiked->setChecked(ticket.feedback == Feedback::NotLiked);
        m_reason->setText(ticket.feedbackReason);
    }
    render();
}

void TicketFeedbackPanel::render()
{
    // Feedback is asked once the work is done (resolved or closed).
    const bool open = m_ticket.status == TicketStatus::Resolved || m_ticket.status == TicketStatus::Closed;
    m_liked->setEnabled(open);
    m_notLiked->setEnabled(open);
    m_reason->setEnabled(open && m_notLiked->isChecked());
    m_reasonLabel->setEnabled(m_reason->isEnabled());
    m_save->setEnabled(open && (m_liked->isChecked() || m_notLiked->isChecked()));
    if (!open)
        m_hint->setText(tr("Ask the client for feedback once the ticket is resolved."));
    else if (m_ticket.feedback == Feedback::Liked)
        m_hint->setText(tr("The client liked the work."));
    else if (m_ticket.feedback == Feedback::NotLiked)
        m_hint->setText(tr("The client did not like the work."));
    else
        m_hint->setText(tr("Did the client like how the request was handled?"));
}

void TicketFeedbackPanel::save()
{
    const Feedback feedback = m_liked->isChecked() ? Feedback::Liked : Feedback::NotLiked;
    const Status s = TicketRepository(m_session->database())
                         .setFeedback(m_ticket.id, feedback, feedback == Feedback::NotLiked ? m_reason->text().trimmed()
                                                                                             : QString());
    m_error->setVisible(!s);
    if (!s) {
        m_error->setText(s.error());
        return;
    }
    Q_EMIT changed();
}

void TicketFeedbackPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TicketFeedbackPanel::retranslateUi()
{
    m_liked->setText(tr("&Liked"));
    m_notLiked->setText(tr("&Not liked"));
    m_reasonLabel->setText(tr("&Reason (required when not liked):"));
    m_reason->setPlaceholderText(tr("What the client did not like"));
    m_save->setText(tr("Save &Feedback"));
    render();
}

} // namespace rapport
