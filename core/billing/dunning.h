#pragma once

#include "calendar/businesscalendar.h"
#include "domain/client.h"
#include "domain/money.h"
#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

// Where a debt case stands on the ladder (seed 002, DESIGN "Dunning"):
//   none        → not escalated (or restored after full payment);
//   notice_sent → the debt notice went out; the client has until the notice
//                 deadline (inclusive) to pay;
//   suspended   → support work suspended: client status "suspended", SLA
//                 clocks paused, new tickets wait;
//   claim_sent  → a formal claim (претензия) was sent;
//   blocked     → access to support blocked: client status "blocked".
enum class DunningState { None, NoticeSent, Suspended, ClaimSent, Blocked };

// A step moves a case one rung up, or `restore` brings it back to none.
enum class DunningStep { Notice, Suspend, Claim, Block, Restore };

// Stable keys: "none", "notice_sent", "suspended", "claim_sent", "blocked";
// "notice", "suspend", "claim", "block", "restore".
QString dunningStateKey(DunningState state);
std::optional<DunningState> dunningStateFromKey(const QString &key);
QString dunningStateTitle(DunningState state);
QString dunningStepKey(DunningStep step);
std::optional<DunningStep> dunningStepFromKey(const QString &key);
QString dunningStepTitle(DunningStep step);
// The client status a step sets: suspend → suspended, block → blocked,
// restore → active; notice and claim leave it as it is (std::nullopt).
std::optional<ClientStatus> clientStatusAfter(DunningStep step);

// The periods of the ladder. Defaults follow seed 002: the notice the day
// after the due date, 5 business days to pay, then suspension.
struct DunningConfig
{
    // Calendar days after the due date before the notice (1: the day after).
    int noticeAfterDaysOverdue = 1;
    // Notice deadline = notice date + this many business days.
    int noticeDeadlineBusinessDays = 5;
    // Claim after this many business days of suspension.
    int claimAfterBusinessDays = 10;
    // Block after this many business days after the claim.
    int blockAfterBusinessDays = 10;
};

enum class DunningPauseKind { PromiseToPay, GuaranteeLetter, Hold };

// Stable keys "promise_to_pay", "guarantee_letter", "hold".
QString dunningPauseKindKey(DunningPauseKind kind);
std::optional<DunningPauseKind> dunningPauseKindFromKey(const QString &key);

// An exception that stops escalation.
//  - promise to pay by `until`: any step not yet taken that falls on or
//    before `until` waits; if the debt is still open, escalation resumes on
//    the first working day after `until`;
//  - guarantee letter on file (`reason`: the document) or team-lead hold
//    (`reason` required): no escalation while it is on (`until` invalid);
//    once lifted, `until` is its last day and escalation resumes as above.
struct DunningPause
{
    DunningPauseKind kind = DunningPauseKind::Hold;
    QDate until;
    QString reason;
};

// A step already taken, with the date it is dated. A notice or a claim that
// a rule sends as a message (seed 002: they are *sent*) awaits its delivery:
// until `sentOn` is set, the ladder goes no further, and the next step counts
// from the day it was sent, not the day it was decided.
struct DunningRecord
{
    DunningStep step = DunningStep::Notice;
    QDate date;
    bool awaitsDelivery = false;
    QDate sentOn; // with awaitsDelivery: the day its message was sent (invalid: not yet)

    friend bool operator==(const DunningRecord &, const DunningRecord &) = default;
};

// One debt case: an invoice, or a client's overdue balance with the due date
// of its oldest unpaid invoice.
struct DunningInput
{
    QDate dueDate;
    Money outstanding; // what is still unpaid today
    QDate settledOn; // when outstanding reached zero (invalid: today)
    QDate today;
    BusinessCalendar calendar; // the client's
    DunningConfig config;
    QList<DunningPause> pauses;
    QList<DunningRecord> history; // oldest first
    // Whether a notice or claim taken now is sent by a rule's message and so
    // waits for it (true) or is handed over by the team itself (false).
    bool noticeByMessage = false;
    bool claimByMessage = false;
};

struct DunningStepDue
{
    DunningStep step = DunningStep::Notice;
    QDate dueOn;
    DunningState stateAfter = DunningState::None;

    friend bool operator==(const DunningStepDue &, const DunningStepDue &) = default;
};

struct DunningOutcome
{
    DunningState stateBefore = DunningState::None; // after the history
    QList<DunningStepDue> steps; // due as of today, oldest first
    DunningState state = DunningState::None; // after those steps
    // What comes next if nothing is paid; nextStepOn is invalid while a hold
    // or guarantee letter without an end stops escalation.
    std::optional<DunningStep> nextStep;
    QDate nextStepOn;
    // Set when the next step waits for the notice or claim to be sent.
    bool waitingForDelivery = false;
    // Set when the next step waits for an exception, with a readable reason.
    std::optional<DunningPauseKind> waitingFor;
    QString waitingReason;
    // The deadline of the current notice (notice date + business days), if any.
    QDate noticeDeadline;
};

// The dunning ladder as a pure, idempotent step function. Given a case, the
// steps already taken and today's date, it returns every step due by today,
// each dated the day it was due:
//   notice  : the first working day on or after due date + noticeAfterDaysOverdue
//             (after a restore, not before the day after the restore);
//   suspend : the first working day after the notice deadline, where the
//             deadline = notice date + noticeDeadlineBusinessDays business
//             days on the client's calendar (holidays move it);
//   claim   : suspension date + claimAfterBusinessDays business days;
//   block   : claim date + blockAfterBusinessDays business days;
//   restore : when nothing is outstanding any more, at any stage: dated the
//             payment date (not before the last step), back to none.
// A notice or claim sent by a rule's message stops the ladder until it was
// sent; the next step then counts from the day it was sent.
// Each step is computed from the date of the one before it (the recorded
// date, or the date it was due), so a run after days of the application
// being closed catches up every missed step once, correctly dated; a second
// run with the produced steps added to the history returns nothing. A paid
// debt is never escalated, even in catch-up.
class Dunning
{
public:
    static Result<DunningOutcome> evaluate(const DunningInput &input);
};

} // namespace rapport
