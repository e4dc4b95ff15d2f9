#include "holidayimport.h"

#include "businesscalendar.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringDecoder>

#include <libical/ical.h>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Translation context of the import messages.
class HolidayImport
{
    Q_DECLARE_TR_FUNCTIONS(HolidayImport)
};

// Windows-1251 bytes 0x80–0xBF; 0xC0–0xFF are U+0410–U+044F in order.
constexpr char16_t kCp1251High[64] = {
    0x0402,
    0x0403,
    0x201A,
    0x0453,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x20AC,
    0x2030,
    0x0409,
    0x2039,
    0x040A,
    0x040C,
    0x040B,
    0x040F,
    0x0452,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0xFFFD,
    0x2122,
    0x0459,
    0x203A,
    0x045A,
    0x045C,
    0x045B,
    0x045F,
    0x00A0,
    0x040E,
    0x045E,
    0x0408,
    0x00A4,
    0x0490,
    0x00A6,
    0x00A7,
    0x0401,
    0x00A9,
    0x0404,
    0x00AB,
    0x00AC,
    0x00AD,
    0x00AE,
    0x0407,
    0x00B0,
    0x00B1,
    0x0406,
    0x0456,
    0x0491,
    0x00B5,
    0x00B6,
    0x00B7,
    0x0451,
    0x2116,
    0x0454,
    0x00BB,
    0x0458,
    0x0405,
    0x0455,
    0x0457,
};

// UTF-8 (BOM stripped) when the bytes are valid UTF-8, Windows-1251 otherwise.
QString decodeText(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    text.clear();
    text.reserve(bytes.size());
    for (const char byte : std::as_const(bytes)) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 0x80)
            text.append(QChar(char16_t(b)));
        else if (b < 0xC0)
            text.append(QChar(kCp1251High[b - 0x80]));
        else
            text.append(QChar(char16_t(0x0410 + (b - 0xC0))));
    }
    return text;
}

QChar detectDelimiter(QStringView line)
{
    const qsizetype commas = line.count(u',');
    const qsizetype semicolons = line.count(u';');
    const qsizetype tabs = line.count(u'\t');
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

// Splits one row; quoted fields may hold the delimiter, "" is a quote.
// Returns the 1-based column of an unterminated quote in *badColumn, else 0.
QStringList splitRow(QStringView line, QChar delimiter, int *badColumn)
{
    QStringList fields;
    QString current;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inQuotes) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                current.append(c);
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                current.append(c);
            }
        } else if (c == u'"' && current.trimmed().isEmpty()) {
            inQuotes = true;
            current.clear();
        } else if (c == delimiter) {
            fields.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    *badColumn = inQuotes ? int(fields.size()) + 1 : 0;
    fields.append(current);
    return fields;
}

QDate parseDate(const QString &text)
{
    const QDate iso = QDate::fromString(text, u"yyyy-MM-dd"_s);
    return iso.isValid() ? iso : QDate::fromString(text, u"dd.MM.yyyy"_s);
}

// Keeps the first of same-kind duplicates; a date listed with both kinds is
// reported through `conflict` with the index of the earlier entry.
template<typename Conflict>
void addDay(QList<CalendarDay> &days, QMap<QDate, qsizetype> &seen, CalendarDay day, Conflict conflict)
{
    const auto it = seen.constFind(day.date);
    if (it == seen.constEnd()) {
        seen.insert(day.date, days.size());
        days.append(std::move(day));
    } else if (days[*it].workday != day.workday) {
        conflict(*it);
    }
}

