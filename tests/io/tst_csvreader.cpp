// CSV reading and writing: RFC 4180 quoting, encodings (UTF-8 with and
// without BOM, Windows-1251, UTF-16), delimiter detection, line numbers and
// broken files.
#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

using Rows = QList<QStringList>;

namespace {

Rows fieldsOf(const CsvReader::Document &doc)
{
    Rows rows;
    for (const CsvReader::Row &r : doc.rows)
        rows << r.fields;
    return rows;
}

QList<int> linesOf(const CsvReader::Document &doc)
{
    QList<int> lines;
    for (const CsvReader::Row &r : doc.rows)
        lines << r.line;
    return lines;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("lines");

        QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << u","_s << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                << QList<int>{1, 2};
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << u","_s << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << u","_s << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                              << QList<int>{1, 2};
        QTest::newRow("old Mac CR") << QByteArray("a,b\r1,2\r") << u","_s << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                    << QList<int>{1, 2};
        QTest::newRow("semicolons") << QByteArray("name;fee\nACME;12,5\nBeta;7\n") << u";"_s
                                    << Rows{{u"name"_s, u"fee"_s}, {u"ACME"_s, u"12,5"_s}, {u"Beta"_s, u"7"_s}}
                                    << QList<int>{1, 2, 3};
        QTest::newRow("tabs") << QByteArray("name\tfee\nACME, Inc\t1\n") << u"\t"_s
                              << Rows{{u"name"_s, u"fee"_s}, {u"ACME, Inc"_s, u"1"_s}} << QList<int>{1, 2};
        QTest::newRow("quoted with delimiter and doubled quotes")
            << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n") << u","_s
            << Rows{{u"a"_s, u"b"_s}, {u"x, y"_s, u"say \"hi\""_s}} << QList<int>{1, 2};
        QTest::newRow("newlines in quotes keep line numbers")
            << QByteArray("a,b\n\"line 1\r\nline 2\nline 3\",x\nnext,y\n") << u","_s
            << Rows{{u"a"_s, u"b"_s}, {u"line 1\nline 2\nline 3"_s, u"x"_s}, {u"next"_s, u"y"_s}}
            << QList<int>{1, 2, 5};
        QTest::newRow("blank lines skipped, numbers kept")
            << QByteArray("a,b\n\n1,2\r\n\r\n3,4\n") << u","_s
            << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{1, 3, 5};
        QTest::newRow("ragged rows as they are")
            << QByteArray("a,b,c\n1\n1,2,3,4\n,\n") << u","_s
            << Rows{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s}, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}, {QString(), QString()}}
            << QList<int>{1, 2, 3, 4};
        QTest::newRow("empty fields") << QByteArray("a,,c,\n") << u","_s << Rows{{u"a"_s, QString(), u"c"_s, QString()}}
                                      << QList<int>{1};
        QTest::newRow("quoted empty field is a row")
            << QByteArray("\"\"\n") << u","_s << Rows{{QString()}} << QList<int>{1};
        QTest::newRow("spaces around quotes")
            << QByteArray("a, \"b, c\" ,d\n") << u","_s << Rows{{u"a"_s, u"b, c"_s, u"d"_s}} << QList<int>{1};
        QTest::newRow("unquoted spaces are data")
            << QByteArray(" a , b\n") << u","_s << Rows{{u" a "_s, u" b"_s}} << QList<int>{1};
        QTest::newRow("empty file") << QByteArray() << u","_s << Rows{} << QList<int>{};
        QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << u","_s << Rows{} << QList<int>{};
        QTest::newRow("header only") << QByteArray("legal_name;tax_id\r\n") << u";"_s
                                     << Rows{{u"legal_name"_s, u"tax_id"_s}} << QList<int>{1};
        QTest::newRow("excel sep line") << QByteArray("sep=;\r\na;b,c\n1;2\n") << u";"_s
                                        << Rows{{u"a"_s, u"b,c"_s}, {u"1"_s, u"2"_s}} << QList<int>{2, 3};
        QTest::newRow("utf-8 BOM") << QByteArray("\xEF\xBB\xBFимя;ИНН\nООО «Ромашка»;7707083893\n") << u";"_s
                                   << Rows{{u"имя"_s, u"ИНН"_s}, {u"ООО «Ромашка»"_s, u"7707083893"_s}}
                                   << QList<int>{1, 2};
        QTest::newRow("windows-1251") << QByteArray("\xcd\xe0\xe8\xec\xe5\xed\xee\xe2\xe0\xed\xe8\xe5;\xc1\xc8\xcd\r\n"
                                                    "\xd2\xce\xce \xab\xc0\xeb\xf2\xfb\xed\xbb;150840001234\r\n")
                                      << u";"_s
                                      << Rows{{u"Наименование"_s, u"БИН"_s}, {u"ТОО «Алтын»"_s, u"150840001234"_s}}
                                      << QList<int>{1, 2};
        QTest::newRow("utf-16le BOM") << QByteArray("\xFF\xFE"
                                                    "a\0\t\0\x16\x04\n\0",
                                                    10)
                                      << u"\t"_s << Rows{{u"a"_s, u"Ж"_s}} << QList<int>{1};
    }

    void parse()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, delimiter);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, lines);
        const CsvReader::Document doc = CsvReader::read(data);
        QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->toString() : QString()));
        QCOMPARE(QString(doc.delimiter), delimiter);
        QCOMPARE(fieldsOf(doc), rows);
        QCOMPARE(linesOf(doc), lines);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QByteArray("abc") << int(CsvReader::Encoding::Utf8) << u"abc"_s;
        QTest::newRow("utf-8") << QByteArray("Қазақ") << int(CsvReader::Encoding::Utf8) << u"Қазақ"_s;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFЁж") << int(CsvReader::Encoding::Utf8Bom) << u"Ёж"_s;
        QTest::newRow("cp1251 letters") << QByteArray("\xa8\xb8\xc0\xff") << int(CsvReader::Encoding::Windows1251)
                                        << u"ЁёАя"_s;
        QTest::newRow("cp1251 punctuation")
            << QByteArray("\xb9 5 \x96 \x85 \x88") << int(CsvReader::Encoding::Windows1251) << u"№ 5 – … €"_s;
        QTest::newRow("cp1251 unassigned 0x98")
            << QByteArray("a\x98") << int(CsvReader::Encoding::Windows1251) << u"a\ufffd"_s;
        QTest::newRow("truncated utf-8 is cp1251")
            << QByteArray("\xd0") << int(CsvReader::Encoding::Windows1251) << u"Р"_s;
        QTest::newRow("overlong utf-8 is cp1251")
            << QByteArray("\xc0\xaf") << int(CsvReader::Encoding::Windows1251) << u"А\u0407"_s;
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\x04\x16", 4) << int(CsvReader::Encoding::Utf16) << u"Ж"_s;
    }

    void encodings()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, encoding);
        QFETCH(QString, text);
        CsvReader::Encoding detected = CsvReader::Encoding::Utf8;
        QCOMPARE(CsvReader::decode(data, &detected), text);
        QCOMPARE(int(detected), encoding);
    }

    void windows1251TableIsComplete()
    {
        // Every byte decodes to exactly one character; the Cyrillic block is in order.
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        const QString text = CsvReader::decodeWindows1251(all);
        QCOMPARE(text.size(), 256);
        for (int b = 0xC0; b <= 0xFF; ++b)
            QCOMPARE(text.at(b).unicode(), char16_t(0x0410 + b - 0xC0));
        QCOMPARE(text.at(0xB9), QChar(0x2116));
    }

    void detectDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << u"a,b,c\n1,2,3"_s << u","_s;
        QTest::newRow("semicolon with decimal commas") << u"a;b\n1,5;2,5\n3,1;4"_s << u";"_s;
        QTest::newRow("tab") << u"a\tb\n1\t2"_s << u"\t"_s;
        QTest::newRow("quoted commas do not count") << u"\"a,b,c\";d\n\"1,2,3\";4"_s << u";"_s;
        QTest::newRow("newline inside quotes") << u"a;\"b\nc,d,e\"\n1;2"_s << u";"_s;
        QTest::newRow("single column") << u"name\nACME"_s << u","_s;
        QTest::newRow("empty") << QString() << u","_s;
        QTest::newRow("sep line") << u"sep=\t\na,b"_s << u"\t"_s;
    }

    void detectDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(QString, delimiter);
        QCOMPARE(QString(CsvReader::detectDelimiter(text)), delimiter);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("rowsBefore");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"never\nclosed\n") << 2 << 3 << 1 << 1;
        QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,2\n") << 2 << 4 << 0 << 1;
        QTest::newRow("quote inside unquoted field") << QByteArray("a,b\n1,2\n3,4\"5\n") << 3 << 4 << 1 << 2;
        QTest::newRow("unclosed on first line") << QByteArray("\"a,b\n") << 1 << 1 << 0 << 0;
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, field);
        QFETCH(int, rowsBefore);
        const CsvReader::Document doc = CsvReader::read(data, u',');
        QVERIFY(doc.error);
        QCOMPARE(doc.error->line, line);
        QCOMPARE(doc.error->column, column);
        QCOMPARE(doc.error->field, field);
        QCOMPARE(doc.rows.size(), rowsBefore);
        QVERIFY(doc.error->toString().startsWith(u"line %1, column %2: "_s.arg(line).arg(column)));
    }

    void writerRoundTrips_data()
    {
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << u","_s;
        QTest::newRow("semicolon") << u";"_s;
        QTest::newRow("tab") << u"\t"_s;
    }

    void writerRoundTrips()
    {
        QFETCH(QString, delimiter);
        const Rows rows{{u"legal_name"_s, u"notes"_s, u"fee"_s},
                        {u"ТОО «Алтын, Дала»"_s, u"two\nlines"_s, u"12,5"_s},
                        {u"say \"hi\""_s, u" padded "_s, QString()},
                        {u"a;b\tc"_s, u"\"\""_s, u"sep=;"_s},
                        {QString(), QString(), QString()}};
        CsvWriter writer(delimiter.at(0));
        for (const QStringList &r : rows)
            writer.addRow(r);
        for (bool bom : {false, true}) {
            const CsvReader::Document doc = CsvReader::read(writer.toUtf8(bom));
            QVERIFY(!doc.error);
            QCOMPARE(int(doc.encoding), int(bom ? CsvReader::Encoding::Utf8Bom : CsvReader::Encoding::Utf8));
            QCOMPARE(QString(doc.delimiter), delimiter);
            QCOMPARE(fieldsOf(doc), rows);
        }
        CsvWriter single;
        single.addRow({QString()});
        QCOMPARE(fieldsOf(CsvReader::read(single.toUtf8())), Rows{{QString()}});
    }

    void writerQuotesOnlyWhenNeeded()
    {
        QCOMPARE(CsvWriter::field(u"plain"_s, u','), u"plain"_s);
        QCOMPARE(CsvWriter::field(u"a,b"_s, u','), u"\"a,b\""_s);
        QCOMPARE(CsvWriter::field(u"a,b"_s, u';'), u"a,b"_s);
        QCOMPARE(CsvWriter::field(u"x\"y"_s, u';'), u"\"x\"\"y\""_s);
        QCOMPARE(CsvWriter::field(u"line\nbreak"_s, u','), u"\"line\nbreak\""_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
