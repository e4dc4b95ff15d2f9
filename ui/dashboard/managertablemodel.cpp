#include "managertablemodel.h"

#include "dashboardformat.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ManagerTableModel::ManagerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ManagerTableModel::setManagers(const QList<ManagerFigures> &managers)
{
    beginResetModel();
    m_rows = managers;
    endResetModel();
}

QString ManagerTableModel::figureOf(int column)
{
    switch (column) {
    case Resolved: return u"tickets.resolved"_s;
    case Open: return u"tickets.open"_s;
    case Breached: return u"tickets.breached_open"_s;
    case ResponseMedian:
    case ResponseP90: return u"first_response"_s;
    case ResponseCompliance: return u"first_response.breached"_s;
    case ResolutionMedian: return u"resolution"_s;
    case ResolutionCompliance: return u"resolution.breached"_s;
    case Completion: return u"tickets.resolved"_s;
    case Liked: return u"feedback"_s;
    default: break;
    }
    // The manager's name and the created count: every ticket of theirs,
    // but the question a team lead asks first is who waits longest.
    return column == Created ? u"tickets.created"_s : u"first_response"_s;
}

int ManagerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ManagerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManagerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ManagerFigures &m = m_rows.at(index.row());
    const TicketFigures &f = m.figures;
    if (role == ManagerIdRole)
        return m.id.value;
    const auto opt = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(-1.0); };
    if (role == SortRole) {
        switch (index.column()) {
        case Manager: return m.id.isValid() ? m.name : u"\uffff"_s;
        case Created: return f.tickets.created;
        case Resolved: return f.tickets.resolved;
        case Open: return f.tickets.open;
        case Breached: return f.tickets.breachedOpen;
        case ResponseMedian: return opt(f.firstResponse.medianHours);
        case ResponseP90: return opt(f.firstResponse.p90Hours);
        case ResponseCompliance: return opt(f.responseCompliance.share());
        case ResolutionMedian: return opt(f.resolution.medianHours);
        case ResolutionCompliance: return opt(f.resolutionCompliance.share());
        case Completion: return opt(f.completionRate());
        case Liked: return opt(m.feedback.likedShare());
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Manager ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                         : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Manager)
        return m.email;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Manager: return m.id.isValid() ? m.name : tr("Clients without a manager");
    case Created: return DashboardFormat::count(f.tickets.created);
    case Resolved: return DashboardFormat::count(f.tickets.resolved);
    case Open: return DashboardFormat::count(f.tickets.open);
    case Breached: return DashboardFormat::count(f.tickets.breachedOpen);
    case ResponseMedian: return DashboardFormat::hours(f.firstResponse.medianHours);
    case ResponseP90: return DashboardFormat::hours(f.firstResponse.p90Hours);
    case ResponseCompliance: return DashboardFormat::share(f.responseCompliance.share());
    case ResolutionMedian: return DashboardFormat::hours(f.resolution.medianHours);
    case ResolutionCompliance: return DashboardFormat::share(f.resolutionCompliance.share());
    case Completion: return DashboardFormat::share(f.completionRate());
    case Liked: return DashboardFormat::share(m.feedback.likedShare());
    default: return {};
    }
}

QVariant ManagerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ResponseMedian:
        case ResponseP90:
            return tr("Business hours to the first response on the SLA clock; double-click a row for the tickets, "
                      "slowest first.");
        case ResponseCompliance:
        case ResolutionCompliance:
            return tr("Met ÷ (met + breached); tickets still inside their target count in neither.");
        case Breached: return tr("Open tickets with a target already breached.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Manager: return tr("Account manager");
    case Created: return tr("Created");
    case Resolved: return tr("Resolved");
    case Open: return tr("Open");
    case Breached: return tr("Breached");
    case ResponseMedian: return tr("1st response, median");
    case ResponseP90: return tr("1st response, p90");
    case ResponseCompliance: return tr("Response SLA");
    case ResolutionMedian: return tr("Resolution, median");
    case ResolutionCompliance: return tr("Resolution SLA");
    case Completion: return tr("Completion");
    case Liked: return tr("Liked");
    default: return {};
    }
}

void ManagerTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace rapport
