// Billing in advance (issue 14): the invoice of month M, made at its start,
// carries M's fee and the work of M − 1; each invoice records the months it
// covers, so that the run stays idempotent in both modes and a change of mode
// never bills a month's fee or work twice, nor skips one. The act of a month
// lists that month's work in both modes; the lines name their month in words
// in the client's language.
#include "domain/clock.h"
#include "storage/actrepository.h"
#include "storage/billingrun.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"
#include "storage/sql.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QMap>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

qint64 noonOf(QDate day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QDate month(int m)
{
    return QDate(2026, m, 1);
}

QString key(int m)
{
    return InvoiceRepository::monthKey(month(m));
}

// 100 000.00 KZT a month, 10 h included, 10 000.00 KZT per hour beyond, VAT 12 %.
Tariff tariff(Tariff::BillingMode mode)
{
    Tariff t;
    t.monthlyFee = Money(10000000, u"KZT"_s);
    t.includedMinutes = 600;
    t.overageRate = Money(1000000, u"KZT"_s);
    t.vatRateBp = 1200;
    t.billingMode = mode;
    return t;
}

// One staff member, a client whose contract starts in January 2026, and
// what the live invoices cover, read back from the tables.
struct Books
{
    test::TempDatabase t;
    UserId user;
    ClientId client;
    TicketId ticket;

    explicit Books(Tariff::BillingMode mode, const QString &language = u"ru"_s)
    {
        // The year's hours are logged first, then each month is billed on its day.
        Clock::setFixed(noonOf(QDate(2026, 12, 15)));
        User u;
        u.name = u"Айгуль Серикова"_s;
        u.email = u"aigul@example.kz"_s;
        u.role = Role::AccountManager;
        user = UserRepository(t.db).add(u)->id;
        t.db.setActor(*UserRepository(t.db).byId(user));
        Client c;
        c.legalName = u"ТОО «Аванс»"_s;
        c.status = ClientStatus::Active;
        c.language = language;
        c.contractStart = month(1);
        c.tariff = tariff(mode);
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("client: %s", qPrintable(added.error()));
        client = added->id;
        Ticket tk;
        tk.clientId = client;
        tk.subject = u"Сопровождение"_s;
        auto created = TicketRepository(t.db).create(tk, noonOf(QDate(2026, 1, 2)));
        if (!created)
            qFatal("ticket: %s", qPrintable(created.error()));
        ticket = created->id;
    }

    void log(QDate day, int minutes)
    {
        TimeEntry e;
        e.ticketId = ticket;
        e.userId = user;
        e.day = day;
        e.minutes = minutes;
        e.billable = true;
        auto added = TicketRepository(t.db).addTime(e);
        if (!added)
            qFatal("time: %s", qPrintable(added.error()));
    }

    void setMode(Tariff::BillingMode mode)
    {
        Client c = *ClientRepository(t.db).byId(client);
        c.tariff->billingMode = mode;
        if (Status s = ClientRepository(t.db).update(c); !s)
            qFatal("mode: %s", qPrintable(s.error()));
    }

    // Runs month m (the clock on `day` of it) and returns the client's item.
    BillingRunItem run(int m, int day = 1)
    {
        Clock::setFixed(noonOf(QDate(2026, m, day)));
        auto r = BillingRun(t.db).run(month(m));
        if (!r)
            qFatal("run: %s", qPrintable(r.error()));
        if (r->items.size() != 1)
            qFatal("run: %d items", int(r->items.size()));
        return r->items.constFirst();
    }

    // Sum of one kind of line on the live invoices, by the month the invoice
    // says it covers for that kind ("fee_month" or "usage_month").
    QMap<QString, qint64> sums(const QString &lineKind, const QString &coverColumn) const
    {
        auto q = sql::exec(t.db.connection(),
            u"SELECT i."_s + coverColumn
                + u", SUM(l.amount_minor) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
                  "WHERE i.status <> 'cancelled' AND l.kind = ? GROUP BY i."_s
                + coverColumn,
            { lineKind });
        QMap<QString, qint64> result;
        while (q && q->next())
            result.insert(q->value(0).toString(), q->value(1).toLongLong());
        return result;
    }

    // How many live invoices cover each month's fee or work.
    QMap<QString, int> covering(const QString &coverColumn) const
    {
        auto q = sql::exec(t.db.connection(),
            u"SELECT "_s + coverColumn + u", count(*) FROM invoices WHERE status <> 'cancelled' AND "_s + coverColumn
                + u" IS NOT NULL GROUP BY "_s + coverColumn);
        QMap<QString, int> result;
        while (q && q->next())
            result.insert(q->value(0).toString(), q->value(1).toInt());
        return result;
    }

    int count(const QString &table) const
    {
        return sql::scalar(t.db.connection(), u"SELECT count(*) FROM "_s + table)->toInt();
    }
};

const qint64 Fee = 10000000;

QMap<QString, qint64> feeEach(std::initializer_list<int> months)
{
    QMap<QString, qint64> m;
    for (const int month : months)
        m.insert(key(month), Fee);
    return m;
}

QMap<QString, int> onceEach(std::initializer_list<int> months)
{
    QMap<QString, int> m;
    for (const int month : months)
        m.insert(key(month), 1);
    return m;
}

} // namespace

