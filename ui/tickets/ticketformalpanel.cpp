#include "ticketformalpanel.h"

#include "appsession.h"
#include "domain/clock.h"
#include "storage/ticketrepository.h"
#include "theme.h"
#include "ticketlabels.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

TicketFormalPanel::TicketFormalPanel(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_statementLabel(new QLabel(this))
    , m_statement(new QPlainTextEdit(this))
    , m_save(new QPushButton(this))
    , m_confirmation(new QLabel(this))
    , m_confirmedAtLabel(new QLabel(this))
    , m_confirmedAt(new QDateTimeEdit(this))
    , m_channel(new QComboBox(this))
    , m_confirm(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_statement->setObjectName(u"formalStatement"_s);
    m_save->setObjectName(u"saveStatement"_s);
    m_confirmation->setObjectName(u"confirmationState"_s);
    m_confirmedAt->setObjectName(u"confirmedAt"_s);
    m_channel->setObjectName(u"confirmationChannel"_s);
    m_confirm->setObjectName(u"recordConfirmation"_s);
    m_statement->setTabChangesFocus(true);
    m_statementLabel->setBuddy(m_statement);
    m_statementLabel->setWordWrap(true);
    m_confirmation->setWordWrap(true);
    m_confirmedAt->setCalendarPopup(true);
    m_confirmedAtLabel->setBuddy(m_confirmedAt);
    TicketLabels::fillChannels(m_channel);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, statusColor(StatusTone::Bad, pal));
    m_error->setPalette(pal);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirmedAtLabel);
    confirmRow->addWidget(m_confirmedAt);
    confirmRow->addWidget(m_channel);
    confirmRow->addStretch(1);
    confirmRow->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statementLabel);
    layout->addWidget(m_statement, 1);
    layout->addLayout(saveRow);
    layout->addSpacing(6);
    layout->addWidget(m_confirmation);
    layout->addLayout(confirmRow);
    layout->addWidget(m_error);

    connect(m_save, &QPushButton::clicked, this, &TicketFormalPanel::save);
    connect(m_confirm, &QPushButton::clicked, this, &TicketFormalPanel::confirm);
    connect(m_statement, &QPlainTextEdit::textChanged, this, [this] {
        m_save->setEnabled(m_statement->toPlainText().trimmed() != m_ticket.formalStatement.trimmed());
    });
    retranslateUi();
}

void TicketFormalPanel::setTicket(const Ticket &ticket)
{
    const bool other = ticket.id != m_ticket.id;
    const bool edited = m_statement->toPlainText().trimmed() != m_ticket.formalStatement.trimmed();
    m_ticket = ticket;
    // Keep what the manager is typing when the ticket reloads for another reason.
    if (other || !edited)
        m_statement->setPlainText(ticket.formalStatement);
    const qint64 shown = ticket.confirmedAt ? ticket.confirmedAt : Clock::nowSecs();
    m_confirmedAt->setDateTime(QDateTime::fromSecsSinceEpoch(shown).toLocalTime());
    if (ticket.confirmedAt)
        m_channel->setCurrentIndex(std::max(0, m_channel->findData(ticket.confirmedChannel)));
    render();
}

void TicketFormalPanel::render()
{
    const bool finished = isFinished(m_ticket.status);
    m_statement->setReadOnly(finished);
    m_save->setEnabled(!finished && m_statement->toPlainText().trimmed() != m_ticket.formalStatement.trimmed());
    if (m_ticket.confirmedAt) {
        m_confirmation->setText(tr("The client confirmed this statement on %1 (%2).")
                                    .arg(TicketLabels::dateTime(m_ticket.confirmedAt),
                                         TicketLabels::channelKey(m_ticket.confirmedChannel)));
    } else if (m_ticket.formalStatement.isEmpty()) {
        m_confirmation->setText(tr("Write the statement, then ask the client to confirm it."));
    } else {
        m_confirmation->setText(tr("Not confirmed by the client yet."));
    }
    m_confirm->setEnabled(!finished && !m_ticket.formalStatement.isEmpty());
}

void TicketFormalPanel::report(const Status &status)
{
    m_error->setVisible(!status);
    if (!status)
        m_error->setText(status.error());
    else
        Q_EMIT changed();
}

void TicketFormalPanel::save()
{
    // Made against the ticket as shown: a statement another desk changed
    // meanwhile is not overwritten unseen (the text typed here stays).
    TicketRepository repo(m_session->database());
    repo.expectVersion(m_ticket);
    report(repo.formalize(m_ticket.id, m_statement->toPlainText().trimmed()));
}

void TicketFormalPanel::confirm()
{
    report(TicketRepository(m_session->database())
               .confirm(m_ticket.id, m_channel->currentData().toString(), m_confirmedAt->dateTime().toSecsSinceEpoch()));
}

void TicketFormalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TicketFormalPanel::retranslateUi()
{
    m_statementLabel->setText(tr("&Formal statement of the task, as the client should confirm it:"));
    m_statement->setPlaceholderText(tr("What will be done, the expected result and the agreed deadline"));
    m_save->setText(tr("&Save Statement"));
    m_confirmedAtLabel->setText(tr("Confirmed:"));
    m_channel->setAccessibleName(tr("Confirmed via"));
    m_confirm->setText(tr("&Record Client Confirmation"));
    TicketLabels::fillChannels(m_channel);
    render();
}

} // namespace rapport
