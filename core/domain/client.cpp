#include "client.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {
template<typename E, size_t N>
std::optional<E> fromKey(const QString &key, const std::array<std::pair<E, QString>, N> &table)
{
    for (const auto &[value, k] : table) {
        if (k == key)
            return value;
    }
    return std::nullopt;
}

template<typename E, size_t N>
QString toKey(E value, const std::array<std::pair<E, QString>, N> &table)
{
    for (const auto &[v, k] : table) {
        if (v == value)
            return k;
    }
    return {};
}

const std::array<std::pair<ClientStatus, QString>, 5> kStatuses{{{ClientStatus::Onboarding, u"onboarding"_s},
                                                                 {ClientStatus::Active, u"active"_s},
                                                                 {ClientStatus::Suspended, u"suspended"_s},
                                                                 {ClientStatus::Blocked, u"blocked"_s},
                                                                 {ClientStatus::Churned, u"churned"_s}}};
const std::array<std::pair<TaxCountry, QString>, 3> kCountries{
    {{TaxCountry::KZ, u"KZ"_s}, {TaxCountry::RU, u"RU"_s}, {TaxCountry::Other, u"other"_s}}};
const std::array<std::pair<ContactChannel, QString>, 6> kChannels{{{ContactChannel::Email, u"email"_s},
                                                                   {ContactChannel::Phone, u"phone"_s},
                                                                   {ContactChannel::Messenger, u"messenger"_s},
                                                                   {ContactChannel::Portal, u"portal"_s},
                                                                   {ContactChannel::Visit, u"visit"_s},
                                                                   {ContactChannel::Other, u"other"_s}}};
const std::array<std::pair<Tariff::BillingMode, QString>, 2> kBillingModes{
    {{Tariff::BillingMode::Arrears, u"arrears"_s}, {Tariff::BillingMode::Advance, u"advance"_s}}};
} // namespace

QString clientStatusKey(ClientStatus s) { return toKey(s, kStatuses); }
std::optional<ClientStatus> clientStatusFromKey(const QString &key) { return fromKey(key, kStatuses); }
QString taxCountryKey(TaxCountry c) { return toKey(c, kCountries); }
std::optional<TaxCountry> taxCountryFromKey(const QString &key) { return fromKey(key, kCountries); }
QString contactChannelKey(ContactChannel c) { return toKey(c, kChannels); }
std::optional<ContactChannel> contactChannelFromKey(const QString &key) { return fromKey(key, kChannels); }
QString billingModeKey(Tariff::BillingMode mode) { return toKey(mode, kBillingModes); }
std::optional<Tariff::BillingMode> billingModeFromKey(const QString &key) { return fromKey(key, kBillingModes); }

} // namespace rapport
