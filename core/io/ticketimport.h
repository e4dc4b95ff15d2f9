#pragma once

#include "importcolumns.h"
#include "importresult.h"
#include "storage/database.h"

#include "domain/result.h"

#include <QByteArray>

namespace rapport {

// Imports historical tickets from CSV: the migration path from spreadsheets
// and other helpdesks. A row gives the instants a ticket was created, first
// answered, resolved and closed (ISO 8601, or DD.MM.YYYY HH:MM), its status,
// priority, channel and subject, and its client by tax id or name; the
// ticket's event log is rebuilt from those instants, so its SLA clock (on
// the client's policy) is computed like any other's. Same rules as the
// client import: "line N, column C: reason", all-or-nothing unless asked to
// skip invalid rows, dry run on request. A row matching a stored ticket
// (same client, creation instant and subject) is left alone, so importing a
// file twice adds nothing.
class TicketImport
{
public:
    explicit TicketImport(const Database &db) : m_db(db) {}

    // A Result error only for what is not the file's fault (the database,
    // cancel); everything about the file is in the summary.
    Result<ImportSummary> run(const QByteArray &data, const ImportOptions &options = {});

    static QList<ImportColumns::Field> fields();

private:
    Database m_db;
};

} // namespace rapport
