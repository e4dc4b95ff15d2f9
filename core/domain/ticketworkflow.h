#pragma once

#include "domain/result.h"
#include "domain/ticket.h"

#include <QList>
#include <QString>

namespace rapport {

// The ticket workflow of the service regulation (seed 002): a request is
// recorded (new), the manager formalizes it and the client confirms it
// (formalizing), the work runs (in progress) and may wait on the client, it is
// resolved and then closed; an open request may be cancelled; a resolved one
// may be reopened. Plain rules over value types, checked before every change.
class TicketWorkflow
{
public:
    // The statuses a ticket in `from` may move to.
    static QList<TicketStatus> nextStatuses(TicketStatus from);
    static bool canMove(TicketStatus from, TicketStatus to);

    // Checks a status change of `ticket` (its current owner and assignee):
    // the transition must be allowed and, from in progress on, the ticket
    // has an owner and an assignee ("never nobody once in progress").
    static Status checkMove(const Ticket &ticket, TicketStatus to);

    // Feedback is asked after the work is done (resolved or closed);
    // "not liked" needs a reason, so that the team lead can act on it.
    static Status checkFeedback(const Ticket &ticket, Feedback feedback, const QString &reason);

    // A lower-case name for messages: "in progress", "waiting on client"…
    static QString statusWord(TicketStatus status);

    // "liked" / "not_liked" and back.
    static QString feedbackKey(Feedback feedback);
    static std::optional<Feedback> feedbackFromKey(const QString &key);
};

} // namespace rapport
