#include "auditlog.h"

#include "domain/clock.h"
#include "sql.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

static QString actionKey(AuditLog::Action a)
{
    switch (a) {
    case AuditLog::Action::Create: return u"create"_s;
    case AuditLog::Action::Update: return u"update"_s;
    case AuditLog::Action::Delete: return u"delete"_s;
    case AuditLog::Action::Archive: return u"archive"_s;
    }
    return {};
}

static QVariant toJson(const QVariantMap &map)
{
    if (map.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

static QVariantMap fromJson(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object().toVariantMap();
}

Status AuditLog::record(const QString &entity, qint64 entityId, Action action, const QVariantMap &oldValues,
                        const QVariantMap &newValues)
{
    QVariantMap before = oldValues;
    QVariantMap after = newValues;
    if (action == Action::Update) {
        before.clear();
        after.clear();
        for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
            const QVariant old = oldValues.value(it.key());
            if (old != it.value()) {
                before.insert(it.key(), old);
                after.insert(it.key(), it.value());
            }
        }
        if (after.isEmpty())
            return {};
    }
    const User &actor = m_db.actor();
    auto q = sql::exec(m_db.connection(),
                       u"INSERT INTO audit_log (at, user_id, user_email, entity, entity_id, action, old_values, new_values) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {Clock::nowSecs(), sql::nullIfZero(actor.id.value), sql::nullIfEmpty(actor.email), entity,
                        entityId, actionKey(action), toJson(before), toJson(after)});
    if (!q)
        return fail(q.error());
    return {};
}

static AuditLog::Entry readEntry(const QSqlQuery &q)
{
    AuditLog::Entry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.userEmail = q.value(2).toString();
    e.entity = q.value(3).toString();
    e.entityId = q.value(4).toLongLong();
    e.action = q.value(5).toString();
    e.oldValues = fromJson(q.value(6));
    e.newValues = fromJson(q.value(7));
    e.dbUser = q.value(8).toString();
    return e;
}

QList<AuditLog::Entry> AuditLog::entriesFor(const QString &entity, qint64 entityId) const
{
    QList<Entry> result;
    auto q = sql::exec(m_db.connection(),
                       u"SELECT id, at, user_email, entity, entity_id, action, old_values, new_values, db_user "
                       "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"_s,
                       {entity, entityId});
    if (!q)
        return result;
    while (q->next())
        result.append(readEntry(*q));
    return result;
}

Result<QList<AuditLog::Entry>> AuditLog::latest(int limit) const
{
    QList<Entry> result;
    auto q = sql::exec(m_db.connection(),
                       u"SELECT id, at, user_email, entity, entity_id, action, old_values, new_values, db_user "
                       "FROM audit_log ORDER BY id DESC LIMIT ?"_s,
                       {limit});
    if (!q)
        return fail(q.error());
    while (q->next())
        result.append(readEntry(*q));
    return result;
}

} // namespace rapport
