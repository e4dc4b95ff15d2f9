#include "regulationsettings.h"

#include "planning/servicestandard.h"
#include "settingsstore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QStringList RegulationSettings::presets()
{
    return { ServiceStandard::presetKey() };
}

QString RegulationSettings::value(const QString &key) const
{
    return SettingsStore(m_db).value(key);
}

Status RegulationSettings::store(const QVariantMap &values)
{
    return SettingsStore(m_db).store(values);
}

bool RegulationSettings::applyToNewClients() const
{
    const QString v = value(applyToNewClientsKey()).trimmed().toLower();
    return !(v == u"off"_s || v == u"0"_s || v == u"false"_s || v == u"no"_s);
}

Status RegulationSettings::setApplyToNewClients(bool on)
{
    return store({ { applyToNewClientsKey(), on ? u"on"_s : u"off"_s } });
}

QString RegulationSettings::defaultPreset() const
{
    const QString v = value(defaultPresetKey()).trimmed();
    return presets().contains(v) ? v : ServiceStandard::presetKey();
}

Status RegulationSettings::setDefaultPreset(const QString &preset)
{
    if (!presets().contains(preset))
        return fail(QCoreApplication::translate("RegulationSettings", "Unknown regulation preset \"%1\" (%2).")
                        .arg(preset, presets().join(u", "_s)));
    return store({ { defaultPresetKey(), preset } });
}

} // namespace rapport
