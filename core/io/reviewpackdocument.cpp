#include "reviewpackdocument.h"

#include "automation/messagetemplate.h"
#include "io/invoicedocument.h"

#include <QHash>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

struct Wording
{
    QString ru;
    QString kk;
    QString en;
};

// All the pack's words, in the three languages of the client documents.
const QHash<QString, Wording> &wordings()
{
    static const QHash<QString, Wording> table {
        // Title block
        { u"doc_title"_s,
            { u"Встреча с клиентом по итогам периода: %1"_s, u"Клиентпен кезең қорытындысы бойынша кездесу: %1"_s,
                u"Client review: %1"_s } },
        { u"pack_title"_s,
            { u"Материалы встречи — %1 — %2–%3"_s, u"Кездесу материалдары — %1 — %2–%3"_s,
                u"Review pack — %1 — %2–%3"_s } },
        { u"legal_name"_s, { u"Юридическое наименование"_s, u"Заңды атауы"_s, u"Legal name"_s } },
        { u"period"_s, { u"Период"_s, u"Кезең"_s, u"Period"_s } },
        { u"review"_s, { u"Встреча"_s, u"Кездесу"_s, u"Review"_s } },
        { u"kind_quarterly"_s, { u"ежеквартальная"_s, u"тоқсандық"_s, u"quarterly"_s } },
        { u"kind_annual"_s, { u"ежегодная"_s, u"жылдық"_s, u"annual"_s } },
        { u"manager"_s, { u"Аккаунт-менеджер"_s, u"Аккаунт-менеджер"_s, u"Account manager"_s } },
        { u"provider"_s, { u"Исполнитель"_s, u"Орындаушы"_s, u"Provider"_s } },

        // 1. Tickets
        { u"s_tickets"_s,
            { u"Обращения и соблюдение SLA"_s, u"Өтініштер және SLA сақталуы"_s, u"Tickets and SLA compliance"_s } },
        { u"created"_s, { u"Создано обращений"_s, u"Тіркелген өтініштер"_s, u"Tickets created"_s } },
        { u"resolved"_s, { u"Решено"_s, u"Шешілді"_s, u"Resolved"_s } },
        { u"open"_s, { u"Не решено"_s, u"Шешілмеген"_s, u"Still open"_s } },
        { u"median_h"_s, { u"Медиана, ч"_s, u"Медиана, сағ"_s, u"Median, h"_s } },
        { u"p90_h"_s, { u"90-й процентиль, ч"_s, u"90-процентиль, сағ"_s, u"90th percentile, h"_s } },
        { u"compliance"_s, { u"Соблюдение SLA"_s, u"SLA сақталуы"_s, u"SLA compliance"_s } },
        { u"first_response"_s, { u"Первый ответ"_s, u"Алғашқы жауап"_s, u"First response"_s } },
        { u"resolution"_s, { u"Решение"_s, u"Шешім"_s, u"Resolution"_s } },
        { u"of"_s, { u"%1 из %2"_s, u"%2 ішінен %1"_s, u"%1 of %2"_s } },
        { u"trend"_s, { u"Динамика по месяцам"_s, u"Айлар бойынша серпін"_s, u"Monthly trend"_s } },
        { u"month"_s, { u"Месяц"_s, u"Ай"_s, u"Month"_s } },
        { u"m_created"_s, { u"Создано"_s, u"Тіркелді"_s, u"Created"_s } },
        { u"m_resolved"_s, { u"Решено"_s, u"Шешілді"_s, u"Resolved"_s } },
        { u"m_compliance"_s,
            { u"Соблюдение SLA по решению"_s, u"Шешім бойынша SLA сақталуы"_s, u"Resolution SLA compliance"_s } },
        { u"no_months"_s,
            { u"Данных по месяцам нет."_s, u"Айлар бойынша деректер жоқ."_s, u"There are no monthly figures."_s } },
        { u"chart_right_axis"_s, { u"правая шкала"_s, u"оң жақ шкала"_s, u"right axis"_s } },
        { u"chart_no_data"_s,
            { u"Нет данных за период"_s, u"Кезең бойынша деректер жоқ"_s, u"No data for the period"_s } },

        // 2. Breaches
        { u"s_breaches"_s,
            { u"Крупнейшие нарушения SLA"_s, u"Ең ірі SLA бұзушылықтары"_s, u"Largest SLA breaches"_s } },
        { u"ticket"_s, { u"Обращение"_s, u"Өтініш"_s, u"Ticket"_s } },
        { u"subject"_s, { u"Тема"_s, u"Тақырыбы"_s, u"Subject"_s } },
        { u"priority"_s, { u"Приоритет"_s, u"Басымдық"_s, u"Priority"_s } },
        { u"target"_s, { u"Норматив"_s, u"Норматив"_s, u"Target"_s } },
        { u"target_h"_s, { u"Норматив, ч"_s, u"Норматив, сағ"_s, u"Target, h"_s } },
        { u"actual_h"_s, { u"Факт, ч"_s, u"Нақты, сағ"_s, u"Actual, h"_s } },
        { u"target_response"_s, { u"первый ответ"_s, u"алғашқы жауап"_s, u"first response"_s } },
        { u"target_resolution"_s, { u"решение"_s, u"шешім"_s, u"resolution"_s } },
        { u"priority_low"_s, { u"низкий"_s, u"төмен"_s, u"low"_s } },
        { u"priority_normal"_s, { u"обычный"_s, u"қалыпты"_s, u"normal"_s } },
        { u"priority_high"_s, { u"высокий"_s, u"жоғары"_s, u"high"_s } },
        { u"priority_urgent"_s, { u"срочный"_s, u"шұғыл"_s, u"urgent"_s } },
        { u"sla_timeline"_s, { u"Хронология SLA"_s, u"SLA хронологиясы"_s, u"SLA timeline"_s } },
        { u"done_what"_s, { u"Что сделано"_s, u"Не істелді"_s, u"What was done"_s } },
        { u"done_none"_s, { u"не записано"_s, u"жазылмаған"_s, u"not recorded"_s } },
        { u"no_breaches"_s,
            { u"Нарушений SLA за период не было."_s, u"Кезеңде SLA бұзушылықтары болған жоқ."_s,
                u"No SLA breaches in the period."_s } },

        // 3. Feedback
        { u"s_feedback"_s, { u"Обратная связь клиента"_s, u"Клиенттің кері байланысы"_s, u"Client feedback"_s } },
        { u"liked"_s, { u"Понравилось"_s, u"Ұнады"_s, u"Liked"_s } },
        { u"not_liked"_s, { u"Не понравилось"_s, u"Ұнамады"_s, u"Not liked"_s } },
        { u"liked_share"_s, { u"Доля положительных оценок"_s, u"Оң бағалар үлесі"_s, u"Liked share"_s } },
        { u"date"_s, { u"Дата"_s, u"Күні"_s, u"Date"_s } },
        { u"kind"_s, { u"Вид"_s, u"Түрі"_s, u"Kind"_s } },
        { u"text"_s, { u"Отзыв"_s, u"Пікір"_s, u"Feedback"_s } },
        { u"fb_liked"_s, { u"понравилось"_s, u"ұнады"_s, u"liked"_s } },
        { u"fb_not_liked"_s, { u"не понравилось"_s, u"ұнамады"_s, u"not liked"_s } },
        { u"fb_complaint"_s, { u"жалоба"_s, u"шағым"_s, u"complaint"_s } },
        { u"fb_thanks"_s, { u"благодарность"_s, u"алғыс"_s, u"thanks"_s } },
        { u"fb_remark"_s, { u"замечание"_s, u"ескерту"_s, u"remark"_s } },
        { u"no_feedback"_s,
            { u"Отзывов за период не было."_s, u"Кезеңде пікірлер болған жоқ."_s, u"No feedback in the period."_s } },

        // 4. Hours
        { u"s_hours"_s, { u"Часы по тарифу"_s, u"Тариф бойынша сағаттар"_s, u"Tariff hours"_s } },
        { u"included_h"_s, { u"Включено, ч"_s, u"Тарифке кіреді, сағ"_s, u"Included, h"_s } },
        { u"rolled_h"_s, { u"Перенесено, ч"_s, u"Ауыстырылды, сағ"_s, u"Rolled over, h"_s } },
        { u"used_h"_s, { u"Использовано, ч"_s, u"Пайдаланылды, сағ"_s, u"Used, h"_s } },
        { u"remaining_h"_s, { u"Остаток, ч"_s, u"Қалдық, сағ"_s, u"Remaining, h"_s } },
        { u"unused_share"_s, { u"Не использовано"_s, u"Пайдаланылмаған үлес"_s, u"Unused share"_s } },
        { u"expired_h"_s, { u"Сгорело, ч"_s, u"Мерзімі өтті, сағ"_s, u"Expired, h"_s } },
        { u"overage"_s, { u"перерасход %1 ч"_s, u"тарифтен тыс %1 сағ"_s, u"overage %1 h"_s } },
        { u"no_hours"_s,
            { u"Тарифа с включёнными часами в периоде не было."_s, u"Кезеңде сағаттары кіретін тариф болған жоқ."_s,
                u"No tariff with included hours in the period."_s } },
        { u"hours_suggestion"_s,
            { u"Часть оплаченных часов остаётся неиспользованной несколько месяцев подряд. Предлагаем обсудить "
              "работы по развитию проекта или переход на тариф с меньшим объёмом часов."_s,
                u"Төленген сағаттардың бір бөлігі бірнеше ай қатарынан пайдаланылмай қалып отыр. Жобаны дамыту "
                "жұмыстарын немесе сағат көлемі азырақ тарифке көшуді талқылауды ұсынамыз."_s,
                u"Some of the paid hours have stayed unused for several months in a row. We suggest discussing "
                "development work on the project or a move to a tariff with fewer hours."_s } },

        // 5. Invoices and payments
        { u"s_billing"_s, { u"Счета и оплаты"_s, u"Шоттар мен төлемдер"_s, u"Invoices and payments"_s } },
        { u"invoices"_s, { u"Счета"_s, u"Шоттар"_s, u"Invoices"_s } },
        { u"number"_s, { u"Номер"_s, u"Нөмірі"_s, u"Number"_s } },
        { u"issued"_s, { u"Выставлен"_s, u"Берілген күні"_s, u"Issued"_s } },
        { u"due"_s, { u"Оплатить до"_s, u"Төлеу мерзімі"_s, u"Due"_s } },
        { u"total"_s, { u"Сумма"_s, u"Сомасы"_s, u"Total"_s } },
        { u"paid"_s, { u"Оплачено"_s, u"Төленді"_s, u"Paid"_s } },
        { u"status"_s, { u"Статус"_s, u"Мәртебесі"_s, u"Status"_s } },
        { u"st_draft"_s, { u"черновик"_s, u"нобай"_s, u"draft"_s } },
        { u"st_issued"_s, { u"выставлен"_s, u"берілді"_s, u"issued"_s } },
        { u"st_partially_paid"_s, { u"частично оплачен"_s, u"ішінара төленді"_s, u"partially paid"_s } },
        { u"st_paid"_s, { u"оплачен"_s, u"төленді"_s, u"paid"_s } },
        { u"st_cancelled"_s, { u"аннулирован"_s, u"күші жойылды"_s, u"cancelled"_s } },
        { u"inv_overdue"_s, { u"просрочен"_s, u"мерзімі өткен"_s, u"overdue"_s } },
        { u"no_invoices"_s,
            { u"Счетов за период не выставлялось."_s, u"Кезеңде шот берілген жоқ."_s,
                u"No invoices were issued in the period."_s } },
        { u"payments"_s, { u"Оплаты"_s, u"Төлемдер"_s, u"Payments"_s } },
        { u"paid_on"_s, { u"Дата оплаты"_s, u"Төлем күні"_s, u"Paid on"_s } },
        { u"invoice"_s, { u"Счёт"_s, u"Шот"_s, u"Invoice"_s } },
        { u"amount"_s, { u"Сумма"_s, u"Сомасы"_s, u"Amount"_s } },
        { u"no_payments"_s,
            { u"Оплат за период не поступало."_s, u"Кезеңде төлем түскен жоқ."_s,
                u"No payments were received in the period."_s } },
        { u"currency"_s, { u"Валюта"_s, u"Валюта"_s, u"Currency"_s } },
        { u"outstanding"_s, { u"Текущая задолженность"_s, u"Ағымдағы берешек"_s, u"Outstanding now"_s } },
        { u"of_which_overdue"_s,
            { u"В том числе просрочено"_s, u"Оның ішінде мерзімі өткен"_s, u"Of which overdue"_s } },
        { u"no_debt"_s, { u"Задолженности нет."_s, u"Берешек жоқ."_s, u"Nothing is outstanding."_s } },

        // 6. Obligations
        { u"s_obligations"_s, { u"Выполнение обязательств"_s, u"Міндеттемелердің орындалуы"_s, u"Obligations"_s } },
        { u"on_time"_s, { u"Выполнено в срок"_s, u"Мерзімінде орындалды"_s, u"Done on time"_s } },
        { u"late"_s,
            { u"С опозданием или просрочено"_s, u"Кешіктірілген немесе мерзімі өткен"_s, u"Late or overdue"_s } },
        { u"overdue"_s, { u"Из них просрочено"_s, u"Оның ішінде мерзімі өткен"_s, u"Of which overdue"_s } },
        { u"pending"_s, { u"Срок ещё не наступил"_s, u"Мерзімі әлі келмеген"_s, u"Not yet due"_s } },
        { u"on_time_rate"_s, { u"Доля выполненных в срок"_s, u"Мерзімінде орындалған үлесі"_s, u"On-time rate"_s } },
        { u"obligation"_s, { u"Обязательство"_s, u"Міндеттеме"_s, u"Obligation"_s } },
        { u"due_on"_s, { u"Срок"_s, u"Мерзімі"_s, u"Due"_s } },
        { u"done_on"_s, { u"Выполнено"_s, u"Орындалды"_s, u"Done"_s } },
        { u"state"_s, { u"Состояние"_s, u"Жағдайы"_s, u"State"_s } },
        { u"ob_on_time"_s, { u"в срок"_s, u"мерзімінде"_s, u"on time"_s } },
        { u"ob_late"_s, { u"с опозданием"_s, u"кешіктіріліп"_s, u"late"_s } },
        { u"ob_overdue"_s, { u"просрочено"_s, u"мерзімі өткен"_s, u"overdue"_s } },
        { u"ob_pending"_s, { u"ожидается"_s, u"күтілуде"_s, u"pending"_s } },
        { u"no_obligations"_s,
            { u"Обязательств со сроком в периоде не было."_s, u"Кезеңде мерзімі келген міндеттемелер болған жоқ."_s,
                u"No obligations fell due in the period."_s } },

        // 7. The previous review's plan
        { u"s_previous_plan"_s,
            { u"План исправления с прошлой встречи"_s, u"Өткен кездесудегі түзету жоспары"_s,
                u"Remediation plan from the previous review"_s } },
        { u"plan_agreed"_s,
            { u"План, согласованный на встрече %1"_s, u"%1 кездесуде келісілген жоспар"_s,
                u"Plan agreed at the review of %1"_s } },
        { u"item"_s, { u"Пункт"_s, u"Тармақ"_s, u"Item"_s } },
        { u"owner"_s, { u"Ответственный"_s, u"Жауапты"_s, u"Owner"_s } },
        { u"plan_done"_s, { u"выполнено"_s, u"орындалды"_s, u"done"_s } },
        { u"plan_open"_s, { u"в работе"_s, u"орындалуда"_s, u"open"_s } },
        { u"plan_overdue"_s, { u"просрочено"_s, u"мерзімі өткен"_s, u"overdue"_s } },
        { u"no_previous_review"_s,
            { u"Предыдущей встречи не было, план исправления не согласовывался."_s,
                u"Бұған дейін кездесу болмаған, түзету жоспары келісілмеген."_s,
                u"There was no earlier review, so no remediation plan was agreed."_s } },
        { u"no_plan_items"_s,
            { u"На прошлой встрече пунктов плана не записано."_s, u"Өткен кездесуде жоспар тармақтары жазылмаған."_s,
                u"No plan items were recorded at the previous review."_s } },

        // 8. The new plan
        { u"s_agenda"_s, { u"Новый план (повестка)"_s, u"Жаңа жоспар (күн тәртібі)"_s, u"New plan (agenda)"_s } },
        { u"notes"_s, { u"Заметки"_s, u"Жазбалар"_s, u"Notes"_s } },
    };
    return table;
}

