#include "automationrepository.h"

#include "auditlog.h"
#include "automation/shippedrules.h"
#include "automationrun.h"
#include "domain/clock.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Distinct from the migration and billing locks (Dialect::serialize).
constexpr qint64 kAutomationLock = 0x5261707041757401; // "RappAut\x01"

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AutomationRepository", text, disambiguation, n);
}

// NOT NULL text columns: a null QString binds as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kRuleColumns
    = u"SELECT id, key, name, trigger_kind, offset_days, recipient, template_key, needs_approval, "
      "enabled, builtin, conditions, business_days, action, task_owner FROM automation_rules"_s;

AutomationRule readRule(const QSqlQuery &q)
{
    AutomationRule r;
    r.id = q.value(0).toLongLong();
    r.key = q.value(1).toString();
    r.name = q.value(2).toString();
    r.trigger = q.value(3).toString();
    r.offsetDays = q.value(4).toInt();
    r.recipient = q.value(5).toString();
    r.templateKey = q.value(6).toString();
    r.needsApproval = q.value(7).toBool();
    r.enabled = q.value(8).toBool();
    r.builtin = q.value(9).toBool();
    if (auto c = RuleConditions::fromJson(q.value(10).toString()))
        r.conditions = *c;
    else
        r.conditionsError = c.error();
    r.businessDays = q.value(11).toBool();
    r.action = q.value(12).toString();
    r.taskOwner = q.value(13).toString();
    return r;
}

// The rule as the audit log records it.
QVariantMap toMap(const AutomationRule &r)
{
    return { { u"name"_s, r.name }, { u"trigger_kind"_s, r.trigger }, { u"offset_days"_s, r.offsetDays },
        { u"business_days"_s, r.businessDays }, { u"recipient"_s, r.recipient }, { u"template_key"_s, r.templateKey },
        { u"needs_approval"_s, r.needsApproval }, { u"enabled"_s, r.enabled },
        { u"conditions"_s, r.conditions.toJson() }, { u"action"_s, r.action }, { u"task_owner"_s, r.taskOwner } };
}

// The recipient "client" (as the CLI shows it) is the stored ''.
AutomationRule normalized(const AutomationRule &rule)
{
    AutomationRule r = rule;
    r.recipient = r.recipient.trimmed();
    if (r.recipient == u"client"_s)
        r.recipient.clear();
    r.taskOwner = r.taskOwner.trimmed();
    r.templateKey = r.templateKey.trimmed();
    r.name = r.name.trimmed();
    if (r.action.isEmpty())
        r.action = u"message"_s;
    return r;
}

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
                { r.key, r.name, r.trigger, r.offsetDays, text(r.recipient), r.templateKey, r.needsApproval ? 1 : 0,
                    now, now });
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
    auto q = sql::exec(m_db.connection(), kRuleColumns + u" ORDER BY id"_s);
    while (q && q->next())
        list << readRule(*q);
    return list;
}

Result<AutomationRule> AutomationRepository::rule(const QString &ruleKey)
{
    if (Status s = ensureBuiltins(); !s)
        return fail(s.error());
    auto q = sql::exec(m_db.connection(), kRuleColumns + u" WHERE key = ?"_s, { ruleKey });
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(tr("No automation rule \"%1\".").arg(ruleKey));
    return readRule(*q);
}

Status AutomationRepository::setEnabled(const QString &ruleKey, bool enabled)
{
    auto old = rule(ruleKey);
    if (!old)
        return fail(old.error());
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto q = sql::exec(conn, u"UPDATE automation_rules SET enabled = ?, updated_at = ? WHERE id = ?"_s,
        { enabled ? 1 : 0, Clock::nowSecs(), old->id });
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(tr("No automation rule \"%1\".").arg(ruleKey));
    if (Status s = AuditLog(m_db).record(u"automation_rule"_s, old->id, AuditLog::Action::Update,
            { { u"enabled"_s, old->enabled } }, { { u"enabled"_s, enabled } });
        !s)
        return s;
    return tx.commit();
}

