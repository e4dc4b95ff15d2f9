#include "clientlabels.h"

#include <QComboBox>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString ClientLabels::status(ClientStatus status)
{
    switch (status) {
    case ClientStatus::Onboarding: return tr("Onboarding");
    case ClientStatus::Active: return tr("Active");
    case ClientStatus::Suspended: return tr("Suspended");
    case ClientStatus::Blocked: return tr("Blocked");
    case ClientStatus::Churned: return tr("Churned");
    }
    return {};
}

QString ClientLabels::taxCountry(TaxCountry country)
{
    switch (country) {
    case TaxCountry::KZ: return tr("Kazakhstan (BIN/IIN)");
    case TaxCountry::RU: return tr("Russia (INN)");
    case TaxCountry::Other: return tr("Other country");
    }
    return {};
}

QString ClientLabels::channel(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Email: return tr("Email");
    case ContactChannel::Phone: return tr("Phone");
    case ContactChannel::Messenger: return tr("Messenger");
    case ContactChannel::Portal: return tr("Helpdesk portal");
    case ContactChannel::Visit: return tr("Visit");
    case ContactChannel::Other: return tr("Other");
    }
    return {};
}

QString ClientLabels::language(const QString &code)
{
    if (code == u"ru"_s)
        return tr("Russian");
    if (code == u"kk"_s)
        return tr("Kazakh");
    if (code == u"en"_s)
        return tr("English");
    return code;
}

QList<ClientStatus> ClientLabels::statuses()
{
    return { ClientStatus::Onboarding, ClientStatus::Active, ClientStatus::Suspended, ClientStatus::Blocked,
        ClientStatus::Churned };
}

QList<TaxCountry> ClientLabels::taxCountries()
{
    return { TaxCountry::KZ, TaxCountry::RU, TaxCountry::Other };
}

QList<ContactChannel> ClientLabels::channels()
{
    return { ContactChannel::Email, ContactChannel::Phone, ContactChannel::Messenger, ContactChannel::Portal,
        ContactChannel::Visit, ContactChannel::Other };
}

QStringList ClientLabels::languages()
{
    return { u"ru"_s, u"kk"_s, u"en"_s };
}

QStringList ClientLabels::currencies()
{
    return { u"KZT"_s, u"RUB"_s, u"USD"_s, u"EUR"_s };
}

namespace {
// Replaces the items keeping the selected key (no change signal while refilling).
template<typename Values, typename Key, typename Label>
void refill(QComboBox *combo, const Values &values, Key key, Label label)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    for (const auto &v : values)
        combo->addItem(label(v), key(v));
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

void ClientLabels::fillStatuses(QComboBox *combo)
{
    refill(combo, statuses(), clientStatusKey, status);
}

void ClientLabels::fillTaxCountries(QComboBox *combo)
{
    refill(combo, taxCountries(), taxCountryKey, taxCountry);
}

void ClientLabels::fillChannels(QComboBox *combo)
{
    refill(combo, channels(), contactChannelKey, channel);
}

void ClientLabels::fillLanguages(QComboBox *combo)
{
    refill(
        combo, languages(), [](const QString &c) { return c; }, language);
}

} // namespace rapport
