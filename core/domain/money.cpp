#include "money.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits)
    , m_currency(std::move(currency))
{
}

int Money::minorDigits(const QString &currency)
{
    static const QStringList zeroDigit{u"JPY"_s, u"KRW"_s, u"VND"_s, u"CLP"_s, u"ISK"_s};
    return zeroDigit.contains(currency) ? 0 : 2;
}

bool Money::isKnownCurrency(const QString &currency)
{
    static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
    return iso.match(currency).hasMatch();
}

static qint64 pow10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

Result<Money> Money::parse(const QString &text, const QString &currency)
{
    if (!isKnownCurrency(currency))
        return fail(QCoreApplication::translate("Money", "Unknown currency code \"%1\".").arg(currency));
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(u"^(-?)(\\d+)(?:\\.(\\d*))?$"_s);
    const auto m = number.match(t);
    if (!m.hasMatch())
        return fail(QCoreApplication::translate("Money", "\"%1\" is not an amount of money.").arg(text));
    const int digits = minorDigits(currency);
    const QString fraction = m.captured(3);
    if (fraction.size() > digits)
        return fail(QCoreApplication::translate("Money", "\"%1\" has more than %2 digits after the decimal point.")
                        .arg(text)
                        .arg(digits));
    bool okWhole = false;
    const qint64 whole = m.captured(2).toLongLong(&okWhole);
    if (!okWhole || whole > std::numeric_limits<qint64>::max() / pow10(digits) - 1)
        return fail(QCoreApplication::translate("Money", "\"%1\" is too large.").arg(text));
    const qint64 frac = fraction.isEmpty() ? 0 : fraction.leftJustified(digits, QLatin1Char('0')).toLongLong();
    qint64 minor = whole * pow10(digits) + frac;
    if (!m.captured(1).isEmpty())
        minor = -minor;
    return Money(minor, currency);
}

QString Money::toPlainString() const
{
    const int digits = minorDigits(m_currency);
    const qint64 p = pow10(digits);
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    QString s = QString::number(absMinor / p);
    if (digits > 0)
        s += u'.' + QString::number(absMinor % p).rightJustified(digits, QLatin1Char('0'));
    return m_minor < 0 ? u'-' + s : s;
}

QString Money::symbol(const QString &currency)
{
    if (currency == u"KZT"_s)
        return u"\u20b8"_s;
    if (currency == u"RUB"_s)
        return u"\u20bd"_s;
    if (currency == u"USD"_s)
        return u"$"_s;
    if (currency == u"EUR"_s)
        return u"\u20ac"_s;
    return currency;
}

QString Money::toDisplayString() const
{
    QString plain = toPlainString();
    const bool negative = plain.startsWith(u'-');
    if (negative)
        plain.remove(0, 1);
    const qsizetype dot = plain.indexOf(u'.');
    QString whole = dot < 0 ? plain : plain.left(dot);
    const QString rest = dot < 0 ? QString() : plain.mid(dot);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QChar(0x00A0));
    return (negative ? u"-"_s : QString()) + whole + rest + u' ' + m_currency;
}

qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const qint64 q = numerator / denominator;
    const qint64 r = numerator % denominator;
    if (2 * (r < 0 ? -r : r) >= denominator)
        return numerator < 0 ? q - 1 : q + 1;
    return q;
}

Money Money::scaled(qint64 numerator, qint64 denominator) const
{
#if defined(__SIZEOF_INT128__)
    // 128-bit intermediate: minutes × a large rate can overflow 64 bits.
    using Wide = __int128;
#else
    using Wide = qint64;
#endif
    Q_ASSERT(denominator != 0);
    Wide product = static_cast<Wide>(m_minor) * numerator;
    Wide d = denominator;
    if (d < 0) {
        product = -product;
        d = -d;
    }
    Wide q = product / d;
    const Wide r = product % d;
    if (2 * (r < 0 ? -r : r) >= d)
        q += product < 0 ? -1 : 1;
    return Money(static_cast<qint64>(q), m_currency);
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency || m_minor == 0 || other.m_minor == 0);
    return Money(m_minor + other.m_minor, m_currency.isEmpty() ? other.m_currency : m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency || m_minor == 0 || other.m_minor == 0);
    return Money(m_minor - other.m_minor, m_currency.isEmpty() ? other.m_currency : m_currency);
}

Money &Money::operator+=(const Money &other)
{
    *this = *this + other;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    *this = *this - other;
    return *this;
}

} // namespace rapport
