#pragma once

#include "database.h"
#include "planning/obligationrule.h"
#include "planning/reviewschedule.h"
#include "planning/task.h"

#include <QList>
#include <QSet>
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

// Why a client did not get the provider's default regulation: Settings turn
// it off (regulation.apply_to_new_clients), the client has no tariff, or it
// has obligation rules already (archived ones too).
enum class RegulationSkip { Off, NoTariff, AlreadySet };
// Stable keys: "off", "no_tariff", "already_set".
QString regulationSkipKey(RegulationSkip skip);

// What the provider's default regulation did for one client.
struct DefaultRegulation
{
    QString preset; // the default preset's key ("service_standard"), applied or not
    std::optional<RegulationSkip> skipped; // none: the preset was applied
    PresetResult result; // what the preset did (zero when skipped)
    QString slaPolicy; // when applied: the client's SLA policy ("24/48" unless it has its own)
    std::optional<ReviewCadence> cadence; // when applied: the client's review cadence now

    bool applied() const { return !skipped.has_value(); }
};

// The same for several clients at once (an import, the demo).
struct DefaultRegulationRun
{
    QString preset;
    QList<ClientId> applied;
    QList<std::pair<ClientId, RegulationSkip>> skipped;
    PresetResult result; // over the clients in `applied`
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

    // The one place that decides whether a client just added (by hand, by
    // an import or by the demo) gets the provider's default regulation
    // (RegulationSettings; seed 000: the standards "are applied
    // automatically in every project"): nothing when Settings turn it off,
    // when the client has no tariff, or when it has obligation rules already
    // (so calling it twice changes nothing); otherwise the default preset as
    // applyServiceStandard applies it from the period of `asOf`, with the
    // obligations run for that client only. An unknown client is an error.
    Result<DefaultRegulation> applyDefaultRegulation(ClientId client, QDate asOf = {});
    // The same for several clients in one transaction and one run.
    Result<DefaultRegulationRun> applyDefaultRegulations(const QList<ClientId> &clients, QDate asOf = {});

private:
    // The preset's rules and review cadences for `targets` (in the caller's
    // transaction), then an obligations run as of `day` (of `targets` only
    // when `onlyTargets`, else of every client) and a scheduling of reviews.
    Result<PresetResult> applyPreset(const QList<ClientId> &targets, QDate day, bool onlyTargets);
    // run() over the rules of the clients in `only` (empty: every client).
    Result<ObligationRun> runFor(const QSet<qint64> &only, QDate asOf, const std::atomic_bool *cancel);

    Database m_db;
};

} // namespace rapport
