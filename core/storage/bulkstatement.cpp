#include "bulkstatement.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <vector>

#ifdef RAPPORT_DIRECT_SQLITE
#include <sqlite3.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString describe(const QString &error, const QString &statement)
{
    return sql::describeError(error, statement);
}

} // namespace

#ifdef RAPPORT_DIRECT_SQLITE

struct BulkStatement::Direct
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    // UTF-8 of the bound texts, alive until the next exec(): SQLite reads
    // them in place instead of copying.
    std::vector<QByteArray> texts;
};

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

bool BulkStatement::directAvailable(const QSqlDatabase &db)
{
    if (db.driverName() != u"QSQLITE"_s)
        return false;
    static const bool sameLibrary = [&db] {
        // Qt's connection must run on this very library (not a copy built
        // into the Qt plugin): same version and source.
        QSqlQuery q(db);
        if (!q.exec(u"SELECT sqlite_source_id()"_s) || !q.next())
            return false;
        return q.value(0).toString() == QString::fromLatin1(sqlite3_sourceid())
            && QString::fromLatin1(sqlite3_libversion()) == QString::fromLatin1(SQLITE_VERSION);
    }();
    return sameLibrary && handleOf(db) != nullptr;
}

BulkStatement::BulkStatement(const QSqlDatabase &db, const QString &statement)
    : m_statement(statement)
{
    if (directAvailable(db)) {
        m_direct = std::make_unique<Direct>();
        m_direct->db = handleOf(db);
        const QByteArray utf8 = statement.toUtf8();
        if (sqlite3_prepare_v2(m_direct->db, utf8.constData(), int(utf8.size()), &m_direct->statement, nullptr)
            != SQLITE_OK)
            m_error = describe(QString::fromUtf8(sqlite3_errmsg(m_direct->db)), statement);
        else
            m_direct->texts.resize(size_t(sqlite3_bind_parameter_count(m_direct->statement)));
        return;
    }
    m_query = QSqlQuery(db);
    if (!m_query.prepare(statement))
        m_error = describe(m_query.lastError().text(), statement);
}

BulkStatement::~BulkStatement()
{
    if (m_direct && m_direct->statement)
        sqlite3_finalize(m_direct->statement);
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_direct)
        sqlite3_bind_int64(m_direct->statement, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void BulkStatement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        bindNull(index);
    } else if (m_direct) {
        QByteArray &utf8 = m_direct->texts.at(size_t(index));
        utf8 = value.toUtf8();
        sqlite3_bind_text(m_direct->statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    } else {
        m_query.bindValue(index, value);
    }
}

void BulkStatement::bindNull(int index)
{
    if (m_direct)
        sqlite3_bind_null(m_direct->statement, index + 1);
    else
        m_query.bindValue(index, QVariant());
}

Status BulkStatement::exec()
{
    if (!m_direct) {
        if (!m_query.exec())
            return fail(describe(m_query.lastError().text(), m_statement));
        return {};
    }
    const int rc = sqlite3_step(m_direct->statement);
    sqlite3_reset(m_direct->statement);
    sqlite3_clear_bindings(m_direct->statement);
    if (rc != SQLITE_DONE)
        return fail(describe(QString::fromUtf8(sqlite3_errmsg(m_direct->db)), m_statement));
    return {};
}

#else // Qt's own binding everywhere

struct BulkStatement::Direct
{
};

bool BulkStatement::directAvailable(const QSqlDatabase &)
{
    return false;
}

BulkStatement::BulkStatement(const QSqlDatabase &db, const QString &statement)
    : m_statement(statement)
    , m_query(db)
{
    if (!m_query.prepare(statement))
        m_error = describe(m_query.lastError().text(), statement);
}

BulkStatement::~BulkStatement() = default;

void BulkStatement::bind(int index, qint64 value)
{
    m_query.bindValue(index, value);
}

void BulkStatement::bind(int index, const QString &value)
{
    m_query.bindValue(index, value.isNull() ? QVariant() : QVariant(value));
}

void BulkStatement::bindNull(int index)
{
    m_query.bindValue(index, QVariant());
}

Status BulkStatement::exec()
{
    if (!m_query.exec())
        return fail(describe(m_query.lastError().text(), m_statement));
    return {};
}

#endif

void BulkStatement::bindOptional(int index, qint64 value)
{
    if (value > 0)
        bind(index, value);
    else
        bindNull(index);
}

} // namespace rapport
