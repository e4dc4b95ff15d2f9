#include "calendarrepository.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// {"1": [[540, 1080]], …, "7": []}: minutes from midnight per weekday.
QString weeklyJson(const BusinessCalendar &calendar)
{
    QJsonObject week;
    for (int wd = 1; wd <= 7; ++wd) {
        QJsonArray day;
        for (const WorkInterval &i : calendar.intervals(wd))
            day.append(QJsonArray{i.startMinute, i.endMinute});
        week.insert(QString::number(wd), day);
    }
    return QString::fromUtf8(QJsonDocument(week).toJson(QJsonDocument::Compact));
}

void applyWeekly(BusinessCalendar &calendar, const QString &json)
{
    const QJsonObject week = QJsonDocument::fromJson(json.toUtf8()).object();
    for (int wd = 1; wd <= 7; ++wd) {
        QList<WorkInterval> intervals;
        const QJsonArray day = week.value(QString::number(wd)).toArray();
        for (const QJsonValue &v : day) {
            const QJsonArray pair = v.toArray();
            intervals.append({pair.at(0).toInt(), pair.at(1).toInt()});
        }
        calendar.setIntervals(wd, intervals);
    }
}

QStringList dayLines(const BusinessCalendar &calendar)
{
    QStringList lines;
    for (auto it = calendar.holidays().cbegin(); it != calendar.holidays().cend(); ++it)
        lines << it.key().toString(Qt::ISODate) + u" holiday "_s + it.value();
    for (auto it = calendar.transferredWorkdays().cbegin(); it != calendar.transferredWorkdays().cend(); ++it)
        lines << it.key().toString(Qt::ISODate) + u" workday "_s + it.value();
    lines.sort();
    return lines;
}

QVariantMap toMap(const BusinessCalendar &calendar)
{
    return {{u"name"_s, calendar.name()},
            {u"time_zone"_s, QString::fromLatin1(calendar.timeZoneId())},
            {u"always_open"_s, calendar.is24x7()},
            {u"weekly"_s, weeklyJson(calendar)},
            {u"transfer_weekday"_s, calendar.transferScheduleWeekday()},
            {u"checked_for_year"_s, calendar.checkedForYear()},
            {u"days"_s, dayLines(calendar)}};
}

const QString kInfoSelect =
    u"SELECT c.id, c.name, c.time_zone, c.always_open, c.builtin, c.checked_for_year, c.updated_at, "
    "(SELECT count(*) FROM calendar_days d WHERE d.calendar_id = c.id AND d.kind = 'holiday'), "
    "(SELECT count(*) FROM calendar_days d WHERE d.calendar_id = c.id AND d.kind = 'workday'), "
    "(SELECT count(*) FROM sla_policies p WHERE p.calendar_id = c.id) FROM calendars c "_s;

CalendarInfo readInfo(const QSqlQuery &q)
{
    CalendarInfo info;
    info.id = CalendarId(q.value(0).toLongLong());
    info.name = q.value(1).toString();
    info.timeZoneId = q.value(2).toString().toLatin1();
    info.alwaysOpen = q.value(3).toBool();
    info.builtin = q.value(4).toBool();
    info.checkedForYear = q.value(5).toInt();
    info.updatedAt = q.value(6).toLongLong();
    info.holidays = q.value(7).toInt();
    info.workdays = q.value(8).toInt();
    info.policies = q.value(9).toInt();
    return info;
}

QString noSuchCalendar(const QString &name)
{
    return QCoreApplication::translate("CalendarRepository", "There is no business calendar named “%1”.").arg(name);
}

} // namespace

QList<CalendarInfo> CalendarRepository::list() const
{
    QList<CalendarInfo> result;
    auto q = sql::exec(m_db.connection(), kInfoSelect + u"ORDER BY c.builtin DESC, c.name"_s);
    if (!q)
        return result;
    while (q->next())
        result.append(readInfo(*q));
    return result;
}

std::optional<CalendarInfo> CalendarRepository::info(const QString &name) const
{
    auto q = sql::exec(m_db.connection(), kInfoSelect + u"WHERE c.name = ?"_s, {name});
    if (q && q->next())
        return readInfo(*q);
    return std::nullopt;
}

Result<BusinessCalendar> CalendarRepository::load(const QString &name) const
{
    const QSqlDatabase conn = m_db.connection();
    auto q = sql::exec(conn,
                       u"SELECT id, name, time_zone, always_open, weekly, transfer_weekday, checked_for_year "
                       "FROM calendars WHERE name = ?"_s,
                       {name});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(noSuchCalendar(name));
    BusinessCalendar calendar(q->value(1).toString(), q->value(2).toString().toLatin1());
    const qint64 id = q->value(0).toLongLong();
    applyWeekly(calendar, q->value(4).toString());
    calendar.setTransferScheduleWeekday(q->value(5).toInt());
    calendar.setCheckedForYear(q->value(6).toInt());
    calendar.set24x7(q->value(3).toBool());
    auto days = sql::exec(conn, u"SELECT day, kind, name FROM calendar_days WHERE calendar_id = ? ORDER BY day"_s, {id});
    if (!days)
        return fail(days.error());
    while (days->next()) {
        const QDate date = QDate::fromString(days->value(0).toString(), Qt::ISODate);
        if (days->value(1).toString() == u"workday"_s)
            calendar.addTransferredWorkday(date, days->value(2).toString());
        else
            calendar.addHoliday(date, days->value(2).toString());
    }
    return calendar;
}

