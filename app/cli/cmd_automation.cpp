// automation run / rules / enable / disable / rule-set, outbox list / show / approve /
// cancel / retry / send, mail configure / show: rules that turn dates and
// events into messages to clients and staff, and their delivery.
#include "asof.h"
#include "cli.h"

#include "automation/mailpassword.h"
#include "automation/outboxsender.h"
#include "automation/shippedrules.h"
#include "domain/clock.h"
#include "isotime.h"
#include "regulationjson.h"
#include "storage/automationrepository.h"
#include "storage/mailsettings.h"
#include "storage/outboxrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

// --as-of ISO 8601 (default now), or nothing after reporting usage.
std::optional<qint64> asOfOption(Context &ctx, int *code)
{
    if (!ctx.parser.isSet(u"as-of"_s))
        return Clock::nowSecs();
    const auto at = instantFromIso(ctx.parser.value(u"as-of"_s), QTimeZone::systemTimeZone());
    if (!at)
        *code = ctx.usage(u"--as-of: \"%1\" is not an ISO 8601 date-time"_s.arg(ctx.parser.value(u"as-of"_s)));
    return at;
}

QJsonObject ruleJson(const AutomationRule &r)
{
    return { { u"id"_s, r.id }, { u"key"_s, r.key }, { u"name"_s, r.name }, { u"trigger"_s, r.trigger },
        { u"offset_days"_s, r.offsetDays }, { u"recipient"_s, r.recipient.isEmpty() ? u"client"_s : r.recipient },
        { u"template"_s, r.templateKey }, { u"needs_approval"_s, r.needsApproval }, { u"enabled"_s, r.enabled },
        { u"builtin"_s, r.builtin },
        { u"conditions"_s, QJsonDocument::fromJson(r.conditions.toJson().toUtf8()).object() },
        { u"business_days"_s, r.businessDays }, { u"action"_s, r.action }, { u"task_owner"_s, r.taskOwner } };
}

QJsonObject messageJson(const OutboxMessage &m, bool withBody)
{
    QJsonObject o { { u"id"_s, m.id }, { u"rule"_s, m.ruleKey }, { u"client_id"_s, m.clientId.value },
        { u"client"_s, m.clientName }, { u"to"_s, m.toAddress }, { u"to_name"_s, m.toName },
        { u"language"_s, m.language }, { u"subject"_s, m.subject }, { u"state"_s, m.state },
        { u"needs_approval"_s, m.needsApproval }, { u"attempts"_s, m.attempts },
        { u"next_attempt_at"_s, isoUtc(m.nextAttemptAt) }, { u"error"_s, m.lastError },
        { u"ref_type"_s, m.refType }, { u"ref_id"_s, m.refId }, { u"created_at"_s, isoUtc(m.createdAt) },
        { u"sent_at"_s, isoUtc(m.sentAt) } };
    if (withBody)
        o.insert(u"body"_s, m.body);
    return o;
}

