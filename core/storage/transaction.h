#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace rapport {

// RAII write transaction. The outermost guard on a connection starts it (on
// SQLite with BEGIN IMMEDIATE: a deferred BEGIN lets two writers deadlock
// into SQLITE_BUSY) and commits it; inner guards join it. A guard destroyed
// without commit() rolls the whole transaction back, so a failure anywhere
// inside leaves nothing behind.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (e.g. the database stayed locked past the
    // busy timeout); error() says why.
    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }

    // Commits at the outermost level; at inner levels only marks success.
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_done = false;
    QString m_error;
};

} // namespace rapport
