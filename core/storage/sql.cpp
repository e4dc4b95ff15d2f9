#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace rapport::sql {

static QString describe(const QSqlQuery &q, const QString &statement)
{
    QString s = statement.simplified();
    if (s.size() > 120)
        s = s.left(117) + u"..."_s;
    return QCoreApplication::translate("Sql", "Database error: %1 (in: %2)").arg(q.lastError().text(), s);
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return fail(describe(q, statement));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return fail(describe(q, statement));
    return q;
}

Status exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
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
