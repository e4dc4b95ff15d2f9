#include "clientjson.h"

#include "clientfields.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QJsonValue dateJson(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString ClientJson::instant(qint64 epochSecs)
{
    return QDateTime::fromSecsSinceEpoch(epochSecs, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
}

QJsonValue ClientJson::person(UserId id) const
{
    if (!id.isValid())
        return QJsonValue::Null;
    const auto it = m_staff.constFind(id);
    if (it == m_staff.constEnd())
        return QJsonObject{{u"id"_s, id.value}};
    return QJsonObject{{u"id"_s, id.value}, {u"name"_s, it->name}, {u"email"_s, it->email}};
}

QJsonObject ClientJson::contact(const Contact &c) const
{
    return {{u"id"_s, c.id.value},
            {u"name"_s, c.name},
            {u"role"_s, c.role},
            {u"email"_s, c.email},
            {u"phone"_s, c.phone},
            {u"channel"_s, contactChannelKey(c.preferredChannel)},
            {u"language"_s, c.language}};
}

QJsonObject ClientJson::card(const Client &c) const
{
    QJsonValue tariff = QJsonValue::Null;
    if (c.tariff) {
        const Tariff &t = *c.tariff;
        tariff = QJsonObject{{u"monthly_fee"_s, t.monthlyFee.toPlainString()},
                             {u"monthly_fee_minor"_s, t.monthlyFee.minorUnits()},
                             {u"currency"_s, t.monthlyFee.currency()},
                             {u"included_hours"_s, clientfields::formatHours(t.includedMinutes)},
                             {u"included_minutes"_s, t.includedMinutes},
                             {u"overage_rate"_s, t.overageRate.toPlainString()},
                             {u"overage_rate_minor"_s, t.overageRate.minorUnits()},
                             {u"vat_rate"_s, clientfields::formatPercent(t.vatRateBp)},
                             {u"vat_rate_bp"_s, t.vatRateBp},
                             {u"payment_terms_days"_s, t.paymentTermsDays},
                             {u"rollover_months"_s, t.rolloverMonths},
                             {u"billing_mode"_s, billingModeKey(t.billingMode)}};
    }
    QJsonArray contacts;
    for (const Contact &x : c.contacts)
        contacts.append(contact(x));
    QJsonArray conditions;
    for (const SpecialCondition &x : c.conditions) {
        conditions.append(QJsonObject{{u"id"_s, x.id},
                                      {u"text"_s, x.text},
                                      {u"agreed_by"_s, x.agreedBy},
                                      {u"agreed_on"_s, dateJson(x.agreedOn)}});
    }
    QJsonArray documents;
    for (const ClientDocument &x : c.documents)
        documents.append(QJsonObject{{u"id"_s, x.id}, {u"title"_s, x.title}, {u"location"_s, x.location}});
    return {{u"id"_s, c.id.value},
            {u"legal_name"_s, c.legalName},
            {u"short_name"_s, c.shortName},
            {u"tax_country"_s, taxCountryKey(c.taxCountry)},
            {u"tax_id"_s, c.taxId},
            {u"address"_s, c.address},
            {u"status"_s, clientStatusKey(c.status)},
            {u"language"_s, c.language},
            {u"account_manager"_s, person(c.accountManagerId)},
            {u"sales_owner"_s, person(c.salesOwnerId)},
            {u"sla_policy_id"_s, c.slaPolicyId > 0 ? QJsonValue(c.slaPolicyId) : QJsonValue(QJsonValue::Null)},
            {u"contract"_s, QJsonObject{{u"number"_s, c.contractNumber},
                                        {u"signed_on"_s, dateJson(c.contractSignedOn)},
                                        {u"start"_s, dateJson(c.contractStart)},
                                        {u"end"_s, dateJson(c.contractEnd)}}},
            {u"tariff"_s, tariff},
            {u"notes"_s, c.notes},
            {u"archived"_s, c.archived},
            {u"contacts"_s, contacts},
            {u"conditions"_s, conditions},
            {u"documents"_s, documents}};
}

QJsonObject ClientJson::completeness(const Completeness &completeness)
{
    QJsonArray missing;
    for (const CompletenessItem &item : completeness.missing)
        missing.append(QJsonObject{{u"key"_s, item.key}, {u"text"_s, item.text}});
    return {{u"percent"_s, completeness.percent()}, {u"missing"_s, missing}};
}

QJsonObject ClientJson::timelineItem(const TimelineItem &item)
{
    return {{u"id"_s, item.id},
            {u"at"_s, instant(item.at)},
            {u"kind"_s, item.kind},
            {u"title"_s, item.title},
            {u"body"_s, item.body},
            {u"channel"_s, item.channel.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.channel)},
            {u"user"_s, item.userName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.userName)},
            {u"ref_type"_s, item.refType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.refType)},
            {u"ref_id"_s, item.refId > 0 ? QJsonValue(item.refId) : QJsonValue(QJsonValue::Null)}};
}

} // namespace rapport
