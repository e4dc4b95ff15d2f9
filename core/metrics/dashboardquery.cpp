#include "dashboardquery.h"

#include "domain/clock.h"
#include "storage/auditlog.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Written as in the partial index tickets_open, so that SQLite uses it.
const QString kOpen = u"status IN ('new', 'formalizing', 'in_progress', 'waiting_on_client')"_s;

constexpr qint64 kMaxPeriodDays = 3660;

} // namespace

DashboardQuery::DashboardQuery(const Database &db, const DashboardFilter &filter)
    : m_db(db)
    , m_filter(filter)
    , m_zone(timeZone(db))
    , m_asOf(filter.asOf > 0 ? filter.asOf : Clock::nowSecs())
{
    if (validate(filter))
        m_buckets = PeriodBuckets(filter.from, filter.to, m_zone);
}

Status DashboardQuery::validate(const DashboardFilter &filter)
{
    if (!filter.from.isValid() || !filter.to.isValid())
        return fail(QCoreApplication::translate("DashboardQuery", "The period needs a start and an end date."));
    if (filter.to < filter.from)
        return fail(QCoreApplication::translate("DashboardQuery", "The period ends (%1) before it starts (%2).")
                        .arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)));
    if (filter.from.daysTo(filter.to) >= kMaxPeriodDays)
        return fail(QCoreApplication::translate("DashboardQuery", "The period is longer than ten years."));
    return {};
}

QTimeZone DashboardQuery::timeZone(const Database &db)
{
    auto stored = sql::scalar(db.connection(), u"SELECT value FROM settings WHERE key = ?"_s, { timeZoneSettingKey() });
    const QByteArray id = stored && !stored->isNull() ? stored->toString().toUtf8() : defaultTimeZone();
    const QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone(defaultTimeZone());
}

Status DashboardQuery::setTimeZone(const Database &db, const QByteArray &ianaId)
{
    if (ianaId.isEmpty() || !QTimeZone(ianaId).isValid())
        return fail(
            QCoreApplication::translate("DashboardQuery", "Unknown time zone “%1”.").arg(QString::fromUtf8(ianaId)));
    const QString old = QString::fromUtf8(timeZone(db).id());
    const QString value = QString::fromUtf8(ianaId);
    const QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn,
            u"INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
            { timeZoneSettingKey(), value });
        !q)
        return fail(q.error());
    if (Status s = AuditLog(db).record(u"setting"_s, 0, AuditLog::Action::Update, { { timeZoneSettingKey(), old } },
            { { timeZoneSettingKey(), value } });
        !s)
        return s;
    return tx.commit();
}

QDate DashboardQuery::asOfDate() const
{
    return QDateTime::fromSecsSinceEpoch(m_asOf, m_zone).date();
}

void DashboardQuery::addTicketFilters(QString &from, QVariantList &values, const QString &table) const
{
    if (m_filter.client.isValid()) {
        from += u" AND "_s + table + u"client_id = ?"_s;
        values << m_filter.client.value;
    }
    if (m_filter.priority) {
        from += u" AND "_s + table + u"priority = ?"_s;
        values << priorityKey(*m_filter.priority);
    }
}

DashboardQuery::Pass DashboardQuery::mainPass(bool withId, qint64 from, qint64 to) const
{
    Pass p;
    p.columns = u"created_at, client_id, status, resolved_at, response_secs, resolution_secs, response_state, "
                "resolution_state, work_minutes, work_cost"_s;
    if (withId)
        p.columns += u", id"_s;
    p.from = u"FROM tickets WHERE created_at >= ? AND created_at < ?"_s;
    p.values = { from > 0 ? from : m_buckets.startSecs(), to > 0 ? to : m_buckets.endSecs() };
    addTicketFilters(p.from, p.values, {});
    return p;
}

DashboardQuery::Pass DashboardQuery::openPass() const
{
    Pass p;
    p.columns = u"id, created_at, client_id, first_response_at, response_due, resolution_due, sla_paused, risk_at, "
                "response_state, resolution_state"_s;
    p.from = u"FROM tickets WHERE "_s + kOpen + u" AND created_at >= ? AND created_at < ?"_s;
    p.values = { m_buckets.startSecs(), m_buckets.endSecs() };
    addTicketFilters(p.from, p.values, {});
    return p;
}

DashboardQuery::Pass DashboardQuery::feedbackClosedPass(bool withId) const
{
    Pass p;
    p.columns = withId ? u"client_id, feedback, id"_s : u"client_id, feedback"_s;
    p.from = u"FROM tickets WHERE feedback IS NOT NULL AND closed_at >= ? AND closed_at < ?"_s;
    p.values = { m_buckets.startSecs(), m_buckets.endSecs() };
    addTicketFilters(p.from, p.values, {});
    return p;
}

DashboardQuery::Pass DashboardQuery::feedbackResolvedPass(bool withId) const
{
    Pass p;
    p.columns = withId ? u"client_id, feedback, id"_s : u"client_id, feedback"_s;
    p.from = u"FROM tickets WHERE feedback IS NOT NULL AND closed_at IS NULL AND resolved_at >= ? "
             "AND resolved_at < ?"_s;
    p.values = { m_buckets.startSecs(), m_buckets.endSecs() };
    addTicketFilters(p.from, p.values, {});
    return p;
}

Status DashboardQuery::loadManagers()
{
    auto q = sql::exec(m_db.connection(), u"SELECT id, coalesce(account_manager_id, 0) FROM clients ORDER BY id"_s);
    if (!q)
        return fail(q.error());
    m_managerOf.clear();
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id < 0 || id > 100'000'000)
            continue;
        if (size_t(id) >= m_managerOf.size())
            m_managerOf.resize(size_t(id) + 1, 0);
        m_managerOf[size_t(id)] = q->value(1).toLongLong();
    }
    return {};
}

bool DashboardQuery::managerMatches(qint64 client) const
{
    if (m_filter.withoutManager)
        return managerOf(client) == 0;
    if (m_filter.manager.isValid())
        return managerOf(client) == m_filter.manager.value;
    return true;
}

} // namespace rapport
