#include "actionitemdelegate.h"

#include "actionitemsmodel.h"

#include <QComboBox>
#include <QDateEdit>

namespace rapport {

ActionItemDelegate::ActionItemDelegate(ActionItemsModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QWidget *ActionItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    switch (index.column()) {
    case ActionItemsModel::OwnerColumn: {
        auto *combo = new QComboBox(parent);
        for (const User &u : m_model->staff())
            combo->addItem(u.name, u.id.value);
        return combo;
    }
    case ActionItemsModel::DueColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        return edit;
    }
    case ActionItemsModel::StatusColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItem(ActionItemsModel::tr("Open"), false);
        combo->addItem(ActionItemsModel::tr("Done"), true);
        return combo;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ActionItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        return;
    }
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        edit->setDate(value.toDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, edit->date());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace rapport
