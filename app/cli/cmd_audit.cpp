// audit list: the latest entries of the audit log, newest first.
#include "cli.h"

#include "isotime.h"
#include "storage/auditlog.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QJsonObject toJson(const AuditLog::Entry &e)
{
    return {{u"id"_s, e.id},
            {u"at"_s, isoUtc(e.at)},
            {u"user_email"_s, e.userEmail.isEmpty() ? QJsonValue() : QJsonValue(e.userEmail)},
            {u"db_user"_s, e.dbUser.isEmpty() ? QJsonValue() : QJsonValue(e.dbUser)},
            {u"entity"_s, e.entity},
            {u"entity_id"_s, e.entityId},
            {u"action"_s, e.action},
            {u"old_values"_s, QJsonObject::fromVariantMap(e.oldValues)},
            {u"new_values"_s, QJsonObject::fromVariantMap(e.newValues)}};
}

int runList(Context &ctx)
{
    bool ok = false;
    const int limit = ctx.parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000)
        return ctx.usage(u"--limit must be a number from 1 to 100000"_s);
    auto db = ctx.openDatabase(false);
    if (!db)
        return ctx.failure(db.error());
    auto entries = AuditLog(*db).latest(limit);
    if (!entries)
        return ctx.failure(entries.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const AuditLog::Entry &e : std::as_const(*entries))
            array.append(toJson(e));
        ctx.printJson({{u"entries"_s, array}});
        return Success;
    }
    QString text;
    for (const AuditLog::Entry &e : std::as_const(*entries)) {
        QString who = e.userEmail.isEmpty() ? u"-"_s : e.userEmail;
        if (!e.dbUser.isEmpty() && e.dbUser.compare(e.userEmail, Qt::CaseInsensitive) != 0)
            who += u" (login "_s + e.dbUser + u')';
        text += u"%1  %2  %3  %4 %5 #%6\n"_s.arg(QString::number(e.id).rightJustified(6),
                                               isoUtc(e.at).toString(),
                                               who.leftJustified(32), e.action.leftJustified(8), e.entity)
                    .arg(e.entityId);
    }
    ctx.print(text.isEmpty() ? u"the audit log is empty"_s : text);
    return Success;
}

int runAudit(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"list"_s)
        return runList(ctx);
    return ctx.usage(action.isEmpty() ? u"audit needs an action: list"_s
                                      : u"unknown audit action \"%1\" (list)"_s.arg(action));
}

Registrar audit{{u"audit"_s, u"The audit log: audit list [--limit N] (newest first; who, and in a team database the login)."_s,
                 [](QCommandLineParser &p) {
                     p.addPositionalArgument(u"action"_s, u"list"_s, u"list"_s);
                     p.addOption({u"limit"_s, u"How many entries (default 50)."_s, u"n"_s, u"50"_s});
                 },
                 runAudit}};

} // namespace
} // namespace rapport::cli
