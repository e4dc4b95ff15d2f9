#pragma once

#include "automation/messagetemplate.h"
#include "automation/ruleconditions.h"
#include "database.h"

#include <QHash>
#include <QList>

namespace rapport {

// A rule: when its trigger finds a record that matches its conditions, it
// queues a message from its template to its recipient, or creates a task for
// its task owner (action "task"; the template gives the task's title and
// notes). Date triggers are moved by offsetDays, counted in business days on
// the client's calendar when businessDays is set.
struct AutomationRule
{
    qint64 id = 0;
    QString key;
    QString name;
    QString trigger;
    int offsetDays = 0;
    QString recipient; // '' (the client's contact) or one of staffRecipients()
    QString templateKey;
    bool needsApproval = false;
    bool enabled = true;
    bool builtin = false;
    RuleConditions conditions;
    bool businessDays = false;
    QString action = QStringLiteral("message"); // one of ruleActions()
    QString taskOwner; // action "task": one of staffRecipients()
    // Stored conditions that do not parse (written past saveRule): the rule
    // does not fire until they are saved again.
    QString conditionsError;
};

// A template rendered on a real record, as the run would write it.
struct TemplatePreview
{
    QString rule;   // the rule whose trigger chose the record
    QString record; // which one: "Ticket #12 "…"", "Invoice 2026-0012", "Review on 2026-03-18"…
    qint64 clientId = 0;
    QString clientName;
    QString to;     // the recipient's address (a task: its owner's name)
    QString subject;
    QString body;
    QString error;  // why the run could not write this message
};

// What a run did, per rule and in all.
struct AutomationRunSummary
{
    qint64 asOf = 0;
    bool dryRun = false;
    int fired = 0;  // occurrences acted on for the first time
    int queued = 0; // messages put in the outbox (dry run: that would be)
    int unsendable = 0; // occurrences with no address or an unfillable template (outbox: failed)
    int tasks = 0; // tasks created by rules with the task action (dry run: that would be)
    QHash<QString, int> firedByRule;
    // The messages of a dry run (not written), for a preview.
    struct Preview
    {
        QString rule;
        qint64 clientId = 0;
        QString action; // message or task
        QString to;     // a task: its owner's name
        QString language;
        QString subject;
        QString body;
        QString error;
    };
    QList<Preview> previews;
};

// The automation rules and message templates (DESIGN "Automation") and the
// run that turns due triggers into outbox messages, or tasks (AutomationRun).
// A run is idempotent: a firing row per (rule, record, occurrence) is written
// with the message or task in one transaction, so a repeated, late or
// concurrent run never produces a second one; a record the rule's conditions
// leave out writes no firing. It catches up: a trigger that fell due up to 7 days
// before the run (the application was closed) still fires.
class AutomationRepository
{
public:
    explicit AutomationRepository(const Database &db) : m_db(db) {}

    static constexpr int kCatchUpDays = 7;

    // Adds the shipped rules and templates that are missing (never
    // overwrites an edited one).
    Status ensureBuiltins();

    QList<AutomationRule> rules();
    Result<AutomationRule> rule(const QString &ruleKey);
    // Audited.
    Status setEnabled(const QString &ruleKey, bool enabled);
    // Saves an existing rule (found by key): offset (-90..90; date triggers
    // only), business days (date triggers only), recipient, template (one
    // that exists), approval, enabled, conditions (valid; priorities and
    // channels on ticket triggers only; clients that exist), action and task
    // owner (needed for a task; the assignee on ticket triggers only). The
    // trigger and the name change only on a rule that is not shipped.
    // Validated first, audited.
    Status saveRule(const AutomationRule &rule);
    // The reason saveRule (or addRule, for a rule with an empty key) would
    // refuse `rule`, without writing anything.
    Status validateRule(const AutomationRule &rule);
    // Adds a rule of the team's own (not shipped) with the checks of
    // saveRule; it needs a name and a trigger, its key must be empty and is
    // given as custom_<id>. Audited. Returns the key.
    Result<QString> addRule(const AutomationRule &rule);
    // Deletes a rule of the team's own that has never fired; a shipped rule,
    // or one that has fired or queued a message, is refused (switch it off).
    // Audited.
    Status deleteRule(const QString &ruleKey);

    QList<MessageTemplate> templates();
    // The template keys in use (by rules or stored templates), sorted.
    QStringList templateKeys();
    Result<MessageTemplate> templateFor(const QString &key, const QString &language);
    // Validated first (unknown placeholders are refused), audited.
    Status saveTemplate(const MessageTemplate &t);

    // `draft` (not saved) rendered as the run renders it, in its language,
    // on the latest record of the trigger of the first rule that uses its
    // key (the latest one matching that rule's conditions when there is
    // one). An Error when there is no such record.
    Result<TemplatePreview> preview(const MessageTemplate &draft);

    // Evaluates every enabled rule as of `asOf` (UTC epoch seconds).
    Result<AutomationRunSummary> run(qint64 asOf, bool dryRun);

private:
    Database m_db;
};

} // namespace rapport
