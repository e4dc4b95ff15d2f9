#include "handoffrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "handoffrows.h"
#include "sql.h"
#include "timeline.h"
#include "transaction.h"
#include "userrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// QSQLITE binds a null QString as NULL: text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

std::optional<Handoff> HandoffRepository::byId(HandoffId id) const
{
    auto q = sql::exec(m_db.connection(), handoffrows::select() + u"WHERE h.id = ?"_s, {id.value});
    if (!q || !q->next())
        return std::nullopt;
    Handoff h = handoffrows::read(*q);
    q->finish();
    handoffrows::loadDetails(m_db, h);
    return h;
}

QList<Handoff> HandoffRepository::forClient(ClientId client) const
{
    QList<Handoff> result;
    auto q =
        sql::exec(m_db.connection(),
                  handoffrows::select() + u"WHERE h.client_id = ? ORDER BY h.won_at DESC, h.id DESC"_s, {client.value});
    if (!q)
        return result;
    while (q->next())
        result << handoffrows::read(*q);
    for (Handoff &h : result)
        handoffrows::loadDetails(m_db, h);
    return result;
}

std::optional<Handoff> HandoffRepository::openForClient(ClientId client) const
{
    for (const Handoff &h : forClient(client)) {
        if (!h.isCompleted())
            return h;
    }
    return std::nullopt;
}

QList<ClientId> HandoffRepository::clientsWithoutHandoff(std::optional<ClientStatus> status, int limit) const
{
    QList<ClientId> ids;
    auto q = sql::exec(
        m_db.connection(),
        u"SELECT c.id FROM clients c WHERE c.archived_at IS NULL AND (? = '' OR c.status = ?) "
        "AND NOT EXISTS (SELECT 1 FROM handoffs h WHERE h.client_id = c.id) ORDER BY c.id DESC LIMIT ?"_s,
        {status ? clientStatusKey(*status) : u""_s, status ? clientStatusKey(*status) : u""_s, std::max(0, limit)});
    if (!q)
        return ids;
    while (q->next())
        ids << ClientId(q->value(0).toLongLong());
    return ids;
}

QList<HandoffListRow> HandoffRepository::openList(const HandoffQuery &query) const
{
    QString statement = handoffrows::select()
                        + u"WHERE (? = 1 OR h.completed_at IS NULL) AND (? = 0 OR h.sales_owner_id = ?) "
                          "AND (? = 0 OR h.account_manager_id = ?) "_s;
    QVariantList values {query.includeCompleted, query.salesOwner.value, query.salesOwner.value,
                         query.accountManager.value, query.accountManager.value};
    if (query.afterId > 0) {
        statement += u"AND (h.won_at > ? OR (h.won_at = ? AND h.id > ?)) "_s;
        values << query.afterWonAt << query.afterWonAt << query.afterId;
    }
    statement += u"ORDER BY h.won_at, h.id LIMIT ?"_s;
    values << std::max(0, query.limit);
    QList<Handoff> page;
    if (auto q = sql::exec(m_db.connection(), statement, values)) {
        while (q->next())
            page << handoffrows::read(*q);
    }
    // Few handoffs are open at a time and a page is small: the rules run on
    // each whole handoff, so the list shows the same progress as the dialog.
    QList<HandoffListRow> rows;
    for (Handoff &h : page) {
        handoffrows::loadDetails(m_db, h);
        rows << HandoffListRow {h.id,
                                h.clientId,
                                h.clientName,
                                h.salesOwnerId,
                                h.salesOwnerName,
                                h.accountManagerId,
                                h.accountManagerName,
                                h.wonAt,
                                h.completedAt,
                                handoffProgress(h),
                                handoffQuality(h.scores).percent};
    }
    return rows;
}

Result<Handoff> HandoffRepository::openHandoff(HandoffId id) const
{
    auto h = byId(id);
    if (!h)
        return fail(QCoreApplication::translate("HandoffRepository", "No handoff with id %1.").arg(id.value));
    if (Status s = checkHandoffOpen(*h); !s)
        return fail(s.error());
    return *h;
}

Status HandoffRepository::log(const Handoff &handoff, const QString &title, const QString &body) const
{
    TimelineEntry e;
    e.kind = u"handoff"_s;
    e.title = Timeline::titleFrom(title);
    e.body = body;
    e.refType = u"handoff"_s;
    e.refId = handoff.id.value;
    return Timeline(m_db).add(handoff.clientId, e);
}

