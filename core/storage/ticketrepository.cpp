#include "ticketrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "domain/ticketworkflow.h"
#include "sql.h"
#include "ticketeventlog.h"
#include "ticketreader.h"
#include "ticketslaupdater.h"
#include "timeline.h"
#include "transaction.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TicketRepository", text);
}

constexpr int kMaxSubject = 300;

// Text for a NOT NULL column: a null QString would bind as NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString channelOrDefault(const QString &channel, TicketChannel fallback)
{
    return channel.trimmed().isEmpty() ? contactChannelKey(fallback) : channel.trimmed().toLower();
}

// A UTC instant as ISO 8601, for the event log's text ("" for 0).
QString isoUtc(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate) : QString();
}

} // namespace

Status TicketRepository::checkCategory(const QString &category)
{
    if (category.size() > MaxCategoryLength)
        return fail(tr("A category is at most %1 characters long.").arg(MaxCategoryLength));
    for (const QChar c : category) {
        const QChar::Category kind = c.category();
        if (kind == QChar::Other_Control || kind == QChar::Separator_Line || kind == QChar::Separator_Paragraph)
            return fail(tr("A category is one line of text, without tabs or other control characters."));
    }
    return {};
}

Status TicketRepository::checkAgreedDeadline(qint64 deadline, qint64 createdAt)
{
    if (deadline < 0 || (deadline > 0 && deadline < createdAt))
        return fail(tr("The agreed deadline cannot be before the request was made."));
    return {};
}

Status TicketRepository::checkUser(UserId user) const
{
    const auto u = UserRepository(m_db).byId(user);
    if (!u)
        return fail(tr("No staff member with id %1.").arg(user.value));
    if (!u->active)
        return fail(tr("%1 is no longer active.").arg(u->name));
    return {};
}

