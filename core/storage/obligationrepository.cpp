#include "obligationrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "planning/servicestandard.h"
#include "regulationcalendar.h"
#include "regulationsettings.h"
#include "reviewrepository.h"
#include "slapolicyrepository.h"
#include "sql.h"
#include "taskrepository.h"
#include "transaction.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QString kRuleColumns = u"r.id, r.client_id, r.kind, r.title, r.period, r.offset_type, r.day, r.due_month, "
                             "r.owner_id, r.starts_on, r.preset, r.archived_at"_s;

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

ObligationRule readRule(const QSqlQuery &q)
{
    ObligationRule r;
    r.id = ObligationRuleId(q.value(0).toLongLong());
    r.clientId = ClientId(q.value(1).toLongLong());
    r.kind = obligationKindFromKey(q.value(2).toString()).value_or(ObligationKind::Custom);
    r.title = q.value(3).toString();
    r.period = obligationPeriodFromKey(q.value(4).toString()).value_or(ObligationPeriod::Monthly);
    r.offset = dayOffsetFromKey(q.value(5).toString()).value_or(DayOffset::BusinessDay);
    r.day = q.value(6).toInt();
    r.dueMonth = q.value(7).toInt();
    r.ownerId = UserId(q.value(8).toLongLong());
    r.startsOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    r.preset = q.value(10).toString();
    r.archived = !q.value(11).isNull();
    return r;
}

QVariantMap toMap(const ObligationRule &r)
{
    return { { u"client_id"_s, r.clientId.value }, { u"kind"_s, obligationKindKey(r.kind) }, { u"title"_s, r.title },
        { u"period"_s, obligationPeriodKey(r.period) }, { u"offset_type"_s, dayOffsetKey(r.offset) },
        { u"day"_s, r.day }, { u"due_month"_s, r.dueMonth }, { u"owner_id"_s, r.ownerId.value },
        { u"starts_on"_s, iso(r.startsOn) }, { u"preset"_s, r.preset }, { u"archived"_s, r.archived } };
}

Status checkOwner(const Database &db, UserId owner)
{
    if (!owner.isValid())
        return {};
    const auto user = UserRepository(db).byId(owner);
    if (!user || !user->active)
        return fail(
            QCoreApplication::translate("ObligationRepository", "No active staff member with id %1.").arg(owner.value));
    return {};
}

} // namespace

QString regulationSkipKey(RegulationSkip skip)
{
    switch (skip) {
    case RegulationSkip::Off: return u"off"_s;
    case RegulationSkip::NoTariff: return u"no_tariff"_s;
    case RegulationSkip::AlreadySet: return u"already_set"_s;
    }
    return {};
}

Result<ObligationRule> ObligationRepository::add(const ObligationRule &input)
{
    ObligationRule rule = input;
    rule.title = rule.title.trimmed();
    if (Status s = ObligationRule::validate(rule); !s)
        return fail(s.error());
    if (Status s = checkOwner(m_db, rule.ownerId); !s)
        return fail(s.error());
    const QSqlDatabase conn = m_db.connection();
    auto exists = sql::scalar(conn, u"SELECT count(*) FROM clients WHERE id = ?"_s, { rule.clientId.value });
    if (!exists)
        return fail(exists.error());
    if (exists->toInt() == 0)
        return fail(
            QCoreApplication::translate("ObligationRepository", "No client with id %1.").arg(rule.clientId.value));
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = Clock::nowSecs();
    auto q = sql::exec(conn,
        u"INSERT INTO obligation_rules (client_id, kind, title, period, offset_type, day, due_month, "
        "owner_id, starts_on, preset, created_at, updated_at) VALUES (?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { rule.clientId.value, obligationKindKey(rule.kind), rule.title, obligationPeriodKey(rule.period),
            dayOffsetKey(rule.offset), rule.day, rule.dueMonth, sql::nullIfZero(rule.ownerId.value), iso(rule.startsOn),
            sql::nullIfEmpty(rule.preset), now, now });
    if (!q)
        return fail(q.error());
    rule.id = ObligationRuleId(q->lastInsertId().toLongLong());
    rule.archived = false;
    if (Status s
        = AuditLog(m_db).record(u"obligation_rule"_s, rule.id.value, AuditLog::Action::Create, {}, toMap(rule));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return rule;
}