int runAutomationRun(Context &ctx)
{
    int code = Success;
    const auto asOf = asOfOption(ctx, &code);
    if (!asOf)
        return code;
    // An instant after now only previews: nothing is queued or marked as fired.
    const auto future = futureAsOf(ctx, u"as-of"_s, *asOf);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto summary = AutomationRepository(*db).run(*asOf, future || ctx.parser.isSet(u"dry-run"_s));
    if (!summary)
        return ctx.failure(summary.error());
    if (ctx.json()) {
        QJsonObject byRule;
        for (auto it = summary->firedByRule.cbegin(); it != summary->firedByRule.cend(); ++it)
            byRule.insert(it.key(), it.value());
        QJsonArray previews;
        for (const auto &p : summary->previews)
            previews.append(QJsonObject { { u"rule"_s, p.rule }, { u"client_id"_s, p.clientId },
                { u"action"_s, p.action }, { u"to"_s, p.to },
                { u"language"_s, p.language }, { u"subject"_s, p.subject }, { u"body"_s, p.body },
                { u"error"_s, p.error } });
        QJsonObject out { { u"as_of"_s, isoUtc(summary->asOf) }, { u"dry_run"_s, summary->dryRun },
            { u"fired"_s, summary->fired }, { u"queued"_s, summary->queued },
            { u"unsendable"_s, summary->unsendable }, { u"tasks"_s, summary->tasks }, { u"by_rule"_s, byRule } };
        if (summary->dryRun)
            out.insert(u"messages"_s, previews);
        if (future)
            markFuturePreview(out);
        ctx.printJson(out);
        return Success;
    }
    QString text = future ? QString(futurePreviewLine(*future) + u'\n') : QString();
    text += u"%1 rule firings, %2 messages queued, %3 without an address or text, %4 tasks created%5"_s
                .arg(summary->fired)
                .arg(summary->queued)
                .arg(summary->unsendable)
                .arg(summary->tasks)
                .arg(summary->dryRun ? u" (dry run: nothing written)"_s : QString());
    QStringList keys = summary->firedByRule.keys();
    keys.sort();
    for (const QString &k : keys)
        text += u"\n  %1  %2"_s.arg(k.leftJustified(24)).arg(summary->firedByRule.value(k));
    for (const auto &p : summary->previews)
        text += u"\n  → %1 [%2] %3%4"_s.arg(p.to.isEmpty() ? u"(no address)"_s : p.to, p.language,
            p.error.isEmpty() ? p.subject : p.error, QString());
    ctx.print(text);
    return Success;
}

int runRules(Context &ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const auto rules = AutomationRepository(*db).rules();
    if (ctx.json()) {
        QJsonArray list;
        for (const AutomationRule &r : rules)
            list.append(ruleJson(r));
        ctx.printJson({ { u"rules"_s, list } });
        return Success;
    }
    QStringList lines;
    for (const AutomationRule &r : rules) {
        const QString offset
            = r.offsetDays ? u"%1 %2"_s.arg(r.offsetDays).arg(r.businessDays ? u"bd"_s : u"d"_s) : QString();
        QString extra;
        if (r.action == u"task"_s)
            extra += u"  task for "_s + r.taskOwner;
        if (r.needsApproval)
            extra += u"  needs approval"_s;
        if (!r.conditions.isEmpty())
            extra += u"  if "_s + r.conditions.toJson();
        if (!r.conditionsError.isEmpty())
            extra += u"  conditions unreadable: "_s + r.conditionsError;
        lines << u"%1  %2  %3  %4%5"_s.arg(r.key.leftJustified(24), r.trigger.leftJustified(16),
            offset.leftJustified(7), r.enabled ? u"on "_s : u"off"_s, extra);
    }
    ctx.print(lines.join(u'\n'));
    return Success;
}

int runEnable(Context &ctx, bool enabled)
{
    const QString key = ctx.positional.value(1);
    if (key.isEmpty())
        return ctx.usage(u"automation %1 needs a rule key (see automation rules)"_s.arg(enabled ? u"enable"_s : u"disable"_s));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (Status s = AutomationRepository(*db).setEnabled(key, enabled); !s)
        return ctx.failure(s.error());
    ctx.print(u"rule %1 %2"_s.arg(key, enabled ? u"enabled"_s : u"disabled"_s));
    return Success;
}

