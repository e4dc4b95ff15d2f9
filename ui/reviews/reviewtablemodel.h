#pragma once

#include "storage/reviewrepository.h"

#include <QAbstractTableModel>

namespace rapport {

// Reviews as a table: client, kind, scheduled date, account manager, status
// and the open action items of the remediation plan. Rows come in keyset
// pages of PageSize through canFetchMore()/fetchMore(). A scheduled review
// past its date is flagged red (the regulation: every client is reviewed
// quarterly and yearly, a missed review is a breach of the standard).
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClientColumn, KindColumn, ScheduledColumn, ManagerColumn, StatusColumn, ActionsColumn, ColumnCount };
    enum Roles {
        ReviewIdRole = Qt::UserRole + 1, // qint64
        OverdueRole, // bool: scheduled and past its date
    };
    static constexpr int PageSize = 100;

    explicit ReviewTableModel(QObject *parent = nullptr);

    void setDatabase(const Database &db) { m_db = db; }
    // Any filter of ReviewRepository::list(); reloads from the first page.
    void setQuery(const ReviewQuery &query);
    const ReviewQuery &query() const { return m_query; }
    void reload();

    ReviewId reviewId(int row) const;
    const Review *review(int row) const;
    // Rows matching the query in the database (not only those loaded).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The interface language changed: headers and texts.
    void retranslate();

Q_SIGNALS:
    void loaded();

private:
    QString statusText(const Review &r) const;
    QString actionsText(const Review &r) const;

    Database m_db;
    ReviewQuery m_query;
    QDate m_today;
    QList<Review> m_rows;
    int m_total = 0;
    bool m_atEnd = true;
};

} // namespace rapport
