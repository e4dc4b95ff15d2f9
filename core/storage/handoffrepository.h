#pragma once

#include "database.h"
#include "domain/client.h"
#include "planning/handoff.h"

#include <QList>

namespace rapport {

// One row of the handoffs list: who hands which client over, since when,
// how far along and how well (quality control's score).
struct HandoffListRow
{
    HandoffId id;
    ClientId clientId;
    QString clientName;
    UserId salesOwnerId;
    QString salesOwnerName;
    UserId accountManagerId;
    QString accountManagerName;
    qint64 wonAt = 0;
    qint64 completedAt = 0; // 0: open
    int progress = 0; // done items of five
    std::optional<int> qualityPercent;
};

// Filter and keyset page for the handoffs list, oldest won first.
struct HandoffQuery
{
    UserId salesOwner; // invalid: any
    UserId accountManager; // invalid: any
    bool includeCompleted = false;
    // Keyset paging by (won_at, id): rows strictly after this key.
    qint64 afterWonAt = 0;
    qint64 afterId = 0;
    int limit = 100;
};

// Handoffs of won deals from sales to account management (seed 004). Every
// step is checked against the handoff rules, audited and written to the
// client's timeline (kind "handoff") in one transaction.
class HandoffRepository
{
public:
    explicit HandoffRepository(const Database &db)
        : m_db(db)
    {
    }

    // Starts the handoff of a won deal. Invalid salesperson / account manager
    // ids take the client card's; wonAt 0 means now. A client has at most one
    // open handoff.
    Result<Handoff> create(ClientId client, UserId salesOwner, UserId accountManager, qint64 wonAt);

    std::optional<Handoff> byId(HandoffId id) const;
    QList<HandoffListRow> openList(const HandoffQuery &query) const;
    // Newest first.
    QList<Handoff> forClient(ClientId client) const;
    std::optional<Handoff> openForClient(ClientId client) const;
    // Clients (not archived) that never had a handoff, newest first: deals
    // won before Rapport, or whose handoff was never started.
    QList<ClientId> clientsWithoutHandoff(std::optional<ClientStatus> status, int limit) const;

    Status setMeeting(HandoffId id, qint64 at, MeetingMode mode, const QString &attendees);
    // Returns the new question's id.
    Result<qint64> addQuestion(HandoffId id, const QString &question);
    Status answerQuestion(HandoffId id, qint64 questionId, const QString &answer);
    // By the database's actor: the handoff's account manager or a team lead.
    Status acknowledgeCondition(HandoffId id, qint64 conditionId);
    Status setSatisfaction(HandoffId id, int satisfaction, const QString &note);
    // By quality control or a team lead; scoring an item again replaces its score.
    Status score(HandoffId id, HandoffItem item, int score, const QString &comment);
    // Completes the handoff (an override with the reason when items are
    // missing) and makes an onboarding client active.
    Status complete(HandoffId id, const QString &overrideReason);

private:
    Result<Handoff> openHandoff(HandoffId id) const;
    Status log(const Handoff &handoff, const QString &title, const QString &body) const;

    Database m_db;
};

} // namespace rapport
