#pragma once

#include "billing/invoicebuilder.h"
#include "database.h"
#include "domain/ids.h"

#include <QDate>
#include <QList>

namespace rapport {

// The act (completion certificate) of a monthly invoice: the work of `month`.
struct ActRecord
{
    qint64 id = 0;
    InvoiceId invoiceId;
    QString invoiceNumber;
    ClientId clientId;
    QDate month;
    QString status; // draft, sent, signed
    int totalMinutes = 0;
    QDate sentOn;
    QDate signedOn;
    QList<ActLine> lines;
};

// The acts (completion certificates) the monthly run stores with each
// monthly invoice: the work by ticket, and whether the act was sent to the
// client and signed by it (with the dates).
class ActRepository
{
public:
    explicit ActRepository(const Database &db) : m_db(db) {}

    Result<ActRecord> forInvoice(InvoiceId id) const;
    // The act of `month`'s work on the client's live (not cancelled) monthly
    // invoice: the invoice of that month, or of the next when billed in advance.
    Result<ActRecord> forMonth(ClientId client, QDate month) const;
    // "sent" or "signed" with its date (today if invalid); audited.
    Status setStatus(qint64 actId, const QString &status, QDate on = QDate());

private:
    Database m_db;
};

} // namespace rapport
