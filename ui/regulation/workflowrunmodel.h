#pragma once

#include "storage/workflowrepository.h"

#include <QAbstractTableModel>

namespace rapport {

// Runs of workflow templates as a table, newest first: template, client,
// ticket, start date, steps done out of all, steps late (done after their
// due date or open past it; red when any) and the next open step with its
// due date. Keyset pages of PageSize through fetchMore().
class WorkflowRunModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TemplateColumn,
        ClientColumn,
        TicketColumn,
        StartedColumn,
        DoneColumn,
        LateColumn,
        NextStepColumn,
        ColumnCount
    };
    enum Roles {
        RunIdRole = Qt::UserRole + 1, // qint64
        LateRole, // int: steps late
        FinishedRole, // bool
    };
    static constexpr int PageSize = 100;

    explicit WorkflowRunModel(QObject *parent = nullptr);

    void setDatabase(const Database &db) { m_db = db; }
    // The runs of every client (the default).
    void setAllClients();
    // The runs of one client; an invalid id (a card not saved yet): none.
    void setClient(ClientId client);
    void reload();

    const WorkflowRun *run(int row) const;
    int rowOf(WorkflowRunId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void retranslate();

Q_SIGNALS:
    void loaded();

private:
    Database m_db;
    bool m_allClients = true;
    ClientId m_client;
    QDate m_today;
    QList<WorkflowRun> m_rows;
    bool m_atEnd = true;
};

} // namespace rapport
