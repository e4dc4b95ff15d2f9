#pragma once

#include "database.h"

namespace rapport {

// Idempotently stores what every database starts with: the built-in business
// calendars (24/7, kz-standard, ru-standard with their preset holidays) and
// the default SLA policy "24/48" on 24/7 (seed 000: 24 h to report on a
// client's problem, 48 h to solve it). Existing rows, edited or not, are
// left alone. Database::open runs it after migrating.
Status ensureDefaults(const Database &db);

} // namespace rapport
