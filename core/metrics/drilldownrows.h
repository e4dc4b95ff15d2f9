#pragma once

#include "domain/money.h"
#include "sla/slapolicy.h"
#include "sla/ticketevent.h"
#include "storage/database.h"

#include <QDate>
#include <QList>

#include <optional>

namespace rapport {

// One ticket in a drill-down list: what stands behind a dashboard figure.
struct DrillTicketRow
{
    qint64 id = 0;
    qint64 createdAt = 0;
    QString subject;
    QString clientName;
    QString managerName; // the client's account manager
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
    std::optional<qint64> responseSecs; // on the SLA clock
    std::optional<qint64> resolutionSecs;
    QString responseState;
    QString resolutionState;
};

// One invoice in a drill-down list of receivables.
struct DrillInvoiceRow
{
    qint64 id = 0;
    QString number;
    QString clientName;
    QString status;
    Money total;
    Money outstanding;
    QDate issuedOn;
    QDate dueOn;
};

// The rows of a drill-down, a page of ids at a time (the list loads pages
// as it scrolls; a figure may stand on a million tickets). Rows come back
// in the order of the ids; ids that no longer exist are left out.
class DrillDownRows
{
public:
    explicit DrillDownRows(const Database &db)
        : m_db(db)
    {
    }

    static constexpr int kPageSize = 200;

    Result<QList<DrillTicketRow>> tickets(const QList<qint64> &ids) const;
    Result<QList<DrillInvoiceRow>> invoices(const QList<qint64> &ids) const;

private:
    Database m_db;
};

} // namespace rapport