// The rule's fields from the options of rule-set and rule-add: what is not
// given stays as it is. A usage message when an option is malformed.
std::optional<QString> applyRuleOptions(Context &ctx, AutomationRule &rule)
{
    const auto both = [&](const QString &a, const QString &b) {
        return ctx.parser.isSet(a) && ctx.parser.isSet(b);
    };
    for (const auto &[a, b] : { std::pair { u"business-days"_s, u"calendar-days"_s },
             std::pair { u"enable"_s, u"disable"_s }, std::pair { u"approval"_s, u"no-approval"_s } }) {
        if (both(a, b))
            return u"--%1 and --%2 exclude each other"_s.arg(a, b);
    }
    if (ctx.parser.isSet(u"offset"_s)) {
        bool ok = false;
        rule.offsetDays = ctx.parser.value(u"offset"_s).toInt(&ok);
        if (!ok)
            return u"--offset: \"%1\" is not a whole number of days"_s.arg(ctx.parser.value(u"offset"_s));
    }
    if (ctx.parser.isSet(u"conditions"_s)) {
        auto parsed = RuleConditions::fromJson(ctx.parser.value(u"conditions"_s));
        if (!parsed)
            return u"--conditions: "_s + parsed.error();
        rule.conditions = *parsed;
    }
    if (ctx.parser.isSet(u"action"_s) && !ruleActions().contains(ctx.parser.value(u"action"_s)))
        return u"--action must be %1"_s.arg(ruleActions().join(u" or "_s));
    if (ctx.parser.isSet(u"business-days"_s) || ctx.parser.isSet(u"calendar-days"_s))
        rule.businessDays = ctx.parser.isSet(u"business-days"_s);
    if (ctx.parser.isSet(u"enable"_s) || ctx.parser.isSet(u"disable"_s))
        rule.enabled = ctx.parser.isSet(u"enable"_s);
    if (ctx.parser.isSet(u"approval"_s) || ctx.parser.isSet(u"no-approval"_s))
        rule.needsApproval = ctx.parser.isSet(u"approval"_s);
    if (ctx.parser.isSet(u"action"_s))
        rule.action = ctx.parser.value(u"action"_s);
    if (ctx.parser.isSet(u"task-owner"_s))
        rule.taskOwner = ctx.parser.value(u"task-owner"_s);
    if (ctx.parser.isSet(u"recipient"_s))
        rule.recipient = ctx.parser.value(u"recipient"_s);
    if (ctx.parser.isSet(u"template"_s))
        rule.templateKey = ctx.parser.value(u"template"_s);
    // A message has no task owner (as the rule editor saves it).
    if (rule.action == u"message"_s && !ctx.parser.isSet(u"task-owner"_s))
        rule.taskOwner.clear();
    return std::nullopt;
}

int printRule(Context &ctx, AutomationRepository &repo, const QString &key, const QString &done)
{
    auto saved = repo.rule(key);
    if (!saved)
        return ctx.failure(saved.error());
    if (ctx.json())
        ctx.printJson({ { u"rule"_s, ruleJson(*saved) } });
    else
        ctx.print(u"rule %1 %2"_s.arg(key, done));
    return Success;
}

// automation rule-set KEY [--offset N] [--business-days|--calendar-days]
// [--enable|--disable] [--approval|--no-approval] [--conditions JSON]
// [--action message|task] [--task-owner KEY] [--recipient KEY] [--template KEY]:
// what is not given stays as it is.
int runRuleSet(Context &ctx)
{
    const QString key = ctx.positional.value(1);
    if (key.isEmpty())
        return ctx.usage(u"automation rule-set needs a rule key (see automation rules)"_s);
    AutomationRule probe;
    if (auto bad = applyRuleOptions(ctx, probe))
        return ctx.usage(*bad);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    AutomationRepository repo(*db);
    auto found = repo.rule(key);
    if (!found)
        return ctx.failure(found.error());
    AutomationRule rule = *found;
    (void)applyRuleOptions(ctx, rule);
    if (Status s = repo.saveRule(rule); !s)
        return ctx.failure(s.error());
    return printRule(ctx, repo, key, u"saved"_s);
}

// automation rule-add --name N --trigger T --template K [the options of
// rule-set]: a rule of the team's own, keyed custom_<id>.
int runRuleAdd(Context &ctx)
{
    if (!ctx.positional.value(1).isEmpty())
        return ctx.usage(u"automation rule-add gives the key itself (custom_<id>); name the rule with --name"_s);
    for (const QString &needed : { u"name"_s, u"trigger"_s, u"template"_s }) {
        if (!ctx.parser.isSet(needed))
            return ctx.usage(u"automation rule-add needs --%1"_s.arg(needed));
    }
    AutomationRule rule;
    rule.name = ctx.parser.value(u"name"_s);
    rule.trigger = ctx.parser.value(u"trigger"_s);
    if (auto bad = applyRuleOptions(ctx, rule))
        return ctx.usage(*bad);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    AutomationRepository repo(*db);
    auto added = repo.addRule(rule);
    if (!added)
        return ctx.failure(added.error());
    return printRule(ctx, repo, *added, u"added"_s);
}

