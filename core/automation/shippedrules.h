#pragma once

#include "messagetemplate.h"

#include <QList>

namespace rapport {

// A rule as Rapport ships it (DESIGN "Automation"): editable and able to be
// switched off in the database, never re-created once removed or changed.
struct RuleDefinition
{
    QString key;
    QString name;       // English; the UI translates it
    QString trigger;    // automation_rules.trigger_kind
    int offsetDays = 0; // date triggers: negative is before the date
    QString recipient;  // '' (the client's contact) or staff:assignee, staff:account_manager
    QString templateKey;
    bool needsApproval = false;
};

// Acknowledgement, resolution with the feedback request, payment reminder
// 3 days before due, debt notice, suspension and restoration notices,
// review invitation 7 days ahead, SLA at-risk alerts to the assignee and
// the account manager, hours at 80 % (to the account manager) and used up
// (to the client: overage starts).
const QList<RuleDefinition> &shippedRules();

// The shipped rules' templates in ru, kk and en.
const QList<MessageTemplate> &shippedTemplates();

// The trigger kinds a rule can follow.
const QStringList &triggerKinds();

} // namespace rapport