Status AutomationRepository::validateRule(const AutomationRule &input)
{
    const AutomationRule rule = normalized(input);
    // An empty key is a rule not yet added (addRule): nothing shipped about it.
    auto old = rule.key.isEmpty() ? Result<AutomationRule>(AutomationRule()) : this->rule(rule.key);
    if (!old)
        return fail(old.error());
    // A shipped rule keeps its trigger and its name (the UI translates it).
    const QString trigger = old->builtin ? old->trigger : rule.trigger;
    if (!triggerKinds().contains(trigger))
        return fail(tr("Unknown trigger \"%1\" (%2).").arg(trigger, triggerKinds().join(u", "_s)));
    if (!old->builtin && rule.name.isEmpty())
        return fail(tr("A rule needs a name."));
    if (rule.offsetDays < -90 || rule.offsetDays > 90)
        return fail(tr("The offset is between -90 and 90 days, not %1.").arg(rule.offsetDays));
    if (!isDateTrigger(trigger) && (rule.offsetDays != 0 || rule.businessDays))
        return fail(tr("Only a date trigger (invoice due, review date, a dunning step) is moved by days; "
                       "\"%1\" is an event.")
                        .arg(trigger));
    const auto staffKey = [&](const QString &key, bool allowClient) -> Status {
        if (key.isEmpty() && allowClient)
            return {};
        if (!staffRecipients().contains(key))
            return fail(allowClient
                    ? tr("Unknown recipient \"%1\" (client, %2).").arg(key, staffRecipients().join(u", "_s))
                    : tr("A task needs its owner: %1.").arg(staffRecipients().join(u" or "_s)));
        if (key == u"staff:assignee"_s && !isTicketTrigger(trigger))
            return fail(tr("Only a ticket has an assignee: choose the account manager or the client's contact."));
        return {};
    };
    if (Status s = staffKey(rule.recipient, true); !s)
        return s;
    if (!ruleActions().contains(rule.action))
        return fail(tr("Unknown action \"%1\" (%2).").arg(rule.action, ruleActions().join(u", "_s)));
    if (rule.action == u"task"_s || !rule.taskOwner.isEmpty()) {
        if (Status s = staffKey(rule.taskOwner, false); !s)
            return s;
    }
    const QSqlDatabase conn = m_db.connection();
    auto templates = sql::scalar(conn, u"SELECT count(*) FROM message_templates WHERE key = ?"_s, { rule.templateKey });
    if (!templates)
        return fail(templates.error());
    if (templates->toLongLong() == 0)
        return fail(tr("No message template \"%1\".").arg(rule.templateKey));
    if (Status s = rule.conditions.validate(); !s)
        return s;
    if (rule.conditions.needsTicket() && !isTicketTrigger(trigger))
        return fail(tr("Priorities and channels are conditions on tickets; this rule follows \"%1\".").arg(trigger));
    for (qint64 id : rule.conditions.clientIds) {
        auto n = sql::scalar(conn, u"SELECT count(*) FROM clients WHERE id = ?"_s, { id });
        if (!n)
            return fail(n.error());
        if (n->toLongLong() == 0)
            return fail(tr("No client with id %1.").arg(id));
    }
    return {};
}

