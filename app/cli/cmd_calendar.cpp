// calendar list / import / show: business calendars, their holidays and
// transferred working days.
#include "cli.h"

#include "calendar/holidayimport.h"
#include "domain/clock.h"
#include "storage/calendarrepository.h"
#include "storage/ticketrepository.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

const QStringList kWeekdays{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};

QString minutesText(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString hoursText(const BusinessCalendar &c, int weekday)
{
    if (c.is24x7())
        return u"00:00-24:00"_s;
    QStringList parts;
    for (const WorkInterval &i : c.intervals(weekday))
        parts << minutesText(i.startMinute) + u'-' + minutesText(i.endMinute);
    return parts.isEmpty() ? u"off"_s : parts.join(u", "_s);
}

int runList(Context &ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const QList<CalendarInfo> calendars = CalendarRepository(*db).list();
    if (ctx.json()) {
        QJsonArray array;
        for (const CalendarInfo &c : calendars)
            array.append(QJsonObject{{u"name"_s, c.name},
                                     {u"time_zone"_s, QString::fromLatin1(c.timeZoneId)},
                                     {u"always_open"_s, c.alwaysOpen},
                                     {u"builtin"_s, c.builtin},
                                     {u"checked_for_year"_s, c.checkedForYear > 0 ? QJsonValue(c.checkedForYear)
                                                                                  : QJsonValue()},
                                     {u"holidays"_s, c.holidays},
                                     {u"workdays"_s, c.workdays},
                                     {u"policies"_s, c.policies}});
        ctx.printJson({{u"calendars"_s, array}});
        return Success;
    }
    QString text;
    for (const CalendarInfo &c : calendars) {
        text += u"%1  %2  %3 holidays, %4 working days%5%6\n"_s.arg(c.name.leftJustified(16),
                                                                   QString::fromLatin1(c.timeZoneId).leftJustified(16))
                    .arg(c.holidays, 3)
                    .arg(c.workdays)
                    .arg(c.builtin ? u"  built-in"_s : QString(),
                         c.checkedForYear > 0 ? u" (checked for %1)"_s.arg(c.checkedForYear) : QString());
    }
    ctx.print(text.isEmpty() ? u"no calendars"_s : text);
    return Success;
}

// ICS by extension or content, else CSV.
Result<QList<CalendarDay>> readDays(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    QByteArray head = data.left(64).trimmed();
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3).trimmed();
    const bool ics = QFileInfo(path).suffix().compare(u"ics"_s, Qt::CaseInsensitive) == 0
        || head.toUpper().startsWith("BEGIN:VCALENDAR");
    return ics ? parseHolidaysIcs(data) : parseHolidaysCsv(data);
}

int runImport(Context &ctx)
{
    if (ctx.positional.size() != 3)
        return ctx.usage(u"usage: calendar import NAME FILE [--base CALENDAR]"_s);
    const QString name = ctx.positional.at(1);
    const QString path = ctx.positional.at(2);
    auto days = readDays(path);
    if (!days)
        return ctx.failure(u"%1: %2"_s.arg(path, days.error()));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    CalendarRepository calendars(*db);
    bool created = false;
    if (!calendars.info(name)) {
        const QString base = ctx.parser.value(u"base"_s);
        if (base.isEmpty())
            return ctx.failure(u"there is no calendar \"%1\"; to create it, name one to copy: --base kz-standard"_s.arg(name));
        auto copy = calendars.load(base);
        if (!copy)
            return ctx.failure(copy.error());
        copy->setName(name);
        if (auto saved = calendars.save(*copy); !saved)
            return ctx.failure(saved.error());
        created = true;
    }
    auto imported = calendars.importDays(name, *days);
    if (!imported)
        return ctx.failure(imported.error());
    // Due instants of open tickets move with the calendar.
    auto recomputed = TicketRepository(*db).recomputeOpen();
    if (!recomputed)
        return ctx.failure(recomputed.error());
    int holidays = 0;
    for (const CalendarDay &d : std::as_const(*days))
        holidays += d.workday ? 0 : 1;
    const int workdays = int(days->size()) - holidays;
    if (ctx.json()) {
        ctx.printJson({{u"calendar"_s, name},
                       {u"created"_s, created},
                       {u"imported"_s, *imported},
                       {u"holidays"_s, holidays},
                       {u"workdays"_s, workdays},
                       {u"recomputed_tickets"_s, *recomputed}});
    } else {
        ctx.print(u"imported %1 days into %2 (%3 holidays, %4 working days); %5 open tickets recomputed"_s
                      .arg(*imported)
                      .arg(name)
                      .arg(holidays)
                      .arg(workdays)
                      .arg(*recomputed));
    }
    return Success;
}

