#pragma once

#include "domain/ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;

namespace rapport {

// Translated names of a ticket's enumerations (status, priority, channel)
// and the human forms of its instants and durations, shared by the tickets
// list, the ticket dialog, the new-ticket dialog and the Today view.
class TicketLabels
{
    Q_DECLARE_TR_FUNCTIONS(TicketLabels)

public:
    static QString status(TicketStatus status);
    static QString priority(Priority priority);
    static QString channel(TicketChannel channel);
    // A stored channel key ("phone", …); unknown keys come back unchanged.
    static QString channelKey(const QString &key);

    static QList<TicketStatus> statuses();
    static QList<Priority> priorities();
    static QList<TicketChannel> channels();

    // Fill a combo (data: the stable key) and keep the current choice; called
    // again on a language change to retranslate.
    static void fillPriorities(QComboBox *combo);
    static void fillChannels(QComboBox *combo);

    // "2 h 15 min", "45 min", "3 d 4 h"; negative durations as their size.
    static QString duration(qint64 secs);
    // A UTC instant in the local time zone, short form ("" for 0).
    static QString dateTime(qint64 utcSecs);
    static QString date(qint64 utcSecs);

    // What differs between the ticket as `seen` and as it is `now`, one line
    // per field ("Priority: Normal → Urgent"): the comparison a conflict shows.
    static QStringList differences(const Ticket &seen, const Ticket &now);
};

} // namespace rapport
