#pragma once

#include "storage/taskrepository.h"

#include <QAbstractTableModel>

namespace rapport {

// Tasks of the regulation (obligation periods, workflow steps, review
// action items, manual ones) as a table: title, client, owner, due date,
// state and source. Keyset pages of PageSize through fetchMore(). Open tasks
// past their due date and tasks done late are red, tasks done on time green.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ClientColumn, OwnerColumn, DueColumn, StateColumn, SourceColumn, ColumnCount };
    enum Roles {
        TaskIdRole = Qt::UserRole + 1, // qint64
        OverdueRole, // bool
    };
    static constexpr int PageSize = 100;

    explicit TaskTableModel(QObject *parent = nullptr);

    void setDatabase(const Database &db) { m_db = db; }
    // Any filter of TaskRepository::list(); reloads from the first page.
    void setQuery(const TaskQuery &query);
    const TaskQuery &query() const { return m_query; }
    void reload();

    TaskId taskId(int row) const;
    const Task *task(int row) const;
    int totalCount() const { return m_total; }

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
    TaskQuery m_query;
    QDate m_today;
    QList<Task> m_rows;
    int m_total = 0;
    bool m_atEnd = true;
};

} // namespace rapport
