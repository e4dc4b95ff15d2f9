#include "ticketworkflow.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QList<TicketStatus> TicketWorkflow::nextStatuses(TicketStatus from)
{
    using S = TicketStatus;
    switch (from) {
    case S::New: return {S::Formalizing, S::Cancelled};
    case S::Formalizing: return {S::InProgress, S::Cancelled};
    case S::InProgress: return {S::WaitingOnClient, S::Resolved, S::Cancelled};
    // The client answered (back to work) or the problem went away meanwhile.
    case S::WaitingOnClient: return {S::InProgress, S::Resolved, S::Cancelled};
    // Closing confirms the resolution; reopening resumes the work and its clock.
    case S::Resolved: return {S::Closed, S::InProgress};
    case S::Closed:
    case S::Cancelled: return {};
    }
    return {};
}

bool TicketWorkflow::canMove(TicketStatus from, TicketStatus to)
{
    return nextStatuses(from).contains(to);
}

QString TicketWorkflow::statusWord(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New: return QCoreApplication::translate("TicketWorkflow", "new");
    case TicketStatus::Formalizing: return QCoreApplication::translate("TicketWorkflow", "formalizing");
    case TicketStatus::InProgress: return QCoreApplication::translate("TicketWorkflow", "in progress");
    case TicketStatus::WaitingOnClient: return QCoreApplication::translate("TicketWorkflow", "waiting on client");
    case TicketStatus::Resolved: return QCoreApplication::translate("TicketWorkflow", "resolved");
    case TicketStatus::Closed: return QCoreApplication::translate("TicketWorkflow", "closed");
    case TicketStatus::Cancelled: return QCoreApplication::translate("TicketWorkflow", "cancelled");
    }
    return {};
}

Status TicketWorkflow::checkMove(const Ticket &ticket, TicketStatus to)
{
    if (ticket.status == to)
        return fail(QCoreApplication::translate("TicketWorkflow", "Ticket %1 is already %2.")
                        .arg(ticket.id.value)
                        .arg(statusWord(to)));
    if (!canMove(ticket.status, to)) {
        QStringList allowed;
        for (TicketStatus s : nextStatuses(ticket.status))
            allowed << statusWord(s);
        const QString reason = allowed.isEmpty()
            ? QCoreApplication::translate("TicketWorkflow", "Ticket %1 is %2 and cannot change any more.")
                  .arg(ticket.id.value)
                  .arg(statusWord(ticket.status))
            : QCoreApplication::translate("TicketWorkflow", "Ticket %1 cannot go from %2 to %3 (allowed: %4).")
                  .arg(ticket.id.value)
                  .arg(statusWord(ticket.status), statusWord(to), allowed.join(u", "_s));
        return fail(reason);
    }
    // Work in progress always has someone answerable for it and someone doing it.
    if (to == TicketStatus::InProgress && (!ticket.ownerId.isValid() || !ticket.assigneeId.isValid())) {
        if (!ticket.assigneeId.isValid())
            return fail(QCoreApplication::translate("TicketWorkflow",
                                                    "Ticket %1 needs an assignee before it can be in progress.")
                            .arg(ticket.id.value));
        return fail(QCoreApplication::translate("TicketWorkflow",
                                                "Ticket %1 needs an owner before it can be in progress.")
                        .arg(ticket.id.value));
    }
    return {};
}

Status TicketWorkflow::checkFeedback(const Ticket &ticket, Feedback feedback, const QString &reason)
{
    if (ticket.status != TicketStatus::Resolved && ticket.status != TicketStatus::Closed)
        return fail(QCoreApplication::translate("TicketWorkflow",
                                                "Feedback is recorded once the ticket is resolved or closed; "
                                                "ticket %1 is %2.")
                        .arg(ticket.id.value)
                        .arg(statusWord(ticket.status)));
    if (feedback == Feedback::NotLiked && reason.trimmed().isEmpty())
        return fail(QCoreApplication::translate("TicketWorkflow", "Say why the client did not like the result."));
    return {};
}

QString TicketWorkflow::feedbackKey(Feedback feedback)
{
    return feedback == Feedback::Liked ? u"liked"_s : u"not_liked"_s;
}

std::optional<Feedback> TicketWorkflow::feedbackFromKey(const QString &key)
{
    if (key == u"liked"_s)
        return Feedback::Liked;
    if (key == u"not_liked"_s)
        return Feedback::NotLiked;
    return std::nullopt;
}

} // namespace rapport
