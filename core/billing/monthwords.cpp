#include "monthwords.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

using Names = std::array<QStringView, 12>;

constexpr Names kRussian { u"январь", u"февраль", u"март", u"апрель", u"май", u"июнь", u"июль", u"август",
    u"сентябрь", u"октябрь", u"ноябрь", u"декабрь" };
constexpr Names kKazakh { u"қаңтар", u"ақпан", u"наурыз", u"сәуір", u"мамыр", u"маусым", u"шілде", u"тамыз",
    u"қыркүйек", u"қазан", u"қараша", u"желтоқсан" };
constexpr Names kEnglish { u"January", u"February", u"March", u"April", u"May", u"June", u"July", u"August",
    u"September", u"October", u"November", u"December" };

const Names &namesIn(const QString &language)
{
    if (language == u"ru"_s)
        return kRussian;
    if (language == u"kk"_s)
        return kKazakh;
    return kEnglish;
}

} // namespace

QString MonthWords::name(int month, const QString &language)
{
    if (month < 1 || month > 12)
        return {};
    return namesIn(language).at(month - 1).toString();
}

QString MonthWords::month(QDate month, const QString &language)
{
    if (!month.isValid())
        return {};
    const QString year = QString::number(month.year());
    const QString name = MonthWords::name(month.month(), language);
    // Kazakh: "2026 жылғы қазан" (the year's month).
    if (language == u"kk"_s)
        return year + u" жылғы "_s + name;
    return name + u' ' + year;
}

} // namespace rapport