int runRuleDelete(Context &ctx)
{
    const QString key = ctx.positional.value(1);
    if (key.isEmpty())
        return ctx.usage(u"automation rule-delete needs a rule key (see automation rules)"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (Status s = AutomationRepository(*db).deleteRule(key); !s)
        return ctx.failure(s.error());
    if (ctx.json())
        ctx.printJson({ { u"deleted"_s, key } });
    else
        ctx.print(u"rule %1 deleted"_s.arg(key));
    return Success;
}

int runAutomation(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"run"_s)
        return runAutomationRun(ctx);
    if (action == u"rules"_s)
        return runRules(ctx);
    if (action == u"enable"_s || action == u"disable"_s)
        return runEnable(ctx, action == u"enable"_s);
    if (action == u"rule-set"_s)
        return runRuleSet(ctx);
    if (action == u"rule-add"_s)
        return runRuleAdd(ctx);
    if (action == u"rule-delete"_s)
        return runRuleDelete(ctx);
    const QString actions = u"run, rules, enable, disable, rule-set, rule-add or rule-delete"_s;
    return ctx.usage(action.isEmpty() ? u"automation needs an action: "_s + actions
                                      : u"unknown automation action \"%1\" (%2)"_s.arg(action, actions));
}

int runOutboxList(Context &ctx)
{
    std::optional<QString> state;
    if (ctx.parser.isSet(u"state"_s)) {
        state = ctx.parser.value(u"state"_s);
        if (!OutboxRepository::states().contains(*state))
            return ctx.usage(u"--state must be one of %1"_s.arg(OutboxRepository::states().join(u", "_s)));
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const auto rows = OutboxRepository(*db).list(state);
    if (ctx.json()) {
        QJsonArray list;
        for (const OutboxMessage &m : rows)
            list.append(messageJson(m, false));
        ctx.printJson({ { u"messages"_s, list }, { u"count"_s, int(rows.size()) } });
        return Success;
    }
    QStringList lines;
    for (const OutboxMessage &m : rows)
        lines << u"%1  %2  %3  %4  %5"_s.arg(QString::number(m.id).rightJustified(5), m.state.leftJustified(9),
            m.toAddress.leftJustified(28), m.language, m.lastError.isEmpty() ? m.subject : m.lastError);
    ctx.print(lines.isEmpty() ? u"the outbox is empty"_s : lines.join(u'\n'));
    return Success;
}

int runOutboxOne(Context &ctx, const QString &action)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    OutboxRepository outbox(*db);
    if (action == u"approve"_s && ctx.parser.isSet(u"all"_s)) {
        auto n = outbox.approveAll();
        if (!n)
            return ctx.failure(n.error());
        if (ctx.json())
            ctx.printJson({ { u"approved"_s, *n } });
        else
            ctx.print(u"%1 messages approved"_s.arg(*n));
        return Success;
    }
    int code = Success;
    const auto id = idValue(ctx, u"message id"_s, ctx.positional.value(1), &code);
    if (!id)
        return code;
    Status s = action == u"approve"_s ? outbox.approve(*id)
        : action == u"cancel"_s       ? outbox.cancel(*id)
        : action == u"retry"_s        ? outbox.retry(*id)
                                      : Status();
    if (!s)
        return ctx.failure(s.error());
    auto m = outbox.byId(*id);
    if (!m)
        return ctx.failure(m.error());
    if (ctx.json())
        ctx.printJson({ { u"message"_s, messageJson(*m, true) } });
    else if (action == u"show"_s)
        ctx.print(u"%1 → %2 <%3> [%4, %5]\n%6\n\n%7"_s.arg(m->state, m->toName, m->toAddress, m->language,
            m->ruleKey, m->subject, m->body));
    else
        ctx.print(u"message %1 %2"_s.arg(*id).arg(m->state));
    return Success;
}

