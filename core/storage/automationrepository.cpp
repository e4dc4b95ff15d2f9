#include "automationrepository.h"

#include "automation/shippedrules.h"
#include "billingsettings.h"
#include "dunningrun.h"
#include "invoicerepository.h"
#include "sql.h"
#include "transaction.h"
#include "unusedhoursreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Distinct from the migration and billing locks (Dialect::serialize).
constexpr qint64 kAutomationLock = 0x5261707041757401; // "RappAut\x01"

QString tr(const char *text)
{
    return QCoreApplication::translate("AutomationRepository", text);
}

// One occurrence of a rule's trigger: the record, and what its message says.
struct Occurrence
{
    QString refType;
    qint64 refId = 0;
    QString occurrence = QStringLiteral(""); // distinguishes repeated triggers of one record (never NULL)
    qint64 clientId = 0;
    qint64 contactId = 0;
    qint64 assigneeId = 0;
    qint64 ticketId = 0;
    QString ticketSubject;
    QString invoiceNumber;
    qint64 amountMinor = -1;
    QString currency;
    QDate dueDate;        // invoice due
    qint64 dueInstant = 0; // SLA due
    QDate deadline;       // debt notice: pay by
    QDate reviewDate;
    QDate month;            // hour thresholds: the month
    int usedMinutes = -1;   // hour thresholds: used and available (included + rolled over)
    int availableMinutes = 0;
    int usedShareBp = 0;
};

struct ClientInfo
{
    QString shortName;
    QString legalName;
    qint64 managerId = 0;
    QString managerName;
    qint64 overageRateMinor = 0;
    QString currency;
};

struct Recipient
{
    QString address;
    QString name;
    QString language;
    qint64 contactId = 0;
    qint64 userId = 0;
};

// NOT NULL text columns: a null QString binds as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString dueText(qint64 instant, const QString &language)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(instant, QTimeZone::systemTimeZone());
    return letterDate(local.date(), language) + u", "_s + local.toString(u"HH:mm"_s);
}

class Run
{
public:
    Run(const Database &db, qint64 asOf, bool dryRun)
        : m_db(db)
        , m_conn(db.connection())
        , m_asOf(asOf)
        , m_today(QDateTime::fromSecsSinceEpoch(asOf, QTimeZone::systemTimeZone()).date())
    {
        m_summary.asOf = asOf;
        m_summary.dryRun = dryRun;
        m_provider = BillingSettings(db).provider().name;
        auto lang = sql::scalar(m_conn, u"SELECT value FROM settings WHERE key = 'automation.staff_language'"_s);
        m_staffLanguage = lang && QStringList({ u"ru"_s, u"kk"_s, u"en"_s }).contains(lang->toString())
            ? lang->toString()
            : u"ru"_s;
    }

    Status evaluate(const AutomationRule &rule)
    {
        auto found = occurrences(rule);
        if (!found)
            return fail(found.error());
        for (const Occurrence &o : *found) {
            if (Status s = act(rule, o); !s)
                return s;
        }
        return {};
    }

