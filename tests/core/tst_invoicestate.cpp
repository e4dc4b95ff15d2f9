// Invoice life cycle: issue, cancel, payments (no overpayment), numbering.
#include "billing/invoicestate.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

Q_DECLARE_METATYPE(rapport::InvoiceStatus)

namespace {

Money kzt(qint64 minor)
{
    return Money(minor, u"KZT"_s);
}

} // namespace

class TestInvoiceState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys()
    {
        for (const auto s : { InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::PartiallyPaid,
                 InvoiceStatus::Paid, InvoiceStatus::Cancelled }) {
            QCOMPARE(invoiceStatusFromKey(invoiceStatusKey(s)), s);
            QVERIFY(!invoiceStatusTitle(s).isEmpty());
        }
        QCOMPARE(invoiceStatusKey(InvoiceStatus::PartiallyPaid), u"partially_paid"_s);
        QCOMPARE(invoiceStatusFromKey(u"Paid"_s), std::nullopt);
        QCOMPARE(invoiceStatusFromKey(QString()), std::nullopt);
        QVERIFY(InvoiceState::isEditable(InvoiceStatus::Draft));
        QVERIFY(!InvoiceState::isEditable(InvoiceStatus::Issued));
        QVERIFY(!InvoiceState::isEditable(InvoiceStatus::Paid));
        QVERIFY(InvoiceState::isOpen(InvoiceStatus::PartiallyPaid));
        QVERIFY(!InvoiceState::isOpen(InvoiceStatus::Draft));
    }

    void issue_data()
    {
        QTest::addColumn<InvoiceStatus>("from");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<InvoiceStatus>("to");
        QTest::newRow("draft") << InvoiceStatus::Draft << qint64(100) << true << InvoiceStatus::Issued;
        QTest::newRow("draft, zero total") << InvoiceStatus::Draft << qint64(0) << true << InvoiceStatus::Paid;
        QTest::newRow("draft, negative") << InvoiceStatus::Draft << qint64(-1) << false << InvoiceStatus::Draft;
        QTest::newRow("issued again") << InvoiceStatus::Issued << qint64(100) << false << InvoiceStatus::Draft;
        QTest::newRow("partially paid") << InvoiceStatus::PartiallyPaid << qint64(100) << false << InvoiceStatus::Draft;
        QTest::newRow("paid") << InvoiceStatus::Paid << qint64(100) << false << InvoiceStatus::Draft;
        QTest::newRow("cancelled") << InvoiceStatus::Cancelled << qint64(100) << false << InvoiceStatus::Draft;
    }

    void issue()
    {
        QFETCH(InvoiceStatus, from);
        QFETCH(qint64, total);
        QFETCH(bool, ok);
        QFETCH(InvoiceStatus, to);
        const auto r = InvoiceState::issue(from, kzt(total));
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(*r, to);
        else
            QVERIFY(!r.error().isEmpty());
    }

    void cancel_data()
    {
        QTest::addColumn<InvoiceStatus>("from");
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("ok");
        QTest::newRow("draft") << InvoiceStatus::Draft << qint64(0) << u"Duplicate"_s << true;
        QTest::newRow("issued, unpaid") << InvoiceStatus::Issued << qint64(0) << u"Wrong client"_s << true;
        QTest::newRow("no reason") << InvoiceStatus::Draft << qint64(0) << u"   "_s << false;
        QTest::newRow("issued, paid part") << InvoiceStatus::Issued << qint64(10) << u"x"_s << false;
        QTest::newRow("partially paid") << InvoiceStatus::PartiallyPaid << qint64(10) << u"x"_s << false;
        QTest::newRow("paid") << InvoiceStatus::Paid << qint64(100) << u"x"_s << false;
        QTest::newRow("cancelled") << InvoiceStatus::Cancelled << qint64(0) << u"x"_s << false;
    }

    void cancel()
    {
        QFETCH(InvoiceStatus, from);
        QFETCH(qint64, paid);
        QFETCH(QString, reason);
        QFETCH(bool, ok);
        const auto r = InvoiceState::cancel(from, kzt(paid), reason);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(*r, InvoiceStatus::Cancelled);
        else
            QVERIFY(!r.error().isEmpty());
    }

    void payment_data()
    {
        QTest::addColumn<InvoiceStatus>("from");
        QTest::addColumn<Money>("total");
        QTest::addColumn<Money>("paidSoFar");
        QTest::addColumn<Money>("amount");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<InvoiceStatus>("to");
        QTest::addColumn<QString>("error");
        const Money total = kzt(11200000);
        QTest::newRow("part") << InvoiceStatus::Issued << total << kzt(0) << kzt(5000000) << true
                              << InvoiceStatus::PartiallyPaid << QString();
        QTest::newRow("all at once") << InvoiceStatus::Issued << total << kzt(0) << total << true << InvoiceStatus::Paid
                                     << QString();
        QTest::newRow("the rest") << InvoiceStatus::PartiallyPaid << total << kzt(5000000) << kzt(6200000) << true
                                  << InvoiceStatus::Paid << QString();
        QTest::newRow("one tiyn short") << InvoiceStatus::PartiallyPaid << total << kzt(5000000) << kzt(6199999) << true
                                        << InvoiceStatus::PartiallyPaid << QString();
        QTest::newRow("overpayment")
            << InvoiceStatus::PartiallyPaid << total << kzt(5000000) << kzt(6200001) << false << InvoiceStatus::Draft
            << u"The payment of 62\u00a0000.01 KZT exceeds the outstanding 62\u00a0000.00 KZT."_s;
        QTest::newRow("overpayment issued")
            << InvoiceStatus::Issued << kzt(10000) << kzt(0) << kzt(20000) << false << InvoiceStatus::Draft
            << u"The payment of 200.00 KZT exceeds the outstanding 100.00 KZT."_s;
        QTest::newRow("zero") << InvoiceStatus::Issued << total << kzt(0) << kzt(0) << false << InvoiceStatus::Draft
                              << QString();
        QTest::newRow("negative") << InvoiceStatus::Issued << total << kzt(0) << kzt(-5) << false
                                  << InvoiceStatus::Draft << QString();
        QTest::newRow("other currency") << InvoiceStatus::Issued << total << kzt(0) << Money(100, u"RUB"_s) << false
                                        << InvoiceStatus::Draft << QString();
        QTest::newRow("draft") << InvoiceStatus::Draft << total << kzt(0) << kzt(100) << false << InvoiceStatus::Draft
                               << QString();
        QTest::newRow("paid") << InvoiceStatus::Paid << total << total << kzt(100) << false << InvoiceStatus::Draft
                              << QString();
        QTest::newRow("cancelled") << InvoiceStatus::Cancelled << total << kzt(0) << kzt(100) << false
                                   << InvoiceStatus::Draft << QString();
        QTest::newRow("inconsistent paid so far")
            << InvoiceStatus::PartiallyPaid << total << total << kzt(1) << false << InvoiceStatus::Draft << QString();
    }

    void payment()
    {
        QFETCH(InvoiceStatus, from);
        QFETCH(Money, total);
        QFETCH(Money, paidSoFar);
        QFETCH(Money, amount);
        QFETCH(bool, ok);
        QFETCH(InvoiceStatus, to);
        QFETCH(QString, error);
        const auto r = InvoiceState::applyPayment(from, total, paidSoFar, amount);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(*r, to);
        } else {
            QVERIFY(!r.error().isEmpty());
            if (!error.isEmpty())
                QCOMPARE(r.error(), error);
        }
    }

    void dueDate()
    {
        QCOMPARE(InvoiceState::dueDate(QDate(2026, 2, 1), 10), QDate(2026, 2, 11));
        QCOMPARE(InvoiceState::dueDate(QDate(2026, 2, 25), 10), QDate(2026, 3, 7));
        QCOMPARE(InvoiceState::dueDate(QDate(2026, 2, 1), 0), QDate(2026, 2, 1));
        QVERIFY(!InvoiceState::dueDate(QDate(2026, 2, 1), -1).isValid());
        QVERIFY(!InvoiceState::dueDate(QDate(), 10).isValid());
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("number");
        QTest::newRow("plain") << QString() << 2026 << 1 << u"2026-0001"_s;
        QTest::newRow("series") << u"A"_s << 2026 << 1 << u"A-2026-0001"_s;
        QTest::newRow("long series") << u"KZ/AST-2"_s << 2027 << 42 << u"KZ/AST-2-2027-0042"_s;
        QTest::newRow("cyrillic series") << u"АК"_s << 2026 << 9999 << u"АК-2026-9999"_s;
        QTest::newRow("past 9999") << QString() << 2026 << 10000 << u"2026-10000"_s;
        QTest::newRow("zero sequence") << QString() << 2026 << 0 << QString();
        QTest::newRow("negative") << u"A"_s << 2026 << -3 << QString();
        QTest::newRow("year 999") << QString() << 999 << 1 << QString();
        QTest::newRow("year 10000") << QString() << 10000 << 1 << QString();
        QTest::newRow("series with space") << u"A B"_s << 2026 << 1 << QString();
        QTest::newRow("series ends with dash") << u"A-"_s << 2026 << 1 << QString();
        QTest::newRow("series too long") << u"ABCDEFGHIJK"_s << 2026 << 1 << QString();
    }

    void numbers()
    {
        QFETCH(QString, series);
        QFETCH(int, year);
        QFETCH(int, sequence);
        QFETCH(QString, number);
        QCOMPARE(InvoiceState::formatInvoiceNumber(series, year, sequence), number);
        if (!number.isEmpty()) {
            const auto parsed = InvoiceState::parseInvoiceNumber(number);
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, (InvoiceNumber { series, year, sequence }));
        }
    }

    void parseRefusesNonCanonical_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no year") << u"0001"_s;
        QTest::newRow("short sequence") << u"2026-001"_s;
        QTest::newRow("padded") << u"2026-00001"_s;
        QTest::newRow("letters") << u"2026-00a1"_s;
        QTest::newRow("zero") << u"2026-0000"_s;
        QTest::newRow("bad series") << u"A B-2026-0001"_s;
        QTest::newRow("empty series") << u"-2026-0001"_s;
    }

    void parseRefusesNonCanonical()
    {
        QFETCH(QString, text);
        QCOMPARE(InvoiceState::parseInvoiceNumber(text), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceState)
#include "tst_invoicestate.moc"
