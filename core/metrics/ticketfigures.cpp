#include "ticketfigures.h"

#include "metrics/dashboardquery.h"

namespace rapport {

namespace {

// The state of a pending target as of asOf, as currentSlaState() judges it:
// a running (or at-risk) target whose due instant has passed is breached; a
// paused clock and a finished target keep their stored state.
char currentState(char stored, qint64 due, bool paused, qint64 asOf)
{
    if (paused || (stored != 'r' && stored != 'a'))
        return stored;
    if (due > 0 && due < asOf)
        return 'b';
    return stored;
}

} // namespace

TicketRow TicketRow::read(const RowScan::Row &row, bool withId)
{
    using Q = DashboardQuery;
    TicketRow t;
    if (withId)
        t.id = row.integer(Q::MainId);
    t.createdAt = row.integer(Q::MainCreated);
    t.clientId = row.integer(Q::MainClient);
    // 'r'esolved and 'c'losed are done; "ca"ncelled counts nowhere.
    const char status = row.charAt(Q::MainStatus, 0);
    t.cancelled = status == 'c' && row.charAt(Q::MainStatus, 1) == 'a';
    t.resolved = !t.cancelled && (status == 'r' || status == 'c');
    t.resolvedAt = row.integer(Q::MainResolvedAt);
    if (!row.isNull(Q::MainResponseSecs))
        t.responseSecs = row.integer(Q::MainResponseSecs);
    if (!row.isNull(Q::MainResolutionSecs))
        t.resolutionSecs = row.integer(Q::MainResolutionSecs);
    t.responseState = row.charAt(Q::MainResponseState, 0);
    t.resolutionState = row.charAt(Q::MainResolutionState, 0);
    t.workMinutes = row.integer(Q::MainWorkMinutes);
    t.workCost = row.integer(Q::MainWorkCost);
    return t;
}

OpenRow OpenRow::read(const RowScan::Row &row)
{
    using Q = DashboardQuery;
    OpenRow t;
    t.id = row.integer(Q::OpenId);
    t.createdAt = row.integer(Q::OpenCreated);
    t.clientId = row.integer(Q::OpenClient);
    t.responded = !row.isNull(Q::OpenFirstResponse);
    t.responseDue = row.integer(Q::OpenResponseDue);
    t.resolutionDue = row.integer(Q::OpenResolutionDue);
    t.paused = row.integer(Q::OpenPaused) != 0;
    t.riskAt = row.integer(Q::OpenRiskAt);
    t.responseState = row.charAt(Q::OpenResponseState, 0);
    t.resolutionState = row.charAt(Q::OpenResolutionState, 0);
    return t;
}

bool OpenRow::responseBreached(qint64 asOf) const
{
    return !responded && currentState(responseState, responseDue, paused, asOf) == 'b';
}

bool OpenRow::resolutionBreached(qint64 asOf) const
{
    return currentState(resolutionState, resolutionDue, paused, asOf) == 'b';
}

bool OpenRow::breached(qint64 asOf) const
{
    if (responseState == 'b' || resolutionState == 'b')
        return true;
    if (paused)
        return false;
    return (!responded && responseDue > 0 && responseDue < asOf) || (resolutionDue > 0 && resolutionDue < asOf);
}

bool OpenRow::atRisk(qint64 asOf) const
{
    return !paused && riskAt > 0 && riskAt <= asOf && (responded || responseDue >= asOf) && resolutionDue > 0
        && resolutionDue >= asOf && responseState != 'b' && resolutionState != 'b';
}

void TicketGroup::addMain(const TicketRow &row)
{
    TicketCounts &c = m_figures.tickets;
    ++c.created;
    if (row.responded()) {
        if (m_samples & ResponseSample)
            m_response.push_back(qint32(row.responseSecs));
        m_responseSum += row.responseSecs;
        if (row.responseState == 'm')
            ++m_figures.responseCompliance.met;
        else if (row.responseState == 'b')
            ++m_figures.responseCompliance.breached;
    }
    if (!row.resolved) {
        ++c.open;
        return;
    }
    ++c.resolved;
    if (row.resolutionSecs >= 0) {
        if (m_samples & ResolutionSample)
            m_resolution.push_back(qint32(row.resolutionSecs));
        m_resolutionSum += row.resolutionSecs;
        if (row.resolutionState == 'm')
            ++m_figures.resolutionCompliance.met;
        else if (row.resolutionState == 'b')
            ++m_figures.resolutionCompliance.breached;
    }
    if ((m_samples & DurationSample) && row.hasDuration()) {
        m_duration.push_back(qint32(row.durationSecs()));
        m_durationSum += row.durationSecs();
    }
    m_figures.workMinutes += row.workMinutes;
    m_figures.workCost += row.workCost;
}

void TicketGroup::addOpen(const OpenRow &row, qint64 asOf)
{
    if (row.breached(asOf))
        ++m_figures.tickets.breachedOpen;
    else if (row.atRisk(asOf))
        ++m_figures.tickets.atRisk;
    // Pending targets already late count against compliance; the others
    // are still running inside their time and count in neither.
    if (row.responseBreached(asOf))
        ++m_figures.responseCompliance.breached;
    if (row.resolutionBreached(asOf))
        ++m_figures.resolutionCompliance.breached;
}

void TicketGroup::absorb(const TicketGroup &part)
{
    m_response.insert(m_response.end(), part.m_response.begin(), part.m_response.end());
    m_resolution.insert(m_resolution.end(), part.m_resolution.begin(), part.m_resolution.end());
}

void TicketGroup::merge(TicketGroup &&other)
{
    TicketCounts &c = m_figures.tickets;
    const TicketCounts &o = other.m_figures.tickets;
    c.created += o.created;
    c.resolved += o.resolved;
    c.open += o.open;
    c.atRisk += o.atRisk;
    c.breachedOpen += o.breachedOpen;
    m_figures.responseCompliance += other.m_figures.responseCompliance;
    m_figures.resolutionCompliance += other.m_figures.resolutionCompliance;
    m_figures.workMinutes += other.m_figures.workMinutes;
    m_figures.workCost += other.m_figures.workCost;
    m_responseSum += other.m_responseSum;
    m_resolutionSum += other.m_resolutionSum;
    m_durationSum += other.m_durationSum;
    m_response.insert(m_response.end(), other.m_response.begin(), other.m_response.end());
    m_resolution.insert(m_resolution.end(), other.m_resolution.begin(), other.m_resolution.end());
    m_duration.insert(m_duration.end(), other.m_duration.begin(), other.m_duration.end());
}

TicketFigures TicketGroup::finish()
{
    m_figures.firstResponse = stats::summarize(m_response, m_responseSum);
    m_figures.resolution = stats::summarize(m_resolution, m_resolutionSum);
    if (m_samples & DurationSample)
        m_figures.duration = stats::summarize(m_duration, m_durationSum);
    m_response = {};
    m_resolution = {};
    m_duration = {};
    return m_figures;
}

} // namespace rapport