    AutomationRunSummary summary() const { return m_summary; }

private:
    Result<QList<Occurrence>> occurrences(const AutomationRule &rule)
    {
        QList<Occurrence> list;
        const qint64 from = m_asOf - qint64(AutomationRepository::kCatchUpDays) * 86400;
        // A date trigger fires on base date + offset: the base dates whose
        // trigger day is within the catch-up window up to today.
        const QString fromDate = isoDate(m_today.addDays(-AutomationRepository::kCatchUpDays - rule.offsetDays));
        const QString toDate = isoDate(m_today.addDays(-rule.offsetDays));
        const QString t = rule.trigger;
        if (t == u"ticket_created"_s || t == u"ticket_resolved"_s || t == u"sla_at_risk"_s) {
            QString statement = u"SELECT t.id, t.client_id, t.contact_id, t.subject, t.assignee_id, t.risk_at, "
                                "CASE WHEN t.first_response_at IS NULL THEN t.response_due ELSE t.resolution_due END "
                                "FROM tickets t WHERE "_s;
            QVariantList values;
            if (t == u"ticket_created"_s) {
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
            auto q = sql::exec(m_conn, statement + u" ORDER BY t.id"_s, values);
            if (!q)
                return fail(q.error());
            while (q->next()) {
                Occurrence o;
                o.refType = u"ticket"_s;
                o.refId = o.ticketId = q->value(0).toLongLong();
                o.clientId = q->value(1).toLongLong();
                o.contactId = q->value(2).toLongLong();
                o.ticketSubject = q->value(3).toString();
                o.assigneeId = q->value(4).toLongLong();
                if (t == u"sla_at_risk"_s) {
                    o.occurrence = q->value(5).toString(); // a re-armed clock warns again
                    o.dueInstant = q->value(6).toLongLong();
                }
                list << o;
            }
        } else if (t == u"invoice_due"_s) {
            auto q = sql::exec(m_conn,
                u"SELECT id, client_id, number, total_minor - paid_minor, currency, due_on FROM invoices "
                "WHERE status IN ('issued', 'partially_paid') AND due_on > ? AND due_on <= ? ORDER BY id"_s,
                { fromDate, toDate });
            if (!q)
                return fail(q.error());
            while (q->next()) {
                Occurrence o;
                o.refType = u"invoice"_s;
                o.refId = q->value(0).toLongLong();
                o.clientId = q->value(1).toLongLong();
                o.invoiceNumber = q->value(2).toString();
                o.amountMinor = q->value(3).toLongLong();
                o.currency = q->value(4).toString();
                o.dueDate = QDate::fromString(q->value(5).toString(), Qt::ISODate);
                o.occurrence = q->value(5).toString();
                list << o;
            }
        } else if (t == u"review_date"_s) {
            auto q = sql::exec(m_conn,
                u"SELECT id, client_id, scheduled_on FROM reviews WHERE status = 'scheduled' "
                "AND scheduled_on > ? AND scheduled_on <= ? ORDER BY id"_s,
                { fromDate, toDate });
            if (!q)
                return fail(q.error());
            while (q->next()) {
                Occurrence o;
                o.refType = u"review"_s;
                o.refId = q->value(0).toLongLong();
                o.clientId = q->value(1).toLongLong();
                o.reviewDate = QDate::fromString(q->value(2).toString(), Qt::ISODate);
                o.occurrence = q->value(2).toString();
                list << o;
            }
        } else if (t == u"hours_warning"_s || t == u"hours_exhausted"_s) {
            // This month's hour ledger: once per client and month when the
            // used share reaches the threshold (a later run in the month
            // that finds it reached catches up).
            const QDate month(m_today.year(), m_today.month(), 1);
            auto rows = UnusedHoursReport(m_db).forMonth(month);
            if (!rows)
                return fail(rows.error());
            const HourBalanceConfig config = BillingSettings(m_db).hourBalanceConfig();
            const HourLevel wanted = t == u"hours_warning"_s ? HourLevel::Warning : HourLevel::Exhausted;
            for (const UnusedHoursRow &r : std::as_const(*rows)) {
                const HourBalance b = r.balance();
                const HourLevel level = b.level(config);
                if (level == HourLevel::None || level < wanted)
                    continue;
                Occurrence o;
                o.refType = u"client"_s;
                o.refId = o.clientId = r.clientId.value;
                o.month = month;
                o.occurrence = InvoiceRepository::monthKey(month);
                o.usedMinutes = b.usedMinutes;
                o.availableMinutes = b.availableMinutes();
                o.usedShareBp = b.usedShareBp().value_or(0);
                list << o;
            }
        } else if (t.startsWith(u"dunning_"_s)) {
            const QString step = t.mid(8);
            auto q = sql::exec(m_conn,
                u"SELECT id, client_id, due_on, outstanding_minor, currency FROM dunning_steps "
                "WHERE step = ? AND due_on > ? AND due_on <= ? ORDER BY id"_s,
                { step, fromDate, toDate });
            if (!q)
                return fail(q.error());
            const DunningConfig config = BillingSettings(m_db).dunningConfig();
            while (q->next()) {
                Occurrence o;
                o.refType = u"dunning_step"_s;
                o.refId = q->value(0).toLongLong();
                o.clientId = q->value(1).toLongLong();
                const QDate on = QDate::fromString(q->value(2).toString(), Qt::ISODate);
                o.amountMinor = q->value(3).toLongLong();
                o.currency = q->value(4).toString();
                if (step == u"notice"_s)
                    o.deadline = DunningRun(m_db).calendarFor(ClientId(o.clientId))
                                     .addBusinessDays(on, config.noticeDeadlineBusinessDays);
                auto numbers = sql::exec(m_conn,
                    u"SELECT number FROM invoices WHERE client_id = ? AND status IN ('issued', 'partially_paid') "
                    "AND due_on < ? ORDER BY due_on, id"_s,
                    { o.clientId, isoDate(on) });
                if (!numbers)
                    return fail(numbers.error());
                QStringList overdue;
                while (numbers->next())
                    overdue << numbers->value(0).toString();
                o.invoiceNumber = overdue.join(u", "_s);
                o.occurrence = isoDate(on);
                list << o;
            }
        }
        return list;
    }

    Result<bool> alreadyFired(const AutomationRule &rule, const Occurrence &o)
    {
        auto n = sql::scalar(m_conn,
            u"SELECT count(*) FROM automation_firings WHERE rule_id = ? AND ref_type = ? AND ref_id = ? "
            "AND occurrence = ?"_s,
            { rule.id, o.refType, o.refId, o.occurrence });
        if (!n)
            return fail(n.error());
        return n->toLongLong() > 0;
    }

    std::optional<Recipient> recipientFor(const AutomationRule &rule, const Occurrence &o, const ClientInfo &c)
    {
        if (rule.recipient.startsWith(u"staff:"_s)) {
            const qint64 user = rule.recipient == u"staff:assignee"_s ? o.assigneeId : c.managerId;
            if (user <= 0)
                return std::nullopt;
            auto q = sql::exec(m_conn, u"SELECT name, email FROM users WHERE id = ? AND active = 1"_s, { user });
            if (!q || !q->next() || q->value(1).toString().isEmpty())
                return std::nullopt;
            return Recipient { q->value(1).toString(), q->value(0).toString(), m_staffLanguage, 0, user };
        }
        // The ticket's own contact, else the client's first contact with an address.
        auto q = sql::exec(m_conn,
            u"SELECT id, name, email, language FROM contacts WHERE client_id = ? AND archived_at IS NULL "
            "AND email <> '' ORDER BY CASE WHEN id = ? THEN 0 ELSE 1 END, id LIMIT 1"_s,
            { o.clientId, o.contactId });
        if (!q || !q->next())
            return std::nullopt;
        return Recipient { q->value(2).toString(), q->value(1).toString(), q->value(3).toString(),
            q->value(0).toLongLong(), 0 };
    }

    ClientInfo clientInfo(qint64 id)
    {
        ClientInfo c;
        auto q = sql::exec(m_conn,
            u"SELECT c.short_name, c.legal_name, c.account_manager_id, m.name, c.overage_rate_minor, c.currency "
            "FROM clients c "
            "LEFT JOIN users m ON m.id = c.account_manager_id WHERE c.id = ?"_s,
            { id });
        if (q && q->next()) {
            c.legalName = q->value(1).toString();
            c.shortName = q->value(0).toString().isEmpty() ? c.legalName : q->value(0).toString();
            c.managerId = q->value(2).toLongLong();
            c.managerName = q->value(3).toString();
            c.overageRateMinor = q->value(4).toLongLong();
            c.currency = q->value(5).toString();
        }
        return c;
    }

    QHash<QString, QString> valuesFor(const Occurrence &o, const ClientInfo &c, const Recipient &r)
    {
        const QString lang = r.language;
        QHash<QString, QString> v;
        v.insert(u"client.short_name"_s, c.shortName);
        v.insert(u"client.legal_name"_s, c.legalName);
        v.insert(u"contact.name"_s, r.name);
        v.insert(u"manager.name"_s, c.managerName);
        v.insert(u"provider.name"_s, m_provider.isEmpty() ? c.managerName : m_provider);
        if (o.ticketId > 0) {
            v.insert(u"ticket.number"_s, QString::number(o.ticketId));
            v.insert(u"ticket.subject"_s, o.ticketSubject);
            QString assignee = u"—"_s;
            if (o.assigneeId > 0) {
                if (auto n = sql::scalar(m_conn, u"SELECT name FROM users WHERE id = ?"_s, { o.assigneeId }); n)
                    assignee = n->toString();
            }
            v.insert(u"assignee.name"_s, assignee);
        }
        if (!o.invoiceNumber.isEmpty())
            v.insert(u"invoice.number"_s, o.invoiceNumber);
        if (o.amountMinor >= 0)
            v.insert(u"invoice.total"_s, letterMoney(Money(o.amountMinor, o.currency), lang));
        if (o.dueDate.isValid())
            v.insert(u"due"_s, letterDate(o.dueDate, lang));
        if (o.dueInstant > 0)
            v.insert(u"due"_s, dueText(o.dueInstant, lang));
        if (o.deadline.isValid())
            v.insert(u"deadline"_s, letterDate(o.deadline, lang));
        if (o.reviewDate.isValid())
            v.insert(u"review.date"_s, letterDate(o.reviewDate, lang));
        if (o.month.isValid())
            v.insert(u"month"_s, letterMonth(o.month, lang));
        if (o.usedMinutes >= 0) {
            v.insert(u"hours.used"_s, letterHours(o.usedMinutes, lang));
            v.insert(u"hours.included"_s, letterHours(o.availableMinutes, lang));
            v.insert(u"hours.percent"_s, letterPercent(o.usedShareBp, lang));
            if (c.overageRateMinor > 0)
                v.insert(u"tariff.overage_rate"_s, letterMoney(Money(c.overageRateMinor, c.currency), lang));
        }
        return v;
    }

    // A run sends many messages from few templates: each is read once.
    Result<MessageTemplate> templateFor(const QString &key, const QString &language)
    {
        const QString id = key + u'/' + language;
        if (auto it = m_templates.constFind(id); it != m_templates.cend())
            return *it;
        auto t = AutomationRepository(m_db).templateFor(key, language);
        if (t)
            m_templates.insert(id, *t);
        return t;
    }

    Status act(const AutomationRule &rule, const Occurrence &o)
    {
        auto fired = alreadyFired(rule, o);
        if (!fired)
            return fail(fired.error());
        if (*fired)
            return {};
        // An unassigned ticket has nobody to warn yet (the account manager's
        // rule still fires); once assigned and still at risk, it fires then.
        if (rule.recipient == u"staff:assignee"_s && o.assigneeId <= 0)
            return {};
        const ClientInfo client = clientInfo(o.clientId);
        const auto recipient = recipientFor(rule, o, client);
        QString error;
        QString subject;
        QString body;
        QString language = recipient ? recipient->language : u"ru"_s;
        if (!recipient) {
            error = rule.recipient.startsWith(u"staff:"_s)
                ? QCoreApplication::translate("AutomationRepository", "No staff member with an e-mail address to tell.")
                : QCoreApplication::translate("AutomationRepository", "The client has no contact with an e-mail address.");
        } else {
            const auto t = templateFor(rule.templateKey, language);
            if (!t) {
                error = t.error();
            } else {
                const auto values = valuesFor(o, client, *recipient);
                auto s = renderTemplate(t->subject, values);
                auto b = s ? renderTemplate(t->body, values) : Result<QString>(Error { s.error() });
                if (!s || !b)
                    error = s ? b.error() : s.error();
                else {
                    subject = *s;
                    body = *b;
                }
            }
        }
        const auto count = [&] {
            ++m_summary.fired;
            ++m_summary.firedByRule[rule.key];
            ++(error.isEmpty() ? m_summary.queued : m_summary.unsendable);
        };
        if (m_summary.dryRun) {
            count();
            m_summary.previews << AutomationRunSummary::Preview { rule.key, o.clientId,
                recipient ? recipient->address : QString(), language, subject, body, error };
            return {};
        }
        auto ins = sql::exec(m_conn,
            u"INSERT INTO automation_firings (rule_id, ref_type, ref_id, occurrence, fired_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (rule_id, ref_type, ref_id, occurrence) DO NOTHING"_s,
            { rule.id, o.refType, o.refId, o.occurrence, m_asOf });
        if (!ins)
            return fail(ins.error());
        if (ins->numRowsAffected() != 1)
            return {}; // another run got there first
        auto firing = sql::scalar(m_conn,
            u"SELECT id FROM automation_firings WHERE rule_id = ? AND ref_type = ? AND ref_id = ? AND occurrence = ?"_s,
            { rule.id, o.refType, o.refId, o.occurrence });
        if (!firing)
            return fail(firing.error());
        auto msg = sql::exec(m_conn,
            u"INSERT INTO outbox_messages (rule_id, firing_id, client_id, contact_id, user_id, to_address, to_name, "
            "language, subject, body, state, needs_approval, last_error, ref_type, ref_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { rule.id, firing->toLongLong(), sql::nullIfZero(o.clientId),
                sql::nullIfZero(recipient ? recipient->contactId : 0), sql::nullIfZero(recipient ? recipient->userId : 0),
                text(recipient ? recipient->address : QString()), text(recipient ? recipient->name : QString()),
                language, error.isEmpty() ? subject : rule.name, text(error.isEmpty() ? body : QString()),
                error.isEmpty() ? u"queued"_s : u"failed"_s, rule.needsApproval ? 1 : 0, text(error), o.refType, o.refId,
                m_asOf });
        if (!msg)
            return fail(msg.error());
        count(); // only what this run wrote: a concurrent run's firings are not counted twice
        return {};
    }

