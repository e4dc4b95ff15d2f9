#include "dunning.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr int MaxPeriodDays = 365;

constexpr DunningState AllStates[] = { DunningState::None, DunningState::NoticeSent, DunningState::Suspended,
    DunningState::ClaimSent, DunningState::Blocked };
constexpr DunningStep AllSteps[]
    = { DunningStep::Notice, DunningStep::Suspend, DunningStep::Claim, DunningStep::Block, DunningStep::Restore };
constexpr DunningPauseKind AllPauseKinds[]
    = { DunningPauseKind::PromiseToPay, DunningPauseKind::GuaranteeLetter, DunningPauseKind::Hold };

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The state a step leads to from `from`, or nullopt when it cannot be taken there.
std::optional<DunningState> advance(DunningState from, DunningStep step)
{
    switch (step) {
    case DunningStep::Notice:
        return from == DunningState::None ? std::optional(DunningState::NoticeSent) : std::nullopt;
    case DunningStep::Suspend:
        return from == DunningState::NoticeSent ? std::optional(DunningState::Suspended) : std::nullopt;
    case DunningStep::Claim:
        return from == DunningState::Suspended ? std::optional(DunningState::ClaimSent) : std::nullopt;
    case DunningStep::Block:
        return from == DunningState::ClaimSent ? std::optional(DunningState::Blocked) : std::nullopt;
    case DunningStep::Restore: break;
    }
    return from != DunningState::None ? std::optional(DunningState::None) : std::nullopt;
}

std::optional<DunningStep> nextEscalation(DunningState state)
{
    switch (state) {
    case DunningState::None: return DunningStep::Notice;
    case DunningState::NoticeSent: return DunningStep::Suspend;
    case DunningState::Suspended: return DunningStep::Claim;
    case DunningState::ClaimSent: return DunningStep::Block;
    case DunningState::Blocked: break;
    }
    return std::nullopt;
}

QDate firstWorkingDayFrom(const BusinessCalendar &calendar, QDate d)
{
    if (!d.isValid() || calendar.isWorkingDay(d))
        return d;
    return calendar.addBusinessDays(d, 1);
}

QString waitingText(const DunningPause &p)
{
    switch (p.kind) {
    case DunningPauseKind::PromiseToPay:
        return QCoreApplication::translate("Dunning", "Waiting for the promise to pay by %1").arg(iso(p.until));
    case DunningPauseKind::GuaranteeLetter:
        if (p.reason.trimmed().isEmpty())
            return QCoreApplication::translate("Dunning", "Guarantee letter on file");
        return QCoreApplication::translate("Dunning", "Guarantee letter on file: %1").arg(p.reason.trimmed());
    case DunningPauseKind::Hold: break;
    }
    return QCoreApplication::translate("Dunning", "Held by the team lead: %1").arg(p.reason.trimmed());
}

Status validate(const DunningInput &in)
{
    if (!in.dueDate.isValid())
        return fail(QCoreApplication::translate("Dunning", "The due date is not a valid date."));
    if (!in.today.isValid())
        return fail(QCoreApplication::translate("Dunning", "Today's date is not a valid date."));
    if (in.outstanding.isNegative())
        return fail(QCoreApplication::translate("Dunning", "The outstanding amount cannot be negative."));
    if (in.settledOn.isValid() && in.settledOn > in.today)
        return fail(QCoreApplication::translate("Dunning", "The payment date %1 is after today (%2).")
                        .arg(iso(in.settledOn), iso(in.today)));
    const DunningConfig &c = in.config;
    for (const int days : { c.noticeAfterDaysOverdue, c.noticeDeadlineBusinessDays, c.claimAfterBusinessDays,
             c.blockAfterBusinessDays }) {
        if (days < 1 || days > MaxPeriodDays)
            return fail(QCoreApplication::translate("Dunning", "Dunning periods must be between 1 and %1 days.")
                            .arg(MaxPeriodDays));
    }
    for (const DunningPause &p : in.pauses) {
        if (p.kind == DunningPauseKind::PromiseToPay && !p.until.isValid())
            return fail(QCoreApplication::translate(
                "Dunning", "A promise to pay needs the date by which the client will pay."));
        if (p.kind == DunningPauseKind::Hold && p.reason.trimmed().isEmpty())
            return fail(QCoreApplication::translate("Dunning", "A hold needs a reason."));
    }
    return {};
}

// The case as the history leaves it.
struct Position
{
    DunningState state = DunningState::None;
    QDate stateSince; // date of the step that led to `state`
    QDate lastDate; // date of the latest step of any kind
    QDate lastRestore; // date of the latest restore
    QDate noticeDate; // date of the notice of the current round
    bool awaitingDelivery = false; // the last notice or claim is not sent yet
};

