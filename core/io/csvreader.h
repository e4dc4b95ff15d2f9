#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport {

// Reads CSV as RFC 4180 describes it (quoted fields, doubled quotes, line
// breaks inside quotes) from the files people actually have: UTF-8 with or
// without a byte order mark or Windows-1251 (what Excel saves on a Russian
// Windows), UTF-16 with a byte order mark, and `,` `;` or tab delimiters.
// Encoding and delimiter are detected. Every row keeps the physical line it
// starts on, so that errors can say where to look.
class CsvReader
{
public:
    enum class Encoding { Utf8, Utf8Bom, Windows1251, Utf16 };

    struct Row
    {
        int line = 0; // 1-based physical line where the row starts
        QStringList fields;
    };

    // A broken file: where (1-based line, column in characters, field
    // index from 0) and why.
    struct Error
    {
        int line = 0;
        int column = 0;
        int field = 0;
        QString reason;
        // "line N, column C: reason"
        QString toString() const;
    };

    struct Document
    {
        Encoding encoding = Encoding::Utf8;
        QChar delimiter = u',';
        QList<Row> rows; // up to the error, if any
        std::optional<Error> error;
    };

    // Decodes `data`, detects the delimiter unless one is given, and parses.
    // Blank lines are skipped; an empty file gives no rows and no error.
    static Document read(const QByteArray &data, QChar delimiter = QChar());
    // Parses text that is already decoded; stops at the first syntax error.
    static Document parse(const QString &text, QChar delimiter);

    // The text of `data` in its detected encoding (a byte order mark removed):
    // a byte order mark decides; otherwise bytes that are valid UTF-8 are
    // UTF-8, and anything else is Windows-1251.
    static QString decode(const QByteArray &data, Encoding *encoding = nullptr);
    static bool isValidUtf8(const QByteArray &data);
    // Windows-1251 from Rapport's own table: deterministic, no codec library.
    static QString decodeWindows1251(const QByteArray &data);
    // The most plausible of `,` `;` and tab: counted outside quotes on the
    // first lines, preferring one that occurs equally often on each. An
    // Excel "sep=X" first line decides.
    static QChar detectDelimiter(const QString &text);

    static QString encodingName(Encoding encoding);
    // "comma", "semicolon", "tab"
    static QString delimiterName(QChar delimiter);
};

} // namespace rapport
