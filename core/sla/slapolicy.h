#pragma once

#include "domain/result.h"

#include <QString>

#include <array>

namespace rapport {

// Ticket priority; its targets come from the ticket's SLA policy.
enum class Priority { Low, Normal, High, Urgent };

// Stable keys for storage and files: "low", "normal", "high", "urgent".
QString priorityKey(Priority priority);
Result<Priority> priorityFromKey(const QString &key);

// Business-time targets of one priority, in seconds.
struct SlaTargets
{
    qint64 firstResponseSecs = 0;
    qint64 resolutionSecs = 0;

    friend bool operator==(const SlaTargets &, const SlaTargets &) = default;
};

// An SLA policy: the business calendar its clock runs on and, per priority,
// the first-response and resolution targets. Each client has one.
struct SlaPolicy
{
    qint64 id = 0;
    QString name;
    QString calendarName;
    std::array<SlaTargets, 4> targets {}; // indexed by Priority

    // The shipped default "24/48": 24 h to first response, 48 h to resolution,
    // for every priority, on the 24/7 calendar.
    static SlaPolicy default2448();

    const SlaTargets &targetsFor(Priority priority) const { return targets[size_t(priority)]; }
    void setTargets(Priority priority, SlaTargets t) { targets[size_t(priority)] = t; }

    // A name, a calendar, and positive targets with response <= resolution.
    Status validate() const;

    friend bool operator==(const SlaPolicy &, const SlaPolicy &) = default;
};

} // namespace rapport
