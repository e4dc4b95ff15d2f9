#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QString>

#include <optional>

namespace rapport {

using ClientFeedbackId = Id<struct ClientFeedbackTag>;

// Seed 003: the feedback loop of the service standard — complaints, thanks
// and remarks from clients, each recorded with how it was handled.
enum class ClientFeedbackKind { Complaint, Thanks, Remark };

// Stable keys: "complaint", "thanks", "remark" (also timeline event kinds).
QString clientFeedbackKindKey(ClientFeedbackKind kind);
std::optional<ClientFeedbackKind> clientFeedbackKindFromKey(const QString &key);
// Translated, e.g. "Complaint".
QString clientFeedbackKindTitle(ClientFeedbackKind kind);

struct ClientFeedback
{
    ClientFeedbackId id;
    ClientId clientId;
    QString clientName; // read-only
    ClientFeedbackKind kind = ClientFeedbackKind::Remark;
    QString text;
    qint64 receivedAt = 0; // 0 when adding: now
    QString channel = QStringLiteral("email"); // a contact channel key
    TicketId ticketId; // the request it is about, if any
    QString handling; // what was done about it
    qint64 handledAt = 0; // 0: not handled yet
    UserId handledBy;
    QString handledByName; // read-only
    UserId recordedBy;

    bool isHandled() const { return handledAt > 0; }
    // A client, a text, a known channel.
    static Status validate(const ClientFeedback &feedback);
};

} // namespace rapport
