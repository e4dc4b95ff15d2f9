#pragma once

// What the harnesses share: the Qt application object, a pinned clock, and
// for the importers a seeded database and checks of an import's summary.

#include "io/importresult.h"
#include "storage/database.h"

#include "domain/result.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace rapport::fuzz {

// Creates the QCoreApplication (once), pins the clock to 2026-06-01 and
// silences Qt's debug and warning messages (RAPPORT_FUZZ_VERBOSE=1 keeps
// them). Every harness calls it first.
void init();

// The input as a QByteArray (a deep copy: the reader may keep it).
QByteArray bytes(const uint8_t *data, size_t size);

// A migrated SQLite database in a temporary folder, made once per process
// the way tests/common does (TempDatabase), holding staff, clients (one of
// them archived, two with the same name), contacts and tickets (resolved,
// closed, in progress; one with feedback) for the importers to match.
const Database &database();

// Counts of the rows an import could write; a dry run must leave them as they were.
QByteArray fingerprint(const Database &db);

// The dry-run options the importers are fuzzed with: all-or-nothing, or
// skip-invalid with unknown columns ignored.
ImportOptions options(bool lenient);

// Aborts (so that libFuzzer keeps the input) when an import broke its
// contract: a Result error on a healthy database, counts that do not add
// up, errors without a line, or a dry run that changed the database.
void checkImport(const char *what, const Result<ImportSummary> &result, const ImportOptions &options,
                 const QByteArray &before, const Database &db);

// Prints `message` and aborts.
[[noreturn]] void violated(const char *what, const QString &message);

} // namespace rapport::fuzz
