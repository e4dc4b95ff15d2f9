#include "unusedhoursreport.h"

#include "billingsettings.h"
#include "invoicerepository.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Months looked back: enough for any streak a setting asks for and the carry-over.
constexpr int HistoryMonths = 24;

struct ClientTerms
{
    ClientId id;
    QString name;
    bool hasTariff = false;
    int includedMinutes = 0;
    int rolloverMonths = 0;
    QDate contractStart;
    QDate contractEnd;
    QDate since; // the first month the client could use its tariff
};

} // namespace

Result<QList<UnusedHoursRow>> UnusedHoursReport::forMonth(QDate month) const
{
    return rows(month, ClientId());
}

Result<UnusedHoursRow> UnusedHoursReport::forClient(ClientId client, QDate month) const
{
    auto all = rows(month, client);
    if (!all)
        return fail(all.error());
    if (all->isEmpty())
        return fail(QCoreApplication::translate("UnusedHoursReport", "Client %1 has no tariff.").arg(client.value));
    return all->constFirst();
}

Result<QList<UnusedHoursRow>> UnusedHoursReport::forClients(const QList<ClientId> &clients, QDate month) const
{
    // A page of the Clients list: one indexed read per client; many clients:
    // one pass over everyone's month, kept for those asked.
    constexpr qsizetype PerClientLimit = 64;
    QList<UnusedHoursRow> result;
    if (clients.size() > PerClientLimit) {
        auto all = rows(month, ClientId());
        if (!all)
            return fail(all.error());
        const QSet<ClientId> wanted(clients.cbegin(), clients.cend());
        for (const UnusedHoursRow &r : std::as_const(*all)) {
            if (wanted.contains(r.clientId))
                result.append(r);
        }
        return result;
    }
    for (ClientId id : clients) {
        auto one = rows(month, id);
        if (!one)
            return fail(one.error());
        result.append(*one);
    }
    return result;
}

Result<QList<UnusedHoursRow>> UnusedHoursReport::rows(QDate anyDay, ClientId only) const
{
    if (!anyDay.isValid())
        return fail(QCoreApplication::translate("UnusedHoursReport", "The month is not a valid month."));
    const QDate month(anyDay.year(), anyDay.month(), 1);
    const QDate first = month.addMonths(-(HistoryMonths - 1));
    const QString monthText = InvoiceRepository::monthKey(month);
    const QSqlDatabase conn = m_db.connection();

    auto c = sql::exec(conn,
        u"SELECT id, legal_name, fee_minor IS NOT NULL, included_minutes, rollover_months, contract_start, "
        "contract_end, created_at FROM clients WHERE archived_at IS NULL AND (? = 0 OR id = ?) "
        "AND (fee_minor IS NOT NULL OR id IN (SELECT client_id FROM month_usage WHERE month = ?)) "
        "ORDER BY "_s + m_db.dialect().caseless(u"legal_name"_s) + u", id"_s,
        { only.value, only.value, monthText });
    if (!c)
        return fail(c.error());
    QList<ClientTerms> clients;
    while (c->next()) {
        ClientTerms t { ClientId(c->value(0).toLongLong()), c->value(1).toString(), c->value(2).toBool(),
            c->value(3).toInt(), c->value(4).toInt(), QDate::fromString(c->value(5).toString(), Qt::ISODate),
            QDate::fromString(c->value(6).toString(), Qt::ISODate), QDate() };
        // Not before the card existed, nor before the contract started.
        const QDate created = QDateTime::fromSecsSinceEpoch(c->value(7).toLongLong()).date();
        t.since = QDate(created.year(), created.month(), 1);
        if (t.contractStart.isValid())
            t.since = QDate(t.contractStart.year(), t.contractStart.month(), 1);
        clients.append(t);
    }
    c->finish();

    // Snapshots and live minutes of the period, keyed by client and month.
    QHash<QString, MonthUsage> snapshots;
    QHash<QString, int> rollover;
    auto s = sql::exec(conn,
        u"SELECT client_id, month, included_minutes, used_minutes, rollover_months FROM month_usage "
        "WHERE month >= ? AND month <= ? AND (? = 0 OR client_id = ?)"_s,
        { InvoiceRepository::monthKey(first), monthText, only.value, only.value });
    if (!s)
        return fail(s.error());
    while (s->next()) {
        const QString key = s->value(0).toString() + u'/' + s->value(1).toString();
        snapshots.insert(key, MonthUsage { InvoiceRepository::monthFromKey(s->value(1).toString()), s->value(2).toInt(),
                                  s->value(3).toInt() });
        rollover.insert(s->value(0).toString(), s->value(4).toInt());
    }
    s->finish();
    QHash<QString, int> live;
    auto t = sql::exec(conn,
        u"SELECT client_id, substr(day, 1, 7), SUM(minutes) FROM time_entries WHERE billable = 1 AND day >= ? "
        "AND day < ? AND (? = 0 OR client_id = ?) GROUP BY client_id, substr(day, 1, 7)"_s,
        { first.toString(Qt::ISODate), month.addMonths(1).toString(Qt::ISODate), only.value, only.value });
    if (!t)
        return fail(t.error());
    while (t->next())
        live.insert(t->value(0).toString() + u'/' + t->value(1).toString(), t->value(2).toInt());
    t->finish();

    const UnusedHoursConfig config = BillingSettings(m_db).unusedHoursConfig();
    QList<UnusedHoursRow> result;
    for (const ClientTerms &client : std::as_const(clients)) {
        const QString id = QString::number(client.id.value);
        QList<MonthUsage> months;
        for (QDate m = first; m <= month; m = m.addMonths(1)) {
            const QString key = id + u'/' + InvoiceRepository::monthKey(m);
            if (const auto it = snapshots.constFind(key); it != snapshots.constEnd()) {
                months.append(*it);
                continue;
            }
            const QDate end = m.addMonths(1).addDays(-1);
            const bool covered = client.hasTariff && client.since <= end
                && (!client.contractEnd.isValid() || client.contractEnd >= m);
            months.append(MonthUsage { m, covered ? client.includedMinutes : 0, live.value(key, 0) });
        }
        auto assessed = UnusedHours::assess(months, config, rollover.value(id, client.rolloverMonths));
        if (!assessed)
            return fail(assessed.error());
        const UnusedHoursMonth &last = assessed->months.constLast();
        UnusedHoursRow r;
        r.clientId = client.id;
        r.clientName = client.name;
        r.month = month;
        r.source = snapshots.contains(id + u'/' + monthText) ? u"billed"_s : u"live"_s;
        r.includedMinutes = last.includedMinutes;
        r.usedMinutes = last.usedMinutes;
        r.unusedMinutes = last.unusedMinutes;
        r.unusedShareBp = last.unusedShareBp;
        r.rolloverAvailableMinutes = last.rolloverAvailableMinutes;
        r.rolloverExpiredMinutes = last.rolloverExpiredMinutes;
        r.carriedForwardMinutes = last.carriedForwardMinutes;
        r.streakMonths = assessed->streakMonths;
        r.flagged = assessed->flagged;
        r.suggestionKey = assessed->suggestionKey;
        r.suggestionText = assessed->suggestionText;
        result.append(r);
    }
    return result;
}

} // namespace rapport
