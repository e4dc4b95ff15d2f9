// reviews schedule / list / show / hold / action / cadence / ics: quarterly
// and annual reviews with each client (seed 000).
#include "cli.h"

#include "io/reviewics.h"
#include "regulationjson.h"
#include "storage/regulationcalendar.h"
#include "storage/reviewrepository.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QString reviewLine(const Review &r, QDate today)
{
    QString state = reviewStatusKey(r.status);
    if (r.isOverdue(today))
        state = u"OVERDUE"_s;
    else if (r.status == ReviewStatus::Held)
        state = u"held %1"_s.arg(r.heldOn.toString(Qt::ISODate));
    return u"%1  %2  %3  %4  %5  %6"_s.arg(QString::number(r.id.value).rightJustified(5),
        r.scheduledOn.toString(Qt::ISODate), reviewKindKey(r.kind).leftJustified(9), state.leftJustified(16),
        r.clientName.leftJustified(32), r.managerEmail);
}

int runSchedule(Context &ctx)
{
    int code = Success;
    const auto asOf = dateOption(ctx, u"as-of"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const QDate day = asOf.value_or(RegulationCalendar::today());
    auto run = ReviewRepository(*db).scheduleReviews(day);
    if (!run)
        return ctx.failure(run.error());
    if (ctx.json()) {
        QJsonArray ids;
        for (ReviewId id : run->createdIds)
            ids.append(id.value);
        ctx.printJson({ { u"as_of"_s, dateJson(day) }, { u"clients"_s, run->clients }, { u"created"_s, run->created },
            { u"review_ids"_s, ids }, { u"skipped"_s, QJsonArray::fromStringList(run->skipped) } });
        return Success;
    }
    QString text
        = u"scheduled %1 review(s) for %2 client(s) with a review cadence"_s.arg(run->created).arg(run->clients);
    for (const QString &s : std::as_const(run->skipped))
        text += u"\nskipped: "_s + s;
    ctx.print(text);
    return Success;
}

int runList(Context &ctx)
{
    int code = Success;
    ReviewQuery query;
    const auto dueBefore = dateOption(ctx, u"due-before"_s, &code);
    const auto asOf = code == Success ? dateOption(ctx, u"as-of"_s, &code) : std::nullopt;
    if (code != Success)
        return code;
    query.dueBefore = dueBefore.value_or(QDate());
    query.asOf = asOf.value_or(RegulationCalendar::today());
    query.overdue = ctx.parser.isSet(u"overdue"_s);
    const QString status = ctx.parser.value(u"status"_s);
    if (status != u"all"_s) {
        const auto s = reviewStatusFromKey(status);
        if (!s)
            return ctx.usage(u"--status must be scheduled, held, cancelled or all, not \"%1\""_s.arg(status));
        query.status = *s;
        query.newestFirst = *s == ReviewStatus::Held;
    }
    if (ctx.parser.isSet(u"client"_s)) {
        const auto id = idValue(ctx, u"--client"_s, ctx.parser.value(u"client"_s), &code);
        if (!id)
            return code;
        query.client = ClientId(*id);
    }
    bool okLimit = false;
    query.limit = ctx.parser.value(u"limit"_s).toInt(&okLimit);
    if (!okLimit || query.limit < 1)
        return ctx.usage(u"--limit must be a positive number"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (ctx.parser.isSet(u"manager"_s)) {
        const auto id = staffByEmail(ctx, *db, ctx.parser.value(u"manager"_s), &code);
        if (!id)
            return code;
        query.manager = *id;
    }
    const QList<Review> reviews = ReviewRepository(*db).list(query);
    if (ctx.json()) {
        QJsonArray array;
        for (const Review &r : reviews)
            array.append(reviewJson(r, query.asOf));
        ctx.printJson({ { u"as_of"_s, dateJson(query.asOf) }, { u"reviews"_s, array } });
        return Success;
    }
    QStringList lines;
    for (const Review &r : reviews)
        lines << reviewLine(r, query.asOf);
    ctx.print(lines.isEmpty() ? u"no reviews (rapport-cli reviews schedule creates them for clients with a cadence)"_s
                              : lines.join(u'\n'));
    return Success;
}

// Prints one review with its action items.
int printReview(Context &ctx, const Database &db, ReviewId id, const std::optional<Review> &next = std::nullopt,
    bool withNext = false)
{
    const ReviewRepository reviews(db);
    const auto review = reviews.byId(id);
    if (!review)
        return ctx.failure(u"no review with id %1"_s.arg(id.value));
    const QDate today = RegulationCalendar::today();
    const QList<Task> items = reviews.actionItems(id);
    if (ctx.json()) {
        QJsonObject object = reviewJson(*review, today);
        QJsonArray array;
        for (const Task &t : items)
            array.append(taskJson(t, today));
        object.insert(u"action_item_list"_s, array);
        QJsonObject out { { u"review"_s, object } };
        if (withNext)
            out.insert(u"next_review"_s, next ? QJsonValue(reviewJson(*next, today)) : QJsonValue(QJsonValue::Null));
        ctx.printJson(out);
        return Success;
    }
    QString text = reviewLine(*review, today);
    if (review->status == ReviewStatus::Held) {
        text += u"\n  attendees: %1\n  progress: %2\n  problems: %3\n  satisfaction: %4"_s.arg(
            review->attendees, review->progress, review->problems, review->satisfaction);
    }
    for (const Task &t : items)
        text += u"\n  action %1: %2 — %3, due %4, %5"_s.arg(
            QString::number(t.id.value), t.title, t.ownerEmail, t.dueOn.toString(Qt::ISODate), taskStatusKey(t.status));
    if (withNext)
        text += next
            ? u"\nnext review: %1 on %2"_s.arg(reviewKindKey(next->kind), next->scheduledOn.toString(Qt::ISODate))
            : u"\nno next review scheduled"_s;
    ctx.print(text);
    return Success;
}

int runShow(Context &ctx)
{
    int code = Success;
    const auto id = idValue(ctx, u"review id"_s, ctx.positional.value(1), &code);
    if (!id)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    return printReview(ctx, *db, ReviewId(*id));
}

int runHold(Context &ctx)
{
    int code = Success;
    const auto id = idValue(ctx, u"review id"_s, ctx.positional.value(1), &code);
    if (!id)
        return code;
    const auto date = dateOption(ctx, u"date"_s, &code);
    if (code != Success)
        return code;
    if (!date)
        return ctx.usage(u"reviews hold needs --date DATE (the day it was held)"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    ReviewRecord record;
    record.heldOn = *date;
    record.attendees = ctx.parser.value(u"attendees"_s);
    record.progress = ctx.parser.value(u"progress"_s);
    record.problems = ctx.parser.value(u"problems"_s);
    record.satisfaction = ctx.parser.value(u"satisfaction"_s);
    auto next = ReviewRepository(*db).hold(ReviewId(*id), record);
    if (!next)
        return ctx.failure(next.error());
    return printReview(ctx, *db, ReviewId(*id), *next, true);
}

int runAction(Context &ctx)
{
    int code = Success;
    const auto id = idValue(ctx, u"review id"_s, ctx.positional.value(1), &code);
    if (!id)
        return code;
    const QString title = ctx.required(u"title"_s, &code);
    const QString owner = code == Success ? ctx.required(u"owner"_s, &code) : QString();
    const auto due = code == Success ? dateOption(ctx, u"due"_s, &code) : std::nullopt;
    if (code != Success)
        return code;
    if (!due)
        return ctx.usage(u"missing required option --due"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const auto ownerId = staffByEmail(ctx, *db, owner, &code);
    if (!ownerId)
        return code;
    auto task = ReviewRepository(*db).addActionItem(ReviewId(*id), title, *ownerId, *due);
    if (!task)
        return ctx.failure(task.error());
    if (ctx.json())
        ctx.printJson({ { u"task"_s, taskJson(*task, RegulationCalendar::today()) } });
    else
        ctx.print(u"action item %1 added to review %2: %3 — %4, due %5"_s.arg(QString::number(task->id.value),
            QString::number(*id), task->title, task->ownerEmail, task->dueOn.toString(Qt::ISODate)));
    return Success;
}

std::optional<bool> onOff(Context &ctx, const QString &option, bool current, int *code)
{
    if (!ctx.parser.isSet(option))
        return current;
    const QString v = ctx.parser.value(option);
    if (v == u"on"_s)
        return true;
    if (v == u"off"_s)
        return false;
    *code = ctx.usage(u"--%1 must be on or off, not \"%2\""_s.arg(option, v));
    return std::nullopt;
}

int runCadence(Context &ctx)
{
    int code = Success;
    const QString clientText = ctx.required(u"client"_s, &code);
    if (code != Success)
        return code;
    const auto client = idValue(ctx, u"--client"_s, clientText, &code);
    const auto anchor = code == Success ? dateOption(ctx, u"anchor"_s, &code) : std::nullopt;
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    ReviewRepository reviews(*db);
    QDate storedAnchor;
    const auto stored = reviews.cadence(ClientId(*client), &storedAnchor);
    ReviewCadence cadence;
    if (stored) {
        cadence = *stored;
        // An anchor set before stays; otherwise the contract start keeps being used.
        cadence.anchor = storedAnchor;
    }
    const auto quarterly = onOff(ctx, u"quarterly"_s, cadence.quarterly, &code);
    const auto annual = code == Success ? onOff(ctx, u"annual"_s, cadence.annual, &code) : std::nullopt;
    if (code != Success)
        return code;
    cadence.quarterly = *quarterly;
    cadence.annual = *annual;
    if (anchor)
        cadence.anchor = *anchor;
    if (ctx.parser.isSet(u"every-months"_s)) {
        bool ok = false;
        cadence.periodicMonths = ctx.parser.value(u"every-months"_s).toInt(&ok);
        if (!ok)
            return ctx.usage(u"--every-months must be a number from 1 to 12"_s);
    }
    if (Status s = reviews.setCadence(ClientId(*client), cadence); !s)
        return ctx.failure(s.error());
    const auto saved = reviews.cadence(ClientId(*client));
    if (ctx.json()) {
        ctx.printJson(
            { { u"client_id"_s, *client }, { u"quarterly"_s, saved->quarterly }, { u"annual"_s, saved->annual },
                { u"every_months"_s, saved->periodicMonths }, { u"anchor"_s, dateJson(saved->anchor) } });
    } else {
        ctx.print(u"client %1: quarterly %2 (every %3 months), annual %4, from %5"_s
                      .arg(QString::number(*client), saved->quarterly ? u"on"_s : u"off"_s)
                      .arg(saved->periodicMonths)
                      .arg(saved->annual ? u"on"_s : u"off"_s,
                          saved->anchor.isValid() ? saved->anchor.toString(Qt::ISODate) : u"(no contract start)"_s));
    }
    return Success;
}

int runIcs(Context &ctx)
{
    int code = Success;
    const QString path = ctx.required(u"output"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    UserId manager;
    if (ctx.parser.isSet(u"manager"_s)) {
        const auto id = staffByEmail(ctx, *db, ctx.parser.value(u"manager"_s), &code);
        if (!id)
            return code;
        manager = *id;
    }
    auto written = ReviewIcs(*db).exportTo(path, manager);
    if (!written)
        return ctx.failure(written.error());
    if (ctx.json())
        ctx.printJson({ { u"file"_s, path }, { u"reviews"_s, *written } });
    else
        ctx.print(u"%1 scheduled review(s) written to %2"_s.arg(*written).arg(path));
    return Success;
}

int runReviews(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"schedule"_s)
        return runSchedule(ctx);
    if (action == u"list"_s)
        return runList(ctx);
    if (action == u"show"_s)
        return runShow(ctx);
    if (action == u"hold"_s)
        return runHold(ctx);
    if (action == u"action"_s)
        return runAction(ctx);
    if (action == u"cadence"_s)
        return runCadence(ctx);
    if (action == u"ics"_s)
        return runIcs(ctx);
    const QString actions = u"schedule, list, show, hold, action, cadence or ics"_s;
    return ctx.usage(action.isEmpty() ? u"reviews needs an action: "_s + actions
                                      : u"unknown reviews action \"%1\" (%2)"_s.arg(action, actions));
}

Registrar reviews { { u"reviews"_s,
    u"Client reviews: reviews schedule [--as-of D], list [--due-before D] [--overdue] [--client ID], show ID, "
    "hold ID --date D, action ID --title T --owner EMAIL --due D, cadence --client ID, ics -o FILE [--manager EMAIL]."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"schedule, list, show, hold, action, cadence or ics"_s,
            u"schedule|list|show|hold|action|cadence|ics"_s);
        p.addPositionalArgument(u"id"_s, u"show, hold, action: the review's id"_s, u"[ID]"_s);
        p.addOption({ u"as-of"_s, u"schedule: the run's date; list: today for overdue (default today)."_s, u"date"_s });
        p.addOption({ u"due-before"_s, u"list: scheduled on or before this date."_s, u"date"_s });
        p.addOption({ u"overdue"_s, u"list: only reviews whose date has passed without being held."_s });
        p.addOption({ u"client"_s, u"list, cadence: the client's id."_s, u"id"_s });
        p.addOption({ u"manager"_s, u"list, ics: only the clients of this account manager (email)."_s, u"email"_s });
        p.addOption(
            { u"status"_s, u"list: scheduled (default), held, cancelled or all."_s, u"status"_s, u"scheduled"_s });
        p.addOption({ u"limit"_s, u"list: at most this many rows (default 500)."_s, u"n"_s, u"500"_s });
        p.addOption({ u"date"_s, u"hold: the day the review was held."_s, u"date"_s });
        p.addOption({ u"attendees"_s, u"hold: who attended."_s, u"text"_s });
        p.addOption({ u"progress"_s, u"hold: the progress discussed."_s, u"text"_s });
        p.addOption({ u"problems"_s, u"hold: mistakes and problems found."_s, u"text"_s });
        p.addOption({ u"satisfaction"_s, u"hold: the client's satisfaction, in their words."_s, u"text"_s });
        p.addOption({ u"title"_s, u"action: what is to be done."_s, u"text"_s });
        p.addOption({ u"owner"_s, u"action: who does it (email)."_s, u"email"_s });
        p.addOption({ u"due"_s, u"action: by when."_s, u"date"_s });
        p.addOption({ u"quarterly"_s, u"cadence: periodic reviews on or off."_s, u"on|off"_s });
        p.addOption({ u"annual"_s, u"cadence: annual reviews on or off."_s, u"on|off"_s });
        p.addOption({ u"every-months"_s, u"cadence: months between periodic reviews (default 3)."_s, u"n"_s });
        p.addOption(
            { u"anchor"_s, u"cadence: the date reviews count from (default the contract start)."_s, u"date"_s });
        p.addOption({ { u"o"_s, u"output"_s }, u"ics: the file to write."_s, u"file"_s });
    },
    runReviews } };

} // namespace
} // namespace rapport::cli
