#include "transaction.h"

#include "dialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

Q_LOGGING_CATEGORY(lcTransaction, "rapport.storage.transaction")

namespace {
// Nesting state per connection. Connections are per thread, so the map is too.
struct Nesting
{
    int depth = 0;
    bool failed = false;
};
thread_local QHash<QString, Nesting> t_nesting;
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    Nesting &n = t_nesting[m_db.connectionName()];
    if (n.depth == 0) {
        QSqlQuery q(m_db);
        if (!q.exec(Dialect::of(m_db).beginWrite())) {
            m_error = QCoreApplication::translate("Transaction", "Cannot start a write transaction: %1")
                          .arg(q.lastError().text());
            qCWarning(lcTransaction) << m_error;
            return;
        }
        n.failed = false;
    }
    ++n.depth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active || m_done)
        return;
    Nesting &n = t_nesting[m_db.connectionName()];
    n.failed = true;
    if (--n.depth == 0) {
        QSqlQuery q(m_db);
        // SQLite itself rolls back on some errors (a full disk, say): then
        // there is nothing left to roll back, which is no second failure.
        if (!q.exec(u"ROLLBACK"_s) && !q.lastError().text().contains(u"no transaction is active"_s))
            qCWarning(lcTransaction) << "rollback failed" << q.lastError().text();
        t_nesting.remove(m_db.connectionName());
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return fail(m_error);
    if (m_done)
        return fail(QCoreApplication::translate("Transaction", "Transaction already finished."));
    m_done = true;
    Nesting &n = t_nesting[m_db.connectionName()];
    if (--n.depth > 0)
        return {};
    const bool failed = n.failed;
    t_nesting.remove(m_db.connectionName());
    QSqlQuery q(m_db);
    if (failed) {
        q.exec(u"ROLLBACK"_s);
        return fail(QCoreApplication::translate("Transaction", "An inner step failed; nothing was saved."));
    }
    if (!q.exec(u"COMMIT"_s)) {
        const QString reason = q.lastError().text();
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return fail(QCoreApplication::translate("Transaction", "Cannot save: %1").arg(reason));
    }
    return {};
}

} // namespace rapport
