#pragma once

#include "automation/ruleconditions.h"

#include <QCoreApplication>
#include <QString>

namespace rapport {

struct AutomationRule;

// Translated names of what an automation rule is made of (trigger,
// recipient, action, offset, conditions) and of the shipped rules, shared by
// the rules table and the rule and template editors.
class AutomationLabels
{
    Q_DECLARE_TR_FUNCTIONS(AutomationLabels)

public:
    static QString trigger(const QString &kind);
    // '' is the client's contact; staff:assignee, staff:account_manager.
    static QString recipient(const QString &key);
    static QString action(const QString &key);
    static QString tariff(RuleConditions::Tariff tariff);
    static QString language(const QString &code);
    // "3 days before", "2 business days after", "on the day"; "" for an event trigger.
    static QString offset(const AutomationRule &rule);
    // A shipped rule's name in the current language; a rule added by hand keeps its own.
    static QString ruleName(const AutomationRule &rule);
    // One line: "priorities: High, Urgent; tariff: without" ("" for none).
    static QString conditions(const RuleConditions &conditions);
};

} // namespace rapport
