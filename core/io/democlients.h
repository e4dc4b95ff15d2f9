#pragma once

#include "storage/database.h"

#include <QRandomGenerator>

#include <atomic>
#include <functional>

namespace rapport {

// Synthetic client companies for the demo: Kazakh and Russian companies with
// valid BIN/INN check digits, contacts speaking ru/kk/en, contracts, tariffs
// in KZT or RUB, special conditions, document links and a few timeline
// notes and calls. Goes through ClientRepository (validated and audited)
// inside one transaction; the staff must exist already.
class DemoClients
{
public:
    struct Counts
    {
        int clients = 0;
        int contacts = 0;
        int conditions = 0;
        int documents = 0;
        int events = 0;
    };

    explicit DemoClients(const Database &db) : m_db(db) {}

    // Adds `count` clients. Progress is (done, count); a set cancel flag
    // stops with an error, and the caller's transaction keeps nothing.
    Result<Counts> generate(QRandomGenerator &rng, int count, const std::function<void(int, int)> &progress = {},
                            const std::atomic_bool *cancel = nullptr);

private:
    Database m_db;
};

} // namespace rapport
