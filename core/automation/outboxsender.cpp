#include "outboxsender.h"

#include "mailmessage.h"
#include "storage/outboxrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

OutboxSender::OutboxSender(const Database &db, MailConfig config)
    : m_db(db)
    , m_config(std::move(config))
{
}

Result<SendSummary> OutboxSender::sendDue(qint64 now)
{
    if (!m_config.isConfigured())
        return fail(QCoreApplication::translate("OutboxSender",
            "Mail is not configured: set an SMTP server or a folder for .eml files first."));
    OutboxRepository outbox(m_db);
    auto claimed = outbox.claimDue(now);
    if (!claimed)
        return fail(claimed.error());
    SendSummary summary;
    SmtpTransport transport(m_config.smtp);
    const QString domain = m_config.smtp.fromAddress.section(u'@', 1).isEmpty()
        ? u"rapport.invalid"_s
        : m_config.smtp.fromAddress.section(u'@', 1);
    for (const OutboxMessage &m : *claimed) {
        MailMessage mail;
        mail.fromAddress = m_config.smtp.fromAddress.isEmpty() ? u"rapport@rapport.invalid"_s : m_config.smtp.fromAddress;
        mail.fromName = m_config.smtp.fromName;
        mail.toAddress = m.toAddress;
        mail.toName = m.toName;
        mail.subject = m.subject;
        mail.textBody = m.body;
        // The same id on every attempt, so a receiving server can tell a retry.
        mail.messageId = u"<rapport-outbox-%1-%2@%3>"_s.arg(m.id).arg(m.createdAt).arg(domain);
        mail.date = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc());
        Status sent = m_config.mode == MailConfig::Mode::Smtp ? transport.send(mail)
                                                              : writeEml(mail, m_config.folder, nullptr);
        if (sent) {
            if (Status s = outbox.markSent(m.id, mail.messageId, now); !s)
                return fail(s.error());
            ++summary.sent;
        } else {
            if (Status s = outbox.markFailed(m.id, sent.error(), now); !s)
                return fail(s.error());
            ++summary.failed;
            summary.errors << u"message %1: %2"_s.arg(m.id).arg(sent.error());
        }
    }
    return summary;
}

} // namespace rapport
