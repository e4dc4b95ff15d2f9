#pragma once

#include "client.h"
#include "result.h"

#include <QString>

namespace rapport {

// Tax identification numbers of client companies.
// Kazakhstan: BIN (legal entities) and IIN (individuals) are 12 digits, the
// last one a check digit over the first eleven. Russia: INN is 10 digits for
// organisations (one check digit) or 12 for individuals (two check digits).
// Other countries: free text, not checked.

// Strips spaces, non-breaking spaces and dashes for KZ and RU; trims other.
QString normalizeTaxId(TaxCountry country, const QString &taxId);

// Checks a tax id (normalizing it first): length, digits and check digits
// for KZ and RU, a non-empty text of reasonable length for other countries.
Status validateTaxId(TaxCountry country, const QString &taxId);

// The check digit of the first 11 digits of a BIN/IIN, or -1 when the
// number cannot have one (both weight rounds give 10: such numbers are not issued).
int kzCheckDigit(const QString &elevenDigits);
// The check digits of a Russian INN: one for 9 leading digits, the 11th
// digit for 10 leading digits and the 12th for 11.
int ruCheckDigit(const QString &leadingDigits);

} // namespace rapport
