#pragma once

#include "storage/database.h"

#include <QRandomGenerator>

#include <atomic>

namespace rapport {

// Synthetic handoffs for the demo: the onboarding clients get open handoffs
// at every stage (just won, meeting held, questions asked and answered,
// conditions acknowledged, satisfaction recorded), some active clients get
// completed handoffs scored by quality control, one of them completed by a
// team lead's override. Goes through HandoffRepository (checked, audited,
// on the timeline); runs inside the caller's transaction.
class DemoHandoffs
{
public:
    struct Counts
    {
        int handoffs = 0;
        int completed = 0;
        int overridden = 0;
    };

    explicit DemoHandoffs(const Database &db)
        : m_db(db)
    {
    }

    // Clients and staff must exist already; clients that had a handoff are
    // left alone, so a second run adds handoffs only for the new clients.
    Result<Counts> generate(QRandomGenerator &rng, const std::atomic_bool *cancel = nullptr);

private:
    Database m_db;
};

} // namespace rapport
