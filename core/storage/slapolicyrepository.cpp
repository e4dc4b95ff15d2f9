#include "slapolicyrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr std::array<Priority, 4> kPriorities{Priority::Low, Priority::Normal, Priority::High, Priority::Urgent};

const QString kSelect =
    u"SELECT p.id, p.name, c.name, p.low_response_secs, p.low_resolution_secs, p.normal_response_secs, "
    "p.normal_resolution_secs, p.high_response_secs, p.high_resolution_secs, p.urgent_response_secs, "
    "p.urgent_resolution_secs FROM sla_policies p JOIN calendars c ON c.id = p.calendar_id "_s;

SlaPolicy readPolicy(const QSqlQuery &q)
{
    SlaPolicy p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.calendarName = q.value(2).toString();
    for (size_t i = 0; i < kPriorities.size(); ++i)
        p.setTargets(kPriorities[i], {q.value(3 + int(i) * 2).toLongLong(), q.value(4 + int(i) * 2).toLongLong()});
    return p;
}

QVariantMap toMap(const SlaPolicy &p)
{
    QVariantMap map{{u"name"_s, p.name}, {u"calendar"_s, p.calendarName}};
    for (Priority pr : kPriorities) {
        map.insert(priorityKey(pr) + u"_response_secs"_s, p.targetsFor(pr).firstResponseSecs);
        map.insert(priorityKey(pr) + u"_resolution_secs"_s, p.targetsFor(pr).resolutionSecs);
    }
    return map;
}

} // namespace

QList<SlaPolicy> SlaPolicyRepository::list() const
{
    QList<SlaPolicy> result;
    auto q = sql::exec(m_db.connection(), kSelect + u"ORDER BY p.is_default DESC, p.name"_s);
    if (!q)
        return result;
    while (q->next())
        result.append(readPolicy(*q));
    return result;
}

std::optional<SlaPolicy> SlaPolicyRepository::byId(qint64 id) const
{
    auto q = sql::exec(m_db.connection(), kSelect + u"WHERE p.id = ?"_s, {id});
    if (q && q->next())
        return readPolicy(*q);
    return std::nullopt;
}

std::optional<SlaPolicy> SlaPolicyRepository::byName(const QString &name) const
{
    auto q = sql::exec(m_db.connection(), kSelect + u"WHERE p.name = ?"_s, {name.trimmed()});
    if (q && q->next())
        return readPolicy(*q);
    return std::nullopt;
}

qint64 SlaPolicyRepository::defaultPolicyId() const
{
    auto v = sql::scalar(m_db.connection(), u"SELECT coalesce(max(id), 0) FROM sla_policies WHERE is_default = 1"_s);
    return v ? v->toLongLong() : 0;
}

SlaPolicy SlaPolicyRepository::defaultPolicy() const
{
    if (const qint64 id = defaultPolicyId(); id > 0) {
        if (auto p = byId(id))
            return *p;
    }
    return SlaPolicy::default2448();
}

SlaPolicy SlaPolicyRepository::forClient(ClientId client) const
{
    auto v = sql::scalar(m_db.connection(), u"SELECT coalesce(sla_policy_id, 0) FROM clients WHERE id = ?"_s,
                         {client.value});
    if (v && v->toLongLong() > 0) {
        if (auto p = byId(v->toLongLong()))
            return *p;
    }
    return defaultPolicy();
}

Result<SlaPolicy> SlaPolicyRepository::save(const SlaPolicy &policy)
{
    return store(policy, true);
}

Status SlaPolicyRepository::installDefault()
{
    auto count = sql::scalar(m_db.connection(), u"SELECT count(*) FROM sla_policies"_s);
    if (!count)
        return fail(count.error());
    if (count->toInt() > 0)
        return {};
    if (auto stored = store(SlaPolicy::default2448(), false); !stored)
        return fail(stored.error());
    return {};
}

Result<SlaPolicy> SlaPolicyRepository::store(const SlaPolicy &input, bool audit)
{
    SlaPolicy policy = input;
    policy.name = policy.name.trimmed();
    if (Status s = policy.validate(); !s)
        return fail(s.error());
    const QSqlDatabase conn = m_db.connection();
    auto calendarId = sql::scalar(conn, u"SELECT coalesce(max(id), 0) FROM calendars WHERE name = ?"_s,
                                  {policy.calendarName});
    if (!calendarId)
        return fail(calendarId.error());
    if (calendarId->toLongLong() == 0)
        return fail(QCoreApplication::translate("SlaPolicyRepository", "There is no business calendar named “%1”.")
                        .arg(policy.calendarName));
    if (const auto other = byName(policy.name); other && other->id != policy.id)
        return fail(QCoreApplication::translate("SlaPolicyRepository", "An SLA policy named “%1” already exists.")
                        .arg(policy.name));
    std::optional<SlaPolicy> old;
    if (policy.id > 0) {
        old = byId(policy.id);
        if (!old)
            return fail(QCoreApplication::translate("SlaPolicyRepository", "No SLA policy with id %1.").arg(policy.id));
    }
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    QVariantList values{policy.name, calendarId->toLongLong()};
    for (Priority p : kPriorities)
        values << policy.targetsFor(p).firstResponseSecs << policy.targetsFor(p).resolutionSecs;
    values << Clock::nowSecs();
    if (old) {
        values << policy.id;
        auto q = sql::exec(conn,
                           u"UPDATE sla_policies SET name = ?, calendar_id = ?, low_response_secs = ?, "
                           "low_resolution_secs = ?, normal_response_secs = ?, normal_resolution_secs = ?, "
                           "high_response_secs = ?, high_resolution_secs = ?, urgent_response_secs = ?, "
                           "urgent_resolution_secs = ?, updated_at = ? WHERE id = ?"_s,
                           values);
        if (!q)
            return fail(q.error());
    } else {
        // The first policy ever stored becomes the default.
        auto any = sql::scalar(conn, u"SELECT count(*) FROM sla_policies WHERE is_default = 1"_s);
        if (!any)
            return fail(any.error());
        values << (any->toInt() == 0);
        auto q = sql::exec(conn,
                           u"INSERT INTO sla_policies (name, calendar_id, low_response_secs, low_resolution_secs, "
                           "normal_response_secs, normal_resolution_secs, high_response_secs, high_resolution_secs, "
                           "urgent_response_secs, urgent_resolution_secs, updated_at, is_default) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           values);
        if (!q)
            return fail(q.error());
        policy.id = q->lastInsertId().toLongLong();
    }
    if (audit) {
        AuditLog log(m_db);
        const Status audited = old ? log.record(u"sla_policy"_s, policy.id, AuditLog::Action::Update, toMap(*old), toMap(policy))
                                   : log.record(u"sla_policy"_s, policy.id, AuditLog::Action::Create, {}, toMap(policy));
        if (!audited)
            return fail(audited.error());
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return policy;
}

Status SlaPolicyRepository::setDefault(qint64 id)
{
    const auto policy = byId(id);
    if (!policy)
        return fail(QCoreApplication::translate("SlaPolicyRepository", "No SLA policy with id %1.").arg(id));
    const qint64 oldDefault = defaultPolicyId();
    if (oldDefault == id)
        return {};
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn, u"UPDATE sla_policies SET is_default = CASE WHEN id = ? THEN 1 ELSE 0 END"_s, {id}); !q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"sla_policy"_s, id, AuditLog::Action::Update, {{u"is_default"_s, false}},
                                         {{u"is_default"_s, true}});
        !s)
        return s;
    return tx.commit();
}

} // namespace rapport
