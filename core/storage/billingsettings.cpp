#include "billingsettings.h"

#include "billing/invoicestate.h"
#include "settingsstore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QString kProvider = u"billing.provider."_s;
const QString kSeries = u"billing.invoice_series"_s;

struct ProviderField
{
    QString key;
    QString ProviderDetails::*member;
};

const QList<ProviderField> &providerFields()
{
    static const QList<ProviderField> fields {
        { u"name"_s, &ProviderDetails::name },
        { u"tax_country"_s, &ProviderDetails::taxCountry },
        { u"tax_id"_s, &ProviderDetails::taxId },
        { u"address"_s, &ProviderDetails::address },
        { u"bank_name"_s, &ProviderDetails::bankName },
        { u"bank_bic"_s, &ProviderDetails::bankBic },
        { u"bank_account"_s, &ProviderDetails::bankAccount },
        { u"director"_s, &ProviderDetails::director },
    };
    return fields;
}

} // namespace

QVariantMap ProviderDetails::toMap() const
{
    QVariantMap map;
    for (const ProviderField &f : providerFields())
        map.insert(f.key, this->*f.member);
    return map;
}

ProviderDetails ProviderDetails::fromMap(const QVariantMap &map)
{
    ProviderDetails d;
    for (const ProviderField &f : providerFields())
        d.*f.member = map.value(f.key).toString();
    if (d.taxCountry.isEmpty())
        d.taxCountry = u"KZ"_s;
    return d;
}

bool ProviderDetails::isComplete() const
{
    return !name.trimmed().isEmpty() && !taxId.trimmed().isEmpty() && !address.trimmed().isEmpty()
        && !bankAccount.trimmed().isEmpty();
}

QString BillingSettings::value(const QString &key, const QString &fallback) const
{
    return SettingsStore(m_db).value(key, fallback);
}

int BillingSettings::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int n = value(key).toInt(&ok);
    return ok ? n : fallback;
}

Status BillingSettings::store(const QVariantMap &values)
{
    return SettingsStore(m_db).store(values);
}

ProviderDetails BillingSettings::provider() const
{
    ProviderDetails d;
    for (const ProviderField &f : providerFields())
        d.*f.member = value(kProvider + f.key);
    if (d.taxCountry.isEmpty())
        d.taxCountry = u"KZ"_s;
    return d;
}

Status BillingSettings::setProvider(const ProviderDetails &details)
{
    if (details.name.trimmed().isEmpty())
        return fail(QCoreApplication::translate("BillingSettings", "The provider needs a legal name."));
    if (details.taxCountry != u"KZ"_s && details.taxCountry != u"RU"_s && details.taxCountry != u"other"_s)
        return fail(QCoreApplication::translate("BillingSettings", "The tax country is KZ, RU or other."));
    QVariantMap values;
    for (const ProviderField &f : providerFields())
        values.insert(kProvider + f.key, (details.*f.member).trimmed());
    return store(values);
}

QString BillingSettings::invoiceSeries() const
{
    return value(kSeries, u""_s);
}

Status BillingSettings::setInvoiceSeries(const QString &series)
{
    if (!InvoiceState::isValidSeries(series.trimmed()))
        return fail(QCoreApplication::translate("BillingSettings",
            "An invoice series is up to 10 letters, digits, \"/\" and \"-\" (not first or last)."));
    return store({ { kSeries, series.trimmed() } });
}

DunningConfig BillingSettings::dunningConfig() const
{
    DunningConfig c;
    c.noticeAfterDaysOverdue = intValue(u"dunning.notice_after_days"_s, c.noticeAfterDaysOverdue);
    c.noticeDeadlineBusinessDays = intValue(u"dunning.notice_deadline_business_days"_s, c.noticeDeadlineBusinessDays);
    c.claimAfterBusinessDays = intValue(u"dunning.claim_after_business_days"_s, c.claimAfterBusinessDays);
    c.blockAfterBusinessDays = intValue(u"dunning.block_after_business_days"_s, c.blockAfterBusinessDays);
    return c;
}

Status BillingSettings::setDunningConfig(const DunningConfig &c)
{
    for (const int days :
        { c.noticeAfterDaysOverdue, c.noticeDeadlineBusinessDays, c.claimAfterBusinessDays, c.blockAfterBusinessDays }) {
        if (days < 1 || days > 365)
            return fail(
                QCoreApplication::translate("BillingSettings", "Dunning periods must be between 1 and 365 days."));
    }
    return store({ { u"dunning.notice_after_days"_s, c.noticeAfterDaysOverdue },
        { u"dunning.notice_deadline_business_days"_s, c.noticeDeadlineBusinessDays },
        { u"dunning.claim_after_business_days"_s, c.claimAfterBusinessDays },
        { u"dunning.block_after_business_days"_s, c.blockAfterBusinessDays } });
}

UnusedHoursConfig BillingSettings::unusedHoursConfig() const
{
    UnusedHoursConfig c;
    c.thresholdPercent = intValue(u"unused_hours.threshold_percent"_s, c.thresholdPercent);
    c.consecutiveMonths = intValue(u"unused_hours.consecutive_months"_s, c.consecutiveMonths);
    return c;
}

Status BillingSettings::setUnusedHoursConfig(const UnusedHoursConfig &c)
{
    if (c.thresholdPercent < 0 || c.thresholdPercent > 100)
        return fail(QCoreApplication::translate("BillingSettings", "The unused share must be between 0 and 100 %."));
    if (c.consecutiveMonths < 1 || c.consecutiveMonths > 24)
        return fail(QCoreApplication::translate("BillingSettings", "The number of months must be between 1 and 24."));
    return store({ { u"unused_hours.threshold_percent"_s, c.thresholdPercent },
        { u"unused_hours.consecutive_months"_s, c.consecutiveMonths } });
}

HourBalanceConfig BillingSettings::hourBalanceConfig() const
{
    HourBalanceConfig c;
    c.warningPercent = intValue(u"hours.warning_percent"_s, c.warningPercent);
    c.exhaustedPercent = intValue(u"hours.exhausted_percent"_s, c.exhaustedPercent);
    return c;
}

Status BillingSettings::setHourBalanceConfig(const HourBalanceConfig &c)
{
    if (c.warningPercent < 1 || c.warningPercent > 200 || c.exhaustedPercent < 1 || c.exhaustedPercent > 200)
        return fail(QCoreApplication::translate("BillingSettings", "Hour thresholds must be between 1 and 200 %."));
    if (c.warningPercent > c.exhaustedPercent)
        return fail(QCoreApplication::translate(
            "BillingSettings", "The warning threshold must not be above the exhausted threshold."));
    return store({ { u"hours.warning_percent"_s, c.warningPercent },
        { u"hours.exhausted_percent"_s, c.exhaustedPercent } });
}

} // namespace rapport
