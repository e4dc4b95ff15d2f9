#include "teampush.h"

#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TeamPush", text);
}

// Table and column names come from the databases' own catalogs; quoted,
// they are the same identifiers on both engines.
QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

QString quotedList(const QStringList &identifiers)
{
    QStringList out;
    out.reserve(identifiers.size());
    for (const QString &name : identifiers)
        out << quoted(name);
    return out.join(u", "_s);
}

// One value in a text form that both engines give alike: integers in
// decimal, reals with 17 significant digits, text as is, bytes in hex.
void appendCanonical(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        out += QByteArray::number(value.toDouble(), 'g', 17);
        return;
    case QMetaType::QByteArray:
        out += "\\x" + value.toByteArray().toHex();
        return;
    default:
        out += value.toString().toUtf8();
    }
}

struct ColumnSet
{
    QStringList columns;
    QString integerKey; // the single INTEGER PRIMARY KEY column, if any
};

Result<ColumnSet> sourceColumns(const QSqlDatabase &conn, const QString &table)
{
    auto q = sql::exec(conn, u"SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"_s, {table});
    if (!q)
        return fail(q.error());
    ColumnSet set;
    int keyColumns = 0;
    QString key;
    QString keyType;
    while (q->next()) {
        set.columns << q->value(0).toString();
        if (q->value(2).toInt() > 0) {
            ++keyColumns;
            key = q->value(0).toString();
            keyType = q->value(1).toString().toUpper();
        }
    }
    if (set.columns.isEmpty())
        return fail(tr("The table %1 has no columns.").arg(table));
    if (keyColumns == 1 && keyType == u"INTEGER"_s)
        set.integerKey = key;
    return set;
}

// Rows and checksum of one table on one side. Rows are hashed in key order;
// without an integer key (text or composite keys, whose order depends on
// each engine's collation) they are sorted here first.
Result<std::pair<qint64, QString>> tally(const QSqlDatabase &conn, const QString &table, const ColumnSet &set)
{
    // sql-ok: table and column names from the catalogs, quoted
    QString statement = u"SELECT %1 FROM %2"_s.arg(quotedList(set.columns), quoted(table));
    if (!set.integerKey.isEmpty())
        statement += u" ORDER BY "_s + quoted(set.integerKey);
    auto q = sql::exec(conn, statement);
    if (!q)
        return fail(q.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QList<QByteArray> unordered;
    qint64 rows = 0;
    QByteArray row;
    const int width = int(set.columns.size());
    while (q->next()) {
        row.clear();
        for (int i = 0; i < width; ++i) {
            if (i > 0)
                row += '\x1f';
            appendCanonical(row, q->value(i));
        }
        row += '\x1e';
        if (set.integerKey.isEmpty())
            unordered.append(row);
        else
            hash.addData(row);
        ++rows;
    }
    if (set.integerKey.isEmpty()) {
        std::sort(unordered.begin(), unordered.end());
        for (const QByteArray &r : std::as_const(unordered))
            hash.addData(r);
    }
    return std::pair<qint64, QString>{rows, QString::fromLatin1(hash.result().toHex())};
}

// Every row of `table` from `source` into `target`, the given columns, values bound.
Status copyRows(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table, const ColumnSet &set)
{
    const int width = int(set.columns.size());
    // sql-ok: table and column names from the catalogs, quoted
    auto rows = sql::exec(source, u"SELECT %1 FROM %2"_s.arg(quotedList(set.columns), quoted(table)));
    if (!rows)
        return fail(rows.error());
    QStringList marks;
    for (int i = 0; i < width; ++i)
        marks << u"?"_s;
    QSqlQuery insert(target);
    const QString statement =
        // sql-ok: table and column names from the catalogs, quoted; values bound
        u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(quoted(table), quotedList(set.columns), marks.join(u", "_s));
    if (!insert.prepare(statement))
        return fail(sql::describeError(insert.lastError().text(), statement));
    QVariantList values(width);
    while (rows->next()) {
        for (int i = 0; i < width; ++i)
            values[i] = rows->value(i);
        if (Status s = sql::exec(insert, values); !s)
            return fail(tr("%1: %2").arg(table, s.error()));
    }
    return {};
}

} // namespace