bool sentByMessage(const DunningInput &in, DunningStep step)
{
    return (step == DunningStep::Notice && in.noticeByMessage) || (step == DunningStep::Claim && in.claimByMessage);
}

QString deliveryText(DunningState state)
{
    return state == DunningState::ClaimSent
        ? QCoreApplication::translate("Dunning", "Waiting until the formal claim is sent")
        : QCoreApplication::translate("Dunning", "Waiting until the debt notice is sent");
}

Result<Position> replay(const QList<DunningRecord> &history, QDate today)
{
    Position pos;
    for (const DunningRecord &r : history) {
        if (!r.date.isValid())
            return fail(QCoreApplication::translate("Dunning", "The dunning history has a step without a valid date."));
        if (r.date > today)
            return fail(
                QCoreApplication::translate("Dunning", "The dunning history has a step on %1, after today (%2).")
                    .arg(iso(r.date), iso(today)));
        if (pos.lastDate.isValid() && r.date < pos.lastDate)
            return fail(QCoreApplication::translate("Dunning", "The dunning history is not in date order."));
        const auto next = advance(pos.state, r.step);
        if (!next)
            return fail(QCoreApplication::translate(
                "Dunning", "The dunning history is out of order: \"%1\" cannot follow \"%2\".")
                            .arg(dunningStepTitle(r.step), dunningStateTitle(pos.state)));
        // A step sent by a message counts from the day it was sent (never
        // before the day it was taken, never after today).
        const QDate since
            = r.awaitsDelivery && r.sentOn.isValid() ? std::clamp(r.sentOn, r.date, std::max(r.date, today)) : r.date;
        pos.state = *next;
        pos.stateSince = since;
        pos.lastDate = r.date;
        pos.awaitingDelivery = r.awaitsDelivery && !r.sentOn.isValid();
        if (r.step == DunningStep::Restore) {
            pos.lastRestore = r.date;
            pos.noticeDate = QDate();
        } else if (r.step == DunningStep::Notice) {
            pos.noticeDate = since;
        }
    }
    return pos;
}

} // namespace

QString dunningStateKey(DunningState state)
{
    switch (state) {
    case DunningState::None: return u"none"_s;
    case DunningState::NoticeSent: return u"notice_sent"_s;
    case DunningState::Suspended: return u"suspended"_s;
    case DunningState::ClaimSent: return u"claim_sent"_s;
    case DunningState::Blocked: break;
    }
    return u"blocked"_s;
}

