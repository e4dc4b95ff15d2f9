#pragma once

#include "metrics/dashboard.h"
#include "metrics/drilldownrows.h"

#include <QAbstractTableModel>

namespace rapport {

// The tickets or invoices behind a dashboard figure. Holds their ids (a
// figure may stand on a million tickets) and loads the rows a page at a
// time as the view scrolls (fetchMore), never all at once.
class DrillDownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum TicketColumn {
        TicketNumber,
        TicketCreated,
        TicketClient,
        TicketSubject,
        TicketManager,
        TicketPriority,
        TicketStatusColumn,
        TicketResponse,
        TicketResolution,
        TicketColumnCount
    };
    enum InvoiceColumn {
        InvoiceNumber,
        InvoiceClient,
        InvoiceIssued,
        InvoiceDue,
        InvoiceDaysOverdue,
        InvoiceTotal,
        InvoiceOutstanding,
        InvoiceStatus,
        InvoiceColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    DrillDownModel(const Database &db, const Dashboard::DrillDown &drill, QDate asOf, QObject *parent = nullptr);

    Dashboard::DrillDown::Kind kind() const { return m_kind; }
    const QList<qint64> &ids() const { return m_ids; }
    // Rows loaded so far (the view asks for more as it scrolls).
    int loaded() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // A CSV line (with header) of every row: loads the remaining pages.
    QStringList csvLines();

private:
    QVariant ticketData(const DrillTicketRow &row, int column, int role) const;
    QVariant invoiceData(const DrillInvoiceRow &row, int column, int role) const;

    Database m_db;
    Dashboard::DrillDown::Kind m_kind;
    QList<qint64> m_ids;
    QDate m_asOf;
    QList<DrillTicketRow> m_tickets;
    QList<DrillInvoiceRow> m_invoices;
    qsizetype m_next = 0; // ids asked for so far
};

} // namespace rapport
