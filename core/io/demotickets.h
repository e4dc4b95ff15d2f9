#pragma once

#include "storage/database.h"

#include <atomic>
#include <functional>

namespace rapport {

// Synthetic tickets for the demo and the benchmarks: requests from every
// channel over the past year with realistic histories — formalized and
// confirmed (seed 002), assigned, answered (mostly in time, some late),
// waiting on the client, resolved and closed, a few cancelled or reopened —
// internal notes, logged time and two-point feedback; recent ones still
// open, some of them at risk or breached. Written through TicketBulkWriter
// (SLA computed in memory, one transaction: the caller's).
class DemoTickets
{
public:
    struct Counts
    {
        int tickets = 0;
        int events = 0;
        int timeEntries = 0;
    };

    explicit DemoTickets(const Database &db) : m_db(db) {}

    // Adds `total` tickets spread over the clients that have none yet
    // (-1: about 20 per client). Staff and clients must exist already. The
    // tickets draw from their own generator seeded with `seed`, so that how
    // many there are changes nothing else of the demo.
    Result<Counts> generate(quint32 seed, int total, const std::function<void(int, int)> &progress = {},
                            const std::atomic_bool *cancel = nullptr);

private:
    Database m_db;
};

} // namespace rapport
