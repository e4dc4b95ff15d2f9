#pragma once

#include "storage/database.h"

#include "domain/result.h"

#include <QByteArray>
#include <QStringList>

namespace rapport {

// Exports client cards to CSV (the columns ClientImport reads, so that an
// export imports back unchanged) and to JSON (the cards as `clients show`
// gives them). Cards are read page by page, ordered by legal name.
class ClientExport
{
public:
    struct Options
    {
        bool includeArchived = false;
        QChar delimiter = u',';
        bool byteOrderMark = false; // Excel needs one to show Cyrillic from UTF-8
    };

    explicit ClientExport(const Database &db)
        : m_db(db)
    {
    }

    Result<QByteArray> exportClientsCsv(const Options &options) const;
    Result<QByteArray> exportClientsCsv() const { return exportClientsCsv(Options{}); }
    // {"clients": [card, ...], "count": n}
    Result<QByteArray> exportClientsJson(const Options &options) const;
    Result<QByteArray> exportClientsJson() const { return exportClientsJson(Options{}); }
    // One row per contact, naming its client by tax id and legal name.
    Result<QByteArray> exportContactsCsv(const Options &options) const;
    Result<QByteArray> exportContactsCsv() const { return exportContactsCsv(Options{}); }

    static QStringList clientColumns();
    static QStringList contactColumns();

private:
    Database m_db;
};

} // namespace rapport
