#include "migrator.h"

#include "backup.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QList<Migrator::Script> Migrator::scripts(Engine engine)
{
    static const QRegularExpression pattern(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    QList<Script> result;
    QDirIterator it(Dialect::of(engine).migrationsFolder(), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        const auto m = pattern.match(it.fileName());
        if (m.hasMatch())
            result.append({m.captured(1).toInt(), m.captured(2), path});
    }
    std::sort(result.begin(), result.end(), [](const Script &a, const Script &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion(Engine engine)
{
    const auto all = scripts(engine);
    return all.isEmpty() ? 0 : all.last().version;
}

Status Migrator::migrate(bool backupFirst)
{
    const Dialect &dialect = m_db.dialect();
    if (backupFirst && !m_db.isServer()) {
        const QString target = m_db.path() + u".pre-v"_s + QString::number(latestVersion()) + u".sqlite"_s;
        const Status saved = Backup(m_db).writeTo(target);
        if (!saved)
            return fail(QCoreApplication::translate("Migrator", "Backup before upgrade failed, nothing changed: %1")
                            .arg(saved.error()));
    }
    const QSqlDatabase conn = m_db.connection();
    for (const Script &script : scripts(m_db.engine())) {
        QFile file(script.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("Migrator", "Cannot read migration %1.").arg(script.path));
        const QString text = QString::fromUtf8(file.readAll());
        // SQLite changes a CHECK or a column's type only by rebuilding the
        // table (new table, copy, drop, rename): with foreign keys off, which
        // SQLite allows only outside a transaction, and checked before commit.
        const bool rebuildsTables = !m_db.isServer() && text.contains(u"-- rapport: rebuilds tables"_s);
        if (rebuildsTables) {
            if (auto off = sql::exec(conn, u"PRAGMA foreign_keys=OFF"_s); !off)
                return fail(off.error());
        }
        const auto foreignKeysBackOn = qScopeGuard([&] {
            if (rebuildsTables)
                (void)sql::exec(conn, u"PRAGMA foreign_keys=ON"_s);
        });
        Transaction tx(conn);
        if (!tx.isActive())
            return fail(tx.error());
        // Two desks opening a new team database at once: the second waits
        // here, then finds the script applied.
        if (Status s = dialect.serialize(conn, kMigrationLock); !s)
            return s;
        const auto current = dialect.schemaVersion(conn);
        if (!current)
            return fail(current.error());
        if (script.version <= *current)
            continue;
        if (Status s = dialect.execScript(conn, text); !s)
            return fail(QCoreApplication::translate("Migrator", "Migration %1 (%2) failed: %3")
                            .arg(script.version)
                            .arg(script.name, s.error()));
        if (rebuildsTables) {
            auto broken = sql::exec(conn, u"PRAGMA foreign_key_check"_s);
            if (!broken)
                return fail(broken.error());
            if (broken->next())
                return fail(QCoreApplication::translate("Migrator", "Migration %1 (%2) failed: a row of %3 refers to a missing row.")
                                .arg(script.version)
                                .arg(script.name, broken->value(0).toString()));
        }
        if (Status s = dialect.recordSchemaVersion(conn, script.version, script.name); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace rapport
