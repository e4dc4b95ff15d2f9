#include "clientlistquery.h"

#include "billingsettings.h"
#include "domain/completeness.h"
#include "invoicerepository.h"
#include "sql.h"
#include "unusedhoursreport.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// The first day of the current local month: the month of the hour ledger.
QDate currentMonth()
{
    const QDate today = InvoiceRepository::today();
    return QDate(today.year(), today.month(), 1);
}

// " AND c.id IN (?, …)" over the clients that used at least
// query.hoursAtLeastPercent of this month's available hours (compared
// exactly, as HourBalance::level does); empty when the filter is not set.
QString hoursClause(const Database &db, const ClientQuery &query, QVariantList *values)
{
    if (!query.hoursAtLeastPercent)
        return {};
    const qint64 percent = *query.hoursAtLeastPercent;
    QVariantList ids;
    if (auto month = UnusedHoursReport(db).forMonth(currentMonth())) {
        for (const UnusedHoursRow &row : std::as_const(*month)) {
            const HourBalance balance = row.balance();
            if (balance.availableMinutes() > 0
                && qint64(balance.usedMinutes) * 100 >= percent * balance.availableMinutes())
                ids << row.clientId.value;
        }
    }
    if (ids.isEmpty())
        return u" AND 1 = 0"_s;
    for (const QVariant &id : std::as_const(ids))
        values->append(id);
    const QStringList marks(ids.size(), u"?"_s);
    // sql-ok: only "?" placeholders, one per id
    return u" AND c.id IN (%1)"_s.arg(marks.join(u", "_s));
}

// Fills in this month's ledger of the page's clients, in one report call.
void fillHours(const Database &db, QList<ClientListRow> *rows)
{
    QList<ClientId> ids;
    ids.reserve(rows->size());
    for (const ClientListRow &row : std::as_const(*rows))
        ids.append(row.id);
    if (ids.isEmpty())
        return;
    auto report = UnusedHoursReport(db).forClients(ids, currentMonth());
    if (!report)
        return;
    QHash<qint64, HourBalance> balances;
    balances.reserve(report->size());
    for (const UnusedHoursRow &r : std::as_const(*report)) {
        if (r.balance().availableMinutes() > 0)
            balances.insert(r.clientId.value, r.balance());
    }
    const HourBalanceConfig config = BillingSettings(db).hourBalanceConfig();
    for (ClientListRow &row : *rows) {
        if (const auto it = balances.constFind(row.id.value); it != balances.constEnd()) {
            row.hours = *it;
            row.hourLevel = it->level(config);
        }
    }
}

} // namespace

QString ClientListQuery::likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar ch : text) {
        if (ch == u'\\' || ch == u'%' || ch == u'_')
            out.append(u'\\');
        out.append(ch);
    }
    return out;
}

QString ClientListQuery::filterClause(const ClientQuery &query, QVariantList *values)
{
    QString where = u" WHERE 1 = 1"_s;
    if (!query.includeArchived)
        where += u" AND c.archived_at IS NULL"_s;
    if (query.status) {
        where += u" AND c.status = ?"_s;
        *values << clientStatusKey(*query.status);
    }
    if (query.accountManager.isValid()) {
        where += u" AND c.account_manager_id = ?"_s;
        *values << query.accountManager.value;
    }
    QString search = query.search.simplified().toLower();
    static const QRegularExpression taxLike(u"^[0-9 \\-]+$"_s);
    if (taxLike.match(search).hasMatch())
        search.remove(u' ').remove(u'-');
    if (!search.isEmpty()) {
        where += u" AND c.search_text LIKE ? ESCAPE '\\'"_s;
        *values << QString(u'%' + likeEscaped(search) + u'%');
    }
    return where;
}

QList<ClientListRow> ClientListQuery::rows(const ClientQuery &query) const
{
    QVariantList values;
    QString statement = u"SELECT c.id, c.legal_name, c.short_name, c.tax_id, c.status, u.name, c.contract_number, "
                        "c.contract_start, c.fee_minor, c.account_manager_id, c.sales_owner_id, c.archived_at, "
                        "EXISTS (SELECT 1 FROM contacts k WHERE k.client_id = c.id AND k.archived_at IS NULL "
                        "AND k.email <> '') "
                        "FROM clients c LEFT JOIN users u ON u.id = c.account_manager_id"_s
        + filterClause(query, &values);
    statement += hoursClause(m_db, query, &values); // after the filter's values: binding order

    if (query.afterId > 0) {
        // (name, id) > (afterName, afterId), written so that SQLite seeks
        // clients_by_name instead of scanning it from the start.
        const QString name = m_db.dialect().caseless(u"c.legal_name"_s);
        statement += u" AND %1 >= %2 AND (%1 > %2 OR c.id > ?)"_s.arg(name, m_db.dialect().caseless(u"?"_s));
        values << query.afterName << query.afterName << query.afterId;
    }
    // sql-ok: the dialect's caseless() of a fixed column
    statement += u" ORDER BY %1, c.id LIMIT ?"_s.arg(m_db.dialect().caseless(u"c.legal_name"_s));
    values << std::clamp(query.limit, 0, 10000);
    QList<ClientListRow> rows;
    auto q = sql::exec(m_db.connection(), statement, values);
    if (!q)
        return rows;
    while (q->next()) {
        ClientListRow row;
        row.id = ClientId(q->value(0).toLongLong());
        row.legalName = q->value(1).toString();
        row.shortName = q->value(2).toString();
        row.taxId = q->value(3).toString();
        row.status = clientStatusFromKey(q->value(4).toString()).value_or(ClientStatus::Onboarding);
        row.accountManagerName = q->value(5).toString();
        row.archived = !q->value(11).isNull();
        // The same rules as the card: a skeleton holding only what they look at.
        Client skeleton;
        skeleton.legalName = row.legalName;
        skeleton.taxId = row.taxId;
        skeleton.contractNumber = q->value(6).toString();
        skeleton.contractStart
            = q->value(7).isNull() ? QDate() : QDate::fromString(q->value(7).toString(), Qt::ISODate);
        if (!q->value(8).isNull())
            skeleton.tariff = Tariff{};
        skeleton.accountManagerId = UserId(q->value(9).toLongLong());
        skeleton.salesOwnerId = UserId(q->value(10).toLongLong());
        if (q->value(12).toBool()) {
            Contact withEmail;
            withEmail.email = u"@"_s;
            skeleton.contacts.append(withEmail);
        }
        row.completenessPercent = assessCompleteness(skeleton).percent();
        rows.append(row);
    }
    q->finish();
    if (query.withHours)
        fillHours(m_db, &rows);
    return rows;
}

int ClientListQuery::count(const ClientQuery &query) const
{
    QVariantList values;
    QString statement = u"SELECT count(*) FROM clients c"_s + filterClause(query, &values);
    statement += hoursClause(m_db, query, &values); // after the filter's values: binding order
    auto v = sql::scalar(m_db.connection(), statement, values);
    return v ? v->toInt() : 0;
}

} // namespace rapport
