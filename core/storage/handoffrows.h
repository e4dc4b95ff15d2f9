#pragma once

#include "database.h"
#include "planning/handoff.h"

#include <QSqlQuery>
#include <QVariantMap>

// Reading handoffs for HandoffRepository: the joined row, the details the
// item rules look at, and the fields the audit log records.
namespace rapport::handoffrows {

// "SELECT … FROM handoffs h JOIN … " (clients and user names), ready for a WHERE.
const QString &select();
Handoff read(const QSqlQuery &query);
// Questions, conditions with their acknowledgements, scores and what the
// client card lacks.
void loadDetails(const Database &db, Handoff &handoff);
QVariantMap auditMap(const Handoff &handoff);

} // namespace rapport::handoffrows