constexpr int kAgendaRows = 6;
constexpr int kNoteLines = 5;
// 16 cm at the 96 dpi QTextDocument measures images in.
constexpr int kChartWidth = 605;

const QString kTable = u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"_s;
const QString kAlert = u"#fde2e2"_s;

class Words
{
public:
    explicit Words(const QString &language)
        : m_language(ReviewPackDocument::documentLanguage(language))
    {
    }

    const QString &language() const { return m_language; }
    QString operator()(const QString &key) const { return ReviewPackDocument::label(key, m_language); }
    // A translated key of a group ("st_" + "paid"), or the escaped key itself when unknown.
    QString keyed(const QString &prefix, const QString &key) const
    {
        return wordings().contains(prefix + key) ? (*this)(prefix + key) : key.toHtmlEscaped();
    }

private:
    QString m_language;
};

// Tenths as "3,5" (ru, kk) or "3.5" (en); whole numbers without decimals.
QString tenthsText(qint64 tenths, const QString &language)
{
    const bool negative = tenths < 0;
    const qint64 abs = negative ? -tenths : tenths;
    QString text = QString::number(abs / 10);
    if (abs % 10 != 0) {
        text += language == u"en"_s ? QChar(u'.') : QChar(u',');
        text += QString::number(abs % 10);
    }
    return negative ? u"−"_s + text : text;
}