void sortByDate(QList<CalendarDay> &days)
{
    std::sort(days.begin(), days.end(), [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
}

QString kindName(bool workday)
{
    return workday ? HolidayImport::tr("working day") : HolidayImport::tr("holiday");
}

// Whether `text` calls the day a working day, but not a "non-working day".
bool mentionsWorkday(const QString &text)
{
    static const QString markers[] = { u"working day"_s, u"workday"_s, u"рабочий день"_s, u"жұмыс күні"_s };
    static const QString negations[] = { u"non"_s, u"not"_s, u"не"_s };
    const QString lower = text.toLower();
    for (const QString &marker : markers) {
        for (qsizetype pos = lower.indexOf(marker); pos >= 0; pos = lower.indexOf(marker, pos + 1)) {
            if (pos > 0 && lower[pos - 1].isLetterOrNumber())
                continue; // "нерабочий день", "nonworking day"
            QStringView before = QStringView(lower).left(pos);
            while (!before.isEmpty() && (before.back().isSpace() || before.back() == u'-'))
                before.chop(1);
            qsizetype wordStart = before.size();
            while (wordStart > 0 && before[wordStart - 1].isLetter())
                --wordStart;
            const QStringView lastWord = before.mid(wordStart);
            if (std::none_of(
                    std::begin(negations), std::end(negations), [&](const QString &n) { return lastWord == n; }))
                return true;
        }
    }
    return false;
}

bool isWorkdayEvent(icalcomponent *event, const QString &summary)
{
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), "X-RAPPORT-KIND") != 0)
            continue;
        const QString kind = QString::fromUtf8(icalproperty_get_value_as_string(p)).trimmed().toLower();
        if (kind == u"workday"_s || kind == u"holiday"_s)
            return kind == u"workday"_s;
    }
    if (mentionsWorkday(summary))
        return true;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY)) {
        if (mentionsWorkday(QString::fromUtf8(icalproperty_get_categories(p))))
            return true;
    }
    return false;
}

QDate toDate(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

// The number of days an all-day event covers, or 0 with `error` set.
qint64 eventDays(icalcomponent *event, QDate start, QString *error)
{
    if (icalproperty *end = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        const icaltimetype t = icalproperty_get_dtend(end);
        const QDate endDate = toDate(t);
        if (icaltime_is_null_time(t) || !icaltime_is_date(t) || !endDate.isValid()) {
            *error = HolidayImport::tr("DTEND is not a date");
            return 0;
        }
        if (endDate <= start)
            *error = HolidayImport::tr("ends (DTEND, exclusive) on or before its start");
        return endDate <= start ? 0 : start.daysTo(endDate);
    }
    if (icalproperty *duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
        const icaldurationtype d = icalproperty_get_duration(duration);
        const qint64 days = qint64(d.weeks) * 7 + d.days;
        if (d.is_neg || d.hours || d.minutes || d.seconds || days <= 0) {
            *error = HolidayImport::tr("DURATION must be a positive number of whole days");
            return 0;
        }
        return days;
    }
    return 1;
}

} // namespace

Result<QList<CalendarDay>> parseHolidaysCsv(const QByteArray &data)
{
    QString text = decodeText(data);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');

    QList<CalendarDay> days;
    QMap<QDate, qsizetype> seen;
    QList<int> lineOfDay; // line number of each entry of days
    QStringList errors;
    const auto report = [&](int line, int column, const QString &reason) {
        errors.append(HolidayImport::tr("line %1, column %2: %3").arg(line).arg(column).arg(reason));
    };
    QChar delimiter;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        if (lines[i].trimmed().isEmpty())
            continue;
        const bool firstRow = delimiter.isNull();
        if (firstRow)
            delimiter = detectDelimiter(lines[i]);
        int badColumn = 0;
        const QStringList fields = splitRow(lines[i], delimiter, &badColumn);
        const QString first = fields.first().trimmed().toLower();
        if (firstRow && (first == u"date"_s || first == u"дата"_s))
            continue; // header
        if (badColumn > 0) {
            report(lineNo, badColumn, HolidayImport::tr("the quoted value has no closing quote"));
            continue;
        }
        const int errorsBefore = int(errors.size());
        const QString dateText = fields.value(0).trimmed();
        const QDate date = parseDate(dateText);
        if (!date.isValid())
            report(lineNo, 1, HolidayImport::tr("“%1” is not a date (expected YYYY-MM-DD)").arg(dateText));
        const QString kind = fields.value(1).trimmed().toLower();
        if (fields.size() < 2)
            report(lineNo, 2, HolidayImport::tr("the kind is missing (expected “holiday” or “workday”)"));
        else if (kind != u"holiday"_s && kind != u"workday"_s)
            report(lineNo, 2,
                HolidayImport::tr("the kind “%1” is neither “holiday” nor “workday”").arg(fields[1].trimmed()));
        if (fields.size() > 3)
            report(lineNo, 4,
                HolidayImport::tr("unexpected extra value “%1” (quote a name that contains the delimiter)")
                    .arg(fields[3].trimmed()));
        if (errors.size() > errorsBefore)
            continue;
        addDay(days, seen, { date, kind == u"workday"_s, fields.value(2).trimmed() }, [&](qsizetype earlier) {
            report(lineNo, 2,
                HolidayImport::tr("%1 is already listed as a %2 on line %3")
                    .arg(date.toString(Qt::ISODate), kindName(days[earlier].workday))
                    .arg(lineOfDay.value(earlier)));
        });
        if (lineOfDay.size() < days.size())
            lineOfDay.append(lineNo);
    }
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'));
    if (days.isEmpty())
        return fail(HolidayImport::tr("The file lists no days."));
    sortByDate(days);
    return days;
}

