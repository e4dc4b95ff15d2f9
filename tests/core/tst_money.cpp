// Money: integer minor units, parsing, formatting and half-up rounding.
#include "domain/money.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("integer") << u"1500"_s << u"KZT"_s << true << qint64(150000);
        QTest::newRow("dot") << u"1500.5"_s << u"KZT"_s << true << qint64(150050);
        QTest::newRow("comma") << u"12,34"_s << u"RUB"_s << true << qint64(1234);
        QTest::newRow("grouped") << u"1 234 567.89"_s << u"USD"_s << true << qint64(123456789);
        QTest::newRow("negative") << u"-0.01"_s << u"EUR"_s << true << qint64(-1);
        QTest::newRow("yen") << u"500"_s << u"JPY"_s << true << qint64(500);
        QTest::newRow("too many digits") << u"1.005"_s << u"KZT"_s << false << qint64(0);
        QTest::newRow("yen fraction") << u"1.5"_s << u"JPY"_s << false << qint64(0);
        QTest::newRow("letters") << u"12abc"_s << u"KZT"_s << false << qint64(0);
        QTest::newRow("empty") << u""_s << u"KZT"_s << false << qint64(0);
        QTest::newRow("bad currency") << u"1"_s << u"tenge"_s << false << qint64(0);
        QTest::newRow("huge") << u"99999999999999999999"_s << u"KZT"_s << false << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const auto m = Money::parse(text, currency);
        QCOMPARE(m.ok(), ok);
        if (ok) {
            QCOMPARE(m->minorUnits(), minor);
            QCOMPARE(m->currency(), currency);
        } else {
            QVERIFY(!m.error().isEmpty());
        }
    }

    void format()
    {
        QCOMPARE(Money(123456789, u"KZT"_s).toPlainString(), u"1234567.89"_s);
        QCOMPARE(Money(-5, u"RUB"_s).toPlainString(), u"-0.05"_s);
        QCOMPARE(Money(500, u"JPY"_s).toPlainString(), u"500"_s);
        QCOMPARE(Money(123456789, u"KZT"_s).toDisplayString(), u"1\u00a0234\u00a0567.89 KZT"_s);
    }

    void scaledRoundsHalfAwayFromZero_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<qint64>("expected");
        // 90 minutes at 10 000.00/h = 15 000.00
        QTest::newRow("hours x rate") << qint64(1000000) << qint64(90) << qint64(60) << qint64(1500000);
        // 12 % VAT of 100.05 = 12.006 → 12.01
        QTest::newRow("vat up") << qint64(10005) << qint64(12) << qint64(100) << qint64(1201);
        // 0.125 → 0.13 (half up)
        QTest::newRow("half") << qint64(125) << qint64(1) << qint64(1000) << qint64(0);
        QTest::newRow("exact half") << qint64(5) << qint64(1) << qint64(10) << qint64(1);
        QTest::newRow("negative half") << qint64(-5) << qint64(1) << qint64(10) << qint64(-1);
        QTest::newRow("below half") << qint64(4) << qint64(1) << qint64(10) << qint64(0);
        // would overflow 64 bits without a wide intermediate
        QTest::newRow("large") << qint64(4000000000000LL) << qint64(3000000) << qint64(1000000)
                               << qint64(12000000000000LL);
    }

    void scaledRoundsHalfAwayFromZero()
    {
        QFETCH(qint64, minor);
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(qint64, expected);
        QCOMPARE(Money(minor, u"KZT"_s).scaled(num, den).minorUnits(), expected);
    }

    void arithmetic()
    {
        Money a(1050, u"KZT"_s);
        a += Money(250, u"KZT"_s);
        QCOMPARE(a.minorUnits(), 1300);
        QCOMPARE((a - Money(300, u"KZT"_s)).minorUnits(), 1000);
        QCOMPARE(Money() + Money(5, u"RUB"_s), Money(5, u"RUB"_s));
        QCOMPARE(divideRounded(7, 2), 4);
        QCOMPARE(divideRounded(-7, 2), -4);
        QCOMPARE(divideRounded(7, -2), -4);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
