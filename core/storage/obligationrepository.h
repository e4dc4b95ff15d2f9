#pragma once

#include "database.h"
#include "planning/obligationrule.h"
#include "planning/task.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <optional>

namespace rapport {

// A rule as lists show it: with the client's and the owner's names and the
// state of its tasks.
struct ObligationRuleRow
{
    ObligationRule rule;
    QString clientName;
    QString ownerName; // the rule's owner, or the client's account manager
    QString ownerEmail;
    int openTasks = 0;
    int overdueTasks = 0;
    QDate nextDue; // the earliest open task's due date
};

// What an obligations run did.
struct ObligationRun
{
    int rules = 0; // active rules looked at
    int created = 0; // tasks created
    QList<TaskId> createdIds;
    QStringList problems; // translated: rules that could not make a task, and why
};

// What applying the "Service standard" preset did (then a run and a
// scheduling of reviews, so that every client has its tasks and reviews).
struct PresetResult
{
    int clients = 0;
    int rulesCreated = 0;
    int cadencesSet = 0;
    int tasksCreated = 0;
    int reviewsScheduled = 0;
    QStringList problems;
};

// Recurring obligations per client and the tasks they generate. A run walks
// every period of every active rule from its start to the run's date and
// creates the missing period tasks (one per rule and period, kept unique by
// the database), due on the client's regulation calendar and owned by the
// rule's owner or the client's account manager. Running it twice creates
// nothing new; a run after weeks off catches up every missed period.
class ObligationRepository
{
public:
    explicit ObligationRepository(const Database &db)
        : m_db(db)
    {
    }

    Result<ObligationRule> add(const ObligationRule &rule);
    // Changes title, day, offset, due month, owner (kind, period and start
    // stay); tasks already created keep their dates.
    Status update(const ObligationRule &rule);
    Status archive(ObligationRuleId id);

    std::optional<ObligationRule> byId(ObligationRuleId id) const;
    // Rules of one client (invalid: all clients), by client and kind.
    QList<ObligationRuleRow> list(ClientId client = {}, bool includeArchived = false, QDate asOf = {}) const;

    Result<ObligationRun> run(QDate asOf = {}, const std::atomic_bool *cancel = nullptr);

    // Adds the preset's rules (those a client does not have yet, archived
    // ones included: a removed rule stays removed) starting with the period
    // of `asOf`, sets quarterly and annual reviews for clients without a
    // cadence, then runs the obligations and schedules reviews as of `asOf`.
    // `clients` empty: every active or onboarding client not archived.
    Result<PresetResult> applyServiceStandard(const QList<ClientId> &clients, QDate asOf = {});

private:
    Database m_db;
};

} // namespace rapport