int runOutboxSend(Context &ctx)
{
    int code = Success;
    const auto now = asOfOption(ctx, &code);
    if (!now)
        return code;
    // Mail is not sent, nor dated, ahead of time: no dry run, a refusal.
    if (const auto future = futureAsOf(ctx, u"as-of"_s, *now))
        return refuseFutureRun(ctx, u"outbox send"_s, *future);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    MailConfig config = MailSettings(*db).config();
    if (config.mode == MailConfig::Mode::Smtp && !config.smtp.user.isEmpty()) {
        const MailPassword::Lookup password = MailPassword::find(config.smtp);
        if (password.source == MailPassword::Source::None)
            return ctx.failure(u"no SMTP password for %1: set RAPPORT_SMTP_PASSWORD or store one with mail "
                               "configure --password-stdin%2"_s.arg(config.smtp.user,
                                   password.error.isEmpty() ? QString() : u" ("_s + password.error + u')'));
        config.smtp.password = password.password;
    }
    auto summary = OutboxSender(*db, config).sendDue(*now);
    if (!summary)
        return ctx.failure(summary.error());
    if (ctx.json()) {
        ctx.printJson({ { u"sent"_s, summary->sent }, { u"failed"_s, summary->failed },
            { u"errors"_s, QJsonArray::fromStringList(summary->errors) } });
    } else {
        QString text = u"%1 sent, %2 failed"_s.arg(summary->sent).arg(summary->failed);
        for (const QString &e : summary->errors)
            text += u"\n  "_s + e;
        ctx.print(text);
    }
    return summary->failed > 0 ? Failure : Success;
}

int runOutbox(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"list"_s)
        return runOutboxList(ctx);
    if (action == u"send"_s)
        return runOutboxSend(ctx);
    if (action == u"show"_s || action == u"approve"_s || action == u"cancel"_s || action == u"retry"_s)
        return runOutboxOne(ctx, action);
    const QString actions = u"list, show, approve, cancel, retry or send"_s;
    return ctx.usage(action.isEmpty() ? u"outbox needs an action: "_s + actions
                                      : u"unknown outbox action \"%1\" (%2)"_s.arg(action, actions));
}

QJsonObject mailJson(const MailConfig &c)
{
    const bool smtpLogin = c.mode == MailConfig::Mode::Smtp && !c.smtp.user.isEmpty();
    const MailPassword::Lookup password = smtpLogin ? MailPassword::find(c.smtp) : MailPassword::Lookup();
    return { { u"password"_s, MailPassword::sourceKey(password.source) }, { u"mode"_s, c.mode == MailConfig::Mode::Smtp ? u"smtp"_s : u"eml"_s }, { u"host"_s, c.smtp.host },
        { u"port"_s, c.smtp.port }, { u"security"_s, securityKey(c.smtp.security) }, { u"user"_s, c.smtp.user },
        { u"from"_s, c.smtp.fromAddress }, { u"from_name"_s, c.smtp.fromName }, { u"folder"_s, c.folder },
        { u"ca_file"_s, c.smtp.caFile }, { u"configured"_s, c.isConfigured() } };
}

