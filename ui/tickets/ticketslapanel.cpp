#include "ticketslapanel.h"

#include "domain/clock.h"
#include "slacell.h"
#include "ticketlabels.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

void paint(QLabel *label, const SlaCell &cell)
{
    label->setText(cell.text);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, SlaCell::foreground(cell.tone));
    const QColor bg = SlaCell::background(cell.tone);
    label->setAutoFillBackground(bg.isValid());
    if (bg.isValid())
        pal.setColor(QPalette::Window, bg);
    label->setPalette(pal);
}

QLabel *stateLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(6, 1, 6, 1);
    return label;
}

QLabel *smallLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}

} // namespace

TicketSlaPanel::TicketSlaPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_responseLabel(new QLabel(this))
    , m_responseState(stateLabel(this, u"slaResponseState"_s))
    , m_responseDue(smallLabel(this, u"slaResponseDue"_s))
    , m_resolutionLabel(new QLabel(this))
    , m_resolutionState(stateLabel(this, u"slaResolutionState"_s))
    , m_resolutionDue(smallLabel(this, u"slaResolutionDue"_s))
    , m_elapsed(smallLabel(this, u"slaElapsed"_s))
    , m_explanation(new QLabel(this))
{
    setObjectName(u"slaPanel"_s);
    m_explanation->setObjectName(u"slaExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_elapsed->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_responseLabel, 0, 0);
    grid->addWidget(m_responseState, 0, 1, Qt::AlignLeft);
    grid->addWidget(m_responseDue, 1, 1);
    grid->setRowMinimumHeight(2, 6);
    grid->addWidget(m_resolutionLabel, 3, 0);
    grid->addWidget(m_resolutionState, 3, 1, Qt::AlignLeft);
    grid->addWidget(m_resolutionDue, 4, 1);
    grid->setRowMinimumHeight(5, 6);
    grid->addWidget(m_elapsed, 6, 0, 1, 2);
    grid->addWidget(m_explanation, 7, 0, 1, 2);
    retranslateUi();
}

void TicketSlaPanel::setTicket(const Ticket &ticket)
{
    m_ticket = ticket;
    render();
}

void TicketSlaPanel::render()
{
    if (!m_ticket.id.isValid()) {
        for (QLabel *label : {m_responseState, m_resolutionState, m_responseDue, m_resolutionDue, m_elapsed,
                              m_explanation})
            label->clear();
        return;
    }
    const SlaSnapshot &sla = m_ticket.sla;
    const qint64 now = Clock::nowSecs();
    paint(m_responseState, SlaCell::forTarget(sla.response, now));
    paint(m_resolutionState, SlaCell::forTarget(sla.resolution, now));
    const auto dueText = [](const SlaTargetState &t) {
        if (t.doneUtc)
            return tr("done %1 · was due %2").arg(TicketLabels::dateTime(t.doneUtc), TicketLabels::dateTime(t.dueUtc));
        if (t.dueUtc <= 0)
            return QString();
        return t.state == SlaTargetState::Paused ? tr("due %1 if resumed now").arg(TicketLabels::dateTime(t.dueUtc))
                                                 : tr("due %1").arg(TicketLabels::dateTime(t.dueUtc));
    };
    m_responseDue->setText(dueText(sla.response));
    m_resolutionDue->setText(dueText(sla.resolution));
    QString elapsed = tr("Business time on the clock: %1 of %2.")
                          .arg(TicketLabels::duration(sla.resolution.elapsedBusinessSecs),
                               TicketLabels::duration(sla.resolution.targetSecs));
    if (sla.pausedSecs > 0)
        elapsed += u' ' + tr("Paused for %1 in all.").arg(TicketLabels::duration(sla.pausedSecs));
    m_elapsed->setText(elapsed);
    QStringList lines = sla.explanation.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line.prepend(u"• "_s);
    m_explanation->setText(lines.join(u'\n'));
}

void TicketSlaPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void TicketSlaPanel::retranslateUi()
{
    setTitle(tr("SLA clock"));
    m_responseLabel->setText(tr("First response:"));
    m_resolutionLabel->setText(tr("Resolution:"));
    render();
}

} // namespace rapport
