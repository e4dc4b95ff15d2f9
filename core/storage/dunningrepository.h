#pragma once

#include "billing/dunning.h"
#include "database.h"
#include "domain/ids.h"
#include "domain/money.h"

#include <QDate>
#include <QList>

#include <optional>

namespace rapport {

// An exception recorded for a client (promise to pay, guarantee letter,
// team-lead hold), with who recorded it and, once lifted, when.
struct DunningPauseRecord
{
    qint64 id = 0;
    ClientId clientId;
    DunningPauseKind kind = DunningPauseKind::Hold;
    QDate until;      // promise: the promised date; otherwise optional end
    QString reason;   // hold: why; promise: a note
    QString document; // guarantee letter: path or URL of the document
    UserId userId;
    QString userName;
    qint64 createdAt = 0;
    QDate releasedOn; // lifted on that day (invalid: not lifted)

    // Still holding escalation back on `today`.
    bool isActive(QDate today) const;
    // The rule's view: a lifted pause ends the day before it was lifted.
    DunningPause toRule() const;
};

// One step taken, once per case, dated the day it was due.
struct DunningStepRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    ClientId clientId;
    DunningStep step = DunningStep::Notice;
    QDate dueOn;
    Money outstanding;
    UserId userId; // who ran it; invalid: the application on its own
    QString userName;
    qint64 recordedAt = 0;
    // A notice or claim a rule sends as a message: sent only once the
    // message went out (sentOn, on the client's calendar); the ladder waits.
    bool awaitsDelivery = false;
    QDate sentOn;
    bool sentByTeam = false; // a waiting one the team handed over itself (markSentByHand)

    bool waitsForDelivery() const { return awaitsDelivery && !sentOn.isValid(); }
};

// One episode of overdue debt of a client: opened by the notice, closed by
// the restore after full payment.
struct DunningCaseRecord
{
    qint64 id = 0;
    ClientId clientId;
    QDate dueOn; // due date of the oldest unpaid invoice when it opened
    DunningState state = DunningState::None;
    QDate openedOn;
    QDate closedOn;
    QList<DunningStepRecord> steps;
};

// Storage of the dunning ladder (DESIGN "Dunning"): cases, the steps taken
// and the exceptions. The steps themselves are decided by Dunning::evaluate
// through DunningRun; the exceptions are recorded here, audited and written
// to the client's timeline.
class DunningRepository
{
public:
    explicit DunningRepository(const Database &db) : m_db(db) {}

    // The client promises to pay by `until` (today or later): escalation waits.
    Result<DunningPauseRecord> promise(ClientId client, QDate until, const QString &note = QString());
    // A guarantee letter is on file (`document`: path or URL): no escalation
    // while it is (until lifted, or up to `until` if given).
    Result<DunningPauseRecord> guarantee(ClientId client, const QString &document, QDate until = QDate());
    // A team lead holds escalation, with a reason. Only a team lead may.
    Result<DunningPauseRecord> hold(ClientId client, const QString &reason);
    // Lifts every active exception of the client on `on` (today if invalid);
    // lifting a hold needs a team lead. Returns how many were lifted.
    Result<int> release(ClientId client, QDate on = QDate());

    Result<QList<DunningPauseRecord>> pauses(ClientId client, bool includeLifted = false) const;
    // Every step of the client, all cases, oldest first.
    Result<QList<DunningStepRecord>> steps(ClientId client) const;
    Result<std::optional<DunningCaseRecord>> openCase(ClientId client) const;
    Result<QList<DunningCaseRecord>> cases(ClientId client) const;

    // For DunningRun, inside its transaction: a new case and a step of a case
    // (the case's state follows; a restore closes it).
    Result<qint64> openNewCase(ClientId client, QDate dueOn, QDate openedOn);
    Result<DunningStepRecord> recordStep(qint64 caseId, ClientId client, const DunningStepDue &step,
        const Money &outstanding, bool awaitsDelivery = false);

    // Whether a notice or claim taken now goes to the client as a rule's
    // message: an enabled rule on its trigger (dunning_notice, dunning_claim)
    // queues a message to the client's contact. Otherwise the team hands it
    // over itself and the step counts from its own date.
    Result<bool> sentByRule(DunningStep step) const;
    // The step's message went out on `on`: the step counts as sent from that
    // day (once; audited). For OutboxRepository::markSent.
    Status markStepSent(qint64 stepId, QDate on);
    // The team delivered the client's waiting notice or claim itself (its
    // message was cancelled, or no rule's conditions match the client): the
    // step counts as sent from `on` (today when invalid; not in the future,
    // not before the step), `how` says how it was handed over (required,
    // kept in the audit log and on the timeline). A message still queued for
    // the step is cancelled so the client does not get it twice.
    Result<DunningStepRecord> markSentByHand(ClientId client, QDate on, const QString &how);

private:
    Result<DunningPauseRecord> addPause(const DunningPauseRecord &pause);
    Result<QList<DunningCaseRecord>> readCases(ClientId client, bool openOnly) const;

    Database m_db;
};

} // namespace rapport
