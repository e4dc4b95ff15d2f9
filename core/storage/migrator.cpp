#include "migrator.h"

#include "backup.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QList<Migrator::Script> Migrator::scripts()
{
    static const QRegularExpression pattern(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    QList<Script> result;
    QDirIterator it(u":/migrations"_s);
    while (it.hasNext()) {
        const QString path = it.next();
        const auto m = pattern.match(it.fileName());
        if (m.hasMatch())
            result.append({m.captured(1).toInt(), m.captured(2), path});
    }
    std::sort(result.begin(), result.end(), [](const Script &a, const Script &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion()
{
    const auto all = scripts();
    return all.isEmpty() ? 0 : all.last().version;
}

Status Migrator::migrate(bool backupFirst)
{
    const int current = m_db.schemaVersion();
    if (backupFirst) {
        const QString target = m_db.path() + u".pre-v"_s + QString::number(latestVersion()) + u".sqlite"_s;
        const Status saved = Backup(m_db).writeTo(target);
        if (!saved)
            return fail(QCoreApplication::translate("Migrator", "Backup before upgrade failed, nothing changed: %1")
                            .arg(saved.error()));
    }
    const QSqlDatabase conn = m_db.connection();
    for (const Script &script : scripts()) {
        if (script.version <= current)
            continue;
        QFile file(script.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("Migrator", "Cannot read migration %1.").arg(script.path));
        const QString text = QString::fromUtf8(file.readAll());
        Transaction tx(conn);
        if (!tx.isActive())
            return fail(tx.error());
        if (Status s = sql::execScript(conn, text); !s)
            return fail(QCoreApplication::translate("Migrator", "Migration %1 (%2) failed: %3")
                            .arg(script.version)
                            .arg(script.name, s.error()));
        // PRAGMA takes no bound parameters; the version is an integer we own.
        if (auto q = sql::exec(conn, u"PRAGMA user_version = "_s + QString::number(script.version)); !q)
            return fail(q.error());
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace rapport
