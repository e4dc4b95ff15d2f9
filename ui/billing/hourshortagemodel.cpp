#include "hourshortagemodel.h"

#include "hourledgertext.h"
#include "storage/billingsettings.h"

#include <QBrush>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

HourShortageModel::HourShortageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HourShortageModel::load(const Database &db, UserId manager, int shown)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (db.isValid()) {
        ClientQuery query;
        query.accountManager = manager;
        query.hoursAtLeastPercent = BillingSettings(db).hourBalanceConfig().warningPercent;
        query.limit = 10000;
        query.withHours = true;
        // Fullest first; equally full ones by name (the query's order).
        const QList<ClientListRow> found = ClientRepository(db).list(query);
        for (const ClientListRow &row : found) {
            if (row.hours && row.hours->usedShareBp())
                m_rows.append(row);
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const ClientListRow &a, const ClientListRow &b) {
            return *a.hours->usedShareBp() > *b.hours->usedShareBp();
        });
        m_total = int(m_rows.size());
        if (m_rows.size() > shown)
            m_rows.resize(std::max(0, shown));
    }
    endResetModel();
    Q_EMIT loadedChanged();
}

const ClientListRow *HourShortageModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void HourShortageModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int HourShortageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HourShortageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HourShortageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientListRow &row = m_rows.at(index.row());
    const HourBalance &hours = *row.hours;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientColumn: return row.shortName.isEmpty() ? row.legalName : row.shortName;
        case UsedColumn: return HourLedgerText::clock(hours.usedMinutes);
        case AvailableColumn: return HourLedgerText::clock(hours.availableMinutes());
        case ShareColumn: return HourLedgerText::share(hours);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ClientColumn)
            return QString(row.legalName + u'\n' + HourLedgerText::summary(hours));
        return HourLedgerText::summary(hours);
    case Qt::TextAlignmentRole:
        if (index.column() != ClientColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // Amber from the warning threshold, red once the hours are exhausted (billed as overage).
        if (index.column() != ClientColumn) {
            if (const QColor color = HourLedgerText::color(row.hourLevel); color.isValid())
                return QBrush(color);
        }
        break;
    case ClientIdRole: return row.id.value;
    case ShareRole: return hours.usedShareBp().value_or(0);
    case HourLevelRole: return hourLevelKey(row.hourLevel);
    default: break;
    }
    return {};
}

QVariant HourShortageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn: return tr("Client");
    case UsedColumn: return tr("Used");
    case AvailableColumn: return tr("Available");
    case ShareColumn: return tr("Share");
    }
    return {};
}

} // namespace rapport
