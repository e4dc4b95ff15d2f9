#include "domain/clock.h"
#include "storage/actrepository.h"
#include "storage/billingrun.h"
#include "storage/billingsettings.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"
#include "storage/sql.h"
#include "storage/ticketrepository.h"
#include "storage/unusedhoursreport.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

qint64 noonOf(QDate day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// A database with one staff member; clients, tickets and time entries on demand.
struct Books
{
    test::TempDatabase t;
    UserId user;

    Books()
    {
        User u;
        u.name = u"Айгуль Серикова"_s;
        u.email = u"aigul@example.kz"_s;
        u.role = Role::AccountManager;
        user = UserRepository(t.db).add(u)->id;
        t.db.setActor(*UserRepository(t.db).byId(user));
    }

    ClientId client(const QString &name, const Tariff &tariff, const QString &language = u"ru"_s)
    {
        Client c;
        c.legalName = name;
        c.status = ClientStatus::Active;
        c.language = language;
        c.tariff = tariff;
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("client: %s", qPrintable(added.error()));
        return added->id;
    }

    TicketId ticket(ClientId client, const QString &subject)
    {
        Ticket ticket;
        ticket.clientId = client;
        ticket.subject = subject;
        auto created = TicketRepository(t.db).create(ticket, noonOf(QDate(2026, 1, 2)));
        if (!created)
            qFatal("ticket: %s", qPrintable(created.error()));
        return created->id;
    }

    void log(TicketId ticket, QDate day, int minutes, bool billable = true)
    {
        TimeEntry e;
        e.ticketId = ticket;
        e.userId = user;
        e.day = day;
        e.minutes = minutes;
        e.billable = billable;
        auto added = TicketRepository(t.db).addTime(e);
        if (!added)
            qFatal("time: %s", qPrintable(added.error()));
    }

    int count(const QString &table) const
    {
        return sql::scalar(t.db.connection(), u"SELECT count(*) FROM "_s + table)->toInt();
    }
};

Tariff tariff(const QString &currency, qint64 feeMinor, int includedMinutes, qint64 rateMinor, int vatBp,
    int rolloverMonths = 0)
{
    Tariff t;
    t.monthlyFee = Money(feeMinor, currency);
    t.includedMinutes = includedMinutes;
    t.overageRate = Money(rateMinor, currency);
    t.vatRateBp = vatBp;
    t.paymentTermsDays = 10;
    t.rolloverMonths = rolloverMonths;
    return t;
}

const QDate March(2026, 3, 1);

} // namespace

class TestBillingRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Clock::setFixed(noonOf(QDate(2026, 6, 15))); }
    void cleanup() { Clock::setFixed(0); }

    void invoiceMath_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<int>("included");
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<int>("vatBp");
        QTest::addColumn<QList<int>>("logged"); // minutes per entry
        QTest::addColumn<int>("overage");
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<qint64>("vat");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("lines");

        // 100 000.00 KZT for 10 h, 10 000.00 per hour beyond, VAT 12 %.
        QTest::newRow("below included") << u"KZT"_s << 10000000LL << 600 << 1000000LL << 1200 << QList<int> { 120, 180 }
                                        << 0 << 10000000LL << 1200000LL << 11200000LL << 1;
        QTest::newRow("at included") << u"KZT"_s << 10000000LL << 600 << 1000000LL << 1200 << QList<int> { 600 } << 0
                                     << 10000000LL << 1200000LL << 11200000LL << 1;
        QTest::newRow("above included") << u"KZT"_s << 10000000LL << 600 << 1000000LL << 1200 << QList<int> { 400, 290 }
                                        << 90 << 11500000LL << 1380000LL << 12880000LL << 2;
        // 7 min × 100.01 / 60 = 11.6678… → 11.67; VAT of 344.99 at 12 % = 41.3988 → 41.40.
        QTest::newRow("line and VAT rounding") << u"KZT"_s << 33332LL << 60 << 10001LL << 1200 << QList<int> { 67 } << 7
                                               << 34499LL << 4140LL << 38639LL << 2;
        // VAT exactly half a tiyn: 1.05 × 10 % = 0.105 → 0.11 (half up).
        QTest::newRow("VAT half up") << u"KZT"_s << 105LL << 0 << 0LL << 1000 << QList<int> {} << 0 << 105LL << 11LL
                                     << 116LL << 1;
        QTest::newRow("zero VAT") << u"KZT"_s << 5000000LL << 300 << 800000LL << 0 << QList<int> { 330 } << 30
                                  << 5400000LL << 0LL << 5400000LL << 2;
        QTest::newRow("RUB 20 %") << u"RUB"_s << 4500000LL << 1200 << 250000LL << 2000 << QList<int> { 1290 } << 90
                                  << 4875000LL << 975000LL << 5850000LL << 2;
        QTest::newRow("USD no fee, overage only") << u"USD"_s << 0LL << 0 << 9000LL << 0 << QList<int> { 20 } << 20
                                                  << 3000LL << 0LL << 3000LL << 1;
        // Yen has no minor unit: 31 min × 1001 / 60 = 517.18 → 517; VAT 10 % of 10517 = 1051.7 → 1052.
        QTest::newRow("JPY whole units") << u"JPY"_s << 10000LL << 0 << 1001LL << 1000 << QList<int> { 31 } << 31
                                         << 10517LL << 1052LL << 11569LL << 2;
        QTest::newRow("nothing to bill") << u"EUR"_s << 0LL << 600 << 5000LL << 2000 << QList<int> { 100 } << 0 << 0LL
                                         << 0LL << 0LL << 0;
    }

    void invoiceMath()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, fee);
        QFETCH(int, included);
        QFETCH(qint64, rate);
        QFETCH(int, vatBp);
        QFETCH(QList<int>, logged);
        QFETCH(int, overage);
        QFETCH(qint64, subtotal);
        QFETCH(qint64, vat);
        QFETCH(qint64, total);
        QFETCH(int, lines);

        Books b;
        const ClientId client = b.client(u"ТОО «Сапа»"_s, tariff(currency, fee, included, rate, vatBp));
        const TicketId ticket = b.ticket(client, u"Закрытие месяца"_s);
        int day = 2;
        for (const int minutes : logged)
            b.log(ticket, March.addDays(day++), minutes);
        b.log(ticket, March.addDays(9), 500, false);         // not billable
        b.log(ticket, QDate(2026, 4, 1), 500);              // next month
        b.log(ticket, QDate(2026, 2, 28), 500);             // previous month

        auto run = BillingRun(b.t.db).run(QDate(2026, 3, 17));
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->month, March);
        QCOMPARE(run->items.size(), 1);
        const BillingRunItem &item = run->items.constFirst();
        QCOMPARE(item.overageMinutes, overage);
        if (lines == 0) {
            QCOMPARE(item.outcome, BillingRunItem::Outcome::NothingToBill);
            QCOMPARE(b.count(u"invoices"_s), 0);
            QCOMPARE(b.count(u"month_usage"_s), 1); // the hours are kept for the unused-hours report
            return;
        }
        QCOMPARE(item.outcome, BillingRunItem::Outcome::Created);
        auto invoice = InvoiceRepository(b.t.db).byId(item.invoiceId);
        QVERIFY2(invoice, qPrintable(invoice.error()));
        QCOMPARE(invoice->status, InvoiceStatus::Draft);
        QCOMPARE(invoice->currency, currency);
        QCOMPARE(invoice->subtotal, Money(subtotal, currency));
        QCOMPARE(invoice->vat, Money(vat, currency));
        QCOMPARE(invoice->total, Money(total, currency));
        QCOMPARE(invoice->vatRateBp, vatBp);
        QCOMPARE(invoice->lines.size(), lines);
        Money sum(0, currency);
        for (const InvoiceLineRecord &l : std::as_const(invoice->lines))
            sum += l.amount;
        QCOMPARE(sum, invoice->subtotal); // printed lines add up to the printed subtotal
        auto act = ActRepository(b.t.db).forInvoice(invoice->id);
        QVERIFY2(act, qPrintable(act.error()));
        int billable = 0;
        for (const int m : logged)
            billable += m;
        QCOMPARE(act->totalMinutes, billable);
        QCOMPARE(act->status, u"draft"_s);
    }

    void rolloverAcrossMonths()
    {
        Books b;
        // 10 h included, unused hours carry over for one month.
        const ClientId client = b.client(u"ТОО «Орда»"_s, tariff(u"KZT"_s, 10000000, 600, 1000000, 1200, 1));
        const TicketId ticket = b.ticket(client, u"Сопровождение"_s);
        b.log(ticket, QDate(2026, 1, 10), 200);  // January: 400 unused → February
        // February: the carry-over is used first (oldest first): 400 of January's,
        // then 500 of February's own 600; January's is gone, February's 100 carry on.
        b.log(ticket, QDate(2026, 2, 10), 900);
        b.log(ticket, QDate(2026, 3, 10), 1000); // March: 400 beyond, 100 carried, 300 overage
        BillingRun run(b.t.db);
        QList<int> overage;
        QList<int> available;
        for (int m = 1; m <= 3; ++m) {
            auto r = run.run(QDate(2026, m, 1));
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(r->items.size(), 1);
            overage << r->items.constFirst().overageMinutes;
            available << r->items.constFirst().rolloverAvailableMinutes;
        }
        QCOMPARE(available, (QList<int> { 0, 400, 100 }));
        QCOMPARE(overage, (QList<int> { 0, 0, 300 }));

        // Carry-over expires: nothing used in April and May, June needs 1200.
        b.log(ticket, QDate(2026, 6, 3), 1200);
        for (int m = 4; m <= 6; ++m)
            QVERIFY(run.run(QDate(2026, m, 1)));
        InvoiceFilter juneOnly;
        juneOnly.client = client;
        juneOnly.month = QDate(2026, 6, 1);
        auto june = InvoiceRepository(b.t.db).list(juneOnly);
        QVERIFY(june);
        QCOMPARE(june->size(), 1);
        auto full = InvoiceRepository(b.t.db).byId(june->constFirst().id);
        // Only May's 600 carries into June (April's expired at the end of May).
        QCOMPARE(full->lines.size(), 1);
        QCOMPARE(full->total, Money(11200000, u"KZT"_s));
    }

    // The hour ledger (included + rolled over − used = remaining) of each
    // month says what its invoice bills: before the run (from the time
    // entries) and after it (from the run's snapshot), over carry-over and
    // an adjustment of an earlier month.
    void hourLedgerMatchesInvoices()
    {
        Books b;
        // The contract runs from January (the card is made in June).
        const ClientId client = b.client(u"ТОО «Орда»"_s, tariff(u"KZT"_s, 10000000, 600, 1000000, 1200, 1));
        Client card = *ClientRepository(b.t.db).byId(client);
        card.contractStart = QDate(2026, 1, 1);
        QVERIFY(ClientRepository(b.t.db).update(card));
        const TicketId ticket = b.ticket(client, u"Сопровождение"_s);
        b.log(ticket, QDate(2026, 1, 10), 200);
        b.log(ticket, QDate(2026, 2, 10), 900);
        b.log(ticket, QDate(2026, 3, 10), 1000);
        BillingRun run(b.t.db);
        InvoiceRepository invoices(b.t.db);
        const UnusedHoursReport ledger(b.t.db);
        QList<int> overage;
        QList<int> remaining;
        for (int m = 1; m <= 3; ++m) {
            const QDate month(2026, m, 1);
            if (m == 3) {
                // February was issued; 130 more minutes are logged for it, 30
                // beyond its hours: an adjustment line in March, while
                // February's ledger (and its carry-over) stays as billed.
                b.log(ticket, QDate(2026, 2, 25), 130);
            }
            auto before = ledger.forClient(client, month);
            QVERIFY2(before, qPrintable(before.error()));
            auto r = run.run(month);
            QVERIFY2(r, qPrintable(r.error()));
            const BillingRunItem &item = r->items.constFirst();
            auto after = ledger.forClient(client, month);
            QVERIFY(after);
            QCOMPARE(after->source, u"billed"_s);
            QCOMPARE(before->balance().overageMinutes(), item.overageMinutes);
            QCOMPARE(after->balance().overageMinutes(), item.overageMinutes);
            QCOMPARE(after->balance().rolledOverMinutes, item.rolloverAvailableMinutes);
            QCOMPARE(after->balance().usedMinutes, item.billableMinutes);
            auto invoice = invoices.byId(item.invoiceId);
            QVERIFY(invoice);
            int billed = 0;
            for (const InvoiceLineRecord &line : std::as_const(invoice->lines)) {
                if (line.kind == u"overage"_s)
                    billed += line.minutes;
            }
            QCOMPARE(billed, after->balance().overageMinutes());
            overage << after->balance().overageMinutes();
            remaining << after->balance().remainingMinutes();
            if (m == 2)
                QVERIFY(invoices.issue(item.invoiceId, QDate(2026, 3, 1)));
            if (m == 3)
                QCOMPARE(item.adjustmentsSettled.size(), 1);
        }
        // January 600 of 600 left 400; February 600 + 400 carried − 900 = 100;
        // March 600 + 100 carried − 1000 = −300: 300 minutes of overage.
        QCOMPARE(remaining, (QList<int> { 400, 100, -300 }));
        QCOMPARE(overage, (QList<int> { 0, 0, 300 }));
        const HourBalance march = ledger.forClient(client, March)->balance();
        QCOMPARE(march.level(), HourLevel::Exhausted);
        QCOMPARE(march.usedShareBp().value_or(-1), 14286); // 1000 / 700
        QCOMPARE(march.level(HourBalanceConfig { 80, 150 }), HourLevel::Warning);
    }

    void idempotentRun()
    {
        Books b;
        const ClientId a = b.client(u"ТОО «Альфа»"_s, tariff(u"KZT"_s, 10000000, 600, 1000000, 1200));
        b.client(u"ТОО «Бета»"_s, tariff(u"KZT"_s, 0, 600, 1000000, 1200));
        b.log(b.ticket(a, u"Отчёт"_s), QDate(2026, 3, 5), 700);
        BillingRun run(b.t.db);
        auto dry = run.run(March, true);
        QVERIFY(dry);
        QCOMPARE(dry->created, 1);
        QCOMPARE(dry->nothingToBill, 1);
        QCOMPARE(b.count(u"invoices"_s), 0);
        QCOMPARE(b.count(u"month_usage"_s), 0);

        auto first = run.run(March);
        QVERIFY(first);
        QCOMPARE(first->created, 1);
        QCOMPARE(first->nothingToBill, 1);
        const int audit = b.count(u"audit_log"_s);
        for (int i = 0; i < 2; ++i) {
            auto again = run.run(March);
            QVERIFY(again);
            QCOMPARE(again->created, 0);
            QCOMPARE(again->existing, 2);
            QCOMPARE(b.count(u"invoices"_s), 1);
            QCOMPARE(b.count(u"acts"_s), 1);
            QCOMPARE(b.count(u"invoice_lines"_s), 2);
            QCOMPARE(b.count(u"month_usage"_s), 2);
            QCOMPARE(b.count(u"audit_log"_s), audit);
        }
    }

    void issuedInvoiceIsImmutable()
    {
        Books b;
        const ClientId a = b.client(u"ТОО «Альфа»"_s, tariff(u"KZT"_s, 10000000, 600, 1000000, 1200));
        const TicketId ticket = b.ticket(a, u"Отчёт"_s);
        b.log(ticket, QDate(2026, 3, 5), 700);
        QVERIFY(BillingRun(b.t.db).run(March));
        InvoiceRepository invoices(b.t.db);
        auto draft = invoices.list({});
        QVERIFY(draft && draft->size() == 1);
        const InvoiceId id = draft->constFirst().id;

        // A draft takes a line by hand, rounded and taxed by the same rule.
        auto added = invoices.addLine(id, OneOffLine { u"Выезд специалиста"_s, 1500, Money(333333, u"KZT"_s) });
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->lines.constLast().amount, Money(500000, u"KZT"_s)); // 3333.33 × 1.5 = 4999.995 → 5000.00
        QCOMPARE(added->subtotal, Money(10000000 + 1666667 + 500000, u"KZT"_s)); // fee + 100 min + the new line

        auto issued = invoices.issue(id, QDate(2026, 4, 1));
        QVERIFY2(issued, qPrintable(issued.error()));
        QCOMPARE(issued->number, u"2026-0001"_s);
        QCOMPARE(issued->dueOn, QDate(2026, 4, 11));
        QCOMPARE(issued->clientDetails.value(u"legal_name"_s).toString(), u"ТОО «Альфа»"_s);
        const Money total = issued->total;

        QVERIFY(!invoices.addLine(id, OneOffLine { u"Ещё"_s, 1000, Money(100, u"KZT"_s) }));
        QVERIFY(!invoices.issue(id));
        // Changing the card afterwards does not change what was issued.
        auto card = *ClientRepository(b.t.db).byId(a);
        card.legalName = u"ТОО «Альфа Плюс»"_s;
        QVERIFY(ClientRepository(b.t.db).update(card));
        b.log(ticket, QDate(2026, 3, 20), 60);
        QVERIFY(BillingRun(b.t.db).run(March));
        auto again = invoices.byId(id);
        QCOMPARE(again->total, total);
        QCOMPARE(again->lines.size(), issued->lines.size());
        QCOMPARE(again->clientDetails.value(u"legal_name"_s).toString(), u"ТОО «Альфа»"_s);

        // Paid in part: cannot be cancelled any more.
        QVERIFY(invoices.recordPayment(id, QDate(2026, 4, 5), Money(100000, u"KZT"_s), u"п/п 17"_s));
        const auto refused = invoices.cancel(id, u"ошибка"_s);
        QVERIFY(!refused);
    }

    void adjustmentNextMonth()
    {
        Books b;
        const ClientId a = b.client(u"ТОО «Альфа»"_s, tariff(u"KZT"_s, 10000000, 600, 1200000, 1200));
        const TicketId ticket = b.ticket(a, u"Отчёт"_s);
        b.log(ticket, QDate(2026, 2, 5), 660); // 60 min over
        BillingRun run(b.t.db);
        InvoiceRepository invoices(b.t.db);
        QVERIFY(run.run(QDate(2026, 2, 1)));
        auto feb = invoices.list({});
        const InvoiceId febId = feb->constFirst().id;
        auto febIssued = invoices.issue(febId, QDate(2026, 3, 1));
        QVERIFY(febIssued);
        const Money febTotal = febIssued->total;

        // 90 more minutes logged for February after issue: +18 000.00 next month.
        b.log(ticket, QDate(2026, 2, 20), 90);
        auto mar = run.run(March);
        QVERIFY2(mar, qPrintable(mar.error()));
        const BillingRunItem &item = mar->items.constFirst();
        QCOMPARE(item.adjustmentsFound.size(), 1);
        QCOMPARE(item.adjustmentsFound.constFirst().minutesBefore, 660);
        QCOMPARE(item.adjustmentsFound.constFirst().minutesAfter, 750);
        QCOMPARE(item.adjustmentsFound.constFirst().amount, Money(1800000, u"KZT"_s));
        auto march = invoices.byId(item.invoiceId);
        QCOMPARE(march->lines.size(), 2);
        QCOMPARE(march->lines.constLast().kind, u"adjustment"_s);
        QCOMPARE(march->lines.constLast().amount, Money(1800000, u"KZT"_s));
        QCOMPARE(march->lines.constLast().adjustmentMonth, QDate(2026, 2, 1));
        QCOMPARE(march->lines.constLast().adjustmentNumber, febIssued->number);
        QCOMPARE(march->subtotal, Money(11800000, u"KZT"_s));
        QCOMPARE(invoices.byId(febId)->total, febTotal); // never edited

        // Found once: later runs find nothing new.
        auto again = run.run(March);
        QCOMPARE(again->items.constFirst().adjustmentsFound.size(), 0);
        QCOMPARE(b.count(u"adjustments"_s), 1);

        // A correction downwards (an entry removed) is a credit on the next invoice.
        QVERIFY(sql::exec(b.t.db.connection(), u"DELETE FROM time_entries WHERE day = '2026-02-20'"_s));
        auto april = run.run(QDate(2026, 4, 1));
        QVERIFY(april);
        const BillingRunItem &aprilItem = april->items.constFirst();
        QCOMPARE(aprilItem.adjustmentsFound.size(), 1);
        QCOMPARE(aprilItem.adjustmentsFound.constFirst().amount, Money(-1800000, u"KZT"_s));
        auto aprilInvoice = invoices.byId(aprilItem.invoiceId);
        QCOMPARE(aprilInvoice->subtotal, Money(10000000 - 1800000, u"KZT"_s));
        auto may = run.run(QDate(2026, 5, 1));
        QCOMPARE(may->items.constFirst().adjustmentsFound.size(), 0);
    }

    void cancelAndReissue()
    {
        Books b;
        const ClientId a = b.client(u"ТОО «Альфа»"_s, tariff(u"KZT"_s, 10000000, 600, 1000000, 1200));
        BillingRun run(b.t.db);
        InvoiceRepository invoices(b.t.db);
        QVERIFY(run.run(March));
        const InvoiceId first = invoices.list({})->constFirst().id;
        QVERIFY(!invoices.cancel(first, u"  "_s)); // a reason is required
        auto cancelled = invoices.cancel(first, u"Неверный тариф"_s);
        QVERIFY2(cancelled, qPrintable(cancelled.error()));
        QCOMPARE(cancelled->status, InvoiceStatus::Cancelled);
        QCOMPARE(cancelled->cancelledReason, u"Неверный тариф"_s);
        auto rerun = run.run(March);
        QCOMPARE(rerun->created, 1);
        QVERIFY(rerun->items.constFirst().invoiceId != first);
        InvoiceFilter ofA;
        ofA.client = a;
        QCOMPARE(invoices.list(ofA)->size(), 2);
        QCOMPARE(run.run(March)->created, 0);
    }

    void numbering_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QStringList>("numbers");
        QTest::newRow("no series") << QString() << QStringList { u"2026-0001"_s, u"2026-0002"_s, u"2026-0003"_s };
        QTest::newRow("series A") << u"A"_s << QStringList { u"A-2026-0001"_s, u"A-2026-0002"_s, u"A-2026-0003"_s };
    }

    void numbering()
    {
        QFETCH(QString, series);
        QFETCH(QStringList, numbers);
        Books b;
        if (!series.isEmpty())
            QVERIFY(BillingSettings(b.t.db).setInvoiceSeries(series));
        for (int i = 0; i < 4; ++i)
            b.client(u"Клиент %1"_s.arg(i), tariff(u"KZT"_s, 1000000 + i, 0, 0, 1200));
        QVERIFY(BillingRun(b.t.db).run(March));
        InvoiceRepository invoices(b.t.db);
        auto drafts = invoices.list({});
        QCOMPARE(drafts->size(), 4);
        // One draft cancelled before issue takes no number; the rest are gapless.
        QVERIFY(invoices.cancel(drafts->at(1).id, u"дубль"_s));
        QStringList issued;
        for (const int i : { 3, 2, 0 })
            issued << invoices.issue(drafts->at(i).id, QDate(2026, 4, 2))->number;
        QCOMPARE(issued, numbers);
        // A new year starts again at 1.
        b.client(u"Клиент 9"_s, tariff(u"KZT"_s, 500000, 0, 0, 1200));
        QVERIFY(BillingRun(b.t.db).run(QDate(2026, 4, 1)));
        InvoiceFilter f;
        f.status = InvoiceStatus::Draft;
        auto next = invoices.list(f);
        QVERIFY(!next->isEmpty());
        auto nextYear = invoices.issue(next->constFirst().id, QDate(2027, 1, 4));
        QCOMPARE(nextYear->number, series.isEmpty() ? u"2027-0001"_s : u"A-2027-0001"_s);
    }

    void payments_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("status");
        QTest::newRow("part") << u"50000.00"_s << u"KZT"_s << true << u"partially_paid"_s;
        QTest::newRow("all") << u"112000.00"_s << u"KZT"_s << true << u"paid"_s;
        QTest::newRow("overpayment") << u"112000.01"_s << u"KZT"_s << false << u"issued"_s;
        QTest::newRow("zero") << u"0"_s << u"KZT"_s << false << u"issued"_s;
        QTest::newRow("negative") << u"-10"_s << u"KZT"_s << false << u"issued"_s;
        QTest::newRow("other currency") << u"100.00"_s << u"USD"_s << false << u"issued"_s;
    }

    void payments()
    {
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(bool, accepted);
        QFETCH(QString, status);
        Books b;
        b.client(u"ТОО «Альфа»"_s, tariff(u"KZT"_s, 10000000, 600, 1000000, 1200));
        QVERIFY(BillingRun(b.t.db).run(March));
        InvoiceRepository invoices(b.t.db);
        const InvoiceId id = invoices.list({})->constFirst().id;
        QVERIFY(!invoices.recordPayment(id, QDate(2026, 4, 2), Money(100, u"KZT"_s), {})); // a draft is not paid
        QVERIFY(invoices.issue(id, QDate(2026, 4, 1)));
        const auto paid = invoices.recordPayment(id, QDate(2026, 4, 3), *Money::parse(amount, currency), u"п/п 5"_s);
        QCOMPARE(paid.ok(), accepted);
        if (!accepted && amount == u"112000.01"_s)
            QVERIFY2(paid.error().contains(u"112"_s), qPrintable(paid.error()));
        const auto after = invoices.byId(id);
        QCOMPARE(invoiceStatusKey(after->status), status);
        QCOMPARE(after->payments.size(), accepted ? 1 : 0);
        if (status == u"paid"_s) {
            QCOMPARE(after->paidOn, QDate(2026, 4, 3));
            QVERIFY(!invoices.recordPayment(id, QDate(2026, 4, 4), Money(1, u"KZT"_s), {}));
        }
    }

    void unusedHours_data()
    {
        QTest::addColumn<QList<int>>("used"); // minutes in January, February, March (10 h included)
        QTest::addColumn<int>("streak");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("two months mostly unused") << QList<int> { 600, 100, 200 } << 2 << true;
        QTest::newRow("three months") << QList<int> { 0, 0, 299 } << 3 << true;
        QTest::newRow("exactly half is not more than half") << QList<int> { 300, 300, 300 } << 0 << false;
        QTest::newRow("one month only") << QList<int> { 600, 600, 100 } << 1 << false;
        QTest::newRow("over the hours") << QList<int> { 900, 0, 700 } << 0 << false;
    }

    void unusedHours()
    {
        QFETCH(QList<int>, used);
        QFETCH(int, streak);
        QFETCH(bool, flagged);
        Books b;
        const ClientId client = b.client(u"ТОО «Тихий»"_s, tariff(u"KZT"_s, 10000000, 600, 1000000, 1200));
        const TicketId ticket = b.ticket(client, u"Консультации"_s);
        for (int m = 0; m < used.size(); ++m) {
            if (used.at(m) > 0)
                b.log(ticket, QDate(2026, m + 1, 12), used.at(m));
            QVERIFY(BillingRun(b.t.db).run(QDate(2026, m + 1, 1)));
        }
        auto rows = UnusedHoursReport(b.t.db).forMonth(March);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), 1);
        const UnusedHoursRow &r = rows->constFirst();
        QCOMPARE(r.source, u"billed"_s);
        QCOMPARE(r.includedMinutes, 600);
        QCOMPARE(r.usedMinutes, used.constLast());
        QCOMPARE(r.unusedMinutes, std::max(0, 600 - used.constLast()));
        QCOMPARE(r.streakMonths, streak);
        QCOMPARE(r.flagged, flagged);
        QCOMPARE(r.suggestionKey, flagged ? u"propose_development_or_smaller_tariff"_s : QString());
        // April is not billed yet: read live from the time entries.
        b.log(ticket, QDate(2026, 4, 3), 45);
        auto april = UnusedHoursReport(b.t.db).forClient(client, QDate(2026, 4, 20));
        QVERIFY(april);
        QCOMPARE(april->source, u"live"_s);
        QCOMPARE(april->usedMinutes, 45);
        QVERIFY(!UnusedHoursReport(b.t.db).forClient(ClientId(99), March));
    }

    void badMonth()
    {
        Books b;
        QVERIFY(!BillingRun(b.t.db).run(QDate()));
        const auto future = BillingRun(b.t.db).run(QDate(2026, 7, 1)); // "today" is 2026-06-15
        QVERIFY(!future);
        QVERIFY(future.error().contains(u"2026-07"_s));
        QVERIFY(!InvoiceRepository(b.t.db).byReference(u"#x"_s));
        QVERIFY(!InvoiceRepository(b.t.db).byReference(u"2026-0099"_s));
    }
};

QTEST_GUILESS_MAIN(TestBillingRun)
#include "tst_billingrun.moc"
