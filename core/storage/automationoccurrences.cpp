#include "automationoccurrences.h"

#include "automation/shippedrules.h"
#include "billingsettings.h"
#include "dunningrun.h"
#include "invoicerepository.h"
#include "sql.h"
#include "unusedhoursreport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

using Pick = AutomationOccurrences::Pick;

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

AutomationOccurrences::AutomationOccurrences(const Database &db, qint64 asOf)
    : m_db(db)
    , m_conn(db.connection())
    , m_asOf(asOf)
    , m_today(QDateTime::fromSecsSinceEpoch(asOf, QTimeZone::systemTimeZone()).date())
    , m_calendars(db)
{
}
// Base dates (`from`, `to`] whose trigger day may fall within the
// catch-up window up to today. In calendar days the trigger day is the
// base date + offset; N business days span at least N calendar days and
// at most, even over the longest holidays, 3N + 30: the query takes
// that much and the exact day is computed per client afterwards.
std::pair<QString, QString> AutomationOccurrences::baseDates(const AutomationRule &rule, Pick pick) const
{
    if (pick == Pick::Latest)
        return { u"0000-01-01"_s, u"9999-12-31"_s };
    const int n = rule.offsetDays;
    const int window = AutomationRepository::kCatchUpDays;
    if (!rule.businessDays || n == 0)
        return { isoDate(m_today.addDays(-window - n)), isoDate(m_today.addDays(-n)) };
    const int slack = 3 * qAbs(n) + 30;
    if (n > 0)
        return { isoDate(m_today.addDays(-window - slack)), isoDate(m_today.addDays(-n)) };
    return { isoDate(m_today.addDays(-window - n)), isoDate(m_today.addDays(slack)) };
}

QDate AutomationOccurrences::triggerDayOf(const AutomationRule &rule, const AutomationOccurrence &o)
{
    if (!o.baseDate.isValid())
        return m_today;
    if (!rule.businessDays || rule.offsetDays == 0)
        return o.baseDate.addDays(rule.offsetDays);
    return m_calendars.forClient(ClientId(o.clientId)).addBusinessDays(o.baseDate, rule.offsetDays);
}

Result<QList<AutomationOccurrence>> AutomationOccurrences::find(const AutomationRule &rule, Pick pick)
{
    auto list = records(rule, pick);
    if (!list)
        return list;
    QList<AutomationOccurrence> due;
    const QDate first = m_today.addDays(-AutomationRepository::kCatchUpDays);
    for (AutomationOccurrence &o : *list) {
        o.triggerDay = triggerDayOf(rule, o);
        // A date trigger fires on its day, caught up for a week; a
        // calendar without such a working day never fires.
        if (pick == Pick::Window && o.baseDate.isValid()
            && (!o.triggerDay.isValid() || o.triggerDay <= first || o.triggerDay > m_today))
            continue;
        due << o;
    }
    return due;
}

