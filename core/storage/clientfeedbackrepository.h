#pragma once

#include "database.h"
#include "planning/clientfeedback.h"

#include <QList>

#include <optional>

namespace rapport {

// Filters and a keyset page: newest received first, rows strictly older than
// (beforeAt, beforeId).
struct ClientFeedbackQuery
{
    ClientId client;
    std::optional<ClientFeedbackKind> kind;
    bool unhandledOnly = false;
    qint64 from = 0; // received at or after (0: any)
    qint64 to = 0; // received before (0: any)
    qint64 beforeAt = 0;
    qint64 beforeId = 0;
    int limit = 200;
};

// Counts of complaints, thanks and remarks received in a period.
struct ClientFeedbackCounts
{
    int complaints = 0;
    int thanks = 0;
    int remarks = 0;
    int unhandledComplaints = 0;
};

// Complaints, thanks and remarks per client with their handling (seed 003).
// Each one is audited and written to the client's timeline (kind complaint,
// thanks or remark); its handling is audited.
class ClientFeedbackRepository
{
public:
    explicit ClientFeedbackRepository(const Database &db)
        : m_db(db)
    {
    }

    // receivedAt 0: now; recorded by the database's actor.
    Result<ClientFeedback> add(const ClientFeedback &feedback);
    // Records what was done about it (at 0: now), by the database's actor.
    Status handle(ClientFeedbackId id, const QString &handling, qint64 at = 0);

    std::optional<ClientFeedback> byId(ClientFeedbackId id) const;
    QList<ClientFeedback> list(const ClientFeedbackQuery &query) const;
    ClientFeedbackCounts counts(qint64 from, qint64 to, ClientId client = {}) const;

private:
    Database m_db;
};

} // namespace rapport
