#include "automationrulesmodel.h"

#include "automationlabels.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

void AutomationRulesModel::setRules(QList<AutomationRule> rules)
{
    beginResetModel();
    m_rows = std::move(rules);
    endResetModel();
}

int AutomationRulesModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return i;
    return -1;
}

int AutomationRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AutomationRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AutomationRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AutomationRule &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return AutomationLabels::ruleName(r);
        case Trigger: return AutomationLabels::trigger(r.trigger);
        case Offset: return AutomationLabels::offset(r);
        case Recipient: return AutomationLabels::recipient(r.action == u"task"_s ? r.taskOwner : r.recipient);
        case Action: return AutomationLabels::action(r.action);
        default: return {};
        }
    }
    if (role == Qt::CheckStateRole) {
        if (index.column() == Enabled)
            return r.enabled ? Qt::Checked : Qt::Unchecked;
        if (index.column() == Approval)
            return r.needsApproval ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::ToolTipRole && index.column() == Name) {
        QString tip = r.key;
        if (const QString c = AutomationLabels::conditions(r.conditions); !c.isEmpty())
            tip += u'\n' + tr("Only for: %1").arg(c);
        if (!r.conditionsError.isEmpty())
            tip += u'\n' + r.conditionsError;
        return tip;
    }
    if (role == Qt::UserRole)
        return r.key;
    return {};
}

bool AutomationRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Enabled || role != Qt::CheckStateRole || index.row() >= m_rows.size())
        return false;
    const bool on = value.toInt() == Qt::Checked;
    if (on == m_rows.at(index.row()).enabled)
        return false;
    Q_EMIT enabledToggled(m_rows.at(index.row()).key, on);
    return true;
}

Qt::ItemFlags AutomationRulesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Enabled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AutomationRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Rule");
    case Trigger: return tr("Trigger");
    case Offset: return tr("When");
    case Recipient: return tr("To / owner");
    case Action: return tr("Action");
    case Enabled: return tr("On");
    case Approval: return tr("Approval");
    default: return {};
    }
}

void AutomationRulesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace rapport
