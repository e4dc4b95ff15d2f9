#pragma once

#include "domain/user.h"
#include "planning/task.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace rapport {

// The remediation plan of a review being edited: its action items (tasks
// with source "review") with title, owner, due date and open/done status.
// Edits stay in the model until the dialog saves; changes() tells what to
// store. An open item past its due date is flagged red.
class ActionItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };
    enum Roles {
        OwnerIdRole = Qt::UserRole + 1, // qint64, edit role of the owner column
        DoneRole, // bool, edit role of the status column
    };

    // One row as edited; `original` is the stored task (invalid id: new).
    struct Item
    {
        Task original;
        QString title;
        UserId ownerId;
        QDate dueOn;
        bool done = false;

        bool isNew() const { return !original.id.isValid(); }
        bool isChanged() const;
    };

    explicit ActionItemsModel(QObject *parent = nullptr);

    void setStaff(const QList<User> &staff);
    const QList<User> &staff() const { return m_staff; }
    void setToday(QDate today) { m_today = today; }
    // Loads the stored items (cancelled ones are left out).
    void setTasks(const QList<Task> &tasks);

    // Appends an empty item owned by `owner`, due on `due`; returns its row.
    int addItem(UserId owner, QDate due);
    // Removes a row; a stored item is remembered to be cancelled on save.
    void removeItem(int row);

    const QList<Item> &items() const { return m_items; }
    // Stored items removed from the plan (to be cancelled).
    const QList<TaskId> &removed() const { return m_removed; }
    bool isDirty() const;
    // The first problem of row `row` (no title, no owner, no due date), or empty.
    QString problem(int row) const;
    QString ownerName(UserId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

Q_SIGNALS:
    void edited();

private:
    QList<User> m_staff;
    QList<Item> m_items;
    QList<TaskId> m_removed;
    QDate m_today;
};

} // namespace rapport
