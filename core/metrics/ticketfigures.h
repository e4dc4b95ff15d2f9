#pragma once

#include "metrics/rowscan.h"
#include "metrics/stats.h"

#include <optional>
#include <vector>

namespace rapport {

// Ticket counts of a selection (cancelled tickets are never selected).
struct TicketCounts
{
    int created = 0;
    int resolved = 0; // resolved or closed
    int open = 0; // neither
    int atRisk = 0; // open, running with less than 20 % of the pending target left
    int breachedOpen = 0; // open with a target breached
};

// The ticket figures of the dashboard for one selection (the whole filter,
// one account manager, one week or month of the trends).
struct TicketFigures
{
    TicketCounts tickets;
    // Business time on the ticket's SLA clock (the stored *_secs): first
    // response of every ticket that has one, resolution of resolved tickets.
    SampleStats firstResponse;
    Compliance responseCompliance;
    SampleStats resolution;
    Compliance resolutionCompliance;
    // Wall-clock time from creation to resolution of resolved tickets.
    SampleStats duration;
    // Logged work on the resolved tickets: minutes, and minutes × hourly
    // cost rate (minor units; ÷ 60 is the cost).
    qint64 workMinutes = 0;
    qint64 workCost = 0;

    // resolved / created; empty without tickets.
    std::optional<double> completionRate() const { return stats::share(tickets.resolved, tickets.created); }
};

// One row of the main pass (DashboardQuery::MainColumn), with the rules that
// decide which figures it counts in. The drill-down uses the same rules.
struct TicketRow
{
    qint64 id = 0;
    qint64 createdAt = 0;
    qint64 clientId = 0;
    bool resolved = false; // status resolved or closed
    qint64 resolvedAt = 0;
    qint64 responseSecs = -1; // -1: no first response yet
    qint64 resolutionSecs = -1;
    char responseState = 0; // first letter of the stored state: 'm'et, 'b'reached, …
    char resolutionState = 0;
    qint64 workMinutes = 0;
    qint64 workCost = 0;
    bool cancelled = false; // not counted anywhere

    static TicketRow read(const RowScan::Row &row, bool withId = false);

    bool responded() const { return responseSecs >= 0; }
    // A done target counts by its stored state: met within it, or breached.
    bool responseMet() const { return responded() && responseState == 'm'; }
    bool responseBreached() const { return responded() && responseState == 'b'; }
    bool resolutionDone() const { return resolved && resolutionSecs >= 0; }
    bool resolutionMet() const { return resolutionDone() && resolutionState == 'm'; }
    bool resolutionBreached() const { return resolutionDone() && resolutionState == 'b'; }
    bool hasDuration() const { return resolved && resolvedAt >= createdAt && resolvedAt > 0; }
    qint64 durationSecs() const { return resolvedAt - createdAt; }
};

// One row of the open pass (DashboardQuery::OpenColumn): an open ticket's
// pending targets as of asOf, as the tickets list judges them (a running
// target whose due instant has passed is breached; a paused clock is not).
struct OpenRow
{
    qint64 id = 0;
    qint64 createdAt = 0;
    qint64 clientId = 0;
    bool responded = false;
    qint64 responseDue = 0; // 0: none
    qint64 resolutionDue = 0;
    bool paused = false;
    qint64 riskAt = 0;
    char responseState = 0;
    char resolutionState = 0;

    static OpenRow read(const RowScan::Row &row);

    // Still without a first response, and late for it as of asOf.
    bool responseBreached(qint64 asOf) const;
    // Late for the resolution as of asOf.
    bool resolutionBreached(qint64 asOf) const;
    // A target breached, stored so or due passed while running.
    bool breached(qint64 asOf) const;
    // Running, past the instant with 20 % of the pending target left, not breached.
    bool atRisk(qint64 asOf) const;
};

// Accumulates one selection's rows, then summarizes them.
class TicketGroup
{
public:
    // The samples a group keeps: trends show no durations, and a whole
    // that is split into parts can take the parts' samples (absorb()).
    enum Sample { ResponseSample = 1, ResolutionSample = 2, DurationSample = 4, AllSamples = 7 };
    explicit TicketGroup(int samples = AllSamples)
        : m_samples(samples)
    {
    }

    void addMain(const TicketRow &row);
    void addOpen(const OpenRow &row, qint64 asOf);
    // Appends the response and resolution samples of a part of this group
    // (call before either finishes).
    void absorb(const TicketGroup &part);
    // Adds another group of the same kind over other rows (a pass in parts).
    void merge(TicketGroup &&other);
    // Reorders the samples; call once.
    TicketFigures finish();

private:
    TicketFigures m_figures;
    std::vector<qint32> m_response;
    std::vector<qint32> m_resolution;
    std::vector<qint32> m_duration;
    qint64 m_responseSum = 0;
    qint64 m_resolutionSum = 0;
    qint64 m_durationSum = 0;
    int m_samples = AllSamples;
};

} // namespace rapport
