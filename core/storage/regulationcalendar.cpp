#include "regulationcalendar.h"

#include "auditlog.h"
#include "calendarrepository.h"
#include "domain/clock.h"
#include "slapolicyrepository.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QDate RegulationCalendar::today()
{
    return Clock::nowUtc().toLocalTime().date();
}

QString RegulationCalendar::setting() const
{
    auto v = sql::scalar(m_db.connection(), u"SELECT value FROM settings WHERE key = ?"_s, { settingKey() });
    const QString value = v ? v->toString().trimmed() : QString();
    return value.isEmpty() ? automatic() : value;
}

Status RegulationCalendar::setSetting(const QString &input)
{
    const QString value = input.trimmed().isEmpty() ? automatic() : input.trimmed();
    if (value != automatic() && !CalendarRepository(m_db).info(value))
        return fail(QCoreApplication::translate("RegulationCalendar", "No calendar named \"%1\".").arg(value));
    const QString old = setting();
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn, u"DELETE FROM settings WHERE key = ?"_s, { settingKey() }); !q)
        return fail(q.error());
    if (auto q = sql::exec(conn, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, { settingKey(), value }); !q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(
            u"setting"_s, 0, AuditLog::Action::Update, { { settingKey(), old } }, { { settingKey(), value } });
        !s)
        return s;
    m_settingLoaded = false;
    m_clientCalendars.clear();
    return tx.commit();
}

QString RegulationCalendar::nameFor(ClientId client)
{
    if (!m_settingLoaded) {
        m_setting = setting();
        m_settingLoaded = true;
    }
    if (m_setting != automatic())
        return m_setting;
    if (const auto it = m_clientCalendars.constFind(client.value); it != m_clientCalendars.constEnd())
        return *it;
    QString name = SlaPolicyRepository(m_db).forClient(client).calendarName;
    if (name.isEmpty() || byName(name).is24x7())
        name = fallbackName();
    m_clientCalendars.insert(client.value, name);
    return name;
}

BusinessCalendar RegulationCalendar::forClient(ClientId client)
{
    return byName(nameFor(client));
}

BusinessCalendar RegulationCalendar::byName(const QString &name)
{
    if (const auto it = m_cache.constFind(name); it != m_cache.constEnd())
        return *it;
    auto loaded = CalendarRepository(m_db).load(name);
    BusinessCalendar calendar;
    if (loaded)
        calendar = *loaded;
    else if (name == BusinessCalendar::twentyFourSeven().name())
        calendar = BusinessCalendar::twentyFourSeven();
    else
        calendar = BusinessCalendar::kzStandard(); // a calendar removed meanwhile: the shipped working week
    m_cache.insert(name, calendar);
    return calendar;
}

} // namespace rapport
