#pragma once

#include "domain/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace rapport {

// What the run knows of the record a rule's trigger found: its client and,
// for a ticket, its priority and channel ("" for an invoice, a review…).
struct RuleFacts
{
    qint64 clientId = 0;
    bool clientHasTariff = false;
    QString priority; // ticket priority key: low, normal, high, urgent
    QString channel; // ticket channel key: email, phone, messenger, portal, visit, other
};

// The conditions of an automation rule (DESIGN "Automation"): a record must
// match every one that is set for the rule to fire on it. Stored as a JSON
// object in automation_rules.conditions, every key optional:
//   {"priorities": ["high", "urgent"], "channels": ["phone"],
//    "client_ids": [12, 40], "tariff": "without"}
// "{}" (nothing set) matches every record. Lists are kept sorted and
// without repeats, so equal conditions serialize to equal text.
struct RuleConditions
{
    enum class Tariff { Any, With, Without };

    QStringList priorities; // empty: any priority
    QStringList channels; // empty: any channel
    QList<qint64> clientIds; // empty: any client
    Tariff tariff = Tariff::Any;

    bool isEmpty() const;
    // Priorities or channels are set: only a ticket can match.
    bool needsTicket() const { return !priorities.isEmpty() || !channels.isEmpty(); }

    bool matches(const RuleFacts &facts) const;

    // Known keys only, known priority and channel keys, positive client ids.
    Status validate() const;

    // Parses and validates; empty text is "{}". The error names the key or
    // value at fault.
    static Result<RuleConditions> fromJson(const QString &json);
    // Compact JSON with only the keys that are set ("{}" when none).
    QString toJson() const;

    // "any", "with", "without" and back.
    static QString tariffKey(Tariff tariff);
    static std::optional<Tariff> tariffFromKey(const QString &key);

    friend bool operator==(const RuleConditions &, const RuleConditions &) = default;
};

} // namespace rapport