Result<Ticket> TicketRepository::create(const Ticket &input, qint64 at)
{
    Ticket t = input;
    t.subject = t.subject.simplified();
    t.description = t.description.trimmed();
    t.category = t.category.trimmed();
    if (t.subject.isEmpty())
        return fail(tr("A ticket needs a subject."));
    if (t.subject.size() > kMaxSubject)
        return fail(tr("The subject is longer than %1 characters; put the details in the description.")
                        .arg(kMaxSubject));
    const QSqlDatabase conn = m_db.connection();
    auto client = sql::exec(conn, u"SELECT status, coalesce(account_manager_id, 0), archived_at FROM clients WHERE id = ?"_s,
                            {t.clientId.value});
    if (!client)
        return fail(client.error());
    if (!client->next())
        return fail(tr("No client with id %1.").arg(t.clientId.value));
    const QString clientStatus = client->value(0).toString();
    const UserId accountManager(client->value(1).toLongLong());
    const bool archived = !client->value(2).isNull();
    client->finish();
    if (archived)
        return fail(tr("Client %1 is archived; restore it before recording requests.").arg(t.clientId.value));
    if (t.contactId.isValid()) {
        auto contact = sql::scalar(conn, u"SELECT count(*) FROM contacts WHERE id = ? AND client_id = ?"_s,
                                   {t.contactId.value, t.clientId.value});
        if (!contact)
            return fail(contact.error());
        if (contact->toInt() == 0)
            return fail(tr("Contact %1 is not a contact of this client.").arg(t.contactId.value));
    }
    // The account manager owns the client's requests unless someone else is named.
    if (!t.ownerId.isValid())
        t.ownerId = accountManager;
    for (UserId user : {t.ownerId, t.assigneeId}) {
        if (user.isValid()) {
            if (Status s = checkUser(user); !s)
                return fail(s.error());
        }
    }
    const qint64 when = at > 0 ? at : Clock::nowSecs();
    if (Status s = checkCategory(t.category); !s)
        return fail(s.error());
    if (Status s = checkAgreedDeadline(t.agreedDeadline, when); !s)
        return fail(s.error());
    t.status = TicketStatus::New;
    t.createdAt = when;

    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto q = sql::exec(conn,
                       u"INSERT INTO tickets (client_id, contact_id, channel, subject, description, priority, category, "
                       "status, owner_id, assignee_id, agreed_deadline, created_at, updated_at, search_text) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?)"_s,
                       {t.clientId.value, sql::nullIfZero(t.contactId.value), contactChannelKey(t.channel), t.subject,
                        nonNull(t.description), priorityKey(t.priority), nonNull(t.category), sql::nullIfZero(t.ownerId.value),
                        sql::nullIfZero(t.assigneeId.value), sql::nullIfZero(t.agreedDeadline), when,
                        Clock::nowSecs(), t.subject.toLower()});
    if (!q)
        return fail(q.error());
    t.id = TicketId(q->lastInsertId().toLongLong());
    const auto insertEvent = [&](const QString &kind, const QVariant &priority, const QString &body) -> Status {
        auto e = sql::exec(conn,
                           u"INSERT INTO ticket_events (ticket_id, at, kind, priority, user_id, channel, body) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                           {t.id.value, when, kind, priority, sql::nullIfZero(m_db.actor().id.value),
                            contactChannelKey(t.channel), nonNull(body)});
        if (!e)
            return fail(e.error());
        return {};
    };
    if (Status s = insertEvent(u"created"_s, priorityKey(t.priority), t.subject); !s)
        return fail(s.error());
    // A suspended client's new requests wait: the clock is paused from the start.
    if (clientStatus == u"suspended"_s || clientStatus == u"blocked"_s) {
        if (Status s = insertEvent(u"client_suspended"_s, QVariant(), QString()); !s)
            return fail(s.error());
    }
    if (Status s = AuditLog(m_db).record(u"ticket"_s, t.id.value, AuditLog::Action::Create, {}, TicketEventLog::auditMap(t)); !s)
        return fail(s.error());
    TimelineEntry entry;
    entry.at = when;
    entry.kind = u"ticket"_s;
    entry.title = tr("Request #%1 recorded: %2").arg(t.id.value).arg(t.subject);
    entry.body = t.description;
    entry.channel = contactChannelKey(t.channel);
    entry.refType = u"ticket"_s;
    entry.refId = t.id.value;
    if (Status s = Timeline(m_db).add(t.clientId, entry); !s)
        return fail(s.error());
    if (Status s = TicketSlaUpdater(m_db).update(t.id); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    auto created = byId(t.id);
    if (!created)
        return fail(tr("No ticket with number %1.").arg(t.id.value));
    return *created;
}

Status TicketRepository::setStatus(TicketId id, TicketStatus status, qint64 at)
{
    auto t = current(id);
    if (!t)
        return fail(t.error());
    if (Status s = TicketWorkflow::checkMove(*t, status); !s)
        return s;
    auto when = TicketEventLog(m_db).eventTime(*t, at, true);
    if (!when)
        return fail(when.error());
    TicketChange c;
    c.kind = u"status"_s;
    c.at = *when;
    c.status = status;
    c.columns << u"status = ?"_s;
    c.values << statusKey(status);
    c.after = *t;
    c.after.status = status;
    c.title = tr("Request #%1 is now %2").arg(id.value).arg(TicketWorkflow::statusWord(status));
    return appendChange(*t, c);
}

Status TicketRepository::assign(TicketId id, UserId assignee, qint64 at)
{
    auto t = current(id);
    if (!t)
        return fail(t.error());
    if (assignee == t->assigneeId)
        return {};
    if (!assignee.isValid() && (t->status == TicketStatus::InProgress || t->status == TicketStatus::WaitingOnClient))
        return fail(tr("Ticket %1 is in progress: it cannot be left without an assignee.").arg(id.value));
    QString name;
    if (assignee.isValid()) {
        if (Status s = checkUser(assignee); !s)
            return s;
        name = UserRepository(m_db).byId(assignee)->name;
    }
    auto when = TicketEventLog(m_db).eventTime(*t, at, false);
    if (!when)
        return fail(when.error());
    TicketChange c;
    c.kind = u"assigned"_s;
    c.at = *when;
    c.body = name;
    c.columns << u"assignee_id = ?"_s;
    c.values << sql::nullIfZero(assignee.value);
    c.after = *t;
    c.after.assigneeId = assignee;
    c.title = assignee.isValid() ? tr("Request #%1 assigned to %2").arg(id.value).arg(name)
                                 : tr("Request #%1 unassigned").arg(id.value);
    return appendChange(*t, c);
}

