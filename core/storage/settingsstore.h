#pragma once

#include "database.h"
#include "domain/result.h"

#include <QString>
#include <QVariantMap>

namespace rapport {

// The settings table (key → text) under the typed settings classes
// (BillingSettings, RegulationSettings): one read, and one audited write of
// several keys in a transaction (entity "settings", old and new values).
class SettingsStore
{
public:
    explicit SettingsStore(const Database &db) : m_db(db) {}

    // The stored text, or `fallback` when the key is absent.
    QString value(const QString &key, const QString &fallback = QString()) const;
    Status store(const QVariantMap &values);

private:
    Database m_db;
};

} // namespace rapport
