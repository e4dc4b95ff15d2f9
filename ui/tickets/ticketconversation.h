#pragma once

#include "domain/ticket.h"

#include <QTextBrowser>

namespace rapport {

// A ticket's event log read as a conversation: client-visible replies,
// internal notes and logged calls as distinct coloured entries (a reply
// reaches the client, a note never does), workflow changes as quiet lines.
class TicketConversation : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TicketConversation(QWidget *parent = nullptr);

    void setEntries(const QList<TicketLogEntry> &entries);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString entryHtml(const TicketLogEntry &e) const;

    QList<TicketLogEntry> m_entries;
};

} // namespace rapport
