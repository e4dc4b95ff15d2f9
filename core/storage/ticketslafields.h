#pragma once

#include "sla/slaclock.h"
#include "sla/ticketevent.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace rapport {

class BusinessCalendar;

// The SLA figures kept on a ticket row so that lists and dashboards never
// replay event logs: derived from the clock's snapshot after every event,
// and again for open tickets when a calendar or policy changes.
struct TicketSlaFields
{
    qint64 responseDue = 0;
    qint64 resolutionDue = 0;
    qint64 firstResponseAt = 0;
    qint64 resolvedAt = 0;                 // resolved or closed; 0 when cancelled or open
    qint64 closedAt = 0;
    std::optional<qint64> responseSecs;    // business seconds to first response, once done
    std::optional<qint64> resolutionSecs;  // business seconds to resolution, once done
    QString responseState;                 // SlaTargetState::stateKey()
    QString resolutionState;
    bool paused = false;
    // When the pending target enters "at risk" (less than 20 % of it left);
    // 0 when nothing is pending or the clock is paused.
    qint64 riskAt = 0;
    // When the ticket counts as breached: a late target's due instant, or
    // the earliest due instant of a running target; 0 when met, or paused
    // before any target was missed.
    qint64 breachedAt = 0;

    // `closedAt`: when the ticket was closed (0 if it is not); `asOf`: the
    // instant the snapshot was taken.
    static TicketSlaFields derive(const SlaSnapshot &sla, TicketStatus status, qint64 closedAt, qint64 asOf,
                                  const BusinessCalendar &calendar);

    // "response_due = ?, …, risk_at = ?" and its values, for an UPDATE.
    static QString assignments();
    QVariantList values() const;
};

// The clock's input for a stored event kind ("reply" → ClientVisibleReply…);
// kinds that do not move the clock (notes, formalization, feedback…) map to
// InternalNote.
TicketEventKind slaEventKind(const QString &storedKind);

// A stored state as of `asOf`: a running target whose due instant passed is
// breached, one past its risk instant at risk.
QString currentSlaState(const QString &stored, qint64 due, qint64 riskAt, bool open, bool paused, qint64 asOf);

} // namespace rapport