Status ObligationRepository::update(const ObligationRule &input)
{
    const auto old = byId(input.id);
    if (!old)
        return fail(
            QCoreApplication::translate("ObligationRepository", "No obligation with id %1.").arg(input.id.value));
    ObligationRule rule = *old;
    rule.title = input.title.trimmed();
    rule.offset = input.offset;
    rule.day = input.day;
    rule.dueMonth = input.dueMonth;
    rule.ownerId = input.ownerId;
    if (Status s = ObligationRule::validate(rule); !s)
        return s;
    if (Status s = checkOwner(m_db, rule.ownerId); !s)
        return s;
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn,
            u"UPDATE obligation_rules SET title = coalesce(?, ''), offset_type = ?, day = ?, due_month = ?, owner_id = "
            u"?, "
            "updated_at = ? WHERE id = ?"_s,
            { rule.title, dayOffsetKey(rule.offset), rule.day, rule.dueMonth, sql::nullIfZero(rule.ownerId.value),
                Clock::nowSecs(), rule.id.value });
        !q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(
            u"obligation_rule"_s, rule.id.value, AuditLog::Action::Update, toMap(*old), toMap(rule));
        !s)
        return s;
    return tx.commit();
}

Status ObligationRepository::archive(ObligationRuleId id)
{
    const auto old = byId(id);
    if (!old)
        return fail(QCoreApplication::translate("ObligationRepository", "No obligation with id %1.").arg(id.value));
    if (old->archived)
        return {};
    ObligationRule rule = *old;
    rule.archived = true;
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = Clock::nowSecs();
    if (auto q = sql::exec(conn, u"UPDATE obligation_rules SET archived_at = ?, updated_at = ? WHERE id = ?"_s,
            { now, now, id.value });
        !q)
        return fail(q.error());
    if (Status s
        = AuditLog(m_db).record(u"obligation_rule"_s, id.value, AuditLog::Action::Archive, toMap(*old), toMap(rule));
        !s)
        return s;
    return tx.commit();
}

std::optional<ObligationRule> ObligationRepository::byId(ObligationRuleId id) const
{
    auto q = sql::exec(
        m_db.connection(), u"SELECT "_s + kRuleColumns + u" FROM obligation_rules r WHERE r.id = ?"_s, { id.value });
    if (q && q->next())
        return readRule(*q);
    return std::nullopt;
}

QList<ObligationRuleRow> ObligationRepository::list(ClientId client, bool includeArchived, QDate asOf) const
{
    QList<ObligationRuleRow> rows;
    const QString today = iso(asOf.isValid() ? asOf : RegulationCalendar::today());
    auto q = sql::exec(m_db.connection(),
        u"SELECT "_s + kRuleColumns
            + u", c.legal_name, coalesce(o.name, m.name), coalesce(o.email, m.email), "
              "(SELECT count(*) FROM tasks t WHERE t.obligation_rule_id = r.id AND t.status = 'open'), "
              "(SELECT count(*) FROM tasks t WHERE t.obligation_rule_id = r.id AND t.status = 'open' "
              "AND t.due_on < ?), "
              "(SELECT min(t.due_on) FROM tasks t WHERE t.obligation_rule_id = r.id AND t.status = 'open') "
              "FROM obligation_rules r JOIN clients c ON c.id = r.client_id "
              "LEFT JOIN users o ON o.id = r.owner_id LEFT JOIN users m ON m.id = c.account_manager_id "
              "WHERE (? = 0 OR r.client_id = ?) AND (? = 1 OR r.archived_at IS NULL) "
              "ORDER BY c.legal_name, r.client_id, r.id"_s,
        { today, client.value, client.value, includeArchived });
    if (!q)
        return rows;
    while (q->next()) {
        ObligationRuleRow row;
        row.rule = readRule(*q);
        row.clientName = q->value(12).toString();
        row.ownerName = q->value(13).toString();
        row.ownerEmail = q->value(14).toString();
        row.openTasks = q->value(15).toInt();
        row.overdueTasks = q->value(16).toInt();
        row.nextDue = QDate::fromString(q->value(17).toString(), Qt::ISODate);
        rows.append(row);
    }
    return rows;
}

