#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace rapport {

// Writes CSV that CsvReader (and Excel) read back: CRLF line ends, a field
// quoted when it holds the delimiter, a quote, a line break or leading or
// trailing spaces, quotes doubled (RFC 4180).
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = u',')
        : m_delimiter(delimiter)
    {
    }

    void addRow(const QStringList &fields);
    const QString &text() const { return m_text; }
    // UTF-8, with a byte order mark when asked (Excel needs one to see Cyrillic).
    QByteArray toUtf8(bool byteOrderMark = false) const;

    static QString field(const QString &value, QChar delimiter);

private:
    QChar m_delimiter;
    QString m_text;
};

} // namespace rapport