Result<QString> AutomationRepository::addRule(const AutomationRule &input)
{
    AutomationRule rule = normalized(input);
    if (!rule.key.isEmpty())
        return fail(tr("A new rule gets its key when it is added; \"%1\" is given.").arg(rule.key));
    // The shipped templates are there to be chosen, in a database that never listed its rules.
    if (Status s = ensureBuiltins(); !s)
        return fail(s.error());
    if (Status s = validateRule(rule); !s)
        return fail(s.error());
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    // Inserted under a key no one else can hold, then named after its id:
    // two desks adding a rule at once get custom_7 and custom_8.
    const QString pending = u"pending_"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = Clock::nowSecs();
    auto ins = sql::exec(conn,
        u"INSERT INTO automation_rules (key, name, trigger_kind, offset_days, business_days, recipient, template_key, "
        "needs_approval, enabled, builtin, conditions, action, task_owner, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"_s,
        { pending, rule.name, rule.trigger, rule.offsetDays, rule.businessDays ? 1 : 0, text(rule.recipient),
            rule.templateKey, rule.needsApproval ? 1 : 0, rule.enabled ? 1 : 0, rule.conditions.toJson(), rule.action,
            text(rule.taskOwner), now, now });
    if (!ins)
        return fail(ins.error());
    rule.id = ins->lastInsertId().toLongLong();
    rule.key = u"custom_%1"_s.arg(rule.id);
    if (auto q = sql::exec(conn, u"UPDATE automation_rules SET key = ? WHERE id = ?"_s, { rule.key, rule.id }); !q)
        return fail(q.error());
    QVariantMap created = toMap(rule);
    created.insert(u"key"_s, rule.key);
    if (Status s = AuditLog(m_db).record(u"automation_rule"_s, rule.id, AuditLog::Action::Create, {}, created); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return rule.key;
}

Status AutomationRepository::deleteRule(const QString &ruleKey)
{
    auto old = rule(ruleKey);
    if (!old)
        return fail(old.error());
    if (old->builtin)
        return fail(tr("\"%1\" is a shipped rule: switch it off instead of deleting it.").arg(ruleKey));
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    // What a rule did stays explained: one that has fired or queued a
    // message keeps its row and can only be switched off.
    auto fired = sql::scalar(conn, u"SELECT count(*) FROM automation_firings WHERE rule_id = ?"_s, { old->id });
    auto queued = sql::scalar(conn, u"SELECT count(*) FROM outbox_messages WHERE rule_id = ?"_s, { old->id });
    if (!fired || !queued)
        return fail(!fired ? fired.error() : queued.error());
    if (fired->toLongLong() > 0 || queued->toLongLong() > 0)
        return fail(tr("\"%1\" has already fired %n time(s): switch it off to keep what it sent explained.", nullptr,
            int(std::max(fired->toLongLong(), queued->toLongLong())))
                .arg(old->name));
    auto q = sql::exec(conn, u"DELETE FROM automation_rules WHERE id = ?"_s, { old->id });
    if (!q)
        return fail(q.error());
    QVariantMap before = toMap(*old);
    before.insert(u"key"_s, old->key);
    if (Status s = AuditLog(m_db).record(u"automation_rule"_s, old->id, AuditLog::Action::Delete, before, {}); !s)
        return s;
    return tx.commit();
}

Status AutomationRepository::saveRule(const AutomationRule &input)
{
    if (input.key.trimmed().isEmpty())
        return fail(tr("Only an existing rule can be saved; a new one is added first."));
    if (Status s = validateRule(input); !s)
        return s;
    AutomationRule rule = normalized(input);
    const auto old = this->rule(rule.key);
    if (!old)
        return fail(old.error());
    rule.id = old->id;
    rule.builtin = old->builtin;
    if (old->builtin) {
        rule.trigger = old->trigger;
        rule.name = old->name;
    }
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto q = sql::exec(conn,
        u"UPDATE automation_rules SET name = ?, trigger_kind = ?, offset_days = ?, business_days = ?, recipient = ?, "
        "template_key = ?, needs_approval = ?, enabled = ?, conditions = ?, action = ?, task_owner = ?, updated_at = ? "
        "WHERE id = ?"_s,
        { rule.name, rule.trigger, rule.offsetDays, rule.businessDays ? 1 : 0, text(rule.recipient), rule.templateKey,
            rule.needsApproval ? 1 : 0, rule.enabled ? 1 : 0, rule.conditions.toJson(), rule.action,
            text(rule.taskOwner), Clock::nowSecs(), rule.id });
    if (!q)
        return fail(q.error());
    if (Status s
        = AuditLog(m_db).record(u"automation_rule"_s, rule.id, AuditLog::Action::Update, toMap(*old), toMap(rule));
        !s)
        return s;
    return tx.commit();
}

QList<MessageTemplate> AutomationRepository::templates()
{
    QList<MessageTemplate> list;
    if (!ensureBuiltins())
        return list;
    auto q = sql::exec(
        m_db.connection(), u"SELECT key, language, subject, body FROM message_templates ORDER BY key, language"_s);
    while (q && q->next())
        list << MessageTemplate { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
            q->value(3).toString() };
    return list;
}

QStringList AutomationRepository::templateKeys()
{
    QStringList keys;
    if (!ensureBuiltins())
        return keys;
    auto q = sql::exec(m_db.connection(),
        u"SELECT key FROM message_templates UNION SELECT template_key FROM automation_rules ORDER BY 1"_s);
    while (q && q->next())
        keys << q->value(0).toString();
    return keys;
}

Result<MessageTemplate> AutomationRepository::templateFor(const QString &key, const QString &language)
{
    if (Status s = ensureBuiltins(); !s)
        return fail(s.error());
    auto q = sql::exec(m_db.connection(),
        u"SELECT key, language, subject, body FROM message_templates WHERE key = ? AND language = ?"_s,
        { key, language });
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
    if (t.key.trimmed().isEmpty())
        return fail(tr("A template needs a key."));
    if (Status s = validateTemplate(t); !s)
        return s;
    const auto old = templateFor(t.key, t.language);
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    auto q = sql::exec(conn,
        u"INSERT INTO message_templates (key, language, subject, body, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (key, language) DO UPDATE SET subject = excluded.subject, body = excluded.body, "
        "updated_at = excluded.updated_at"_s,
        { t.key, t.language, t.subject, t.body, Clock::nowSecs() });
    if (!q)
        return fail(q.error());
    auto id = sql::scalar(
        conn, u"SELECT id FROM message_templates WHERE key = ? AND language = ?"_s, { t.key, t.language });
    if (!id)
        return fail(id.error());
    const QVariantMap after { { u"key"_s, t.key }, { u"language"_s, t.language }, { u"subject"_s, t.subject },
        { u"body"_s, t.body } };
    const Status audited = old
        ? AuditLog(m_db).record(u"message_template"_s, id->toLongLong(), AuditLog::Action::Update,
            { { u"key"_s, old->key }, { u"language"_s, old->language }, { u"subject"_s, old->subject },
                { u"body"_s, old->body } },
            after)
        : AuditLog(m_db).record(u"message_template"_s, id->toLongLong(), AuditLog::Action::Create, {}, after);
    if (!audited)
        return audited;
    return tx.commit();
}

Result<TemplatePreview> AutomationRepository::preview(const MessageTemplate &draft)
{
    if (!QStringList({ u"ru"_s, u"kk"_s, u"en"_s }).contains(draft.language))
        return fail(tr("A template's language is ru, kk or en, not \"%1\".").arg(draft.language));
    // The record comes from the trigger of a rule that uses the template
    // (an enabled one first); a template no rule uses is shown on a ticket.
    const QList<AutomationRule> all = rules();
    std::optional<AutomationRule> user;
    for (const AutomationRule &r : all) {
        if (r.templateKey == draft.key && (!user || (r.enabled && !user->enabled)))
            user = r;
    }
    if (!user) {
        user = AutomationRule();
        user->trigger = u"ticket_created"_s;
        user->templateKey = draft.key;
    }
    return AutomationRun(m_db, Clock::nowSecs(), true).preview(*user, draft);
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
    AutomationRun run(m_db, asOf, dryRun);
    for (const AutomationRule &rule : all) {
        // Conditions that do not parse (written past saveRule) would match
        // what the rule was not meant for: the rule waits until they are fixed.
        if (!rule.enabled || !rule.conditionsError.isEmpty())
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
