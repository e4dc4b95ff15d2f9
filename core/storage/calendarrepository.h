#pragma once

#include "calendar/businesscalendar.h"
#include "calendar/holidayimport.h"
#include "database.h"
#include "domain/ids.h"

#include <QList>

#include <optional>

namespace rapport {

// A stored business calendar as the calendars list shows it.
struct CalendarInfo
{
    CalendarId id;
    QString name;
    QByteArray timeZoneId;
    bool alwaysOpen = false; // 24/7
    bool builtin = false;    // shipped with Rapport: editable, never deleted
    int checkedForYear = 0;
    int holidays = 0;
    int workdays = 0;        // transferred working days
    int policies = 0;        // SLA policies running on it
    qint64 updatedAt = 0;
};

// Business calendars by name: the weekly schedule, holidays and transferred
// working days. Holiday data changes by yearly decree, so every calendar,
// the built-in ones included, can be edited and imported into.
class CalendarRepository
{
public:
    explicit CalendarRepository(const Database &db) : m_db(db) {}

    QList<CalendarInfo> list() const;
    std::optional<CalendarInfo> info(const QString &name) const;
    Result<BusinessCalendar> load(const QString &name) const;

    // Validates and stores the calendar under its name with all its days,
    // replacing a stored one of that name (which keeps its built-in flag).
    // Audited. Stored tickets are not recomputed here: callers run
    // TicketRepository::recomputeOpen().
    Result<CalendarId> save(const BusinessCalendar &calendar);

    // Stores a calendar shipped with Rapport, marked built-in, unless one of
    // that name exists. Not audited: nobody changed anything.
    Status installBuiltin(const BusinessCalendar &calendar);

    // Adds imported days to calendar `name`: holidays and transferred
    // working days, each replacing what that date was. Returns how many.
    Result<int> importDays(const QString &name, const QList<CalendarDay> &days);

    // Deletes a calendar that is neither built in nor used by a policy.
    Status remove(const QString &name);

private:
    Result<CalendarId> store(const BusinessCalendar &calendar, bool builtin, bool audit);

    Database m_db;
};

} // namespace rapport
