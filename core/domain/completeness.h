#pragma once

#include "client.h"

#include <QList>
#include <QString>

namespace rapport {

// What a client card still lacks, shown on the card and as a score in the
// list. A pure function of the card: no database involved.
struct CompletenessItem
{
    QString key;  // stable: "contract_number", "contact_email"…
    QString text; // translated, for people
};

struct Completeness
{
    QList<CompletenessItem> missing;
    int satisfied = 0;
    int total = 0;

    // satisfied / total in whole percent, rounded down: 100 only when nothing is missing.
    int percent() const { return total == 0 ? 100 : satisfied * 100 / total; }
    bool isComplete() const { return missing.isEmpty(); }
};

struct CompletenessInput
{
    // Billing comes later: only when checkInvoice is set does "no invoice
    // yet" count, with hasInvoice telling whether there is one.
    bool checkInvoice = false;
    bool hasInvoice = false;
};

// Checks, in this order: legal name, tax id, contract number, contract
// start, a contact with an email, a tariff, an account manager, a sales
// owner and (optionally) an invoice. The SLA policy is never missing: a card
// without one uses the default policy. Archived contacts do not count.
Completeness assessCompleteness(const Client &client, const CompletenessInput &input = {});

// Every key assessCompleteness can report, in its order.
QStringList completenessKeys();

} // namespace rapport
