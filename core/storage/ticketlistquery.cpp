#include "ticketlistquery.h"

#include "ticketslafields.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Written exactly as in the partial index's WHERE, so that SQLite can use it.
const QString kOpen = u"t.status IN ('new', 'formalizing', 'in_progress', 'waiting_on_client')"_s;

// Breached: a target was missed, or a running clock's due instant has
// passed since the last event (breached_at holds both).
const QString kBreached = u"t.breached_at < ?"_s;

// At risk: a running clock past the instant with 20 % of its pending target
// left, and not (yet) breached.
const QString kAtRisk = u"(t.risk_at <= ? AND t.breached_at >= ?)"_s;

// Past the agreed deadline: the instant agreed with the client is before asOf
// (with kOpen: only open tickets, read through tickets_by_status).
const QString kPastDeadline = u"(t.agreed_deadline > 0 AND t.agreed_deadline < ?)"_s;

const QString kColumns =
    u"SELECT t.id, t.created_at, t.subject, t.client_id, c.short_name, c.legal_name, t.status, t.priority, "
    "t.channel, o.name, a.name, t.response_due, t.resolution_due, t.first_response_at, t.response_state, "
    "t.resolution_state, t.sla_paused, t.risk_at, t.category, t.agreed_deadline "
    "FROM tickets t CROSS JOIN clients c "
    "LEFT JOIN users o ON o.id = t.owner_id LEFT JOIN users a ON a.id = t.assignee_id"_s;

bool isOpen(TicketStatus s)
{
    return !isFinished(s);
}

} // namespace

TicketListQuery::TicketListQuery(const TicketQuery &query, qint64 asOf, const Dialect &dialect)
    : m_query(query)
    , m_asOf(asOf)
{
    if (const QString search = query.search.trimmed().toLower(); !search.isEmpty()) {
        static const QRegularExpression number(u"^#?(\\d{1,18})$"_s);
        const auto match = number.match(search);
        add(u"(%1 OR %2 OR t.id = ?)"_s.arg(dialect.contains(u"t.search_text"_s, u"?"_s),
                                           dialect.contains(u"c.search_text"_s, u"?"_s)),
            {search, search, match.hasMatch() ? match.captured(1).toLongLong() : -1});
        m_needsClient = true;
    }
    if (query.client.isValid())
        add(u"t.client_id = ?"_s, {query.client.value});
    if (query.status)
        add(u"t.status = ?"_s, {statusKey(*query.status)});
    if (query.openOnly)
        add(kOpen);
    if (query.assignee.isValid())
        add(u"t.assignee_id = ?"_s, {query.assignee.value});
    if (query.owner.isValid())
        add(u"t.owner_id = ?"_s, {query.owner.value});
    if (query.unassigned)
        add(u"t.assignee_id IS NULL"_s);
    if (query.waitingOnClient)
        add(u"t.status = 'waiting_on_client'"_s);
    // An exact category: tickets_by_category holds it in created_at order.
    if (const QString category = query.category.trimmed(); !category.isEmpty())
        add(u"t.category = ?"_s, {category});
    if (query.pastAgreedDeadline) {
        if (!query.openOnly)
            add(kOpen);
        add(kPastDeadline, {asOf});
    }
    // Both SLA filters together: the tickets that need attention, either way.
    if (query.breached && query.atRisk)
        add(u"("_s + kBreached + u" OR "_s + kAtRisk + u")"_s, {asOf, asOf, asOf});
    else if (query.breached)
        add(kBreached, {asOf});
    else if (query.atRisk)
        add(kAtRisk, {asOf, asOf});
    // "All open", the Tickets view's default, and its quick filters on the
    // open set (at risk, breached, unassigned, past the agreed deadline): the
    // open tickets in list order are the partial index tickets_open_list
    // (migration 0015), read from its end with no sort, the filters checked
    // on its own columns. Without planner statistics SQLite would rather
    // search tickets_by_status for the four statuses and sort every open
    // ticket, so the index is named here. A filter with an index of its own
    // (client, assignee, owner, status, category, search) leaves the choice
    // to SQLite.
    m_openListIndex = dialect.isSQLite() && query.openOnly && query.search.trimmed().isEmpty()
        && !query.client.isValid() && !query.status && !query.assignee.isValid() && !query.owner.isValid()
        && !query.waitingOnClient && query.category.trimmed().isEmpty();
}

void TicketListQuery::add(const QString &condition, const QVariantList &values)
{
    m_where << condition;
    m_values << values;
}

QString TicketListQuery::listStatement() const
{
    // CROSS JOIN keeps SQLite's join order (tickets first, in list order);
    // PostgreSQL allows no ON after it, so the join condition is a WHERE term.
    QStringList where{u"c.id = t.client_id"_s};
    where << m_where;
    if (m_query.beforeCreated > 0)
        where << u"(t.created_at, t.id) < (?, ?)"_s;
    QString columns = kColumns;
    if (m_openListIndex)
        columns.replace(u"FROM tickets t "_s, u"FROM tickets t INDEXED BY tickets_open_list "_s);
    return columns + u" WHERE "_s + where.join(u" AND "_s) + u" ORDER BY t.created_at DESC, t.id DESC LIMIT ?"_s;
}

QVariantList TicketListQuery::listValues() const
{
    QVariantList values = m_values;
    if (m_query.beforeCreated > 0)
        values << m_query.beforeCreated << (m_query.beforeId > 0 ? m_query.beforeId : std::numeric_limits<qint64>::max());
    values << std::max(0, m_query.limit);
    return values;
}

QString TicketListQuery::countStatement() const
{
    QString statement = u"SELECT count(*) FROM tickets t"_s;
    if (m_needsClient)
        statement += u" JOIN clients c ON c.id = t.client_id"_s;
    if (!m_where.isEmpty())
        statement += u" WHERE "_s + m_where.join(u" AND "_s);
    return statement;
}

TicketListRow TicketListQuery::readRow(const QSqlQuery &q) const
{
    TicketListRow row;
    row.id = TicketId(q.value(0).toLongLong());
    row.createdAt = q.value(1).toLongLong();
    row.subject = q.value(2).toString();
    row.clientId = ClientId(q.value(3).toLongLong());
    const QString shortName = q.value(4).toString();
    row.clientName = shortName.isEmpty() ? q.value(5).toString() : shortName;
    row.status = statusFromKey(q.value(6).toString()).value();
    row.priority = priorityFromKey(q.value(7).toString()).value();
    row.channel = contactChannelFromKey(q.value(8).toString()).value_or(TicketChannel::Other);
    row.ownerName = q.value(9).toString();
    row.assigneeName = q.value(10).toString();
    row.firstResponseAt = q.value(13).toLongLong();
    row.paused = q.value(16).toBool();
    const qint64 riskAt = q.value(17).toLongLong();
    const qint64 responseDue = q.value(11).toLongLong();
    row.resolutionDue = q.value(12).toLongLong();
    row.responseDue = row.firstResponseAt > 0 ? 0 : responseDue;
    const bool open = isOpen(row.status);
    row.responseState = row.firstResponseAt > 0
        ? q.value(14).toString()
        : currentSlaState(q.value(14).toString(), responseDue, riskAt, open, row.paused, m_asOf);
    row.resolutionState = currentSlaState(q.value(15).toString(), row.resolutionDue,
                                          row.firstResponseAt > 0 ? riskAt : 0, open, row.paused, m_asOf);
    row.category = q.value(18).toString();
    row.agreedDeadline = q.value(19).toLongLong();
    return row;
}

} // namespace rapport
