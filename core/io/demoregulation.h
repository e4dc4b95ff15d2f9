#pragma once

#include "storage/database.h"

#include <QRandomGenerator>

#include <atomic>

namespace rapport {

// The service regulation in the demo follows the rule of every new client:
// each client on a tariff gets the provider's default regulation
// (ObligationRepository::applyDefaultRegulations; none when Settings turn it
// off). About two thirds of the active and onboarding ones (at most 400) get
// it from four months back, so that they have months of obligation tasks —
// most done on time, some late, a few overdue — and reviews, some held with
// a remediation plan and some overdue; a few have a workflow under way; some
// sent complaints (half of them handled), thanks or remarks. The others get
// it from this month. Clients that already have obligations are left alone,
// so a second run only covers new clients. Goes through the regulation
// repositories inside the caller's transaction.
class DemoRegulation
{
public:
    struct Counts
    {
        int clients = 0;
        int tasks = 0;
        int reviews = 0;
        int reviewsHeld = 0;
        int actionItems = 0;
        int feedback = 0;
    };

    explicit DemoRegulation(const Database &db)
        : m_db(db)
    {
    }

    // Staff and clients must exist already.
    Result<Counts> generate(QRandomGenerator &rng, const std::atomic_bool *cancel = nullptr);

private:
    Database m_db;
};

} // namespace rapport
