#pragma once

#include "storage/invoicelistquery.h"

#include <QAbstractTableModel>

namespace rapport {

// The invoices of the Billing view (and of a client's billing tab), newest
// first. Rows come in keyset pages of PageSize through canFetchMore() /
// fetchMore() as the view scrolls, so a book of many years of invoices is
// never loaded at once (or, for Today, the few unpaid invoices due the
// longest). Days overdue are counted on the day of the last
// reload and shown in red.
class InvoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ClientColumn,
        MonthColumn,
        StatusColumn,
        IssuedColumn,
        DueColumn,
        OverdueColumn,
        TotalColumn,
        PaidColumn,
        OutstandingColumn,
        ColumnCount
    };
    enum Roles {
        InvoiceIdRole = Qt::UserRole + 1, // qint64
        ClientIdRole,                     // qint64
        StatusKeyRole,                    // QString: "draft", "issued", …
        DaysOverdueRole,                  // int
    };
    static constexpr int PageSize = 200;

    explicit InvoiceTableModel(QObject *parent = nullptr);

    // Sets the database without loading; call reload().
    void setDatabase(const Database &db) { m_db = db; }
    // Replaces the filter (its paging fields are ignored) and reloads.
    void setFilter(const InvoiceListFilter &filter);
    // Instead of the filtered pages: the first `limit` unpaid invoices of the
    // manager's clients (invalid: every client), the oldest due date first,
    // for a short list such as Today's. Reloads.
    void setUnpaidOf(UserId accountManager, int limit);
    const InvoiceListFilter &filter() const { return m_filter; }

    // Drops the loaded rows and loads the first page again.
    void reload();
    // The interface language changed: headers, statuses, months.
    void retranslate();

    // Invoices matching the filter (all pages), counted at reload.
    int totalCount() const { return m_total; }
    const InvoiceListRow *rowAt(int row) const;
    int rowOf(InvoiceId id) const;
    QDate today() const { return m_today; }
    // The last error of the list query (empty when it worked).
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // After a reload or a fetched page.
    void loadedChanged();

private:
    Database m_db;
    InvoiceListFilter m_filter;
    QList<InvoiceListRow> m_rows;
    QDate m_today;
    int m_total = 0;
    bool m_atEnd = true;
    QString m_error;
    bool m_unpaidMode = false;
    UserId m_unpaidManager;
    int m_unpaidLimit = 0;
};

} // namespace rapport
