#include "taxid.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

template<size_t N>
int weightedSum(const QString &digits, const std::array<int, N> &weights)
{
    int sum = 0;
    for (size_t i = 0; i < N; ++i)
        sum += (digits.at(qsizetype(i)).unicode() - u'0') * weights[i];
    return sum;
}

} // namespace

QString normalizeTaxId(TaxCountry country, const QString &taxId)
{
    if (country == TaxCountry::Other)
        return taxId.trimmed();
    QString out;
    out.reserve(taxId.size());
    for (QChar c : taxId) {
        if (c.isSpace() || c == u'-' || c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2013))
            continue;
        out.append(c);
    }
    return out;
}

int kzCheckDigit(const QString &elevenDigits)
{
    // Weights 1..11; a sum giving 10 is recomputed with weights 3..11, 1, 2,
    // and a second 10 means the number is not valid.
    static constexpr std::array<int, 11> first{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    static constexpr std::array<int, 11> second{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    if (elevenDigits.size() != 11 || !allDigits(elevenDigits))
        return -1;
    int check = weightedSum(elevenDigits, first) % 11;
    if (check == 10)
        check = weightedSum(elevenDigits, second) % 11;
    return check == 10 ? -1 : check;
}

int ruCheckDigit(const QString &leadingDigits)
{
    static constexpr std::array<int, 9> inn10{2, 4, 10, 3, 5, 9, 4, 6, 8};
    static constexpr std::array<int, 10> inn12a{7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    static constexpr std::array<int, 11> inn12b{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    if (!allDigits(leadingDigits))
        return -1;
    switch (leadingDigits.size()) {
    case 9: return weightedSum(leadingDigits, inn10) % 11 % 10;
    case 10: return weightedSum(leadingDigits, inn12a) % 11 % 10;
    case 11: return weightedSum(leadingDigits, inn12b) % 11 % 10;
    default: return -1;
    }
}

Status validateTaxId(TaxCountry country, const QString &taxId)
{
    const QString id = normalizeTaxId(country, taxId);
    if (id.isEmpty())
        return fail(QCoreApplication::translate("TaxId", "The tax id is empty."));
    switch (country) {
    case TaxCountry::KZ: {
        if (!allDigits(id))
            return fail(QCoreApplication::translate("TaxId", "A BIN/IIN contains only digits; \"%1\" does not.")
                            .arg(taxId.trimmed()));
        if (id.size() != 12)
            return fail(QCoreApplication::translate("TaxId", "A BIN/IIN has 12 digits; \"%1\" has %2.")
                            .arg(taxId.trimmed())
                            .arg(id.size()));
        const int check = kzCheckDigit(id.left(11));
        if (check < 0 || check != id.at(11).unicode() - u'0')
            return fail(
                QCoreApplication::translate("TaxId",
                                            "The check digit of BIN/IIN %1 is wrong: check the number for a typo.")
                    .arg(id));
        return {};
    }
    case TaxCountry::RU: {
        if (!allDigits(id))
            return fail(QCoreApplication::translate("TaxId", "An INN contains only digits; \"%1\" does not.")
                            .arg(taxId.trimmed()));
        if (id.size() != 10 && id.size() != 12)
            return fail(
                QCoreApplication::translate("TaxId",
                                            "An INN has 10 digits (organisation) or 12 (individual); \"%1\" has %2.")
                    .arg(taxId.trimmed())
                    .arg(id.size()));
        bool ok = true;
        if (id.size() == 10) {
            ok = ruCheckDigit(id.left(9)) == id.at(9).unicode() - u'0';
        } else {
            ok = ruCheckDigit(id.left(10)) == id.at(10).unicode() - u'0'
                && ruCheckDigit(id.left(11)) == id.at(11).unicode() - u'0';
        }
        if (!ok)
            return fail(
                QCoreApplication::translate("TaxId",
                                            "The check digits of INN %1 are wrong: check the number for a typo.")
                    .arg(id));
        return {};
    }
    case TaxCountry::Other:
        if (id.size() > 64)
            return fail(QCoreApplication::translate("TaxId", "A tax id is at most 64 characters long."));
        return {};
    }
    return {};
}

} // namespace rapport
