// The holiday CSV import (its own small reader) on arbitrary bytes: either an
// error with a message, or valid days sorted by date that a calendar then
// honours.
#include "fuzzsupport.h"

#include "calendar/businesscalendar.h"
#include "calendar/holidayimport.h"

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

void checkDays(const char *what, const Result<QList<CalendarDay>> &result)
{
    if (!result) {
        if (result.error().isEmpty())
            fuzz::violated(what, u"an error without a message"_s);
        return;
    }
    QDate previous;
    for (const CalendarDay &day : *result) {
        if (!day.date.isValid() || (previous.isValid() && day.date <= previous))
            fuzz::violated(what, u"days not valid, unique and sorted"_s);
        previous = day.date;
    }
    BusinessCalendar calendar = BusinessCalendar::kzStandard();
    applyDays(calendar, *result);
    for (const CalendarDay &day : *result) {
        if (calendar.isWorkingDay(day.date) != day.workday)
            fuzz::violated(what, u"%1 imported as a %2 but the calendar disagrees"_s
                                     .arg(day.date.toString(Qt::ISODate), day.workday ? u"workday"_s : u"holiday"_s));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const auto result = parseHolidaysCsv(fuzz::bytes(data, size));
    if (result && result->isEmpty())
        fuzz::violated("holidays csv", u"success without days"_s);
    checkDays("holidays csv", result);
    return 0;
}
