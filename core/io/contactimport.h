#pragma once

#include "importresult.h"
#include "storage/database.h"

#include "domain/result.h"

namespace rapport {

// The contacts part of ClientImport: each row names its client (tax id or
// legal name) and a contact, matched within that client by email, else by
// name, and updated; unknown contacts are added. The cards are saved through
// ClientRepository, so every change is validated and audited.
class ContactImport
{
public:
    explicit ContactImport(const Database &db)
        : m_db(db)
    {
    }

    Result<ImportSummary> run(const QByteArray &data, const ImportOptions &options);

private:
    Database m_db;
};

} // namespace rapport
