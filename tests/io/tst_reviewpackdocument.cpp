#include "io/reviewpackdocument.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

const QString nb(QChar(0x00A0));

// A number cell as the document writes it.
QString num(const QString &text)
{
    return u"<td align=\"right\">"_s + text + u"</td>"_s;
}

QString alertNum(const QString &text)
{
    return u"<td align=\"right\" bgcolor=\"#fde2e2\">"_s + text + u"</td>"_s;
}

TrendFigures month(QDate from, int created, int resolved, int met, int breached)
{
    TrendFigures t;
    t.bucket = PeriodBucket { PeriodBuckets::monthKey(from), from, from.addMonths(1).addDays(-1) };
    t.figures.tickets.created = created;
    t.figures.tickets.resolved = resolved;
    t.figures.resolutionCompliance = Compliance { met, breached };
    return t;
}

UnusedHoursRow hours(QDate month, int included, int rolled, int used, int shareBp, int expired)
{
    UnusedHoursRow r;
    r.clientId = ClientId(3);
    r.month = month;
    r.includedMinutes = included;
    r.rolloverAvailableMinutes = rolled;
    r.usedMinutes = used;
    r.unusedMinutes = qMax(0, included + rolled - used);
    r.unusedShareBp = shareBp;
    r.rolloverExpiredMinutes = expired;
    return r;
}

ReviewPack samplePack(const QString &language, bool suggestion = true)
{
    ReviewPack p;
    p.client = ClientId(3);
    p.clientName = u"Альфа"_s;
    p.legalName = u"ТОО «Альфа & Партнёры»"_s;
    p.language = language;
    p.from = QDate(2026, 4, 1);
    p.to = QDate(2026, 6, 30);
    p.review = ReviewId(9);
    p.reviewKind = u"quarterly"_s;
    p.reviewDate = QDate(2026, 7, 2);
    p.managerName = u"Айгерим Сапарова"_s;
    p.providerName = u"ТОО «Рапорт»"_s;

    TicketFigures &t = p.dashboard.tickets;
    t.tickets.created = 17;
    t.tickets.resolved = 14;
    t.tickets.open = 3;
    t.firstResponse.count = 16;
    t.firstResponse.medianHours = 3.5;
    t.firstResponse.p90Hours = 6.2;
    t.responseCompliance = Compliance { 7, 1 }; // 87.5 %
    t.resolution.count = 14;
    t.resolution.medianHours = 26.4;
    t.resolution.p90Hours = 41.0;
    t.resolutionCompliance = Compliance { 9, 3 }; // 75 %
    p.dashboard.monthly = { month(QDate(2026, 4, 1), 6, 5, 4, 1), month(QDate(2026, 5, 1), 7, 6, 3, 1),
        month(QDate(2026, 6, 1), 4, 3, 2, 1) }; // June: 66.7 %

    ReviewPackBreach b;
    b.ticketId = 4711;
    b.subject = u"Касса <b>не печатает</b> чеки & отчёты"_s;
    b.priority = u"urgent"_s;
    b.target = u"resolution"_s;
    b.targetHours = 8;
    b.actualHours = 12.5;
    b.explanation = { u"Started 2026-05-04 09:00 (business hours 09:00-18:00)"_s,
        u"Paused 2026-05-04 15:00: waiting for the client"_s };
    b.done = u"Заменили драйвер <ККМ>"_s;
    p.breaches = { b };

    p.dashboard.feedback.liked = 5;
    p.dashboard.feedback.notLiked = 1; // 83.3 % liked
    p.feedback = { ReviewPackFeedback { QDate(2026, 5, 6), u"complaint"_s, u"Долго ждали ответа"_s, 4711 },
        ReviewPackFeedback { QDate(2026, 6, 10), u"thanks"_s, u"Спасибо за быструю помощь"_s, 0 } };

    p.hours = { hours(QDate(2026, 4, 1), 1200, 0, 600, 5000, 0),
        hours(QDate(2026, 5, 1), 1200, 600, 1950, 0, 0), // 32.5 h used of 30: 2.5 h overage
        hours(QDate(2026, 6, 1), 1200, 0, 270, 7750, 90) };
    p.hoursSuggestion = suggestion;

    p.invoices = { ReviewPackInvoice { u"2026-0042"_s, QDate(2026, 5, 1), QDate(2026, 5, 11), Money(12000000, u"KZT"_s),
                       Money(5000000, u"KZT"_s), u"partially_paid"_s, true },
        ReviewPackInvoice { u"2026-0051"_s, QDate(2026, 6, 1), QDate(2026, 6, 11), Money(12000000, u"KZT"_s),
            Money(12000000, u"KZT"_s), u"paid"_s, false } };
    p.payments = { ReviewPackPayment { QDate(2026, 5, 20), u"2026-0042"_s, Money(5000000, u"KZT"_s) } };
    ReceivablesFigures debt;
    debt.currency = u"KZT"_s;
    debt.invoices = 1;
    debt.overdueInvoices = 1;
    debt.outstandingMinor = 7000000;
    debt.overdueMinor = 7000000;
    p.receivables = { debt };

    p.dashboard.obligations.due = 6;
    p.dashboard.obligations.onTime = 3;
    p.dashboard.obligations.doneLate = 1;
    p.dashboard.obligations.overdue = 1;
    p.dashboard.obligations.pending = 1; // 3 of 5 decided on time: 60 %
    p.obligations = { ReviewPackObligation {
                          u"Ежемесячный отчёт за апрель"_s, QDate(2026, 5, 5), QDate(2026, 5, 4), u"on_time"_s },
        ReviewPackObligation { u"Закрывающие документы <май>"_s, QDate(2026, 6, 5), QDate(), u"overdue"_s } };

    p.previousReviewOn = QDate(2026, 3, 30);
    p.previousPlan = { ReviewPackPlanItem { u"Настроить мониторинг кассы"_s, u"Иван Петров"_s, QDate(2026, 4, 30),
                           QDate(), u"overdue"_s },
        ReviewPackPlanItem {
            u"Обновить регламент"_s, u"Айгерим"_s, QDate(2026, 4, 15), QDate(2026, 4, 10), u"done"_s } };
    return p;
}

