#pragma once

#include "sla/slaclock.h"
#include "storage/ticketrepository.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace rapport {

// How the SLA of a ticket reads in a list cell or the SLA panel: a countdown
// to the next due instant ("2 h 15 min left", "overdue 3 h", "paused",
// "met") and a tone that colours it: green while running, amber when less
// than 20 % of the target is left (the regulation's "at risk"), red once
// breached, grey when paused or done.
struct SlaCell
{
    Q_DECLARE_TR_FUNCTIONS(SlaCell)

public:
    enum Tone { Running, AtRisk, Breached, Quiet };

    SlaCell() = default;
    SlaCell(QString text, Tone tone, QString detail = {})
        : text(std::move(text))
        , tone(tone)
        , detail(std::move(detail))
    {
    }

    QString text;
    Tone tone = Quiet;
    QString detail; // a longer reading for a tooltip, where the text is terse

    // The list row as of `now`: the first response is due until it happens,
    // then the resolution. At risk is judged on wall-clock time since creation.
    static SlaCell forRow(const TicketListRow &row, qint64 now);
    // One target of a computed snapshot, as of `now`.
    static SlaCell forTarget(const SlaTargetState &target, qint64 now);

    static QColor foreground(Tone tone);
    // A light tint behind at-risk and breached cells; invalid otherwise.
    static QColor background(Tone tone);
};

} // namespace rapport
