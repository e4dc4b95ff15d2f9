#include "seeds.h"

#include "calendarrepository.h"
#include "slapolicyrepository.h"
#include "transaction.h"
#include "workflowrepository.h"

namespace rapport {

Status ensureDefaults(const Database &db)
{
    Transaction tx(db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    CalendarRepository calendars(db);
    for (const BusinessCalendar &calendar :
         {BusinessCalendar::twentyFourSeven(), BusinessCalendar::kzStandard(), BusinessCalendar::ruStandard()}) {
        if (Status s = calendars.installBuiltin(calendar); !s)
            return s;
    }
    if (Status s = SlaPolicyRepository(db).installDefault(); !s)
        return s;
    if (Status s = WorkflowRepository(db).ensureBuiltins(); !s)
        return s;
    return tx.commit();
}

} // namespace rapport
