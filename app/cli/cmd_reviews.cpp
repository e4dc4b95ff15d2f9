// reviews schedule / list / show / hold / reschedule / cancel / action /
// cadence / ics / pack: quarterly and annual reviews with each client (seed 000).
#include "asof.h"
#include "cli.h"

#include "io/reviewics.h"
#include "io/reviewpackdocument.h"
#include "isotime.h"
#include "metrics/dashboardquery.h"
#include "metrics/reviewpack.h"
#include "regulationjson.h"
#include "reviewpackpdf.h"
#include "storage/regulationcalendar.h"
#include "storage/reviewrepository.h"

#include <QFileInfo>
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
    // No dry run here: a day after today is refused, not previewed.
    if (const auto future = futureAsOf(ctx, u"as-of"_s, asOf.value_or(QDate())))
        return refuseFutureRun(ctx, u"reviews schedule"_s, *future);
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

// reviews reschedule ID --date D --reason T: moves a scheduled review.
int runReschedule(Context &ctx)
{
    int code = Success;
    const auto id = idValue(ctx, u"review id"_s, ctx.positional.value(1), &code);
    if (!id)
        return code;
    const auto date = dateOption(ctx, u"date"_s, &code);
    if (code != Success)
        return code;
    if (!date)
        return ctx.usage(u"reviews reschedule needs --date DATE (the new date)"_s);
    const QString reason = ctx.required(u"reason"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (Status s = ReviewRepository(*db).reschedule(ReviewId(*id), *date, reason); !s)
        return ctx.failure(s.error());
    return printReview(ctx, *db, ReviewId(*id));
}

// reviews cancel ID --reason T: cancels a scheduled review.
int runCancel(Context &ctx)
{
    int code = Success;
    const auto id = idValue(ctx, u"review id"_s, ctx.positional.value(1), &code);
    if (!id)
        return code;
    const QString reason = ctx.required(u"reason"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (Status s = ReviewRepository(*db).cancel(ReviewId(*id), reason); !s)
        return ctx.failure(s.error());
    return printReview(ctx, *db, ReviewId(*id));
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

QJsonValue hoursJson(const std::optional<double> &hours)
{
    return hours ? QJsonValue(*hours) : QJsonValue();
}

QJsonObject targetJson(const SampleStats &sample, const Compliance &compliance)
{
    return { { u"count"_s, sample.count }, { u"median_hours"_s, hoursJson(sample.medianHours) },
        { u"p90_hours"_s, hoursJson(sample.p90Hours) }, { u"met"_s, compliance.met },
        { u"breached"_s, compliance.breached }, { u"compliance"_s, rateJson(compliance.share()) } };
}

// reviews pack ID|--client ID --from D --to D -o FILE.pdf [--lang ru|kk|en]
// [--as-of ISO8601]: the review prepared as a client-ready document.
int runPack(Context &ctx)
{
    int code = Success;
    const bool forReview = !ctx.positional.value(1).isEmpty();
    std::optional<qint64> reviewId;
    std::optional<qint64> clientId;
    if (forReview)
        reviewId = idValue(ctx, u"review id"_s, ctx.positional.value(1), &code);
    else if (ctx.parser.isSet(u"client"_s))
        clientId = idValue(ctx, u"--client"_s, ctx.parser.value(u"client"_s), &code);
    else
        return ctx.usage(u"reviews pack needs a review id, or --client ID --from D --to D"_s);
    if (code != Success)
        return code;
    const auto from = dateOption(ctx, u"from"_s, &code);
    const auto to = code == Success ? dateOption(ctx, u"to"_s, &code) : std::nullopt;
    if (code != Success)
        return code;
    if (!forReview && (!from || !to))
        return ctx.usage(u"reviews pack --client needs --from and --to (YYYY-MM-DD)"_s);
    const QString path = ctx.parser.value(u"output"_s);
    if (path.isEmpty())
        return ctx.usage(u"reviews pack needs -o FILE.pdf"_s);
    const QString lang = ctx.parser.value(u"lang"_s);
    if (!lang.isEmpty() && lang != u"ru"_s && lang != u"kk"_s && lang != u"en"_s)
        return ctx.usage(u"--lang must be ru, kk or en"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    qint64 asOf = 0;
    if (ctx.parser.isSet(u"as-of"_s)) {
        const auto at = instantFromIso(ctx.parser.value(u"as-of"_s), DashboardQuery::timeZone(*db));
        if (!at)
            return ctx.usage(u"--as-of: \"%1\" is not an ISO 8601 date or instant"_s.arg(ctx.parser.value(u"as-of"_s)));
        asOf = *at;
    }
    const ReviewPackBuilder builder(*db);
    auto pack = forReview ? builder.forReview(ReviewId(*reviewId), lang, asOf)
                          : builder.forPeriod(ClientId(*clientId), *from, *to, lang, asOf);
    if (!pack)
        return ctx.failure(pack.error());
    if (Status s = ReviewPackPdf::write(*pack, path); !s)
        return ctx.failure(s.error());
    if (forReview) {
        if (Status s = ReviewRepository(*db).attachPack(pack->review, QFileInfo(path).absoluteFilePath(),
                ReviewPackDocument::title(*pack));
            !s)
            return ctx.failure(s.error());
    }
    const TicketFigures &t = pack->dashboard.tickets;
    if (ctx.json()) {
        ctx.printJson({ { u"file"_s, path }, { u"review_id"_s, forReview ? QJsonValue(*reviewId) : QJsonValue() },
            { u"client_id"_s, pack->client.value }, { u"client"_s, pack->clientName },
            { u"language"_s, pack->language }, { u"from"_s, dateJson(pack->from) }, { u"to"_s, dateJson(pack->to) },
            { u"tickets"_s,
                QJsonObject { { u"created"_s, t.tickets.created }, { u"resolved"_s, t.tickets.resolved },
                    { u"open"_s, t.tickets.open } } },
            { u"first_response"_s, targetJson(t.firstResponse, t.responseCompliance) },
            { u"resolution"_s, targetJson(t.resolution, t.resolutionCompliance) },
            { u"feedback"_s,
                QJsonObject { { u"liked"_s, pack->dashboard.feedback.liked },
                    { u"not_liked"_s, pack->dashboard.feedback.notLiked }, { u"entries"_s, pack->feedback.size() } } },
            { u"breaches"_s, pack->breaches.size() }, { u"hour_months"_s, pack->hours.size() },
            { u"hours_suggestion"_s, pack->hoursSuggestion }, { u"invoices"_s, pack->invoices.size() },
            { u"payments"_s, pack->payments.size() }, { u"obligations"_s, pack->obligations.size() },
            { u"previous_plan_items"_s, pack->previousPlan.size() } });
    } else {
        ctx.print(u"wrote %1 (%2, %3, %4 – %5: %6 tickets, %7 breaches)"_s.arg(path, pack->clientName, pack->language,
            pack->from.toString(Qt::ISODate), pack->to.toString(Qt::ISODate))
                      .arg(t.tickets.created)
                      .arg(pack->breaches.size()));
    }
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
    if (action == u"reschedule"_s)
        return runReschedule(ctx);
    if (action == u"cancel"_s)
        return runCancel(ctx);
    if (action == u"action"_s)
        return runAction(ctx);
    if (action == u"cadence"_s)
        return runCadence(ctx);
    if (action == u"ics"_s)
        return runIcs(ctx);
    if (action == u"pack"_s)
        return runPack(ctx);
    const QString actions = u"schedule, list, show, hold, reschedule, cancel, action, cadence, ics or pack"_s;
    return ctx.usage(action.isEmpty() ? u"reviews needs an action: "_s + actions
                                      : u"unknown reviews action \"%1\" (%2)"_s.arg(action, actions));
}

Registrar reviews { { u"reviews"_s,
    u"Client reviews: reviews schedule [--as-of D], list [--due-before D] [--overdue] [--client ID], show ID, "
    "hold ID --date D, reschedule ID --date D --reason T, cancel ID --reason T, "
    "action ID --title T --owner EMAIL --due D, cadence --client ID, ics -o FILE [--manager EMAIL], "
    "pack ID|--client ID --from D --to D -o FILE.pdf [--lang ru|kk|en]."_s,
    [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s,
            u"schedule, list, show, hold, reschedule, cancel, action, cadence, ics or pack"_s,
            u"schedule|list|show|hold|reschedule|cancel|action|cadence|ics|pack"_s);
        p.addPositionalArgument(
            u"id"_s, u"show, hold, reschedule, cancel, action, pack: the review's id"_s, u"[ID]"_s);
        p.addOption({ u"as-of"_s,
            u"schedule: the run's date (not after today); list: today for overdue (default today); pack: the "
            "instant figures are judged at (ISO 8601, default now)."_s,
            u"date"_s });
        p.addOption({ u"from"_s, u"pack --client: the period's first day."_s, u"date"_s });
        p.addOption({ u"to"_s, u"pack --client: the period's last day."_s, u"date"_s });
        p.addOption({ u"lang"_s, u"pack: the document's language, ru, kk or en (default the client's)."_s, u"lang"_s });
        p.addOption({ u"due-before"_s, u"list: scheduled on or before this date."_s, u"date"_s });
        p.addOption({ u"overdue"_s, u"list: only reviews whose date has passed without being held."_s });
        p.addOption({ u"client"_s, u"list, cadence: the client's id."_s, u"id"_s });
        p.addOption({ u"manager"_s, u"list, ics: only the clients of this account manager (email)."_s, u"email"_s });
        p.addOption(
            { u"status"_s, u"list: scheduled (default), held, cancelled or all."_s, u"status"_s, u"scheduled"_s });
        p.addOption({ u"limit"_s, u"list: at most this many rows (default 500)."_s, u"n"_s, u"500"_s });
        p.addOption({ u"date"_s, u"hold: the day the review was held; reschedule: the new date."_s, u"date"_s });
        p.addOption({ u"reason"_s,
            u"reschedule, cancel: why (required, at most 500 characters; kept on the client's timeline)."_s,
            u"text"_s });
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
        p.addOption({ { u"o"_s, u"output"_s }, u"ics, pack: the file to write."_s, u"file"_s });
    },
    runReviews } };

} // namespace
} // namespace rapport::cli
