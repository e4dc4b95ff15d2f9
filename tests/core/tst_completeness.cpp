// Completeness of a client card: what it lacks, and the score in percent.
#include "domain/completeness.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

Client completeCard()
{
    Client c;
    c.legalName = u"ТОО «Алтын Дала»"_s;
    c.taxId = u"150840001234"_s;
    c.contractNumber = u"Д-2026/014"_s;
    c.contractStart = QDate(2026, 1, 1);
    Contact contact;
    contact.name = u"Айгерим Нурпеисова"_s;
    contact.email = u"aigerim@example.kz"_s;
    c.contacts.append(contact);
    c.tariff = Tariff{};
    c.accountManagerId = UserId(1);
    c.salesOwnerId = UserId(2);
    return c;
}

QStringList keysOf(const Completeness &c)
{
    QStringList keys;
    for (const CompletenessItem &item : c.missing)
        keys << item.key;
    return keys;
}

} // namespace

class TestCompleteness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeCardHasNothingMissing()
    {
        const Completeness c = assessCompleteness(completeCard());
        QVERIFY(c.isComplete());
        QCOMPARE(c.total, 8);
        QCOMPARE(c.satisfied, 8);
        QCOMPARE(c.percent(), 100);
    }

    void missing_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<int>("percent");
        QTest::newRow("legal name") << 0 << QStringList{u"legal_name"_s} << 87;
        QTest::newRow("tax id") << 1 << QStringList{u"tax_id"_s} << 87;
        QTest::newRow("contract number") << 2 << QStringList{u"contract_number"_s} << 87;
        QTest::newRow("contract start") << 3 << QStringList{u"contract_start"_s} << 87;
        QTest::newRow("contact without email") << 4 << QStringList{u"contact_email"_s} << 87;
        QTest::newRow("no contacts") << 5 << QStringList{u"contact_email"_s} << 87;
        QTest::newRow("tariff") << 6 << QStringList{u"tariff"_s} << 87;
        QTest::newRow("account manager") << 7 << QStringList{u"account_manager"_s} << 87;
        QTest::newRow("sales owner") << 8 << QStringList{u"sales_owner"_s} << 87;
        QTest::newRow("blank strings count as missing") << 9
                                                        << QStringList{u"legal_name"_s, u"tax_id"_s, u"contract_number"_s}
                                                        << 62;
        QTest::newRow("empty card") << 10
                                    << QStringList{u"legal_name"_s,      u"tax_id"_s,  u"contract_number"_s,
                                                   u"contract_start"_s,  u"contact_email"_s, u"tariff"_s,
                                                   u"account_manager"_s, u"sales_owner"_s}
                                    << 0;
    }

    void missing()
    {
        QFETCH(int, what);
        QFETCH(QStringList, keys);
        QFETCH(int, percent);
        Client c = completeCard();
        switch (what) {
        case 0: c.legalName.clear(); break;
        case 1: c.taxId.clear(); break;
        case 2: c.contractNumber.clear(); break;
        case 3: c.contractStart = QDate(); break;
        case 4: c.contacts[0].email.clear(); break;
        case 5: c.contacts.clear(); break;
        case 6: c.tariff.reset(); break;
        case 7: c.accountManagerId = UserId(); break;
        case 8: c.salesOwnerId = UserId(); break;
        case 9:
            c.legalName = u"  "_s;
            c.taxId = u" "_s;
            c.contractNumber = u"\t"_s;
            break;
        case 10: c = Client{}; break;
        }
        const Completeness result = assessCompleteness(c);
        QCOMPARE(keysOf(result), keys);
        QCOMPARE(result.percent(), percent);
        QCOMPARE(result.satisfied + result.missing.size(), result.total);
        for (const CompletenessItem &item : result.missing)
            QVERIFY(!item.text.isEmpty());
    }

    void slaPolicyIsNeverMissing()
    {
        Client c = completeCard();
        c.slaPolicyId = 0; // the default policy
        QVERIFY(assessCompleteness(c).isComplete());
    }

    void invoiceIsOptional_data()
    {
        QTest::addColumn<bool>("checkInvoice");
        QTest::addColumn<bool>("hasInvoice");
        QTest::addColumn<int>("total");
        QTest::addColumn<bool>("complete");
        QTest::newRow("not checked") << false << false << 8 << true;
        QTest::newRow("checked, none") << true << false << 9 << false;
        QTest::newRow("checked, has one") << true << true << 9 << true;
    }

    void invoiceIsOptional()
    {
        QFETCH(bool, checkInvoice);
        QFETCH(bool, hasInvoice);
        QFETCH(int, total);
        QFETCH(bool, complete);
        const Completeness c = assessCompleteness(completeCard(), {checkInvoice, hasInvoice});
        QCOMPARE(c.total, total);
        QCOMPARE(c.isComplete(), complete);
        if (!complete) {
            QCOMPARE(keysOf(c), QStringList{u"invoice"_s});
            QCOMPARE(c.percent(), 88);
        }
    }

    void keysAreStableAndKnown()
    {
        const Completeness c = assessCompleteness(Client{}, {true, false});
        QCOMPARE(keysOf(c), completenessKeys());
    }
};

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
