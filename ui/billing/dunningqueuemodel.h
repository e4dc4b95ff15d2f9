#pragma once

#include "storage/dunningrun.h"

#include <QAbstractTableModel>

namespace rapport {

// The dunning queue: each client with overdue debt or an open case, its
// stage on the ladder (debt notice, suspended, claim, blocked), what it owes
// past due, and the next step with its date, or the exception (promise to
// pay, guarantee letter, team-lead hold) it waits for. Steps already due but
// not yet taken (the run has not been made today) show in red and come
// first, then the furthest up the ladder and the longest overdue.
class DunningQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClientColumn,
        ClientStatusColumn,
        StageColumn,
        OverdueColumn,
        DaysOverdueColumn,
        NextStepColumn,
        NextStepDateColumn,
        ExceptionColumn,
        ColumnCount
    };
    enum Roles {
        ClientIdRole = Qt::UserRole + 1, // qint64
        StageKeyRole,                    // QString: dunningStateKey
    };

    explicit DunningQueueModel(QObject *parent = nullptr);

    void setRows(QList<DunningQueueRow> rows, QDate asOf);
    const QList<DunningQueueRow> &rows() const { return m_rows; }
    const DunningQueueRow *rowAt(int row) const;
    int rowOf(ClientId client) const;
    QDate asOf() const { return m_asOf; }
    // Steps due and not yet recorded, over all rows.
    int stepsDue() const;
    void retranslate();

    // The next step, or the one due and not yet taken with its date.
    static QString nextStepText(const DunningQueueRow &row);
    static QString stageText(const DunningQueueRow &row);
    static QString exceptionText(const DunningQueueRow &row);
    // Why escalation waits and the exceptions' reasons or documents, one per line.
    static QString exceptionDetails(const DunningQueueRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DunningQueueRow> m_rows;
    QDate m_asOf;
};

} // namespace rapport
