#include "tickettablemodel.h"

#include "domain/clock.h"
#include "slacell.h"
#include "ticketlabels.h"

#include <QThread>
#include <QTimer>

#include <memory>

namespace rapport {

namespace {
bool newerThan(const TicketListRow &a, const TicketListRow &b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id.value > b.id.value;
}
} // namespace

TicketTableModel::TicketTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_slaTimer(new QTimer(this))
{
    m_slaTimer->setInterval(SlaRefreshMs);
    connect(m_slaTimer, &QTimer::timeout, this, &TicketTableModel::refreshSla);
    m_slaTimer->start();
}

TicketTableModel::~TicketTableModel()
{
    for (const QPointer<QThread> &thread : std::as_const(m_counting)) {
        if (thread)
            thread->wait();
    }
}

void TicketTableModel::setQuery(const TicketQuery &query)
{
    m_sources = {Source{query, {}, 0, 0, false}};
    m_overlap.reset();
    reload();
}

void TicketTableModel::setUnion(const TicketQuery &a, const TicketQuery &b, const TicketQuery &both)
{
    m_sources = {Source{a, {}, 0, 0, false}, Source{b, {}, 0, 0, false}};
    m_overlap = both;
    reload();
}

void TicketTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (Source &s : m_sources) {
        s.buffer.clear();
        s.lastCreated = 0;
        s.lastId = 0;
        s.atEnd = !m_db.isValid();
    }
    endResetModel();
    if (m_db.isValid()) {
        startCount();
        fetchMore({});
    } else {
        m_total = 0;
        ++m_generation;
        Q_EMIT loadedChanged();
    }
}

void TicketTableModel::startCount()
{
    const int generation = ++m_generation;
    m_total = -1;
    auto result = std::make_shared<int>(0);
    QList<TicketQuery> queries;
    for (const Source &s : m_sources)
        queries.append(s.query);
    const Database db = m_db;
    const std::optional<TicketQuery> overlap = m_overlap;
    // Counting a filtered million rows can take longer than a frame: off the GUI thread.
    QThread *thread = QThread::create([db, queries, overlap, result] {
        TicketRepository repo(db);
        int n = 0;
        for (const TicketQuery &q : queries)
            n += repo.count(q);
        if (overlap)
            n -= repo.count(*overlap);
        *result = n;
        db.closeThreadConnection();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_counting.removeAll(nullptr);
    m_counting.append(thread);
    connect(thread, &QThread::finished, this, [this, generation, result] {
        if (generation != m_generation)
            return;
        m_total = std::max(*result, int(m_rows.size()));
        Q_EMIT loadedChanged();
    });
    thread->start(QThread::LowPriority);
}

void TicketTableModel::refill(Source &source) const
{
    TicketQuery q = source.query;
    q.limit = PageSize;
    q.beforeCreated = source.lastCreated;
    q.beforeId = source.lastId;
    const QList<TicketListRow> rows = TicketRepository(m_db).list(q);
    source.atEnd = rows.size() < PageSize;
    if (!rows.isEmpty()) {
        source.lastCreated = rows.last().createdAt;
        source.lastId = rows.last().id.value;
    }
    source.buffer.append(rows);
}

bool TicketTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    for (const Source &s : m_sources) {
        if (!s.atEnd || !s.buffer.isEmpty())
            return true;
    }
    return false;
}

void TicketTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_db.isValid())
        return;
    QList<TicketListRow> page;
    while (page.size() < PageSize) {
        for (Source &s : m_sources) {
            if (s.buffer.isEmpty() && !s.atEnd)
                refill(s);
        }
        // Both sources are in the same order: the newest head goes next, and
        // a ticket in both is the head of both at once.
        int best = -1;
        for (int i = 0; i < m_sources.size(); ++i) {
            const auto &buffer = m_sources.at(i).buffer;
            if (!buffer.isEmpty() && (best < 0 || newerThan(buffer.first(), m_sources.at(best).buffer.first())))
                best = i;
        }
        if (best < 0)
            break;
        TicketListRow row = m_sources[best].buffer.takeFirst();
        for (Source &s : m_sources) {
            if (!s.buffer.isEmpty() && s.buffer.first().id == row.id)
                s.buffer.removeFirst();
        }
        page.append(std::move(row));
    }
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }
    if (m_total >= 0 && m_total < m_rows.size())
        m_total = int(m_rows.size());
    Q_EMIT loadedChanged();
}

TicketId TicketTableModel::ticketId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : TicketId();
}

const TicketListRow *TicketTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void TicketTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void TicketTableModel::refreshSla()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SlaColumn), index(int(m_rows.size()) - 1, SlaColumn),
                           {Qt::DisplayRole, Qt::ForegroundRole, Qt::BackgroundRole, SlaToneRole});
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketListRow &row = m_rows.at(index.row());
    if (role == TicketIdRole)
        return row.id.value;
    if (index.column() == SlaColumn) {
        const SlaCell cell = SlaCell::forRow(row, Clock::nowSecs());
        switch (role) {
        case Qt::DisplayRole:
            return cell.text;
        case Qt::ForegroundRole:
            return SlaCell::foreground(cell.tone);
        case Qt::BackgroundRole: {
            const QColor bg = SlaCell::background(cell.tone);
            return bg.isValid() ? QVariant(bg) : QVariant();
        }
        case SlaToneRole:
            return int(cell.tone);
        case Qt::ToolTipRole:
            return cell.detail.isEmpty() ? QVariant() : QVariant(cell.detail);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == SubjectColumn)
        return row.subject;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (row.status == TicketStatus::WaitingOnClient)
            return SlaCell::foreground(SlaCell::AtRisk);
        if (isFinished(row.status))
            return SlaCell::foreground(SlaCell::Quiet);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == PriorityColumn && row.priority == Priority::Urgent)
        return SlaCell::foreground(SlaCell::Breached);
    if (index.column() == DeadlineColumn && row.agreedDeadline > 0 && !isFinished(row.status)
        && row.agreedDeadline < Clock::nowSecs()) {
        if (role == Qt::ForegroundRole)
            return SlaCell::foreground(SlaCell::Breached);
        if (role == Qt::ToolTipRole)
            return tr("The agreed deadline has passed");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return row.id.value;
    case CreatedColumn:
        return TicketLabels::dateTime(row.createdAt);
    case SubjectColumn:
        return row.subject;
    case ClientColumn:
        return row.clientName;
    case CategoryColumn:
        return row.category;
    case StatusColumn:
        return TicketLabels::status(row.status);
    case PriorityColumn:
        return TicketLabels::priority(row.priority);
    case AssigneeColumn:
        return row.assigneeName;
    case DeadlineColumn:
        return TicketLabels::dateTime(row.agreedDeadline);
    default:
        return {};
    }
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case CreatedColumn:
        return tr("Created");
    case SubjectColumn:
        return tr("Subject");
    case ClientColumn:
        return tr("Client");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case AssigneeColumn:
        return tr("Assignee");
    case DeadlineColumn:
        return tr("Agreed deadline");
    case SlaColumn:
        return tr("SLA");
    default:
        return {};
    }
}

} // namespace rapport
