#pragma once

#include "storage/database.h"
#include "storage/mailsettings.h"

#include <QStringList>

namespace rapport {

struct SendSummary
{
    int sent = 0;
    int failed = 0;
    QStringList errors; // "message 7: reason", one per failure
};

// Sends what the outbox has due: claims the messages (so that a second
// sender at once takes none of them), delivers each through SMTP or as an
// .eml file, and records sent (on the client's timeline) or failed with the
// reason and the next retry.
class OutboxSender
{
public:
    OutboxSender(const Database &db, MailConfig config);

    Result<SendSummary> sendDue(qint64 now);

private:
    Database m_db;
    MailConfig m_config;
};

} // namespace rapport
