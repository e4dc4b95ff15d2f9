#pragma once

#include "automation/messagetemplate.h"
#include "database.h"

#include <QHash>
#include <QList>

namespace rapport {

struct AutomationRule
{
    qint64 id = 0;
    QString key;
    QString name;
    QString trigger;
    int offsetDays = 0;
    QString recipient;
    QString templateKey;
    bool needsApproval = false;
    bool enabled = true;
    bool builtin = false;
};

// What a run did, per rule and in all.
struct AutomationRunSummary
{
    qint64 asOf = 0;
    bool dryRun = false;
    int fired = 0;  // occurrences acted on for the first time
    int queued = 0; // messages put in the outbox (dry run: that would be)
    int unsendable = 0; // occurrences with no address or an unfillable template (outbox: failed)
    QHash<QString, int> firedByRule;
    // The messages of a dry run (not written), for a preview.
    struct Preview
    {
        QString rule;
        qint64 clientId = 0;
        QString to;
        QString language;
        QString subject;
        QString body;
        QString error;
    };
    QList<Preview> previews;
};

// The automation rules and message templates (DESIGN "Automation") and the
// run that turns due triggers into outbox messages. A run is idempotent: a
// firing row per (rule, record, occurrence) is written with the message in
// one transaction, so a repeated, late or concurrent run never produces a
// second message. It catches up: a trigger that fell due up to 7 days
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
    Status setEnabled(const QString &ruleKey, bool enabled);

    QList<MessageTemplate> templates();
    Result<MessageTemplate> templateFor(const QString &key, const QString &language);
    // Validated first (unknown placeholders are refused).
    Status saveTemplate(const MessageTemplate &t);

    // Evaluates every enabled rule as of `asOf` (UTC epoch seconds).
    Result<AutomationRunSummary> run(qint64 asOf, bool dryRun);

private:
    Database m_db;
};

} // namespace rapport