Status TicketRepository::setOwner(TicketId id, UserId owner, qint64 at)
{
    auto t = current(id);
    if (!t)
        return fail(t.error());
    if (owner == t->ownerId)
        return {};
    if (!owner.isValid() && (t->status == TicketStatus::InProgress || t->status == TicketStatus::WaitingOnClient))
        return fail(tr("Ticket %1 is in progress: it cannot be left without an owner.").arg(id.value));
    QString name;
    if (owner.isValid()) {
        if (Status s = checkUser(owner); !s)
            return s;
        name = UserRepository(m_db).byId(owner)->name;
    }
    auto when = TicketEventLog(m_db).eventTime(*t, at, false);
    if (!when)
        return fail(when.error());
    TicketChange c;
    c.kind = u"owner"_s;
    c.at = *when;
    c.body = name;
    c.columns << u"owner_id = ?"_s;
    c.values << sql::nullIfZero(owner.value);
    c.after = *t;
    c.after.ownerId = owner;
    c.title = owner.isValid() ? tr("Request #%1 is now owned by %2").arg(id.value).arg(name)
                              : tr("Request #%1 has no owner").arg(id.value);
    return appendChange(*t, c);
}

Status TicketRepository::setPriority(TicketId id, Priority priority, qint64 at)
{
    auto t = current(id);
    if (!t)
        return fail(t.error());
    if (priority == t->priority)
        return {};
    auto when = TicketEventLog(m_db).eventTime(*t, at, false);
    if (!when)
        return fail(when.error());
    TicketChange c;
    c.kind = u"priority"_s;
    c.at = *when;
    c.priority = priority;
    c.columns << u"priority = ?"_s;
    c.values << priorityKey(priority);
    c.after = *t;
    c.after.priority = priority;
    c.title = tr("Request #%1 priority: %2").arg(id.value).arg(priorityKey(priority));
    return appendChange(*t, c);
}

Status TicketRepository::setCategory(TicketId id, const QString &category, qint64 at)
{
    auto t = current(id);
    if (!t)
        return fail(t.error());
    const QString value = nonNull(category.trimmed());
    if (Status s = checkCategory(value); !s)
        return s;
    if (value == t->category)
        return {};
    auto when = TicketEventLog(m_db).eventTime(*t, at, false);
    if (!when)
        return fail(when.error());
    TicketChange c;
    c.kind = u"category"_s;
    c.at = *when;
    c.body = value;
    c.columns << u"category = ?"_s;
    c.values << value;
    c.after = *t;
    c.after.category = value;
    c.title = value.isEmpty() ? tr("Request #%1 has no category").arg(id.value)
                              : tr("Request #%1 category: %2").arg(id.value).arg(value);
    return appendChange(*t, c);
}

Status TicketRepository::message(TicketId id, const QString &kind, const QString &channel, const QString &text,
                                 qint64 at)
{
    auto t = current(id);
    if (!t)
        return fail(t.error());
    if (text.trimmed().isEmpty())
        return fail(tr("Write the text first."));
    if (!channel.isEmpty() && !contactChannelFromKey(channel))
        return fail(tr("Unknown channel “%1”.").arg(channel));
    auto when = TicketEventLog(m_db).eventTime(*t, at, false);
    if (!when)
        return fail(when.error());
    TicketChange c;
    c.kind = kind;
    c.at = *when;
    c.channel = channel;
    c.body = text.trimmed();
    c.after = *t;
    c.timelineBody = c.body;
    if (kind == u"reply"_s)
        c.title = tr("Reply on request #%1").arg(id.value);
    else if (kind == u"contact"_s)
        c.title = tr("Contact with the client logged on request #%1").arg(id.value);
    else
        c.title = tr("Internal note on request #%1").arg(id.value);
    return appendChange(*t, c);
}