Result<Handoff> HandoffRepository::create(ClientId client, UserId salesOwner, UserId accountManager, qint64 wonAt)
{
    const QSqlDatabase conn = m_db.connection();
    auto card = sql::exec(
        conn,
        u"SELECT sales_owner_id, account_manager_id, archived_at, legal_name, short_name FROM clients WHERE id = ?"_s,
        {client.value});
    if (!card)
        return fail(card.error());
    if (!card->next())
        return fail(QCoreApplication::translate("HandoffRepository", "No client with id %1.").arg(client.value));
    if (!salesOwner.isValid())
        salesOwner = UserId(card->value(0).toLongLong());
    if (!accountManager.isValid())
        accountManager = UserId(card->value(1).toLongLong());
    const bool archived = !card->value(2).isNull();
    const QString name = card->value(4).toString().isEmpty() ? card->value(3).toString() : card->value(4).toString();
    card->finish();
    if (archived)
        return fail(QCoreApplication::translate("HandoffRepository", "Client %1 is archived.").arg(client.value));
    UserRepository users(m_db);
    const auto sales = users.byId(salesOwner);
    if (!sales || !sales->active)
        return fail(QCoreApplication::translate("HandoffRepository", "Choose the salesperson who won the deal."));
    const auto manager = users.byId(accountManager);
    if (!manager || !manager->active)
        return fail(
            QCoreApplication::translate("HandoffRepository", "Choose the account manager who receives the client."));
    const qint64 now = Clock::nowSecs();
    if (wonAt <= 0)
        wonAt = now;
    if (wonAt > now)
        return fail(QCoreApplication::translate("HandoffRepository", "A deal cannot be won in the future."));

    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    // One open handoff per client: two would split the account manager's
    // acknowledgements and quality control's scores.
    auto open = sql::scalar(conn, u"SELECT min(id) FROM handoffs WHERE client_id = ? AND completed_at IS NULL"_s,
                            {client.value});
    if (!open)
        return fail(open.error());
    if (!open->isNull())
        return fail(QCoreApplication::translate("HandoffRepository", "%1 already has an open handoff (%2).")
                        .arg(name)
                        .arg(open->toLongLong()));
    auto q = sql::exec(conn,
                       u"INSERT INTO handoffs (client_id, sales_owner_id, account_manager_id, won_at, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"_s,
                       {client.value, salesOwner.value, accountManager.value, wonAt, now});
    if (!q)
        return fail(q.error());
    const HandoffId id(q->lastInsertId().toLongLong());
    const auto created = byId(id);
    if (!created)
        return fail(QCoreApplication::translate("HandoffRepository", "No handoff with id %1.").arg(id.value));
    if (Status s = AuditLog(m_db).record(u"handoff"_s, id.value, AuditLog::Action::Create, {},
                                         handoffrows::auditMap(*created));
        !s)
        return fail(s.error());
    if (Status s =
            log(*created, QCoreApplication::translate("HandoffRepository", "Handoff to account management started"),
                QCoreApplication::translate("HandoffRepository", "Salesperson: %1. Account manager: %2.")
                    .arg(sales->name, manager->name));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return *created;
}

Status HandoffRepository::setMeeting(HandoffId id, qint64 at, MeetingMode mode, const QString &attendees)
{
    if (Status s = validateMeeting(at, mode, attendees); !s)
        return s;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    auto old = openHandoff(id);
    if (!old)
        return fail(old.error());
    Handoff h = *old;
    h.meetingAt = at;
    h.meetingMode = mode;
    h.meetingAttendees = attendees.trimmed();
    auto q = sql::exec(m_db.connection(),
                       u"UPDATE handoffs SET meeting_at = ?, meeting_mode = ?, meeting_attendees = ? WHERE id = ?"_s,
                       {at, meetingModeKey(mode), h.meetingAttendees, id.value});
    if (!q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"handoff"_s, id.value, AuditLog::Action::Update, handoffrows::auditMap(*old),
                                         handoffrows::auditMap(h));
        !s)
        return s;
    if (Status s = log(
            h, QCoreApplication::translate("HandoffRepository", "Intro meeting held (%1)").arg(meetingModeTitle(mode)),
            QCoreApplication::translate("HandoffRepository", "Attendees: %1").arg(h.meetingAttendees));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> HandoffRepository::addQuestion(HandoffId id, const QString &question)
{
    const QString text = question.trimmed();
    if (text.isEmpty())
        return fail(QCoreApplication::translate("HandoffRepository", "The question is empty."));
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    auto h = openHandoff(id);
    if (!h)
        return fail(h.error());
    auto q = sql::exec(m_db.connection(),
                       u"INSERT INTO handoff_questions (handoff_id, question, created_at) VALUES (?, ?, ?)"_s,
                       {id.value, text, Clock::nowSecs()});
    if (!q)
        return fail(q.error());
    const qint64 questionId = q->lastInsertId().toLongLong();
    if (Status s = AuditLog(m_db).record(u"handoff_question"_s, questionId, AuditLog::Action::Create, {},
                                         {{u"handoff_id"_s, id.value}, {u"question"_s, text}});
        !s)
        return fail(s.error());
    if (Status s = log(*h, QCoreApplication::translate("HandoffRepository", "Question to sales: %1").arg(text), text);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return questionId;
}

Status HandoffRepository::answerQuestion(HandoffId id, qint64 questionId, const QString &answer)
{
    const QString text = answer.trimmed();
    if (text.isEmpty())
        return fail(QCoreApplication::translate("HandoffRepository", "The answer is empty."));
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    auto h = openHandoff(id);
    if (!h)
        return fail(h.error());
    const auto it = std::find_if(h->questions.cbegin(), h->questions.cend(),
                                 [questionId](const HandoffQuestion &q) { return q.id == questionId; });
    if (it == h->questions.cend())
        return fail(QCoreApplication::translate("HandoffRepository", "Handoff %1 has no question %2.")
                        .arg(id.value)
                        .arg(questionId));
    auto q = sql::exec(m_db.connection(), u"UPDATE handoff_questions SET answer = ?, answered_at = ? WHERE id = ?"_s,
                       {text, Clock::nowSecs(), questionId});
    if (!q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"handoff_question"_s, questionId, AuditLog::Action::Update,
                                         {{u"answer"_s, it->answer}}, {{u"answer"_s, text}});
        !s)
        return s;
    if (Status s =
            log(*h, QCoreApplication::translate("HandoffRepository", "Sales answered: %1").arg(it->question), text);
        !s)
        return s;
    return tx.commit();
}

Status HandoffRepository::acknowledgeCondition(HandoffId id, qint64 conditionId)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    auto h = openHandoff(id);
    if (!h)
        return fail(h.error());
    if (Status s = canAcknowledgeCondition(*h, m_db.actor()); !s)
        return s;
    const auto it = std::find_if(h->conditions.cbegin(), h->conditions.cend(),
                                 [conditionId](const HandoffCondition &c) { return c.conditionId == conditionId; });
    if (it == h->conditions.cend())
        return fail(
            QCoreApplication::translate("HandoffRepository", "The client of handoff %1 has no special condition %2.")
                .arg(id.value)
                .arg(conditionId));
    if (it->isAcknowledged())
        return fail(
            QCoreApplication::translate("HandoffRepository", "Special condition %1 is already acknowledged by %2.")
                .arg(conditionId)
                .arg(it->acknowledgedByName));
    const qint64 now = Clock::nowSecs();
    auto q =
        sql::exec(m_db.connection(),
                  u"INSERT INTO handoff_condition_acks (handoff_id, condition_id, acknowledged_by, acknowledged_at) "
                  "VALUES (?, ?, ?, ?)"_s,
                  {id.value, conditionId, m_db.actor().id.value, now});
    if (!q)
        return fail(q.error());
    if (Status s =
            AuditLog(m_db).record(u"handoff_condition_ack"_s, id.value, AuditLog::Action::Create, {},
                                  {{u"condition_id"_s, conditionId}, {u"acknowledged_by"_s, m_db.actor().id.value}});
        !s)
        return s;
    if (Status s = log(
            *h, QCoreApplication::translate("HandoffRepository", "Special condition acknowledged: %1").arg(it->text),
            QCoreApplication::translate("HandoffRepository", "Acknowledged by %1.").arg(m_db.actor().name));
        !s)
        return s;
    return tx.commit();
}

Status HandoffRepository::setSatisfaction(HandoffId id, int satisfaction, const QString &note)
{
    if (Status s = validateSatisfaction(satisfaction); !s)
        return s;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    auto old = openHandoff(id);
    if (!old)
        return fail(old.error());
    Handoff h = *old;
    h.satisfaction = satisfaction;
    h.satisfactionNote = note.trimmed();
    auto q = sql::exec(m_db.connection(),
                       u"UPDATE handoffs SET client_satisfaction = ?, satisfaction_note = ? WHERE id = ?"_s,
                       {satisfaction, text(h.satisfactionNote), id.value});
    if (!q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"handoff"_s, id.value, AuditLog::Action::Update, handoffrows::auditMap(*old),
                                         handoffrows::auditMap(h));
        !s)
        return s;
    if (Status s =
            log(h,
                QCoreApplication::translate("HandoffRepository", "Client satisfaction after the handoff: %1 of 5")
                    .arg(satisfaction),
                h.satisfactionNote);
        !s)
        return s;
    return tx.commit();
}

