// feedback add / handle / list / import: complaints, thanks and remarks from
// clients with their handling (seed 003), and ticket feedback (liked / not
// liked) imported from CSV.
#include "cli.h"

#include "io/ticketfeedbackimport.h"
#include "isotime.h"
#include "regulationjson.h"
#include "storage/clientfeedbackrepository.h"
#include "storage/timeline.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QString feedbackLine(const ClientFeedback &f)
{
    const QString when = QDateTime::fromSecsSinceEpoch(f.receivedAt).toString(u"yyyy-MM-dd"_s);
    return u"%1  %2  %3  %4  %5  %6"_s.arg(QString::number(f.id.value).rightJustified(5), when,
        clientFeedbackKindKey(f.kind).leftJustified(9), f.clientName.leftJustified(28),
        f.isHandled()                                 ? u"handled  "_s
            : f.kind == ClientFeedbackKind::Complaint ? u"open     "_s
                                                      : u"         "_s,
        Timeline::titleFrom(f.text));
}

int printFeedback(Context &ctx, const ClientFeedback &f, const QString &done)
{
    if (ctx.json())
        ctx.printJson({ { u"feedback"_s, clientFeedbackJson(f) } });
    else
        ctx.print(done + u'\n' + feedbackLine(f));
    return Success;
}

