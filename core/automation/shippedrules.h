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

// Date triggers (invoice due, review date, the dunning steps): offset_days
// moves them, in calendar days or in business days on the client's calendar.
// The others are events and take no offset.
bool isDateTrigger(const QString &trigger);
// Triggers whose record is a ticket: only they know an assignee, a priority
// and a channel.
bool isTicketTrigger(const QString &trigger);

// Staff recipients of a message and owners of a task: the ticket's assignee
// and the client's account manager. A rule's recipient is one of them or ''
// (the client's contact).
const QStringList &staffRecipients();

// What a rule does when it fires: "message" (queue a message from its
// template to its recipient) or "task" (create a task for its task owner).
const QStringList &ruleActions();

} // namespace rapport
