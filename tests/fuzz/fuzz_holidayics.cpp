// The holiday iCalendar import (libical) on arbitrary bytes: either an error
// with a message, or valid days sorted by date that a calendar then honours.
#include "fuzzsupport.h"

#include "calendar/businesscalendar.h"
#include "calendar/holidayimport.h"

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const auto result = parseHolidaysIcs(fuzz::bytes(data, size));
    if (!result) {
        if (result.error().isEmpty())
            fuzz::violated("holidays ics", u"an error without a message"_s);
        return 0;
    }
    QDate previous;
    for (const CalendarDay &day : *result) {
        if (!day.date.isValid() || (previous.isValid() && day.date <= previous))
            fuzz::violated("holidays ics", u"days not valid, unique and sorted"_s);
        previous = day.date;
    }
    BusinessCalendar calendar = BusinessCalendar::kzStandard();
    applyDays(calendar, *result);
    for (const CalendarDay &day : *result) {
        if (calendar.isWorkingDay(day.date) != day.workday)
            fuzz::violated("holidays ics", u"%1 imported as a %2 but the calendar disagrees"_s
                                               .arg(day.date.toString(Qt::ISODate),
                                                    day.workday ? u"workday"_s : u"holiday"_s));
    }
    return 0;
}