QString decimalText(const std::optional<double> &value, const QString &language)
{
    return value ? tenthsText(qRound64(*value * 10.0), language) : u"—"_s;
}

QString percentOfTenths(qint64 tenths, const QString &language)
{
    const QString number = tenthsText(tenths, language);
    return language == u"en"_s ? QString(number + u'%') : QString(number + u"\u00a0%"_s);
}

// A share 0..1 as "87,5 %" / "87.5%"; "—" for none.
QString percentText(const std::optional<double> &share, const QString &language)
{
    return share ? percentOfTenths(qRound64(*share * 1000.0), language) : u"—"_s;
}

QString moneyText(const Money &money, const QString &language)
{
    return InvoiceDocument::formatAmount(money, language) + u'\u00a0' + money.currency().toHtmlEscaped();
}

QString hoursText(qint64 minutes, const QString &language)
{
    return InvoiceDocument::formatHours(minutes, language);
}

QString heading(int number, const QString &text)
{
    return u"<h2>%1. %2</h2>\n"_s.arg(QString::number(number), text);
}

QString paragraph(const QString &html)
{
    return u"<p>"_s + html + u"</p>\n"_s;
}

QString td(const QString &html)
{
    return u"<td>"_s + html + u"</td>"_s;
}

QString tdNum(const QString &html, bool alert = false)
{
    return u"<td align=\"right\""_s + (alert ? u" bgcolor=\"%1\""_s.arg(kAlert) : QString()) + u'>' + html + u"</td>"_s;
}