Result<QStringList> TeamPush::tables() const
{
    auto q = sql::exec(m_source.connection(),
                       u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"_s);
    if (!q)
        return fail(q.error());
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

Status TeamPush::checkTarget() const
{
    if (m_source.isServer() || !m_target.isServer())
        return fail(tr("team push moves a database file into a team database."));
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return fail(tr("The file has schema version %1 and the team database %2; open both with this Rapport first.")
                        .arg(m_source.schemaVersion())
                        .arg(m_target.schemaVersion()));
    const QSqlDatabase conn = m_target.connection();
    QStringList held;
    const QList<std::pair<QString, const char *>> business = {
        {u"clients"_s, QT_TRANSLATE_NOOP("TeamPush", "%1 clients")},
        {u"tickets"_s, QT_TRANSLATE_NOOP("TeamPush", "%1 tickets")},
        {u"invoices"_s, QT_TRANSLATE_NOOP("TeamPush", "%1 invoices")},
    };
    for (const auto &[table, text] : business) {
        auto n = sql::scalar(conn, u"SELECT count(*) FROM "_s + quoted(table));
        if (!n)
            return fail(n.error());
        if (n->toLongLong() > 0)
            held << tr(text).arg(n->toLongLong());
    }
    if (!held.isEmpty())
        return fail(tr("The team database %1 already holds %2; team push only fills an empty one.")
                        .arg(m_target.displayName(), held.join(u", "_s)));
    return {};
}

Result<QList<TableTally>> TeamPush::push(const Progress &progress)
{
    if (Status ok = checkTarget(); !ok)
        return fail(ok.error());
    auto names = tables();
    if (!names)
        return fail(names.error());
    const QSqlDatabase source = m_source.connection();
    const QSqlDatabase target = m_target.connection();

    QStringList targetTables;
    {
        auto q = sql::exec(target, u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            targetTables << q->value(0).toString();
    }
    for (const QString &table : std::as_const(*names)) {
        if (!targetTables.contains(table))
            return fail(tr("The team database has no table %1; its schema differs from the file's.").arg(table));
    }

    // A source snapshot: nobody writes the file while it is read (the guard
    // rolls back, having changed nothing).
    Transaction read(source);
    if (!read.isActive())
        return fail(read.error());
    Transaction tx(target);
    if (!tx.isActive())
        return fail(tx.error());
    // Rows arrive with their final values: no triggers (counters, rollups,
    // audit) and no foreign-key checks while the tables fill in any order.
    if (auto r = sql::exec(target, u"SET LOCAL session_replication_role = replica"_s); !r)
        return fail(tr("team push needs the server administrator's login (it loads rows with triggers off): %1")
                        .arg(r.error()));
    // What `team init` seeded (settings, calendars) is replaced by the file's.
    for (auto it = names->crbegin(); it != names->crend(); ++it) {
        if (auto r = sql::exec(target, u"DELETE FROM "_s + quoted(*it)); !r)
            return fail(r.error());
    }

    int done = 0;
    for (const QString &table : std::as_const(*names)) {
        auto set = sourceColumns(source, table);
        if (!set)
            return fail(set.error());
        if (Status s = copyRows(source, target, table, *set); !s)
            return fail(s.error());
        // New rows made on the server continue after the highest id.
        auto identity = sql::exec(target,
                                  u"SELECT column_name FROM information_schema.columns "
                                  u"WHERE table_schema = 'public' AND table_name = ? AND is_identity = 'YES'"_s,
                                  {table});
        if (!identity)
            return fail(identity.error());
        QStringList identityColumns;
        while (identity->next())
            identityColumns << identity->value(0).toString();
        identity->finish();
        for (const QString &column : std::as_const(identityColumns)) {
            const QString setval =
                // sql-ok: table and column names from the catalogs, quoted
                u"SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT max(%1) FROM %2), 0) + 1, false)"_s.arg(
                    quoted(column), quoted(table));
            if (auto r = sql::exec(target, setval, {quoted(table), column}); !r)
                return fail(r.error());
        }
        ++done;
        if (progress)
            progress(table, done, int(names->size()));
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return verify();
}

Result<QList<TableTally>> TeamPush::verify() const
{
    auto names = tables();
    if (!names)
        return fail(names.error());
    QList<TableTally> tallies;
    for (const QString &table : std::as_const(*names)) {
        auto set = sourceColumns(m_source.connection(), table);
        if (!set)
            return fail(set.error());
        auto mine = tally(m_source.connection(), table, *set);
        if (!mine)
            return fail(mine.error());
        auto theirs = tally(m_target.connection(), table, *set);
        if (!theirs)
            return fail(theirs.error());
        TableTally t;
        t.table = table;
        t.sourceRows = mine->first;
        t.sourceChecksum = mine->second;
        t.targetRows = theirs->first;
        t.targetChecksum = theirs->second;
        tallies.append(t);
    }
    return tallies;
}

Result<QList<TableTally>> TeamPush::pull(const Database &server, const Database &file)
{
    if (!server.isServer() || file.isServer())
        return fail(tr("A snapshot copies a team database into a database file."));
    if (server.schemaVersion() != file.schemaVersion())
        return fail(tr("The team database has schema version %1 and this Rapport writes %2; update Rapport first.")
                        .arg(server.schemaVersion())
                        .arg(file.schemaVersion()));
    const QSqlDatabase source = server.connection();
    const QSqlDatabase target = file.connection();
    const TeamPush tally(file, server);
    auto names = tally.tables();
    if (!names)
        return fail(names.error());

    // Rows arrive with their final values: no foreign-key checks while the
    // tables fill (checked as a whole at the end), and the file's triggers
    // (counters, append-only rules) set aside and put back in the same
    // transaction.
    if (auto r = sql::exec(target, u"PRAGMA foreign_keys=OFF"_s); !r)
        return fail(r.error());
    const auto restoreForeignKeys = qScopeGuard([&target] { (void)sql::exec(target, u"PRAGMA foreign_keys=ON"_s); });
    Transaction tx(target);
    if (!tx.isActive())
        return fail(tx.error());
    QList<std::pair<QString, QString>> triggers;
    {
        auto q = sql::exec(target, u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            triggers.append({q->value(0).toString(), q->value(1).toString()});
    }
    for (const auto &trigger : std::as_const(triggers)) {
        if (auto r = sql::exec(target, u"DROP TRIGGER "_s + quoted(trigger.first)); !r)
            return fail(r.error());
    }
    // What opening the new file seeded (settings, calendars, templates) is
    // replaced by the team database's.
    for (auto it = names->crbegin(); it != names->crend(); ++it) {
        if (auto r = sql::exec(target, u"DELETE FROM "_s + quoted(*it)); !r)
            return fail(r.error());
    }

    // One snapshot of the server for the copy and for the comparison.
    const Dialect &dialect = server.dialect();
    if (auto r = sql::exec(source, dialect.beginReadSnapshot()); !r)
        return fail(r.error());
    const auto endSnapshot = qScopeGuard([&source, &dialect] { (void)sql::exec(source, dialect.endReadSnapshot()); });
    for (const QString &table : std::as_const(*names)) {
        auto set = sourceColumns(target, table);
        if (!set)
            return fail(set.error());
        if (Status s = copyRows(source, target, table, *set); !s)
            return fail(s.error());
    }
    for (const auto &trigger : std::as_const(triggers)) {
        if (auto r = sql::exec(target, trigger.second); !r)
            return fail(r.error());
    }
    {
        auto q = sql::exec(target, u"SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 1"_s);
        if (!q)
            return fail(q.error());
        if (q->next())
            return fail(tr("The snapshot breaks a reference: a row of %1 names a missing row of %2.")
                            .arg(q->value(0).toString(), q->value(2).toString()));
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    auto tallies = tally.verify();
    if (!tallies)
        return fail(tallies.error());
    for (const TableTally &t : std::as_const(*tallies)) {
        if (!t.matches())
            return fail(tr("The snapshot of %1 differs from the team database (%2 rows written, %3 on the server).")
                            .arg(t.table)
                            .arg(t.sourceRows)
                            .arg(t.targetRows));
    }
    return *tallies;
}

} // namespace rapport