Result<QList<AutomationOccurrence>> AutomationOccurrences::records(const AutomationRule &rule, Pick pick)
{
    QList<AutomationOccurrence> list;
    const qint64 from = m_asOf - qint64(AutomationRepository::kCatchUpDays) * 86400;
    const auto [fromDate, toDate] = baseDates(rule, pick);
    // A preview looks at the latest 50 records (for one matching the conditions).
    const QString order = pick == Pick::Latest ? u" ORDER BY id DESC LIMIT 50"_s : u" ORDER BY id"_s;
    const QString t = rule.trigger;
    if (isTicketTrigger(t)) {
        QString statement = u"SELECT t.id, t.client_id, t.contact_id, t.subject, t.assignee_id, t.risk_at, "
                            "CASE WHEN t.first_response_at IS NULL THEN t.response_due ELSE t.resolution_due END, "
                            "t.priority, t.channel FROM tickets t WHERE "_s;
        QVariantList values;
        if (pick == Pick::Latest) {
            statement += t == u"ticket_resolved"_s ? u"t.resolved_at IS NOT NULL"_s
                : t == u"sla_at_risk"_s            ? u"t.response_due IS NOT NULL"_s
                                                   : u"t.created_at > 0"_s;
        } else if (t == u"ticket_created"_s) {
            statement += u"t.created_at > ? AND t.created_at <= ?"_s;
            values = { from, m_asOf };
        } else if (t == u"ticket_resolved"_s) {
            statement += u"t.resolved_at > ? AND t.resolved_at <= ?"_s;
            values = { from, m_asOf };
        } else {
            // At risk now: past the 80 % instant, not breached, still open.
            statement += u"t.status IN ('new', 'formalizing', 'in_progress', 'waiting_on_client') "
                         "AND t.risk_at > ? AND t.risk_at <= ? AND t.breached_at >= ?"_s;
            values = { from, m_asOf, m_asOf };
        }
        statement += pick == Pick::Latest ? u" ORDER BY t.id DESC LIMIT 50"_s : u" ORDER BY t.id"_s;
        auto q = sql::exec(m_conn, statement, values);
        if (!q)
            return fail(q.error());
        while (q->next()) {
            AutomationOccurrence o;
            o.refType = u"ticket"_s;
            o.refId = o.ticketId = q->value(0).toLongLong();
            o.clientId = q->value(1).toLongLong();
            o.contactId = q->value(2).toLongLong();
            o.ticketSubject = q->value(3).toString();
            o.assigneeId = q->value(4).toLongLong();
            o.priority = q->value(7).toString();
            o.channel = q->value(8).toString();
            if (t == u"sla_at_risk"_s) {
                o.occurrence = q->value(5).toString(); // a re-armed clock warns again
                o.dueInstant = q->value(6).toLongLong();
            }
            list << o;
        }
    } else if (t == u"invoice_due"_s) {
        auto q = sql::exec(m_conn,
            u"SELECT id, client_id, number, total_minor - paid_minor, currency, due_on FROM invoices "
            "WHERE status IN ('issued', 'partially_paid') AND due_on > ? AND due_on <= ?"_s
                + order,
            { fromDate, toDate });
        if (!q)
            return fail(q.error());
        while (q->next()) {
            AutomationOccurrence o;
            o.refType = u"invoice"_s;
            o.refId = q->value(0).toLongLong();
            o.clientId = q->value(1).toLongLong();
            o.invoiceNumber = q->value(2).toString();
            o.amountMinor = q->value(3).toLongLong();
            o.currency = q->value(4).toString();
            o.dueDate = o.baseDate = QDate::fromString(q->value(5).toString(), Qt::ISODate);
            o.occurrence = q->value(5).toString();
            list << o;
        }
    } else if (t == u"review_date"_s) {
        auto q = sql::exec(m_conn,
            u"SELECT id, client_id, scheduled_on FROM reviews WHERE status = 'scheduled' "
            "AND scheduled_on > ? AND scheduled_on <= ?"_s
                + order,
            { fromDate, toDate });
        if (!q)
            return fail(q.error());
        while (q->next()) {
            AutomationOccurrence o;
            o.refType = u"review"_s;
            o.refId = q->value(0).toLongLong();
            o.clientId = q->value(1).toLongLong();
            o.reviewDate = o.baseDate = QDate::fromString(q->value(2).toString(), Qt::ISODate);
            o.occurrence = q->value(2).toString();
            list << o;
        }
    } else if (t == u"hours_warning"_s || t == u"hours_exhausted"_s) {
        // This month's hour ledger: once per client and month when the
        // used share reaches the threshold (a later run in the month
        // that finds it reached catches up). A preview takes any client
        // with hours, those past the threshold first.
        const QDate month(m_today.year(), m_today.month(), 1);
        auto rows = UnusedHoursReport(m_db).forMonth(month);
        if (!rows)
            return fail(rows.error());
        const HourBalanceConfig config = BillingSettings(m_db).hourBalanceConfig();
        const HourLevel wanted = t == u"hours_warning"_s ? HourLevel::Warning : HourLevel::Exhausted;
        QList<AutomationOccurrence> below;
        for (const UnusedHoursRow &r : std::as_const(*rows)) {
            const HourBalance b = r.balance();
            const HourLevel level = b.level(config);
            const bool reached = level != HourLevel::None && level >= wanted;
            if (!reached && (pick == Pick::Window || level == HourLevel::None))
                continue;
            AutomationOccurrence o;
            o.refType = u"client"_s;
            o.refId = o.clientId = r.clientId.value;
            o.month = month;
            o.occurrence = InvoiceRepository::monthKey(month);
            o.usedMinutes = b.usedMinutes;
            o.availableMinutes = b.availableMinutes();
            o.usedShareBp = b.usedShareBp().value_or(0);
            (reached ? list : below) << o;
        }
        list << below;
    } else if (t.startsWith(u"dunning_"_s)) {
        const QString step = t.mid(8);
        auto q = sql::exec(m_conn,
            u"SELECT id, client_id, due_on, outstanding_minor, currency FROM dunning_steps "
            "WHERE step = ? AND due_on > ? AND due_on <= ?"_s
                + order,
            { step, fromDate, toDate });
        if (!q)
            return fail(q.error());
        const DunningConfig config = BillingSettings(m_db).dunningConfig();
        QList<AutomationOccurrence> steps;
        while (q->next()) {
            AutomationOccurrence o;
            o.refType = u"dunning_step"_s;
            o.refId = q->value(0).toLongLong();
            o.clientId = q->value(1).toLongLong();
            o.baseDate = QDate::fromString(q->value(2).toString(), Qt::ISODate);
            o.amountMinor = q->value(3).toLongLong();
            o.currency = q->value(4).toString();
            o.occurrence = isoDate(o.baseDate);
            steps << o;
        }
        q->finish();
        for (AutomationOccurrence &o : steps) {
            if (step == u"notice"_s)
                o.deadline = DunningRun(m_db)
                                 .calendarFor(ClientId(o.clientId))
                                 .addBusinessDays(o.baseDate, config.noticeDeadlineBusinessDays);
            auto numbers = sql::exec(m_conn,
                u"SELECT number FROM invoices WHERE client_id = ? AND status IN ('issued', 'partially_paid') "
                "AND due_on < ? ORDER BY due_on, id"_s,
                { o.clientId, isoDate(o.baseDate) });
            if (!numbers)
                return fail(numbers.error());
            QStringList overdue;
            while (numbers->next())
                overdue << numbers->value(0).toString();
            o.invoiceNumber = overdue.join(u", "_s);
            list << o;
        }
    }
    return list;
}

} // namespace rapport
