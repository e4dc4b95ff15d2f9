#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace rapport {

// One INSERT executed very many times (demo data, imports). Qt binds every
// value through QVariant and a named-placeholder table, about 1 µs a value;
// where Qt uses the system SQLite library (Linux distributions), this goes
// through SQLite's C API on Qt's own connection instead, four times faster.
// Elsewhere it falls back to a reused QSqlQuery. Values are bound by
// position from 0, then exec() runs the statement and clears the bindings.
class BulkStatement
{
public:
    BulkStatement(const QSqlDatabase &db, const QString &statement);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // False when the statement could not be prepared; error() says why.
    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // Whether the fast path is in use.
    bool isDirect() const { return m_direct != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, const QString &value); // a null QString binds NULL
    void bindNull(int index);
    // 0 (or less) binds NULL: for optional ids and instants.
    void bindOptional(int index, qint64 value);

    Status exec();

    // Whether the fast path can work on this connection.
    static bool directAvailable(const QSqlDatabase &db);

private:
    struct Direct;

    QString m_statement;
    QString m_error;
    std::unique_ptr<Direct> m_direct;
    QSqlQuery m_query;
};

} // namespace rapport
