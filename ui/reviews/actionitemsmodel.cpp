#include "actionitemsmodel.h"

#include "regulation/regulationlabels.h"
#include "theme.h"

#include <QBrush>
#include <QLocale>

namespace rapport {

bool ActionItemsModel::Item::isChanged() const
{
    return isNew() || title.trimmed() != original.title || ownerId != original.ownerId || dueOn != original.dueOn
        || done != (original.status == TaskStatus::Done);
}

ActionItemsModel::ActionItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActionItemsModel::setStaff(const QList<User> &staff)
{
    m_staff = staff;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, OwnerColumn), index(int(m_items.size()) - 1, OwnerColumn));
}

void ActionItemsModel::setTasks(const QList<Task> &tasks)
{
    beginResetModel();
    m_items.clear();
    m_removed.clear();
    for (const Task &t : tasks) {
        if (t.status == TaskStatus::Cancelled)
            continue;
        m_items.append({t, t.title, t.ownerId, t.dueOn, t.status == TaskStatus::Done});
    }
    endResetModel();
}

int ActionItemsModel::addItem(UserId owner, QDate due)
{
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    Item item;
    item.ownerId = owner;
    item.dueOn = due;
    m_items.append(item);
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void ActionItemsModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    const Item item = m_items.takeAt(row);
    endRemoveRows();
    if (!item.isNew())
        m_removed.append(item.original.id);
    Q_EMIT edited();
}

bool ActionItemsModel::isDirty() const
{
    if (!m_removed.isEmpty())
        return true;
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &i) { return i.isChanged(); });
}

QString ActionItemsModel::problem(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    const Item &item = m_items.at(row);
    if (item.title.trimmed().isEmpty())
        return tr("Action item %1: enter what is to be done.").arg(row + 1);
    if (!item.ownerId.isValid())
        return tr("Action item %1: choose who owns it.").arg(row + 1);
    if (!item.dueOn.isValid())
        return tr("Action item %1: enter the due date.").arg(row + 1);
    return {};
}

QString ActionItemsModel::ownerName(UserId id) const
{
    for (const User &u : m_staff) {
        if (u.id == id)
            return u.name;
    }
    for (const Item &i : m_items) {
        if (i.original.ownerId == id && !i.original.ownerName.isEmpty())
            return i.original.ownerName;
    }
    return {};
}

int ActionItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    const bool overdue = !item.done && item.dueOn.isValid() && m_today.isValid() && item.dueOn < m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return item.title;
        case OwnerColumn: return item.ownerId.isValid() ? ownerName(item.ownerId) : tr("Choose…");
        case DueColumn: return item.dueOn.isValid() ? QLocale().toString(item.dueOn, QLocale::ShortFormat) : QString();
        case StatusColumn: return item.done ? tr("Done") : overdue ? tr("Overdue") : tr("Open");
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn: return item.title;
        case OwnerColumn: return item.ownerId.value;
        case DueColumn: return item.dueOn.isValid() ? item.dueOn : m_today;
        case StatusColumn: return item.done;
        }
        return {};
    case OwnerIdRole: return item.ownerId.value;
    case DoneRole: return item.done;
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == StatusColumn))
            return QBrush(RegulationLabels::overdueColor());
        if (item.done && index.column() == StatusColumn)
            return QBrush(RegulationLabels::doneColor());
        if (index.column() == OwnerColumn && !item.ownerId.isValid())
            return QBrush(statusColor(StatusTone::Neutral));
        return {};
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Past its due date and still open.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DueColumn || index.column() == StatusColumn)
            return int(Qt::AlignCenter);
        return {};
    }
    return {};
}

bool ActionItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_items.size() || role != Qt::EditRole)
        return false;
    Item &item = m_items[index.row()];
    switch (index.column()) {
    case TitleColumn: item.title = value.toString(); break;
    case OwnerColumn: item.ownerId = UserId(value.toLongLong()); break;
    case DueColumn: item.dueOn = value.toDate(); break;
    case StatusColumn: item.done = value.toBool(); break;
    default: return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Action item");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    }
    return {};
}

void ActionItemsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
}

} // namespace rapport
