#include "demonames.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace rapport::demo {

namespace {

template<typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

const QStringList kMaleFirst{u"Алексей"_s, u"Дмитрий"_s, u"Сергей"_s, u"Андрей"_s, u"Иван"_s, u"Михаил"_s,
                             u"Ерлан"_s, u"Асхат"_s, u"Нурлан"_s, u"Данияр"_s, u"Арман"_s, u"Бауыржан"_s,
                             u"Ержан"_s, u"Тимур"_s, u"Павел"_s, u"Максим"_s};
const QStringList kFemaleFirst{u"Анна"_s, u"Екатерина"_s, u"Ольга"_s, u"Мария"_s, u"Наталья"_s, u"Елена"_s,
                               u"Айгерим"_s, u"Динара"_s, u"Жанар"_s, u"Гульнара"_s, u"Асель"_s, u"Мадина"_s,
                               u"Сауле"_s, u"Камила"_s, u"Алия"_s, u"Ирина"_s};
const QStringList kMaleLast{u"Иванов"_s, u"Смирнов"_s, u"Кузнецов"_s, u"Попов"_s, u"Соколов"_s, u"Лебедев"_s,
                            u"Нурпеисов"_s, u"Сагинтаев"_s, u"Жумабаев"_s, u"Абенов"_s, u"Касымов"_s,
                            u"Оспанов"_s, u"Ахметов"_s, u"Мусин"_s, u"Волков"_s, u"Морозов"_s};
const QStringList kCompanyWords{u"Алтын"_s, u"Дала"_s, u"Северный"_s, u"Ветер"_s, u"Восток"_s, u"Капитал"_s,
                                u"Степь"_s, u"Арман"_s, u"Береке"_s, u"Сапа"_s, u"Нур"_s, u"Астана"_s,
                                u"Тулпар"_s, u"Самрук"_s, u"Бизнес"_s, u"Логистик"_s, u"Строй"_s, u"Трейд"_s,
                                u"Инвест"_s, u"Медиа"_s, u"Агро"_s, u"Фарм"_s, u"Сервис"_s, u"Технолоджи"_s};

} // namespace

PersonName personName(QRandomGenerator &rng)
{
    const bool female = rng.bounded(2) == 1;
    PersonName n;
    n.first = female ? pick(rng, kFemaleFirst) : pick(rng, kMaleFirst);
    n.last = pick(rng, kMaleLast);
    if (female)
        n.last += u'а';
    return n;
}

QString companyName(QRandomGenerator &rng, bool kazakh)
{
    const QString form = kazakh ? (rng.bounded(4) == 0 ? u"АО"_s : u"ТОО"_s) : (rng.bounded(4) == 0 ? u"АО"_s : u"ООО"_s);
    QString name = pick(rng, kCompanyWords);
    QString second = pick(rng, kCompanyWords);
    while (second == name)
        second = pick(rng, kCompanyWords);
    name += u' ' + second;
    return form + u" «"_s + name + u'»';
}

QString transliterate(const QString &cyrillic)
{
    static const QHash<QChar, QString> map{
        {u'а', u"a"_s}, {u'б', u"b"_s}, {u'в', u"v"_s}, {u'г', u"g"_s}, {u'д', u"d"_s}, {u'е', u"e"_s},
        {u'ё', u"e"_s}, {u'ж', u"zh"_s}, {u'з', u"z"_s}, {u'и', u"i"_s}, {u'й', u"i"_s}, {u'к', u"k"_s},
        {u'л', u"l"_s}, {u'м', u"m"_s}, {u'н', u"n"_s}, {u'о', u"o"_s}, {u'п', u"p"_s}, {u'р', u"r"_s},
        {u'с', u"s"_s}, {u'т', u"t"_s}, {u'у', u"u"_s}, {u'ф', u"f"_s}, {u'х', u"kh"_s}, {u'ц', u"ts"_s},
        {u'ч', u"ch"_s}, {u'ш', u"sh"_s}, {u'щ', u"sch"_s}, {u'ъ', QString()}, {u'ы', u"y"_s}, {u'ь', QString()},
        {u'э', u"e"_s}, {u'ю', u"yu"_s}, {u'я', u"ya"_s}, {u'ә', u"a"_s}, {u'ғ', u"g"_s}, {u'қ', u"k"_s},
        {u'ң', u"n"_s}, {u'ө', u"o"_s}, {u'ұ', u"u"_s}, {u'ү', u"u"_s}, {u'һ', u"h"_s}, {u'і', u"i"_s}};
    QString out;
    for (QChar c : cyrillic.toLower()) {
        const auto it = map.constFind(c);
        if (it != map.constEnd())
            out += *it;
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    }
    return out;
}

} // namespace rapport::demo
