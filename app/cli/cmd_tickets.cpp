// ticket add / reply / note / call / formalize / confirm / status / assign /
// owner / category / deadline / time / feedback / show, and tickets list:
// requests from clients and their SLA clock.
#include "cli.h"

#include "domain/ticketworkflow.h"
#include "isotime.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "ticketjson.h"

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

// The statuses as typed on the command line, with the stored keys accepted too.
std::optional<TicketStatus> statusFromWord(const QString &word)
{
    static const QHash<QString, TicketStatus> words{{u"new"_s, TicketStatus::New},
                                                   {u"formalizing"_s, TicketStatus::Formalizing},
                                                   {u"in-progress"_s, TicketStatus::InProgress},
                                                   {u"waiting"_s, TicketStatus::WaitingOnClient},
                                                   {u"resolved"_s, TicketStatus::Resolved},
                                                   {u"closed"_s, TicketStatus::Closed},
                                                   {u"cancelled"_s, TicketStatus::Cancelled}};
    if (auto it = words.constFind(word); it != words.cend())
        return *it;
    if (auto s = statusFromKey(word))
        return *s;
    return std::nullopt;
}

const QString kStatusWords = u"new, formalizing, in-progress, waiting, resolved, closed or cancelled"_s;

// An agreed deadline as typed: ISO 8601 (no offset: local time), or "none" (0).
std::optional<qint64> deadlineFromWord(const QString &word)
{
    if (word == u"none"_s)
        return qint64(0);
    return instantFromIso(word, QTimeZone::systemTimeZone());
}

// Everything an action needs: the database, the repository, and the ticket
// number from the first positional argument.
struct Action
{
    Context &ctx;
    Database db;
    TicketId id;

    TicketRepository repo() const { return TicketRepository(db); }

    // --at, or 0 (now). Sets *code on a usage error.
    qint64 at(int *code) const
    {
        if (!ctx.parser.isSet(u"at"_s))
            return 0;
        const auto instant = instantFromIso(ctx.parser.value(u"at"_s), QTimeZone::systemTimeZone());
        if (!instant) {
            *code = ctx.usage(u"--at: \"%1\" is not an ISO 8601 date-time"_s.arg(ctx.parser.value(u"at"_s)));
            return 0;
        }
        return *instant;
    }

    // Prints the ticket after a change: JSON as `ticket show`, or a summary.
    int printTicket(const QString &done) const
    {
        const auto ticket = repo().byId(id, asOf());
        if (!ticket)
            return ctx.failure(u"no ticket with number %1"_s.arg(id.value));
        if (ctx.json())
            ctx.printJson(ticketJson(*ticket, repo().events(id), repo().timeEntries(id)));
        else
            ctx.print((done.isEmpty() ? QString() : done + u'\n') + ticketText(*ticket));
        return Success;
    }

    qint64 asOf() const
    {
        return ctx.parser.isSet(u"as-of"_s)
            ? instantFromIso(ctx.parser.value(u"as-of"_s), QTimeZone::systemTimeZone()).value_or(0)
            : 0;
    }
};

std::optional<UserId> userByEmail(Context &ctx, const Database &db, const QString &email, int *code)
{
    const auto user = UserRepository(db).byEmail(email);
    if (!user) {
        *code = ctx.failure(u"no staff member with email %1 (see `rapport-cli users list`)"_s.arg(email));
        return std::nullopt;
    }
    return user->id;
}

