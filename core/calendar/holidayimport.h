#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace rapport {

class BusinessCalendar;

// One imported date: a holiday (day off) or a transferred working day.
struct CalendarDay
{
    QDate date;
    bool workday = false;
    QString name;

    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

// Parses `date,kind,name` rows (kind `holiday` or `workday`; dates as
// YYYY-MM-DD or DD.MM.YYYY; name optional and quoted if it holds the
// delimiter). The header row is optional; the delimiter (`,` `;` or tab) is
// detected from the first row; UTF-8 with or without BOM, or Windows-1251.
// All-or-nothing: every bad row is reported as "line L, column C: reason".
// The same date listed twice with the same kind is kept once; with
// different kinds it is an error. Days come back sorted by date.
Result<QList<CalendarDay>> parseHolidaysCsv(const QByteArray &data);

// Parses an iCalendar file with libical. All-day VEVENTs are holidays, one
// per date from DTSTART up to the exclusive DTEND (or DURATION); an event
// with X-RAPPORT-KIND:workday, or whose SUMMARY or CATEGORIES says "working
// day", "workday", "рабочий день" or "жұмыс күні" (not "non-working day" or
// "нерабочий день"), is a transferred working day; X-RAPPORT-KIND:holiday
// overrides the wording. Timed and repeating (RRULE) events are errors, so
// that nothing is silently dropped. Days come back sorted by date.
Result<QList<CalendarDay>> parseHolidaysIcs(const QByteArray &data);

// Adds the days to the calendar: holidays as holidays, workdays as
// transferred working days, replacing whatever that date was before.
void applyDays(BusinessCalendar &calendar, const QList<CalendarDay> &days);

} // namespace rapport