Status TicketRepository::reply(TicketId id, const QString &text, qint64 at)
{
    return message(id, u"reply"_s, QString(), text, at);
}

Status TicketRepository::logContact(TicketId id, const QString &channel, const QString &summary, qint64 at)
{
    return message(id, u"contact"_s, channelOrDefault(channel, TicketChannel::Phone), summary, at);
}

Status TicketRepository::addNote(TicketId id, const QString &text, qint64 at)
{
    return message(id, u"note"_s, QString(), text, at);
}

Status TicketRepository::formalize(TicketId id, const QString &statement, qint64 at)
{
    auto t = current(id);
    if (!t)
        return fail(t.error());
    if (statement.trimmed().isEmpty())
        return fail(tr("Write the formal statement of the task."));
    if (isFinished(t->status))
        return fail(tr("Ticket %1 is %2: its statement can no longer change.")
                        .arg(id.value)
                        .arg(TicketWorkflow::statusWord(t->status)));
    // Recording the statement starts formalization of a new request.
    const bool starts = t->status == TicketStatus::New;
    auto when = TicketEventLog(m_db).eventTime(*t, at, starts);
    if (!when)
        return fail(when.error());
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    TicketChange c;
    c.kind = u"formalized"_s;
    c.at = *when;
    c.body = statement.trimmed();
    // A changed statement needs the client's confirmation again.
    c.columns << u"formal_statement = ?"_s << u"confirmed_at = NULL"_s << u"confirmed_channel = NULL"_s;
    c.values << c.body;
    c.after = *t;
    c.after.formalStatement = c.body;
    c.after.confirmedAt = 0;
    c.after.confirmedChannel.clear();
    c.title = tr("Request #%1 formalized").arg(id.value);
    c.timelineBody = c.body;
    if (Status s = appendChange(*t, c); !s)
        return s;
    if (starts) {
        if (Status s = setStatus(id, TicketStatus::Formalizing, *when); !s)
            return s;
    }
    return tx.commit();
}

Status TicketRepository::confirm(TicketId id, const QString &channel, qint64 at)
{
    auto t = current(id);
    if (!t)
        return fail(t.error());
    if (t->formalStatement.isEmpty())
        return fail(tr("Ticket %1 has no formal statement for the client to confirm.").arg(id.value));
    const QString key = channelOrDefault(channel, t->channel);
    if (!contactChannelFromKey(key))
        return fail(tr("Unknown channel “%1”.").arg(channel));
    auto when = TicketEventLog(m_db).eventTime(*t, at, false);
    if (!when)
        return fail(when.error());
    TicketChange c;
    c.kind = u"confirmed"_s;
    c.at = *when;
    c.channel = key;
    c.columns << u"confirmed_at = ?"_s << u"confirmed_channel = ?"_s;
    c.values << *when << key;
    c.after = *t;
    c.after.confirmedAt = *when;
    c.after.confirmedChannel = key;
    c.title = tr("The client confirmed the statement of request #%1").arg(id.value);
    return appendChange(*t, c);
}

Status TicketRepository::setAgreedDeadline(TicketId id, qint64 deadline, qint64 at)
{
    auto t = current(id);
    if (!t)
        return fail(t.error());
    if (Status s = checkAgreedDeadline(deadline, t->createdAt); !s)
        return s;
    if (deadline == t->agreedDeadline)
        return {};
    // Without an instant it is logged now, after whatever the log already holds.
    auto when = TicketEventLog(m_db).eventTime(*t, at, false, at <= 0);
    if (!when)
        return fail(when.error());
    TicketChange c;
    c.kind = u"deadline"_s;
    c.at = *when;
    c.body = isoUtc(deadline);
    c.columns << u"agreed_deadline = ?"_s;
    c.values << sql::nullIfZero(deadline);
    c.after = *t;
    c.after.agreedDeadline = deadline;
    c.title = deadline > 0 ? tr("Deadline of request #%1 agreed: %2").arg(id.value).arg(c.body)
                           : tr("Deadline of request #%1 removed").arg(id.value);
    return appendChange(*t, c);
}

