#pragma once

#include "storage/automationrepository.h"

#include <QAbstractTableModel>

namespace rapport {

// The automation rules as a table: name, trigger, offset, recipient, action,
// enabled (a check box the user toggles) and approval. Toggling asks the
// owner to save (enabledToggled); the model changes when it reloads.
class AutomationRulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Trigger, Offset, Recipient, Action, Enabled, Approval, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRules(QList<AutomationRule> rules);
    const AutomationRule &rule(int row) const { return m_rows.at(row); }
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

Q_SIGNALS:
    void enabledToggled(const QString &ruleKey, bool enabled);

private:
    QList<AutomationRule> m_rows;
};

} // namespace rapport