int runMail(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action != u"configure"_s && action != u"show"_s)
        return ctx.usage(action.isEmpty() ? u"mail needs an action: configure or show"_s
                                          : u"unknown mail action \"%1\" (configure or show)"_s.arg(action));
    MailConfig config;
    if (action == u"configure"_s) {
        if (ctx.parser.isSet(u"eml-folder"_s)) {
            config.mode = MailConfig::Mode::EmlFolder;
            config.folder = ctx.parser.value(u"eml-folder"_s);
            config.smtp.fromAddress = ctx.parser.value(u"from"_s);
            config.smtp.fromName = ctx.parser.value(u"from-name"_s);
        } else {
            int code = Success;
            config.mode = MailConfig::Mode::Smtp;
            config.smtp.host = ctx.required(u"host"_s, &code);
            const QString from = code == Success ? ctx.required(u"from"_s, &code) : QString();
            if (code != Success)
                return code;
            config.smtp.fromAddress = from;
            bool ok = true;
            config.smtp.port = ctx.parser.isSet(u"port"_s) ? ctx.parser.value(u"port"_s).toInt(&ok) : 587;
            if (!ok)
                return ctx.usage(u"--port: \"%1\" is not a number"_s.arg(ctx.parser.value(u"port"_s)));
            const auto security = securityFromKey(ctx.parser.value(u"security"_s).isEmpty()
                    ? u"starttls"_s
                    : ctx.parser.value(u"security"_s));
            if (!security)
                return ctx.usage(u"--security must be none, starttls or tls"_s);
            config.smtp.security = *security;
            config.smtp.user = ctx.parser.value(u"user"_s);
            config.smtp.fromName = ctx.parser.value(u"from-name"_s);
            config.smtp.caFile = ctx.parser.value(u"ca-file"_s);
        }
    }
    auto db = ctx.openDatabase(true, false); // --user is the SMTP login here
    if (!db)
        return ctx.failure(db.error());
    MailSettings settings(*db);
    if (action == u"configure"_s) {
        if (ctx.parser.isSet(u"password-stdin"_s) && (config.mode != MailConfig::Mode::Smtp || config.smtp.user.isEmpty()))
            return ctx.usage(u"--password-stdin needs an SMTP login (--host … --user U)"_s);
        if (Status s = settings.setConfig(config); !s)
            return ctx.failure(s.error());
        if (ctx.parser.isSet(u"password-stdin"_s)) {
            // One line from standard input, never an argument (ps shows those).
            QTextStream in(stdin);
            const QString password = in.readLine();
            if (password.isEmpty())
                return ctx.usage(u"--password-stdin: standard input held no password"_s);
            if (Status s = MailPassword::store(config.smtp, password); !s)
                return ctx.failure(s.error() + u" Set RAPPORT_SMTP_PASSWORD for scripts instead."_s);
        }
    }
    const MailConfig now = settings.config();
    if (ctx.json())
        ctx.printJson({ { u"mail"_s, mailJson(now) } });
    else if (now.mode == MailConfig::Mode::Smtp)
        ctx.print(u"mail through %1:%2 (%3)%4, from %5"_s.arg(now.smtp.host).arg(now.smtp.port)
                      .arg(securityKey(now.smtp.security),
                          now.smtp.user.isEmpty() ? QString() : u" as "_s + now.smtp.user, now.smtp.fromAddress));
    else
        ctx.print(now.folder.isEmpty() ? u"mail is not configured"_s : u"mail written as .eml files to "_s + now.folder);
    return Success;
}

