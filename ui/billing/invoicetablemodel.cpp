#include "invoicetablemodel.h"

#include "billingformat.h"
#include "storage/invoicerepository.h"
#include "theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

InvoiceTableModel::InvoiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InvoiceTableModel::setFilter(const InvoiceListFilter &filter)
{
    m_unpaidMode = false;
    m_filter = filter;
    m_filter.beforeId = 0;
    m_filter.limit = PageSize;
    reload();
}

void InvoiceTableModel::setUnpaidOf(UserId accountManager, int limit)
{
    m_unpaidMode = true;
    m_unpaidManager = accountManager;
    m_unpaidLimit = std::max(1, limit);
    reload();
}

void InvoiceTableModel::reload()
{
    if (m_unpaidMode) {
        beginResetModel();
        m_rows.clear();
        m_error.clear();
        m_total = 0;
        m_atEnd = true;
        m_today = InvoiceRepository::today();
        if (m_db.isValid()) {
            InvoiceListQuery query(m_db);
            auto rows = query.unpaid(m_unpaidManager, m_unpaidLimit);
            auto count = query.unpaidCount(m_unpaidManager);
            if (rows && count) {
                m_rows = *rows;
                m_total = *count;
            } else {
                m_error = rows ? count.error() : rows.error();
            }
        }
        endResetModel();
        Q_EMIT loadedChanged();
        return;
    }

    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    m_atEnd = !m_db.isValid();
    m_today = InvoiceRepository::today();
    endResetModel();
    if (m_db.isValid()) {
        InvoiceListFilter f = m_filter;
        f.today = m_today;
        if (auto n = InvoiceListQuery(m_db).count(f)) {
            m_total = *n;
        } else {
            m_error = n.error();
        }
        m_atEnd = m_total == 0;
        fetchMore({});
    }
    Q_EMIT loadedChanged();
}

void InvoiceTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const InvoiceListRow *InvoiceTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int InvoiceTableModel::rowOf(InvoiceId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceListRow &r = m_rows.at(index.row());
    const int overdue = r.daysOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return r.number.isEmpty() ? tr("Draft %1").arg(r.reference()) : r.number;
        case ClientColumn: return r.clientName;
        case MonthColumn: return BillingFormat::shortMonth(r.month);
        case StatusColumn: return invoiceStatusTitle(r.status);
        case IssuedColumn: return BillingFormat::date(r.issuedOn);
        case DueColumn: return BillingFormat::date(r.dueOn);
        case OverdueColumn: return overdue > 0 ? QVariant(overdue) : QVariant();
        case TotalColumn: return BillingFormat::money(r.total);
        case PaidColumn: return r.paid.isZero() ? QString() : BillingFormat::money(r.paid);
        case OutstandingColumn:
            return InvoiceState::isOpen(r.status) ? BillingFormat::money(r.outstanding()) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OverdueColumn && overdue > 0)
            return tr("Days past the due date: %1").arg(overdue);
        if (index.column() == ClientColumn)
            return r.clientName;
        if (index.column() == MonthColumn)
            return BillingFormat::month(r.month);
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case OverdueColumn:
        case TotalColumn:
        case PaidColumn:
        case OutstandingColumn: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: break;
        }
        break;
    case Qt::ForegroundRole:
        if (overdue > 0 && (index.column() == OverdueColumn || index.column() == DueColumn))
            return QBrush(statusColor(StatusTone::Bad));
        if (r.status == InvoiceStatus::Cancelled)
            return QBrush(statusColor(StatusTone::Neutral));
        if (r.status == InvoiceStatus::Paid && index.column() == StatusColumn)
            return QBrush(statusColor(StatusTone::Good));
        break;
    case Qt::FontRole:
        if (overdue > 0 && index.column() == OverdueColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case InvoiceIdRole: return r.id.value;
    case ClientIdRole: return r.clientId.value;
    case StatusKeyRole: return invoiceStatusKey(r.status);
    case DaysOverdueRole: return overdue;
    default: break;
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case ClientColumn: return tr("Client");
    case MonthColumn: return tr("Month");
    case StatusColumn: return tr("Status");
    case IssuedColumn: return tr("Issued");
    case DueColumn: return tr("Due date");
    case OverdueColumn: return tr("Days overdue");
    case TotalColumn: return tr("Total");
    case PaidColumn: return tr("Paid");
    case OutstandingColumn: return tr("Outstanding");
    }
    return {};
}

bool InvoiceTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void InvoiceTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_db.isValid())
        return;
    InvoiceListFilter page = m_filter;
    page.today = m_today;
    page.beforeId = m_rows.isEmpty() ? 0 : m_rows.constLast().id.value;
    page.limit = PageSize;
    auto rows = InvoiceListQuery(m_db).rows(page);
    if (!rows) {
        m_error = rows.error();
        m_atEnd = true;
        Q_EMIT loadedChanged();
        return;
    }
    m_atEnd = rows->size() < PageSize;
    if (!rows->isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows->size()) - 1);
        m_rows.append(*rows);
        endInsertRows();
    }
    // A count taken before another window added invoices may be short.
    m_total = std::max(m_total, int(m_rows.size()));
    Q_EMIT loadedChanged();
}

} // namespace rapport