Status HandoffRepository::score(HandoffId id, HandoffItem item, int score, const QString &comment)
{
    if (Status s = canScoreHandoff(m_db.actor()); !s)
        return s;
    if (Status s = validateHandoffScore(score); !s)
        return s;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    // Quality control may score after completion: the evaluation is of how
    // the handoff went, not a step of it.
    const auto h = byId(id);
    if (!h)
        return fail(QCoreApplication::translate("HandoffRepository", "No handoff with id %1.").arg(id.value));
    const auto old = h->scoreFor(item);
    auto q = sql::exec(
        m_db.connection(),
        u"INSERT INTO handoff_scores (handoff_id, item, score, comment, scored_by, scored_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (handoff_id, item) DO UPDATE SET "
        "score = excluded.score, comment = excluded.comment, scored_by = excluded.scored_by, "
        "scored_at = excluded.scored_at"_s,
        {id.value, handoffItemKey(item), score, text(comment.trimmed()), m_db.actor().id.value, Clock::nowSecs()});
    if (!q)
        return fail(q.error());
    const QVariantMap after {{u"item"_s, handoffItemKey(item)}, {u"score"_s, score}, {u"comment"_s, comment.trimmed()}};
    const QVariantMap before =
        old ? QVariantMap {{u"item"_s, handoffItemKey(item)}, {u"score"_s, old->score}, {u"comment"_s, old->comment}}
            : QVariantMap {};
    if (Status s = AuditLog(m_db).record(u"handoff_score"_s, id.value,
                                         old ? AuditLog::Action::Update : AuditLog::Action::Create, before, after);
        !s)
        return s;
    if (Status s = log(*h,
                       QCoreApplication::translate("HandoffRepository", "Quality control scored \"%1\": %2 of 2")
                           .arg(handoffItemTitle(item))
                           .arg(score),
                       comment.trimmed());
        !s)
        return s;
    return tx.commit();
}

