#pragma once

#include "importcolumns.h"
#include "importresult.h"
#include "storage/database.h"

#include "domain/result.h"

#include <QByteArray>

namespace rapport {

// Imports client cards and contacts from CSV (the spreadsheet a team keeps
// before Rapport). Headers are accepted in English and Russian; every row is
// validated and reported as "line N, column C: reason"; all-or-nothing by
// default, skip-invalid and dry-run on request. Re-importing a file changes
// nothing: a row matches a card by (tax country, tax id), else by legal name,
// and updates it. The columns a file has are the truth for those fields; the
// columns it lacks leave the card as it is. New clients on a tariff get the
// provider's default regulation (ImportSummary::regulationApplied counts them).
class ClientImport
{
public:
    explicit ClientImport(const Database &db)
        : m_db(db)
    {
    }

    // A Result error only for what is not the file's fault: the database
    // failing, or cancel. Everything about the file is in the summary.
    Result<ImportSummary> importClients(const QByteArray &data, const ImportOptions &options = {});
    // Contacts name their client by client_tax_id (with client_tax_country
    // when not KZ/RU) or client_name; a contact matches by email, else by name.
    Result<ImportSummary> importContacts(const QByteArray &data, const ImportOptions &options = {});

    // Encoding, delimiter, header and the first n rows, with the fields the
    // header cells are recognized as.
    static ImportPreview previewRows(const QByteArray &data, int n);

    static QList<ImportColumns::Field> clientFields();
    static QList<ImportColumns::Field> contactFields();

private:
    Database m_db;
};

} // namespace rapport
