#pragma once

#include "database.h"

#include <QVariantMap>

namespace rapport {

// Records every change to a business record: who (the database's actor),
// when, which record, and the old and new values of the fields that changed.
class AuditLog
{
public:
    enum class Action { Create, Update, Delete, Archive };

    struct Entry
    {
        qint64 id = 0;
        qint64 at = 0;
        QString userEmail;
        QString dbUser; // the team database's login that wrote it (server-written); empty in a file
        QString entity;
        qint64 entityId = 0;
        QString action;
        QVariantMap oldValues;
        QVariantMap newValues;
    };

    explicit AuditLog(const Database &db) : m_db(db) {}

    // For an update only the fields whose values differ are written; an
    // update that changes nothing writes nothing.
    Status record(const QString &entity, qint64 entityId, Action action, const QVariantMap &oldValues,
                  const QVariantMap &newValues);

    QList<Entry> entriesFor(const QString &entity, qint64 entityId) const;
    Result<QList<Entry>> latest(int limit) const;

private:
    Database m_db;
};

} // namespace rapport
