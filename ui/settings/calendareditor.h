#pragma once

#include "calendar/businesscalendar.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rapport {

class AppSession;
class CalendarDaysTable;
class WeeklyHoursTable;

// Settings → business calendars: the time zone, the weekly working hours
// per weekday ("09:00–18:00"), holidays and transferred working days (added
// by hand or imported from ICS/CSV, since Russia and Kazakhstan decree them
// yearly). Saving stores the calendar and recomputes the SLA clocks of all
// open tickets in the background: their due times depend on it.
class CalendarEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit CalendarEditor(AppSession *session, QWidget *parent = nullptr);

    QString currentCalendar() const;
    bool selectCalendar(const QString &name);
    bool isModified() const { return m_modified; }
    // The calendar as edited (weekly hours parsed); the first error if any.
    Result<BusinessCalendar> editedCalendar() const;
    // Adds the days of an ICS or CSV file (by extension; .ics is iCalendar)
    // to the edited calendar; not stored until Save.
    Result<int> importFile(const QString &path);
    void save();

Q_SIGNALS:
    // After Save: the calendar is stored and `recomputed` open tickets
    // follow it (or the error).
    void saved(int recomputed);
    void saveFailed(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadList();
    void load(const QString &name);
    void renderDays();
    void addDay();
    void removeDays();
    void chooseImport();
    void newCalendar();
    void setModified(bool modified);
    void showStatus(const QString &text, bool error);
    bool confirmDiscard();

    AppSession *m_session;
    BusinessCalendar m_calendar;
    QString m_loadedName;
    bool m_modified = false;
    bool m_rendering = false;
    QLabel *m_intro;
    QLabel *m_calendarLabel;
    QComboBox *m_calendars;
    QPushButton *m_newCalendar;
    QLabel *m_zoneLabel;
    QComboBox *m_zone;
    QCheckBox *m_alwaysOpen;
    QLabel *m_weekLabel;
    WeeklyHoursTable *m_week;
    QLabel *m_transferLabel;
    QComboBox *m_transferWeekday;
    QLabel *m_checkedLabel;
    QSpinBox *m_checkedYear;
    QLabel *m_daysLabel;
    CalendarDaysTable *m_days;
    QDateEdit *m_dayDate;
    QComboBox *m_dayKind;
    QLineEdit *m_dayName;
    QPushButton *m_addDay;
    QPushButton *m_removeDay;
    QPushButton *m_import;
    QLabel *m_status;
    QPushButton *m_revert;
    QPushButton *m_save;
};

} // namespace rapport
