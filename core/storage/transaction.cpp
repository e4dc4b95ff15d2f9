#include "transaction.h"

#include "dialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>

#ifdef RAPPORT_DIRECT_SQLITE
#include <sqlite3.h>
#endif

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

// True when the connection is no longer inside the transaction it began:
// SQLite rolls a whole transaction back by itself on a full disk or an I/O
// error, and the statements after it would each commit on their own.
bool transactionLost(const QSqlDatabase &db)
{
#ifdef RAPPORT_DIRECT_SQLITE
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        sqlite3 *handle = *static_cast<sqlite3 *const *>(v.constData());
        return handle && sqlite3_get_autocommit(handle) != 0;
    }
#else
    Q_UNUSED(db)
#endif
    return false;
}

QString lostMessage()
{
    return QCoreApplication::translate("Transaction",
                                       "Nothing was saved: the database undid the unfinished work after an error "
                                       "(a full disk, say).");
}
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
    } else if (transactionLost(m_db)) {
        // An inner step after the outer transaction was undone: refuse, so
        // that nothing runs on outside of it.
        n.failed = true;
        m_error = lostMessage();
        return;
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
    if (--n.depth > 0) {
        if (transactionLost(m_db)) {
            n.failed = true;
            return fail(lostMessage());
        }
        return {};
    }
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
