#pragma once

#include "calendar/businesscalendar.h"
#include "database.h"
#include "domain/ids.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace rapport {

// The business calendar on which a client's regulation deadlines (obligation
// tasks, workflow steps) are counted in working days. The setting
// "regulation.calendar" names a stored calendar, or is "auto" (the default):
// the calendar of the client's SLA policy, unless that one is always open
// (24/7, where every day is a working day and "the 5th working day" would
// mean the 5th), in which case "kz-standard". Loaded calendars are cached
// for the lifetime of the object (one run over many clients).
class RegulationCalendar
{
public:
    explicit RegulationCalendar(const Database &db)
        : m_db(db)
    {
    }

    static QString settingKey() { return QStringLiteral("regulation.calendar"); }
    static QString automatic() { return QStringLiteral("auto"); }
    static QString fallbackName() { return QStringLiteral("kz-standard"); }

    // The stored setting, "auto" when unset.
    QString setting() const;
    // "auto" or the name of a stored calendar; audited.
    Status setSetting(const QString &value);

    // The name of the calendar used for `client`.
    QString nameFor(ClientId client);
    BusinessCalendar forClient(ClientId client);
    BusinessCalendar byName(const QString &name);

    // Today's date where the application runs (from the clock).
    static QDate today();

private:
    Database m_db;
    QString m_setting;
    bool m_settingLoaded = false;
    QHash<QString, BusinessCalendar> m_cache;
    QHash<qint64, QString> m_clientCalendars;
};

} // namespace rapport
