#include "dunningrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "invoicerepository.h"
#include "sql.h"
#include "timeline.h"
#include "transaction.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// The text columns are NOT NULL: an absent text is stored empty.
QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

const QString kPauseColumns = u"p.id, p.client_id, p.kind, p.until, p.reason, p.document, p.user_id, "
                              "COALESCE(u.name, ''), p.created_at, p.released_on "
                              "FROM dunning_pauses p LEFT JOIN users u ON u.id = p.user_id "_s;

DunningPauseRecord readPause(const QSqlQuery &q)
{
    DunningPauseRecord p;
    p.id = q.value(0).toLongLong();
    p.clientId = ClientId(q.value(1).toLongLong());
    p.kind = dunningPauseKindFromKey(q.value(2).toString()).value_or(DunningPauseKind::Hold);
    p.until = dateOf(q.value(3));
    p.reason = q.value(4).toString();
    p.document = q.value(5).toString();
    p.userId = UserId(q.value(6).toLongLong());
    p.userName = q.value(7).toString();
    p.createdAt = q.value(8).toLongLong();
    p.releasedOn = dateOf(q.value(9));
    return p;
}

QVariantMap auditMap(const DunningPauseRecord &p)
{
    return { { u"client_id"_s, p.clientId.value }, { u"kind"_s, dunningPauseKindKey(p.kind) },
        { u"until"_s, p.until.toString(Qt::ISODate) }, { u"reason"_s, p.reason }, { u"document"_s, p.document },
        { u"released_on"_s, p.releasedOn.toString(Qt::ISODate) } };
}

Status requireClient(const Database &db, ClientId client)
{
    auto v = sql::scalar(db.connection(), u"SELECT count(*) FROM clients WHERE id = ?"_s, { client.value });
    if (!v)
        return fail(v.error());
    if (v->toInt() == 0)
        return fail(QCoreApplication::translate("DunningRepository", "No client with id %1.").arg(client.value));
    return {};
}

Status requireTeamLead(const Database &db)
{
    if (!db.actor().isValid() || db.actor().role != Role::TeamLead)
        return fail(QCoreApplication::translate(
            "DunningRepository", "Only a team lead can hold dunning or lift a hold (record it as a team lead)."));
    return {};
}

} // namespace

bool DunningPauseRecord::isActive(QDate today) const
{
    if (releasedOn.isValid() && releasedOn <= today)
        return false;
    return !until.isValid() || until >= today;
}

DunningPause DunningPauseRecord::toRule() const
{
    DunningPause rule { kind, until, kind == DunningPauseKind::GuaranteeLetter ? document : reason };
    if (releasedOn.isValid()) {
        const QDate lastDay = releasedOn.addDays(-1);
        rule.until = until.isValid() ? std::min(until, lastDay) : lastDay;
    }
    return rule;
}

Result<DunningPauseRecord> DunningRepository::addPause(const DunningPauseRecord &input)
{
    if (Status s = requireClient(m_db, input.clientId); !s)
        return fail(s.error());
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    DunningPauseRecord p = input;
    p.userId = m_db.actor().id;
    p.userName = m_db.actor().name;
    p.createdAt = Clock::nowSecs();
    auto q = sql::exec(conn,
        u"INSERT INTO dunning_pauses (client_id, kind, until, reason, document, user_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        { p.clientId.value, dunningPauseKindKey(p.kind), dateValue(p.until), nonNull(p.reason), nonNull(p.document),
            sql::nullIfZero(p.userId.value), p.createdAt });
    if (!q)
        return fail(q.error());
    p.id = q->lastInsertId().toLongLong();
    if (Status s = AuditLog(m_db).record(u"dunning_pause"_s, p.id, AuditLog::Action::Create, {}, auditMap(p)); !s)
        return fail(s.error());
    TimelineEntry e;
    e.kind = u"invoice"_s;
    switch (p.kind) {
    case DunningPauseKind::PromiseToPay:
        e.title = QCoreApplication::translate("DunningRepository", "Promise to pay by %1 recorded")
                      .arg(p.until.toString(Qt::ISODate));
        e.body = p.reason;
        break;
    case DunningPauseKind::GuaranteeLetter:
        e.title = QCoreApplication::translate("DunningRepository", "Guarantee letter on file: %1").arg(p.document);
        break;
    case DunningPauseKind::Hold:
        e.title = QCoreApplication::translate("DunningRepository", "Dunning held by the team lead: %1").arg(p.reason);
        break;
    }
    e.refType = u"dunning_pause"_s;
    e.refId = p.id;
    if (Status s = Timeline(m_db).add(p.clientId, e); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return p;
}

