#pragma once

#include "database.h"
#include "domain/ids.h"

#include <QList>

#include <optional>

namespace rapport {

struct OutboxMessage
{
    qint64 id = 0;
    QString ruleKey;
    ClientId clientId;
    QString clientName;
    QString toAddress;
    QString toName;
    QString language;
    QString subject;
    QString body;
    QString state; // queued, approved, sending, sent, failed, cancelled
    bool needsApproval = false;
    int attempts = 0;
    qint64 nextAttemptAt = 0; // failed: when it is retried (0: not by itself)
    QString lastError;
    QString refType;
    qint64 refId = 0;
    QString messageId;
    qint64 createdAt = 0;
    qint64 sentAt = 0;
    bool toStaff = false; // to a staff member, not to the client's contact
};

// The outbox: queued → approved (when the rule asks) → sending → sent or
// failed, with retries after 5, 10, 20, 40 minutes (5 attempts in all).
// A message is claimed inside a write transaction before it goes out, so two
// senders at once never send it twice; one left "sending" by a crash for
// 15 minutes is failed with that reason and not resent by itself (it may
// have reached the server).
class OutboxRepository
{
public:
    explicit OutboxRepository(const Database &db) : m_db(db) {}

    static constexpr int kMaxAttempts = 5;
    static constexpr qint64 kFirstRetrySecs = 300;
    static constexpr qint64 kStaleSendingSecs = 900;

    static const QStringList &states();

    QList<OutboxMessage> list(const std::optional<QString> &state = std::nullopt, int limit = 1000);
    Result<OutboxMessage> byId(qint64 id);
    Status approve(qint64 id);
    Result<int> approveAll();
    Status cancel(qint64 id);
    // A failed message back in the queue now.
    Status retry(qint64 id);

    // Claims up to `limit` messages due at `now` for sending.
    Result<QList<OutboxMessage>> claimDue(qint64 now, int limit = 200);
    // Records the outcome of a claimed message; a sent one is written to the
    // client's timeline in the same transaction.
    Status markSent(qint64 id, const QString &messageId, qint64 at);
    Status markFailed(qint64 id, const QString &error, qint64 at);

private:
    Database m_db;
};

} // namespace rapport
