// Totals in words for invoices and acts: ru, kk and en, KZT, RUB, USD, EUR.
#include "billing/amountinwords.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestAmountInWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("ru");
        QTest::addColumn<QString>("kk");
        QTest::addColumn<QString>("en");
        const auto row = [](const char *name, qint64 n, const QString &ru, const QString &kk, const QString &en) {
            QTest::newRow(name) << n << ru << kk << en;
        };
        row("0", 0, u"ноль"_s, u"нөл"_s, u"zero"_s);
        row("1", 1, u"один"_s, u"бір"_s, u"one"_s);
        row("2", 2, u"два"_s, u"екі"_s, u"two"_s);
        row("5", 5, u"пять"_s, u"бес"_s, u"five"_s);
        row("10", 10, u"десять"_s, u"он"_s, u"ten"_s);
        row("11", 11, u"одиннадцать"_s, u"он бір"_s, u"eleven"_s);
        row("12", 12, u"двенадцать"_s, u"он екі"_s, u"twelve"_s);
        row("13", 13, u"тринадцать"_s, u"он үш"_s, u"thirteen"_s);
        row("14", 14, u"четырнадцать"_s, u"он төрт"_s, u"fourteen"_s);
        row("15", 15, u"пятнадцать"_s, u"он бес"_s, u"fifteen"_s);
        row("16", 16, u"шестнадцать"_s, u"он алты"_s, u"sixteen"_s);
        row("17", 17, u"семнадцать"_s, u"он жеті"_s, u"seventeen"_s);
        row("18", 18, u"восемнадцать"_s, u"он сегіз"_s, u"eighteen"_s);
        row("19", 19, u"девятнадцать"_s, u"он тоғыз"_s, u"nineteen"_s);
        row("21", 21, u"двадцать один"_s, u"жиырма бір"_s, u"twenty-one"_s);
        row("40", 40, u"сорок"_s, u"қырық"_s, u"forty"_s);
        row("99", 99, u"девяносто девять"_s, u"тоқсан тоғыз"_s, u"ninety-nine"_s);
        row("100", 100, u"сто"_s, u"жүз"_s, u"one hundred"_s);
        row("101", 101, u"сто один"_s, u"жүз бір"_s, u"one hundred one"_s);
        row("999", 999, u"девятьсот девяносто девять"_s, u"тоғыз жүз тоқсан тоғыз"_s, u"nine hundred ninety-nine"_s);
        row("1000", 1000, u"одна тысяча"_s, u"бір мың"_s, u"one thousand"_s);
        row("2000", 2000, u"две тысячи"_s, u"екі мың"_s, u"two thousand"_s);
        row("5000", 5000, u"пять тысяч"_s, u"бес мың"_s, u"five thousand"_s);
        row("11000", 11000, u"одиннадцать тысяч"_s, u"он бір мың"_s, u"eleven thousand"_s);
        row("21000", 21000, u"двадцать одна тысяча"_s, u"жиырма бір мың"_s, u"twenty-one thousand"_s);
        row("22000", 22000, u"двадцать две тысячи"_s, u"жиырма екі мың"_s, u"twenty-two thousand"_s);
        row("100000", 100000, u"сто тысяч"_s, u"жүз мың"_s, u"one hundred thousand"_s);
        row("1000000", 1000000, u"один миллион"_s, u"бір миллион"_s, u"one million"_s);
        row("2000000", 2000000, u"два миллиона"_s, u"екі миллион"_s, u"two million"_s);
        row("5000000", 5000000, u"пять миллионов"_s, u"бес миллион"_s, u"five million"_s);
        row("1000000000", 1000000000, u"один миллиард"_s, u"бір миллиард"_s, u"one billion"_s);
        row("2000000000", 2000000000, u"два миллиарда"_s, u"екі миллиард"_s, u"two billion"_s);
        row("12001013", 12001013, u"двенадцать миллионов одна тысяча тринадцать"_s, u"он екі миллион бір мың он үш"_s,
            u"twelve million one thousand thirteen"_s);
        row("max", 999999999999,
            u"девятьсот девяносто девять миллиардов девятьсот девяносто девять миллионов "
            u"девятьсот девяносто девять тысяч девятьсот девяносто девять"_s,
            u"тоғыз жүз тоқсан тоғыз миллиард тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың "
            u"тоғыз жүз тоқсан тоғыз"_s,
            u"nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine "
            u"thousand nine hundred ninety-nine"_s);
    }

    void numbers()
    {
        QFETCH(qint64, number);
        QFETCH(QString, ru);
        QFETCH(QString, kk);
        QFETCH(QString, en);
        QCOMPARE(AmountInWords::numberInWords(number, u"ru"_s).value(), ru);
        QCOMPARE(AmountInWords::numberInWords(number, u"kk"_s).value(), kk);
        QCOMPARE(AmountInWords::numberInWords(number, u"en"_s).value(), en);
    }

    void feminineNumbers()
    {
        QCOMPARE(AmountInWords::numberInWords(1, u"ru"_s, true).value(), u"одна"_s);
        QCOMPARE(AmountInWords::numberInWords(22, u"ru"_s, true).value(), u"двадцать две"_s);
        QCOMPARE(AmountInWords::numberInWords(12, u"ru"_s, true).value(), u"двенадцать"_s);
    }

    void amounts_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, qint64 minor, const char16_t *currency, const char16_t *language,
                             const QString &expected) {
            QTest::newRow(name) << minor << QString::fromUtf16(currency) << QString::fromUtf16(language) << expected;
        };
        row("example ru", 12345678, u"KZT", u"ru",
            u"Сто двадцать три тысячи четыреста пятьдесят шесть тенге 78 тиын"_s);
        row("example kk", 12345678, u"KZT", u"kk", u"Жүз жиырма үш мың төрт жүз елу алты теңге 78 тиын"_s);
        row("example en", 12345678, u"KZT", u"en",
            u"One hundred twenty-three thousand four hundred fifty-six tenge 78 tiyn"_s);
        row("zero KZT ru", 0, u"KZT", u"ru", u"Ноль тенге 00 тиын"_s);
        row("zero KZT kk", 0, u"KZT", u"kk", u"Нөл теңге 00 тиын"_s);
        row("zero RUB ru", 0, u"RUB", u"ru", u"Ноль рублей 00 копеек"_s);
        row("1 RUB", 100, u"RUB", u"ru", u"Один рубль 00 копеек"_s);
        row("2 RUB", 200, u"RUB", u"ru", u"Два рубля 00 копеек"_s);
        row("5 RUB", 500, u"RUB", u"ru", u"Пять рублей 00 копеек"_s);
        row("11 RUB", 1100, u"RUB", u"ru", u"Одиннадцать рублей 00 копеек"_s);
        row("12 RUB", 1200, u"RUB", u"ru", u"Двенадцать рублей 00 копеек"_s);
        row("14 RUB", 1400, u"RUB", u"ru", u"Четырнадцать рублей 00 копеек"_s);
        row("19 RUB", 1900, u"RUB", u"ru", u"Девятнадцать рублей 00 копеек"_s);
        row("21 RUB", 2100, u"RUB", u"ru", u"Двадцать один рубль 00 копеек"_s);
        row("22 RUB", 2200, u"RUB", u"ru", u"Двадцать два рубля 00 копеек"_s);
        row("101 RUB", 10100, u"RUB", u"ru", u"Сто один рубль 00 копеек"_s);
        row("111 RUB", 11100, u"RUB", u"ru", u"Сто одиннадцать рублей 00 копеек"_s);
        row("1000 RUB", 100000, u"RUB", u"ru", u"Одна тысяча рублей 00 копеек"_s);
        row("2000 RUB", 200000, u"RUB", u"ru", u"Две тысячи рублей 00 копеек"_s);
        row("5000 RUB", 500000, u"RUB", u"ru", u"Пять тысяч рублей 00 копеек"_s);
        row("21000 RUB", 2100000, u"RUB", u"ru", u"Двадцать одна тысяча рублей 00 копеек"_s);
        row("1e6 RUB", 100000000, u"RUB", u"ru", u"Один миллион рублей 00 копеек"_s);
        row("2e9 RUB", 200000000000, u"RUB", u"ru", u"Два миллиарда рублей 00 копеек"_s);
        row("1 kopeck", 1, u"RUB", u"ru", u"Ноль рублей 01 копейка"_s);
        row("2 kopecks", 102, u"RUB", u"ru", u"Один рубль 02 копейки"_s);
        row("5 kopecks", 105, u"RUB", u"ru", u"Один рубль 05 копеек"_s);
        row("11 kopecks", 111, u"RUB", u"ru", u"Один рубль 11 копеек"_s);
        row("21 kopecks", 121, u"RUB", u"ru", u"Один рубль 21 копейка"_s);
        row("RUB kk", 250050, u"RUB", u"kk", u"Екі мың бес жүз рубль 50 тиын"_s);
        row("RUB en one", 101, u"RUB", u"en", u"One rouble 01 kopeck"_s);
        row("RUB en many", 20002, u"RUB", u"en", u"Two hundred roubles 02 kopecks"_s);
        row("1 KZT kk", 100, u"KZT", u"kk", u"Бір теңге 00 тиын"_s);
        row("1000 KZT kk", 100000, u"KZT", u"kk", u"Бір мың теңге 00 тиын"_s);
        row("5000 KZT ru", 500000, u"KZT", u"ru", u"Пять тысяч тенге 00 тиын"_s);
        row("1e6 KZT kk", 100000000, u"KZT", u"kk", u"Бір миллион теңге 00 тиын"_s);
        row("2e9 KZT ru", 200000000000, u"KZT", u"ru", u"Два миллиарда тенге 00 тиын"_s);
        row("USD ru", 2101, u"USD", u"ru", u"Двадцать один доллар США 01 цент"_s);
        row("USD ru few", 302, u"USD", u"ru", u"Три доллара США 02 цента"_s);
        row("USD en", 100, u"USD", u"en", u"One US dollar 00 cents"_s);
        row("USD kk", 1550, u"USD", u"kk", u"Он бес АҚШ доллары 50 цент"_s);
        row("EUR ru", 500, u"EUR", u"ru", u"Пять евро 00 центов"_s);
        row("EUR en", 1201, u"EUR", u"en", u"Twelve euros 01 cent"_s);
        row("EUR kk", 1201, u"EUR", u"kk", u"Он екі еуро 01 цент"_s);
        row("max", 99999999999999, u"KZT", u"en",
            u"Nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand "
            u"nine hundred ninety-nine tenge 99 tiyn"_s);
    }

    void amounts()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const auto words = AmountInWords::format(Money(minor, currency), language);
        QVERIFY2(words.ok(), qPrintable(words.error()));
        QCOMPARE(*words, expected);
    }

    void invalid_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("language");
        QTest::newRow("negative") << qint64(-100) << u"KZT"_s << u"ru"_s;
        QTest::newRow("a trillion") << qint64(100000000000000) << u"KZT"_s << u"ru"_s;
        QTest::newRow("unsupported currency") << qint64(100) << u"GBP"_s << u"en"_s;
        QTest::newRow("no currency") << qint64(100) << QString() << u"ru"_s;
        QTest::newRow("unsupported language") << qint64(100) << u"KZT"_s << u"de"_s;
        QTest::newRow("empty language") << qint64(100) << u"KZT"_s << QString();
    }

    void invalid()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, language);
        const auto words = AmountInWords::format(Money(minor, currency), language);
        QVERIFY(!words.ok());
        QVERIFY(!words.error().isEmpty());
    }

    void invalidNumbers()
    {
        QVERIFY(!AmountInWords::numberInWords(-1, u"ru"_s).ok());
        QVERIFY(!AmountInWords::numberInWords(1000000000000, u"kk"_s).ok());
        QVERIFY(!AmountInWords::numberInWords(5, u"fr"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestAmountInWords)
#include "tst_amountinwords.moc"