Result<DunningPauseRecord> DunningRepository::promise(ClientId client, QDate until, const QString &note)
{
    if (!until.isValid())
        return fail(QCoreApplication::translate(
            "DunningRepository", "A promise to pay needs the date by which the client will pay."));
    if (until < InvoiceRepository::today())
        return fail(QCoreApplication::translate("DunningRepository", "The promised date %1 is already past.")
                        .arg(until.toString(Qt::ISODate)));
    DunningPauseRecord p;
    p.clientId = client;
    p.kind = DunningPauseKind::PromiseToPay;
    p.until = until;
    p.reason = note.trimmed();
    return addPause(p);
}

Result<DunningPauseRecord> DunningRepository::guarantee(ClientId client, const QString &document, QDate until)
{
    if (document.trimmed().isEmpty())
        return fail(QCoreApplication::translate(
            "DunningRepository", "A guarantee letter needs a link to the document (a path or URL)."));
    DunningPauseRecord p;
    p.clientId = client;
    p.kind = DunningPauseKind::GuaranteeLetter;
    p.until = until;
    p.document = document.trimmed();
    return addPause(p);
}

Result<DunningPauseRecord> DunningRepository::hold(ClientId client, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Dunning", "A hold needs a reason."));
    if (Status s = requireTeamLead(m_db); !s)
        return fail(s.error());
    DunningPauseRecord p;
    p.clientId = client;
    p.kind = DunningPauseKind::Hold;
    p.reason = reason.trimmed();
    return addPause(p);
}

Result<int> DunningRepository::release(ClientId client, QDate on)
{
    if (Status s = requireClient(m_db, client); !s)
        return fail(s.error());
    const QDate day = on.isValid() ? on : InvoiceRepository::today();
    auto all = pauses(client);
    if (!all)
        return fail(all.error());
    QList<DunningPauseRecord> active;
    for (const DunningPauseRecord &p : std::as_const(*all)) {
        if (p.isActive(day))
            active << p;
    }
    if (active.isEmpty())
        return fail(QCoreApplication::translate("DunningRepository", "Client %1 has no promise, guarantee or hold to lift.")
                        .arg(client.value));
    for (const DunningPauseRecord &p : std::as_const(active)) {
        if (p.kind == DunningPauseKind::Hold) {
            if (Status s = requireTeamLead(m_db); !s)
                return fail(s.error());
        }
    }
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    for (const DunningPauseRecord &p : std::as_const(active)) {
        if (auto q = sql::exec(conn,
                u"UPDATE dunning_pauses SET released_on = ?, released_by = ?, released_at = ? WHERE id = ?"_s,
                { day.toString(Qt::ISODate), sql::nullIfZero(m_db.actor().id.value), Clock::nowSecs(), p.id });
            !q)
            return fail(q.error());
        DunningPauseRecord after = p;
        after.releasedOn = day;
        if (Status s = AuditLog(m_db).record(u"dunning_pause"_s, p.id, AuditLog::Action::Update, auditMap(p),
                auditMap(after));
            !s)
            return fail(s.error());
    }
    TimelineEntry e;
    e.kind = u"invoice"_s;
    e.title = QCoreApplication::translate("DunningRepository", "Dunning exceptions lifted on %1: escalation resumes")
                  .arg(day.toString(Qt::ISODate));
    if (Status s = Timeline(m_db).add(client, e); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return int(active.size());
}

Result<QList<DunningPauseRecord>> DunningRepository::pauses(ClientId client, bool includeLifted) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT "_s + kPauseColumns + u"WHERE p.client_id = ? AND (p.released_on IS NULL OR ? = 1) ORDER BY p.id"_s,
        { client.value, includeLifted });
    if (!q)
        return fail(q.error());
    QList<DunningPauseRecord> result;
    while (q->next())
        result.append(readPause(*q));
    return result;
}

Result<QList<DunningStepRecord>> DunningRepository::steps(ClientId client) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT s.id, s.case_id, s.step, s.due_on, s.outstanding_minor, s.currency, s.user_id, COALESCE(u.name, ''), "
        "s.recorded_at, s.awaits_delivery, s.sent_on, s.sent_by_team "
        "FROM dunning_steps s LEFT JOIN users u ON u.id = s.user_id WHERE s.client_id = ? "
        "ORDER BY s.due_on, s.id"_s,
        { client.value });
    if (!q)
        return fail(q.error());
    QList<DunningStepRecord> result;
    while (q->next()) {
        DunningStepRecord s;
        s.id = q->value(0).toLongLong();
        s.caseId = q->value(1).toLongLong();
        s.clientId = client;
        s.step = dunningStepFromKey(q->value(2).toString()).value_or(DunningStep::Notice);
        s.dueOn = dateOf(q->value(3));
        s.outstanding = Money(q->value(4).toLongLong(), q->value(5).toString());
        s.userId = UserId(q->value(6).toLongLong());
        s.userName = q->value(7).toString();
        s.recordedAt = q->value(8).toLongLong();
        s.awaitsDelivery = q->value(9).toInt() != 0;
        s.sentOn = dateOf(q->value(10));
        s.sentByTeam = q->value(11).toInt() != 0;
        result.append(s);
    }
    return result;
}

