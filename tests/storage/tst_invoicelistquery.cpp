// The invoice lists of the screens: search by client or number, status,
// unpaid and overdue filters, keyset pages, Today's unpaid list per account
// manager, a client's payments and balance.
#include "domain/clock.h"
#include "storage/billingrun.h"
#include "storage/clientrepository.h"
#include "storage/invoicelistquery.h"
#include "storage/invoicerepository.h"
#include "storage/ticketrepository.h"
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

// Three clients of two managers, each with a monthly fee, invoiced for
// January to March 2026; January is issued and paid, February issued and
// partly paid, March issued (due on 2026-04-11) and left a draft for one.
struct Books
{
    test::TempDatabase t;
    UserId anna, boris;
    QList<ClientId> clients;

    Books()
    {
        Clock::setFixed(noonOf(QDate(2026, 4, 1)));
        anna = user(u"Анна"_s, u"anna@example.kz"_s);
        boris = user(u"Борис"_s, u"boris@example.kz"_s);
        clients << client(u"ТОО «Алтын Дала»"_s, u"Алтын Дала"_s, anna, u"KZT"_s)
                << client(u"ООО «Север»"_s, QString(), anna, u"RUB"_s)
                << client(u"Kazakh Tea LLP"_s, u"Kazakh Tea"_s, boris, u"KZT"_s);
        for (int month = 1; month <= 3; ++month) {
            auto run = BillingRun(t.db).run(QDate(2026, month, 1));
            if (!run)
                qFatal("run: %s", qPrintable(run.error()));
            for (const BillingRunItem &item : run->items) {
                // Kazakh Tea's March stays a draft.
                if (month == 3 && item.clientId == clients.at(2))
                    continue;
                auto issued = InvoiceRepository(t.db).issue(item.invoiceId, QDate(2026, month + 1, 1));
                if (!issued)
                    qFatal("issue: %s", qPrintable(issued.error()));
                if (month == 1)
                    pay(issued->id, issued->total);
                if (month == 2)
                    pay(issued->id, Money(100000, issued->currency));
            }
        }
    }
    ~Books() { Clock::setFixed(0); }

    UserId user(const QString &name, const QString &email)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = Role::AccountManager;
        const UserId id = UserRepository(t.db).add(u)->id;
        t.db.setActor(*UserRepository(t.db).byId(id));
        return id;
    }

    ClientId client(const QString &legal, const QString &shortName, UserId manager, const QString &currency)
    {
        Client c;
        c.legalName = legal;
        c.shortName = shortName;
        c.taxCountry = TaxCountry::Other;
        c.status = ClientStatus::Active;
        c.accountManagerId = manager;
        c.tariff = Tariff { Money(5000000, currency), 600, Money(500000, currency), 1200, 10, 0 };
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("client: %s", qPrintable(added.error()));
        return added->id;
    }

    void pay(InvoiceId id, const Money &amount)
    {
        if (auto p = InvoiceRepository(t.db).recordPayment(id, QDate(2026, 3, 20), amount, u"ПП"_s); !p)
            qFatal("pay: %s", qPrintable(p.error()));
    }
};

} // namespace

class TestInvoiceListQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("unpaid");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("expected");

        const QDate april1(2026, 4, 1);
        QTest::newRow("all") << QString() << QString() << false << false << april1 << 9;
        QTest::newRow("short name, any case") << u"алтын"_s << QString() << false << false << april1 << 3;
        QTest::newRow("legal name") << u"Север"_s << QString() << false << false << april1 << 3;
        QTest::newRow("latin name") << u"kazakh TEA"_s << QString() << false << false << april1 << 3;
        QTest::newRow("number") << u"2026-0001"_s << QString() << false << false << april1 << 1;
        QTest::newRow("nothing matches") << u"нет такого"_s << QString() << false << false << april1 << 0;
        QTest::newRow("LIKE wildcard taken literally") << u"%"_s << QString() << false << false << april1 << 0;
        QTest::newRow("drafts") << QString() << u"draft"_s << false << false << april1 << 1;
        QTest::newRow("paid") << QString() << u"paid"_s << false << false << april1 << 3;
        QTest::newRow("partially paid") << QString() << u"partially_paid"_s << false << false << april1 << 3;
        QTest::newRow("unpaid") << QString() << QString() << true << false << april1 << 5;
        QTest::newRow("overdue on April 1st") << QString() << QString() << false << true << april1 << 3;
        QTest::newRow("overdue on April 12th") << QString() << QString() << false << true << QDate(2026, 4, 12) << 5;
        QTest::newRow("overdue of one client") << u"север"_s << QString() << false << true << QDate(2026, 4, 12) << 2;
    }

    void filters()
    {
        QFETCH(QString, search);
        QFETCH(QString, status);
        QFETCH(bool, unpaid);
        QFETCH(bool, overdue);
        QFETCH(QDate, today);
        QFETCH(int, expected);
        Books b;
        InvoiceListFilter f;
        f.search = search;
        if (!status.isEmpty())
            f.status = invoiceStatusFromKey(status);
        f.unpaidOnly = unpaid;
        f.overdueOnly = overdue;
        f.today = today;
        QCOMPARE(InvoiceListQuery(b.t.db).count(f).value(), expected);
        auto rows = InvoiceListQuery(b.t.db).rows(f);
        QVERIFY(rows);
        QCOMPARE(rows->size(), expected);
        for (const InvoiceListRow &r : *rows) {
            if (overdue)
                QVERIFY(r.daysOverdue(today) > 0);
            if (unpaid)
                QVERIFY(InvoiceState::isOpen(r.status));
        }
    }

    void keysetPages()
    {
        Books b;
        InvoiceListFilter f;
        f.limit = 4;
        QList<qint64> seen;
        for (;;) {
            auto page = InvoiceListQuery(b.t.db).rows(f);
            QVERIFY(page);
            for (const InvoiceListRow &r : *page)
                seen << r.id.value;
            if (page->size() < f.limit)
                break;
            f.beforeId = page->constLast().id.value;
        }
        QCOMPARE(seen.size(), 9);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i) < seen.at(i - 1)); // newest first, no repeats
    }

    void unpaidPerManager()
    {
        Books b;
        InvoiceListQuery q(b.t.db);
        QCOMPARE(q.unpaidCount(b.anna).value(), 4);
        QCOMPARE(q.unpaidCount(b.boris).value(), 1);
        QCOMPARE(q.unpaidCount(UserId()).value(), 5);
        auto rows = q.unpaid(b.anna, 3);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        for (int i = 1; i < rows->size(); ++i)
            QVERIFY(rows->at(i - 1).dueOn <= rows->at(i).dueOn); // the longest due first
        QCOMPARE(rows->constFirst().month, QDate(2026, 2, 1));
    }

    void paymentsAndBalance()
    {
        Books b;
        InvoiceListQuery q(b.t.db);
        auto payments = q.payments(b.clients.at(0));
        QVERIFY(payments);
        QCOMPARE(payments->size(), 2);
        QCOMPARE(payments->constFirst().reference, u"ПП"_s);
        QVERIFY(!payments->constFirst().invoiceReference.isEmpty());

        // 56 000.00 KZT each month: February less 1 000.00 paid, and March.
        auto balance = q.balance(b.clients.at(0), QDate(2026, 4, 1));
        QVERIFY(balance);
        QCOMPARE(balance->size(), 1);
        QCOMPARE(balance->constFirst().currency, u"KZT"_s);
        QCOMPARE(balance->constFirst().outstanding, Money(5600000 - 100000 + 5600000, u"KZT"_s));
        QCOMPARE(balance->constFirst().unpaidInvoices, 2);
        QCOMPARE(balance->constFirst().overdue, Money(5500000, u"KZT"_s));
        QCOMPARE(balance->constFirst().overdueInvoices, 1);
        QCOMPARE(q.balance(b.clients.at(1), QDate(2026, 4, 1))->constFirst().currency, u"RUB"_s);
        // A client with nothing issued and unpaid has no balance line.
        QVERIFY(q.balance(ClientId(999))->isEmpty());
    }
};

QTEST_MAIN(TestInvoiceListQuery)
#include "tst_invoicelistquery.moc"