    Database m_db;
    QSqlDatabase m_conn;
    qint64 m_asOf;
    QDate m_today;
    QString m_provider;
    QString m_staffLanguage;
    AutomationRunSummary m_summary;
    QHash<QString, MessageTemplate> m_templates;
};

} // namespace

Status AutomationRepository::ensureBuiltins()
{
    const QSqlDatabase conn = m_db.connection();
    auto n = sql::scalar(conn, u"SELECT count(*) FROM automation_rules WHERE builtin = 1"_s);
    auto m = sql::scalar(conn, u"SELECT count(*) FROM message_templates"_s);
    if (n && m && n->toInt() >= shippedRules().size() && m->toInt() >= shippedTemplates().size())
        return {};
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const MessageTemplate &t : shippedTemplates()) {
        if (auto q = sql::exec(conn,
                u"INSERT INTO message_templates (key, language, subject, body, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (key, language) DO NOTHING"_s,
                { t.key, t.language, t.subject, t.body, now });
            !q)
            return fail(q.error());
    }
    for (const RuleDefinition &r : shippedRules()) {
        if (auto q = sql::exec(conn,
                u"INSERT INTO automation_rules (key, name, trigger_kind, offset_days, recipient, template_key, "
                "needs_approval, enabled, builtin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?) "
                "ON CONFLICT (key) DO NOTHING"_s,
                { r.key, r.name, r.trigger, r.offsetDays, text(r.recipient), r.templateKey, r.needsApproval ? 1 : 0, now, now });
            !q)
            return fail(q.error());
    }
    return tx.commit();
}

