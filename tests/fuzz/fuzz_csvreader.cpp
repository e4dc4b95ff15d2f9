// CsvReader on arbitrary bytes: decoding, delimiter detection and parsing,
// detected and with each delimiter given, and the shape of what comes back.
#include "fuzzsupport.h"

#include "io/csvreader.h"

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

void checkDocument(const CsvReader::Document &doc)
{
    int previous = 0;
    for (const CsvReader::Row &row : doc.rows) {
        if (row.line <= previous)
            fuzz::violated("csv", u"row on line %1 after a row on line %2"_s.arg(row.line).arg(previous));
        if (row.fields.isEmpty())
            fuzz::violated("csv", u"a row without fields on line %1"_s.arg(row.line));
        previous = row.line;
    }
    if (doc.error) {
        const CsvReader::Error &e = *doc.error;
        if (e.line < 1 || e.line < previous || e.column < 1 || e.field < 0 || e.reason.isEmpty())
            fuzz::violated("csv", u"error at line %1 (last row on line %2), column %3, field %4: %5"_s.arg(e.line)
                                      .arg(previous)
                                      .arg(e.column)
                                      .arg(e.field)
                                      .arg(e.reason));
        if (e.toString().isEmpty())
            fuzz::violated("csv", u"an error without text"_s);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::init();
    const QByteArray input = fuzz::bytes(data, size);
    const CsvReader::Document detected = CsvReader::read(input);
    checkDocument(detected);
    if (CsvReader::encodingName(detected.encoding).isEmpty() || CsvReader::delimiterName(detected.delimiter).isEmpty())
        fuzz::violated("csv", u"no name for the detected encoding or delimiter"_s);
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    const QString text = CsvReader::decode(input, &encoding);
    if (encoding != detected.encoding)
        fuzz::violated("csv", u"decode() and read() disagree on the encoding"_s);
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')})
        checkDocument(CsvReader::parse(text, delimiter));
    return 0;
}