std::optional<DunningState> dunningStateFromKey(const QString &key)
{
    for (const DunningState s : AllStates) {
        if (dunningStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString dunningStateTitle(DunningState state)
{
    switch (state) {
    case DunningState::None: return QCoreApplication::translate("Dunning", "No dunning");
    case DunningState::NoticeSent: return QCoreApplication::translate("Dunning", "Debt notice sent");
    case DunningState::Suspended: return QCoreApplication::translate("Dunning", "Work suspended");
    case DunningState::ClaimSent: return QCoreApplication::translate("Dunning", "Formal claim sent");
    case DunningState::Blocked: break;
    }
    return QCoreApplication::translate("Dunning", "Access blocked");
}

QString dunningStepKey(DunningStep step)
{
    switch (step) {
    case DunningStep::Notice: return u"notice"_s;
    case DunningStep::Suspend: return u"suspend"_s;
    case DunningStep::Claim: return u"claim"_s;
    case DunningStep::Block: return u"block"_s;
    case DunningStep::Restore: break;
    }
    return u"restore"_s;
}

std::optional<DunningStep> dunningStepFromKey(const QString &key)
{
    for (const DunningStep s : AllSteps) {
        if (dunningStepKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString dunningStepTitle(DunningStep step)
{
    switch (step) {
    case DunningStep::Notice: return QCoreApplication::translate("Dunning", "Send the debt notice");
    case DunningStep::Suspend: return QCoreApplication::translate("Dunning", "Suspend work");
    case DunningStep::Claim: return QCoreApplication::translate("Dunning", "Send the formal claim");
    case DunningStep::Block: return QCoreApplication::translate("Dunning", "Block access");
    case DunningStep::Restore: break;
    }
    return QCoreApplication::translate("Dunning", "Restore to active");
}

std::optional<ClientStatus> clientStatusAfter(DunningStep step)
{
    switch (step) {
    case DunningStep::Suspend: return ClientStatus::Suspended;
    case DunningStep::Block: return ClientStatus::Blocked;
    case DunningStep::Restore: return ClientStatus::Active;
    case DunningStep::Notice:
    case DunningStep::Claim: break;
    }
    return std::nullopt;
}

QString dunningPauseKindKey(DunningPauseKind kind)
{
    switch (kind) {
    case DunningPauseKind::PromiseToPay: return u"promise_to_pay"_s;
    case DunningPauseKind::GuaranteeLetter: return u"guarantee_letter"_s;
    case DunningPauseKind::Hold: break;
    }
    return u"hold"_s;
}

std::optional<DunningPauseKind> dunningPauseKindFromKey(const QString &key)
{
    for (const DunningPauseKind k : AllPauseKinds) {
        if (dunningPauseKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

Result<DunningOutcome> Dunning::evaluate(const DunningInput &in)
{
    if (const Status s = validate(in); !s)
        return fail(s.error());
    const auto replayed = replay(in.history, in.today);
    if (!replayed)
        return fail(replayed.error());
    Position pos = *replayed;
    const BusinessCalendar &cal = in.calendar;
    const DunningConfig &cfg = in.config;
    const QString noWorkingDays = QCoreApplication::translate("Dunning", "The client's calendar has no working days.");

    DunningOutcome out;
    out.stateBefore = pos.state;

    // Paid in full: back to active at any stage; a paid debt is never escalated.
    if (in.outstanding.isZero()) {
        if (pos.state != DunningState::None) {
            const QDate paid = in.settledOn.isValid() ? in.settledOn : in.today;
            out.steps.append(DunningStepDue { DunningStep::Restore, std::max(paid, pos.lastDate), DunningState::None });
        }
        return out;
    }

    // A notice or claim whose message has not gone out holds the ladder.
    const auto waitForDelivery = [&] {
        out.nextStep = nextEscalation(pos.state);
        out.nextStepOn = QDate();
        out.waitingForDelivery = true;
        out.waitingReason = deliveryText(pos.state);
    };
    if (pos.awaitingDelivery)
        waitForDelivery();

    while (!out.waitingForDelivery) {
        const auto step = nextEscalation(pos.state);
        if (!step)
            break;
        QDate due;
        switch (*step) {
        case DunningStep::Notice: {
            QDate from = in.dueDate.addDays(cfg.noticeAfterDaysOverdue);
            if (pos.lastRestore.isValid())
                from = std::max(from, pos.lastRestore.addDays(1));
            due = firstWorkingDayFrom(cal, from);
            break;
        }
        case DunningStep::Suspend:
            due = cal.addBusinessDays(cal.addBusinessDays(pos.stateSince, cfg.noticeDeadlineBusinessDays), 1);
            break;
        case DunningStep::Claim: due = cal.addBusinessDays(pos.stateSince, cfg.claimAfterBusinessDays); break;
        case DunningStep::Block: due = cal.addBusinessDays(pos.stateSince, cfg.blockAfterBusinessDays); break;
        case DunningStep::Restore: break;
        }
        if (!due.isValid())
            return fail(noWorkingDays);

        // Exceptions: a step falling inside a pause waits for its end; an
        // open-ended pause stops escalation altogether.
        const DunningPause *waitedFor = nullptr;
        bool stopped = false;
        for (bool moved = true; moved && !stopped;) {
            moved = false;
            for (const DunningPause &p : in.pauses) {
                if (!p.until.isValid()) {
                    waitedFor = &p;
                    stopped = true;
                    break;
                }
                if (due <= p.until) {
                    due = firstWorkingDayFrom(cal, p.until.addDays(1));
                    if (!due.isValid())
                        return fail(noWorkingDays);
                    waitedFor = &p;
                    moved = true;
                }
            }
        }

        if (!stopped && due <= in.today) {
            pos.state = *advance(pos.state, *step);
            pos.stateSince = due;
            if (*step == DunningStep::Notice)
                pos.noticeDate = due;
            out.steps.append(DunningStepDue { *step, due, pos.state });
            if (sentByMessage(in, *step))
                waitForDelivery();
            continue;
        }
        out.nextStep = *step;
        out.nextStepOn = stopped ? QDate() : due;
        if (waitedFor) {
            out.waitingFor = waitedFor->kind;
            out.waitingReason = waitingText(*waitedFor);
        }
        break;
    }
    out.state = pos.state;
    // The notice's deadline runs from the day it was sent.
    const bool noticeUnsent = out.waitingForDelivery && pos.state == DunningState::NoticeSent;
    if (pos.state != DunningState::None && pos.noticeDate.isValid() && !noticeUnsent)
        out.noticeDeadline = cal.addBusinessDays(pos.noticeDate, cfg.noticeDeadlineBusinessDays);
    return out;
}

} // namespace rapport