Result<CalendarId> CalendarRepository::save(const BusinessCalendar &calendar)
{
    return store(calendar, false, true);
}

Status CalendarRepository::installBuiltin(const BusinessCalendar &calendar)
{
    if (info(calendar.name()))
        return {};
    if (auto stored = store(calendar, true, false); !stored)
        return fail(stored.error());
    return {};
}

Result<CalendarId> CalendarRepository::store(const BusinessCalendar &calendar, bool builtin, bool audit)
{
    if (calendar.name().trimmed().isEmpty())
        return fail(QCoreApplication::translate("CalendarRepository", "A business calendar needs a name."));
    if (Status s = calendar.validate(); !s)
        return fail(s.error());
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const auto existing = info(calendar.name());
    std::optional<BusinessCalendar> old;
    if (existing) {
        auto loaded = load(calendar.name());
        if (!loaded)
            return fail(loaded.error());
        old = *loaded;
    }
    const qint64 now = Clock::nowSecs();
    const QVariant checked = calendar.checkedForYear() > 0 ? QVariant(calendar.checkedForYear()) : QVariant();
    CalendarId id;
    if (existing) {
        id = existing->id;
        auto q = sql::exec(conn,
                           u"UPDATE calendars SET time_zone = ?, always_open = ?, weekly = ?, transfer_weekday = ?, "
                           "checked_for_year = ?, updated_at = ? WHERE id = ?"_s,
                           {QString::fromLatin1(calendar.timeZoneId()), calendar.is24x7(), weeklyJson(calendar),
                            calendar.transferScheduleWeekday(), checked, now, id.value});
        if (!q)
            return fail(q.error());
        if (auto d = sql::exec(conn, u"DELETE FROM calendar_days WHERE calendar_id = ?"_s, {id.value}); !d)
            return fail(d.error());
    } else {
        auto q = sql::exec(conn,
                           u"INSERT INTO calendars (name, time_zone, always_open, weekly, transfer_weekday, "
                           "checked_for_year, builtin, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           {calendar.name().trimmed(), QString::fromLatin1(calendar.timeZoneId()), calendar.is24x7(),
                            weeklyJson(calendar), calendar.transferScheduleWeekday(), checked, builtin, now});
        if (!q)
            return fail(q.error());
        id = CalendarId(q->lastInsertId().toLongLong());
    }
    QSqlQuery insert(conn);
    if (!insert.prepare(u"INSERT INTO calendar_days (calendar_id, day, kind, name) VALUES (?, ?, ?, ?)"_s))
        return fail(insert.lastError().text());
    const auto writeDays = [&](const QMap<QDate, QString> &days, const QString &kind) -> Status {
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            if (Status s = sql::exec(insert, {id.value, it.key().toString(Qt::ISODate), kind, it.value()}); !s)
                return s;
        }
        return {};
    };
    if (Status s = writeDays(calendar.holidays(), u"holiday"_s); !s)
        return fail(s.error());
    if (Status s = writeDays(calendar.transferredWorkdays(), u"workday"_s); !s)
        return fail(s.error());
    if (audit) {
        AuditLog log(m_db);
        const Status audited = old ? log.record(u"calendar"_s, id.value, AuditLog::Action::Update, toMap(*old), toMap(calendar))
                                   : log.record(u"calendar"_s, id.value, AuditLog::Action::Create, {}, toMap(calendar));
        if (!audited)
            return fail(audited.error());
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return id;
}

Result<int> CalendarRepository::importDays(const QString &name, const QList<CalendarDay> &days)
{
    auto calendar = load(name);
    if (!calendar)
        return fail(calendar.error());
    applyDays(*calendar, days);
    if (auto saved = save(*calendar); !saved)
        return fail(saved.error());
    return int(days.size());
}

Status CalendarRepository::remove(const QString &name)
{
    const auto existing = info(name);
    if (!existing)
        return fail(noSuchCalendar(name));
    if (existing->builtin)
        return fail(QCoreApplication::translate("CalendarRepository",
                                                "“%1” is a built-in calendar; edit it instead of deleting it.")
                        .arg(name));
    if (existing->policies > 0)
        return fail(QCoreApplication::translate("CalendarRepository",
                                                "SLA policies run on “%1”; move them to another calendar first.")
                        .arg(name));
    auto old = load(name);
    if (!old)
        return fail(old.error());
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    if (auto q = sql::exec(conn, u"DELETE FROM calendar_days WHERE calendar_id = ?"_s, {existing->id.value}); !q)
        return fail(q.error());
    if (auto q = sql::exec(conn, u"DELETE FROM calendars WHERE id = ?"_s, {existing->id.value}); !q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"calendar"_s, existing->id.value, AuditLog::Action::Delete, toMap(*old), {});
        !s)
        return s;
    return tx.commit();
}

} // namespace rapport
