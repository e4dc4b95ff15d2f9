#pragma once

#include <QStyledItemDelegate>

namespace rapport {

class ActionItemsModel;

// Editors of the remediation plan table: a staff combo for the owner, a
// date edit with a calendar for the due date, Open/Done for the status.
class ActionItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ActionItemDelegate(ActionItemsModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    ActionItemsModel *m_model;
};

} // namespace rapport
