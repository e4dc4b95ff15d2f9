#include "obligationrule.h"

#include "calendar/businesscalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const std::array<std::pair<ObligationKind, QString>, 6> kKinds {
    { { ObligationKind::ProjectReport, u"project_report"_s },
        { ObligationKind::ClosingDocuments, u"closing_documents"_s }, { ObligationKind::Payroll, u"payroll"_s },
        { ObligationKind::Payslips, u"payslips"_s }, { ObligationKind::Audit, u"audit"_s },
        { ObligationKind::Custom, u"custom"_s } }
};

int periodMonths(ObligationPeriod period)
{
    switch (period) {
    case ObligationPeriod::Monthly: return 1;
    case ObligationPeriod::Quarterly: return 3;
    case ObligationPeriod::Annual: return 12;
    }
    return 1;
}

// The last working day of the month of `first`, or an invalid date.
QDate lastWorkingDayOfMonth(QDate first, const BusinessCalendar &calendar)
{
    const QDate last(first.year(), first.month(), first.daysInMonth());
    return calendar.isWorkingDay(last) ? last : calendar.addBusinessDays(last, -1);
}

} // namespace

QString obligationKindKey(ObligationKind kind)
{
    for (const auto &[k, key] : kKinds)
        if (k == kind)
            return key;
    return u"custom"_s;
}

std::optional<ObligationKind> obligationKindFromKey(const QString &key)
{
    for (const auto &[k, text] : kKinds)
        if (text == key)
            return k;
    return std::nullopt;
}

QList<ObligationKind> allObligationKinds()
{
    QList<ObligationKind> kinds;
    for (const auto &entry : kKinds)
        kinds << entry.first;
    return kinds;
}

QString obligationKindTitle(ObligationKind kind)
{
    switch (kind) {
    case ObligationKind::ProjectReport: return QCoreApplication::translate("ObligationRule", "Project report");
    case ObligationKind::ClosingDocuments:
        return QCoreApplication::translate("ObligationRule", "Closing documents (invoice and act)");
    case ObligationKind::Payroll: return QCoreApplication::translate("ObligationRule", "Payroll of external staff");
    case ObligationKind::Payslips: return QCoreApplication::translate("ObligationRule", "Payslips");
    case ObligationKind::Audit: return QCoreApplication::translate("ObligationRule", "External audit");
    case ObligationKind::Custom: return QCoreApplication::translate("ObligationRule", "Obligation");
    }
    return {};
}

QString obligationPeriodKey(ObligationPeriod period)
{
    switch (period) {
    case ObligationPeriod::Monthly: return u"monthly"_s;
    case ObligationPeriod::Quarterly: return u"quarterly"_s;
    case ObligationPeriod::Annual: return u"annual"_s;
    }
    return {};
}

std::optional<ObligationPeriod> obligationPeriodFromKey(const QString &key)
{
    if (key == u"monthly"_s)
        return ObligationPeriod::Monthly;
    if (key == u"quarterly"_s)
        return ObligationPeriod::Quarterly;
    if (key == u"annual"_s)
        return ObligationPeriod::Annual;
    return std::nullopt;
}

QString dayOffsetKey(DayOffset offset)
{
    return offset == DayOffset::CalendarDay ? u"calendar_day"_s : u"business_day"_s;
}

std::optional<DayOffset> dayOffsetFromKey(const QString &key)
{
    if (key == u"business_day"_s)
        return DayOffset::BusinessDay;
    if (key == u"calendar_day"_s)
        return DayOffset::CalendarDay;
    return std::nullopt;
}

QString ObligationRule::displayTitle() const
{
    const QString t = title.trimmed();
    return t.isEmpty() ? obligationKindTitle(kind) : t;
}