int runShow(Context &ctx)
{
    if (ctx.positional.size() != 2)
        return ctx.usage(u"usage: calendar show NAME [--year Y]"_s);
    const QString name = ctx.positional.at(1);
    int year = Clock::nowUtc().date().year();
    if (ctx.parser.isSet(u"year"_s)) {
        bool ok = false;
        year = ctx.parser.value(u"year"_s).toInt(&ok);
        if (!ok || year < 1900 || year > 2299)
            return ctx.usage(u"--year must be a year between 1900 and 2299"_s);
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    CalendarRepository calendars(*db);
    auto calendar = calendars.load(name);
    if (!calendar)
        return ctx.failure(calendar.error() + u" (see `rapport-cli calendar list`)"_s);
    const auto info = calendars.info(name);
    const auto inYear = [year](const QMap<QDate, QString> &days) {
        QList<std::pair<QDate, QString>> result;
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            if (it.key().year() == year)
                result.append({it.key(), it.value()});
        }
        return result;
    };
    const auto holidays = inYear(calendar->holidays());
    const auto workdays = inYear(calendar->transferredWorkdays());
    int working = 0;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        working += calendar->isWorkingDay(d) ? 1 : 0;
    if (ctx.json()) {
        QJsonObject week;
        for (int wd = 1; wd <= 7; ++wd) {
            QJsonArray intervals;
            if (calendar->is24x7())
                intervals.append(QJsonArray{u"00:00"_s, u"24:00"_s});
            else
                for (const WorkInterval &i : calendar->intervals(wd))
                    intervals.append(QJsonArray{minutesText(i.startMinute), minutesText(i.endMinute)});
            week.insert(kWeekdays.at(wd - 1), intervals);
        }
        const auto days = [](const QList<std::pair<QDate, QString>> &list) {
            QJsonArray array;
            for (const auto &[date, title] : list)
                array.append(QJsonObject{{u"date"_s, date.toString(Qt::ISODate)}, {u"name"_s, title}});
            return array;
        };
        ctx.printJson({{u"name"_s, calendar->name()},
                       {u"time_zone"_s, QString::fromLatin1(calendar->timeZoneId())},
                       {u"always_open"_s, calendar->is24x7()},
                       {u"builtin"_s, info && info->builtin},
                       {u"checked_for_year"_s, calendar->checkedForYear() > 0 ? QJsonValue(calendar->checkedForYear())
                                                                             : QJsonValue()},
                       {u"week"_s, week},
                       {u"year"_s, year},
                       {u"holidays"_s, days(holidays)},
                       {u"workdays"_s, days(workdays)},
                       {u"working_days"_s, working}});
        return Success;
    }
    QString text = u"%1 (%2)%3\n"_s.arg(calendar->name(), QString::fromLatin1(calendar->timeZoneId()),
                                        calendar->checkedForYear() > 0
                                            ? u", holidays checked for %1"_s.arg(calendar->checkedForYear())
                                            : QString());
    for (int wd = 1; wd <= 7; ++wd)
        text += u"  %1  %2\n"_s.arg(kWeekdays.at(wd - 1), hoursText(*calendar, wd));
    text += u"%1: %2 working days\n"_s.arg(year).arg(working);
    for (const auto &[date, title] : holidays)
        text += u"  %1  holiday  %2\n"_s.arg(date.toString(Qt::ISODate), title);
    for (const auto &[date, title] : workdays)
        text += u"  %1  workday  %2\n"_s.arg(date.toString(Qt::ISODate), title);
    ctx.print(text);
    return Success;
}

int runCalendar(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"list"_s)
        return ctx.positional.size() == 1 ? runList(ctx) : ctx.usage(u"usage: calendar list"_s);
    if (action == u"import"_s)
        return runImport(ctx);
    if (action == u"show"_s)
        return runShow(ctx);
    return ctx.usage(action.isEmpty() ? u"calendar needs an action: list, import or show"_s
                                      : u"unknown calendar action \"%1\" (list, import or show)"_s.arg(action));
}

Registrar calendar{{u"calendar"_s,
                    u"Business calendars: calendar list, calendar import NAME FILE, calendar show NAME --year Y."_s,
                    [](QCommandLineParser &p) {
                        p.addPositionalArgument(u"action"_s, u"list, import or show"_s, u"list|import|show"_s);
                        p.addPositionalArgument(u"name"_s, u"Calendar name (import, show)."_s, u"[NAME]"_s);
                        p.addPositionalArgument(u"file"_s, u"import: an ICS file or a CSV date,kind,name."_s,
                                                u"[FILE]"_s);
                        p.addOption({u"year"_s, u"show: the year to list (default: this year)."_s, u"y"_s});
                        p.addOption({u"base"_s, u"import: create NAME as a copy of this calendar first."_s,
                                     u"calendar"_s});
                    },
                    runCalendar}};

} // namespace
} // namespace rapport::cli
