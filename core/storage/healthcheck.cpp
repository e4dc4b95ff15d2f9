#include "healthcheck.h"

#include "migrator.h"
#include "sql.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {
// The pages and references of an SQLite file. A team server keeps its own
// pages and enforces foreign keys on every statement: there it is enough
// that the server answers.
QStringList storageProblems(const QSqlDatabase &conn, bool server)
{
    QStringList problems;
    if (server) {
        if (auto q = sql::exec(conn, u"SELECT 1"_s); !q)
            problems << q.error();
        return problems;
    }
    if (auto q = sql::exec(conn, u"PRAGMA integrity_check"_s); !q) {
        problems << q.error();
    } else {
        while (q->next()) {
            const QString line = q->value(0).toString();
            if (line != u"ok"_s)
                problems << QCoreApplication::translate("HealthCheck", "integrity: %1").arg(line);
        }
    }
    if (auto q = sql::exec(conn, u"PRAGMA foreign_key_check"_s); !q) {
        problems << q.error();
    } else {
        while (q->next()) {
            problems << QCoreApplication::translate("HealthCheck", "foreign key: row %1 of table %2 points to a missing %3")
                            .arg(q->value(1).toString(), q->value(0).toString(), q->value(2).toString());
        }
    }
    return problems;
}
} // namespace

QStringList HealthCheck::problems() const
{
    QStringList problems = storageProblems(m_db.connection(), m_db.isServer());
    const int version = m_db.schemaVersion();
    const int latest = Migrator::latestVersion(m_db.engine());
    if (version != latest)
        problems << QCoreApplication::translate("HealthCheck", "schema version is %1, expected %2").arg(version).arg(latest);
    return problems;
}

} // namespace rapport
