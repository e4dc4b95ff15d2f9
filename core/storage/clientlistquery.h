#pragma once

#include "clientrepository.h"

namespace rapport {

// The clients list behind ClientRepository::list() and count(): one keyset
// page ordered by (legal name without case, id), filtered by status, account
// manager and search text, with each card's completeness score computed by
// the same rules as the card (assessCompleteness) from the page's own row.
class ClientListQuery
{
public:
    explicit ClientListQuery(const Database &db)
        : m_db(db)
    {
    }

    QList<ClientListRow> rows(const ClientQuery &query) const;
    int count(const ClientQuery &query) const;

    // `text` for a LIKE pattern with ESCAPE '\': %, _ and \ taken literally.
    static QString likeEscaped(const QString &text);

private:
    // The WHERE clause: fixed fragments, user text only as bound values.
    static QString filterClause(const ClientQuery &query, QVariantList *values);

    Database m_db;
};

} // namespace rapport
