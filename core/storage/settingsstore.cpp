#include "settingsstore.h"

#include "auditlog.h"
#include "sql.h"
#include "transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    auto v = sql::scalar(m_db.connection(), u"SELECT value FROM settings WHERE key = ?"_s, { key });
    if (!v || v->isNull())
        return fallback.isNull() ? u""_s : fallback;
    return v->toString();
}

Status SettingsStore::store(const QVariantMap &values)
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

} // namespace rapport
