#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace rapport::sql {

// Prepares `statement`, binds `values` positionally and executes it, forward
// only. Returns the executed query, or an Error naming the statement.
// A readable message for a failed statement: file and disk problems (read-only,
// full, damaged) in plain words, anything else with the statement it came from.
QString describeError(const QString &error, const QString &statement);

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Same for a prepared query kept by the caller (bulk inserts reuse one).
Status exec(QSqlQuery &query, const QVariantList &values);

// The single value of the first row (count(*), max(id)…), or an Error.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Splits a migration script into statements (at ';' ending a line, outside
// quotes and trigger bodies) and executes each.
Status execScript(const QSqlDatabase &db, const QString &script);

// NULL for an empty string, the text otherwise.
QVariant nullIfEmpty(const QString &text);
// NULL for 0, the id otherwise.
QVariant nullIfZero(qint64 id);

} // namespace rapport::sql
