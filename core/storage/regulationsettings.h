#pragma once

#include "database.h"

#include <QStringList>
#include <QVariantMap>

namespace rapport {

// The provider's default regulation in the settings table (seed 000: the
// standards "are applied automatically in every project"); an absent key
// means the default:
// - regulation.apply_to_new_clients: "on" (default) or "off": a client added
//   by hand, imported or made by the demo with a tariff gets the default
//   preset (ObligationRepository::applyDefaultRegulation);
// - regulation.default_preset: "service_standard" (the only preset today).
class RegulationSettings
{
public:
    explicit RegulationSettings(const Database &db) : m_db(db) {}

    static QString applyToNewClientsKey() { return QStringLiteral("regulation.apply_to_new_clients"); }
    static QString defaultPresetKey() { return QStringLiteral("regulation.default_preset"); }
    // The presets a provider can choose as its default.
    static QStringList presets();

    bool applyToNewClients() const;
    Status setApplyToNewClients(bool on);

    // The stored preset, or "service_standard" when none (or an unknown one) is stored.
    QString defaultPreset() const;
    Status setDefaultPreset(const QString &preset);

private:
    QString value(const QString &key) const;
    // Writes the keys in one transaction, audited as entity "settings".
    Status store(const QVariantMap &values);

    Database m_db;
};

} // namespace rapport
