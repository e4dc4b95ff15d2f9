#include "csvreader.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Windows-1251 bytes 0x80..0xFF as Unicode; 0x98 is unassigned.
constexpr std::array<char16_t, 128> kCp1251{
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, 0x0410,
    0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D,
    0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A,
    0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444,
    0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F};

QString decodeUtf16(const QByteArray &data, bool littleEndian)
{
    QString out;
    out.reserve(data.size() / 2);
    for (qsizetype i = 2; i + 1 < data.size(); i += 2) {
        const auto lo = uchar(data.at(littleEndian ? i : i + 1));
        const auto hi = uchar(data.at(littleEndian ? i + 1 : i));
        out.append(QChar(char16_t(hi << 8 | lo)));
    }
    return out;
}

// Length of the "sep=X" line Excel writes first (with its line break), or 0.
qsizetype sepLineLength(const QString &text, QChar *delimiter)
{
    if (!text.startsWith(u"sep="_s, Qt::CaseInsensitive) || text.size() < 5)
        return 0;
    qsizetype end = 5;
    if (end < text.size() && text.at(end) == u'\r')
        ++end;
    if (end < text.size() && text.at(end) == u'\n')
        ++end;
    if (end != text.size() && end == 5)
        return 0; // "sep=" followed by more than one character: an ordinary line
    if (delimiter)
        *delimiter = text.at(4);
    return end;
}

} // namespace

QString CsvReader::Error::toString() const
{
    return QCoreApplication::translate("CsvReader", "line %1, column %2: %3").arg(line).arg(column).arg(reason);
}

bool CsvReader::isValidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = cp << 6 | (p[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past Unicode are not UTF-8.
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        i += extra + 1;
    }
    return true;
}

QString CsvReader::decodeWindows1251(const QByteArray &data)
{
    QString out;
    out.reserve(data.size());
    for (char ch : data) {
        const auto b = uchar(ch);
        out.append(b < 0x80 ? QChar(char16_t(b)) : QChar(kCp1251[b - 0x80]));
    }
    return out;
}

QString CsvReader::decode(const QByteArray &data, Encoding *encoding)
{
    Encoding detected = Encoding::Utf8;
    QString text;
    if (data.startsWith("\xEF\xBB\xBF")) {
        detected = Encoding::Utf8Bom;
        text = QString::fromUtf8(data.constData() + 3, data.size() - 3);
    } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        detected = Encoding::Utf16;
        text = decodeUtf16(data, data.startsWith("\xFF\xFE"));
    } else if (isValidUtf8(data)) {
        text = QString::fromUtf8(data);
    } else {
        detected = Encoding::Windows1251;
        text = decodeWindows1251(data);
    }
    if (encoding)
        *encoding = detected;
    return text;
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    QChar fromSep;
    const qsizetype start = sepLineLength(text, &fromSep);
    if (start > 0)
        return fromSep;
    static constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current{};
    bool inQuotes = false;
    bool content = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < 10; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
            content = true;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (content)
                counts.append(current);
            current = {};
            content = false;
        } else {
            content = true;
            if (!inQuotes) {
                for (size_t k = 0; k < candidates.size(); ++k) {
                    if (c == QChar(candidates[k]))
                        ++current[k];
                }
            }
        }
    }
    if (content && counts.size() < 10)
        counts.append(current);
    int best = -1;
    bool bestConsistent = false;
    int bestCount = 0;
    for (size_t k = 0; k < candidates.size() && !counts.isEmpty(); ++k) {
        const int first = counts.first()[k];
        if (first == 0)
            continue;
        bool consistent = true;
        for (const auto &row : std::as_const(counts))
            consistent = consistent && row[k] == first;
        if (best < 0 || (consistent && !bestConsistent) || (consistent == bestConsistent && first > bestCount)) {
            best = int(k);
            bestConsistent = consistent;
            bestCount = first;
        }
    }
    return best < 0 ? QChar(u',') : QChar(candidates[size_t(best)]);
}

CsvReader::Document CsvReader::parse(const QString &text, QChar delimiter)
{
    Document doc;
    doc.delimiter = delimiter;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    int line = 1;
    int column = 0;
    qsizetype i = sepLineLength(text, nullptr);
    if (i > 0)
        line = 2;
    int rowLine = line;
    int quoteLine = 0;
    int quoteColumn = 0;
    bool fieldQuoted = false;
    QStringList fields;
    QString field;

    const auto endField = [&] {
        fields.append(field);
        field.clear();
        fieldQuoted = false;
        state = State::FieldStart;
    };
    const auto endRow = [&] {
        // A line with nothing on it is not a row.
        const bool blank = fields.isEmpty() && field.isEmpty() && !fieldQuoted;
        endField();
        if (!blank)
            doc.rows.append({rowLine, fields});
        fields.clear();
    };
    const auto error = [&](int atLine, int atColumn, const QString &reason) {
        doc.error = Error{atLine, atColumn, int(fields.size()), reason};
        return doc;
    };

    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        ++column;
        const bool newline = c == u'\n' || c == u'\r';
        if (newline && c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i; // CRLF is one line break
        ++i;
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                field.clear(); // spaces before an opening quote are not data
                state = State::Quoted;
                fieldQuoted = true;
                quoteLine = line;
                quoteColumn = column;
            } else if (c == delimiter) {
                endField();
            } else if (newline) {
                endRow();
            } else if (c == u' ') {
                field.append(c);
            } else {
                field.append(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == delimiter)
                endField();
            else if (newline)
                endRow();
            else if (c == u'"')
                return error(line,
                             column,
                             QCoreApplication::translate("CsvReader",
                                                         "a quote inside an unquoted field (put the whole "
                                                         "field in quotes and double the quote)"));
            else
                field.append(c);
            break;
        case State::Quoted:
            if (c == u'"') {
                if (i < n && text.at(i) == u'"') {
                    field.append(c);
                    ++i;
                    ++column;
                } else {
                    state = State::AfterQuote;
                }
            } else {
                field.append(newline ? QChar(u'\n') : c);
            }
            break;
        case State::AfterQuote:
            if (c == delimiter)
                endField();
            else if (newline)
                endRow();
            else if (c != u' ' && c != u'\t')
                return error(
                    line,
                    column,
                    QCoreApplication::translate("CsvReader", "text after the closing quote of a quoted field"));
            break;
        }
        if (newline) {
            ++line;
            column = 0;
            if (state == State::FieldStart && fields.isEmpty())
                rowLine = line;
        }
    }
    if (state == State::Quoted)
        return error(quoteLine,
                     quoteColumn,
                     QCoreApplication::translate("CsvReader", "the quoted field that starts here is never closed"));
    if (!fields.isEmpty() || !field.isEmpty() || fieldQuoted)
        endRow();
    return doc;
}

CsvReader::Document CsvReader::read(const QByteArray &data, QChar delimiter)
{
    Encoding encoding = Encoding::Utf8;
    const QString text = decode(data, &encoding);
    Document doc = parse(text, delimiter.isNull() ? detectDelimiter(text) : delimiter);
    doc.encoding = encoding;
    return doc;
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return u"UTF-8"_s;
    case Encoding::Utf8Bom: return u"UTF-8 (BOM)"_s;
    case Encoding::Windows1251: return u"Windows-1251"_s;
    case Encoding::Utf16: return u"UTF-16"_s;
    }
    return {};
}

QString CsvReader::delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return u"semicolon"_s;
    if (delimiter == u'\t')
        return u"tab"_s;
    return delimiter == u',' ? u"comma"_s : QString(delimiter);
}

} // namespace rapport
