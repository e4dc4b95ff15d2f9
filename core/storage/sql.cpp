#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace rapport::sql {

QString describeError(const QString &error, const QString &statement)
{
    // Problems of the file or the disk, told as such: the user can act on them,
    // and the statement would only confuse. SQLite's texts for these result
    // codes are fixed (sqlite3_errstr), so they are recognised by their words.
    struct Known
    {
        QLatin1String sqliteText;
        const char *message;
    };
    static const Known known[] = {
        {"attempt to write a readonly database"_L1,
         QT_TRANSLATE_NOOP("Sql", "The database file is read-only, so nothing was changed. "
                                  "Check the file's and its folder's permissions.")},
        {"database or disk is full"_L1,
         QT_TRANSLATE_NOOP("Sql", "The disk is full, so nothing was changed. Free some space and try again.")},
        {"disk I/O error"_L1,
         QT_TRANSLATE_NOOP("Sql", "The disk reported an input/output error, so nothing was changed. "
                                  "Check the disk, then run `rapport-cli check`.")},
        {"unable to open database file"_L1,
         QT_TRANSLATE_NOOP("Sql", "The database file cannot be opened: check that its folder exists and is writable.")},
        {"file is not a database"_L1, QT_TRANSLATE_NOOP("Sql", "The file is not a Rapport database.")},
        {"database disk image is malformed"_L1,
         QT_TRANSLATE_NOOP("Sql", "The database file is damaged. Restore the newest backup (rapport-cli restore).")},
    };
    for (const Known &k : known) {
        if (error.contains(k.sqliteText, Qt::CaseInsensitive))
            return QCoreApplication::translate("Sql", k.message);
    }
    QString s = statement.simplified();
    if (s.size() > 120)
        s = s.left(117) + u"..."_s;
    return QCoreApplication::translate("Sql", "Database error: %1 (in: %2)").arg(error, s);
}

static QString describe(const QSqlQuery &q, const QString &statement)
{
    return describeError(q.lastError().text(), statement);
}

// Flags are stored as integers 0/1 on both engines; PostgreSQL would refuse
// a boolean literal for an integer column, SQLite stores 1 either way.
static QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.isNull() ? QVariant(QMetaType::fromType<int>()) : QVariant(value.toBool() ? 1 : 0);
    return value;
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Without values the statement runs as is: PostgreSQL prepares only
    // queries and data changes, not DDL or SET.
    if (values.isEmpty()) {
        if (!q.exec(statement))
            return fail(describe(q, statement));
        return q;
    }
    if (!q.prepare(statement))
        return fail(describe(q, statement));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, bindable(values.at(i)));
    if (!q.exec())
        return fail(describe(q, statement));
    return q;
}

Status exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, bindable(values.at(i)));
    if (!query.exec())
        return fail(describe(query, query.lastQuery()));
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto q = exec(db, statement, values);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return QVariant();
    QVariant v = q->value(0);
    q->finish();
    return v;
}

Status execScript(const QSqlDatabase &db, const QString &script)
{
    QStringList statements;
    QString current;
    bool inQuote = false;
    int triggerDepth = 0;
    const QStringList lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        if (!inQuote && line.trimmed().startsWith(u"--"_s))
            continue;
        for (QChar c : line) {
            if (c == u'\'')
                inQuote = !inQuote;
        }
        const QString upper = line.trimmed().toUpper();
        if (!inQuote && upper.startsWith(u"CREATE TRIGGER"_s))
            ++triggerDepth;
        current += line + u'\n';
        if (inQuote)
            continue;
        if (triggerDepth > 0) {
            if (upper == u"END;"_s) {
                --triggerDepth;
                statements << current;
                current.clear();
            }
            continue;
        }
        if (line.trimmed().endsWith(u';')) {
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current;
    for (const QString &statement : std::as_const(statements)) {
        auto q = exec(db, statement);
        if (!q)
            return fail(q.error());
    }
    return {};
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace rapport::sql