QList<AutomationRule> AutomationRepository::rules()
{
    QList<AutomationRule> list;
    if (!ensureBuiltins())
        return list;
    auto q = sql::exec(m_db.connection(),
        u"SELECT id, key, name, trigger_kind, offset_days, recipient, template_key, needs_approval, enabled, builtin "
        "FROM automation_rules ORDER BY id"_s);
    if (!q)
        return list;
    while (q->next()) {
        list << AutomationRule { q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
            q->value(3).toString(), q->value(4).toInt(), q->value(5).toString(), q->value(6).toString(),
            q->value(7).toBool(), q->value(8).toBool(), q->value(9).toBool() };
    }
    return list;
}

Status AutomationRepository::setEnabled(const QString &ruleKey, bool enabled)
{
    if (Status s = ensureBuiltins(); !s)
        return s;
    auto q = sql::exec(m_db.connection(), u"UPDATE automation_rules SET enabled = ?, updated_at = ? WHERE key = ?"_s,
        { enabled ? 1 : 0, QDateTime::currentSecsSinceEpoch(), ruleKey });
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(tr("No automation rule \"%1\".").arg(ruleKey));
    return {};
}

QList<MessageTemplate> AutomationRepository::templates()
{
    QList<MessageTemplate> list;
    if (!ensureBuiltins())
        return list;
    auto q = sql::exec(m_db.connection(), u"SELECT key, language, subject, body FROM message_templates ORDER BY key, language"_s);
    while (q && q->next())
        list << MessageTemplate { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
            q->value(3).toString() };
    return list;
}

