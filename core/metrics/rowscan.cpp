#include "rowscan.h"

#include "storage/bulkstatement.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>

#ifdef RAPPORT_DIRECT_SQLITE
#include <sqlite3.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

std::atomic_bool directAllowed { true };

// How often the pass looks at the cancel flag.
constexpr qint64 kCancelCheckRows = 1 << 16;

QString describe(const QString &error, const QString &statement)
{
    return sql::describeError(error, statement);
}

QString cancelledText()
{
    return QCoreApplication::translate("RowScan", "The calculation was cancelled.");
}

} // namespace

#ifdef RAPPORT_DIRECT_SQLITE

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

struct ScanContext
{
    const RowScan::Callback *onRow = nullptr;
    const std::atomic_bool *cancel = nullptr;
    qint64 rows = 0;
    bool cancelled = false;
};

void scanStep(sqlite3_context *context, int, sqlite3_value **values)
{
    auto *scan = static_cast<ScanContext *>(sqlite3_user_data(context));
    if (scan->cancel && (++scan->rows % kCancelCheckRows) == 0 && scan->cancel->load()) {
        scan->cancelled = true;
        sqlite3_result_error(context, "cancelled", -1);
        return;
    }
    (*scan->onRow)(RowScan::Row(values));
}

void scanFinal(sqlite3_context *context)
{
    sqlite3_result_null(context);
}

Status bindAll(sqlite3_stmt *statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else if (v.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(statement, i + 1, v.toDouble());
        } else {
            rc = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    }
    return {};
}

Status runDirect(sqlite3 *handle, const QString &columns, const QString &from, const QVariantList &values,
    const RowScan::Callback &onRow, const std::atomic_bool *cancel)
{
    const QString text = u"SELECT rapport_scan("_s + columns + u") "_s + from;
    ScanContext scan { &onRow, cancel };
    // Registered for this statement only, with this pass as its context.
    if (sqlite3_create_function_v2(
            handle, "rapport_scan", -1, SQLITE_UTF8, &scan, nullptr, scanStep, scanFinal, nullptr)
        != SQLITE_OK)
        return fail(describe(QString::fromUtf8(sqlite3_errmsg(handle)), text));
    const auto unregister = qScopeGuard([handle] {
        sqlite3_create_function_v2(
            handle, "rapport_scan", -1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    });
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return fail(describe(QString::fromUtf8(sqlite3_errmsg(handle)), text));
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    if (Status bound = bindAll(statement, values); !bound)
        return fail(describe(bound.error(), text));
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(statement);
    if (scan.cancelled)
        return fail(cancelledText());
    if (rc != SQLITE_DONE)
        return fail(describe(QString::fromUtf8(sqlite3_errmsg(handle)), text));
    return {};
}

} // namespace

bool RowScan::Row::isNull(int column) const
{
    if (m_values)
        return sqlite3_value_type(m_values[column]) == SQLITE_NULL;
    return m_query->isNull(column);
}

qint64 RowScan::Row::integer(int column) const
{
    if (m_values)
        return sqlite3_value_int64(m_values[column]);
    return m_query->value(column).toLongLong();
}

char RowScan::Row::charAt(int column, int index) const
{
    if (m_values) {
        const unsigned char *text = sqlite3_value_text(m_values[column]);
        if (!text)
            return '\0';
        for (int i = 0; i < index; ++i) {
            if (text[i] == 0)
                return '\0';
        }
        return char(text[index]);
    }
    const QString text = m_query->value(column).toString();
    return index < text.size() ? text.at(index).toLatin1() : '\0';
}

bool RowScan::direct(const QSqlDatabase &db)
{
    return directAllowed.load() && BulkStatement::directAvailable(db) && handleOf(db) != nullptr;
}

#else // Qt's own queries everywhere

bool RowScan::Row::isNull(int column) const
{
    return m_query->isNull(column);
}

qint64 RowScan::Row::integer(int column) const
{
    return m_query->value(column).toLongLong();
}

char RowScan::Row::charAt(int column, int index) const
{
    const QString text = m_query->value(column).toString();
    return index < text.size() ? text.at(index).toLatin1() : '\0';
}

bool RowScan::direct(const QSqlDatabase &)
{
    return false;
}

#endif

void RowScan::setDirectAllowed(bool allowed)
{
    directAllowed.store(allowed);
}

Status RowScan::run(const QSqlDatabase &db, const QString &columns, const QString &from, const QVariantList &values,
    const Callback &onRow, const std::atomic_bool *cancel)
{
#ifdef RAPPORT_DIRECT_SQLITE
    if (direct(db))
        return runDirect(handleOf(db), columns, from, values, onRow, cancel);
#endif
    const QString text = u"SELECT "_s + columns + u' ' + from;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(text))
        return fail(describe(query.lastError().text(), text));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return fail(describe(query.lastError().text(), text));
    const Row row(&query);
    qint64 rows = 0;
    while (query.next()) {
        if (cancel && (++rows % kCancelCheckRows) == 0 && cancel->load())
            return fail(cancelledText());
        onRow(row);
    }
    if (query.lastError().isValid())
        return fail(describe(query.lastError().text(), text));
    return {};
}

} // namespace rapport
