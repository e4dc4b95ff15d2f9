#include "drilldownmodel.h"

#include "dashboardformat.h"
#include "tickets/ticketlabels.h"

#include <QGuiApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

std::optional<double> hoursOf(const std::optional<qint64> &secs)
{
    return secs ? std::optional<double>(double(*secs) / 3600.0) : std::nullopt;
}

} // namespace

DrillDownModel::DrillDownModel(const Database &db, const Dashboard::DrillDown &drill, QDate asOf, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_kind(drill.kind)
    , m_ids(drill.ids)
    , m_asOf(asOf)
{
}

int DrillDownModel::loaded() const
{
    return int(m_kind == Dashboard::DrillDown::Tickets ? m_tickets.size() : m_invoices.size());
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loaded();
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Dashboard::DrillDown::Tickets ? int(TicketColumnCount) : int(InvoiceColumnCount);
}

bool DrillDownModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next < m_ids.size();
}

void DrillDownModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<qint64> page = m_ids.mid(m_next, DrillDownRows::kPageSize);
    m_next += page.size();
    const DrillDownRows rows(m_db);
    if (m_kind == Dashboard::DrillDown::Tickets) {
        auto more = rows.tickets(page);
        if (!more || more->isEmpty())
            return;
        beginInsertRows({}, int(m_tickets.size()), int(m_tickets.size() + more->size()) - 1);
        m_tickets.append(*more);
        endInsertRows();
    } else {
        auto more = rows.invoices(page);
        if (!more || more->isEmpty())
            return;
        beginInsertRows({}, int(m_invoices.size()), int(m_invoices.size() + more->size()) - 1);
        m_invoices.append(*more);
        endInsertRows();
    }
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= loaded())
        return {};
    if (m_kind == Dashboard::DrillDown::Tickets)
        return ticketData(m_tickets.at(index.row()), index.column(), role);
    return invoiceData(m_invoices.at(index.row()), index.column(), role);
}

QVariant DrillDownModel::ticketData(const DrillTicketRow &row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole)
        return column == TicketNumber || column == TicketResponse || column == TicketResolution
            ? int(Qt::AlignRight | Qt::AlignVCenter)
            : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        const QString &state = column == TicketResponse ? row.responseState
            : column == TicketResolution                ? row.resolutionState
                                                        : QString();
        if (state == u"breached"_s)
            return DashboardFormat::toneColor(DashboardFormat::Worse, QGuiApplication::palette());
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TicketNumber: return u"#%1"_s.arg(row.id);
    case TicketCreated: return TicketLabels::dateTime(row.createdAt);
    case TicketClient: return row.clientName;
    case TicketSubject: return row.subject;
    case TicketManager: return row.managerName;
    case TicketPriority: return TicketLabels::priority(row.priority);
    case TicketStatusColumn: return TicketLabels::status(row.status);
    case TicketResponse: return DashboardFormat::hours(hoursOf(row.responseSecs));
    case TicketResolution: return DashboardFormat::hours(hoursOf(row.resolutionSecs));
    default: return {};
    }
}

QVariant DrillDownModel::invoiceData(const DrillInvoiceRow &row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    const qint64 overdue = row.dueOn.isValid() ? std::max<qint64>(0, row.dueOn.daysTo(m_asOf)) : 0;
    if (role == Qt::TextAlignmentRole)
        return column >= InvoiceDaysOverdue && column <= InvoiceOutstanding ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                            : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == InvoiceDaysOverdue && overdue > 0)
        return DashboardFormat::toneColor(DashboardFormat::Worse, QGuiApplication::palette());
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case InvoiceNumber: return row.number.isEmpty() ? tr("draft #%1").arg(row.id) : row.number;
    case InvoiceClient: return row.clientName;
    case InvoiceIssued: return locale.toString(row.issuedOn, QLocale::ShortFormat);
    case InvoiceDue: return locale.toString(row.dueOn, QLocale::ShortFormat);
    case InvoiceDaysOverdue: return overdue > 0 ? QVariant(overdue) : QVariant();
    case InvoiceTotal: return row.total.toDisplayString();
    case InvoiceOutstanding: return row.outstanding.toDisplayString();
    case InvoiceStatus: return row.status == u"partially_paid"_s ? tr("partially paid") : tr("issued");
    default: return {};
    }
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_kind == Dashboard::DrillDown::Tickets) {
        switch (section) {
        case TicketNumber: return tr("No.");
        case TicketCreated: return tr("Created");
        case TicketClient: return tr("Client");
        case TicketSubject: return tr("Subject");
        case TicketManager: return tr("Account manager");
        case TicketPriority: return tr("Priority");
        case TicketStatusColumn: return tr("Status");
        case TicketResponse: return tr("1st response");
        case TicketResolution: return tr("Resolution");
        default: return {};
        }
    }
    switch (section) {
    case InvoiceNumber: return tr("Invoice");
    case InvoiceClient: return tr("Client");
    case InvoiceIssued: return tr("Issued");
    case InvoiceDue: return tr("Due");
    case InvoiceDaysOverdue: return tr("Days overdue");
    case InvoiceTotal: return tr("Total");
    case InvoiceOutstanding: return tr("Outstanding");
    case InvoiceStatus: return tr("Status");
    default: return {};
    }
}

QStringList DrillDownModel::csvLines()
{
    while (canFetchMore({}))
        fetchMore({});
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << csvField(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    lines << header.join(u',');
    for (int r = 0; r < rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < columnCount(); ++c)
            fields << csvField(data(index(r, c), Qt::DisplayRole).toString());
        lines << fields.join(u',');
    }
    return lines;
}

} // namespace rapport