Status TicketRepository::setFeedback(TicketId id, Feedback feedback, const QString &reason)
{
    auto t = current(id);
    if (!t)
        return fail(t.error());
    if (Status s = TicketWorkflow::checkFeedback(*t, feedback, reason); !s)
        return s;
    auto latest = TicketEventLog(m_db).eventTime(*t, 0, false, true);
    if (!latest)
        return fail(latest.error());
    const qint64 now = *latest;
    const QString why = feedback == Feedback::NotLiked ? reason.trimmed() : QString();
    TicketChange c;
    c.kind = u"feedback"_s;
    c.at = now;
    c.body = TicketWorkflow::feedbackKey(feedback) + (why.isEmpty() ? QString() : u": "_s + why);
    c.columns << u"feedback = ?"_s << u"feedback_reason = ?"_s << u"feedback_at = ?"_s;
    c.values << TicketWorkflow::feedbackKey(feedback) << sql::nullIfEmpty(why) << now;
    c.after = *t;
    c.after.feedback = feedback;
    c.after.feedbackReason = why;
    c.title = feedback == Feedback::Liked ? tr("The client liked the result of request #%1").arg(id.value)
                                          : tr("The client did not like the result of request #%1").arg(id.value);
    c.timelineBody = why;
    return appendChange(*t, c);
}

Result<qint64> TicketRepository::addTime(const TimeEntry &input)
{
    auto t = current(input.ticketId);
    if (!t)
        return fail(t.error());
    TimeEntry e = input;
    if (e.minutes <= 0 || e.minutes > 24 * 60)
        return fail(tr("Minutes must be between 1 and %1.").arg(24 * 60));
    if (!e.day.isValid())
        e.day = Clock::nowUtc().date();
    // Logged by the named person, else the person logging it, else the assignee.
    if (!e.userId.isValid())
        e.userId = m_db.actor().id.isValid() ? m_db.actor().id : t->assigneeId;
    if (!e.userId.isValid())
        return fail(tr("Say who did the work: ticket %1 has no assignee.").arg(t->id.value));
    const auto user = UserRepository(m_db).byId(e.userId);
    if (!user)
        return fail(tr("No staff member with id %1.").arg(e.userId.value));
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto q = sql::exec(conn,
                       u"INSERT INTO time_entries (ticket_id, client_id, user_id, day, minutes, billable, note, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {t->id.value, t->clientId.value, e.userId.value, e.day.toString(Qt::ISODate), e.minutes,
                        e.billable, nonNull(e.note.trimmed()), Clock::nowSecs()});
    if (!q)
        return fail(q.error());
    const qint64 entryId = q->lastInsertId().toLongLong();
    if (Status s = AuditLog(m_db).record(u"time_entry"_s, entryId, AuditLog::Action::Create, {},
                                         {{u"ticket_id"_s, t->id.value},
                                          {u"user_id"_s, e.userId.value},
                                          {u"day"_s, e.day.toString(Qt::ISODate)},
                                          {u"minutes"_s, e.minutes},
                                          {u"billable"_s, e.billable},
                                          {u"note"_s, e.note.trimmed()}});
        !s)
        return fail(s.error());
    TimelineEntry entry;
    entry.kind = u"ticket"_s;
    entry.title = (e.billable ? tr("%1 logged %2 min on request #%3 (billable)")
                              : tr("%1 logged %2 min on request #%3 (not billable)"))
                      .arg(user->name)
                      .arg(e.minutes)
                      .arg(t->id.value);
    entry.body = e.note.trimmed();
    entry.refType = u"ticket"_s;
    entry.refId = t->id.value;
    if (Status s = Timeline(m_db).add(t->clientId, entry); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return entryId;
}

