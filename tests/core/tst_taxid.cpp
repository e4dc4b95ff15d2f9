// Tax ids: Kazakhstan BIN/IIN and Russian INN check digits, normalization.
#include "domain/taxid.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

Q_DECLARE_METATYPE(rapport::TaxCountry)

class TestTaxId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<TaxCountry>("country");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");

        // Kazakhstan: check digit from weights 1..11 mod 11.
        QTest::newRow("KZ BIN") << TaxCountry::KZ << u"150840001234"_s << true;
        QTest::newRow("KZ BIN 2") << TaxCountry::KZ << u"190340004565"_s << true;
        QTest::newRow("KZ BIN 3") << TaxCountry::KZ << u"071240007891"_s << true;
        QTest::newRow("KZ BIN check 0") << TaxCountry::KZ << u"950215400210"_s << true;
        // First round gives 10: second round with weights 3..11, 1, 2.
        QTest::newRow("KZ IIN second round") << TaxCountry::KZ << u"880512301457"_s << true;
        QTest::newRow("KZ IIN second round 2") << TaxCountry::KZ << u"010101501235"_s << true;
        QTest::newRow("KZ second round 3") << TaxCountry::KZ << u"123456789013"_s << true;
        QTest::newRow("KZ spaces and dashes") << TaxCountry::KZ << u" 1508-4000 1234 "_s << true;
        QTest::newRow("KZ nbsp") << TaxCountry::KZ << u"150840\u00a0001234"_s << true;
        QTest::newRow("KZ wrong check") << TaxCountry::KZ << u"150840001235"_s << false;
        QTest::newRow("KZ transposed digits") << TaxCountry::KZ << u"510840001234"_s << false;
        QTest::newRow("KZ second round wrong") << TaxCountry::KZ << u"880512301450"_s << false;
        // Both rounds give 10: no such number is issued, whatever the last digit.
        QTest::newRow("KZ never valid 0") << TaxCountry::KZ << u"100000000280"_s << false;
        QTest::newRow("KZ never valid 8") << TaxCountry::KZ << u"100000000288"_s << false;
        QTest::newRow("KZ 11 digits") << TaxCountry::KZ << u"15084000123"_s << false;
        QTest::newRow("KZ 13 digits") << TaxCountry::KZ << u"1508400012345"_s << false;
        QTest::newRow("KZ letters") << TaxCountry::KZ << u"15084000123A"_s << false;
        QTest::newRow("KZ empty") << TaxCountry::KZ << u""_s << false;
        QTest::newRow("KZ only dashes") << TaxCountry::KZ << u"--"_s << false;
        QTest::newRow("KZ arabic-indic digits") << TaxCountry::KZ << u"\u0661\u0665\u0660\u0668\u0664\u0660\u0660\u0660\u0661\u0662\u0663\u0664"_s << false;

        // Russia: 10 digits (organisation), one check digit.
        QTest::newRow("RU INN 10") << TaxCountry::RU << u"7707083893"_s << true;
        QTest::newRow("RU INN 10 b") << TaxCountry::RU << u"5001007329"_s << true;
        QTest::newRow("RU INN 10 check 0") << TaxCountry::RU << u"7733010010"_s << true;
        QTest::newRow("RU INN 10 wrong") << TaxCountry::RU << u"7707083894"_s << false;
        // 12 digits (individual), two check digits.
        QTest::newRow("RU INN 12") << TaxCountry::RU << u"500709123486"_s << true;
        QTest::newRow("RU INN 12 b") << TaxCountry::RU << u"771234567859"_s << true;
        QTest::newRow("RU INN 12 c") << TaxCountry::RU << u"660102030489"_s << true;
        QTest::newRow("RU INN 12 first check wrong") << TaxCountry::RU << u"500709123476"_s << false;
        QTest::newRow("RU INN 12 second check wrong") << TaxCountry::RU << u"500709123487"_s << false;
        QTest::newRow("RU INN 11 digits") << TaxCountry::RU << u"77070838931"_s << false;
        QTest::newRow("RU INN 9 digits") << TaxCountry::RU << u"770708389"_s << false;
        QTest::newRow("RU KZ BIN is not an INN") << TaxCountry::RU << u"150840001234"_s << false;
        QTest::newRow("RU letters") << TaxCountry::RU << u"77O7083893"_s << false;
        QTest::newRow("RU spaced") << TaxCountry::RU << u"7707 083 893"_s << true;

        // Other countries: free text.
        QTest::newRow("other VAT id") << TaxCountry::Other << u"DE 123456789"_s << true;
        QTest::newRow("other empty") << TaxCountry::Other << u"  "_s << false;
        QTest::newRow("other too long") << TaxCountry::Other << QString(65, u'x') << false;
    }

    void validate()
    {
        QFETCH(TaxCountry, country);
        QFETCH(QString, input);
        QFETCH(bool, valid);
        const Status s = validateTaxId(country, input);
        QVERIFY2(s.ok() == valid, qPrintable(s.error()));
        if (!valid)
            QVERIFY(!s.error().isEmpty());
    }

    void errorNamesTheProblem()
    {
        QVERIFY(validateTaxId(TaxCountry::KZ, u"123"_s).error().contains(u"12"_s));
        QVERIFY(validateTaxId(TaxCountry::KZ, u"150840001235"_s).error().contains(u"check digit"_s));
        QVERIFY(validateTaxId(TaxCountry::RU, u"123"_s).error().contains(u"10"_s));
        QVERIFY(validateTaxId(TaxCountry::RU, u"7707083894"_s).error().contains(u"check digits"_s));
    }

    void normalize_data()
    {
        QTest::addColumn<TaxCountry>("country");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("KZ spaces") << TaxCountry::KZ << u" 150 840 001 234 "_s << u"150840001234"_s;
        QTest::newRow("KZ dashes") << TaxCountry::KZ << u"1508-4000-1234"_s << u"150840001234"_s;
        QTest::newRow("RU en dash") << TaxCountry::RU << u"7707\u2013083893"_s << u"7707083893"_s;
        QTest::newRow("other kept") << TaxCountry::Other << u"  DE 123-456  "_s << u"DE 123-456"_s;
    }

    void normalize()
    {
        QFETCH(TaxCountry, country);
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QCOMPARE(normalizeTaxId(country, input), normalized);
    }

    void checkDigits()
    {
        QCOMPARE(kzCheckDigit(u"15084000123"_s), 4);
        QCOMPARE(kzCheckDigit(u"88051230145"_s), 7);
        QCOMPARE(kzCheckDigit(u"10000000028"_s), -1);
        QCOMPARE(kzCheckDigit(u"1508400012"_s), -1);
        QCOMPARE(ruCheckDigit(u"770708389"_s), 3);
        QCOMPARE(ruCheckDigit(u"5007091234"_s), 8);
        QCOMPARE(ruCheckDigit(u"50070912348"_s), 6);
        QCOMPARE(ruCheckDigit(u"12345678"_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestTaxId)
#include "tst_taxid.moc"
