#pragma once

#include "storage/database.h"

#include <QJsonObject>

#include <atomic>
#include <functional>

namespace rapport {

// Realistic synthetic data for trying Rapport and for benchmarks: staff of
// every role with Russian and Kazakh names; each module adds its records.
// Deterministic for a given seed. Runs in one transaction: all or nothing.
class DemoGenerator
{
public:
    struct Options
    {
        int clients = 30;
        // Tickets with their histories, spread over the new clients (-1: about 20 per client).
        int tickets = -1;
        quint32 seed = 1;
        // Called with (done, total) steps; may be called from a worker thread.
        std::function<void(int, int)> progress;
        // Set to true from another thread to stop; nothing is kept.
        const std::atomic_bool *cancel = nullptr;
    };

    explicit DemoGenerator(const Database &db) : m_db(db) {}

    // Counts of what was created, e.g. {"users": 12}.
    Result<QJsonObject> generate(const Options &options);

private:
    Database m_db;
};

} // namespace rapport
