#include "slaclock.h"

#include "calendar/businesscalendar.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Translation context of the clock's explanations.
class SlaClock
{
    Q_DECLARE_TR_FUNCTIONS(SlaClock)
};

QString duration(qint64 secs)
{
    if (secs < 3600)
        return SlaClock::tr("%1 min").arg((secs + 30) / 60);
    QString hours = QString::number(double(secs) / 3600.0, 'f', 1);
    if (hours.endsWith(u".0"_s))
        hours.chop(2);
    return SlaClock::tr("%1 h").arg(hours);
}

QString finishWord(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Closed: return SlaClock::tr("closed");
    case TicketStatus::Cancelled: return SlaClock::tr("cancelled");
    default: return SlaClock::tr("resolved");
    }
}

enum class Pause { None, WaitingOnClient, ClientSuspended };

// A stretch of time in which the clock ran, with the business time it held.
struct Segment
{
    qint64 from = 0;
    qint64 secs = 0;
    qint64 elapsedBefore = 0;
};

// One target's progress while walking the log.
struct Progress
{
    qint64 doneUtc = 0;
    qint64 elapsed = 0;
    qint64 target = 0;
};

// Replays the event log and keeps the clock's state.
class Walker
{
public:
    Walker(const SlaPolicy &policy, const BusinessCalendar &calendar)
        : m_policy(policy)
        , m_calendar(calendar)
    {
    }

    void apply(const TicketEvent &e)
    {
        if (!m_started) {
            m_started = true;
            m_cursor = e.atUtc;
        }
        advanceTo(e.atUtc);
        const Pause pauseBefore = pause();
        const TicketStatus statusBefore = m_status;
        switch (e.kind) {
        case TicketEventKind::Created:
            m_priority = e.priority;
            note(SlaClock::tr("created with priority %1: first response within %2, resolution within %3")
                     .arg(priorityKey(m_priority), duration(targets().firstResponseSecs),
                         duration(targets().resolutionSecs)));
            break;
        case TicketEventKind::StatusChanged: m_status = e.status; break;
        case TicketEventKind::ClientVisibleReply:
        case TicketEventKind::LoggedContact: respond(e.atUtc, QString()); break;
        case TicketEventKind::ClientSuspended: m_suspended = true; break;
        case TicketEventKind::ClientRestored: m_suspended = false; break;
        case TicketEventKind::PriorityChanged:
            if (e.priority != m_priority) {
                m_priority = e.priority;
                note(SlaClock::tr("priority changed to %1: first response within %2, resolution within %3")
                         .arg(priorityKey(m_priority), duration(targets().firstResponseSecs),
                             duration(targets().resolutionSecs)));
            }
            break;
        case TicketEventKind::InternalNote:
        case TicketEventKind::Assigned: break; // neither responds nor moves the clock
        }
        if (pauseBefore != Pause::None && pause() != pauseBefore)
            notePause(pauseBefore, false);
        if (!isFinished(statusBefore) && isFinished(m_status))
            finish(e.atUtc);
        else if (isFinished(statusBefore) && !isFinished(m_status))
            reopen();
    }

    SlaSnapshot snapshot(qint64 asOf)
    {
        advanceTo(asOf);
        SlaSnapshot s;
        s.priority = m_priority;
        s.paused = pause() != Pause::None;
        s.pausedSecs = m_pausedTotal;
        if (s.paused)
            notePause(pause(), true);
        Progress response = m_response;
        if (!response.doneUtc)
            response = { 0, m_elapsed, targets().firstResponseSecs };
        Progress resolution = m_resolution;
        if (!resolution.doneUtc)
            resolution = { 0, m_elapsed, targets().resolutionSecs };
        s.response = state(response, asOf, s.paused);
        s.resolution = state(resolution, asOf, s.paused);
        describeOpen(SlaClock::tr("response"), s.response);
        describeOpen(SlaClock::tr("resolution"), s.resolution);
        s.explanation = m_lines.join(u'\n');
        return s;
    }

private:
    const SlaTargets &targets() const { return m_policy.targetsFor(m_priority); }

    Pause pause() const
    {
        if (isFinished(m_status))
            return Pause::None;
        if (m_suspended)
            return Pause::ClientSuspended;
        return m_status == TicketStatus::WaitingOnClient ? Pause::WaitingOnClient : Pause::None;
    }

    bool running() const { return !isFinished(m_status) && pause() == Pause::None; }

    void note(const QString &line) { m_lines.append(line); }

    // Accounts [cursor, t) under the current state.
    void advanceTo(qint64 t)
    {
        if (t <= m_cursor)
            return;
        const qint64 secs = m_calendar.businessSecondsBetween(m_cursor, t);
        if (running()) {
            m_segments.push_back({ m_cursor, secs, m_elapsed });
            m_elapsed += secs;
        } else if (pause() != Pause::None) {
            m_pausedTotal += secs;
            m_pauseRun += secs;
        }
        m_cursor = t;
    }

    void notePause(Pause reason, bool ongoing)
    {
        if (m_pauseRun > 0) {
            const QString d = duration(m_pauseRun);
            if (reason == Pause::ClientSuspended)
                note(ongoing ? SlaClock::tr("paused %1 so far while the client is suspended").arg(d)
                             : SlaClock::tr("paused %1 while the client was suspended").arg(d));
            else
                note(ongoing ? SlaClock::tr("paused %1 so far waiting on client").arg(d)
                             : SlaClock::tr("paused %1 waiting on client").arg(d));
        }
        m_pauseRun = 0;
    }

