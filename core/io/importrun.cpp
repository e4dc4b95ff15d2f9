#include "importrun.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ImportRun::ImportRun(const QByteArray &data, const ImportOptions &options, const QList<ImportColumns::Field> &fields)
    : m_options(options)
    , m_columns(fields, {})
{
    const CsvReader::Document doc = CsvReader::read(data);
    m_summary.dryRun = options.dryRun;
    m_summary.encoding = CsvReader::encodingName(doc.encoding);
    m_summary.delimiter = doc.delimiter;
    if (doc.rows.isEmpty() && !doc.error) {
        rejectFile({},
                   QCoreApplication::translate("ImportRun", "the file is empty: the first line must name the columns"));
        return;
    }
    const QStringList header = doc.rows.isEmpty() ? QStringList() : doc.rows.first().fields;
    m_columns = ImportColumns(fields, header, options.columnMapping, options.ignoreUnknownColumns);
    m_rows = doc.rows.mid(1);
    m_summary.rows = int(m_rows.size());
    if (doc.error) {
        // A broken quote shifts everything after it: nothing is imported.
        const QString column = doc.error->line > 1 ? m_columns.headerAt(doc.error->field) : QString();
        m_summary.errors.append({doc.error->line,
                                 column,
                                 QCoreApplication::translate("ImportRun", "%1 (character %2 of the line)")
                                     .arg(doc.error->reason)
                                     .arg(doc.error->column)});
        m_usable = false;
    }
    for (const ImportColumns::Problem &p : m_columns.problems())
        rejectFile(p.column, p.reason);
    if (!m_usable) {
        m_summary.rejected = true;
        m_summary.skipped = m_summary.rows;
    }
}

void ImportRun::rejectFile(const QString &column, const QString &reason)
{
    m_summary.errors.append({1, column, reason});
    m_usable = false;
    m_summary.rejected = true;
    m_summary.skipped = m_summary.rows;
}

bool ImportRun::cancelled(int done)
{
    if (m_options.progress)
        m_options.progress(done, m_summary.rows);
    return m_options.cancel && m_options.cancel->load();
}

bool ImportRun::beginRow(const CsvReader::Row &row)
{
    m_line = row.line;
    m_errorsAtRowStart = m_summary.errors.size();
    const int expected = m_columns.columnCount();
    const int actual = int(row.fields.size());
    if (actual < expected) {
        m_summary.errors.append(
            {m_line,
             m_columns.headerAt(actual),
             QCoreApplication::translate("ImportRun", "missing: the row has %1 fields, the header %2")
                 .arg(actual)
                 .arg(expected)});
    }
    for (int i = expected; i < actual; ++i) {
        if (!row.fields.at(i).trimmed().isEmpty()) {
            m_summary.errors.append(
                {m_line,
                 u"#%1"_s.arg(i + 1),
                 QCoreApplication::translate("ImportRun", "a value beyond the last column of the header")});
            break;
        }
    }
    for (int i = 0; i < expected && i < actual; ++i) {
        if (m_columns.isUnnamed(i) && !row.fields.at(i).trimmed().isEmpty())
            m_summary.errors.append({m_line,
                                     m_columns.headerAt(i),
                                     QCoreApplication::translate("ImportRun", "a value in a column without a header")});
    }
    const bool ok = rowOk();
    if (!ok)
        ++m_failedRows;
    return ok;
}

void ImportRun::error(const QString &key, const QString &reason)
{
    if (rowOk())
        ++m_failedRows;
    m_summary.errors.append({m_line, key.isEmpty() ? QString() : m_columns.headerName(key), reason});
}

Result<ImportSummary> ImportRun::finish(Transaction &tx)
{
    if (m_options.cancel && m_options.cancel->load())
        return fail(QCoreApplication::translate("ImportRun", "Import cancelled; nothing was imported."));
    if (!m_usable || (!m_summary.errors.isEmpty() && !m_options.skipInvalid)) {
        m_summary.rejected = true;
        m_summary.created = m_summary.updated = m_summary.unchanged = 0;
        m_summary.regulationApplied = 0;
        m_summary.skipped = m_summary.rows;
        return m_summary; // the guard rolls back
    }
    m_summary.skipped = m_failedRows;
    if (m_options.dryRun)
        return m_summary;
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return m_summary;
}

} // namespace rapport
