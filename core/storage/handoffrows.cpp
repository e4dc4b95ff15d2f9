#include "handoffrows.h"

#include "clientrepository.h"
#include "domain/completeness.h"
#include "sql.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport::handoffrows {

const QString &select()
{
    static const QString statement =
        u"SELECT h.id, h.client_id, c.legal_name, c.short_name, h.sales_owner_id, s.name, "
        "h.account_manager_id, m.name, h.won_at, h.completed_at, h.created_at, h.meeting_at, "
        "h.meeting_mode, h.meeting_attendees, h.client_satisfaction, h.satisfaction_note, "
        "h.override_by, o.name, h.override_reason "
        "FROM handoffs h JOIN clients c ON c.id = h.client_id "
        "LEFT JOIN users s ON s.id = h.sales_owner_id "
        "LEFT JOIN users m ON m.id = h.account_manager_id "
        "LEFT JOIN users o ON o.id = h.override_by "_s;
    return statement;
}

Handoff read(const QSqlQuery &q)
{
    Handoff h;
    h.id = HandoffId(q.value(0).toLongLong());
    h.clientId = ClientId(q.value(1).toLongLong());
    h.clientName = q.value(3).toString().isEmpty() ? q.value(2).toString() : q.value(3).toString();
    h.salesOwnerId = UserId(q.value(4).toLongLong());
    h.salesOwnerName = q.value(5).toString();
    h.accountManagerId = UserId(q.value(6).toLongLong());
    h.accountManagerName = q.value(7).toString();
    h.wonAt = q.value(8).toLongLong();
    h.completedAt = q.value(9).toLongLong();
    h.createdAt = q.value(10).toLongLong();
    h.meetingAt = q.value(11).toLongLong();
    h.meetingMode = meetingModeFromKey(q.value(12).toString());
    h.meetingAttendees = q.value(13).toString();
    h.satisfaction = q.value(14).toInt();
    h.satisfactionNote = q.value(15).toString();
    h.overrideBy = UserId(q.value(16).toLongLong());
    h.overrideByName = q.value(17).toString();
    h.overrideReason = q.value(18).toString();
    return h;
}

QVariantMap auditMap(const Handoff &h)
{
    return {{u"client_id"_s, h.clientId.value},
            {u"sales_owner_id"_s, h.salesOwnerId.value},
            {u"account_manager_id"_s, h.accountManagerId.value},
            {u"won_at"_s, h.wonAt},
            {u"completed_at"_s, h.completedAt},
            {u"meeting_at"_s, h.meetingAt},
            {u"meeting_mode"_s, h.meetingMode ? meetingModeKey(*h.meetingMode) : QString()},
            {u"meeting_attendees"_s, h.meetingAttendees},
            {u"client_satisfaction"_s, h.satisfaction},
            {u"satisfaction_note"_s, h.satisfactionNote},
            {u"override_by"_s, h.overrideBy.value},
            {u"override_reason"_s, h.overrideReason}};
}

// Questions, conditions with their acknowledgements, scores and what the
// client card lacks: everything the item rules look at.
void loadDetails(const Database &db, Handoff &h)
{
    const QSqlDatabase conn = db.connection();
    if (auto q = sql::exec(conn,
                           u"SELECT id, question, answer, answered_at, created_at FROM handoff_questions "
                           "WHERE handoff_id = ? ORDER BY id"_s,
                           {h.id.value})) {
        while (q->next())
            h.questions << HandoffQuestion {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                            q->value(3).toLongLong(), q->value(4).toLongLong()};
    }
    // A condition agreed after the handoff was completed was never part of it.
    if (auto q = sql::exec(conn,
                           u"SELECT sc.id, sc.text, sc.agreed_by, sc.agreed_on, a.acknowledged_by, u.name, "
                           "a.acknowledged_at FROM special_conditions sc "
                           "LEFT JOIN handoff_condition_acks a ON a.condition_id = sc.id AND a.handoff_id = ? "
                           "LEFT JOIN users u ON u.id = a.acknowledged_by "
                           "WHERE sc.client_id = ? AND sc.archived_at IS NULL "
                           "AND (? = 0 OR sc.created_at <= ? OR a.acknowledged_at IS NOT NULL) ORDER BY sc.id"_s,
                           {h.id.value, h.clientId.value, h.completedAt, h.completedAt})) {
        while (q->next()) {
            HandoffCondition c;
            c.conditionId = q->value(0).toLongLong();
            c.text = q->value(1).toString();
            c.agreedBy = q->value(2).toString();
            c.agreedOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
            c.acknowledgedBy = UserId(q->value(4).toLongLong());
            c.acknowledgedByName = q->value(5).toString();
            c.acknowledgedAt = q->value(6).toLongLong();
            h.conditions << c;
        }
    }
    if (auto q = sql::exec(conn,
                           u"SELECT s.item, s.score, s.comment, s.scored_by, u.name, s.scored_at FROM handoff_scores s "
                           "LEFT JOIN users u ON u.id = s.scored_by WHERE s.handoff_id = ?"_s,
                           {h.id.value})) {
        while (q->next()) {
            const auto item = handoffItemFromKey(q->value(0).toString());
            if (item)
                h.scores << HandoffScore {*item,
                                          q->value(1).toInt(),
                                          q->value(2).toString(),
                                          UserId(q->value(3).toLongLong()),
                                          q->value(4).toString(),
                                          q->value(5).toLongLong()};
        }
        std::sort(h.scores.begin(), h.scores.end(),
                  [](const HandoffScore &a, const HandoffScore &b) { return a.item < b.item; });
    }
    // The card item: the completeness score without "no invoice yet" (a
    // client is handed over before its first invoice).
    if (const auto client = ClientRepository(db).byId(h.clientId)) {
        for (const CompletenessItem &missing : assessCompleteness(*client).missing) {
            if (missing.key != u"invoice"_s)
                h.cardMissing << missing.text;
        }
    }
}

} // namespace rapport::handoffrows