QString headerRow(const Words &w, const QStringList &keys)
{
    QString row = u"<tr>"_s;
    for (const QString &key : keys)
        row += u"<th>"_s + (key.isEmpty() ? QString() : w(key)) + u"</th>"_s;
    return row + u"</tr>\n"_s;
}

// "Label: value" rows of a borderless table.
QString factRow(const QString &label, const QString &valueHtml)
{
    return u"<tr><td><b>"_s + label + u":</b></td><td>"_s + valueHtml + u"</td></tr>\n"_s;
}

QString complianceText(const Compliance &c, const Words &w)
{
    if (c.decided() == 0)
        return u"—"_s;
    return percentText(c.share(), w.language()) + u" ("_s
        + w(u"of"_s).arg(QString::number(c.met), QString::number(c.decided())) + u')';
}

QString titleBlock(const ReviewPack &pack, const Words &w)
{
    const QString &lang = w.language();
    QString out = u"<h1>"_s + w(u"doc_title"_s).arg(pack.clientName.toHtmlEscaped()) + u"</h1>\n"_s;
    out += u"<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\">\n"_s;
    if (!pack.legalName.isEmpty())
        out += factRow(w(u"legal_name"_s), pack.legalName.toHtmlEscaped());
    out += factRow(w(u"period"_s),
        InvoiceDocument::formatDate(pack.from, lang) + u" – "_s + InvoiceDocument::formatDate(pack.to, lang));
    if (pack.review.isValid()) {
        QString review = InvoiceDocument::formatDate(pack.reviewDate, lang);
        if (!pack.reviewKind.isEmpty())
            review = w.keyed(u"kind_"_s, pack.reviewKind) + u", "_s + review;
        out += factRow(w(u"review"_s), review);
    }
    if (!pack.managerName.isEmpty())
        out += factRow(w(u"manager"_s), pack.managerName.toHtmlEscaped());
    if (!pack.providerName.isEmpty())
        out += factRow(w(u"provider"_s), pack.providerName.toHtmlEscaped());
    return out + u"</table>\n"_s;
}

