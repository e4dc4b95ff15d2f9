#pragma once

#include "calendar/businesscalendar.h"

#include <QTableWidget>

namespace rapport {

// A business calendar's holidays and transferred working days, by date.
class CalendarDaysTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit CalendarDaysTable(QWidget *parent = nullptr);

    void setCalendar(const BusinessCalendar &calendar);
    QList<QDate> selectedDates() const;
    void retranslate();

private:
    BusinessCalendar m_calendar;
};

} // namespace rapport
