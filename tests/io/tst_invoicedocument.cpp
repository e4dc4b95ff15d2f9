#include "billing/amountinwords.h"
#include "io/invoicedocument.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

InvoiceRecord sampleInvoice(InvoiceStatus status, int vatRateBp)
{
    InvoiceRecord r;
    r.id = InvoiceId(7);
    r.number = status == InvoiceStatus::Draft ? QString() : u"2026-0042"_s;
    r.status = status;
    r.month = QDate(2026, 3, 1);
    r.currency = u"KZT"_s;
    r.issuedOn = QDate(2026, 4, 1);
    r.dueOn = QDate(2026, 4, 11);
    r.vatRateBp = vatRateBp;
    r.subtotal = Money(11800000, u"KZT"_s);
    r.vat = Money(vatRateBp == 0 ? 0 : 1416000, u"KZT"_s);
    r.total = r.subtotal + r.vat;
    r.cancelledReason = u"Неверный тариф"_s;
    r.clientDetails = { { u"legal_name"_s, u"ТОО «Альфа & <Омега>»"_s }, { u"tax_id"_s, u"100140011059"_s },
        { u"tax_country"_s, u"KZ"_s }, { u"address"_s, u"Алматы"_s }, { u"contract_number"_s, u"A-1"_s },
        { u"contract_signed_on"_s, u"2026-01-10"_s }, { u"language"_s, u"kk"_s } };
    r.providerDetails = { { u"name"_s, u"ТОО «Рапорт»"_s }, { u"tax_id"_s, u"180540012346"_s },
        { u"tax_country"_s, u"KZ"_s }, { u"bank_account"_s, u"KZ786018861000012345"_s } };
    InvoiceLineRecord fee;
    fee.kind = u"monthly_fee"_s;
    fee.description = u"Subscription support services for 03.2026"_s;
    fee.quantityMilli = 1000;
    fee.unitPrice = Money(10000000, u"KZT"_s);
    fee.amount = fee.unitPrice;
    InvoiceLineRecord overage;
    overage.kind = u"overage"_s;
    overage.quantityMilli = 1500;
    overage.minutes = 90;
    overage.unitPrice = Money(1200000, u"KZT"_s);
    overage.amount = Money(1800000, u"KZT"_s);
    r.lines = { fee, overage };
    return r;
}

} // namespace

class TestInvoiceDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatAmount_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const QString nb(QChar(0x00A0));
        QTest::newRow("ru") << 12345678LL << u"KZT"_s << u"ru"_s << u"123"_s + nb + u"456,78"_s;
        QTest::newRow("kk millions") << 123456789012LL << u"KZT"_s << u"kk"_s
                                     << u"1"_s + nb + u"234"_s + nb + u"567"_s + nb + u"890,12"_s;
        QTest::newRow("en") << 12345678LL << u"USD"_s << u"en"_s << u"123,456.78"_s;
        QTest::newRow("small") << 5LL << u"RUB"_s << u"ru"_s << u"0,05"_s;
        QTest::newRow("yen") << 10517LL << u"JPY"_s << u"en"_s << u"10,517"_s;
        QTest::newRow("credit") << -180000LL << u"KZT"_s << u"ru"_s << u"−1"_s + nb + u"800,00"_s;
    }

    void formatAmount()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(InvoiceDocument::formatAmount(Money(minor, currency), language), expected);
    }

    void formatHours_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole") << 120 << u"ru"_s << u"2"_s;
        QTest::newRow("half") << 90 << u"kk"_s << u"1,5"_s;
        QTest::newRow("third") << 500 << u"en"_s << u"8.333"_s;
        QTest::newRow("zero") << 0 << u"ru"_s << u"0"_s;
    }

    void formatHours()
    {
        QFETCH(int, minutes);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(InvoiceDocument::formatHours(minutes, language), expected);
    }

    void invoiceInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("feeLine");
        QTest::addColumn<QString>("vatLabel");
        QTest::newRow("ru") << u"ru"_s << u"Счёт на оплату № 2026-0042 от 01.04.2026"_s
                            << u"Абонентское обслуживание за март 2026"_s << u"НДС 12%"_s;
        QTest::newRow("kk") << u"kk"_s << u"Төлем шоты № 2026-0042, 01.04.2026"_s
                            << u"2026 жылғы наурыз үшін абоненттік қызмет көрсету"_s << u"ҚҚС 12%"_s;
        QTest::newRow("en") << u"en"_s << u"Invoice No. 2026-0042 of 2026-04-01"_s
                            << u"Subscription support services for March 2026"_s << u"VAT 12%"_s;
    }

    void invoiceInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, feeLine);
        QFETCH(QString, vatLabel);
        const InvoiceRecord invoice = sampleInvoice(InvoiceStatus::Issued, 1200);
        auto html = InvoiceDocument::invoiceHtml(invoice, language);
        QVERIFY2(html, qPrintable(html.error()));
        QVERIFY2(html->contains(title), qPrintable(*html));
        QVERIFY(html->contains(feeLine));
        QVERIFY(html->contains(vatLabel));
        QVERIFY(html->contains(u"100140011059"_s));
        QVERIFY(html->contains(u"180540012346"_s));
        QVERIFY(html->contains(*AmountInWords::format(invoice.total, language)));
        QVERIFY(html->contains(InvoiceDocument::formatAmount(invoice.total, language)));
        // Values are text: a client name cannot inject markup.
        QVERIFY(html->contains(u"ТОО «Альфа &amp; &lt;Омега&gt;»"_s));
        QVERIFY(!html->contains(u"<Омега>"_s));
        QVERIFY(!html->contains(u"{{"_s));
    }

    // Billed in advance: the invoice of October has October's fee and
    // September's work, each line naming its month in words.
    void advanceLinesNameTheirMonths_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("feeLine");
        QTest::addColumn<QString>("overageLine");
        QTest::newRow("ru") << u"ru"_s << u"Абонентское обслуживание за октябрь 2026"_s
                            << u"Работы сверх включённых в тариф часов за сентябрь 2026"_s;
        QTest::newRow("kk") << u"kk"_s << u"2026 жылғы қазан үшін абоненттік қызмет көрсету"_s
                            << u"2026 жылғы қыркүйек үшін тарифке кірген сағаттардан тыс жұмыстар"_s;
        QTest::newRow("en") << u"en"_s << u"Subscription support services for October 2026"_s
                            << u"Work beyond the included hours for September 2026"_s;
    }

    void advanceLinesNameTheirMonths()
    {
        QFETCH(QString, language);
        QFETCH(QString, feeLine);
        QFETCH(QString, overageLine);
        InvoiceRecord invoice = sampleInvoice(InvoiceStatus::Issued, 1200);
        invoice.month = QDate(2026, 10, 1);
        invoice.feeMonth = invoice.month;
        invoice.usageMonth = QDate(2026, 9, 1);
        auto html = InvoiceDocument::invoiceHtml(invoice, language);
        QVERIFY2(html, qPrintable(html.error()));
        QVERIFY2(html->contains(feeLine), qPrintable(*html));
        QVERIFY2(html->contains(overageLine), qPrintable(*html));
    }

    void draftZeroVatCancelled()
    {
        auto draft = InvoiceDocument::invoiceHtml(sampleInvoice(InvoiceStatus::Draft, 0), u"ru"_s);
        QVERIFY(draft);
        QVERIFY(draft->contains(u"№ #7"_s));
        QVERIFY(draft->contains(u"ЧЕРНОВИК"_s));
        QVERIFY(draft->contains(u"Без НДС"_s));
        auto cancelled = InvoiceDocument::invoiceHtml(sampleInvoice(InvoiceStatus::Cancelled, 1200), u"en"_s);
        QVERIFY(cancelled->contains(u"CANCELLED: Неверный тариф"_s));
        QVERIFY(!InvoiceDocument::invoiceHtml(sampleInvoice(InvoiceStatus::Issued, 1200), u"de"_s));
        QCOMPARE(InvoiceDocument::languageOf(sampleInvoice(InvoiceStatus::Issued, 1200)), u"kk"_s);
    }

    void act()
    {
        const InvoiceRecord invoice = sampleInvoice(InvoiceStatus::Issued, 1200);
        ActRecord act;
        act.month = QDate(2026, 3, 1);
        act.totalMinutes = 690;
        act.lines = { ActLine { TicketId(12), u"Настройка 1С"_s, 500 }, ActLine { TicketId(15), u"Отчёт"_s, 190 } };
        auto html = InvoiceDocument::actHtml(act, invoice, u"ru"_s);
        QVERIFY2(html, qPrintable(html.error()));
        QVERIFY(html->contains(u"Акт выполненных работ (оказанных услуг) № 2026-0042 от 01.04.2026"_s));
        QVERIFY(html->contains(u"01.03.2026 – 31.03.2026"_s));
        QVERIFY(html->contains(u"#12"_s));
        QVERIFY(html->contains(u"8,333"_s));
        QVERIFY(html->contains(u"11,5"_s));
        QVERIFY(html->contains(*AmountInWords::format(invoice.total, u"ru"_s)));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceDocument)
#include "tst_invoicedocument.moc"
