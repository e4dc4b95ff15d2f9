#pragma once

#include "billing/dunning.h"
#include "billing/hourbalance.h"
#include "billing/unusedhours.h"
#include "database.h"

#include <QVariantMap>

namespace rapport {

// The provider's legal details printed on invoices and acts (name, tax id,
// address, bank details, who signs).
struct ProviderDetails
{
    QString name;
    QString taxCountry = QStringLiteral("KZ"); // KZ, RU or other: labels the tax id (BIN, INN)
    QString taxId;
    QString address;
    QString bankName;
    QString bankBic;
    QString bankAccount;
    QString director;

    // Keys "name", "tax_country", "tax_id", "address", "bank_name", "bank_bic",
    // "bank_account", "director": the snapshot kept on an issued invoice.
    QVariantMap toMap() const;
    static ProviderDetails fromMap(const QVariantMap &map);
    // An accountant needs at least the name, tax id, address and account.
    bool isComplete() const;
};

// Billing settings in the settings table; an absent key means the default:
// billing.provider.* (empty), billing.invoice_series (empty: "2026-0001"),
// dunning.* (DunningConfig defaults: 1 day, 5, 10 and 10 business days),
// unused_hours.* (50 %, 2 months), hours.* (warning at 80 %, exhausted at 100 %).
class BillingSettings
{
public:
    explicit BillingSettings(const Database &db) : m_db(db) {}

    ProviderDetails provider() const;
    Status setProvider(const ProviderDetails &details);

    QString invoiceSeries() const;
    Status setInvoiceSeries(const QString &series);

    DunningConfig dunningConfig() const;
    Status setDunningConfig(const DunningConfig &config);

    UnusedHoursConfig unusedHoursConfig() const;
    Status setUnusedHoursConfig(const UnusedHoursConfig &config);

    HourBalanceConfig hourBalanceConfig() const;
    Status setHourBalanceConfig(const HourBalanceConfig &config);

private:
    QString value(const QString &key, const QString &fallback = QString()) const;
    int intValue(const QString &key, int fallback) const;
    // Writes the keys in one transaction, audited as entity "settings".
    Status store(const QVariantMap &values);

    Database m_db;
};

} // namespace rapport
