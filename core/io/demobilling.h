#pragma once

#include "storage/database.h"

#include <atomic>

namespace rapport {

// Billing in the demo: the provider's legal details (if none are set), then
// for the last three months the monthly run, every invoice issued early in
// the following month, and payments the way clients pay — most on time, some
// late, some in part, some not at all — with the acts sent or signed. A
// dunning run as of today then leaves unpaid clients at every stage (notice,
// suspended, claim, blocked), and a few of them have a promise to pay, a
// guarantee letter or a team lead's hold. The current month is left for the
// user to bill. Deterministic for a seed; goes through the billing services
// inside the caller's transaction.
class DemoBilling
{
public:
    struct Counts
    {
        int invoices = 0;
        int payments = 0;
        int dunningSteps = 0;
    };

    explicit DemoBilling(const Database &db) : m_db(db) {}

    // Staff, clients and tickets (with their time) must exist already.
    Result<Counts> generate(quint32 seed, const std::atomic_bool *cancel = nullptr);

private:
    Database m_db;
};

} // namespace rapport
