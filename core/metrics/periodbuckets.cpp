#include "periodbuckets.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

PeriodBuckets::PeriodBuckets(QDate from, QDate to, const QTimeZone &zone)
    : m_from(from)
    , m_to(to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    const qint64 days = from.daysTo(to) + 1;
    m_dayStarts.reserve(size_t(days + 1));
    m_weekOfDay.reserve(size_t(days));
    m_monthOfDay.reserve(size_t(days));
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        m_dayStarts.push_back(dayStart(d, zone));
        const QString week = weekKey(d);
        if (m_weeks.isEmpty() || m_weeks.last().key != week)
            m_weeks.append({ week, d, d });
        m_weeks.last().to = d;
        const QString month = monthKey(d);
        if (m_months.isEmpty() || m_months.last().key != month)
            m_months.append({ month, d, d });
        m_months.last().to = d;
        m_weekOfDay.push_back(int(m_weeks.size()) - 1);
        m_monthOfDay.push_back(int(m_months.size()) - 1);
    }
    m_dayStarts.push_back(dayStart(to.addDays(1), zone));
    for (size_t i = 1; i < m_dayStarts.size(); ++i) {
        if (m_dayStarts[i] - m_dayStarts[i - 1] != 86400)
            m_uniformDays = false;
    }
}

int PeriodBuckets::dayBySearch(qint64 utcSecs) const
{
    const auto it = std::upper_bound(m_dayStarts.begin(), m_dayStarts.end(), utcSecs);
    return int(it - m_dayStarts.begin()) - 1;
}

qint64 PeriodBuckets::dayStart(QDate date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toSecsSinceEpoch();
}

QString PeriodBuckets::weekKey(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return u"%1-W%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

QString PeriodBuckets::monthKey(QDate date)
{
    return u"%1-%2"_s.arg(date.year(), 4, 10, QLatin1Char('0')).arg(date.month(), 2, 10, QLatin1Char('0'));
}

} // namespace rapport
