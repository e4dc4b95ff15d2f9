#include "workhourstext.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString WorkHoursText::time(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString WorkHoursText::format(const QList<WorkInterval> &intervals)
{
    QStringList parts;
    for (const WorkInterval &i : intervals)
        parts << time(i.startMinute) + u'–' + time(i.endMinute);
    return parts.join(u", "_s);
}

Result<QList<WorkInterval>> WorkHoursText::parse(const QString &text)
{
    static const QRegularExpression range(
        u"^(\\d{1,2})(?:[:.](\\d{2}))?\\s*[-–—]\\s*(\\d{1,2})(?:[:.](\\d{2}))?$"_s);
    QList<WorkInterval> result;
    const QStringList parts = text.split(QRegularExpression(u"[,;]"_s), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const QRegularExpressionMatch m = range.match(part);
        if (!m.hasMatch())
            return fail(tr("“%1” is not a time range like 09:00–18:00.").arg(part));
        const int startHour = m.captured(1).toInt();
        const int startMinute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        const int endHour = m.captured(3).toInt();
        const int endMinute = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
        const auto valid = [](int h, int min) { return min < 60 && (h < 24 || (h == 24 && min == 0)); };
        if (!valid(startHour, startMinute) || !valid(endHour, endMinute))
            return fail(tr("“%1”: a time of day runs from 00:00 to 24:00.").arg(part));
        const WorkInterval interval{startHour * 60 + startMinute, endHour * 60 + endMinute};
        if (interval.endMinute <= interval.startMinute)
            return fail(tr("“%1” must end after it starts.").arg(part));
        result.append(interval);
    }
    std::sort(result.begin(), result.end(),
              [](const WorkInterval &a, const WorkInterval &b) { return a.startMinute < b.startMinute; });
    for (qsizetype i = 1; i < result.size(); ++i) {
        if (result.at(i).startMinute < result.at(i - 1).endMinute)
            return fail(tr("%1 and %2 overlap.").arg(format({result.at(i - 1)}), format({result.at(i)})));
    }
    return result;
}

} // namespace rapport
