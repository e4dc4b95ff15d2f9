#include "outboxmodel.h"

#include "theme.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

void OutboxModel::setMessages(QList<OutboxMessage> messages)
{
    beginResetModel();
    m_rows = std::move(messages);
    endResetModel();
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString OutboxModel::stateTitle(const OutboxMessage &m)
{
    if (m.state == u"queued"_s)
        return m.needsApproval ? tr("Waiting for approval") : tr("Queued");
    if (m.state == u"approved"_s)
        return tr("Approved");
    if (m.state == u"sending"_s)
        return tr("Sending");
    if (m.state == u"sent"_s)
        return tr("Sent");
    if (m.state == u"failed"_s)
        return tr("Failed");
    if (m.state == u"cancelled"_s)
        return tr("Cancelled");
    return m.state;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OutboxMessage &m = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Created:
            return QDateTime::fromSecsSinceEpoch(m.createdAt).toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s);
        case State:
            return stateTitle(m);
        case Client:
            return m.clientName;
        case To:
            return m.toAddress.isEmpty() ? tr("(no address)") : u"%1 <%2>"_s.arg(m.toName, m.toAddress);
        case Language:
            return m.language;
        case Subject:
            return m.subject;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && !m.lastError.isEmpty())
        return m.lastError;
    if (role == Qt::ForegroundRole && index.column() == State && m.state == u"failed"_s)
        return statusColor(StatusTone::Bad);
    if (role == Qt::UserRole)
        return m.id;
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Created");
    case State:
        return tr("State");
    case Client:
        return tr("Client");
    case To:
        return tr("To");
    case Language:
        return tr("Language");
    case Subject:
        return tr("Subject");
    default:
        return {};
    }
}

void OutboxModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace rapport
