#pragma once

#include "storage/ticketrepository.h"

#include <QJsonObject>

namespace rapport::cli {

// The JSON of a ticket as `ticket show --format json` prints it: its fields,
// its SLA clock for response and resolution with the explanation, its event
// log and its time entries. Instants are ISO 8601 UTC ("…Z") or null.
QJsonObject ticketJson(const Ticket &ticket, const QList<TicketLogEntry> &events, const QList<TimeEntry> &time);

// One row of `tickets list --format json`.
QJsonObject ticketRowJson(const TicketListRow &row);

// A few lines for people: number, status, client, subject and the SLA clock.
QString ticketText(const Ticket &ticket);

} // namespace rapport::cli
