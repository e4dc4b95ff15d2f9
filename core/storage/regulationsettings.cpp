#include "regulationsettings.h"

#include "auditlog.h"
#include "planning/servicestandard.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QStringList RegulationSettings::presets()
{
    return { ServiceStandard::presetKey() };
}

QString RegulationSettings::value(const QString &key) const
{
    auto v = sql::scalar(m_db.connection(), u"SELECT value FROM settings WHERE key = ?"_s, { key });
    if (!v || v->isNull())
        return u""_s;
    return v->toString();
}

Status RegulationSettings::store(const QVariantMap &values)
{
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    QVariantMap old;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        old.insert(it.key(), value(it.key()));
        if (auto q = sql::exec(conn,
                u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                { it.key(), it.value().toString() });
            !q)
            return fail(q.error());
    }
    if (Status s = AuditLog(m_db).record(u"settings"_s, 0, AuditLog::Action::Update, old, values); !s)
        return s;
    return tx.commit();
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
