#include "amountinwords.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr qint64 Limit = 1'000'000'000'000; // words up to 999 999 999 999

enum class Form { One, Few, Many };

// Russian noun form after a number: 1, 21 → one; 2–4, 22–24 → few; else many.
Form russianForm(qint64 n)
{
    const qint64 lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 14)
        return Form::Many;
    switch (n % 10) {
    case 1: return Form::One;
    case 2:
    case 3:
    case 4: return Form::Few;
    default: return Form::Many;
    }
}

struct Noun
{
    QString one, few, many;
    QString forNumber(qint64 n, const QString &language) const
    {
        if (language == u"ru")
            return russianForm(n) == Form::One ? one : (russianForm(n) == Form::Few ? few : many);
        if (language == u"en")
            return n == 1 ? one : many;
        return one; // Kazakh: the noun stays singular after a numeral
    }
};

// Words of 1–999 in Russian; `feminine` for одна/две.
QStringList russianTriad(int n, bool feminine)
{
    static const std::array<const char16_t *, 10> hundreds = { u"", u"сто", u"двести", u"триста", u"четыреста",
        u"пятьсот", u"шестьсот", u"семьсот", u"восемьсот", u"девятьсот" };
    static const std::array<const char16_t *, 10> tens = { u"", u"", u"двадцать", u"тридцать", u"сорок", u"пятьдесят",
        u"шестьдесят", u"семьдесят", u"восемьдесят", u"девяносто" };
    static const std::array<const char16_t *, 10> teens = { u"десять", u"одиннадцать", u"двенадцать", u"тринадцать",
        u"четырнадцать", u"пятнадцать", u"шестнадцать", u"семнадцать", u"восемнадцать", u"девятнадцать" };
    static const std::array<const char16_t *, 10> units
        = { u"", u"один", u"два", u"три", u"четыре", u"пять", u"шесть", u"семь", u"восемь", u"девять" };
    QStringList w;
    if (n / 100)
        w << QString::fromUtf16(hundreds[n / 100]);
    const int rest = n % 100;
    if (rest >= 10 && rest < 20) {
        w << QString::fromUtf16(teens[rest - 10]);
        return w;
    }
    if (rest / 10)
        w << QString::fromUtf16(tens[rest / 10]);
    const int u = rest % 10;
    if (u == 1 && feminine)
        w << u"одна"_s;
    else if (u == 2 && feminine)
        w << u"две"_s;
    else if (u)
        w << QString::fromUtf16(units[u]);
    return w;
}

QStringList kazakhTriad(int n)
{
    static const std::array<const char16_t *, 10> tens
        = { u"", u"он", u"жиырма", u"отыз", u"қырық", u"елу", u"алпыс", u"жетпіс", u"сексен", u"тоқсан" };
    static const std::array<const char16_t *, 10> units
        = { u"", u"бір", u"екі", u"үш", u"төрт", u"бес", u"алты", u"жеті", u"сегіз", u"тоғыз" };
    QStringList w;
    if (const int h = n / 100) {
        if (h > 1)
            w << QString::fromUtf16(units[h]);
        w << u"жүз"_s;
    }
    if (const int t = n % 100 / 10)
        w << QString::fromUtf16(tens[t]);
    if (const int u = n % 10)
        w << QString::fromUtf16(units[u]);
    return w;
}

