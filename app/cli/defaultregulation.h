#pragma once

#include "storage/obligationrepository.h"

#include <QJsonObject>
#include <QString>

namespace rapport::cli {

// What the provider's default regulation did for a client just added
// (ObligationRepository::applyDefaultRegulation), as `clients add` says it.
// JSON: "regulation" = {"preset","sla_policy","rules_created","cadence_set",
// "tasks_created","reviews_scheduled"} or null when nothing was applied, and
// "regulation_skipped_reason" = "off" | "no_tariff" | "already_set" (null
// when applied): both keys to insert into the command's object.
QJsonObject defaultRegulationJson(const DefaultRegulation &regulation);
// "regulation: service standard (SLA policy 24/48, 5 obligation rules,
// reviews quarterly + annual)", or "regulation: none (no tariff)"; problems
// (a rule without an owner…) on lines of their own.
QString defaultRegulationText(const DefaultRegulation &regulation);

} // namespace rapport::cli