Status HandoffRepository::complete(HandoffId id, const QString &overrideReason)
{
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const auto h = byId(id);
    if (!h)
        return fail(QCoreApplication::translate("HandoffRepository", "No handoff with id %1.").arg(id.value));
    const User &actor = m_db.actor();
    if (Status s = canComplete(*h, actor, overrideReason); !s)
        return s;
    Handoff done = *h;
    done.completedAt = std::max(Clock::nowSecs(), h->wonAt);
    const QList<HandoffItem> missing = missingHandoffItems(*h);
    if (!missing.isEmpty()) {
        done.overrideBy = actor.id;
        done.overrideReason = overrideReason.trimmed();
    }
    auto q = sql::exec(
        conn, u"UPDATE handoffs SET completed_at = ?, override_by = ?, override_reason = ? WHERE id = ?"_s,
        {done.completedAt, sql::nullIfZero(done.overrideBy.value), sql::nullIfEmpty(done.overrideReason), id.value});
    if (!q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"handoff"_s, id.value, AuditLog::Action::Update, handoffrows::auditMap(*h),
                                         handoffrows::auditMap(done));
        !s)
        return s;
    const qint64 days = (done.completedAt - done.wonAt) / 86400;
    if (missing.isEmpty()) {
        if (Status s = log(done, QCoreApplication::translate("HandoffRepository", "Handoff completed"),
                           QCoreApplication::translate("HandoffRepository", "Won to complete: %1 days.").arg(days));
            !s)
            return s;
    } else {
        QStringList names;
        for (HandoffItem item : missing)
            names << handoffItemTitle(item);
        if (Status s = log(
                done, QCoreApplication::translate("HandoffRepository", "Handoff completed by a team lead's override"),
                QCoreApplication::translate("HandoffRepository", "Missing: %1. Reason: %2")
                    .arg(names.join(u", "_s), done.overrideReason));
            !s)
            return s;
    }
    // The client is handed over: account management now serves it.
    auto status = sql::scalar(conn, u"SELECT status FROM clients WHERE id = ?"_s, {h->clientId.value});
    if (!status)
        return fail(status.error());
    if (status->toString() == clientStatusKey(ClientStatus::Onboarding)) {
        const QString active = clientStatusKey(ClientStatus::Active);
        if (auto u = sql::exec(conn, u"UPDATE clients SET status = ?, updated_at = ? WHERE id = ?"_s,
                               {active, Clock::nowSecs(), h->clientId.value});
            !u)
            return fail(u.error());
        if (Status s = AuditLog(m_db).record(u"client"_s, h->clientId.value, AuditLog::Action::Update,
                                             {{u"status"_s, status->toString()}}, {{u"status"_s, active}});
            !s)
            return s;
        TimelineEntry e;
        e.kind = u"status_change"_s;
        e.title = QCoreApplication::translate("HandoffRepository", "Client is active: the handoff is complete");
        e.refType = u"handoff"_s;
        e.refId = id.value;
        if (Status s = Timeline(m_db).add(h->clientId, e); !s)
            return s;
    }
    return tx.commit();
}

} // namespace rapport
