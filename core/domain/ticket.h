#pragma once

#include "ids.h"
#include "domain/client.h"
#include "sla/slaclock.h"
#include "sla/ticketevent.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

// Channel a request came through; the same keys as a contact's preferred channel.
using TicketChannel = ContactChannel;

enum class Feedback { Liked, NotLiked };

// A stored event of a ticket: the SLA input (TicketEvent) plus who, the text
// and the channel. Kinds in storage: "created", "status", "reply" (client
// visible), "contact" (a logged call/message to the client), "note"
// (internal), "assigned", "priority", "formalized", "confirmed",
// "client_suspended", "client_restored"; also "owner" (owner changed),
// "deadline" (agreed deadline set or removed), "category" (category changed)
// and "feedback" (the client's feedback).
struct TicketLogEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString kind;
    std::optional<TicketStatus> status;
    std::optional<Priority> priority;
    UserId userId;
    QString userName;
    QString channel;
    QString body;
};

struct TimeEntry
{
    qint64 id = 0;
    TicketId ticketId;
    UserId userId;
    QString userName;
    QDate day;
    int minutes = 0;
    bool billable = true;
    QString note;
};

// A request from a client, from any channel, with its SLA state.
struct Ticket
{
    TicketId id;
    ClientId clientId;
    QString clientName;
    ContactId contactId;
    TicketChannel channel = TicketChannel::Email;
    QString subject;
    QString description;
    Priority priority = Priority::Normal;
    QString category;            // one line, at most 60 characters; "" for none
    TicketStatus status = TicketStatus::New;
    UserId ownerId;
    UserId assigneeId;
    qint64 agreedDeadline = 0;   // agreed with the client, UTC epoch seconds; 0: none
    QString formalStatement;
    qint64 confirmedAt = 0;
    QString confirmedChannel;
    qint64 createdAt = 0;
    std::optional<Feedback> feedback;
    QString feedbackReason;

    // Derived by the SLA clock (stored on the row, recomputed on each event).
    SlaSnapshot sla;
    qint64 firstResponseAt = 0;
    qint64 resolvedAt = 0;

    // Read back with the ticket (not set by callers of create()).
    qint64 closedAt = 0;
    qint64 feedbackAt = 0;
    qint64 updatedAt = 0;
    // The stored ticket's version (one more with every change in its log); a
    // change naming an older one is refused as a conflict (team mode).
    qint64 version = 0;
    QString ownerName;
    QString assigneeName;
    qint64 slaPolicyId = 0;   // the policy the clock runs on (the client's)
    QString slaPolicyName;
    QString calendarName;
    qint64 slaAsOf = 0;       // the instant `sla` describes
};

} // namespace rapport