QString ticketsSection(const ReviewPack &pack, const QString &chartUrl, const Words &w)
{
    const QString &lang = w.language();
    const TicketFigures &f = pack.dashboard.tickets;
    QString out = heading(1, w(u"s_tickets"_s));
    out += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"_s;
    out += u"<tr>"_s + td(w(u"created"_s)) + tdNum(QString::number(f.tickets.created)) + u"</tr>\n"_s;
    out += u"<tr>"_s + td(w(u"resolved"_s)) + tdNum(QString::number(f.tickets.resolved)) + u"</tr>\n"_s;
    out += u"<tr>"_s + td(w(u"open"_s)) + tdNum(QString::number(f.tickets.open)) + u"</tr>\n"_s;
    out += u"</table>\n<br>\n"_s;

    out += kTable + headerRow(w, { QString(), u"median_h"_s, u"p90_h"_s, u"compliance"_s });
    out += u"<tr>"_s + td(w(u"first_response"_s)) + tdNum(decimalText(f.firstResponse.medianHours, lang))
        + tdNum(decimalText(f.firstResponse.p90Hours, lang)) + tdNum(complianceText(f.responseCompliance, w))
        + u"</tr>\n"_s;
    out += u"<tr>"_s + td(w(u"resolution"_s)) + tdNum(decimalText(f.resolution.medianHours, lang))
        + tdNum(decimalText(f.resolution.p90Hours, lang)) + tdNum(complianceText(f.resolutionCompliance, w))
        + u"</tr>\n"_s;
    out += u"</table>\n"_s;

    out += u"<h3>"_s + w(u"trend"_s) + u"</h3>\n"_s;
    if (pack.dashboard.monthly.isEmpty())
        return out + paragraph(w(u"no_months"_s));
    if (!chartUrl.isEmpty())
        out += u"<p><img src=\"%1\" width=\"%2\"></p>\n"_s.arg(chartUrl.toHtmlEscaped(), QString::number(kChartWidth));
    out += kTable + headerRow(w, { u"month"_s, u"m_created"_s, u"m_resolved"_s, u"m_compliance"_s });
    for (const TrendFigures &month : pack.dashboard.monthly) {
        out += u"<tr>"_s + td(letterMonth(month.bucket.from, lang).toHtmlEscaped())
            + tdNum(QString::number(month.figures.tickets.created))
            + tdNum(QString::number(month.figures.tickets.resolved))
            + tdNum(complianceText(month.figures.resolutionCompliance, w)) + u"</tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

QString breachesSection(const ReviewPack &pack, const Words &w)
{
    const QString &lang = w.language();
    QString out = heading(2, w(u"s_breaches"_s));
    if (pack.breaches.isEmpty())
        return out + paragraph(w(u"no_breaches"_s));
    out += kTable
        + headerRow(w, { u"ticket"_s, u"subject"_s, u"priority"_s, u"target"_s, u"target_h"_s, u"actual_h"_s });
    for (const ReviewPackBreach &b : pack.breaches) {
        out += u"<tr>"_s + td(u"#"_s + QString::number(b.ticketId)) + td(b.subject.toHtmlEscaped())
            + td(w.keyed(u"priority_"_s, b.priority)) + td(w.keyed(u"target_"_s, b.target))
            + tdNum(decimalText(b.targetHours, lang)) + tdNum(decimalText(b.actualHours, lang), true) + u"</tr>\n"_s;
        QString notes;
        if (!b.explanation.isEmpty()) {
            notes += u"<b>"_s + w(u"sla_timeline"_s) + u":</b>"_s;
            for (const QString &line : b.explanation)
                notes += u"<br>"_s + line.toHtmlEscaped();
            notes += u"<br>"_s;
        }
        notes += u"<b>"_s + w(u"done_what"_s) + u":</b> "_s
            + (b.done.isEmpty() ? w(u"done_none"_s) : b.done.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        out += u"<tr><td colspan=\"6\" class=\"note\">"_s + notes + u"</td></tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

QString feedbackSection(const ReviewPack &pack, const Words &w)
{
    const QString &lang = w.language();
    const FeedbackFigures &f = pack.dashboard.feedback;
    QString out = heading(3, w(u"s_feedback"_s));
    out += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"_s;
    out += u"<tr>"_s + td(w(u"liked"_s)) + tdNum(QString::number(f.liked)) + u"</tr>\n"_s;
    out += u"<tr>"_s + td(w(u"not_liked"_s)) + tdNum(QString::number(f.notLiked), f.notLiked > 0) + u"</tr>\n"_s;
    out += u"<tr>"_s + td(w(u"liked_share"_s)) + tdNum(percentText(f.likedShare(), lang)) + u"</tr>\n"_s;
    out += u"</table>\n<br>\n"_s;
    if (pack.feedback.isEmpty())
        return out + paragraph(w(u"no_feedback"_s));
    out += kTable + headerRow(w, { u"date"_s, u"kind"_s, u"text"_s, u"ticket"_s });
    for (const ReviewPackFeedback &e : pack.feedback) {
        const bool negative = e.kind == u"not_liked"_s || e.kind == u"complaint"_s;
        out += u"<tr>"_s + td(InvoiceDocument::formatDate(e.on, lang))
            + (negative ? u"<td bgcolor=\"%1\">"_s.arg(kAlert) : u"<td>"_s) + w.keyed(u"fb_"_s, e.kind) + u"</td>"_s
            + td(e.text.toHtmlEscaped().replace(u'\n', u"<br>"_s))
            + td(e.ticketId > 0 ? u"#"_s + QString::number(e.ticketId) : u"—"_s) + u"</tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

QString hoursSection(const ReviewPack &pack, const Words &w)
{
    const QString &lang = w.language();
    QString out = heading(4, w(u"s_hours"_s));
    if (pack.hours.isEmpty()) {
        out += paragraph(w(u"no_hours"_s));
    } else {
        out += kTable
            + headerRow(w,
                { u"month"_s, u"included_h"_s, u"rolled_h"_s, u"used_h"_s, u"remaining_h"_s, u"unused_share"_s,
                    u"expired_h"_s });
        for (const UnusedHoursRow &row : pack.hours) {
            // A month without tariff hours (no contract that month) has no
            // balance to speak of: its work is not overage of a tariff.
            const bool covered = row.balance().availableMinutes() > 0;
            const int remaining = covered ? row.balance().remainingMinutes() : 0;
            const QString remainingText = !covered ? u"—"_s
                : remaining < 0                    ? w(u"overage"_s).arg(hoursText(-remaining, lang))
                                                   : hoursText(remaining, lang);
            out += u"<tr>"_s + td(letterMonth(row.month, lang).toHtmlEscaped())
                + tdNum(hoursText(row.includedMinutes, lang)) + tdNum(hoursText(row.rolloverAvailableMinutes, lang))
                + tdNum(hoursText(row.usedMinutes, lang)) + tdNum(remainingText, remaining < 0)
                + tdNum(percentOfTenths(divideRounded(row.unusedShareBp, 10), lang))
                + tdNum(hoursText(row.rolloverExpiredMinutes, lang), row.rolloverExpiredMinutes > 0) + u"</tr>\n"_s;
        }
        out += u"</table>\n"_s;
    }
    if (pack.hoursSuggestion) {
        out += u"<br>\n<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
               "<td bgcolor=\"#fff2cc\"><b>"_s
            + w(u"hours_suggestion"_s) + u"</b></td></tr></table>\n"_s;
    }
    return out;
}

QString billingSection(const ReviewPack &pack, const Words &w)
{
    const QString &lang = w.language();
    QString out = heading(5, w(u"s_billing"_s));
    out += u"<h3>"_s + w(u"invoices"_s) + u"</h3>\n"_s;
    if (pack.invoices.isEmpty()) {
        out += paragraph(w(u"no_invoices"_s));
    } else {
        out += kTable + headerRow(w, { u"number"_s, u"issued"_s, u"due"_s, u"total"_s, u"paid"_s, u"status"_s });
        for (const ReviewPackInvoice &i : pack.invoices) {
            QString status = w.keyed(u"st_"_s, i.status);
            if (i.overdue)
                status += u", <b>"_s + w(u"inv_overdue"_s) + u"</b>"_s;
            out += u"<tr>"_s + td(i.number.isEmpty() ? u"—"_s : i.number.toHtmlEscaped())
                + td(InvoiceDocument::formatDate(i.issuedOn, lang))
                + (i.overdue ? u"<td bgcolor=\"%1\">"_s.arg(kAlert) : u"<td>"_s)
                + InvoiceDocument::formatDate(i.dueOn, lang) + u"</td>"_s + tdNum(moneyText(i.total, lang))
                + tdNum(moneyText(i.paid, lang)) + (i.overdue ? u"<td bgcolor=\"%1\">"_s.arg(kAlert) : u"<td>"_s)
                + status + u"</td></tr>\n"_s;
        }
        out += u"</table>\n"_s;
    }

    out += u"<h3>"_s + w(u"payments"_s) + u"</h3>\n"_s;
    if (pack.payments.isEmpty()) {
        out += paragraph(w(u"no_payments"_s));
    } else {
        out += kTable + headerRow(w, { u"paid_on"_s, u"invoice"_s, u"amount"_s });
        for (const ReviewPackPayment &p : pack.payments) {
            out += u"<tr>"_s + td(InvoiceDocument::formatDate(p.paidOn, lang))
                + td(p.invoiceNumber.isEmpty() ? u"—"_s : p.invoiceNumber.toHtmlEscaped())
                + tdNum(moneyText(p.amount, lang)) + u"</tr>\n"_s;
        }
        out += u"</table>\n"_s;
    }

    out += u"<h3>"_s + w(u"outstanding"_s) + u"</h3>\n"_s;
    QString rows;
    for (const ReceivablesFigures &r : pack.receivables) {
        if (r.outstandingMinor == 0 && r.overdueMinor == 0)
            continue;
        rows += u"<tr>"_s + td(r.currency.toHtmlEscaped())
            + tdNum(moneyText(Money(r.outstandingMinor, r.currency), lang))
            + tdNum(moneyText(Money(r.overdueMinor, r.currency), lang), r.overdueMinor > 0) + u"</tr>\n"_s;
    }
    if (rows.isEmpty())
        return out + paragraph(w(u"no_debt"_s));
    return out + kTable + headerRow(w, { u"currency"_s, u"outstanding"_s, u"of_which_overdue"_s }) + rows
        + u"</table>\n"_s;
}

QString obligationsSection(const ReviewPack &pack, const Words &w)
{
    const QString &lang = w.language();
    const OnTimeStats &s = pack.dashboard.obligations;
    QString out = heading(6, w(u"s_obligations"_s));
    out += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"_s;
    out += u"<tr>"_s + td(w(u"on_time"_s)) + tdNum(QString::number(s.onTime)) + u"</tr>\n"_s;
    out += u"<tr>"_s + td(w(u"late"_s)) + tdNum(QString::number(s.late()), s.late() > 0) + u"</tr>\n"_s;
    out += u"<tr>"_s + td(w(u"overdue"_s)) + tdNum(QString::number(s.overdue), s.overdue > 0) + u"</tr>\n"_s;
    out += u"<tr>"_s + td(w(u"pending"_s)) + tdNum(QString::number(s.pending)) + u"</tr>\n"_s;
    out += u"<tr>"_s + td(w(u"on_time_rate"_s)) + tdNum(percentText(s.rate(), lang)) + u"</tr>\n"_s;
    out += u"</table>\n<br>\n"_s;
    if (pack.obligations.isEmpty())
        return out + paragraph(w(u"no_obligations"_s));
    out += kTable + headerRow(w, { u"obligation"_s, u"due_on"_s, u"done_on"_s, u"state"_s });
    for (const ReviewPackObligation &o : pack.obligations) {
        const bool bad = o.state == u"late"_s || o.state == u"overdue"_s;
        out += u"<tr>"_s + td(o.title.toHtmlEscaped()) + td(InvoiceDocument::formatDate(o.dueOn, lang))
            + td(InvoiceDocument::formatDate(o.doneOn, lang)) + (bad ? u"<td bgcolor=\"%1\">"_s.arg(kAlert) : u"<td>"_s)
            + w.keyed(u"ob_"_s, o.state) + u"</td></tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

QString previousPlanSection(const ReviewPack &pack, const Words &w)
{
    const QString &lang = w.language();
    QString out = heading(7, w(u"s_previous_plan"_s));
    if (!pack.previousReviewOn.isValid())
        return out + paragraph(w(u"no_previous_review"_s));
    out += paragraph(w(u"plan_agreed"_s).arg(InvoiceDocument::formatDate(pack.previousReviewOn, lang)));
    if (pack.previousPlan.isEmpty())
        return out + paragraph(w(u"no_plan_items"_s));
    out += kTable + headerRow(w, { u"item"_s, u"owner"_s, u"due_on"_s, u"state"_s });
    for (const ReviewPackPlanItem &item : pack.previousPlan) {
        QString state = w.keyed(u"plan_"_s, item.state);
        if (item.state == u"done"_s && item.doneOn.isValid())
            state += u" "_s + InvoiceDocument::formatDate(item.doneOn, lang);
        out += u"<tr>"_s + td(item.title.toHtmlEscaped())
            + td(item.owner.isEmpty() ? u"—"_s : item.owner.toHtmlEscaped())
            + td(InvoiceDocument::formatDate(item.dueOn, lang))
            + (item.state == u"overdue"_s ? u"<td bgcolor=\"%1\">"_s.arg(kAlert) : u"<td>"_s) + state
            + u"</td></tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

QString agendaSection(const Words &w)
{
    QString out = heading(8, w(u"s_agenda"_s));
    out += u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\">\n"_s;
    out += u"<tr><th width=\"5%\">№</th><th width=\"55%\">"_s + w(u"item"_s) + u"</th><th width=\"25%\">"_s
        + w(u"owner"_s) + u"</th><th width=\"15%\">"_s + w(u"due_on"_s) + u"</th></tr>\n"_s;
    for (int i = 1; i <= kAgendaRows; ++i)
        out += u"<tr><td>%1</td><td>&nbsp;<br>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>\n"_s.arg(i);
    out += u"</table>\n"_s;
    out += u"<h3>"_s + w(u"notes"_s) + u"</h3>\n"_s;
    const QString line = QString(90, u'_');
    for (int i = 0; i < kNoteLines; ++i)
        out += u"<p class=\"line\">"_s + line + u"</p>\n"_s;
    return out;
}

} // namespace

QString ReviewPackDocument::documentLanguage(const QString &language)
{
    return language == u"kk"_s || language == u"en"_s ? language : u"ru"_s;
}

QString ReviewPackDocument::label(const QString &key, const QString &language)
{
    const auto it = wordings().constFind(key);
    Q_ASSERT_X(it != wordings().constEnd(), "ReviewPackDocument::label", "a key missing from the wording table");
    if (it == wordings().constEnd())
        return key;
    const QString lang = documentLanguage(language);
    return lang == u"kk"_s ? it->kk : lang == u"en"_s ? it->en : it->ru;
}

QString ReviewPackDocument::title(const ReviewPack &pack)
{
    const QString lang = documentLanguage(pack.language);
    return label(u"pack_title"_s, lang)
        .arg(pack.clientName, InvoiceDocument::formatDate(pack.from, lang), InvoiceDocument::formatDate(pack.to, lang));
}

QString ReviewPackDocument::html(const ReviewPack &pack, const QString &chartUrl)
{
    const Words w(pack.language);
    QString out = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"_s.arg(
        w.language(), title(pack).toHtmlEscaped());
    out += u"<style>\n"
           "body { font-family: 'DejaVu Sans'; font-size: 9pt; }\n"
           "h1 { font-size: 15pt; margin-top: 0pt; margin-bottom: 6pt; }\n"
           "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }\n"
           "h3 { font-size: 10pt; margin-top: 8pt; margin-bottom: 3pt; }\n"
           "p { margin-top: 2pt; margin-bottom: 2pt; }\n"
           "p.line { margin-top: 10pt; color: #808080; }\n"
           "table.grid { border-collapse: collapse; }\n"
           "table.grid th { background-color: #e8e8e8; font-size: 8pt; }\n"
           "td.note { font-size: 8pt; color: #333333; }\n"
           "</style>\n</head>\n<body>\n"_s;
    out += titleBlock(pack, w);
    out += ticketsSection(pack, chartUrl, w);
    out += breachesSection(pack, w);
    out += feedbackSection(pack, w);
    out += hoursSection(pack, w);
    out += billingSection(pack, w);
    out += obligationsSection(pack, w);
    out += previousPlanSection(pack, w);
    out += agendaSection(w);
    out += u"</body>\n</html>\n"_s;
    return out;
}

} // namespace rapport
