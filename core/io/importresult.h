#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace rapport {

// How to run a CSV import (clients, contacts, and later others).
struct ImportOptions
{
    // Import the valid rows and report the others; by default one invalid
    // row means nothing is imported.
    bool skipInvalid = false;
    // Check everything, count what would happen, write nothing.
    bool dryRun = false;
    // Columns nobody knows are ignored instead of refusing the file.
    bool ignoreUnknownColumns = false;
    // Header name (as ImportColumns::normalized gives it) → field key, or an
    // empty key to ignore the column: the GUI wizard's manual mapping.
    QHash<QString, QString> columnMapping;
    // (done, total) data rows; may be called from a worker thread.
    std::function<void(int, int)> progress;
    // Set from another thread to stop; nothing is kept.
    const std::atomic_bool *cancel = nullptr;
};

// One problem of an import: "line N, column C: reason" (C = the column's
// header as written in the file; no column for problems of a whole row).
struct ImportError
{
    int line = 0;
    QString column;
    QString reason;

    QString toString() const
    {
        if (column.isEmpty())
            return QCoreApplication::translate("ImportError", "line %1: %2").arg(line).arg(reason);
        return QCoreApplication::translate("ImportError", "line %1, column %2: %3").arg(line).arg(column, reason);
    }
};

struct ImportSummary
{
    int rows = 0; // data rows in the file
    int created = 0;
    int updated = 0;
    int unchanged = 0; // matched rows that change nothing
    int skipped = 0; // rows not imported because of errors
    // New clients on a tariff that got the provider's default regulation
    // (a clients import; ObligationRepository::applyDefaultRegulations).
    int regulationApplied = 0;
    QList<ImportError> errors;
    bool dryRun = false;
    // Nothing was imported: the file is unusable, or rows were invalid
    // without skipInvalid.
    bool rejected = false;
    QString encoding; // "UTF-8", "Windows-1251"…
    QChar delimiter;
};

// The first rows of a file as the import will read them, for a preview
// where people check the encoding and map the columns.
struct ImportPreview
{
    QString encoding;
    QChar delimiter;
    QStringList header;
    QList<QStringList> rows; // the first n data rows
    int totalRows = 0; // data rows in the whole file
    QStringList clientColumns; // per header cell: the client field it matches, or empty
    QStringList contactColumns; // the same for a contacts import
    QString error; // a syntax error, if the file has one
};

} // namespace rapport