    void respond(qint64 t, const QString &context)
    {
        if (m_response.doneUtc)
            return;
        m_response = { t, m_elapsed, targets().firstResponseSecs };
        const bool met = m_response.elapsed <= m_response.target;
        note(context
            + (met ? SlaClock::tr("response met after %1").arg(duration(m_response.elapsed))
                   : SlaClock::tr("response breached after %1 (target %2)")
                         .arg(duration(m_response.elapsed), duration(m_response.target))));
    }

    void finish(qint64 t)
    {
        respond(t, SlaClock::tr("no response before the ticket was %1; ").arg(finishWord(m_status)));
        m_resolution = { t, m_elapsed, targets().resolutionSecs };
        const bool met = m_resolution.elapsed <= m_resolution.target;
        const QString after = SlaClock::tr("%1 after %2").arg(finishWord(m_status), duration(m_elapsed));
        note(met ? SlaClock::tr("%1: resolution met").arg(after)
                 : SlaClock::tr("%1: resolution breached (target %2)").arg(after, duration(m_resolution.target)));
    }

    void reopen()
    {
        m_resolution = {};
        note(SlaClock::tr("reopened: the resolution clock resumes at %1").arg(duration(m_elapsed)));
    }

    // The instant the running time reached `target`, if it has.
    std::optional<qint64> crossing(qint64 target) const
    {
        for (const Segment &s : m_segments) {
            if (s.elapsedBefore + s.secs >= target)
                return m_calendar.addBusinessTime(s.from, target - s.elapsedBefore);
        }
        return std::nullopt;
    }

    SlaTargetState state(const Progress &p, qint64 asOf, bool paused) const
    {
        SlaTargetState t;
        t.targetSecs = p.target;
        t.elapsedBusinessSecs = p.elapsed;
        t.doneUtc = p.doneUtc;
        const std::optional<qint64> reached = p.elapsed >= p.target ? crossing(p.target) : std::nullopt;
        t.dueUtc = reached ? *reached : m_calendar.addBusinessTime(p.doneUtc ? p.doneUtc : asOf, p.target - p.elapsed);
        if (p.doneUtc)
            t.state = p.elapsed <= p.target ? SlaTargetState::Met : SlaTargetState::Breached;
        else if (p.elapsed > p.target)
            t.state = SlaTargetState::Breached;
        else if (paused)
            t.state = SlaTargetState::Paused;
        else if ((p.target - p.elapsed) * 5 < p.target)
            t.state = SlaTargetState::AtRisk;
        else
            t.state = SlaTargetState::Running;
        return t;
    }

    void describeOpen(const QString &what, const SlaTargetState &t)
    {
        const QString used = duration(t.elapsedBusinessSecs);
        const QString left = duration(std::max<qint64>(0, t.targetSecs - t.elapsedBusinessSecs));
        const QString target = duration(t.targetSecs);
        switch (t.state) {
        case SlaTargetState::Breached:
            if (!t.doneUtc)
                note(SlaClock::tr("%1 breached: %2 used of %3").arg(what, used, target));
            break;
        case SlaTargetState::Paused: note(SlaClock::tr("%1 paused: %2 left of %3").arg(what, left, target)); break;
        case SlaTargetState::AtRisk: note(SlaClock::tr("%1 at risk: %2 left of %3").arg(what, left, target)); break;
        case SlaTargetState::Running: note(SlaClock::tr("%1 running: %2 left of %3").arg(what, left, target)); break;
        case SlaTargetState::Met: break;
        }
    }

    const SlaPolicy &m_policy;
    const BusinessCalendar &m_calendar;
    bool m_started = false;
    qint64 m_cursor = 0;
    TicketStatus m_status = TicketStatus::New;
    Priority m_priority = Priority::Normal;
    bool m_suspended = false;
    qint64 m_elapsed = 0;
    qint64 m_pausedTotal = 0;
    qint64 m_pauseRun = 0;
    Progress m_response;
    Progress m_resolution;
    std::vector<Segment> m_segments;
    QStringList m_lines;
};

} // namespace

QString SlaTargetState::stateKey(State state)
{
    switch (state) {
    case Running: return u"running"_s;
    case Paused: return u"paused"_s;
    case Met: return u"met"_s;
    case Breached: return u"breached"_s;
    case AtRisk: return u"at_risk"_s;
    }
    return u"running"_s;
}

SlaSnapshot computeSla(
    const QList<TicketEvent> &events, const SlaPolicy &policy, const BusinessCalendar &calendar, qint64 asOfUtc)
{
    QList<TicketEvent> log = events;
    std::stable_sort(
        log.begin(), log.end(), [](const TicketEvent &a, const TicketEvent &b) { return a.atUtc < b.atUtc; });
    Walker walker(policy, calendar);
    bool any = false;
    for (const TicketEvent &e : std::as_const(log)) {
        if (e.atUtc > asOfUtc)
            break;
        walker.apply(e);
        any = true;
    }
    if (!any) {
        SlaSnapshot empty;
        empty.response.targetSecs = policy.targetsFor(empty.priority).firstResponseSecs;
        empty.resolution.targetSecs = policy.targetsFor(empty.priority).resolutionSecs;
        empty.explanation = SlaClock::tr("the ticket has no events yet");
        return empty;
    }
    return walker.snapshot(asOfUtc);
}

} // namespace rapport
