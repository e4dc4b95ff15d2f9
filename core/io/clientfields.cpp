#include "clientfields.h"

#include "domain/taxid.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rapport::clientfields {

namespace {

template<typename T>
std::optional<T> lookup(const QString &text, const QList<std::pair<QStringList, T>> &table)
{
    const QString key = text.simplified().toLower().replace(u'ё', u'е');
    for (const auto &[words, value] : table) {
        if (words.contains(key))
            return value;
    }
    return std::nullopt;
}

} // namespace

std::optional<ClientStatus> parseStatus(const QString &text)
{
    static const QList<std::pair<QStringList, ClientStatus>> table{
        {{u"onboarding"_s, u"подключение"_s, u"онбординг"_s, u"новый"_s, u"қосылу"_s}, ClientStatus::Onboarding},
        {{u"active"_s, u"активный"_s, u"активен"_s, u"действующий"_s, u"белсенді"_s}, ClientStatus::Active},
        {{u"suspended"_s, u"приостановлен"_s, u"приостановлено"_s, u"тоқтатылған"_s}, ClientStatus::Suspended},
        {{u"blocked"_s, u"заблокирован"_s, u"блокирован"_s, u"бұғатталған"_s}, ClientStatus::Blocked},
        {{u"churned"_s, u"ушел"_s, u"ушедший"_s, u"расторгнут"_s, u"кетті"_s}, ClientStatus::Churned}};
    return lookup(text, table);
}

std::optional<TaxCountry> parseTaxCountry(const QString &text)
{
    static const QList<std::pair<QStringList, TaxCountry>> table{
        {{u"kz"_s, u"kaz"_s, u"kazakhstan"_s, u"рк"_s, u"казахстан"_s, u"қазақстан"_s}, TaxCountry::KZ},
        {{u"ru"_s, u"rus"_s, u"russia"_s, u"рф"_s, u"россия"_s, u"ресей"_s}, TaxCountry::RU},
        {{u"other"_s, u"другая"_s, u"другое"_s, u"иная"_s, u"басқа"_s}, TaxCountry::Other}};
    return lookup(text, table);
}

std::optional<ContactChannel> parseChannel(const QString &text)
{
    static const QList<std::pair<QStringList, ContactChannel>> table{
        {{u"email"_s, u"e-mail"_s, u"mail"_s, u"почта"_s, u"эл. почта"_s, u"электронная почта"_s, u"пошта"_s},
         ContactChannel::Email},
        {{u"phone"_s, u"телефон"_s, u"звонок"_s}, ContactChannel::Phone},
        {{u"messenger"_s, u"мессенджер"_s, u"whatsapp"_s, u"telegram"_s, u"ватсап"_s, u"телеграм"_s},
         ContactChannel::Messenger},
        {{u"portal"_s, u"портал"_s, u"helpdesk"_s}, ContactChannel::Portal},
        {{u"visit"_s, u"визит"_s, u"встреча"_s, u"кездесу"_s}, ContactChannel::Visit},
        {{u"other"_s, u"другое"_s, u"басқа"_s}, ContactChannel::Other}};
    return lookup(text, table);
}

std::optional<QString> parseLanguage(const QString &text)
{
    static const QList<std::pair<QStringList, QString>> table{
        {{u"ru"_s, u"rus"_s, u"russian"_s, u"русский"_s, u"рус"_s, u"орыс"_s, u"орысша"_s}, u"ru"_s},
        {{u"kk"_s, u"kz"_s, u"kaz"_s, u"kazakh"_s, u"казахский"_s, u"каз"_s, u"қазақ"_s, u"қазақша"_s}, u"kk"_s},
        {{u"en"_s, u"eng"_s, u"english"_s, u"английский"_s, u"англ"_s, u"ағылшын"_s}, u"en"_s}};
    return lookup(text, table);
}

Result<QDate> parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    QDate d = QDate::fromString(t, u"yyyy-MM-dd"_s);
    if (!d.isValid())
        d = QDate::fromString(t, u"dd.MM.yyyy"_s);
    if (!d.isValid())
        return fail(QCoreApplication::translate("ClientFields", "\"%1\" is not a date: use YYYY-MM-DD or DD.MM.YYYY.")
                        .arg(t));
    return d;
}

QString formatDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Result<int> parseHours(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    static const QRegularExpression clock(u"^(\\d{1,5}):([0-5]\\d)$"_s);
    static const QRegularExpression decimal(u"^(\\d{1,5})(?:[.,](\\d{1,2}))?$"_s);
    if (const auto m = clock.match(t); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    if (const auto m = decimal.match(t); m.hasMatch()) {
        const QString fraction = m.captured(2).leftJustified(2, u'0');
        const int hundredths = m.captured(1).toInt() * 100 + fraction.toInt();
        if (hundredths * 60 % 100 != 0)
            return fail(QCoreApplication::translate("ClientFields",
                                                    "\"%1\" is not a whole number of minutes: write it as H:MM.")
                            .arg(t));
        return hundredths * 60 / 100;
    }
    return fail(QCoreApplication::translate("ClientFields", "\"%1\" is not a number of hours.").arg(t));
}

QString formatHours(int minutes)
{
    if (minutes % 60 == 0)
        return QString::number(minutes / 60);
    return u"%1:%2"_s.arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Result<int> parsePercent(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    t = t.trimmed();
    static const QRegularExpression number(u"^(\\d{1,3})(?:[.,](\\d{1,2}))?$"_s);
    const auto m = number.match(t);
    if (!m.hasMatch())
        return fail(QCoreApplication::translate("ClientFields", "\"%1\" is not a percentage.").arg(text.trimmed()));
    const int bp = m.captured(1).toInt() * 100 + m.captured(2).leftJustified(2, u'0').toInt();
    if (bp > 10000)
        return fail(QCoreApplication::translate("ClientFields", "%1 % is more than 100 %.").arg(t));
    return bp;
}

QString formatPercent(int basisPoints)
{
    QString s = QString::number(basisPoints / 100);
    if (const int rest = basisPoints % 100; rest != 0) {
        s += u'.' + QString::number(rest).rightJustified(2, u'0');
        while (s.endsWith(u'0'))
            s.chop(1);
    }
    return s;
}

Result<int> parseCount(const QString &text, int max)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 0 || n > max)
        return fail(QCoreApplication::translate("ClientFields", "\"%1\" is not a whole number from 0 to %2.")
                        .arg(text.trimmed())
                        .arg(max));
    return n;
}

std::optional<TaxCountry> guessTaxCountry(const QString &taxId)
{
    if (validateTaxId(TaxCountry::KZ, taxId))
        return TaxCountry::KZ;
    if (validateTaxId(TaxCountry::RU, taxId))
        return TaxCountry::RU;
    return std::nullopt;
}

} // namespace rapport::clientfields