Registrar automation { { u"automation"_s,
    u"Automation rules: automation run [--as-of ISO8601] [--dry-run], rules, enable KEY, disable KEY, "
    "rule-set KEY [--offset N] [--business-days|--calendar-days] [--enable|--disable] [--approval|--no-approval] "
    "[--conditions JSON] [--action message|task] [--task-owner KEY] [--recipient KEY] [--template KEY], "
    "rule-add --name N --trigger T --template K [the options of rule-set], rule-delete KEY."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"run, rules, enable, disable, rule-set, rule-add or rule-delete"_s,
            u"run|rules|enable|disable|rule-set|rule-add|rule-delete"_s);
        p.addPositionalArgument(
            u"rule"_s, u"enable, disable, rule-set, rule-delete: the rule's key"_s, u"[KEY]"_s);
        p.addOption({ u"name"_s, u"rule-add: the rule's name."_s, u"text"_s });
        p.addOption({ u"trigger"_s, u"rule-add: what the rule follows (see automation rules for the kinds)."_s,
            u"kind"_s });
        p.addOption({ u"as-of"_s, u"run: the instant to evaluate (default now)."_s, u"iso"_s });
        p.addOption({ u"dry-run"_s, u"run: show the messages, write nothing (implied by an --as-of after now)."_s });
        p.addOption(
            { u"offset"_s, u"rule-set, rule-add: days from the trigger's date, -90 to 90 (negative: before)."_s, u"days"_s });
        p.addOption({ u"business-days"_s, u"rule-set, rule-add: count the offset in business days on the client's calendar."_s });
        p.addOption({ u"calendar-days"_s, u"rule-set, rule-add: count the offset in calendar days."_s });
        p.addOption({ u"enable"_s, u"rule-set, rule-add: switch the rule on."_s });
        p.addOption({ u"disable"_s, u"rule-set, rule-add: switch the rule off."_s });
        p.addOption({ u"approval"_s, u"rule-set, rule-add: its messages wait for approval."_s });
        p.addOption({ u"no-approval"_s, u"rule-set, rule-add: its messages go out without approval."_s });
        p.addOption({ u"conditions"_s,
            u"rule-set, rule-add: a JSON object with priorities, channels, client_ids, tariff (any|with|without); {} for none."_s,
            u"json"_s });
        p.addOption({ u"action"_s, u"rule-set, rule-add: message (queue a message) or task (create a task)."_s, u"action"_s });
        p.addOption({ u"task-owner"_s, u"rule-set, rule-add: who owns the task: staff:assignee or staff:account_manager."_s,
            u"key"_s });
        p.addOption({ u"recipient"_s, u"rule-set, rule-add: client, staff:assignee or staff:account_manager."_s, u"key"_s });
        p.addOption({ u"template"_s, u"rule-set, rule-add: the message template's key."_s, u"key"_s });
    },
    runAutomation } };

Registrar outbox { { u"outbox"_s,
    u"Messages to clients and staff: outbox list [--state S], show ID, approve ID|--all, cancel ID, retry ID, "
    "send [--as-of ISO8601]."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"list, show, approve, cancel, retry or send"_s,
            u"list|show|approve|cancel|retry|send"_s);
        p.addPositionalArgument(u"id"_s, u"show, approve, cancel, retry: the message's id"_s, u"[ID]"_s);
        p.addOption({ u"state"_s, u"list: queued, approved, sending, sent, failed or cancelled."_s, u"state"_s });
        p.addOption({ u"all"_s, u"approve: every message waiting for approval."_s });
        p.addOption(
            { u"as-of"_s, u"send: the instant retries are due against (default now; not after now)."_s, u"iso"_s });
    },
    runOutbox } };

Registrar mail { { u"mail"_s,
    u"Mail delivery: mail configure --host H --port P --security none|starttls|tls [--user U] --from ADDRESS "
    "[--from-name N] [--ca-file F] [--password-stdin], or mail configure --eml-folder DIR; mail show. The SMTP "
    "password comes from RAPPORT_SMTP_PASSWORD, else from the OS keychain (stored there by --password-stdin)."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"configure or show"_s, u"configure|show"_s);
        p.addOption({ u"host"_s, u"configure: the SMTP server."_s, u"host"_s });
        p.addOption({ u"port"_s, u"configure: its port (default 587)."_s, u"port"_s });
        p.addOption({ u"security"_s, u"configure: none, starttls (default) or tls."_s, u"mode"_s });
        // --user (a global option) is the SMTP login for mail configure.
        p.addOption({ u"from"_s, u"configure: the sender address."_s, u"address"_s });
        p.addOption({ u"from-name"_s, u"configure: the sender's display name."_s, u"name"_s });
        p.addOption({ u"ca-file"_s, u"configure: a CA certificate to trust (PEM)."_s, u"file"_s });
        p.addOption({ u"password-stdin"_s,
            u"configure: read the SMTP password from standard input and keep it in the OS keychain."_s });
        p.addOption({ u"eml-folder"_s, u"configure: write .eml files to this folder instead of SMTP."_s, u"dir"_s });
    },
    runMail } };

} // namespace
} // namespace rapport::cli
