#pragma once

#include "storage/clientrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rapport {

// The clients list. Rows are loaded lazily in keyset pages of PageSize rows
// ordered by (legal name, id): the view asks for the next page through
// canFetchMore()/fetchMore() when it scrolls to the end, so a book of tens of
// thousands of clients never sits in memory at once.
//
// Sorting: the repository pages by legal name ascending only, so that is the
// one order backed by SQL. Clicking another column (or name descending)
// re-sorts the rows loaded so far; pages fetched later are merged into that
// order. Clicking Name ascending again returns to the paged order. The
// Hours column sorts by the used share, fullest first on the first click,
// clients without tariff hours last either way.
class ClientTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ShortNameColumn,
        TaxIdColumn,
        StatusColumn,
        ManagerColumn,
        CompletenessColumn,
        HoursColumn, // the used share of this month's available hours
        ColumnCount
    };
    enum Roles {
        ClientIdRole = Qt::UserRole + 1, // qint64: ClientId::value
        StatusKeyRole, // QString: "active", …
        CompletenessRole, // int: percent 0–100
        HoursShareRole, // int: basis points of this month's hours used; invalid without tariff hours
        HourLevelRole, // QString: hourLevelKey(), "none" without tariff hours
    };
    static constexpr int PageSize = 200;

    explicit ClientTableModel(QObject *parent = nullptr);

    // Sets the database without loading; call reload().
    void setDatabase(const Database &db) { m_db = db; }
    // Search text (over names, tax id, contact names and emails), status,
    // account manager and the least share of this month's hours used (in
    // percent); reloads from the first page when anything changed (and then
    // returns true).
    bool setFilters(const QString &search, std::optional<ClientStatus> status, UserId manager,
        std::optional<int> hoursAtLeastPercent = std::nullopt);
    QString search() const { return m_query.search; }

    // Clients matching the filters (all pages), counted when (re)loading.
    int totalCount() const { return m_total; }
    ClientId clientId(int row) const;
    static ClientId clientId(const QModelIndex &index);
    int rowOf(ClientId id) const;

    // Drops the loaded rows and loads the first page again.
    void reload();
    // The interface language changed: headers and status names.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // After a reload or a fetched page: the loaded and total counts changed.
    void loadedChanged();

private:
    bool isPagedOrder() const { return m_sortColumn == NameColumn && m_sortOrder == Qt::AscendingOrder; }
    void sortLoadedRows();
    QString missingSummary(const ClientListRow &row) const;

    Database m_db;
    ClientQuery m_query;
    QList<ClientListRow> m_rows;
    // Key of the last row fetched, in paging order (not display order).
    QString m_lastName;
    qint64 m_lastId = 0;
    bool m_atEnd = true;
    int m_total = 0;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // What each card lacks, computed on first tooltip request.
    mutable QHash<qint64, QString> m_missing;
};

} // namespace rapport