class TestBillingAdvance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Clock::setFixed(0); }

    void modeIsStored()
    {
        Books b(Tariff::BillingMode::Advance);
        QCOMPARE(ClientRepository(b.t.db).byId(b.client)->tariff->billingMode, Tariff::BillingMode::Advance);
        b.setMode(Tariff::BillingMode::Arrears);
        QCOMPARE(ClientRepository(b.t.db).byId(b.client)->tariff->billingMode, Tariff::BillingMode::Arrears);
        QCOMPARE(billingModeKey(Tariff::BillingMode::Advance), u"advance"_s);
        QCOMPARE(billingModeFromKey(u"arrears"_s), Tariff::BillingMode::Arrears);
        QCOMPARE(billingModeFromKey(u"prepaid"_s), std::nullopt);
        // The database refuses any other mode.
        QVERIFY(!sql::exec(b.t.db.connection(), u"UPDATE clients SET billing_mode = 'prepaid'"_s));
    }

    // January to April in advance: each invoice at the start of its month
    // carries that month's fee and the last month's overage; each act lists
    // its own month's work and belongs to the next month's invoice.
    void advanceOverThreeMonths()
    {
        Books b(Tariff::BillingMode::Advance);
        b.log(QDate(2026, 1, 12), 700); // 100 min beyond the 10 h
        b.log(QDate(2026, 2, 12), 600); // none beyond
        b.log(QDate(2026, 3, 12), 660); // 60 min beyond
        InvoiceRepository invoices(b.t.db);

        // January: the contract starts, there is no December work to bill.
        const BillingRunItem jan = b.run(1);
        QCOMPARE(jan.outcome, BillingRunItem::Outcome::Created);
        QCOMPARE(jan.feeMonth, month(1));
        QCOMPARE(jan.usageMonth, QDate());
        auto janInvoice = invoices.byId(jan.invoiceId);
        QVERIFY(janInvoice);
        QCOMPARE(janInvoice->month, month(1));
        QCOMPARE(janInvoice->lines.size(), 1);
        QCOMPARE(janInvoice->lines.at(0).kind, u"monthly_fee"_s);
        QCOMPARE(janInvoice->lines.at(0).description, u"Абонентское обслуживание за январь 2026"_s);
        QVERIFY(!ActRepository(b.t.db).forInvoice(jan.invoiceId)); // no work on it

        // February, made on the 1st: February's fee and January's 100 minutes.
        const BillingRunItem feb = b.run(2);
        QCOMPARE(feb.feeMonth, month(2));
        QCOMPARE(feb.usageMonth, month(1));
        QCOMPARE(feb.overageMinutes, 100);
        auto febInvoice = invoices.byId(feb.invoiceId);
        QVERIFY(febInvoice);
        QCOMPARE(febInvoice->feeMonth, month(2));
        QCOMPARE(febInvoice->usageMonth, month(1));
        QCOMPARE(febInvoice->lines.size(), 2);
        QCOMPARE(febInvoice->lines.at(0).description, u"Абонентское обслуживание за февраль 2026"_s);
        QCOMPARE(febInvoice->lines.at(1).description, u"Работы сверх включённых в тариф часов за январь 2026"_s);
        QCOMPARE(febInvoice->lines.at(1).amount, Money(1666667, u"KZT"_s));
        QCOMPARE(febInvoice->subtotal, Money(Fee + 1666667, u"KZT"_s));
        auto janAct = ActRepository(b.t.db).forMonth(b.client, month(1));
        QVERIFY2(janAct, qPrintable(janAct.error()));
        QCOMPARE(janAct->invoiceId, feb.invoiceId);
        QCOMPARE(janAct->totalMinutes, 700);
        QCOMPARE(janAct->lines.size(), 1);

        // February's invoice is issued; 60 more minutes are then logged for
        // January: the correction travels with the next month's work.
        auto issued = invoices.issue(feb.invoiceId, QDate(2026, 2, 2));
        QVERIFY2(issued, qPrintable(issued.error()));
        b.log(QDate(2026, 1, 20), 60);

        const BillingRunItem mar = b.run(3);
        QCOMPARE(mar.feeMonth, month(3));
        QCOMPARE(mar.usageMonth, month(2));
        QCOMPARE(mar.overageMinutes, 0);
        QCOMPARE(mar.adjustmentsSettled.size(), 1);
        QCOMPARE(mar.adjustmentsSettled.constFirst().originMonth, month(1));
        QCOMPARE(mar.adjustmentsSettled.constFirst().amount, Money(1000000, u"KZT"_s));
        auto marInvoice = invoices.byId(mar.invoiceId);
        QCOMPARE(marInvoice->lines.size(), 2);
        QCOMPARE(marInvoice->lines.at(1).kind, u"adjustment"_s);
        QVERIFY2(marInvoice->lines.at(1).description.startsWith(u"Корректировка за январь 2026 (счёт 2026-0001)"_s),
            qPrintable(marInvoice->lines.at(1).description));
        QCOMPARE(ActRepository(b.t.db).forMonth(b.client, month(2))->totalMinutes, 600);

        const BillingRunItem apr = b.run(4);
        QCOMPARE(apr.feeMonth, month(4));
        QCOMPARE(apr.usageMonth, month(3));
        QCOMPARE(apr.overageMinutes, 60);
        auto marAct = ActRepository(b.t.db).forMonth(b.client, month(3));
        QCOMPARE(marAct->invoiceId, apr.invoiceId);
        QCOMPARE(marAct->totalMinutes, 660);

        // Every month's fee once, every month's work once.
        QCOMPARE(b.sums(u"monthly_fee"_s, u"fee_month"_s), feeEach({ 1, 2, 3, 4 }));
        QCOMPARE(b.covering(u"fee_month"_s), onceEach({ 1, 2, 3, 4 }));
        QCOMPARE(b.covering(u"usage_month"_s), onceEach({ 1, 2, 3 }));
        const QMap<QString, qint64> overage { { key(1), 1666667 }, { key(3), 1000000 } };
        QCOMPARE(b.sums(u"overage"_s, u"usage_month"_s), overage);
        QCOMPARE(b.count(u"acts"_s), 3);
        QCOMPARE(b.count(u"month_usage"_s), 3); // January to March: April's work is not billed yet
    }

    void idempotentInAdvance()
    {
        Books b(Tariff::BillingMode::Advance);
        b.log(QDate(2026, 1, 12), 700);
        b.run(1);
        Clock::setFixed(noonOf(QDate(2026, 2, 1)));
        BillingRun run(b.t.db);
        auto dry = run.run(month(2), true);
        QVERIFY(dry);
        QCOMPARE(dry->created, 1);
        QCOMPARE(dry->items.constFirst().usageMonth, month(1));
        QCOMPARE(b.count(u"invoices"_s), 1);
        QCOMPARE(run.run(month(2))->created, 1);
        const int audit = b.count(u"audit_log"_s);
        for (int m = 1; m <= 2; ++m) {
            for (int i = 0; i < 2; ++i) {
                auto again = run.run(month(m));
                QVERIFY(again);
                QCOMPARE(again->created, 0);
                QCOMPARE(again->existing, 1);
                QVERIFY(again->items.constFirst().invoiceId.isValid());
            }
        }
        QCOMPARE(b.count(u"invoices"_s), 2);
        QCOMPARE(b.count(u"invoice_lines"_s), 3);
        QCOMPARE(b.count(u"acts"_s), 1);
        QCOMPARE(b.count(u"month_usage"_s), 1);
        QCOMPARE(b.count(u"audit_log"_s), audit);
    }

    // Arrears in January and February, advance from March: February's work
    // was billed with February's fee, so March's invoice carries March's fee
    // alone; April's carries April's fee and March's work.
    void switchArrearsToAdvance()
    {
        Books b(Tariff::BillingMode::Arrears);
        for (int m = 1; m <= 4; ++m)
            b.log(QDate(2026, m, 10), 630); // 30 min beyond, every month
        const BillingRunItem jan = b.run(1, 31);
        const BillingRunItem feb = b.run(2, 28);
        QCOMPARE(jan.feeMonth, month(1));
        QCOMPARE(jan.usageMonth, month(1));
        QCOMPARE(feb.usageMonth, month(2));

        b.setMode(Tariff::BillingMode::Advance);
        const BillingRunItem mar = b.run(3);
        QCOMPARE(mar.outcome, BillingRunItem::Outcome::Created);
        QCOMPARE(mar.feeMonth, month(3));
        QCOMPARE(mar.usageMonth, QDate()); // February's work is on February's invoice
        QCOMPARE(mar.lines.size(), 1);
        QCOMPARE(mar.lines.constFirst().kind, InvoiceLineKind::MonthlyFee);
        const BillingRunItem apr = b.run(4);
        QCOMPARE(apr.feeMonth, month(4));
        QCOMPARE(apr.usageMonth, month(3));
        QCOMPARE(apr.overageMinutes, 30);

        // Running every month again, in the new mode, bills nothing more.
        const int invoices = b.count(u"invoices"_s);
        for (int m = 1; m <= 4; ++m)
            QCOMPARE(b.run(m, 20).outcome, BillingRunItem::Outcome::Exists);
        QCOMPARE(b.count(u"invoices"_s), invoices);

        QCOMPARE(b.sums(u"monthly_fee"_s, u"fee_month"_s), feeEach({ 1, 2, 3, 4 }));
        QCOMPARE(b.covering(u"fee_month"_s), onceEach({ 1, 2, 3, 4 }));
        QCOMPARE(b.covering(u"usage_month"_s), onceEach({ 1, 2, 3 }));
        const QMap<QString, qint64> overage { { key(1), 500000 }, { key(2), 500000 }, { key(3), 500000 } };
        QCOMPARE(b.sums(u"overage"_s, u"usage_month"_s), overage);
        for (int m = 1; m <= 3; ++m)
            QCOMPARE(ActRepository(b.t.db).forMonth(b.client, month(m))->totalMinutes, 630);
    }

    // Advance in January to March, arrears from the end of March: March's fee
    // was billed at its start, so the invoice at its end carries March's work
    // alone; April's carries April's fee and April's work.
    void switchAdvanceToArrears()
    {
        Books b(Tariff::BillingMode::Advance);
        for (int m = 1; m <= 4; ++m)
            b.log(QDate(2026, m, 10), 630);
        for (int m = 1; m <= 3; ++m)
            b.run(m);

        b.setMode(Tariff::BillingMode::Arrears);
        const BillingRunItem marEnd = b.run(3, 31);
        QCOMPARE(marEnd.outcome, BillingRunItem::Outcome::Created);
        QCOMPARE(marEnd.feeMonth, QDate()); // billed at the start of March
        QCOMPARE(marEnd.usageMonth, month(3));
        QCOMPARE(marEnd.lines.size(), 1);
        QCOMPARE(marEnd.lines.constFirst().kind, InvoiceLineKind::Overage);
        QCOMPARE(marEnd.lines.constFirst().description, u"Работы сверх включённых в тариф часов за март 2026"_s);
        const BillingRunItem apr = b.run(4, 30);
        QCOMPARE(apr.feeMonth, month(4));
        QCOMPARE(apr.usageMonth, month(4));

        // March has two invoices now: the one of its start and the one of its end.
        InvoiceFilter march;
        march.client = b.client;
        march.month = month(3);
        QCOMPARE(InvoiceRepository(b.t.db).list(march)->size(), 2);
        auto marchAct = ActRepository(b.t.db).forMonth(b.client, month(3));
        QCOMPARE(marchAct->invoiceId, marEnd.invoiceId);
        QCOMPARE(marchAct->totalMinutes, 630);

        const int invoices = b.count(u"invoices"_s);
        for (int m = 1; m <= 4; ++m)
            QCOMPARE(b.run(m, 25).outcome, BillingRunItem::Outcome::Exists);
        QCOMPARE(b.count(u"invoices"_s), invoices);

        QCOMPARE(b.sums(u"monthly_fee"_s, u"fee_month"_s), feeEach({ 1, 2, 3, 4 }));
        QCOMPARE(b.covering(u"fee_month"_s), onceEach({ 1, 2, 3, 4 }));
        QCOMPARE(b.covering(u"usage_month"_s), onceEach({ 1, 2, 3, 4 }));
        const QMap<QString, qint64> overage { { key(1), 500000 }, { key(2), 500000 }, { key(3), 500000 },
            { key(4), 500000 } };
        QCOMPARE(b.sums(u"overage"_s, u"usage_month"_s), overage);
    }

    // Billed in advance, the last month of the contract's work comes on an
    // invoice after the contract ends, with no fee.
    void lastMonthAfterTheContract()
    {
        Books b(Tariff::BillingMode::Advance);
        Client c = *ClientRepository(b.t.db).byId(b.client);
        c.contractEnd = QDate(2026, 2, 28);
        QVERIFY(ClientRepository(b.t.db).update(c));
        b.log(QDate(2026, 2, 10), 660);
        b.run(1);
        b.run(2);
        const BillingRunItem mar = b.run(3);
        QCOMPARE(mar.outcome, BillingRunItem::Outcome::Created);
        QCOMPARE(mar.feeMonth, QDate());
        QCOMPARE(mar.usageMonth, month(2));
        QCOMPARE(mar.overageMinutes, 60);
        Clock::setFixed(noonOf(QDate(2026, 4, 1)));
        QVERIFY(BillingRun(b.t.db).run(month(4))->items.isEmpty());
        QCOMPARE(b.sums(u"monthly_fee"_s, u"fee_month"_s), feeEach({ 1, 2 }));
    }

    // A card without a contract start, billed in advance from its first
    // invoice: no work of the month before (no empty act, no month of unused
    // hours); the next invoice has the first month's work.
    void firstInvoiceWithoutContractStart()
    {
        Books b(Tariff::BillingMode::Advance);
        Client c = *ClientRepository(b.t.db).byId(b.client);
        c.contractStart = QDate();
        QVERIFY(ClientRepository(b.t.db).update(c));
        b.log(QDate(2026, 5, 20), 30);
        b.log(QDate(2026, 6, 10), 700);
        const BillingRunItem jun = b.run(6);
        QCOMPARE(jun.feeMonth, month(6));
        QCOMPARE(jun.usageMonth, QDate());
        QCOMPARE(b.count(u"month_usage"_s), 0);
        QCOMPARE(b.run(6).outcome, BillingRunItem::Outcome::Exists);
        const BillingRunItem jul = b.run(7);
        QCOMPARE(jul.usageMonth, month(6));
        QCOMPARE(jul.overageMinutes, 100);
    }

    // The lines of the run name their month in words in the client's language.
    void linesInTheClientsLanguage_data()
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

    void linesInTheClientsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fee);
        QFETCH(QString, overage);
        Books b(Tariff::BillingMode::Advance, language);
        b.log(QDate(2026, 9, 15), 720);
        const BillingRunItem oct = b.run(10);
        QCOMPARE(oct.lines.size(), 2);
        auto invoice = InvoiceRepository(b.t.db).byId(oct.invoiceId);
        QVERIFY(invoice);
        QCOMPARE(invoice->lines.at(0).description, fee);
        QCOMPARE(invoice->lines.at(1).description, overage);
    }
};

QTEST_GUILESS_MAIN(TestBillingAdvance)
#include "tst_billingadvance.moc"
