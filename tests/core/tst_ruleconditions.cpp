// The conditions of an automation rule without a database: JSON read and
// written back the same (sorted, without repeats, "{}" for none), bad input
// refused with the key at fault, and matching a record's facts (every set
// condition must hold; a priority or channel condition needs a ticket).
#include "automation/ruleconditions.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestRuleConditions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("empty text") << QString() << u"{}"_s;
        QTest::newRow("empty object") << u"{}"_s << u"{}"_s;
        QTest::newRow("priorities sorted, once")
            << u"{\"priorities\": [\"urgent\", \"high\", \"urgent\"]}"_s << u"{\"priorities\":[\"high\",\"urgent\"]}"_s;
        QTest::newRow("everything") << u"{\"tariff\": \"without\", \"client_ids\": [40, 12, 40], \"channels\": "
                                       "[\"phone\", \"email\"], \"priorities\": [\"low\"]}"_s
                                    << u"{\"channels\":[\"email\",\"phone\"],\"client_ids\":[12,40],"
                                       "\"priorities\":[\"low\"],\"tariff\":\"without\"}"_s;
        QTest::newRow("tariff any is no condition") << u"{\"tariff\": \"any\"}"_s << u"{}"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, json);
        QFETCH(QString, normalized);
        const auto c = RuleConditions::fromJson(json);
        QVERIFY2(c, qPrintable(c.error()));
        QCOMPARE(c->toJson(), normalized);
        const auto again = RuleConditions::fromJson(c->toJson());
        QVERIFY(again);
        QVERIFY(*again == *c);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("not json") << u"{priorities"_s << u"JSON"_s;
        QTest::newRow("an array") << u"[1, 2]"_s << u"JSON"_s;
        QTest::newRow("unknown key") << u"{\"colour\": \"red\"}"_s << u"colour"_s;
        QTest::newRow("unknown priority") << u"{\"priorities\": [\"critical\"]}"_s << u"critical"_s;
        QTest::newRow("priorities not a list") << u"{\"priorities\": \"high\"}"_s << u"priorities"_s;
        QTest::newRow("unknown channel") << u"{\"channels\": [\"fax\"]}"_s << u"fax"_s;
        QTest::newRow("client id text") << u"{\"client_ids\": [\"12\"]}"_s << u"client_ids"_s;
        QTest::newRow("client id fraction") << u"{\"client_ids\": [1.5]}"_s << u"client_ids"_s;
        QTest::newRow("client id zero") << u"{\"client_ids\": [0]}"_s << u"positive"_s;
        QTest::newRow("tariff unknown") << u"{\"tariff\": \"some\"}"_s << u"tariff"_s;
        QTest::newRow("tariff not text") << u"{\"tariff\": true}"_s << u"tariff"_s;
    }

    void refused()
    {
        QFETCH(QString, json);
        QFETCH(QString, named);
        const auto c = RuleConditions::fromJson(json);
        QVERIFY(!c);
        QVERIFY2(c.error().contains(named), qPrintable(c.error()));
    }

    void matches_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<qint64>("client");
        QTest::addColumn<bool>("hasTariff");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("match");
        QTest::newRow("no conditions, an invoice") << u"{}"_s << qint64(1) << true << QString() << QString() << true;
        QTest::newRow("high ticket") << u"{\"priorities\": [\"high\"]}"_s << qint64(1) << false << u"high"_s
                                     << u"email"_s << true;
        QTest::newRow("normal ticket") << u"{\"priorities\": [\"high\"]}"_s << qint64(1) << false << u"normal"_s
                                       << u"email"_s << false;
        QTest::newRow("priority needs a ticket")
            << u"{\"priorities\": [\"high\"]}"_s << qint64(1) << false << QString() << QString() << false;
        QTest::newRow("channel") << u"{\"channels\": [\"phone\", \"visit\"]}"_s << qint64(1) << false << u"low"_s
                                 << u"visit"_s << true;
        QTest::newRow("other channel") << u"{\"channels\": [\"phone\"]}"_s << qint64(1) << false << u"low"_s
                                       << u"email"_s << false;
        QTest::newRow("listed client") << u"{\"client_ids\": [3, 7]}"_s << qint64(7) << false << QString() << QString()
                                       << true;
        QTest::newRow("other client") << u"{\"client_ids\": [3, 7]}"_s << qint64(8) << false << QString() << QString()
                                      << false;
        QTest::newRow("without tariff, has none")
            << u"{\"tariff\": \"without\"}"_s << qint64(1) << false << QString() << QString() << true;
        QTest::newRow("without tariff, has one")
            << u"{\"tariff\": \"without\"}"_s << qint64(1) << true << QString() << QString() << false;
        QTest::newRow("with tariff, has none")
            << u"{\"tariff\": \"with\"}"_s << qint64(1) << false << QString() << QString() << false;
        QTest::newRow("all of them") << u"{\"priorities\": [\"urgent\"], \"channels\": [\"phone\"], \"client_ids\": "
                                        "[5], \"tariff\": \"with\"}"_s
                                     << qint64(5) << true << u"urgent"_s << u"phone"_s << true;
        QTest::newRow("all but one") << u"{\"priorities\": [\"urgent\"], \"channels\": [\"phone\"], \"client_ids\": "
                                        "[5], \"tariff\": \"with\"}"_s
                                     << qint64(5) << false << u"urgent"_s << u"phone"_s << false;
    }

    void matches()
    {
        QFETCH(QString, json);
        QFETCH(qint64, client);
        QFETCH(bool, hasTariff);
        QFETCH(QString, priority);
        QFETCH(QString, channel);
        QFETCH(bool, match);
        const auto c = RuleConditions::fromJson(json);
        QVERIFY2(c, qPrintable(c.error()));
        QCOMPARE(c->matches(RuleFacts { client, hasTariff, priority, channel }), match);
    }

    void validateNamesTheBadValue()
    {
        RuleConditions c;
        QVERIFY(c.isEmpty());
        QVERIFY(c.validate());
        c.priorities = { u"high"_s, u"severe"_s };
        QVERIFY(c.needsTicket());
        QVERIFY(c.validate().error().contains(u"severe"_s));
        c.priorities = { u"high"_s };
        c.clientIds = { -4 };
        QVERIFY(c.validate().error().contains(u"-4"_s));
    }
};

QTEST_GUILESS_MAIN(TestRuleConditions)
#include "tst_ruleconditions.moc"