// A pack with nothing in the period but its title block.
ReviewPack emptyPack(const QString &language)
{
    ReviewPack p;
    p.clientName = u"Бета"_s;
    p.language = language;
    p.from = QDate(2026, 1, 1);
    p.to = QDate(2026, 3, 31);
    return p;
}

} // namespace

class TestReviewPackDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sections_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ru")
            << u"ru"_s
            << QStringList {
                   u"<html lang=\"ru\">"_s,
                   u"<h1>Встреча с клиентом по итогам периода: Альфа</h1>"_s,
                   u"01.04.2026 – 30.06.2026"_s,
                   u"ежеквартальная, 02.07.2026"_s,
                   u"<h2>1. Обращения и соблюдение SLA</h2>"_s,
                   u"<h2>2. Крупнейшие нарушения SLA</h2>"_s,
                   u"<h2>3. Обратная связь клиента</h2>"_s,
                   u"<h2>4. Часы по тарифу</h2>"_s,
                   u"<h2>5. Счета и оплаты</h2>"_s,
                   u"<h2>6. Выполнение обязательств</h2>"_s,
                   u"<h2>7. План исправления с прошлой встречи</h2>"_s,
                   u"<h2>8. Новый план (повестка)</h2>"_s,
                   u"<th>Медиана, ч</th>"_s,
                   num(u"17"_s),
                   num(u"3,5"_s),
                   num(u"6,2"_s),
                   num(u"26,4"_s),
                   num(u"41"_s),
                   num(u"87,5"_s + nb + u"% (7 из 8)"_s),
                   num(u"75"_s + nb + u"% (9 из 12)"_s),
                   u"апрель 2026 г."_s,
                   num(u"66,7"_s + nb + u"% (2 из 3)"_s),
                   u"<td>#4711</td>"_s,
                   u"<td>срочный</td><td>решение</td>"_s,
                   num(u"8"_s) + alertNum(u"12,5"_s),
                   u"<b>Хронология SLA:</b>"_s,
                   u"<br>Paused 2026-05-04 15:00: waiting for the client"_s,
                   u"<b>Что сделано:</b> Заменили драйвер &lt;ККМ&gt;"_s,
                   num(u"83,3"_s + nb + u"%"_s),
                   u">жалоба</td>"_s,
                   u"<td>благодарность</td>"_s,
                   num(u"32,5"_s),
                   alertNum(u"перерасход 2,5 ч"_s),
                   num(u"77,5"_s + nb + u"%"_s),
                   alertNum(u"1,5"_s),
                   num(u"120"_s + nb + u"000,00"_s + nb + u"KZT"_s),
                   u"частично оплачен, <b>просрочен</b>"_s,
                   u"<td>20.05.2026</td><td>2026-0042</td>"_s + num(u"50"_s + nb + u"000,00"_s + nb + u"KZT"_s),
                   u"<th>Текущая задолженность</th><th>В том числе просрочено</th>"_s,
                   alertNum(u"70"_s + nb + u"000,00"_s + nb + u"KZT"_s),
                   num(u"60"_s + nb + u"%"_s),
                   u"<td>Ежемесячный отчёт за апрель</td><td>05.05.2026</td><td>04.05.2026</td><td>в срок</td>"_s,
                   u"План, согласованный на встрече 30.03.2026"_s,
                   u"<td>Иван Петров</td><td>30.04.2026</td>"_s,
                   u"выполнено 10.04.2026"_s,
                   u"<h3>Заметки</h3>"_s,
               };
        QTest::newRow("kk") << u"kk"_s
                            << QStringList {
                                   u"<html lang=\"kk\">"_s,
                                   u"<h1>Клиентпен кезең қорытындысы бойынша кездесу: Альфа</h1>"_s,
                                   u"тоқсандық, 02.07.2026"_s,
                                   u"<h2>1. Өтініштер және SLA сақталуы</h2>"_s,
                                   u"<h2>2. Ең ірі SLA бұзушылықтары</h2>"_s,
                                   u"<h2>3. Клиенттің кері байланысы</h2>"_s,
                                   u"<h2>4. Тариф бойынша сағаттар</h2>"_s,
                                   u"<h2>5. Шоттар мен төлемдер</h2>"_s,
                                   u"<h2>6. Міндеттемелердің орындалуы</h2>"_s,
                                   u"<h2>7. Өткен кездесудегі түзету жоспары</h2>"_s,
                                   u"<h2>8. Жаңа жоспар (күн тәртібі)</h2>"_s,
                                   u"<th>Медиана, сағ</th>"_s,
                                   num(u"3,5"_s),
                                   num(u"87,5"_s + nb + u"% (8 ішінен 7)"_s),
                                   u"2026 жылғы "_s,
                                   num(u"66,7"_s + nb + u"% (3 ішінен 2)"_s),
                                   u"<td>шұғыл</td><td>шешім</td>"_s,
                                   num(u"8"_s) + alertNum(u"12,5"_s),
                                   u"<b>SLA хронологиясы:</b>"_s,
                                   u"<b>Не істелді:</b> Заменили драйвер &lt;ККМ&gt;"_s,
                                   num(u"83,3"_s + nb + u"%"_s),
                                   u">шағым</td>"_s,
                                   alertNum(u"тарифтен тыс 2,5 сағ"_s),
                                   num(u"77,5"_s + nb + u"%"_s),
                                   num(u"120"_s + nb + u"000,00"_s + nb + u"KZT"_s),
                                   u"ішінара төленді, <b>мерзімі өткен</b>"_s,
                                   u"<th>Ағымдағы берешек</th><th>Оның ішінде мерзімі өткен</th>"_s,
                                   num(u"60"_s + nb + u"%"_s),
                                   u"<td>мерзімінде</td>"_s,
                                   u"30.03.2026 кездесуде келісілген жоспар"_s,
                                   u"орындалды 10.04.2026"_s,
                                   u"<h3>Жазбалар</h3>"_s,
                               };
        QTest::newRow("en") << u"en"_s
                            << QStringList {
                                   u"<html lang=\"en\">"_s,
                                   u"<h1>Client review: Альфа</h1>"_s,
                                   u"2026-04-01 – 2026-06-30"_s,
                                   u"quarterly, 2026-07-02"_s,
                                   u"<h2>1. Tickets and SLA compliance</h2>"_s,
                                   u"<h2>2. Largest SLA breaches</h2>"_s,
                                   u"<h2>3. Client feedback</h2>"_s,
                                   u"<h2>4. Tariff hours</h2>"_s,
                                   u"<h2>5. Invoices and payments</h2>"_s,
                                   u"<h2>6. Obligations</h2>"_s,
                                   u"<h2>7. Remediation plan from the previous review</h2>"_s,
                                   u"<h2>8. New plan (agenda)</h2>"_s,
                                   u"<th>Median, h</th>"_s,
                                   num(u"3.5"_s),
                                   num(u"6.2"_s),
                                   num(u"26.4"_s),
                                   num(u"87.5% (7 of 8)"_s),
                                   u"April 2026"_s,
                                   num(u"66.7% (2 of 3)"_s),
                                   u"<td>urgent</td><td>resolution</td>"_s,
                                   num(u"8"_s) + alertNum(u"12.5"_s),
                                   u"<b>SLA timeline:</b>"_s,
                                   u"<b>What was done:</b> Заменили драйвер &lt;ККМ&gt;"_s,
                                   num(u"83.3%"_s),
                                   u">complaint</td>"_s,
                                   u"<td>thanks</td>"_s,
                                   num(u"32.5"_s),
                                   alertNum(u"overage 2.5 h"_s),
                                   num(u"77.5%"_s),
                                   num(u"120,000.00"_s + nb + u"KZT"_s),
                                   u"partially paid, <b>overdue</b>"_s,
                                   u"<td>2026-05-20</td><td>2026-0042</td>"_s + num(u"50,000.00"_s + nb + u"KZT"_s),
                                   u"<th>Outstanding now</th><th>Of which overdue</th>"_s,
                                   alertNum(u"70,000.00"_s + nb + u"KZT"_s),
                                   num(u"60%"_s),
                                   u"<td>on time</td>"_s,
                                   u"Plan agreed at the review of 2026-03-30"_s,
                                   u"done 2026-04-10"_s,
                                   u"<h3>Notes</h3>"_s,
                               };
    }

    void sections()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const QString html = ReviewPackDocument::html(samplePack(language), u"chart.png"_s);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.trimmed().endsWith(u"</html>"_s));
        for (const QString &text : expected)
            QVERIFY2(html.contains(text), qPrintable(QString(u"missing: "_s + text)));
        // The headings come in the order of the pack.
        qsizetype at = 0;
        for (int section = 1; section <= 8; ++section) {
            const qsizetype next = html.indexOf(u"<h2>%1. "_s.arg(section), at);
            QVERIFY2(next > at, qPrintable(u"section %1 out of order"_s.arg(section)));
            at = next;
        }
    }

    void escapesDatabaseValues()
    {
        const QString html = ReviewPackDocument::html(samplePack(u"ru"_s), u"chart.png"_s);
        QVERIFY(html.contains(u"<td>Касса &lt;b&gt;не печатает&lt;/b&gt; чеки &amp; отчёты</td>"_s));
        QVERIFY(!html.contains(u"<b>не печатает"_s));
        QVERIFY(html.contains(u"ТОО «Альфа &amp; Партнёры»"_s));
        QVERIFY(html.contains(u"Закрывающие документы &lt;май&gt;"_s));
        QVERIFY(!html.contains(u"<ККМ>"_s));
        QVERIFY(!html.contains(u"<май>"_s));
    }

    void suggestionOnlyWhenFlagged_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("ru") << u"ru"_s
                            << u"Часть оплаченных часов остаётся неиспользованной несколько месяцев подряд. "
                               "Предлагаем обсудить работы по развитию проекта или переход на тариф с меньшим "
                               "объёмом часов."_s;
        QTest::newRow("kk") << u"kk"_s << u"Төленген сағаттардың бір бөлігі бірнеше ай қатарынан"_s;
        QTest::newRow("en") << u"en"_s << u"Some of the paid hours have stayed unused for several months in a row."_s;
    }

    void suggestionOnlyWhenFlagged()
    {
        QFETCH(QString, language);
        QFETCH(QString, suggestion);
        QVERIFY(ReviewPackDocument::html(samplePack(language, true), u"chart.png"_s).contains(suggestion));
        QVERIFY(!ReviewPackDocument::html(samplePack(language, false), u"chart.png"_s).contains(suggestion));
    }

    void chartImage()
    {
        const QString html = ReviewPackDocument::html(samplePack(u"en"_s), u"chart.png"_s);
        QVERIFY(html.contains(u"<img src=\"chart.png\" width=\"605\">"_s));
        // The chart comes with the trend, before the monthly table.
        QVERIFY(html.indexOf(u"<img"_s) < html.indexOf(u"April 2026"_s));
        QVERIFY(ReviewPackDocument::html(samplePack(u"en"_s), u"a\"b.png"_s).contains(u"src=\"a&quot;b.png\""_s));
        QVERIFY(!ReviewPackDocument::html(samplePack(u"en"_s), QString()).contains(u"<img"_s));
    }

    void agendaHasBlankRows()
    {
        const QString html = ReviewPackDocument::html(samplePack(u"ru"_s), u"chart.png"_s);
        const qsizetype agenda = html.indexOf(u"<h2>8. "_s);
        QVERIFY(agenda > 0);
        QCOMPARE(html.mid(agenda).count(u"<td>&nbsp;<br>&nbsp;</td>"_s), 6);
        QVERIFY(html.mid(agenda).contains(u"<th width=\"25%\">Ответственный</th>"_s));
    }

    void emptyPeriod_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ru") << u"ru"_s
                            << QStringList { u"Нарушений SLA за период не было."_s, u"Отзывов за период не было."_s,
                                   u"Тарифа с включёнными часами в периоде не было."_s,
                                   u"Счетов за период не выставлялось."_s, u"Оплат за период не поступало."_s,
                                   u"Задолженности нет."_s, u"Обязательств со сроком в периоде не было."_s,
                                   u"Предыдущей встречи не было, план исправления не согласовывался."_s,
                                   u"Данных по месяцам нет."_s, num(u"—"_s) };
        QTest::newRow("kk") << u"kk"_s
                            << QStringList { u"Кезеңде SLA бұзушылықтары болған жоқ."_s, u"Кезеңде шот берілген жоқ."_s,
                                   u"Кезеңде төлем түскен жоқ."_s, u"Берешек жоқ."_s,
                                   u"Бұған дейін кездесу болмаған, түзету жоспары келісілмеген."_s };
        QTest::newRow("en") << u"en"_s
                            << QStringList { u"No SLA breaches in the period."_s, u"No feedback in the period."_s,
                                   u"No tariff with included hours in the period."_s,
                                   u"No invoices were issued in the period."_s,
                                   u"No payments were received in the period."_s, u"Nothing is outstanding."_s,
                                   u"No obligations fell due in the period."_s,
                                   u"There was no earlier review, so no remediation plan was agreed."_s };
    }

    void emptyPeriod()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const QString html = ReviewPackDocument::html(emptyPack(language), u"chart.png"_s);
        for (const QString &text : expected)
            QVERIFY2(html.contains(text), qPrintable(QString(u"missing: "_s + text)));
        // No months: no chart, and no suggestion without the flag.
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"bgcolor=\"#fff2cc\""_s));
    }

    void previousReviewWithoutItems()
    {
        ReviewPack pack = samplePack(u"en"_s);
        pack.previousPlan.clear();
        const QString html = ReviewPackDocument::html(pack, u"chart.png"_s);
        QVERIFY(html.contains(u"Plan agreed at the review of 2026-03-30"_s));
        QVERIFY(html.contains(u"No plan items were recorded at the previous review."_s));
    }

    void unknownLanguageIsRussian()
    {
        const QString html = ReviewPackDocument::html(samplePack(u"de"_s), u"chart.png"_s);
        QVERIFY(html.contains(u"<html lang=\"ru\">"_s));
        QVERIFY(html.contains(u"<h2>1. Обращения и соблюдение SLA</h2>"_s));
        QVERIFY(html.contains(num(u"3,5"_s)));
    }

    void title_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ru") << u"ru"_s << u"Материалы встречи — Альфа — 01.04.2026–30.06.2026"_s;
        QTest::newRow("kk") << u"kk"_s << u"Кездесу материалдары — Альфа — 01.04.2026–30.06.2026"_s;
        QTest::newRow("en") << u"en"_s << u"Review pack — Альфа — 2026-04-01–2026-06-30"_s;
    }

    void title()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const ReviewPack pack = samplePack(language);
        QCOMPARE(ReviewPackDocument::title(pack), expected);
        QVERIFY(ReviewPackDocument::html(pack, u"chart.png"_s).contains(u"<title>"_s + expected + u"</title>"_s));
    }
};

QTEST_GUILESS_MAIN(TestReviewPackDocument)
#include "tst_reviewpackdocument.moc"