int runAdd(Context &ctx)
{
    int code = Success;
    const QString clientText = ctx.required(u"client"_s, &code);
    const QString kindText = code == Success ? ctx.required(u"kind"_s, &code) : QString();
    const QString text = code == Success ? ctx.required(u"text"_s, &code) : QString();
    if (code != Success)
        return code;
    const auto client = idValue(ctx, u"--client"_s, clientText, &code);
    if (!client)
        return code;
    const auto kind = clientFeedbackKindFromKey(kindText);
    if (!kind)
        return ctx.usage(u"--kind must be complaint, thanks or remark, not \"%1\""_s.arg(kindText));
    ClientFeedback f;
    f.clientId = ClientId(*client);
    f.kind = *kind;
    f.text = text;
    if (ctx.parser.isSet(u"channel"_s))
        f.channel = ctx.parser.value(u"channel"_s);
    if (ctx.parser.isSet(u"ticket"_s)) {
        const auto id = idValue(ctx, u"--ticket"_s, ctx.parser.value(u"ticket"_s), &code);
        if (!id)
            return code;
        f.ticketId = TicketId(*id);
    }
    if (ctx.parser.isSet(u"received"_s)) {
        const auto at = instantFromIso(ctx.parser.value(u"received"_s), QTimeZone::systemTimeZone());
        if (!at)
            return ctx.usage(
                u"--received: \"%1\" is not an ISO 8601 date or date-time"_s.arg(ctx.parser.value(u"received"_s)));
        f.receivedAt = *at;
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto added = ClientFeedbackRepository(*db).add(f);
    if (!added)
        return ctx.failure(added.error());
    return printFeedback(ctx, *added, u"%1 %2 recorded"_s.arg(clientFeedbackKindKey(added->kind)).arg(added->id.value));
}

int runHandle(Context &ctx)
{
    int code = Success;
    const auto id = idValue(ctx, u"feedback id"_s, ctx.positional.value(1), &code);
    if (!id)
        return code;
    const QString text = ctx.required(u"text"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    ClientFeedbackRepository repo(*db);
    if (Status s = repo.handle(ClientFeedbackId(*id), text); !s)
        return ctx.failure(s.error());
    return printFeedback(ctx, *repo.byId(ClientFeedbackId(*id)), u"feedback %1 handled"_s.arg(*id));
}

int runList(Context &ctx)
{
    int code = Success;
    ClientFeedbackQuery query;
    if (ctx.parser.isSet(u"client"_s)) {
        const auto id = idValue(ctx, u"--client"_s, ctx.parser.value(u"client"_s), &code);
        if (!id)
            return code;
        query.client = ClientId(*id);
    }
    if (ctx.parser.isSet(u"kind"_s)) {
        const auto kind = clientFeedbackKindFromKey(ctx.parser.value(u"kind"_s));
        if (!kind)
            return ctx.usage(u"--kind must be complaint, thanks or remark"_s);
        query.kind = *kind;
    }
    query.unhandledOnly = ctx.parser.isSet(u"unhandled"_s);
    query.limit = 1000;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const auto items = ClientFeedbackRepository(*db).list(query);
    if (ctx.json()) {
        QJsonArray array;
        for (const ClientFeedback &f : items)
            array.append(clientFeedbackJson(f));
        ctx.printJson({ { u"feedback"_s, array } });
        return Success;
    }
    QStringList lines;
    for (const ClientFeedback &f : items)
        lines << feedbackLine(f);
    ctx.print(lines.isEmpty() ? u"no complaints, thanks or remarks"_s : lines.join(u'\n'));
    return Success;
}

int runImport(Context &ctx)
{
    const QString path = ctx.positional.value(1);
    if (path.isEmpty())
        return ctx.usage(u"feedback import needs a CSV file: ticket,feedback,reason"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failure(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    ImportOptions options;
    options.skipInvalid = ctx.parser.isSet(u"skip-invalid"_s);
    options.dryRun = ctx.parser.isSet(u"dry-run"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto summary = TicketFeedbackImport(*db).run(data, options);
    if (!summary)
        return ctx.failure(summary.error());
    if (ctx.json()) {
        QJsonArray errors;
        for (const ImportError &e : summary->errors)
            errors.append(QJsonObject { { u"line"_s, e.line }, { u"column"_s, e.column }, { u"reason"_s, e.reason } });
        ctx.printJson(
            { { u"rows"_s, summary->rows }, { u"created"_s, summary->created }, { u"updated"_s, summary->updated },
                { u"unchanged"_s, summary->unchanged }, { u"skipped"_s, summary->skipped },
                { u"rejected"_s, summary->rejected }, { u"dry_run"_s, summary->dryRun }, { u"errors"_s, errors } });
    } else {
        QString text = u"%1 row(s): %2 feedback recorded, %3 changed, %4 unchanged, %5 skipped%6"_s.arg(summary->rows)
                           .arg(summary->created)
                           .arg(summary->updated)
                           .arg(summary->unchanged)
                           .arg(summary->skipped)
                           .arg(summary->dryRun ? u" (dry run: nothing written)"_s : QString());
        if (summary->rejected)
            text += u"\nnothing imported"_s;
        for (const ImportError &e : summary->errors)
            text += u'\n' + e.toString();
        ctx.print(text);
    }
    return summary->rejected ? Failure : Success;
}

int runFeedback(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"add"_s)
        return runAdd(ctx);
    if (action == u"handle"_s)
        return runHandle(ctx);
    if (action == u"list"_s)
        return runList(ctx);
    if (action == u"import"_s)
        return runImport(ctx);
    const QString actions = u"add, handle, list or import"_s;
    return ctx.usage(action.isEmpty() ? u"feedback needs an action: "_s + actions
                                      : u"unknown feedback action \"%1\" (%2)"_s.arg(action, actions));
}

Registrar feedback { { u"feedback"_s,
    u"Client feedback: feedback add --client ID --kind complaint|thanks|remark --text T [--channel C], "
    "handle ID --text T, list [--client ID], import FILE (CSV: ticket,feedback,reason)."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"add, handle, list or import"_s, u"add|handle|list|import"_s);
        p.addPositionalArgument(u"arg"_s, u"handle: the feedback's id; import: the CSV file"_s, u"[ID|FILE]"_s);
        p.addOption({ u"client"_s, u"add, list: the client's id."_s, u"id"_s });
        p.addOption({ u"kind"_s, u"add, list: complaint, thanks or remark."_s, u"kind"_s });
        p.addOption({ u"text"_s, u"add: what the client said; handle: what was done about it."_s, u"text"_s });
        p.addOption(
            { u"channel"_s, u"add: email (default), phone, messenger, portal, visit or other."_s, u"channel"_s });
        p.addOption({ u"ticket"_s, u"add: the ticket it is about."_s, u"id"_s });
        p.addOption({ u"received"_s, u"add: when it was received (ISO 8601; default now)."_s, u"when"_s });
        p.addOption({ u"unhandled"_s, u"list: only feedback not handled yet."_s });
        p.addOption({ u"skip-invalid"_s, u"import: import the valid rows and report the others."_s });
        p.addOption({ u"dry-run"_s, u"import: check everything, write nothing."_s });
    },
    runFeedback } };

} // namespace
} // namespace rapport::cli
