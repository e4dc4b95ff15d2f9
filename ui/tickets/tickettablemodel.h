#pragma once

#include "storage/ticketrepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QThread;
class QTimer;

namespace rapport {

// The tickets list, newest first. Rows are loaded lazily in keyset pages of
// PageSize rows by (created, id) through canFetchMore()/fetchMore(), so a
// million tickets never sit in memory at once; the total is counted on a
// worker thread. The SLA column counts down: a timer refreshes that column
// only, without reloading.
//
// A union of two queries (for "mine": owner or assignee) is merged page by
// page in the same order, each ticket once.
class TicketTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        CreatedColumn,
        SubjectColumn,
        ClientColumn,
        CategoryColumn,
        StatusColumn,
        PriorityColumn,
        AssigneeColumn,
        DeadlineColumn, // the agreed deadline, red once passed on an open ticket
        SlaColumn,
        ColumnCount
    };
    enum Roles {
        TicketIdRole = Qt::UserRole + 1, // qint64: TicketId::value
        SlaToneRole,                     // int: SlaCell::Tone
    };
    static constexpr int PageSize = 200;
    static constexpr int SlaRefreshMs = 30000;

    explicit TicketTableModel(QObject *parent = nullptr);
    ~TicketTableModel() override;

    void setDatabase(const Database &db) { m_db = db; }
    // Shows the tickets of one query, from the first page.
    void setQuery(const TicketQuery &query);
    // Shows the tickets matching `a` or `b`; `both` matches those in both
    // (to count the union).
    void setUnion(const TicketQuery &a, const TicketQuery &b, const TicketQuery &both);
    // Drops the loaded rows and loads the first page again.
    void reload();

    // Matching tickets (all pages); -1 while still counting.
    int totalCount() const { return m_total; }
    TicketId ticketId(int row) const;
    const TicketListRow *rowAt(int row) const;
    // The interface language changed: headers, statuses, countdowns.
    void retranslate();
    // Re-reads "now" for the SLA column (the timer calls it).
    void refreshSla();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // After a reload, a fetched page or a finished count.
    void loadedChanged();

private:
    // One keyset cursor over one query, with rows fetched but not shown yet.
    struct Source
    {
        TicketQuery query;
        QList<TicketListRow> buffer;
        qint64 lastCreated = 0;
        qint64 lastId = 0;
        bool atEnd = false;
    };

    void refill(Source &source) const;
    void startCount();

    Database m_db;
    QList<Source> m_sources;
    // Count of the union: sum of the sources minus this one.
    std::optional<TicketQuery> m_overlap;
    QList<TicketListRow> m_rows;
    int m_total = 0;
    int m_generation = 0;
    // Counting threads still running; waited for on destruction, so none
    // outlives the model (and the database it reads).
    QList<QPointer<QThread>> m_counting;
    QTimer *m_slaTimer;
};

} // namespace rapport