Status TicketRepository::clientSuspensionChanged(ClientId client, bool suspended, qint64 at)
{
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    // Each open ticket's last suspension event says whether it is paused now.
    auto q = sql::exec(conn,
                       u"SELECT t.id, (SELECT e.kind FROM ticket_events e WHERE e.ticket_id = t.id "
                       "AND e.kind IN ('client_suspended', 'client_restored') ORDER BY e.at DESC, e.id DESC LIMIT 1) "
                       "FROM tickets t WHERE t.client_id = ? "
                       "AND t.status IN ('new', 'formalizing', 'in_progress', 'waiting_on_client')"_s,
                       {client.value});
    if (!q)
        return fail(q.error());
    QList<TicketId> affected;
    while (q->next()) {
        const bool pausedNow = q->value(1).toString() == u"client_suspended"_s;
        if (pausedNow != suspended)
            affected << TicketId(q->value(0).toLongLong());
    }
    q->finish();
    for (TicketId id : std::as_const(affected)) {
        auto t = current(id);
        if (!t)
            return fail(t.error());
        TicketChange c;
        c.kind = suspended ? u"client_suspended"_s : u"client_restored"_s;
        c.at = std::max(at > 0 ? at : Clock::nowSecs(), t->createdAt);
        c.after = *t;
        c.title = suspended ? tr("Request #%1 waits: the client's service is suspended").arg(id.value)
                            : tr("Request #%1 resumes: the client's service is restored").arg(id.value);
        if (Status s = TicketEventLog(m_db).append(*t, c); !s)
            return s;
    }
    return tx.commit();
}

Status TicketRepository::appendChange(const Ticket &before, TicketChange change)
{
    const bool expected = m_expected.id == before.id && m_expected.version != 0;
    if (expected)
        change.expectedVersion = m_expected.version;
    Status s = TicketEventLog(m_db).append(before, change);
    // This repository's own change moves the version it expects next (a
    // statement that also starts formalization is two changes).
    if (s && expected)
        ++m_expected.version;
    return s;
}

void TicketRepository::expectVersion(const Ticket &seen)
{
    m_expected = {seen.id, seen.version};
}

bool TicketRepository::isStale(const Ticket &mine) const
{
    if (mine.version == 0 || !mine.id.isValid())
        return false;
    auto stored = current(mine.id);
    return stored && stored->version != mine.version;
}

QString TicketRepository::conflictMessage(TicketId id) const
{
    return TicketEventLog(m_db).conflictMessage(id);
}

Result<Ticket> TicketRepository::current(TicketId id) const
{
    return TicketReader(m_db).ticket(id);
}

std::optional<Ticket> TicketRepository::byId(TicketId id, qint64 asOf) const
{
    return TicketReader(m_db).withSla(id, asOf);
}

QList<TicketLogEntry> TicketRepository::events(TicketId id) const
{
    return TicketReader(m_db).events(id);
}

QList<TimeEntry> TicketRepository::timeEntries(TicketId id) const
{
    return TicketReader(m_db).timeEntries(id);
}

QList<TicketListRow> TicketRepository::list(const TicketQuery &query) const
{
    return TicketReader(m_db).list(query);
}

int TicketRepository::count(const TicketQuery &query) const
{
    return TicketReader(m_db).count(query);
}

QStringList TicketRepository::categories() const
{
    return TicketReader(m_db).categories();
}

Result<int> TicketRepository::recomputeOpen(const std::atomic_bool *cancel)
{
    return TicketSlaUpdater(m_db).updateOpen(std::nullopt, cancel);
}

Result<int> TicketRepository::recomputeOpen(ClientId client, const std::atomic_bool *cancel)
{
    return TicketSlaUpdater(m_db).updateOpen(client, cancel);
}

} // namespace rapport
