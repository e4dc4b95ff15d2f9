#include "clientfeedbackmodel.h"

#include "regulationlabels.h"
#include "theme.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

namespace rapport {

namespace {

QString shortDate(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

ClientFeedbackModel::ClientFeedbackModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClientFeedbackModel::setQuery(const ClientFeedbackQuery &query)
{
    m_query = query;
    reload();
}

void ClientFeedbackModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = !m_db.isValid() || !m_query.client.isValid();
    m_query.beforeAt = 0;
    m_query.beforeId = 0;
    m_query.limit = PageSize;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

const ClientFeedback *ClientFeedbackModel::feedback(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ClientFeedbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientFeedbackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ClientFeedbackModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ClientFeedbackModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<ClientFeedback> page = ClientFeedbackRepository(m_db).list(m_query);
    m_atEnd = page.size() < m_query.limit;
    if (page.isEmpty())
        return;
    m_query.beforeAt = page.last().receivedAt;
    m_query.beforeId = page.last().id.value;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant ClientFeedbackModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ClientFeedback &f = m_rows.at(index.row());
    const bool openComplaint = f.kind == ClientFeedbackKind::Complaint && !f.isHandled();
    switch (role) {
    case FeedbackIdRole: return f.id.value;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReceivedColumn: return shortDate(f.receivedAt);
        case KindColumn: return clientFeedbackKindTitle(f.kind);
        case ChannelColumn: return RegulationLabels::channel(f.channel);
        case TextColumn: return f.text.simplified();
        case HandlingColumn:
            if (!f.isHandled())
                return tr("Not handled yet");
            return f.handledByName.isEmpty()
                       ? tr("%1 (%2)").arg(f.handling.simplified(), shortDate(f.handledAt))
                       : tr("%1 (%2, %3)").arg(f.handling.simplified(), f.handledByName, shortDate(f.handledAt));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return f.text;
        if (index.column() == HandlingColumn && f.isHandled())
            return f.handling;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == HandlingColumn && openComplaint)
            return QBrush(RegulationLabels::overdueColor());
        if (index.column() == HandlingColumn && !f.isHandled())
            return QBrush(statusColor(StatusTone::Neutral));
        if (index.column() == KindColumn && f.kind == ClientFeedbackKind::Complaint)
            return QBrush(RegulationLabels::overdueColor());
        if (index.column() == KindColumn && f.kind == ClientFeedbackKind::Thanks)
            return QBrush(RegulationLabels::doneColor());
        return {};
    }
    return {};
}

QVariant ClientFeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceivedColumn: return tr("Received");
    case KindColumn: return tr("Kind");
    case ChannelColumn: return tr("Channel");
    case TextColumn: return tr("What the client said");
    case HandlingColumn: return tr("Handling");
    }
    return {};
}

void ClientFeedbackModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace rapport
