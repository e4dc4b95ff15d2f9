#include "clienttablemodel.h"

#include "billing/hourledgertext.h"
#include "clientlabels.h"
#include "domain/completeness.h"
#include "theme.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ClientTableModel::ClientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_query.limit = PageSize;
}

bool ClientTableModel::setFilters(
    const QString &search, std::optional<ClientStatus> status, UserId manager, std::optional<int> hoursAtLeastPercent)
{
    const QString trimmed = search.trimmed();
    if (trimmed == m_query.search && status == m_query.status && manager == m_query.accountManager
        && hoursAtLeastPercent == m_query.hoursAtLeastPercent)
        return false;
    m_query.search = trimmed;
    m_query.status = status;
    m_query.accountManager = manager;
    m_query.hoursAtLeastPercent = hoursAtLeastPercent;
    reload();
    return true;
}

ClientId ClientTableModel::clientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : ClientId();
}

ClientId ClientTableModel::clientId(const QModelIndex &index)
{
    return ClientId(index.data(ClientIdRole).toLongLong());
}

int ClientTableModel::rowOf(ClientId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void ClientTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_missing.clear();
    m_lastName.clear();
    m_lastId = 0;
    m_total = 0;
    m_atEnd = !m_db.isValid();
    endResetModel();
    if (m_db.isValid()) {
        m_total = ClientRepository(m_db).count(m_query);
        m_atEnd = m_total == 0;
        fetchMore({});
    }
    Q_EMIT loadedChanged();
}

void ClientTableModel::retranslate()
{
    m_missing.clear();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return row.legalName;
        case ShortNameColumn: return row.shortName;
        case TaxIdColumn: return row.taxId;
        case StatusColumn: return ClientLabels::status(row.status);
        case ManagerColumn: return row.accountManagerName;
        case CompletenessColumn: return tr("%1 %").arg(row.completenessPercent);
        case HoursColumn: return row.hours ? HourLedgerText::share(*row.hours) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CompletenessColumn)
            return missingSummary(row);
        if (index.column() == HoursColumn && row.hours)
            return HourLedgerText::summary(*row.hours);
        if (index.column() == NameColumn)
            return row.legalName;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CompletenessColumn || index.column() == HoursColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // Clients whose work is stopped stand out; churned ones fade.
        if (index.column() == StatusColumn) {
            if (row.status == ClientStatus::Suspended || row.status == ClientStatus::Blocked)
                return QBrush(statusColor(StatusTone::Bad));
            if (row.status == ClientStatus::Churned)
                return QBrush(statusColor(StatusTone::Neutral));
        }
        // Running out of hours: amber from the warning threshold, red once exhausted.
        if (index.column() == HoursColumn) {
            if (const QColor color = HourLedgerText::color(row.hourLevel); color.isValid())
                return QBrush(color);
        }
        break;
    case ClientIdRole: return row.id.value;
    case StatusKeyRole: return clientStatusKey(row.status);
    case CompletenessRole: return row.completenessPercent;
    case HoursShareRole: {
        const std::optional<int> share = row.hours ? row.hours->usedShareBp() : std::nullopt;
        return share ? QVariant(*share) : QVariant();
    }
    case HourLevelRole: return hourLevelKey(row.hourLevel);
    default: break;
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The fullest first on the first click.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole && section == HoursColumn)
        return int(Qt::DescendingOrder);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == HoursColumn)
        return tr("Share of this month's hours used (included + rolled over)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Legal name");
    case ShortNameColumn: return tr("Short name");
    case TaxIdColumn: return tr("Tax ID");
    case StatusColumn: return tr("Status");
    case ManagerColumn: return tr("Account manager");
    case CompletenessColumn: return tr("Completeness");
    case HoursColumn: return tr("Hours");
    }
    return {};
}

bool ClientTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_rows.size() < m_total;
}

void ClientTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_db.isValid())
        return;
    ClientQuery page = m_query;
    page.afterName = m_lastName;
    page.afterId = m_lastId;
    page.limit = PageSize;
    page.withHours = true;
    const QList<ClientListRow> rows = ClientRepository(m_db).list(page);
    m_atEnd = rows.size() < PageSize;
    if (rows.isEmpty()) {
        Q_EMIT loadedChanged();
        return;
    }
    m_lastName = rows.constLast().legalName;
    m_lastId = rows.constLast().id.value;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    // A count taken before another window added clients may be short.
    m_total = std::max(m_total, int(m_rows.size()));
    if (!isPagedOrder())
        sortLoadedRows();
    Q_EMIT loadedChanged();
}

void ClientTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const bool wasPaged = isPagedOrder();
    m_sortColumn = column;
    m_sortOrder = order;
    if (isPagedOrder()) {
        if (!wasPaged)
            reload();
        return;
    }
    sortLoadedRows();
}

void ClientTableModel::sortLoadedRows()
{
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto key = [column](const ClientListRow &r) -> QString {
        switch (column) {
        case ShortNameColumn: return r.shortName;
        case TaxIdColumn: return r.taxId;
        case StatusColumn: return ClientLabels::status(r.status);
        case ManagerColumn: return r.accountManagerName;
        default: return r.legalName;
        }
    };
    const auto less = [&](const ClientListRow &a, const ClientListRow &b) {
        int c = 0;
        if (column == HoursColumn) {
            // Clients without tariff hours last, in either order.
            const std::optional<int> shareA = a.hours ? a.hours->usedShareBp() : std::nullopt;
            const std::optional<int> shareB = b.hours ? b.hours->usedShareBp() : std::nullopt;
            if (shareA.has_value() != shareB.has_value())
                return shareA.has_value();
            if (shareA)
                c = *shareA < *shareB ? -1 : (*shareA > *shareB ? 1 : 0);
        } else if (column == CompletenessColumn) {
            c = a.completenessPercent - b.completenessPercent;
        } else {
            c = QString::localeAwareCompare(key(a), key(b));
        }
        if (c == 0)
            c = QString::compare(a.legalName, b.legalName, Qt::CaseInsensitive);
        if (c == 0)
            return ascending ? a.id < b.id : b.id < a.id;
        return ascending ? c < 0 : c > 0;
    };
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &i : before)
        ids.append(m_rows.at(i.row()).id.value);
    std::stable_sort(m_rows.begin(), m_rows.end(), less);
    QHash<qint64, int> rowById;
    rowById.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        rowById.insert(m_rows.at(r).id.value, r);
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowById.value(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString ClientTableModel::missingSummary(const ClientListRow &row) const
{
    // Only on hover, one card at a time: the list query carries the percent only.
    if (auto cached = m_missing.constFind(row.id.value); cached != m_missing.constEnd())
        return *cached;
    QString text;
    if (const std::optional<Client> client = ClientRepository(m_db).byId(row.id)) {
        const Completeness c = assessCompleteness(*client);
        if (c.isComplete()) {
            text = tr("The card is complete.");
        } else {
            QStringList lines;
            for (const CompletenessItem &item : c.missing)
                lines.append(u"• "_s + item.text);
            text = tr("The card lacks:") + u'\n' + lines.join(u'\n');
        }
    }
    m_missing.insert(row.id.value, text);
    return text;
}

} // namespace rapport