Result<MessageTemplate> AutomationRepository::templateFor(const QString &key, const QString &language)
{
    if (Status s = ensureBuiltins(); !s)
        return fail(s.error());
    auto q = sql::exec(m_db.connection(),
        u"SELECT key, language, subject, body FROM message_templates WHERE key = ? AND language = ?"_s, { key, language });
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(tr("No message template \"%1\" in language %2.").arg(key, language));
    return MessageTemplate { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
        q->value(3).toString() };
}

Status AutomationRepository::saveTemplate(const MessageTemplate &t)
{
    if (!QStringList({ u"ru"_s, u"kk"_s, u"en"_s }).contains(t.language))
        return fail(tr("A template's language is ru, kk or en, not \"%1\".").arg(t.language));
    if (Status s = validateTemplate(t); !s)
        return s;
    auto q = sql::exec(m_db.connection(),
        u"INSERT INTO message_templates (key, language, subject, body, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (key, language) DO UPDATE SET subject = excluded.subject, body = excluded.body, "
        "updated_at = excluded.updated_at"_s,
        { t.key, t.language, t.subject, t.body, QDateTime::currentSecsSinceEpoch() });
    if (!q)
        return fail(q.error());
    return {};
}

Result<AutomationRunSummary> AutomationRepository::run(qint64 asOf, bool dryRun)
{
    if (Status s = ensureBuiltins(); !s)
        return fail(s.error());
    const QList<AutomationRule> all = rules();
    const QSqlDatabase conn = m_db.connection();
    std::optional<Transaction> tx;
    if (!dryRun) {
        tx.emplace(conn);
        if (!tx->isActive())
            return fail(tx->error());
        // One run at a time per database: a second waits, then finds the
        // firings of the first and acts on nothing twice.
        if (Status s = m_db.dialect().serialize(conn, kAutomationLock); !s)
            return fail(s.error());
    }
    Run run(m_db, asOf, dryRun);
    for (const AutomationRule &rule : all) {
        if (!rule.enabled)
            continue;
        if (Status s = run.evaluate(rule); !s)
            return fail(s.error());
    }
    if (tx) {
        if (Status s = tx->commit(); !s)
            return fail(s.error());
    }
    return run.summary();
}

} // namespace rapport
