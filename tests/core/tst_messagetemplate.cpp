// Message templates: placeholders found, validated when saved, filled from a
// record (a missing value is an error, never a hole), dates and money as a
// letter in each language writes them.
#include "automation/messagetemplate.h"
#include "automation/shippedrules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestMessageTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholdersInOrderOnce()
    {
        QCOMPARE(placeholdersIn(u"{a.b} и {due}, снова {a.b}; {Не} {x.y.z}"_s), (QStringList { u"a.b"_s, u"due"_s }));
    }

    void unknownPlaceholderRejected()
    {
        MessageTemplate t { u"k"_s, u"ru"_s, u"Счёт {invoice.number}"_s, u"Здравствуйте, {contact.nmae}! {due}"_s };
        const Status s = validateTemplate(t);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"{contact.nmae}"_s), qPrintable(s.error()));
        QVERIFY(!s.error().contains(u"{due},"_s) || s.error().contains(u"known"_s));
        t.body = u"Здравствуйте, {contact.name}! {due}"_s;
        QVERIFY(validateTemplate(t));
        t.subject = u"две\nстроки"_s;
        QVERIFY(!validateTemplate(t));
        t.subject = u"  "_s;
        QVERIFY(!validateTemplate(t));
    }

    void renderFillsAndRefusesHoles()
    {
        const QHash<QString, QString> values { { u"ticket.number"_s, u"42"_s }, { u"contact.name"_s, u"Айгүл"_s } };
        QCOMPARE(renderTemplate(u"№{ticket.number}: {contact.name}, {не плейсхолдер}"_s, values).value(),
            u"№42: Айгүл, {не плейсхолдер}"_s);
        const auto missing = renderTemplate(u"{ticket.number} до {deadline}"_s, values);
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(u"{deadline}"_s));
    }

    void lettersWriteDatesAndMoney()
    {
        const QDate d(2026, 12, 7);
        QCOMPARE(letterDate(d, u"ru"_s), u"7 декабря 2026 г."_s);
        QCOMPARE(letterDate(d, u"en"_s), u"7 December 2026"_s);
        QVERIFY2(letterDate(d, u"kk"_s).startsWith(u"2026 жылғы 7 "_s), qPrintable(letterDate(d, u"kk"_s)));
        QCOMPARE(letterMoney(Money(12000050, u"KZT"_s), u"ru"_s).remove(QChar(0xa0)).remove(QChar(0x202f)).remove(u' '),
            u"120000,50₸"_s);
        QCOMPARE(letterMoney(Money(12000050, u"KZT"_s), u"en"_s).remove(QChar(0xa0)), u"120,000.50₸"_s);
    }

    void shippedTemplatesAreValidInEveryLanguage()
    {
        QStringList keys;
        for (const RuleDefinition &r : shippedRules()) {
            QVERIFY(triggerKinds().contains(r.trigger));
            keys << r.templateKey;
        }
        for (const QString &key : keys) {
            for (const QString &lang : { u"ru"_s, u"kk"_s, u"en"_s }) {
                const auto it = std::find_if(shippedTemplates().cbegin(), shippedTemplates().cend(),
                    [&](const MessageTemplate &t) { return t.key == key && t.language == lang; });
                QVERIFY2(it != shippedTemplates().cend(), qPrintable(key + u' ' + lang));
                QVERIFY2(validateTemplate(*it), qPrintable(key + u' ' + lang));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