QStringList englishTriad(int n)
{
    static const std::array<const char *, 20> small
        = { "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
    static const std::array<const char *, 10> tens
        = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
    QStringList w;
    if (n / 100)
        w << QLatin1StringView(small[n / 100]) + u" hundred"_s;
    const int rest = n % 100;
    if (rest >= 20) {
        QString t = QLatin1StringView(tens[rest / 10]);
        if (rest % 10)
            t += u'-' + QLatin1StringView(small[rest % 10]);
        w << t;
    } else if (rest > 0) {
        w << QLatin1StringView(small[rest]);
    }
    return w;
}

QString numberWords(qint64 number, const QString &language, bool feminine)
{
    if (number == 0)
        return language == u"ru" ? u"ноль"_s : (language == u"kk" ? u"нөл"_s : u"zero"_s);
    // Scales from the billions down; Russian тысяча is feminine.
    struct Scale
    {
        qint64 size;
        Noun ru;
        const char16_t *kk;
        const char *en;
        bool ruFeminine;
    };
    static const std::array<Scale, 3> scales = { {
        { 1'000'000'000, { u"миллиард"_s, u"миллиарда"_s, u"миллиардов"_s }, u"миллиард", "billion", false },
        { 1'000'000, { u"миллион"_s, u"миллиона"_s, u"миллионов"_s }, u"миллион", "million", false },
        { 1'000, { u"тысяча"_s, u"тысячи"_s, u"тысяч"_s }, u"мың", "thousand", true },
    } };
    QStringList words;
    qint64 rest = number;
    const auto triad = [&](int n, bool fem) {
        if (language == u"ru")
            return russianTriad(n, fem);
        if (language == u"kk")
            return kazakhTriad(n);
        return englishTriad(n);
    };
    for (const Scale &s : scales) {
        const int group = int(rest / s.size);
        rest %= s.size;
        if (group == 0)
            continue;
        words << triad(group, s.ruFeminine);
        if (language == u"ru")
            words << s.ru.forNumber(group, language);
        else if (language == u"kk")
            words << QString::fromUtf16(s.kk);
        else
            words << QLatin1StringView(s.en);
    }
    if (rest > 0)
        words << triad(int(rest), feminine);
    return words.join(u' ');
}

struct CurrencyNames
{
    Noun major;
    Noun minor;
};

std::optional<CurrencyNames> currencyNames(const QString &currency, const QString &language)
{
    if (language == u"ru") {
        if (currency == u"KZT")
            return CurrencyNames { { u"тенге"_s, u"тенге"_s, u"тенге"_s }, { u"тиын"_s, u"тиын"_s, u"тиын"_s } };
        if (currency == u"RUB")
            return CurrencyNames { { u"рубль"_s, u"рубля"_s, u"рублей"_s },
                { u"копейка"_s, u"копейки"_s, u"копеек"_s } };
        if (currency == u"USD")
            return CurrencyNames { { u"доллар США"_s, u"доллара США"_s, u"долларов США"_s },
                { u"цент"_s, u"цента"_s, u"центов"_s } };
        if (currency == u"EUR")
            return CurrencyNames { { u"евро"_s, u"евро"_s, u"евро"_s }, { u"цент"_s, u"цента"_s, u"центов"_s } };
    } else if (language == u"kk") {
        if (currency == u"KZT")
            return CurrencyNames { { u"теңге"_s, {}, {} }, { u"тиын"_s, {}, {} } };
        if (currency == u"RUB")
            return CurrencyNames { { u"рубль"_s, {}, {} }, { u"тиын"_s, {}, {} } };
        if (currency == u"USD")
            return CurrencyNames { { u"АҚШ доллары"_s, {}, {} }, { u"цент"_s, {}, {} } };
        if (currency == u"EUR")
            return CurrencyNames { { u"еуро"_s, {}, {} }, { u"цент"_s, {}, {} } };
    } else if (language == u"en") {
        if (currency == u"KZT")
            return CurrencyNames { { u"tenge"_s, {}, u"tenge"_s }, { u"tiyn"_s, {}, u"tiyn"_s } };
        if (currency == u"RUB")
            return CurrencyNames { { u"rouble"_s, {}, u"roubles"_s }, { u"kopeck"_s, {}, u"kopecks"_s } };
        if (currency == u"USD")
            return CurrencyNames { { u"US dollar"_s, {}, u"US dollars"_s }, { u"cent"_s, {}, u"cents"_s } };
        if (currency == u"EUR")
            return CurrencyNames { { u"euro"_s, {}, u"euros"_s }, { u"cent"_s, {}, u"cents"_s } };
    }
    return std::nullopt;
}

bool isSupportedLanguage(const QString &language)
{
    return language == u"ru" || language == u"kk" || language == u"en";
}

Error unsupportedLanguage(const QString &language)
{
    return fail(
        QCoreApplication::translate("AmountInWords", "Amounts in words are available in ru, kk and en, not \"%1\".")
            .arg(language));
}

} // namespace

Result<QString> AmountInWords::numberInWords(qint64 number, const QString &language, bool feminine)
{
    if (!isSupportedLanguage(language))
        return unsupportedLanguage(language);
    if (number < 0 || number >= Limit)
        return fail(QCoreApplication::translate("AmountInWords", "Amounts in words go from 0 to 999 999 999 999.99."));
    return QString(numberWords(number, language, feminine));
}

Result<QString> AmountInWords::format(const Money &amount, const QString &language)
{
    if (!isSupportedLanguage(language))
        return unsupportedLanguage(language);
    const auto names = currencyNames(amount.currency(), language);
    if (!names)
        return fail(QCoreApplication::translate(
            "AmountInWords", "Amounts in words are available for KZT, RUB, USD and EUR, not \"%1\".")
                        .arg(amount.currency()));
    const qint64 minorPerMajor = 100; // all four currencies have two minor digits
    if (amount.minorUnits() < 0 || amount.minorUnits() / minorPerMajor >= Limit)
        return fail(QCoreApplication::translate("AmountInWords", "Amounts in words go from 0 to 999 999 999 999.99."));
    const qint64 major = amount.minorUnits() / minorPerMajor;
    const qint64 minor = amount.minorUnits() % minorPerMajor;
    QString words = numberWords(major, language, false);
    words[0] = words[0].toUpper();
    return QString(words + u' ' + names->major.forNumber(major, language) + u' '
        + QString::number(minor).rightJustified(2, u'0') + u' ' + names->minor.forNumber(minor, language));
}

} // namespace rapport
