#include "isotime.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {

std::optional<qint64> instantFromIso(const QString &raw, const QTimeZone &zone)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime) // no offset written
            dt = QDateTime(dt.date(), dt.time(), zone);
        if (!dt.isValid())
            return std::nullopt;
        return dt.toSecsSinceEpoch();
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date.startOfDay(zone).toSecsSinceEpoch();
}

QString isoWithOffset(qint64 utcSecs, const QTimeZone &zone)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(utcSecs, zone);
    const int offset = dt.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return dt.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset < 0 ? u'-' : u'+')
        + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QJsonValue isoUtc(qint64 utcSecs)
{
    if (utcSecs <= 0)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(utcSecs, QTimeZone::utc()).toString(Qt::ISODate);
}

QString plainNumber(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text == u"-0"_s ? u"0"_s : text;
}

} // namespace rapport::cli
