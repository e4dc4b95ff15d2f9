#pragma once

#include "domain/ticket.h"

#include <QGroupBox>

class QLabel;

namespace rapport {

// The SLA of one ticket: where the first response and the resolution stand
// (countdown, met or breached, with their due instants) and the clock's own
// explanation of what it did ("paused 3 h waiting on client; response met
// 2 h before due"), so nobody has to guess why a ticket is red.
class TicketSlaPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit TicketSlaPanel(QWidget *parent = nullptr);

    void setTicket(const Ticket &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    Ticket m_ticket;
    QLabel *m_responseLabel;
    QLabel *m_responseState;
    QLabel *m_responseDue;
    QLabel *m_resolutionLabel;
    QLabel *m_resolutionState;
    QLabel *m_resolutionDue;
    QLabel *m_elapsed;
    QLabel *m_explanation;
};

} // namespace rapport
