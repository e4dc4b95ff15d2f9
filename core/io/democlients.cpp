#include "democlients.h"

#include "demonames.h"
#include "domain/clock.h"
#include "domain/taxid.h"
#include "storage/clientrepository.h"
#include "storage/timeline.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

template<typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(qsizetype(rng.bounded(quint32(list.size()))));
}

const QStringList kKzCities{u"Алматы"_s, u"Астана"_s, u"Шымкент"_s, u"Караганда"_s, u"Актобе"_s, u"Атырау"_s,
                            u"Павлодар"_s, u"Усть-Каменогорск"_s};
const QStringList kRuCities{u"Москва"_s, u"Санкт-Петербург"_s, u"Новосибирск"_s, u"Екатеринбург"_s, u"Казань"_s,
                            u"Омск"_s};
const QStringList kStreets{u"ул. Абая"_s, u"пр. Достык"_s, u"ул. Толе би"_s, u"ул. Ленина"_s, u"пр. Мира"_s,
                           u"ул. Кабанбай батыра"_s, u"ул. Садовая"_s, u"ул. Гагарина"_s};
const QStringList kRoles{u"Директор"_s, u"Главный бухгалтер"_s, u"Офис-менеджер"_s, u"Руководитель IT"_s,
                         u"Финансовый директор"_s, u"HR-менеджер"_s};
const QStringList kConditions{
    u"Выезд специалиста в офис клиента — до двух раз в месяц без доплаты"_s,
    u"Отчёт о выполненных работах — до 3-го рабочего дня следующего месяца"_s,
    u"Срочные заявки в выходные принимаются по телефону дежурного"_s,
    u"Скидка 10 % на абонентскую плату первые три месяца"_s,
    u"Закрывающие документы — только оригиналы, доставка курьером"_s,
    u"Работы сверх тарифа — не более 10 часов в месяц без письменного согласования"_s,
    u"Расчётные листы сотрудникам — до 5-го числа на их личную почту"_s,
    u"Ежеквартальная встреча с директором лично, не онлайн"_s};
const QStringList kNotes{u"Клиент просит присылать счета в начале месяца"_s,
                         u"Директор в отпуске до конца месяца, вопросы через бухгалтера"_s,
                         u"Планируют расширение штата — обсудить новый тариф"_s,
                         u"Напомнить о продлении договора за месяц"_s};
const QStringList kCalls{u"Обсудили график закрытия месяца"_s, u"Уточнили реквизиты для счёта"_s,
                         u"Клиент доволен скоростью ответа, просит отчёт раз в неделю"_s,
                         u"Согласовали перенос встречи на следующую неделю"_s};

// A BIN of a legal entity (YYMM of registration, 4 = resident legal entity,
// then a serial) with its check digit; serials whose BIN cannot have one
// are skipped.
QString makeBin(QRandomGenerator &rng, int &serial)
{
    const QString prefix = u"%1%2"_s.arg(rng.bounded(5, 25), 2, 10, QLatin1Char('0'))
                               .arg(rng.bounded(1, 13), 2, 10, QLatin1Char('0'))
        + u"40"_s;
    for (;;) {
        const QString eleven = prefix + u"%1"_s.arg(serial++ % 100000, 5, 10, QLatin1Char('0'));
        if (const int check = kzCheckDigit(eleven); check >= 0)
            return eleven + QString::number(check);
    }
}

// A Russian organisation's INN: region, tax office, serial, check digit.
QString makeInn(QRandomGenerator &rng, int &serial)
{
    static const QStringList regions{u"77"_s, u"78"_s, u"50"_s, u"54"_s, u"66"_s, u"16"_s};
    const QString nine = pick(rng, regions) + u"%1"_s.arg(rng.bounded(1, 40), 2, 10, QLatin1Char('0'))
        + u"%1"_s.arg(serial++ % 100000, 5, 10, QLatin1Char('0'));
    return nine + QString::number(ruCheckDigit(nine));
}

