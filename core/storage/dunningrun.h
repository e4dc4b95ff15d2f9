#pragma once

#include "billing/dunning.h"
#include "database.h"
#include "domain/client.h"
#include "dunningrepository.h"

#include <QDate>
#include <QList>

#include <atomic>
#include <functional>

namespace rapport {

// A step the run took (or, dry, would take).
struct DunningRunStep
{
    ClientId clientId;
    QString clientName;
    qint64 caseId = 0; // 0 in a dry run for a case not yet opened
    DunningStep step = DunningStep::Notice;
    QDate dueOn;
    DunningState stateAfter = DunningState::None;
    Money outstanding;
};

struct DunningRunResult
{
    QDate asOf;
    bool dryRun = false;
    int clientsChecked = 0;
    bool cancelled = false;
    QList<DunningRunStep> steps;
    QList<QPair<ClientId, QString>> errors; // a client whose case could not be evaluated
};

// One row of the dunning queue: a client with overdue debt or an open case.
struct DunningQueueRow
{
    ClientId clientId;
    QString clientName;
    ClientStatus clientStatus = ClientStatus::Active;
    qint64 caseId = 0;
    DunningState state = DunningState::None; // as recorded
    QList<DunningStepDue> dueNow;              // due as of the date, not yet recorded
    Money outstanding;                         // overdue and unpaid
    QDate oldestDueOn;
    int daysOverdue = 0;
    int overdueInvoices = 0;
    std::optional<DunningStep> nextStep;
    QDate nextStepOn; // invalid while an open-ended exception stops escalation
    QDate noticeDeadline;
    QString waitingFor; // DunningPauseKind key, or empty
    QString waitingReason;
    QString calendarName;
    QList<DunningPauseRecord> activePauses;
    QList<DunningStepRecord> history; // the open case's steps
};

// The dunning run (DESIGN "Dunning", seed 002: a debt notice, then work
// suspended after 5 business days, a formal claim, access blocked; full
// payment restores the client). Per client, in one transaction: the
// overdue balance as of the date (invoices past due, payments made by
// then), the steps already taken, the exceptions and the client's business
// calendar (its SLA policy's, or "kz-standard" when that one is 24/7) go
// to Dunning::evaluate; each step it returns is recorded once, dated the day
// it was due, with who ran it; the client's status follows (suspended,
// blocked, active), its open tickets' SLA clocks pause on suspension and
// resume on restore, and every step lands on the timeline and in the audit.
// A case that was paid in full on some day (while later invoices fell due)
// is restored on that day and a new case starts for the later debt.
// Idempotent: a second run on the same date records nothing; a run after
// days closed catches up every missed step on its own date.
class DunningRun
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit DunningRun(const Database &db) : m_db(db) {}

    // Each client is planned and written under a lock of its own
    // (kClientLock + id): two runs at once never record a step twice.
    static constexpr qint64 kClientLock = 0x5241'5051'0000'0000; // "RAPQ" + client id
    Result<DunningRunResult> run(QDate asOf = QDate(), bool dryRun = false, const std::atomic_bool *cancel = nullptr,
        const Progress &progress = {});
    // Every client with overdue debt or an open case, as of the date.
    Result<QList<DunningQueueRow>> queue(QDate asOf = QDate());

    // The calendar on which the client's dunning days are counted.
    BusinessCalendar calendarFor(ClientId client);

private:
    struct Plan;
    Result<Plan> plan(ClientId client, QDate asOf);
    Status apply(const Plan &plan, QList<DunningRunStep> *taken);
    Result<QList<ClientId>> candidates(QDate asOf) const;

    Database m_db;
    QHash<QString, BusinessCalendar> m_calendars;
};

} // namespace rapport
