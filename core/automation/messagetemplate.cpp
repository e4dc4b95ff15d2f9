#include "messagetemplate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(u"\\{([a-z_]+(?:\\.[a-z_]+)?)\\}"_s);
    return re;
}

QLocale localeOf(const QString &language)
{
    if (language == u"ru"_s)
        return QLocale(QLocale::Russian, QLocale::Russia);
    if (language == u"kk"_s)
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

const QStringList &knownPlaceholders()
{
    static const QStringList names { u"client.short_name"_s, u"client.legal_name"_s, u"contact.name"_s,
        u"ticket.number"_s, u"ticket.subject"_s, u"invoice.number"_s, u"invoice.total"_s, u"due"_s,
        u"deadline"_s, u"review.date"_s, u"manager.name"_s, u"assignee.name"_s, u"provider.name"_s, u"month"_s,
        u"hours.used"_s, u"hours.included"_s, u"hours.percent"_s, u"tariff.overage_rate"_s };
    return names;
}

QStringList placeholdersIn(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Status validateTemplate(const MessageTemplate &t)
{
    if (t.subject.trimmed().isEmpty())
        return Error { QCoreApplication::translate("MessageTemplate", "A message needs a subject.") };
    if (t.subject.contains(u'\n') || t.subject.contains(u'\r'))
        return Error { QCoreApplication::translate("MessageTemplate", "The subject is one line.") };
    if (t.body.trimmed().isEmpty())
        return Error { QCoreApplication::translate("MessageTemplate", "A message needs a text.") };
    QStringList unknown;
    for (const QString &name : placeholdersIn(t.subject + u'\n' + t.body)) {
        if (!knownPlaceholders().contains(name))
            unknown << u"{"_s + name + u"}"_s;
    }
    if (!unknown.isEmpty())
        return Error { QCoreApplication::translate("MessageTemplate", "Unknown placeholder(s) %1; known: %2.")
                           .arg(unknown.join(u", "_s), u"{"_s + knownPlaceholders().join(u"}, {"_s) + u"}"_s) };
    return {};
}

Result<QString> renderTemplate(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (!knownPlaceholders().contains(name))
            continue; // not a placeholder: braces in ordinary text stay
        const auto value = values.constFind(name);
        if (value == values.cend() || value->isEmpty())
            return Error { QCoreApplication::translate("MessageTemplate", "The record has no value for {%1}.").arg(name) };
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += *value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString letterDate(const QDate &date, const QString &language)
{
    if (language == u"ru"_s)
        return localeOf(language).toString(date, u"d MMMM yyyy"_s) + u" г."_s;
    if (language == u"kk"_s)
        return u"%1 жылғы %2"_s.arg(date.year()).arg(localeOf(language).toString(date, u"d MMMM"_s));
    return localeOf(language).toString(date, u"d MMMM yyyy"_s);
}

QString letterMoney(const Money &money, const QString &language)
{
    const int digits = Money::minorDigits(money.currency());
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 minor = money.minorUnits();
    const QLocale locale = localeOf(language);
    QString whole = locale.toString(qAbs(minor) / scale);
    if (minor < 0)
        whole.prepend(locale.negativeSign());
    QString text = whole;
    if (digits > 0)
        text += locale.decimalPoint() + QString::number(qAbs(minor) % scale).rightJustified(digits, u'0');
    return text + u'\u00a0' + Money::symbol(money.currency());
}

QString letterMonth(const QDate &month, const QString &language)
{
    const QString name = localeOf(language).standaloneMonthName(month.month(), QLocale::LongFormat);
    if (language == u"ru"_s)
        return u"%1 %2 г."_s.arg(name.toLower()).arg(month.year());
    if (language == u"kk"_s)
        return u"%1 жылғы %2"_s.arg(month.year()).arg(name.toLower());
    return u"%1 %2"_s.arg(name).arg(month.year());
}

QString letterHours(int minutes, const QString &language)
{
    const qint64 tenths = divideRounded(qint64(minutes) * 10, 60);
    const QLocale locale = localeOf(language);
    if (tenths % 10 == 0)
        return locale.toString(tenths / 10);
    return locale.toString(double(tenths) / 10.0, 'f', 1);
}

QString letterPercent(int basisPoints, const QString &language)
{
    const QString number = localeOf(language).toString(divideRounded(basisPoints, 100));
    return language == u"en"_s ? QString(number + u'%') : QString(number + u"\u00a0%"_s);
}

} // namespace rapport
