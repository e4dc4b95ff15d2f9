#pragma once

#include "database.h"
#include "domain/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

// What a module writes to a client's timeline.
struct TimelineEntry
{
    qint64 at = 0;   // UTC epoch seconds; 0: now
    QString kind;    // one of Timeline::kinds(): note, call, message, status_change, handoff, ticket…
    QString title;   // one line, required
    QString body;
    QString channel; // email, phone, messenger, portal, visit, other, or empty
    QString refType; // the record it is about ("ticket", "invoice"…), or empty
    qint64 refId = 0;
};

// One event of a client's timeline as stored.
struct TimelineItem
{
    qint64 id = 0;
    ClientId clientId;
    qint64 at = 0;
    QString kind;
    QString title;
    QString body;
    QString channel;
    UserId userId;    // who recorded it (the database's actor), may be invalid
    QString userName; // empty when nobody
    QString refType;
    qint64 refId = 0;
};

// THE chronological feed of everything recorded about a client: every
// module (clients, handoffs, tickets, billing, reviews, feedback) writes
// through add(), so that the card shows one history. Append-only.
class Timeline
{
public:
    explicit Timeline(const Database &db) : m_db(db) {}

    // Records an event by the database's actor. The kind must be known, the
    // title non-empty and the client must exist (archived clients included).
    Status add(ClientId client, const TimelineEntry &entry);
    // The same, giving the new event's id.
    Result<qint64> append(ClientId client, const TimelineEntry &entry);

    // Newest first. The next page starts strictly before (beforeAt, beforeId),
    // the last item's at and id; beforeAt 0 starts from the newest, beforeId 0
    // with a beforeAt gives the events strictly before that instant.
    Result<QList<TimelineItem>> forClient(ClientId client, int limit, qint64 beforeAt = 0, qint64 beforeId = 0) const;

    // One action from the card: a note (its first line is the title).
    Status logNote(ClientId client, const QString &text);
    // A logged call or other conversation: channel is a contact channel key
    // (default "phone"), at 0 means now.
    Status logCall(ClientId client, const QString &channel, const QString &summary, qint64 at = 0);

    static QStringList kinds();

    // The first line of `text`, shortened to a title of at most 120 characters.
    static QString titleFrom(const QString &text);

private:
    Database m_db;
};

} // namespace rapport