ClientStatus pickStatus(QRandomGenerator &rng)
{
    const int r = int(rng.bounded(100));
    if (r < 80)
        return ClientStatus::Active;
    if (r < 90)
        return ClientStatus::Onboarding;
    if (r < 95)
        return ClientStatus::Suspended;
    return r < 97 ? ClientStatus::Blocked : ClientStatus::Churned;
}

} // namespace

Result<DemoClients::Counts> DemoClients::generate(QRandomGenerator &rng, int count,
                                                  const std::function<void(int, int)> &progress,
                                                  const std::atomic_bool *cancel)
{
    QList<User> managers;
    QList<User> sales;
    for (const User &u : UserRepository(m_db).all()) {
        if (u.role == Role::AccountManager)
            managers << u;
        else if (u.role == Role::Sales)
            sales << u;
    }
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    ClientRepository repo(m_db);
    Timeline timeline(m_db);
    ClientQuery everyone;
    everyone.includeArchived = true;
    // Serials continue after the clients already there, so that a second
    // demo run gets new tax ids.
    int serial = repo.count(everyone) + 1;
    const QDate today = Clock::nowUtc().date();
    const qint64 now = Clock::nowSecs();
    Counts counts;
    for (int i = 0; i < count; ++i) {
        if (cancel && cancel->load())
            return fail(QCoreApplication::translate("DemoGenerator", "Cancelled; nothing was added."));
        const bool kazakh = rng.bounded(100) < 60;
        Client c;
        c.legalName = demo::companyName(rng, kazakh);
        c.shortName = c.legalName.section(u'«', 1).section(u'»', 0, 0);
        c.taxCountry = kazakh ? TaxCountry::KZ : TaxCountry::RU;
        c.taxId = kazakh ? makeBin(rng, serial) : makeInn(rng, serial);
        c.address = u"%1, %2, %3"_s.arg(pick(rng, kazakh ? kKzCities : kRuCities), pick(rng, kStreets))
                        .arg(rng.bounded(1, 200));
        c.status = pickStatus(rng);
        const int lang = int(rng.bounded(100));
        c.language = kazakh ? (lang < 70 ? u"ru"_s : lang < 95 ? u"kk"_s : u"en"_s) : (lang < 95 ? u"ru"_s : u"en"_s);
        if (!managers.isEmpty())
            c.accountManagerId = managers.at(i % managers.size()).id;
        const User *seller = sales.isEmpty() ? nullptr : &pick(rng, sales);
        if (seller)
            c.salesOwnerId = seller->id;
        const bool fresh = c.status == ClientStatus::Onboarding;
        c.contractSignedOn = today.addDays(-qint64(rng.bounded(fresh ? 30 : 1000)) - 5);
        c.contractStart = c.contractSignedOn.addDays(rng.bounded(0, 15));
        if (rng.bounded(3) > 0)
            c.contractEnd = c.contractStart.addYears(1 + int(rng.bounded(2))).addDays(-1);
        if (!fresh || rng.bounded(2) == 0)
            c.contractNumber = kazakh ? u"Д-%1/%2"_s.arg(c.contractSignedOn.year()).arg(i + 1, 4, 10, QLatin1Char('0'))
                                      : u"%1-АО/%2"_s.arg(i + 1).arg(c.contractSignedOn.year() % 100);
        if (!fresh || rng.bounded(3) == 0) {
            Tariff t;
            const QString currency = kazakh ? u"KZT"_s : u"RUB"_s;
            const qint64 fee = kazakh ? 150000 + 10000 * rng.bounded(136) : 30000 + 5000 * rng.bounded(55);
            const qint64 rate = kazakh ? 8000 + 500 * rng.bounded(25) : 1500 + 100 * rng.bounded(26);
            t.monthlyFee = Money(fee * 100, currency);
            t.overageRate = Money(rate * 100, currency);
            t.includedMinutes = int(10 + 5 * rng.bounded(15)) * 60;
            t.vatRateBp = kazakh ? 1200 : 2000;
            t.paymentTermsDays = QList<int>{5, 10, 10, 15, 30}.at(rng.bounded(5));
            t.rolloverMonths = rng.bounded(4) == 0 ? int(rng.bounded(1, 4)) : 0;
            c.tariff = t;
        }
        const QString domain = demo::transliterate(c.shortName.section(u' ', 0, 0)) + u'-'
            + QString::number(serial) + (kazakh ? u".kz"_s : u".ru"_s);
        const int contacts = int(rng.bounded(1, 4));
        for (int k = 0; k < contacts; ++k) {
            const demo::PersonName name = demo::personName(rng);
            Contact contact;
            contact.name = name.full();
            contact.role = pick(rng, kRoles);
            if (rng.bounded(6) > 0)
                contact.email = demo::transliterate(name.first) + u'.' + demo::transliterate(name.last) + u'@' + domain;
            static const QList<int> kzMobile{701, 702, 705, 707, 708, 747, 771, 775, 777, 778};
            contact.phone = u"+7 %1 %2 %3 %4"_s.arg(kazakh ? pick(rng, kzMobile) : 900 + int(rng.bounded(100)))
                                .arg(rng.bounded(100, 1000))
                                .arg(rng.bounded(10, 100))
                                .arg(rng.bounded(10, 100));
            contact.preferredChannel = QList<ContactChannel>{ContactChannel::Email, ContactChannel::Email,
                                                             ContactChannel::Phone, ContactChannel::Messenger}
                                           .at(rng.bounded(4));
            contact.language = k == 0 ? c.language : pick(rng, QList<QString>{u"ru"_s, u"kk"_s, u"en"_s});
            if (!kazakh && contact.language == u"kk"_s)
                contact.language = u"ru"_s;
            c.contacts << contact;
        }
        const int conditions = int(rng.bounded(3));
        for (int k = 0; k < conditions; ++k) {
            SpecialCondition condition;
            condition.text = kConditions.at((i + k * 3) % kConditions.size());
            condition.agreedBy = seller ? seller->name : QString();
            condition.agreedOn = c.contractSignedOn.addDays(-qint64(rng.bounded(1, 10)));
            c.conditions << condition;
        }
        c.documents << ClientDocument{0, u"Договор %1"_s.arg(c.contractNumber).trimmed(),
                                      u"https://docs.rapport.demo/clients/%1/contract.pdf"_s.arg(c.taxId)};
        if (rng.bounded(2) == 0)
            c.documents << ClientDocument{0, u"Папка клиента"_s,
                                          u"\\\\fs01\\Clients\\%1"_s.arg(demo::transliterate(c.shortName))};
        // A tax id taken by an imported client: the card is refused before
        // anything is written, so try the next serial.
        auto added = repo.add(c);
        for (int attempt = 0; !added && attempt < 20 && repo.byTaxId(c.taxCountry, c.taxId); ++attempt) {
            c.taxId = kazakh ? makeBin(rng, serial) : makeInn(rng, serial);
            added = repo.add(c);
        }
        if (!added)
            return fail(added.error());
        ++counts.clients;
        counts.contacts += int(c.contacts.size());
        counts.conditions += int(c.conditions.size());
        counts.documents += int(c.documents.size());
        ++counts.events;
        const int events = int(rng.bounded(4));
        for (int k = 0; k < events; ++k) {
            const qint64 at = now - qint64(rng.bounded(1, 90 * 24)) * 3600;
            Status s = rng.bounded(2) == 0 ? timeline.logCall(added->id, u"phone"_s, pick(rng, kCalls), at)
                                           : timeline.add(added->id, {at, u"note"_s, pick(rng, kNotes), {}, {}, {}, 0});
            if (!s)
                return fail(s.error());
            ++counts.events;
        }
        if (progress)
            progress(i + 1, count);
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return counts;
}

} // namespace rapport
