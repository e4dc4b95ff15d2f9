#pragma once

#include "storage/clientfeedbackrepository.h"

#include <QAbstractTableModel>

namespace rapport {

// A client's complaints, thanks and remarks, newest first, with how each
// was handled; keyset pages through fetchMore(). An unhandled complaint is
// red: the service standard asks for every complaint to get an answer.
class ClientFeedbackModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReceivedColumn, KindColumn, ChannelColumn, TextColumn, HandlingColumn, ColumnCount };
    enum Roles { FeedbackIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 100;

    explicit ClientFeedbackModel(QObject *parent = nullptr);

    void setDatabase(const Database &db) { m_db = db; }
    void setQuery(const ClientFeedbackQuery &query);
    void reload();
    const ClientFeedback *feedback(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void retranslate();

private:
    Database m_db;
    ClientFeedbackQuery m_query;
    QList<ClientFeedback> m_rows;
    bool m_atEnd = true;
};

} // namespace rapport
