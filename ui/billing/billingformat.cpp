#include "billingformat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString BillingFormat::money(const Money &amount)
{
    const QLocale locale;
    const int digits = Money::minorDigits(amount.currency());
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    const qint64 minor = amount.minorUnits();
    const qint64 absolute = minor < 0 ? -minor : minor;
    QString text = locale.toString(absolute / divisor);
    if (digits > 0)
        text += locale.decimalPoint() + u"%1"_s.arg(absolute % divisor, digits, 10, QLatin1Char('0'));
    if (minor < 0)
        text.prepend(locale.negativeSign());
    // "313 600,00 ₸" in the user's locale: the currency's sign, not its code.
    return amount.currency().isEmpty() ? text : text + QChar(0x00A0) + Money::symbol(amount.currency());
}

QString BillingFormat::moneyList(const QList<Money> &amounts)
{
    QStringList parts;
    for (const Money &m : amounts)
        parts << money(m);
    return parts.join(u" + "_s);
}

QString BillingFormat::hours(qint64 minutes)
{
    // Two decimals at most, trailing zeros dropped: 90 → "1.5", 20 → "0.33".
    const bool negative = minutes < 0;
    const qint64 hundredths = divideRounded((negative ? -minutes : minutes) * 100, 60);
    const QLocale locale;
    QString text = locale.toString(hundredths / 100);
    if (const qint64 frac = hundredths % 100; frac != 0) {
        QString f = u"%1"_s.arg(frac, 2, 10, QLatin1Char('0'));
        if (f.endsWith(u'0'))
            f.chop(1);
        text += locale.decimalPoint() + f;
    }
    if (negative)
        text.prepend(locale.negativeSign());
    return tr("%1 h", "hours").arg(text);
}

QString BillingFormat::month(QDate month)
{
    if (!month.isValid())
        return {};
    const QLocale locale;
    return locale.standaloneMonthName(month.month()) + u' ' + QString::number(month.year());
}

QString BillingFormat::shortMonth(QDate month)
{
    if (!month.isValid())
        return {};
    return QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat) + u' ' + QString::number(month.year());
}

QString BillingFormat::date(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString BillingFormat::pauseKind(DunningPauseKind kind)
{
    switch (kind) {
    case DunningPauseKind::PromiseToPay: return tr("Promise to pay");
    case DunningPauseKind::GuaranteeLetter: return tr("Guarantee letter");
    case DunningPauseKind::Hold: break;
    }
    return tr("Team-lead hold");
}

QString BillingFormat::amountText(const QString &typed)
{
    QString text = typed.trimmed();
    text.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    return text;
}

} // namespace rapport
