#include "automationlabels.h"

#include "automation/shippedrules.h"
#include "storage/automationrepository.h"
#include "tickets/ticketlabels.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString AutomationLabels::trigger(const QString &kind)
{
    if (kind == u"ticket_created"_s)
        return tr("Ticket created");
    if (kind == u"ticket_resolved"_s)
        return tr("Ticket resolved");
    if (kind == u"invoice_due"_s)
        return tr("Invoice due date");
    if (kind == u"dunning_notice"_s)
        return tr("Debt notice");
    if (kind == u"dunning_suspend"_s)
        return tr("Work suspended for debt");
    if (kind == u"dunning_claim"_s)
        return tr("Formal claim");
    if (kind == u"dunning_restore"_s)
        return tr("Work restored after payment");
    if (kind == u"review_date"_s)
        return tr("Review date");
    if (kind == u"sla_at_risk"_s)
        return tr("SLA at risk");
    if (kind == u"hours_warning"_s)
        return tr("Hours running out");
    if (kind == u"hours_exhausted"_s)
        return tr("Hours used up");
    return kind;
}

QString AutomationLabels::recipient(const QString &key)
{
    if (key.isEmpty() || key == u"client"_s)
        return tr("Client's contact");
    if (key == u"staff:assignee"_s)
        return tr("Assignee");
    if (key == u"staff:account_manager"_s)
        return tr("Account manager");
    return key;
}

QString AutomationLabels::action(const QString &key)
{
    if (key == u"task"_s)
        return tr("Task");
    return tr("Message");
}

QString AutomationLabels::tariff(RuleConditions::Tariff tariff)
{
    switch (tariff) {
    case RuleConditions::Tariff::Any: return tr("Any client");
    case RuleConditions::Tariff::With: return tr("Clients with a tariff");
    case RuleConditions::Tariff::Without: return tr("Clients without a tariff");
    }
    return {};
}

QString AutomationLabels::language(const QString &code)
{
    if (code == u"ru"_s)
        return tr("Russian");
    if (code == u"kk"_s)
        return tr("Kazakh");
    if (code == u"en"_s)
        return tr("English");
    return code;
}

QString AutomationLabels::offset(const AutomationRule &rule)
{
    if (!isDateTrigger(rule.trigger))
        return {};
    const int n = qAbs(rule.offsetDays);
    if (n == 0)
        return tr("On the day");
    if (rule.businessDays)
        return rule.offsetDays < 0 ? tr("%n business day(s) before", nullptr, n)
                                   : tr("%n business day(s) after", nullptr, n);
    return rule.offsetDays < 0 ? tr("%n day(s) before", nullptr, n) : tr("%n day(s) after", nullptr, n);
}

QString AutomationLabels::ruleName(const AutomationRule &rule)
{
    if (!rule.builtin)
        return rule.name;
    // The shipped rules' names (core/automation/shippedrules.cpp), by key.
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
        { "ticket_acknowledgement", QT_TRANSLATE_NOOP("AutomationLabels", "Acknowledge a new ticket") },
        { "ticket_resolved",
            QT_TRANSLATE_NOOP("AutomationLabels", "Tell the client a ticket is resolved and ask for feedback") },
        { "payment_reminder", QT_TRANSLATE_NOOP("AutomationLabels", "Payment reminder 3 days before due") },
        { "debt_notice", QT_TRANSLATE_NOOP("AutomationLabels", "Debt notice with the suspension deadline") },
        { "suspension_notice", QT_TRANSLATE_NOOP("AutomationLabels", "Work suspended for the debt") },
        { "formal_claim", QT_TRANSLATE_NOOP("AutomationLabels", "Formal claim for the debt") },
        { "restoration_notice", QT_TRANSLATE_NOOP("AutomationLabels", "Work restored after payment") },
        { "review_invitation", QT_TRANSLATE_NOOP("AutomationLabels", "Review invitation 7 days ahead") },
        { "sla_at_risk_assignee", QT_TRANSLATE_NOOP("AutomationLabels", "SLA at risk: tell the assignee") },
        { "sla_at_risk_manager", QT_TRANSLATE_NOOP("AutomationLabels", "SLA at risk: tell the account manager") },
        { "hours_warning_manager", QT_TRANSLATE_NOOP("AutomationLabels", "Hours at 80 %: tell the account manager") },
        { "hours_exhausted_contact",
            QT_TRANSLATE_NOOP("AutomationLabels", "Hours used up: tell the client that overage starts") },
    };
    for (const auto &n : names) {
        if (rule.key == QLatin1StringView(n.key))
            return tr(n.name);
    }
    return rule.name;
}

QString AutomationLabels::conditions(const RuleConditions &c)
{
    QStringList parts;
    if (!c.priorities.isEmpty()) {
        QStringList names;
        for (const QString &key : c.priorities)
            names << (priorityFromKey(key) ? TicketLabels::priority(*priorityFromKey(key)) : key);
        parts << tr("priorities: %1").arg(names.join(u", "_s));
    }
    if (!c.channels.isEmpty()) {
        QStringList names;
        for (const QString &key : c.channels)
            names << TicketLabels::channelKey(key);
        parts << tr("channels: %1").arg(names.join(u", "_s));
    }
    if (!c.clientIds.isEmpty())
        parts << tr("%n client(s)", nullptr, int(c.clientIds.size()));
    if (c.tariff != RuleConditions::Tariff::Any)
        parts << tariff(c.tariff);
    return parts.join(u"; "_s);
}

} // namespace rapport
