#include "healthcheck.h"

#include "migrator.h"
#include "sql.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QStringList HealthCheck::problems() const
{
    QStringList problems;
    const QSqlDatabase conn = m_db.connection();
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
    const int version = m_db.schemaVersion();
    const int latest = Migrator::latestVersion();
    if (version != latest)
        problems << QCoreApplication::translate("HealthCheck", "schema version is %1, expected %2").arg(version).arg(latest);
    return problems;
}

} // namespace rapport
