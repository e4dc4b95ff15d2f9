#include "ticketlabels.h"

#include <QComboBox>
#include <QDateTime>
#include <QLocale>
#include <QSignalBlocker>

#include <cstdlib>

namespace rapport {

QStringList TicketLabels::differences(const Ticket &seen, const Ticket &now)
{
    QStringList lines;
    const auto add = [&lines](const QString &field, const QString &before, const QString &after) {
        if (before != after) {
            const QString none = tr("(none)");
            lines << tr("%1: %2 → %3").arg(field, before.isEmpty() ? none : before, after.isEmpty() ? none : after);
        }
    };
    add(tr("Status"), status(seen.status), status(now.status));
    add(tr("Priority"), priority(seen.priority), priority(now.priority));
    add(tr("Owner"), seen.ownerName, now.ownerName);
    add(tr("Assignee"), seen.assigneeName, now.assigneeName);
    add(tr("Category"), seen.category, now.category);
    add(tr("Agreed deadline"), dateTime(seen.agreedDeadline), dateTime(now.agreedDeadline));
    add(tr("Formal statement"), seen.formalStatement, now.formalStatement);
    add(tr("Confirmed by the client"), dateTime(seen.confirmedAt), dateTime(now.confirmedAt));
    return lines;
}

QString TicketLabels::status(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return tr("New");
    case TicketStatus::Formalizing:
        return tr("Formalizing");
    case TicketStatus::InProgress:
        return tr("In progress");
    case TicketStatus::WaitingOnClient:
        return tr("Waiting on client");
    case TicketStatus::Resolved:
        return tr("Resolved");
    case TicketStatus::Closed:
        return tr("Closed");
    case TicketStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString TicketLabels::priority(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString TicketLabels::channel(TicketChannel channel)
{
    switch (channel) {
    case TicketChannel::Email:
        return tr("Email");
    case TicketChannel::Phone:
        return tr("Phone");
    case TicketChannel::Messenger:
        return tr("Messenger");
    case TicketChannel::Portal:
        return tr("Helpdesk portal");
    case TicketChannel::Visit:
        return tr("Visit");
    case TicketChannel::Other:
        return tr("Other");
    }
    return {};
}

QString TicketLabels::channelKey(const QString &key)
{
    const auto channel = contactChannelFromKey(key);
    return channel ? TicketLabels::channel(*channel) : key;
}

QList<TicketStatus> TicketLabels::statuses()
{
    return {TicketStatus::New,      TicketStatus::Formalizing, TicketStatus::InProgress, TicketStatus::WaitingOnClient,
            TicketStatus::Resolved, TicketStatus::Closed,      TicketStatus::Cancelled};
}

QList<Priority> TicketLabels::priorities()
{
    return {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent};
}

QList<TicketChannel> TicketLabels::channels()
{
    return {TicketChannel::Phone,  TicketChannel::Email, TicketChannel::Messenger,
            TicketChannel::Portal, TicketChannel::Visit, TicketChannel::Other};
}

void TicketLabels::fillPriorities(QComboBox *combo)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->count() ? combo->currentData() : QVariant(priorityKey(Priority::Normal));
    combo->clear();
    for (Priority p : priorities())
        combo->addItem(priority(p), priorityKey(p));
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void TicketLabels::fillChannels(QComboBox *combo)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->count() ? combo->currentData() : QVariant(contactChannelKey(TicketChannel::Phone));
    combo->clear();
    for (TicketChannel c : channels())
        combo->addItem(channel(c), contactChannelKey(c));
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QString TicketLabels::duration(qint64 secs)
{
    secs = std::llabs(secs);
    const qint64 minutes = (secs + 59) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const qint64 rest = minutes % 60;
        return rest ? tr("%1 h %2 min").arg(hours).arg(rest) : tr("%1 h").arg(hours);
    }
    const qint64 days = hours / 24;
    const qint64 restHours = hours % 24;
    return restHours ? tr("%1 d %2 h").arg(days).arg(restHours) : tr("%1 d").arg(days);
}

QString TicketLabels::dateTime(qint64 utcSecs)
{
    if (utcSecs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime(), QLocale::ShortFormat);
}

QString TicketLabels::date(qint64 utcSecs)
{
    if (utcSecs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace rapport
