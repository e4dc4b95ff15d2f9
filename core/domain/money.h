#pragma once

#include "result.h"

#include <QString>
#include <QtGlobal>

namespace rapport {

// An amount of money: integer minor units (tiyn, kopecks, cents) plus an ISO
// 4217 currency code. Never a double: every rounding is explicit.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Number of digits after the decimal point for a currency (2 for KZT,
    // RUB, USD, EUR; 0 for JPY and similar).
    static int minorDigits(const QString &currency);
    static bool isKnownCurrency(const QString &currency);
    // The sign people write after an amount: ₸ (KZT), ₽ (RUB), $ (USD), € (EUR);
    // the ISO code for any other currency.
    static QString symbol(const QString &currency);

    // "1234.50" or "1234,5" in the given currency; refuses more fraction
    // digits than the currency has, and any non-numeric text.
    static Result<Money> parse(const QString &text, const QString &currency);

    // Plain "1234.50" (no grouping, no symbol): for files and JSON.
    QString toPlainString() const;
    // "1 234.50 KZT": for people.
    QString toDisplayString() const;

    // amount × numerator / denominator, rounded half away from zero to the
    // minor unit. Used for hours × rate and percentages.
    Money scaled(qint64 numerator, qint64 denominator) const;

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

// Rounds numerator / denominator half away from zero.
qint64 divideRounded(qint64 numerator, qint64 denominator);

} // namespace rapport
