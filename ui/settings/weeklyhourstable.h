#pragma once

#include "calendar/businesscalendar.h"

#include <QTableWidget>

namespace rapport {

// The weekly schedule of a business calendar as one editable text cell per
// weekday ("09:00–18:00"; empty for a day off), with each day's total
// beside it. A cell that does not parse is tinted and says why.
class WeeklyHoursTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit WeeklyHoursTable(QWidget *parent = nullptr);

    void setCalendar(const BusinessCalendar &calendar);
    // weekday 1 = Monday … 7 = Sunday.
    Result<QList<WorkInterval>> intervals(int weekday) const;
    // Weekday names, headers and the totals in the interface language.
    void retranslate();

Q_SIGNALS:
    // The user changed a day's hours.
    void edited();

private:
    void validate();

    bool m_filling = false;
};

} // namespace rapport
