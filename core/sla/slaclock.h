#pragma once

#include "sla/slapolicy.h"
#include "sla/ticketevent.h"

#include <QList>
#include <QString>

namespace rapport {

class BusinessCalendar;

// Where one SLA target (first response or resolution) stands at an instant.
// Times are UTC epoch seconds; durations are business seconds.
struct SlaTargetState
{
    enum State { Running, Paused, Met, Breached, AtRisk };

    State state = Running;
    qint64 targetSecs = 0;
    qint64 elapsedBusinessSecs = 0;
    // When the running business time reaches the target: the actual instant
    // if it already has, else a projection from now (from the resumption, if
    // paused, as if it resumed now; from doneUtc once done).
    qint64 dueUtc = 0;
    qint64 doneUtc = 0; // 0 while not done

    // "running", "paused", "met", "breached", "at_risk".
    static QString stateKey(State state);
};

// The SLA clock of a ticket as of an instant.
struct SlaSnapshot
{
    SlaTargetState response;
    SlaTargetState resolution;
    Priority priority = Priority::Normal;
    bool paused = false;
    qint64 pausedSecs = 0; // business seconds spent paused
    // What the clock did, one English (translatable) sentence per line,
    // oldest first, e.g. "paused 3 h waiting on client".
    QString explanation;
};

// Recomputes the SLA clock from a ticket's event log, deterministically.
// The clock runs on the calendar's business time from the first event (the
// creation), pauses while the ticket waits on the client or the client is
// suspended for debt (the delay is the client's, not the service's), stops
// when the ticket is resolved, closed or cancelled, and resumes on reopen,
// when the later resolution counts. The first response is the first
// client-visible reply or logged contact; a ticket finished without one
// counts its response at that moment. Targets follow the current priority
// until a target is done. Events after asOfUtc are ignored; events of equal
// time apply in list order. A target is met when done within it, breached
// once its elapsed time exceeds it, at risk when running with less than
// 20 % of it left.
SlaSnapshot computeSla(
    const QList<TicketEvent> &events, const SlaPolicy &policy, const BusinessCalendar &calendar, qint64 asOfUtc);

} // namespace rapport
