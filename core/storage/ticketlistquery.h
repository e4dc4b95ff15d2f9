#pragma once

#include "dialect.h"
#include "ticketrepository.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace rapport {

// The SQL of the tickets list and its count for a TicketQuery. Pages are
// keyset pages newest first by (created_at, id), so every page is as fast as
// the first; each filter has an index in created_at order (migration 0003;
// the category's, migration 0012).
// The SLA filters work on the stored instants, so a ticket whose due
// instant passed since its last event counts as breached without a rewrite.
class TicketListQuery
{
public:
    TicketListQuery(const TicketQuery &query, qint64 asOf, const Dialect &dialect);

    QString listStatement() const;
    QVariantList listValues() const;
    QString countStatement() const;
    QVariantList countValues() const { return m_values; }

    // Reads one row of listStatement(), with its SLA states as of asOf.
    TicketListRow readRow(const QSqlQuery &q) const;

private:
    void add(const QString &condition, const QVariantList &values = {});

    TicketQuery m_query;
    qint64 m_asOf = 0;
    QStringList m_where;
    QVariantList m_values;
    bool m_needsClient = false;
    // SQLite: the open set alone, read through tickets_open_list (see there).
    bool m_openListIndex = false;
};

} // namespace rapport
