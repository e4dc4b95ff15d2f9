#pragma once

#include "importresult.h"
#include "storage/database.h"

#include "domain/result.h"

namespace rapport {

// Ticket feedback collected outside Rapport (a survey, a spreadsheet): a CSV
// with a header and one row per ticket — ticket (its number), feedback
// ("liked" or "not_liked"; also like/dislike, yes/no, +/−, 1/0, and the
// Russian and Kazakh words), reason (required when not liked). Each row
// goes through TicketRepository::setFeedback (the ticket must be resolved or
// closed; audited, on the client's timeline). All or nothing by default.
class TicketFeedbackImport
{
public:
    explicit TicketFeedbackImport(const Database &db)
        : m_db(db)
    {
    }

    Result<ImportSummary> run(const QByteArray &data, const ImportOptions &options = {});

    // "liked" / "not_liked" from what people type; empty when unknown.
    static QString parseFeedback(const QString &text);

private:
    Database m_db;
};

} // namespace rapport
