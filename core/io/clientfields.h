#pragma once

#include "domain/client.h"
#include "domain/result.h"

#include <QDate>
#include <QString>

#include <optional>

// Client card fields as people write them in spreadsheets and on the
// command line, and as Rapport writes them back to CSV: the import, the
// export and `rapport-cli clients add` share these rules, so an export
// always imports again.
namespace rapport::clientfields {

// Stable keys ("active", "KZ", "email", "ru") in any case, or the usual
// Russian (and Kazakh) words: «Активный», «Казахстан», «Телефон», «русский».
std::optional<ClientStatus> parseStatus(const QString &text);
std::optional<TaxCountry> parseTaxCountry(const QString &text);
std::optional<ContactChannel> parseChannel(const QString &text);
std::optional<QString> parseLanguage(const QString &text);

// YYYY-MM-DD or DD.MM.YYYY; an empty text gives an invalid (absent) date.
Result<QDate> parseDate(const QString &text);
QString formatDate(QDate date);

// Hours as minutes: "40", "40.5", "40,5" or "40:30"; empty gives 0.
Result<int> parseHours(const QString &text);
// "40" for whole hours, "40:30" otherwise: exact, so it imports back.
QString formatHours(int minutes);

// A percentage as basis points: "12", "12 %", "12.5"; at most two decimals.
Result<int> parsePercent(const QString &text);
QString formatPercent(int basisPoints);

// A whole number between 0 and max.
Result<int> parseCount(const QString &text, int max);

// The tax country of a number given without one: a valid BIN/IIN is KZ, a
// valid INN is RU; nullopt when neither (or empty).
std::optional<TaxCountry> guessTaxCountry(const QString &taxId);

} // namespace rapport::clientfields