Result<QList<CalendarDay>> parseHolidaysIcs(const QByteArray &data)
{
    const std::unique_ptr<icalcomponent, void (*)(icalcomponent *)> root(
        icalparser_parse_string(data.constData()), icalcomponent_free);
    if (!root)
        return fail(HolidayImport::tr("The file is not an iCalendar (ICS) file."));

    QList<icalcomponent *> events;
    const auto collectEvents = [&](icalcomponent *calendar) {
        for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
            events.append(e);
    };
    switch (icalcomponent_isa(root.get())) {
    case ICAL_VEVENT_COMPONENT: events.append(root.get()); break;
    case ICAL_VCALENDAR_COMPONENT: collectEvents(root.get()); break;
    case ICAL_XROOT_COMPONENT:
        for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            collectEvents(c);
        break;
    default: break;
    }
    if (events.isEmpty())
        return fail(HolidayImport::tr("The calendar file contains no events."));

    QList<CalendarDay> days;
    QMap<QDate, qsizetype> seen;
    QStringList errors;
    for (qsizetype n = 0; n < events.size(); ++n) {
        icalcomponent *event = events[n];
        const QString summary = QString::fromUtf8(icalcomponent_get_summary(event)).trimmed();
        const QString where = summary.isEmpty() ? HolidayImport::tr("event %1").arg(n + 1)
                                                : HolidayImport::tr("event %1 (“%2”)").arg(n + 1).arg(summary);
        const auto report
            = [&](const QString &reason) { errors.append(HolidayImport::tr("%1: %2").arg(where, reason)); };
        icalproperty *startProp = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        const icaltimetype start = startProp ? icalproperty_get_dtstart(startProp) : icaltime_null_time();
        const QDate startDate = toDate(start);
        if (!startProp || icaltime_is_null_time(start) || !startDate.isValid()) {
            report(HolidayImport::tr("no valid start date (DTSTART)"));
            continue;
        }
        if (!icaltime_is_date(start)) {
            report(HolidayImport::tr("not an all-day event (DTSTART has a time of day)"));
            continue;
        }
        if (icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY)) {
            report(HolidayImport::tr("repeating events (RRULE) are not supported; list each date as its own event"));
            continue;
        }
        QString error;
        const qint64 count = eventDays(event, startDate, &error);
        if (count > 366)
            error = HolidayImport::tr("spans %1 days; an event may cover at most 366").arg(count);
        if (!error.isEmpty()) {
            report(error);
            continue;
        }
        const bool workday = isWorkdayEvent(event, summary);
        for (qint64 i = 0; i < count; ++i) {
            const QDate date = startDate.addDays(i);
            addDay(days, seen, { date, workday, summary }, [&](qsizetype earlier) {
                report(HolidayImport::tr("%1 is already listed as a %2")
                           .arg(date.toString(Qt::ISODate), kindName(days[earlier].workday)));
            });
        }
    }
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'));
    sortByDate(days);
    return days;
}

void applyDays(BusinessCalendar &calendar, const QList<CalendarDay> &days)
{
    for (const CalendarDay &day : days) {
        if (day.workday)
            calendar.addTransferredWorkday(day.date, day.name);
        else
            calendar.addHoliday(day.date, day.name);
    }
}

} // namespace rapport