Result<ObligationRun> ObligationRepository::run(QDate asOf, const std::atomic_bool *cancel)
{
    return runFor({}, asOf, cancel);
}

Result<ObligationRun> ObligationRepository::runFor(const QSet<qint64> &only, QDate asOf, const std::atomic_bool *cancel)
{
    const QDate day = asOf.isValid() ? asOf : RegulationCalendar::today();
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    struct Item
    {
        ObligationRule rule;
        QString clientName;
        UserId manager;
    };
    QList<Item> items;
    {
        auto q = sql::exec(conn,
            u"SELECT "_s + kRuleColumns
                + u", c.legal_name, c.account_manager_id FROM obligation_rules r "
                  "JOIN clients c ON c.id = r.client_id WHERE r.archived_at IS NULL "
                  "AND c.archived_at IS NULL AND c.status <> 'churned' ORDER BY r.client_id, r.id"_s);
        if (!q)
            return fail(q.error());
        while (q->next()) {
            const ObligationRule rule = readRule(*q);
            if (only.isEmpty() || only.contains(rule.clientId.value))
                items.append({ rule, q->value(12).toString(), UserId(q->value(13).toLongLong()) });
        }
    }
    ObligationRun result;
    RegulationCalendar calendars(m_db);
    TaskRepository tasks(m_db);
    QSqlQuery existing(conn);
    existing.setForwardOnly(true);
    if (!existing.prepare(u"SELECT period_key FROM tasks WHERE obligation_rule_id = ? AND period_key >= ?"_s))
        return fail(existing.lastError().text());
    for (const Item &item : std::as_const(items)) {
        if (cancel && cancel->load())
            return fail(QCoreApplication::translate("ObligationRepository", "Cancelled; no task was created."));
        ++result.rules;
        const QList<ObligationPeriodRef> periods = item.rule.periodsThrough(day);
        if (periods.isEmpty())
            continue;
        if (Status s = sql::exec(existing, { item.rule.id.value, periods.first().key }); !s)
            return fail(s.error());
        QSet<QString> done;
        while (existing.next())
            done.insert(existing.value(0).toString());
        existing.finish();
        const UserId owner = item.rule.ownerId.isValid() ? item.rule.ownerId : item.manager;
        for (const ObligationPeriodRef &period : periods) {
            if (done.contains(period.key))
                continue;
            if (!owner.isValid()) {
                result.problems << QCoreApplication::translate("ObligationRepository",
                    "%1: \"%2\" has no owner and the client no account "
                    "manager; no task for %3.")
                                       .arg(item.clientName, item.rule.displayTitle(), period.key);
                break;
            }
            const QDate due = item.rule.dueDate(period, calendars.forClient(item.rule.clientId));
            if (!due.isValid()) {
                result.problems << QCoreApplication::translate("ObligationRepository",
                    "%1: \"%2\" has no working day to fall on in calendar "
                    "%3.")
                                       .arg(item.clientName, item.rule.displayTitle(),
                                           calendars.nameFor(item.rule.clientId));
                break;
            }
            Task task;
            task.title = QCoreApplication::translate("ObligationRepository", "%1 for %2")
                             .arg(item.rule.displayTitle(), period.key);
            task.clientId = item.rule.clientId;
            task.ownerId = owner;
            task.dueOn = due;
            task.source = TaskSource::Obligation;
            task.obligationRuleId = item.rule.id;
            task.periodKey = period.key;
            auto added = tasks.add(task);
            if (!added) {
                result.problems << QCoreApplication::translate("ObligationRepository", "%1: \"%2\": %3")
                                       .arg(item.clientName, item.rule.displayTitle(), added.error());
                break;
            }
            ++result.created;
            result.createdIds << added->id;
        }
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return result;
}

Result<PresetResult> ObligationRepository::applyServiceStandard(const QList<ClientId> &clients, QDate asOf)
{
    const QDate day = asOf.isValid() ? asOf : RegulationCalendar::today();
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    QList<ClientId> targets = clients;
    if (targets.isEmpty()) {
        auto q = sql::exec(conn,
            u"SELECT id FROM clients WHERE archived_at IS NULL AND status IN ('onboarding', 'active') "
            "ORDER BY id"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            targets << ClientId(q->value(0).toLongLong());
    }
    auto result = applyPreset(targets, day, false);
    if (!result)
        return fail(result.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return result;
}

Result<PresetResult> ObligationRepository::applyPreset(const QList<ClientId> &targets, QDate day, bool onlyTargets)
{
    const QSqlDatabase conn = m_db.connection();
    PresetResult result;
    ReviewRepository reviews(m_db);
    QSet<qint64> only;
    for (ClientId client : std::as_const(targets)) {
        auto exists = sql::scalar(conn, u"SELECT count(*) FROM clients WHERE id = ?"_s, { client.value });
        if (!exists)
            return fail(exists.error());
        if (exists->toInt() == 0)
            return fail(QCoreApplication::translate("ObligationRepository", "No client with id %1.").arg(client.value));
        ++result.clients;
        only.insert(client.value);
        QSet<QString> present;
        auto q = sql::exec(conn, u"SELECT kind FROM obligation_rules WHERE client_id = ? AND preset = ?"_s,
            { client.value, ServiceStandard::presetKey() });
        if (!q)
            return fail(q.error());
        while (q->next())
            present.insert(q->value(0).toString());
        for (const ObligationRule &rule : ServiceStandard::obligationRules(client, day)) {
            if (present.contains(obligationKindKey(rule.kind)))
                continue;
            if (auto added = add(rule); !added)
                return fail(added.error());
            ++result.rulesCreated;
        }
        if (!reviews.cadence(client)) {
            if (Status s = reviews.setCadence(client, ServiceStandard::reviewCadence(QDate())); !s)
                return fail(s.error());
            ++result.cadencesSet;
        }
    }
    auto ran = onlyTargets ? runFor(only, day, nullptr) : run(day);
    if (!ran)
        return fail(ran.error());
    result.tasksCreated = ran->created;
    result.problems << ran->problems;
    auto scheduled = reviews.scheduleReviews(day);
    if (!scheduled)
        return fail(scheduled.error());
    result.reviewsScheduled = scheduled->created;
    result.problems << scheduled->skipped;
    return result;
}

Result<DefaultRegulationRun> ObligationRepository::applyDefaultRegulations(const QList<ClientId> &clients, QDate asOf)
{
    const QDate day = asOf.isValid() ? asOf : RegulationCalendar::today();
    const RegulationSettings settings(m_db);
    DefaultRegulationRun out;
    // Service standard is the only preset today (RegulationSettings::presets()).
    out.preset = settings.defaultPreset();
    const bool on = settings.applyToNewClients();
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    QList<ClientId> targets;
    QSet<qint64> seen;
    for (ClientId client : clients) {
        auto q = sql::exec(conn,
            u"SELECT c.fee_minor IS NOT NULL, "
            "(SELECT count(*) FROM obligation_rules r WHERE r.client_id = c.id) FROM clients c WHERE c.id = ?"_s,
            { client.value });
        if (!q)
            return fail(q.error());
        if (!q->next())
            return fail(QCoreApplication::translate("ObligationRepository", "No client with id %1.").arg(client.value));
        if (!on)
            out.skipped.append({ client, RegulationSkip::Off });
        else if (!q->value(0).toBool())
            out.skipped.append({ client, RegulationSkip::NoTariff });
        else if (q->value(1).toInt() > 0)
            out.skipped.append({ client, RegulationSkip::AlreadySet });
        else if (!seen.contains(client.value)) {
            seen.insert(client.value);
            targets << client;
        }
    }
    if (!targets.isEmpty()) {
        auto applied = applyPreset(targets, day, true);
        if (!applied)
            return fail(applied.error());
        out.applied = targets;
        out.result = *applied;
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return out;
}

Result<DefaultRegulation> ObligationRepository::applyDefaultRegulation(ClientId client, QDate asOf)
{
    auto batch = applyDefaultRegulations({ client }, asOf);
    if (!batch)
        return fail(batch.error());
    DefaultRegulation out;
    out.preset = batch->preset;
    out.result = batch->result;
    if (!batch->skipped.isEmpty()) {
        out.skipped = batch->skipped.first().second;
        return out;
    }
    out.slaPolicy = SlaPolicyRepository(m_db).forClient(client).name;
    out.cadence = ReviewRepository(m_db).cadence(client);
    return out;
}

} // namespace rapport