Result<QList<DunningCaseRecord>> DunningRepository::readCases(ClientId client, bool openOnly) const
{
    auto q = sql::exec(m_db.connection(),
        u"SELECT id, due_on, state, opened_on, closed_on FROM dunning_cases WHERE client_id = ? "
        "AND (closed_on IS NULL OR ? = 0) ORDER BY id"_s,
        { client.value, openOnly });
    if (!q)
        return fail(q.error());
    QList<DunningCaseRecord> result;
    while (q->next()) {
        DunningCaseRecord c;
        c.id = q->value(0).toLongLong();
        c.clientId = client;
        c.dueOn = dateOf(q->value(1));
        c.state = dunningStateFromKey(q->value(2).toString()).value_or(DunningState::None);
        c.openedOn = dateOf(q->value(3));
        c.closedOn = dateOf(q->value(4));
        result.append(c);
    }
    q->finish();
    auto all = steps(client);
    if (!all)
        return fail(all.error());
    for (DunningCaseRecord &c : result) {
        for (const DunningStepRecord &s : std::as_const(*all)) {
            if (s.caseId == c.id)
                c.steps.append(s);
        }
    }
    return result;
}

Result<std::optional<DunningCaseRecord>> DunningRepository::openCase(ClientId client) const
{
    auto open = readCases(client, true);
    if (!open)
        return fail(open.error());
    if (open->isEmpty())
        return std::optional<DunningCaseRecord>();
    return std::optional<DunningCaseRecord>(open->constLast());
}

Result<QList<DunningCaseRecord>> DunningRepository::cases(ClientId client) const
{
    return readCases(client, false);
}

Result<qint64> DunningRepository::openNewCase(ClientId client, QDate dueOn, QDate openedOn)
{
    const qint64 now = Clock::nowSecs();
    auto q = sql::exec(m_db.connection(),
        u"INSERT INTO dunning_cases (client_id, due_on, state, opened_on, created_at, updated_at) "
        "VALUES (?, ?, 'none', ?, ?, ?)"_s,
        { client.value, dueOn.toString(Qt::ISODate), openedOn.toString(Qt::ISODate), now, now });
    if (!q)
        return fail(q.error());
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = AuditLog(m_db).record(u"dunning_case"_s, id, AuditLog::Action::Create, {},
            { { u"client_id"_s, client.value }, { u"due_on"_s, dueOn.toString(Qt::ISODate) },
                { u"opened_on"_s, openedOn.toString(Qt::ISODate) } });
        !s)
        return fail(s.error());
    return id;
}

Result<DunningStepRecord> DunningRepository::recordStep(
    qint64 caseId, ClientId client, const DunningStepDue &step, const Money &outstanding, bool awaitsDelivery)
{
    const QSqlDatabase conn = m_db.connection();
    DunningStepRecord r;
    r.caseId = caseId;
    r.clientId = client;
    r.step = step.step;
    r.dueOn = step.dueOn;
    r.outstanding = outstanding;
    r.userId = m_db.actor().id;
    r.userName = m_db.actor().name;
    r.recordedAt = Clock::nowSecs();
    r.awaitsDelivery = awaitsDelivery;
    auto q = sql::exec(conn,
        u"INSERT INTO dunning_steps (case_id, client_id, step, due_on, outstanding_minor, currency, user_id, "
        "recorded_at, awaits_delivery) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { caseId, client.value, dunningStepKey(step.step), step.dueOn.toString(Qt::ISODate), outstanding.minorUnits(),
            outstanding.currency(), sql::nullIfZero(r.userId.value), r.recordedAt, awaitsDelivery ? 1 : 0 });
    if (!q)
        return fail(q.error());
    r.id = q->lastInsertId().toLongLong();
    const bool restore = step.step == DunningStep::Restore;
    if (auto u = sql::exec(conn, u"UPDATE dunning_cases SET state = ?, closed_on = ?, updated_at = ? WHERE id = ?"_s,
            { dunningStateKey(step.stateAfter), restore ? dateValue(step.dueOn) : QVariant(), r.recordedAt, caseId });
        !u)
        return fail(u.error());
    if (Status s = AuditLog(m_db).record(u"dunning_step"_s, r.id, AuditLog::Action::Create, {},
            { { u"case_id"_s, caseId }, { u"client_id"_s, client.value }, { u"step"_s, dunningStepKey(step.step) },
                { u"due_on"_s, step.dueOn.toString(Qt::ISODate) },
                { u"outstanding_minor"_s, outstanding.minorUnits() },
                { u"awaits_delivery"_s, awaitsDelivery } });
        !s)
        return fail(s.error());
    return r;
}

