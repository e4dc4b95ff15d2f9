#include "automationrun.h"

#include "automation/shippedrules.h"
#include "automationoccurrences.h"
#include "billingsettings.h"
#include "sql.h"
#include "taskrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

struct ClientInfo
{
    QString shortName;
    QString legalName;
    qint64 managerId = 0;
    QString managerName;
    qint64 overageRateMinor = 0;
    QString currency;
    bool hasTariff = false;
};

struct Recipient
{
    QString address;
    QString name;
    QString language;
    qint64 contactId = 0;
    qint64 userId = 0;
};

// What the run writes for one occurrence: the recipient (a task: its owner),
// the text in the recipient's language, or why there is none.
struct Composed
{
    std::optional<Recipient> recipient;
    QString language;
    QString subject;
    QString body;
    QString error;
};

using Occurrence = AutomationOccurrence;
using Pick = AutomationOccurrences::Pick;

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

} // namespace

class AutomationRun::Private
{
public:
    Private(const Database &db, qint64 asOf, bool dryRun)
        : m_db(db)
        , m_conn(db.connection())
        , m_asOf(asOf)
        , m_occurrences(db, asOf)
        , m_today(m_occurrences.today())
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
        auto found = m_occurrences.find(rule, Pick::Window);
        if (!found)
            return fail(found.error());
        for (const Occurrence &o : std::as_const(*found)) {
            // A record the rule is not for: no message, no task, no firing
            // (should the conditions change, it may still fire later).
            if (!rule.conditions.matches(factsOf(o)))
                continue;
            if (Status s = act(rule, o); !s)
                return s;
        }
        return {};
    }

    Result<TemplatePreview> preview(const AutomationRule &rule, const MessageTemplate &draft)
    {
        auto found = m_occurrences.find(rule, Pick::Latest);
        if (!found)
            return fail(found.error());
        if (found->isEmpty())
            return fail(QCoreApplication::translate(
                "AutomationRepository", "There is no record yet to preview this template on (%1).")
                            .arg(recordKind(rule.trigger)));
        const auto it = std::find_if(
            found->cbegin(), found->cend(), [&](const Occurrence &o) { return rule.conditions.matches(factsOf(o)); });
        const Occurrence &o = it != found->cend() ? *it : found->first();
        const ClientInfo client = clientInfo(o.clientId);
        const Composed c = compose(rule, o, client, &draft);
        TemplatePreview p;
        p.rule = rule.key;
        p.record = recordText(o);
        p.clientId = o.clientId;
        p.clientName = client.shortName;
        p.to = c.recipient ? (rule.action == u"task"_s ? c.recipient->name : c.recipient->address) : QString();
        p.subject = c.subject;
        p.body = c.body;
        p.error = c.error;
        return p;
    }

    AutomationRunSummary m_summary;