Status ObligationRule::validate(const ObligationRule &rule)
{
    if (!rule.clientId.isValid())
        return fail(QCoreApplication::translate("ObligationRule", "An obligation belongs to a client."));
    if (rule.kind == ObligationKind::Custom && rule.title.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ObligationRule", "A custom obligation needs a title."));
    if (rule.offset == DayOffset::BusinessDay && (rule.day < 1 || rule.day > 23))
        return fail(
            QCoreApplication::translate("ObligationRule", "The working day of the month must be 1 to 23, not %1.")
                .arg(rule.day));
    if (rule.offset == DayOffset::CalendarDay && (rule.day < 1 || rule.day > 31))
        return fail(QCoreApplication::translate("ObligationRule", "The day of the month must be 1 to 31, not %1.")
                        .arg(rule.day));
    if (rule.dueMonth < 0 || rule.dueMonth > 12)
        return fail(QCoreApplication::translate(
            "ObligationRule", "The due month must be 0 to 12 months after the period, not %1.")
                        .arg(rule.dueMonth));
    if (!rule.startsOn.isValid())
        return fail(QCoreApplication::translate("ObligationRule", "An obligation needs the date it starts from."));
    return {};
}

ObligationPeriodRef ObligationRule::periodOf(ObligationPeriod period, QDate date)
{
    if (!date.isValid())
        return {};
    switch (period) {
    case ObligationPeriod::Monthly: {
        const QDate start(date.year(), date.month(), 1);
        return { start.toString(u"yyyy-MM"_s), start, start.addMonths(1).addDays(-1) };
    }
    case ObligationPeriod::Quarterly: {
        const int quarter = (date.month() - 1) / 3 + 1;
        const QDate start(date.year(), (quarter - 1) * 3 + 1, 1);
        return { u"%1-Q%2"_s.arg(date.year()).arg(quarter), start, start.addMonths(3).addDays(-1) };
    }
    case ObligationPeriod::Annual: {
        const QDate start(date.year(), 1, 1);
        return { QString::number(date.year()), start, QDate(date.year(), 12, 31) };
    }
    }
    return {};
}

std::optional<ObligationPeriodRef> ObligationRule::periodFromKey(ObligationPeriod period, const QString &key)
{
    static const QRegularExpression monthly(u"^(\\d{4})-(\\d{2})$"_s);
    static const QRegularExpression quarterly(u"^(\\d{4})-Q([1-4])$"_s);
    static const QRegularExpression annual(u"^(\\d{4})$"_s);
    QDate date;
    switch (period) {
    case ObligationPeriod::Monthly:
        if (const auto m = monthly.match(key); m.hasMatch())
            date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        break;
    case ObligationPeriod::Quarterly:
        if (const auto m = quarterly.match(key); m.hasMatch())
            date = QDate(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
        break;
    case ObligationPeriod::Annual:
        if (const auto m = annual.match(key); m.hasMatch())
            date = QDate(m.captured(1).toInt(), 1, 1);
        break;
    }
    if (!date.isValid() || date.year() < 1900)
        return std::nullopt;
    return periodOf(period, date);
}

QDate ObligationRule::dueDate(const ObligationPeriodRef &period, const BusinessCalendar &calendar) const
{
    if (!period.end.isValid())
        return {};
    const QDate lastMonth(period.end.year(), period.end.month(), 1);
    const QDate monthStart = lastMonth.addMonths(dueMonth);
    if (offset == DayOffset::BusinessDay) {
        // The N-th working day counted from the eve of the month; a month
        // with fewer working days than N gives its last working day.
        const QDate nth = calendar.addBusinessDays(monthStart.addDays(-1), day);
        if (nth.isValid() && nth.month() == monthStart.month() && nth.year() == monthStart.year())
            return nth;
        return lastWorkingDayOfMonth(monthStart, calendar);
    }
    const QDate target(monthStart.year(), monthStart.month(), std::min(day, monthStart.daysInMonth()));
    if (calendar.isWorkingDay(target))
        return target;
    return calendar.addBusinessDays(target, -1);
}

QList<ObligationPeriodRef> ObligationRule::periodsThrough(QDate asOf) const
{
    QList<ObligationPeriodRef> result;
    if (!startsOn.isValid() || !asOf.isValid())
        return result;
    ObligationPeriodRef p = periodOf(period, startsOn);
    while (p.start <= asOf) {
        result.append(p);
        p = periodOf(period, p.start.addMonths(periodMonths(period)));
    }
    return result;
}

} // namespace rapport
