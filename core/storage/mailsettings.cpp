#include "mailsettings.h"

#include "auditlog.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

bool MailConfig::isConfigured() const
{
    return mode == Mode::Smtp ? !smtp.host.isEmpty() && !smtp.fromAddress.isEmpty() : !folder.isEmpty();
}

MailConfig MailSettings::config() const
{
    QVariantMap v;
    auto q = sql::exec(m_db.connection(), u"SELECT key, value FROM settings WHERE key LIKE 'mail.%'"_s);
    while (q && q->next())
        v.insert(q->value(0).toString(), q->value(1).toString());
    MailConfig c;
    c.mode = v.value(u"mail.mode"_s).toString() == u"smtp"_s ? MailConfig::Mode::Smtp : MailConfig::Mode::EmlFolder;
    c.folder = v.value(u"mail.folder"_s).toString();
    c.smtp.host = v.value(u"mail.host"_s).toString();
    c.smtp.port = v.value(u"mail.port"_s, 587).toInt();
    c.smtp.security = securityFromKey(v.value(u"mail.security"_s, u"starttls"_s).toString())
                          .value_or(SmtpSettings::Security::StartTls);
    c.smtp.user = v.value(u"mail.user"_s).toString();
    c.smtp.fromAddress = v.value(u"mail.from"_s).toString();
    c.smtp.fromName = v.value(u"mail.from_name"_s).toString();
    c.smtp.caFile = v.value(u"mail.ca_file"_s).toString();
    return c;
}

Status MailSettings::setConfig(const MailConfig &c)
{
    static const QRegularExpression address(u"^[^@\\s<>]+@[^@\\s<>]+$"_s);
    if (c.mode == MailConfig::Mode::Smtp) {
        if (c.smtp.host.trimmed().isEmpty() || c.smtp.host.contains(u' '))
            return fail(QCoreApplication::translate("MailSettings", "The SMTP server needs a host name."));
        if (c.smtp.port < 1 || c.smtp.port > 65535)
            return fail(QCoreApplication::translate("MailSettings", "The SMTP port is 1 to 65535, not %1.").arg(c.smtp.port));
        if (!address.match(c.smtp.fromAddress).hasMatch())
            return fail(QCoreApplication::translate("MailSettings", "\"%1\" is not a sender e-mail address.")
                            .arg(c.smtp.fromAddress));
    } else if (c.folder.trimmed().isEmpty()) {
        return fail(QCoreApplication::translate("MailSettings", "Writing .eml files needs a folder."));
    }
    const QVariantMap values { { u"mail.mode"_s, c.mode == MailConfig::Mode::Smtp ? u"smtp"_s : u"eml"_s },
        { u"mail.folder"_s, c.folder }, { u"mail.host"_s, c.smtp.host.trimmed() },
        { u"mail.port"_s, QString::number(c.smtp.port) }, { u"mail.security"_s, securityKey(c.smtp.security) },
        { u"mail.user"_s, c.smtp.user }, { u"mail.from"_s, c.smtp.fromAddress },
        { u"mail.from_name"_s, c.smtp.fromName }, { u"mail.ca_file"_s, c.smtp.caFile } };
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (auto q = sql::exec(conn,
                u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                { it.key(), it.value().toString().isNull() ? QStringLiteral("") : it.value().toString() });
            !q)
            return fail(q.error());
    }
    if (Status s = AuditLog(m_db).record(u"settings"_s, 0, AuditLog::Action::Update, {}, values); !s)
        return s;
    return tx.commit();
}

} // namespace rapport