Result<bool> DunningRepository::sentByRule(DunningStep step) const
{
    if (step != DunningStep::Notice && step != DunningStep::Claim)
        return false;
    auto n = sql::scalar(m_db.connection(),
        u"SELECT count(*) FROM automation_rules WHERE trigger_kind = ? AND enabled <> 0 AND action = 'message' "
        "AND recipient = ''"_s,
        { QString(u"dunning_"_s + dunningStepKey(step)) });
    if (!n)
        return fail(n.error());
    return n->toLongLong() > 0;
}

Status DunningRepository::markStepSent(qint64 stepId, QDate on)
{
    auto q = sql::exec(m_db.connection(),
        u"UPDATE dunning_steps SET sent_on = ? WHERE id = ? AND awaits_delivery <> 0 AND sent_on IS NULL"_s,
        { on.toString(Qt::ISODate), stepId });
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return {};
    return AuditLog(m_db).record(u"dunning_step"_s, stepId, AuditLog::Action::Update, { { u"sent_on"_s, QVariant() } },
        { { u"sent_on"_s, on.toString(Qt::ISODate) } });
}

Result<DunningStepRecord> DunningRepository::markSentByHand(ClientId client, QDate on, const QString &how)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("DunningRepository", text); };
    if (Status s = requireClient(m_db, client); !s)
        return fail(s.error());
    const QString note = how.trimmed();
    if (note.isEmpty())
        return fail(tr("Say how the document was handed over (by courier, in person, by registered mail…)."));
    if (note.size() > 500)
        return fail(tr("The note on the delivery is at most 500 characters long."));
    for (const QChar c : note) {
        if (c.category() == QChar::Other_Control && c != u'\n')
            return fail(tr("The note on the delivery may not hold control characters."));
    }
    const QDate today = InvoiceRepository::today();
    const QDate day = on.isValid() ? on : today;
    if (day > today)
        return fail(tr("The delivery date %1 is in the future.").arg(day.toString(Qt::ISODate)));
    auto all = steps(client);
    if (!all)
        return fail(all.error());
    std::optional<DunningStepRecord> waiting;
    for (const DunningStepRecord &s : std::as_const(*all)) {
        if (s.waitsForDelivery())
            waiting = s;
    }
    if (!waiting)
        return fail(tr("No debt notice or formal claim of this client is waiting to be sent."));
    if (day < waiting->dueOn)
        return fail(tr("The delivery date %1 is before the step was decided on %2.")
                        .arg(day.toString(Qt::ISODate), waiting->dueOn.toString(Qt::ISODate)));

    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto sending = sql::scalar(conn,
        u"SELECT count(*) FROM outbox_messages WHERE ref_type = 'dunning_step' AND ref_id = ? AND state = 'sending'"_s,
        { waiting->id });
    if (!sending)
        return fail(sending.error());
    if (sending->toLongLong() > 0)
        return fail(tr("Its message is being sent right now; wait for the outbox to finish."));
    auto cancelled = sql::exec(conn,
        u"UPDATE outbox_messages SET state = 'cancelled', next_attempt_at = NULL WHERE ref_type = 'dunning_step' "
        "AND ref_id = ? AND state IN ('queued', 'approved', 'failed')"_s,
        { waiting->id });
    if (!cancelled)
        return fail(cancelled.error());
    auto q = sql::exec(conn,
        u"UPDATE dunning_steps SET sent_on = ?, sent_by_team = 1 WHERE id = ? AND awaits_delivery <> 0 "
        "AND sent_on IS NULL"_s,
        { day.toString(Qt::ISODate), waiting->id });
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(tr("The step was sent meanwhile; nothing changed."));
    if (Status s = AuditLog(m_db).record(u"dunning_step"_s, waiting->id, AuditLog::Action::Update,
            { { u"sent_on"_s, QVariant() } },
            { { u"sent_on"_s, day.toString(Qt::ISODate) }, { u"delivery"_s, u"team"_s }, { u"note"_s, note },
                { u"messages_cancelled"_s, cancelled->numRowsAffected() } });
        !s)
        return fail(s.error());
    TimelineEntry e;
    e.at = Clock::nowSecs();
    e.kind = u"invoice"_s;
    e.title = waiting->step == DunningStep::Claim
        ? tr("Formal claim handed over by the team on %1").arg(day.toString(Qt::ISODate))
        : tr("Debt notice handed over by the team on %1").arg(day.toString(Qt::ISODate));
    e.body = note;
    e.refType = u"dunning_step"_s;
    e.refId = waiting->id;
    if (Status s = Timeline(m_db).add(client, e); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    waiting->sentOn = day;
    waiting->sentByTeam = true;
    return *waiting;
}

} // namespace rapport