private:
    static QString recordKind(const QString &trigger)
    {
        if (isTicketTrigger(trigger))
            return QCoreApplication::translate("AutomationRepository", "a ticket");
        if (trigger == u"invoice_due"_s)
            return QCoreApplication::translate("AutomationRepository", "an issued invoice");
        if (trigger == u"review_date"_s)
            return QCoreApplication::translate("AutomationRepository", "a review");
        if (trigger.startsWith(u"dunning_"_s))
            return QCoreApplication::translate("AutomationRepository", "a dunning step");
        return QCoreApplication::translate("AutomationRepository", "a client with a tariff");
    }

    static QString recordText(const Occurrence &o)
    {
        if (o.ticketId > 0)
            return QCoreApplication::translate("AutomationRepository", "Ticket #%1 \"%2\"")
                .arg(o.ticketId)
                .arg(o.ticketSubject);
        if (o.refType == u"invoice"_s)
            return QCoreApplication::translate("AutomationRepository", "Invoice %1").arg(o.invoiceNumber);
        if (o.refType == u"review"_s)
            return QCoreApplication::translate("AutomationRepository", "Review on %1").arg(isoDate(o.reviewDate));
        if (o.refType == u"dunning_step"_s)
            return QCoreApplication::translate("AutomationRepository", "Dunning step of %1").arg(o.occurrence);
        return QCoreApplication::translate("AutomationRepository", "Hours of %1").arg(o.occurrence);
    }

    RuleFacts factsOf(const Occurrence &o)
    {
        const ClientInfo c = clientInfo(o.clientId);
        return RuleFacts { o.clientId, c.hasTariff, o.priority, o.channel };
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

    // The ticket's assignee or the client's account manager, active; with
    // an e-mail address when a message goes to them.
    std::optional<Recipient> staffMember(
        const QString &key, const Occurrence &o, const ClientInfo &c, bool needsAddress)
    {
        const qint64 user = key == u"staff:assignee"_s ? o.assigneeId : c.managerId;
        if (user <= 0)
            return std::nullopt;
        auto q = sql::exec(m_conn, u"SELECT name, email, language FROM users WHERE id = ? AND active = 1"_s, { user });
        if (!q || !q->next() || (needsAddress && q->value(1).toString().isEmpty()))
            return std::nullopt;
        // Their own language, else the team's.
        const QString language = q->value(2).toString();
        return Recipient { q->value(1).toString(), q->value(0).toString(),
            language.isEmpty() ? m_staffLanguage : language, 0, user };
    }

    // The ticket's own contact, else the client's first contact with an address.
    std::optional<Recipient> contactOf(const Occurrence &o)
    {
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
        if (const auto it = m_clients.constFind(id); it != m_clients.cend())
            return *it;
        ClientInfo c;
        auto q = sql::exec(m_conn,
            u"SELECT c.short_name, c.legal_name, c.account_manager_id, m.name, c.overage_rate_minor, c.currency, "
            "CASE WHEN c.fee_minor IS NULL THEN 0 ELSE 1 END FROM clients c "
            "LEFT JOIN users m ON m.id = c.account_manager_id WHERE c.id = ?"_s,
            { id });
        if (q && q->next()) {
            c.legalName = q->value(1).toString();
            c.shortName = q->value(0).toString().isEmpty() ? c.legalName : q->value(0).toString();
            c.managerId = q->value(2).toLongLong();
            c.managerName = q->value(3).toString();
            c.overageRateMinor = q->value(4).toLongLong();
            c.currency = q->value(5).toString();
            c.hasTariff = q->value(6).toInt() == 1;
        }
        m_clients.insert(id, c);
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

    // The recipient and the text of one occurrence. A message goes to the
    // rule's recipient in their language; a task belongs to the rule's task
    // owner and is written in their language (the team's when they have
    // none), {contact.name} being the client's contact. `draft` (a
    // preview) replaces the stored template and sets the language.
    Composed compose(const AutomationRule &rule, const Occurrence &o, const ClientInfo &client,
        const MessageTemplate *draft = nullptr)
    {
        Composed c;
        std::optional<Recipient> contact;
        if (rule.action == u"task"_s) {
            c.recipient = staffMember(rule.taskOwner, o, client, false);
            contact = contactOf(o);
            if (!contact)
                contact = Recipient();
            // The task is read by its owner: in the owner's language.
            contact->language = c.recipient ? c.recipient->language : m_staffLanguage;
            if (!c.recipient)
                c.error
                    = QCoreApplication::translate("AutomationRepository", "No active staff member to own the task.");
        } else {
            c.recipient
                = rule.recipient.startsWith(u"staff:"_s) ? staffMember(rule.recipient, o, client, true) : contactOf(o);
            contact = c.recipient;
            if (!c.recipient)
                c.error = rule.recipient.startsWith(u"staff:"_s)
                    ? QCoreApplication::translate(
                        "AutomationRepository", "No staff member with an e-mail address to tell.")
                    : QCoreApplication::translate(
                        "AutomationRepository", "The client has no contact with an e-mail address.");
        }
        c.language = draft ? draft->language : contact ? contact->language : u"ru"_s;
        if (!c.error.isEmpty())
            return c;
        contact->language = c.language;
        const auto t = draft ? Result<MessageTemplate>(*draft) : templateFor(rule.templateKey, c.language);
        if (!t) {
            c.error = t.error();
            return c;
        }
        const auto values = valuesFor(o, client, *contact);
        auto s = renderTemplate(t->subject, values);
        auto b = s ? renderTemplate(t->body, values) : Result<QString>(Error { s.error() });
        if (!s || !b) {
            c.error = s ? b.error() : s.error();
            return c;
        }
        c.subject = *s;
        c.body = *b;
        return c;
    }

    // The firing of one occurrence, written first: nothing when another run
    // wrote it (its id is 0 then).
    Result<qint64> writeFiring(const AutomationRule &rule, const Occurrence &o)
    {
        auto ins = sql::exec(m_conn,
            u"INSERT INTO automation_firings (rule_id, ref_type, ref_id, occurrence, fired_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (rule_id, ref_type, ref_id, occurrence) DO NOTHING"_s,
            { rule.id, o.refType, o.refId, o.occurrence, m_asOf });
        if (!ins)
            return fail(ins.error());
        if (ins->numRowsAffected() != 1)
            return qint64(0); // another run got there first
        auto firing = sql::scalar(m_conn,
            u"SELECT id FROM automation_firings WHERE rule_id = ? AND ref_type = ? AND ref_id = ? AND occurrence = ?"_s,
            { rule.id, o.refType, o.refId, o.occurrence });
        if (!firing)
            return fail(firing.error());
        return firing->toLongLong();
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
        const QString staff = rule.action == u"task"_s ? rule.taskOwner : rule.recipient;
        if (staff == u"staff:assignee"_s && o.assigneeId <= 0)
            return {};
        const ClientInfo client = clientInfo(o.clientId);
        const Composed c = compose(rule, o, client);
        const bool task = rule.action == u"task"_s;
        if (task && !c.recipient) {
            // A task needs its owner: none now (no account manager, or an
            // inactive one), so no firing; the task is created once there is.
            ++m_summary.unsendable;
            if (m_summary.dryRun)
                m_summary.previews << AutomationRunSummary::Preview { rule.key, o.clientId, u"task"_s, QString(),
                    c.language, QString(), QString(), c.error };
            return {};
        }
        const auto count = [&] {
            ++m_summary.fired;
            ++m_summary.firedByRule[rule.key];
            if (task)
                ++m_summary.tasks;
            else
                ++(c.error.isEmpty() ? m_summary.queued : m_summary.unsendable);
        };
        if (m_summary.dryRun) {
            count();
            m_summary.previews << AutomationRunSummary::Preview { rule.key, o.clientId, rule.action,
                c.recipient ? (task ? c.recipient->name : c.recipient->address) : QString(), c.language, c.subject,
                c.body, c.error };
            return {};
        }
        auto firing = writeFiring(rule, o);
        if (!firing)
            return fail(firing.error());
        if (*firing == 0)
            return {};
        if (task) {
            // The template gives the title and the notes; one that cannot
            // be filled still leaves the task, titled by the rule, with the
            // reason in its notes.
            Task t;
            t.title = c.error.isEmpty() ? c.subject : rule.name;
            t.notes = c.error.isEmpty() ? c.body : c.error;
            t.clientId = ClientId(o.clientId);
            t.ownerId = UserId(c.recipient->userId);
            t.dueOn = o.triggerDay.isValid() ? o.triggerDay : m_today;
            t.source = o.ticketId > 0 ? TaskSource::Ticket : TaskSource::Manual;
            t.ticketId = TicketId(o.ticketId);
            auto added = TaskRepository(m_db).add(t);
            if (!added)
                return fail(added.error());
            count();
            return {};
        }
        const auto &r = c.recipient;
        auto msg = sql::exec(m_conn,
            u"INSERT INTO outbox_messages (rule_id, firing_id, client_id, contact_id, user_id, to_address, to_name, "
            "language, subject, body, state, needs_approval, last_error, ref_type, ref_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { rule.id, *firing, sql::nullIfZero(o.clientId), sql::nullIfZero(r ? r->contactId : 0),
                sql::nullIfZero(r ? r->userId : 0), text(r ? r->address : QString()), text(r ? r->name : QString()),
                c.language, c.error.isEmpty() ? c.subject : rule.name, text(c.error.isEmpty() ? c.body : QString()),
                c.error.isEmpty() ? u"queued"_s : u"failed"_s, rule.needsApproval ? 1 : 0, text(c.error), o.refType,
                o.refId, m_asOf });
        if (!msg)
            return fail(msg.error());
        count(); // only what this run wrote: a concurrent run's firings are not counted twice
        return {};
    }

    Database m_db;
    QSqlDatabase m_conn;
    qint64 m_asOf;
    AutomationOccurrences m_occurrences;
    QDate m_today;
    QString m_provider;
    QString m_staffLanguage;
    QHash<qint64, ClientInfo> m_clients;
    QHash<QString, MessageTemplate> m_templates;
};

AutomationRun::AutomationRun(const Database &db, qint64 asOf, bool dryRun)
    : d(std::make_unique<Private>(db, asOf, dryRun))
{
}

AutomationRun::~AutomationRun() = default;

Status AutomationRun::evaluate(const AutomationRule &rule)
{
    return d->evaluate(rule);
}

AutomationRunSummary AutomationRun::summary() const
{
    return d->m_summary;
}

Result<TemplatePreview> AutomationRun::preview(const AutomationRule &rule, const MessageTemplate &draft)
{
    return d->preview(rule, draft);
}

} // namespace rapport
