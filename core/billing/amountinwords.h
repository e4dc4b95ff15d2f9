#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QString>

namespace rapport {

// The total in words required on invoices and acts in Kazakhstan and Russia
// ("сумма прописью"): the whole units in words, capitalized, with the
// currency name in the right form, then the minor units as two digits with
// their name, e.g.
//   ru: "Сто двадцать три тысячи четыреста пятьдесят шесть тенге 78 тиын"
//   kk: "Жүз жиырма үш мың төрт жүз елу алты теңге 78 тиын"
//   en: "One hundred twenty-three thousand four hundred fifty-six tenge 78 tiyn"
// Russian agrees the numeral and the noun in gender and number: одна
// тысяча / две тысячи / пять тысяч, один рубль / два рубля / пять рублей,
// одна копейка / две копейки / пять копеек (11–14 take the "пять" form).
// Kazakh nouns after a numeral stay singular. Currencies: KZT, RUB, USD, EUR;
// languages: ru, kk, en; amounts from 0 to 999 999 999 999.99.
class AmountInWords
{
public:
    static Result<QString> format(const Money &amount, const QString &language);

    // A non-negative whole number in words, lower case, below 10^12. In
    // Russian `feminine` selects одна/две for the last group (тысяча-like nouns).
    static Result<QString> numberInWords(qint64 number, const QString &language, bool feminine = false);
};

} // namespace rapport
