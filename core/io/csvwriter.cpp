#include "csvwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString CsvWriter::field(const QString &value, QChar delimiter)
{
    const bool quote = value.contains(delimiter) || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

void CsvWriter::addRow(const QStringList &fields)
{
    // A lone empty field would be a blank line, which readers skip.
    if (fields.size() == 1 && fields.first().isEmpty()) {
        m_text += u"\"\"\r\n"_s;
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += m_delimiter;
        m_text += field(fields.at(i), m_delimiter);
    }
    m_text += u"\r\n"_s;
}

QByteArray CsvWriter::toUtf8(bool byteOrderMark) const
{
    QByteArray bytes = byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += m_text.toUtf8();
    return bytes;
}

} // namespace rapport
