// Monthly invoice math: fee, overage after included hours and rollover, one-off
// lines, VAT on the subtotal, rounding half up once per line; the act by ticket.
#include "billing/invoicebuilder.h"
#include "billing/monthwords.h"

#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

Q_DECLARE_METATYPE(rapport::InvoiceInput)

namespace {

// 150 000.00 KZT a month, 10 h included, 10 000.00 KZT per extra hour, VAT 12 %.
Tariff kztTariff()
{
    Tariff t;
    t.monthlyFee = Money(15000000, u"KZT"_s);
    t.includedMinutes = 600;
    t.overageRate = Money(1000000, u"KZT"_s);
    t.vatRateBp = 1200;
    return t;
}

InvoiceInput input(int billableMinutes, int rollover = 0, Tariff t = kztTariff())
{
    InvoiceInput in;
    in.tariff = std::move(t);
    in.month = QDate(2026, 3, 1);
    if (billableMinutes != 0)
        in.tickets = { BillableTicket { TicketId(1), u"Payment form"_s, billableMinutes } };
    in.rolloverAvailableMinutes = rollover;
    return in;
}

InvoiceInput withOneOff(InvoiceInput in, const QString &description, qint64 quantityMilli, Money price)
{
    in.oneOffLines.append(OneOffLine { description, quantityMilli, std::move(price) });
    return in;
}

} // namespace

class TestInvoiceBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amounts_data()
    {
        QTest::addColumn<InvoiceInput>("in");
        QTest::addColumn<int>("overageMinutes");
        QTest::addColumn<int>("rolloverUsed");
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<qint64>("vat");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("lines");

        QTest::newRow("below included") << input(300) << 0 << 0 << qint64(15000000) << qint64(1800000)
                                        << qint64(16800000) << 1;
        QTest::newRow("at included") << input(600) << 0 << 0 << qint64(15000000) << qint64(1800000) << qint64(16800000)
                                     << 1;
        QTest::newRow("no work at all") << input(0) << 0 << 0 << qint64(15000000) << qint64(1800000) << qint64(16800000)
                                        << 1;
        // 100 min × 10 000.00 / 60 = 16 666.666… → 16 666.67; VAT 2 000 000.04 minor → 2 000 000.
        QTest::newRow("above included") << input(700) << 100 << 0 << qint64(16666667) << qint64(2000000)
                                        << qint64(18666667) << 2;
        QTest::newRow("one minute above")
            << input(601) << 1 << 0 << qint64(15016667) << qint64(1802000) << qint64(16818667) << 2;
        QTest::newRow("rollover covers part")
            << input(700, 60) << 40 << 60 << qint64(15666667) << qint64(1880000) << qint64(17546667) << 2;
        QTest::newRow("rollover covers all")
            << input(700, 200) << 0 << 100 << qint64(15000000) << qint64(1800000) << qint64(16800000) << 1;
        QTest::newRow("rollover unused when below")
            << input(500, 200) << 0 << 0 << qint64(15000000) << qint64(1800000) << qint64(16800000) << 1;

        Tariff zeroVat = kztTariff();
        zeroVat.vatRateBp = 0;
        QTest::newRow("zero-rate VAT") << input(660, 0, zeroVat) << 60 << 0 << qint64(16000000) << qint64(0)
                                       << qint64(16000000) << 2;

        // 1 000.10 at 5 % = 50.005 → 50.01: half rounds up.
        Tariff half;
        half.monthlyFee = Money(100010, u"RUB"_s);
        half.overageRate = Money(0, u"RUB"_s);
        half.vatRateBp = 500;
        QTest::newRow("VAT half rounds up")
            << input(0, 0, half) << 0 << 0 << qint64(100010) << qint64(5001) << qint64(105011) << 1;
        Tariff below = half;
        below.monthlyFee = Money(100009, u"RUB"_s);
        QTest::newRow("VAT below half rounds down")
            << input(0, 0, below) << 0 << 0 << qint64(100009) << qint64(5000) << qint64(105009) << 1;

        // 20 % VAT in roubles; 45 min at 2 500.00/h = 1 875.00.
        Tariff rub;
        rub.monthlyFee = Money(5000000, u"RUB"_s);
        rub.includedMinutes = 1200;
        rub.overageRate = Money(250000, u"RUB"_s);
        rub.vatRateBp = 2000;
        QTest::newRow("RUB 20 %") << input(1245, 0, rub) << 45 << 0 << qint64(5187500) << qint64(1037500)
                                  << qint64(6225000) << 2;

        // USD, no fee: pay as you go. 1 min at 0.10/h = 0.001666… → 0.00.
        Tariff usd;
        usd.monthlyFee = Money(0, u"USD"_s);
        usd.overageRate = Money(10, u"USD"_s);
        usd.vatRateBp = 0;
        QTest::newRow("USD tiny overage rounds to zero")
            << input(1, 0, usd) << 1 << 0 << qint64(0) << qint64(0) << qint64(0) << 1;
        QTest::newRow("USD pay as you go")
            << input(90, 0, usd) << 90 << 0 << qint64(15) << qint64(0) << qint64(15) << 1;
        // 3 min at 0.10/h = 0.005 → 0.01: half up on the line.
        QTest::newRow("USD half a cent") << input(3, 0, usd) << 3 << 0 << qint64(1) << qint64(0) << qint64(1) << 1;

        // One-off: 1.5 × 333.33 = 499.995 → 500.00; 0.333 × 100.00 = 33.30.
        QTest::newRow("one-off lines") << withOneOff(
            withOneOff(input(600), u"Server migration"_s, 1500, Money(33333, u"KZT"_s)), u"Consultation"_s, 333,
            Money(10000, u"KZT"_s)) << 0
                                       << 0 << qint64(15053330) << qint64(1806400) << qint64(16859730) << 3;
        QTest::newRow("credit line") << withOneOff(
            input(600), u"Correction for February"_s, 1000, Money(-2500000, u"KZT"_s))
                                     << 0 << 0 << qint64(12500000) << qint64(1500000) << qint64(14000000) << 2;
        QTest::newRow("credit equal to the charges")
            << withOneOff(input(600), u"Goodwill"_s, 1000, Money(-15000000, u"KZT"_s)) << 0 << 0 << qint64(0)
            << qint64(0) << qint64(0) << 2;
    }

    void amounts()
    {
        QFETCH(InvoiceInput, in);
        QFETCH(int, overageMinutes);
        QFETCH(int, rolloverUsed);
        QFETCH(qint64, subtotal);
        QFETCH(qint64, vat);
        QFETCH(qint64, total);
        QFETCH(int, lines);
        const auto d = InvoiceBuilder::build(in);
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->overageMinutes, overageMinutes);
        QCOMPARE(d->rolloverUsedMinutes, rolloverUsed);
        QCOMPARE(d->subtotal.minorUnits(), subtotal);
        QCOMPARE(d->vat.minorUnits(), vat);
        QCOMPARE(d->total.minorUnits(), total);
        QCOMPARE(d->lines.size(), lines);
        const QString currency = in.tariff.monthlyFee.currency();
        QCOMPARE(d->currency, currency);
        QCOMPARE(d->subtotal.currency(), currency);
        QCOMPARE(d->vat.currency(), currency);
        QCOMPARE(d->total.currency(), currency);
        // The printed total is the sum of the printed lines plus the printed VAT.
        qint64 sum = 0;
        for (const InvoiceLine &l : d->lines) {
            QCOMPARE(l.amount.currency(), currency);
            sum += l.amount.minorUnits();
        }
        QCOMPARE(sum, subtotal);
        QCOMPARE(d->subtotal.minorUnits() + d->vat.minorUnits(), d->total.minorUnits());
        QCOMPARE(d->vatRateBp, in.tariff.vatRateBp);
        QCOMPARE(d->includedMinutes, in.tariff.includedMinutes);
        QCOMPARE(d->rolloverAvailableMinutes, in.rolloverAvailableMinutes);
    }

    void lineDetails()
    {
        const auto d
            = InvoiceBuilder::build(withOneOff(input(700), u"  Server migration  "_s, 1500, Money(33333, u"KZT"_s)));
        QVERIFY(d.ok());
        QCOMPARE(d->lines.size(), 3);
        const InvoiceLine &fee = d->lines.at(0);
        QCOMPARE(fee.kind, InvoiceLineKind::MonthlyFee);
        QCOMPARE(fee.quantityMilli, qint64(1000));
        QCOMPARE(fee.amount, Money(15000000, u"KZT"_s));
        QCOMPARE(fee.description, u"Абонентское обслуживание за март 2026"_s); // the client's language, ru by default
        const InvoiceLine &overage = d->lines.at(1);
        QCOMPARE(overage.kind, InvoiceLineKind::Overage);
        QCOMPARE(overage.minutes, 100);
        QCOMPARE(overage.quantityMilli, qint64(1667)); // 1.667 h shown
        QCOMPARE(overage.unitPrice, Money(1000000, u"KZT"_s));
        QCOMPARE(overage.amount, Money(1666667, u"KZT"_s)); // from the exact 100 min, not 1.667 h
        const InvoiceLine &oneOff = d->lines.at(2);
        QCOMPARE(oneOff.kind, InvoiceLineKind::OneOff);
        QCOMPARE(oneOff.description, u"Server migration"_s);
        QCOMPARE(oneOff.amount, Money(50000, u"KZT"_s));
    }

    void overageRoundedOncePerLine()
    {
        // Three tickets of 20 extra minutes each: one line of 60 min = exactly
        // one hour's rate, not three lines of 3 333.33.
        InvoiceInput in = input(0);
        in.tickets = { BillableTicket { TicketId(1), u"A"_s, 620 }, BillableTicket { TicketId(2), u"B"_s, 20 },
            BillableTicket { TicketId(3), u"C"_s, 20 } };
        const auto d = InvoiceBuilder::build(in);
        QVERIFY(d.ok());
        QCOMPARE(d->overageMinutes, 60);
        QCOMPARE(d->lines.at(1).amount, Money(1000000, u"KZT"_s));
        QCOMPARE(d->lines.at(1).quantityMilli, qint64(1000));
    }

    void act()
    {
        InvoiceInput in = input(0);
        in.tickets = { BillableTicket { TicketId(7), u"Payment form"_s, 90 },
            BillableTicket { TicketId(3), u" Slow catalogue "_s, 45 }, BillableTicket { TicketId(9), u"Nothing"_s, 0 },
            BillableTicket { TicketId(7), u"Payment form"_s, 30 } };
        const auto d = InvoiceBuilder::build(in);
        QVERIFY(d.ok());
        const QList<ActLine> expected { { TicketId(7), u"Payment form"_s, 120 },
            { TicketId(3), u"Slow catalogue"_s, 45 } };
        QCOMPARE(d->actLines, expected);
        QCOMPARE(d->actTotalMinutes, 165);
        QCOMPARE(d->billableMinutes, 165);
        QCOMPARE(d->month, QDate(2026, 3, 1));
    }

    // The lines name their month in words in the document's language, from
    // the tables of MonthWords (not the system locale) and the embedded
    // translations, whatever the interface speaks.
    void monthInWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fee");
        QTest::addColumn<QString>("overage");
        QTest::newRow("ru") << u"ru"_s << u"Абонентское обслуживание за октябрь 2026"_s
                            << u"Работы сверх включённых в тариф часов за сентябрь 2026"_s;
        QTest::newRow("kk") << u"kk"_s << u"2026 жылғы қазан үшін абоненттік қызмет көрсету"_s
                            << u"2026 жылғы қыркүйек үшін тарифке кірген сағаттардан тыс жұмыстар"_s;
        QTest::newRow("en") << u"en"_s << u"Subscription support services for October 2026"_s
                            << u"Work beyond the included hours for September 2026"_s;
    }

    void monthInWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, fee);
        QFETCH(QString, overage);
        // In advance: October's fee with September's work.
        InvoiceInput in = input(700);
        in.month = QDate(2026, 10, 1);
        in.feeMonth = in.month;
        in.usageMonth = QDate(2026, 9, 1);
        in.language = language;
        const auto d = InvoiceBuilder::build(in);
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->lines.size(), 2);
        QCOMPARE(d->lines.at(0).description, fee);
        QCOMPARE(d->lines.at(1).description, overage);
    }

    void monthNames()
    {
        const QStringList ru { u"январь"_s, u"февраль"_s, u"март"_s, u"апрель"_s, u"май"_s, u"июнь"_s, u"июль"_s,
            u"август"_s, u"сентябрь"_s, u"октябрь"_s, u"ноябрь"_s, u"декабрь"_s };
        const QStringList kk { u"қаңтар"_s, u"ақпан"_s, u"наурыз"_s, u"сәуір"_s, u"мамыр"_s, u"маусым"_s,
            u"шілде"_s, u"тамыз"_s, u"қыркүйек"_s, u"қазан"_s, u"қараша"_s, u"желтоқсан"_s };
        for (int m = 1; m <= 12; ++m) {
            QCOMPARE(MonthWords::name(m, u"ru"_s), ru.at(m - 1));
            QCOMPARE(MonthWords::name(m, u"kk"_s), kk.at(m - 1));
            QCOMPARE(MonthWords::name(m, u"en"_s), QLocale(QLocale::English).standaloneMonthName(m));
        }
        QCOMPARE(MonthWords::name(0, u"ru"_s), QString());
        QCOMPARE(MonthWords::name(13, u"kk"_s), QString());
        QCOMPARE(MonthWords::month(QDate(2026, 10, 17), u"ru"_s), u"октябрь 2026"_s);
        QCOMPARE(MonthWords::month(QDate(2026, 10, 1), u"kk"_s), u"2026 жылғы қазан"_s);
        QCOMPARE(MonthWords::month(QDate(2026, 10, 1), u"en"_s), u"October 2026"_s);
        QCOMPARE(MonthWords::month(QDate(), u"en"_s), QString());
    }

    // What the invoice covers: neither month given is arrears (both are the
    // invoice's month); a fee month alone bills no work and has no act; a
    // usage month alone bills no fee.
    void coverage()
    {
        const auto arrears = InvoiceBuilder::build(input(700));
        QVERIFY(arrears.ok());
        QCOMPARE(arrears->feeMonth, QDate(2026, 3, 1));
        QCOMPARE(arrears->usageMonth, QDate(2026, 3, 1));

        InvoiceInput feeOnly = input(700);
        feeOnly.feeMonth = feeOnly.month;
        const auto fee = InvoiceBuilder::build(feeOnly);
        QVERIFY(fee.ok());
        QCOMPARE(fee->usageMonth, QDate());
        QCOMPARE(fee->lines.size(), 1);
        QCOMPARE(fee->lines.at(0).kind, InvoiceLineKind::MonthlyFee);
        QCOMPARE(fee->overageMinutes, 0);
        QVERIFY(fee->actLines.isEmpty());
        QCOMPARE(fee->total, Money(16800000, u"KZT"_s));

        InvoiceInput usageOnly = input(700);
        usageOnly.usageMonth = usageOnly.month;
        const auto usage = InvoiceBuilder::build(usageOnly);
        QVERIFY(usage.ok());
        QCOMPARE(usage->feeMonth, QDate());
        QCOMPARE(usage->lines.size(), 1);
        QCOMPARE(usage->lines.at(0).kind, InvoiceLineKind::Overage);
        QCOMPARE(usage->actLines.size(), 1);

        InvoiceInput midMonth = input(700);
        midMonth.usageMonth = QDate(2026, 2, 14);
        QVERIFY(!InvoiceBuilder::build(midMonth).ok());
    }

    void emptyDraft()
    {
        Tariff t;
        t.monthlyFee = Money(0, u"KZT"_s);
        t.overageRate = Money(1000000, u"KZT"_s);
        t.includedMinutes = 600;
        const auto d = InvoiceBuilder::build(input(300, 0, t));
        QVERIFY(d.ok());
        QVERIFY(d->isEmpty());
        QCOMPARE(d->total, Money(0, u"KZT"_s));
        QCOMPARE(d->actLines.size(), 1); // the work is still reported
        QVERIFY(!InvoiceBuilder::build(input(700, 0, t))->isEmpty());
    }

    void hoursForDisplay_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<qint64>("hoursMilli");
        QTest::newRow("0") << qint64(0) << qint64(0);
        QTest::newRow("1 min") << qint64(1) << qint64(17);
        QTest::newRow("20 min") << qint64(20) << qint64(333);
        QTest::newRow("40 min") << qint64(40) << qint64(667);
        QTest::newRow("90 min") << qint64(90) << qint64(1500);
        QTest::newRow("600 min") << qint64(600) << qint64(10000);
    }

    void hoursForDisplay()
    {
        QFETCH(qint64, minutes);
        QFETCH(qint64, hoursMilli);
        QCOMPARE(InvoiceBuilder::minutesToHoursMilli(minutes), hoursMilli);
    }

    void lineKindKeys()
    {
        for (const auto k : { InvoiceLineKind::MonthlyFee, InvoiceLineKind::Overage, InvoiceLineKind::OneOff })
            QCOMPARE(invoiceLineKindFromKey(invoiceLineKindKey(k)), k);
        QCOMPARE(invoiceLineKindKey(InvoiceLineKind::MonthlyFee), u"monthly_fee"_s);
        QCOMPARE(invoiceLineKindFromKey(u"fee"_s), std::nullopt);
    }

    void invalid_data()
    {
        QTest::addColumn<InvoiceInput>("in");
        InvoiceInput in = input(700);
        in.month = QDate(2026, 3, 15);
        QTest::newRow("month not on the 1st") << in;
        in.month = QDate();
        QTest::newRow("no month") << in;

        Tariff t = kztTariff();
        t.overageRate = Money(1000000, u"RUB"_s);
        QTest::newRow("overage rate in another currency") << input(700, 0, t);
        t = kztTariff();
        t.monthlyFee = Money();
        QTest::newRow("no currency") << input(700, 0, t);
        t = kztTariff();
        t.monthlyFee = Money(100, u"kzt"_s);
        t.overageRate = Money(100, u"kzt"_s);
        QTest::newRow("bad currency code") << input(700, 0, t);
        t = kztTariff();
        t.monthlyFee = Money(-1, u"KZT"_s);
        QTest::newRow("negative fee") << input(700, 0, t);
        t = kztTariff();
        t.overageRate = Money(-1, u"KZT"_s);
        QTest::newRow("negative rate") << input(700, 0, t);
        t = kztTariff();
        t.vatRateBp = 10001;
        QTest::newRow("VAT above 100 %") << input(700, 0, t);
        t.vatRateBp = -1;
        QTest::newRow("negative VAT") << input(700, 0, t);
        t = kztTariff();
        t.includedMinutes = -1;
        QTest::newRow("negative included") << input(700, 0, t);
        t = kztTariff();
        t.monthlyFee = Money(std::numeric_limits<qint64>::max(), u"KZT"_s);
        QTest::newRow("absurd fee") << input(700, 0, t);
        QTest::newRow("negative rollover") << input(700, -5);
        QTest::newRow("negative ticket minutes") << input(-30);
        in = input(0);
        in.tickets
            = { BillableTicket { TicketId(1), u"A"_s, 9'000'000 }, BillableTicket { TicketId(2), u"B"_s, 9'000'000 } };
        QTest::newRow("too many minutes") << in;

        QTest::newRow("one-off in another currency")
            << withOneOff(input(700), u"Licence"_s, 1000, Money(100, u"USD"_s));
        QTest::newRow("one-off without description") << withOneOff(input(700), u"  "_s, 1000, Money(100, u"KZT"_s));
        QTest::newRow("one-off zero quantity") << withOneOff(input(700), u"Licence"_s, 0, Money(100, u"KZT"_s));
        QTest::newRow("one-off negative quantity") << withOneOff(input(700), u"Licence"_s, -1000, Money(100, u"KZT"_s));
        QTest::newRow("one-off huge quantity")
            << withOneOff(input(700), u"Licence"_s, 2'000'000'000, Money(100, u"KZT"_s));
        QTest::newRow("credits exceed charges")
            << withOneOff(input(600), u"Refund"_s, 1000, Money(-15000001, u"KZT"_s));
    }

    void invalid()
    {
        QFETCH(InvoiceInput, in);
        const auto d = InvoiceBuilder::build(in);
        QVERIFY(!d.ok());
        QVERIFY(!d.error().isEmpty());
    }

    void currencyMismatchMessage()
    {
        const auto d = InvoiceBuilder::build(withOneOff(input(700), u"Licence"_s, 1000, Money(100, u"USD"_s)));
        QCOMPARE(d.error(), u"The line \"Licence\" is in USD but the invoice is in KZT."_s);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceBuilder)
#include "tst_invoicebuilder.moc"
