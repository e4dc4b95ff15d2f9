#pragma once

#include "calendar/businesscalendar.h"

#include <QCoreApplication>
#include <QString>

namespace rapport {

// A day's working intervals as people write them: "09:00–18:00", or
// "09:00–13:00, 14:00–18:00"; an empty text is a day off. Hyphens and dashes
// both separate the ends; commas or semicolons separate intervals.
class WorkHoursText
{
    Q_DECLARE_TR_FUNCTIONS(WorkHoursText)

public:
    static QString format(const QList<WorkInterval> &intervals);
    // Sorted intervals, or a readable reason (bad time, end before start, overlap).
    static Result<QList<WorkInterval>> parse(const QString &text);
    // "08:00" for 480 minutes; 1440 is "24:00".
    static QString time(int minutes);
};

} // namespace rapport