int runAdd(Context &ctx)
{
    int code = Success;
    const QString clientText = ctx.required(u"client"_s, &code);
    const QString subject = code == Success ? ctx.required(u"subject"_s, &code) : QString();
    if (code != Success)
        return code;
    if (ctx.positional.size() > 1)
        return ctx.usage(u"unexpected argument \"%1\""_s.arg(ctx.positional.at(1)));
    bool ok = false;
    Ticket ticket;
    ticket.clientId = ClientId(clientText.toLongLong(&ok));
    if (!ok || !ticket.clientId.isValid())
        return ctx.usage(u"--client must be a client id (see `rapport-cli clients list`)"_s);
    ticket.subject = subject;
    ticket.description = ctx.parser.value(u"description"_s);
    ticket.category = ctx.parser.value(u"category"_s);
    if (ctx.parser.isSet(u"priority"_s)) {
        const auto p = priorityFromKey(ctx.parser.value(u"priority"_s));
        if (!p)
            return ctx.usage(u"--priority must be low, normal, high or urgent"_s);
        ticket.priority = *p;
    }
    if (ctx.parser.isSet(u"channel"_s)) {
        const auto c = contactChannelFromKey(ctx.parser.value(u"channel"_s));
        if (!c)
            return ctx.usage(u"--channel must be email, phone, messenger, portal, visit or other"_s);
        ticket.channel = *c;
    }
    if (ctx.parser.isSet(u"contact"_s)) {
        ticket.contactId = ContactId(ctx.parser.value(u"contact"_s).toLongLong(&ok));
        if (!ok || !ticket.contactId.isValid())
            return ctx.usage(u"--contact must be a contact id"_s);
    }
    if (ctx.parser.isSet(u"deadline"_s)) {
        const auto deadline = deadlineFromWord(ctx.parser.value(u"deadline"_s));
        if (!deadline)
            return ctx.usage(
                u"--deadline: \"%1\" is not an ISO 8601 date-time or none"_s.arg(ctx.parser.value(u"deadline"_s)));
        ticket.agreedDeadline = *deadline;
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    Action action{ctx, *db, {}};
    const qint64 at = action.at(&code);
    if (code != Success)
        return code;
    for (const QString &option : {u"owner"_s, u"assignee"_s}) {
        if (!ctx.parser.isSet(option))
            continue;
        const auto user = userByEmail(ctx, *db, ctx.parser.value(option), &code);
        if (!user)
            return code;
        (option == u"owner"_s ? ticket.ownerId : ticket.assigneeId) = *user;
    }
    auto created = TicketRepository(*db).create(ticket, at);
    if (!created)
        return ctx.failure(created.error());
    action.id = created->id;
    return action.printTicket(u"recorded ticket %1"_s.arg(created->id.value));
}

// The actions on one ticket: `ticket ACTION ID ...`.
int runOnTicket(Context &ctx, const QString &name)
{
    if (ctx.positional.size() < 2)
        return ctx.usage(u"usage: ticket %1 ID ..."_s.arg(name));
    bool ok = false;
    const TicketId id(ctx.positional.at(1).toLongLong(&ok));
    if (!ok || !id.isValid())
        return ctx.usage(u"\"%1\" is not a ticket number"_s.arg(ctx.positional.at(1)));
    const QStringList args = ctx.positional.mid(2);
    const int expectedArgs = (name == u"status"_s || name == u"assign"_s || name == u"owner"_s
                              || name == u"feedback"_s || name == u"category"_s || name == u"deadline"_s)
        ? 1
        : 0;
    if (args.size() != expectedArgs)
        return ctx.usage(expectedArgs ? u"usage: ticket %1 ID %2"_s.arg(name,
                                                                        name == u"status"_s     ? u"STATUS"_s
                                                                        : name == u"feedback"_s ? u"liked|not-liked"_s
                                                                        : name == u"category"_s ? u"TEXT"_s
                                                                        : name == u"deadline"_s ? u"ISO8601|none"_s
                                                                                                : u"EMAIL"_s)
                                      : u"unexpected argument \"%1\""_s.arg(args.value(0)));
    int code = Success;
    // Validate the words before touching the database.
    std::optional<TicketStatus> status;
    std::optional<Feedback> feedback;
    if (name == u"status"_s) {
        status = statusFromWord(args.first());
        if (!status)
            return ctx.usage(u"unknown status \"%1\" (%2)"_s.arg(args.first(), kStatusWords));
    }
    if (name == u"feedback"_s) {
        feedback = args.first() == u"liked"_s       ? std::optional(Feedback::Liked)
                 : args.first() == u"not-liked"_s   ? std::optional(Feedback::NotLiked)
                 : TicketWorkflow::feedbackFromKey(args.first());
        if (!feedback)
            return ctx.usage(u"feedback is liked or not-liked, not \"%1\""_s.arg(args.first()));
    }
    std::optional<qint64> deadline;
    if (name == u"deadline"_s) {
        deadline = deadlineFromWord(args.first());
        if (!deadline)
            return ctx.usage(u"deadline is an ISO 8601 date-time or none, not \"%1\""_s.arg(args.first()));
    }
    QString text;
    if (name == u"reply"_s || name == u"note"_s)
        text = ctx.required(u"text"_s, &code);
    else if (name == u"call"_s)
        text = ctx.required(u"summary"_s, &code);
    else if (name == u"formalize"_s)
        text = ctx.required(u"statement"_s, &code);
    if (code != Success)
        return code;
    TimeEntry entry;
    if (name == u"time"_s) {
        const QString minutes = ctx.required(u"minutes"_s, &code);
        if (code != Success)
            return code;
        entry.minutes = minutes.toInt(&ok);
        if (!ok || entry.minutes <= 0)
            return ctx.usage(u"--minutes must be a whole number of minutes above 0"_s);
        if (ctx.parser.isSet(u"date"_s)) {
            entry.day = QDate::fromString(ctx.parser.value(u"date"_s), Qt::ISODate);
            if (!entry.day.isValid())
                return ctx.usage(u"--date must be YYYY-MM-DD"_s);
        }
        if (ctx.parser.isSet(u"billable"_s) && ctx.parser.isSet(u"non-billable"_s))
            return ctx.usage(u"--billable and --non-billable exclude each other"_s);
        entry.billable = !ctx.parser.isSet(u"non-billable"_s);
        entry.note = ctx.parser.value(u"note"_s);
        entry.ticketId = id;
    }

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    Action action{ctx, *db, id};
    const qint64 at = action.at(&code);
    if (code != Success)
        return code;
    TicketRepository repo(*db);
    if (!repo.byId(id))
        return ctx.failure(u"no ticket with number %1"_s.arg(id.value));
    Status done;
    QString summary;
    if (name == u"reply"_s) {
        done = repo.reply(id, text, at);
        summary = u"replied on ticket %1"_s.arg(id.value);
    } else if (name == u"note"_s) {
        done = repo.addNote(id, text, at);
        summary = u"noted on ticket %1"_s.arg(id.value);
    } else if (name == u"call"_s) {
        done = repo.logContact(id, ctx.parser.value(u"channel"_s), text, at);
        summary = u"logged contact on ticket %1"_s.arg(id.value);
    } else if (name == u"formalize"_s) {
        done = repo.formalize(id, text, at);
        summary = u"formalized ticket %1"_s.arg(id.value);
    } else if (name == u"confirm"_s) {
        done = repo.confirm(id, ctx.parser.value(u"channel"_s), at);
        summary = u"client confirmed ticket %1"_s.arg(id.value);
    } else if (name == u"status"_s) {
        done = repo.setStatus(id, *status, at);
        summary = u"ticket %1 is now %2"_s.arg(id.value).arg(TicketWorkflow::statusWord(*status));
    } else if (name == u"assign"_s || name == u"owner"_s) {
        const auto user = userByEmail(ctx, *db, args.first(), &code);
        if (!user)
            return code;
        done = name == u"assign"_s ? repo.assign(id, *user, at) : repo.setOwner(id, *user, at);
        summary = (name == u"assign"_s ? u"ticket %1 assigned to %2"_s : u"ticket %1 owned by %2"_s)
                      .arg(id.value)
                      .arg(args.first());
    } else if (name == u"category"_s) {
        done = repo.setCategory(id, args.first(), at);
        const QString category = args.first().trimmed();
        summary = category.isEmpty() ? u"ticket %1 has no category"_s.arg(id.value)
                                     : u"ticket %1 category: %2"_s.arg(id.value).arg(category);
    } else if (name == u"deadline"_s) {
        done = repo.setAgreedDeadline(id, *deadline, at);
        summary = *deadline > 0 ? u"ticket %1 deadline agreed: %2"_s.arg(id.value).arg(isoUtc(*deadline).toString())
                                : u"ticket %1 has no agreed deadline"_s.arg(id.value);
    } else if (name == u"time"_s) {
        auto added = repo.addTime(entry);
        done = added ? Status() : Status(fail(added.error()));
        summary = u"logged %1 min on ticket %2"_s.arg(entry.minutes).arg(id.value);
    } else if (name == u"feedback"_s) {
        done = repo.setFeedback(id, *feedback, ctx.parser.value(u"reason"_s));
        summary = u"feedback recorded on ticket %1"_s.arg(id.value);
    }
    if (!done)
        return ctx.failure(done.error());
    return action.printTicket(name == u"show"_s ? QString() : summary);
}

int runTicket(Context &ctx)
{
    static const QStringList actions{u"add"_s,      u"reply"_s,    u"note"_s,     u"call"_s,
                                     u"formalize"_s, u"confirm"_s, u"status"_s,  u"assign"_s,
                                     u"owner"_s,    u"category"_s, u"deadline"_s, u"time"_s,
                                     u"feedback"_s, u"show"_s};
    const QString action = ctx.positional.value(0);
    if (action == u"add"_s)
        return runAdd(ctx);
    if (actions.contains(action))
        return runOnTicket(ctx, action);
    return ctx.usage(action.isEmpty() ? u"ticket needs an action: %1"_s.arg(actions.join(u", "_s))
                                      : u"unknown ticket action \"%1\" (%2)"_s.arg(action, actions.join(u", "_s)));
}

int runList(Context &ctx)
{
    if (!ctx.positional.isEmpty() && ctx.positional.first() != u"list"_s)
        return ctx.usage(u"unknown tickets action \"%1\" (list)"_s.arg(ctx.positional.first()));
    if (ctx.positional.size() > 1)
        return ctx.usage(u"unexpected argument \"%1\""_s.arg(ctx.positional.at(1)));
    TicketQuery query;
    bool ok = true;
    if (ctx.parser.isSet(u"client"_s)) {
        query.client = ClientId(ctx.parser.value(u"client"_s).toLongLong(&ok));
        if (!ok || !query.client.isValid())
            return ctx.usage(u"--client must be a client id"_s);
    }
    if (ctx.parser.isSet(u"status"_s)) {
        const QString word = ctx.parser.value(u"status"_s);
        if (word == u"open"_s) {
            query.openOnly = true;
        } else {
            query.status = statusFromWord(word);
            if (!query.status)
                return ctx.usage(u"unknown status \"%1\" (%2, or open)"_s.arg(word, kStatusWords));
        }
    }
    query.limit = ctx.parser.value(u"limit"_s).toInt(&ok);
    if (!ok || query.limit < 1 || query.limit > 10000)
        return ctx.usage(u"--limit must be between 1 and 10000"_s);
    query.breached = ctx.parser.isSet(u"breached"_s);
    query.atRisk = ctx.parser.isSet(u"at-risk"_s);
    query.unassigned = ctx.parser.isSet(u"unassigned"_s);
    query.category = ctx.parser.value(u"category"_s);
    query.pastAgreedDeadline = ctx.parser.isSet(u"past-deadline"_s);
    query.search = ctx.parser.value(u"search"_s);
    if (ctx.parser.isSet(u"as-of"_s)) {
        const auto asOf = instantFromIso(ctx.parser.value(u"as-of"_s), QTimeZone::systemTimeZone());
        if (!asOf)
            return ctx.usage(u"--as-of: \"%1\" is not an ISO 8601 date-time"_s.arg(ctx.parser.value(u"as-of"_s)));
        query.asOf = *asOf;
    }
    qint64 before = 0;
    if (ctx.parser.isSet(u"before"_s)) {
        before = ctx.parser.value(u"before"_s).toLongLong(&ok);
        if (!ok || before <= 0)
            return ctx.usage(u"--before must be a ticket number"_s);
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    int code = Success;
    for (const QString &option : {u"assignee"_s, u"owner"_s}) {
        if (!ctx.parser.isSet(option))
            continue;
        const auto user = userByEmail(ctx, *db, ctx.parser.value(option), &code);
        if (!user)
            return code;
        (option == u"assignee"_s ? query.assignee : query.owner) = *user;
    }
    TicketRepository repo(*db);
    if (before > 0) {
        const auto after = repo.byId(TicketId(before));
        if (!after)
            return ctx.failure(u"no ticket with number %1"_s.arg(before));
        query.beforeCreated = after->createdAt;
        query.beforeId = before;
    }
    const QList<TicketListRow> rows = repo.list(query);
    const bool more = rows.size() == query.limit;
    if (ctx.json()) {
        QJsonArray array;
        for (const TicketListRow &r : rows)
            array.append(ticketRowJson(r));
        ctx.printJson({{u"tickets"_s, array},
                       {u"next_before"_s, more ? QJsonValue(rows.last().id.value) : QJsonValue()}});
        return Success;
    }
    QString text;
    for (const TicketListRow &r : rows)
        text += u"%1  %2  %3  %4  %5  response %6, resolution %7\n"_s
                    .arg(QString::number(r.id.value).rightJustified(7),
                         isoUtc(r.createdAt).toString().left(16), statusKey(r.status).leftJustified(17),
                         r.clientName.left(24).leftJustified(24), r.subject.left(40).leftJustified(40),
                         r.responseState, r.resolutionState);
    if (more)
        text += u"more: --before %1\n"_s.arg(rows.last().id.value);
    ctx.print(text.isEmpty() ? u"no tickets"_s : text);
    return Success;
}

void addTicketOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(u"action"_s,
                            u"add, reply, note, call, formalize, confirm, status, assign, owner, category, deadline, "
                            "time, feedback or show"_s,
                            u"ACTION"_s);
    p.addPositionalArgument(u"id"_s, u"Ticket number (all actions but add)."_s, u"[ID]"_s);
    p.addPositionalArgument(u"value"_s,
                            u"status: STATUS; assign/owner: EMAIL; category: TEXT (\"\" for none); deadline: "
                            "ISO8601 (no offset: local time) or none; feedback: liked|not-liked."_s,
                            u"[VALUE]"_s);
    p.addOption({u"client"_s, u"add: client id."_s, u"id"_s});
    p.addOption({u"subject"_s, u"add: one line about the request."_s, u"text"_s});
    p.addOption({u"description"_s, u"add: the details."_s, u"text"_s});
    p.addOption({u"category"_s, u"add: category (one line, at most 60 characters)."_s, u"text"_s});
    p.addOption({u"deadline"_s, u"add: the deadline agreed with the client, ISO 8601 (no offset: local time)."_s,
                 u"iso"_s});
    p.addOption({u"priority"_s, u"add: low, normal (default), high or urgent."_s, u"p"_s});
    p.addOption({u"channel"_s, u"add: channel of the request (email default); call: phone default; confirm: the "
                               "confirmation's channel (default: the ticket's)."_s,
                 u"c"_s});
    p.addOption({u"contact"_s, u"add: requester contact id."_s, u"id"_s});
    p.addOption({u"owner"_s, u"add: owner's email (default: the client's account manager)."_s, u"email"_s});
    p.addOption({u"assignee"_s, u"add: assignee's email."_s, u"email"_s});
    p.addOption({u"at"_s, u"When it happened, ISO 8601 (default now; no offset: local time)."_s, u"iso"_s});
    p.addOption({u"as-of"_s, u"The instant the SLA clock is shown for (default now)."_s, u"iso"_s});
    p.addOption({u"text"_s, u"reply/note: the text."_s, u"text"_s});
    p.addOption({u"summary"_s, u"call: what was said."_s, u"text"_s});
    p.addOption({u"statement"_s, u"formalize: the formal task statement."_s, u"text"_s});
    p.addOption({u"minutes"_s, u"time: minutes worked."_s, u"m"_s});
    p.addOption({u"date"_s, u"time: the day, YYYY-MM-DD (default today)."_s, u"date"_s});
    p.addOption({u"billable"_s, u"time: billable (default)."_s});
    p.addOption({u"non-billable"_s, u"time: not billable."_s});
    p.addOption({u"note"_s, u"time: a note."_s, u"text"_s});
    p.addOption({u"reason"_s, u"feedback: why not liked (required for not-liked)."_s, u"text"_s});
}

Registrar ticket{{u"ticket"_s,
                  u"A client's request: ticket add --client ID --subject S, then reply, note, call, formalize, confirm, "
                  "status, assign, owner, category, deadline, time, feedback, show."_s,
                  addTicketOptions, runTicket}};

Registrar tickets{{u"tickets"_s,
                   u"List tickets newest first: tickets list [--client ID] [--status S] [--assignee EMAIL] "
                   "[--category C] [--breached] [--at-risk] [--past-deadline]."_s,
                   [](QCommandLineParser &p) {
                       p.addPositionalArgument(u"action"_s, u"list"_s, u"list"_s);
                       p.addOption({u"client"_s, u"Only this client's (id)."_s, u"id"_s});
                       p.addOption({u"status"_s, kStatusWords + u", or open."_s, u"status"_s});
                       p.addOption({u"assignee"_s, u"Assigned to (email)."_s, u"email"_s});
                       p.addOption({u"owner"_s, u"Owned by (email)."_s, u"email"_s});
                       p.addOption({u"unassigned"_s, u"Without an assignee."_s});
                       p.addOption({u"breached"_s, u"A target breached."_s});
                       p.addOption({u"at-risk"_s, u"Less than 20 % of a target left (with --breached: either)."_s});
                       p.addOption({u"category"_s, u"Only this category (exact)."_s, u"text"_s});
                       p.addOption({u"past-deadline"_s, u"Open, with the agreed deadline passed (as of --as-of)."_s});
                       p.addOption({u"search"_s, u"Subject, client name or #number."_s, u"text"_s});
                       p.addOption({u"limit"_s, u"Rows per page (default 50)."_s, u"n"_s, u"50"_s});
                       p.addOption({u"before"_s, u"Next page: the tickets older than this ticket number."_s, u"id"_s});
                       p.addOption({u"as-of"_s, u"SLA states as of this instant (default now)."_s, u"iso"_s});
                   },
                   runList}};

} // namespace
} // namespace rapport::cli
