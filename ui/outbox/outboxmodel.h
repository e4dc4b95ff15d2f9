#pragma once

#include "storage/outboxrepository.h"

#include <QAbstractTableModel>

namespace rapport {

// The outbox as a table: created, state, client, recipient, language, subject.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Created, State, Client, To, Language, Subject, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMessages(QList<OutboxMessage> messages);
    const OutboxMessage &message(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

    // "Waiting for approval" for a queued message that needs it.
    static QString stateTitle(const OutboxMessage &m);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<OutboxMessage> m_rows;
};

} // namespace rapport
