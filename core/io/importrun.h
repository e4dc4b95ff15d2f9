#pragma once

#include "csvreader.h"
#include "importcolumns.h"
#include "importresult.h"
#include "storage/transaction.h"

#include "domain/result.h"

namespace rapport {

// The frame every CSV import shares: reads the file, checks its header,
// collects "line N, column C: reason" errors, counts, reports progress,
// honours cancel, and at the end commits or rolls back its transaction
// (all-or-nothing by default, skip-invalid, dry-run). An importer calls
// beginRow() for each data row, error() for each problem, and writing()
// to know whether to write.
class ImportRun
{
public:
    ImportRun(const QByteArray &data, const ImportOptions &options, const QList<ImportColumns::Field> &fields);

    // False when the file cannot be imported at all; its problems are in summary().
    bool isUsable() const { return m_usable; }
    const ImportColumns &columns() const { return m_columns; }
    const QList<CsvReader::Row> &rows() const { return m_rows; }
    ImportSummary &summary() { return m_summary; }

    // Refuses the whole file for a problem of its header.
    void rejectFile(const QString &column, const QString &reason);

    // Reports progress; false when cancelled. Then checks the row's shape
    // (as many fields as the header, nothing in ignored columns): false when
    // the row cannot be read.
    bool cancelled(int done);
    bool beginRow(const CsvReader::Row &row);
    // A problem of the current row in the column of field `key` (empty: the whole row).
    void error(const QString &key, const QString &reason);
    // True when the current row has no error so far.
    bool rowOk() const { return m_summary.errors.size() == m_errorsAtRowStart; }
    // Whether rows are still written: always with skipInvalid, otherwise
    // until the first error (later rows are only checked).
    bool writing() const { return m_options.skipInvalid || m_summary.errors.isEmpty(); }

    // Commits (or, for a dry run or a rejected import, rolls back) and fills
    // the counts. Cancel gives an error.
    Result<ImportSummary> finish(Transaction &tx);

private:
    ImportOptions m_options;
    ImportColumns m_columns;
    QList<CsvReader::Row> m_rows;
    ImportSummary m_summary;
    bool m_usable = true;
    int m_line = 0;
    qsizetype m_errorsAtRowStart = 0;
    int m_failedRows = 0;
};

} // namespace rapport
