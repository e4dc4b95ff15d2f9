// handoff create / list / show / meeting / question / answer / ack /
// satisfaction / score / complete: the sales → account management handoff.
#include "cli.h"

#include "domain/clock.h"
#include "storage/handoffrepository.h"
#include "storage/userrepository.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

constexpr qint64 kDay = 86400;

QJsonValue isoOrNull(qint64 secs)
{
    if (secs <= 0)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

QString localText(qint64 secs)
{
    return secs <= 0 ? u"-"_s : QDateTime::fromSecsSinceEpoch(secs).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString dateText(qint64 secs)
{
    return secs <= 0 ? u"-"_s : QDateTime::fromSecsSinceEpoch(secs).toString(u"yyyy-MM-dd"_s);
}

// An ISO 8601 date or date-time; without an offset it is local time.
std::optional<qint64> parseInstant(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        dt = d.startOfDay();
    }
    return dt.toSecsSinceEpoch();
}

QString itemKeys()
{
    QStringList keys;
    for (HandoffItem item : allHandoffItems())
        keys << handoffItemKey(item);
    return keys.join(u", "_s);
}

QString missingKeys(const Handoff &h)
{
    QStringList keys;
    for (HandoffItem item : missingHandoffItems(h))
        keys << handoffItemKey(item);
    return keys.join(u", "_s);
}

QJsonObject toJson(const Handoff &h)
{
    QJsonArray items;
    for (const HandoffItemState &s : handoffItemStates(h)) {
        const auto score = h.scoreFor(s.item);
        items.append(QJsonObject {{u"item"_s, handoffItemKey(s.item)},
                                  {u"title"_s, handoffItemTitle(s.item)},
                                  {u"done"_s, s.done},
                                  {u"detail"_s, s.detail},
                                  {u"score"_s, score ? QJsonValue(score->score) : QJsonValue()},
                                  {u"comment"_s, score ? QJsonValue(score->comment) : QJsonValue()}});
    }
    QJsonArray questions;
    for (const HandoffQuestion &q : h.questions)
        questions.append(QJsonObject {{u"id"_s, q.id},
                                      {u"question"_s, q.question},
                                      {u"answer"_s, q.answer},
                                      {u"answered"_s, q.isAnswered()},
                                      {u"answered_at"_s, isoOrNull(q.answeredAt)}});
    QJsonArray conditions;
    for (const HandoffCondition &c : h.conditions)
        conditions.append(QJsonObject {
            {u"condition_id"_s, c.conditionId},
            {u"text"_s, c.text},
            {u"agreed_by"_s, c.agreedBy},
            {u"agreed_on"_s, c.agreedOn.isValid() ? QJsonValue(c.agreedOn.toString(Qt::ISODate)) : QJsonValue()},
            {u"acknowledged"_s, c.isAcknowledged()},
            {u"acknowledged_by"_s, c.acknowledgedBy.isValid() ? QJsonValue(c.acknowledgedByName) : QJsonValue()},
            {u"acknowledged_at"_s, isoOrNull(c.acknowledgedAt)}});
    QJsonArray scores;
    for (const HandoffScore &s : h.scores)
        scores.append(QJsonObject {{u"item"_s, handoffItemKey(s.item)},
                                   {u"score"_s, s.score},
                                   {u"comment"_s, s.comment},
                                   {u"scored_by"_s, s.scoredByName},
                                   {u"scored_at"_s, isoOrNull(s.scoredAt)}});
    const HandoffQuality quality = handoffQuality(h.scores);
    const auto duration = handoffDuration(h);
    return {{u"id"_s, h.id.value},
            {u"client_id"_s, h.clientId.value},
            {u"client_name"_s, h.clientName},
            {u"sales_owner_id"_s, h.salesOwnerId.value},
            {u"sales_owner_name"_s, h.salesOwnerName},
            {u"account_manager_id"_s, h.accountManagerId.value},
            {u"account_manager_name"_s, h.accountManagerName},
            {u"status"_s, h.isCompleted() ? u"completed"_s : u"open"_s},
            {u"won_at"_s, isoOrNull(h.wonAt)},
            {u"completed_at"_s, isoOrNull(h.completedAt)},
            {u"duration_secs"_s, duration ? QJsonValue(*duration) : QJsonValue()},
            {u"duration_days"_s, duration ? QJsonValue(double(*duration) / kDay) : QJsonValue()},
            {u"progress"_s, handoffProgress(h)},
            {u"progress_total"_s, kHandoffItemCount},
            {u"items"_s, items},
            {u"missing_items"_s, QJsonArray::fromStringList(missingKeys(h).split(u", "_s, Qt::SkipEmptyParts))},
            {u"meeting_at"_s, isoOrNull(h.meetingAt)},
            {u"meeting_mode"_s, h.meetingMode ? QJsonValue(meetingModeKey(*h.meetingMode)) : QJsonValue()},
            {u"meeting_attendees"_s, h.meetingAttendees},
            {u"questions"_s, questions},
            {u"conditions"_s, conditions},
            {u"satisfaction"_s, h.satisfaction > 0 ? QJsonValue(h.satisfaction) : QJsonValue()},
            {u"satisfaction_note"_s, h.satisfactionNote},
            {u"scores"_s, scores},
            {u"quality_score"_s, quality.percent ? QJsonValue(*quality.percent) : QJsonValue()},
            {u"quality_points"_s, quality.points},
            {u"quality_max_points"_s, quality.scoredItems * kMaxItemScore},
            {u"override_by"_s, h.overrideBy.isValid() ? QJsonValue(h.overrideByName) : QJsonValue()},
            {u"override_reason"_s, h.overrideBy.isValid() ? QJsonValue(h.overrideReason) : QJsonValue()}};
}

QString toText(const Handoff &h)
{
    QString t = u"Handoff %1: %2 (client %3)\n"_s.arg(h.id.value).arg(h.clientName).arg(h.clientId.value);
    t += u"Salesperson: %1   Account manager: %2\n"_s.arg(h.salesOwnerName, h.accountManagerName);
    if (const auto duration = handoffDuration(h))
        t += u"Won %1, completed %2 (duration %3 days)\n"_s.arg(dateText(h.wonAt), dateText(h.completedAt))
                 .arg(double(*duration) / kDay, 0, 'f', 1);
    else
        t += u"Won %1, open for %2 days\n"_s.arg(dateText(h.wonAt)).arg((Clock::nowSecs() - h.wonAt) / kDay);
    const HandoffQuality quality = handoffQuality(h.scores);
    t += u"Progress: %1/%2   Quality score: %3\n"_s.arg(handoffProgress(h))
             .arg(kHandoffItemCount)
             .arg(quality.percent ? u"%1% (%2 of %3 points)"_s.arg(*quality.percent)
                                        .arg(quality.points)
                                        .arg(quality.scoredItems * kMaxItemScore)
                                  : u"not scored"_s);
    t += u"Items:\n"_s;
    for (const HandoffItemState &s : handoffItemStates(h)) {
        const auto score = h.scoreFor(s.item);
        t += u"  %1 %2 %3"_s.arg(s.done ? u"[done]   "_s : u"[missing]"_s, handoffItemKey(s.item).leftJustified(13),
                                 s.detail);
        if (score)
            t += u"   score %1/2%2"_s.arg(score->score)
                     .arg(score->comment.isEmpty() ? QString() : u": "_s + score->comment);
        t += u'\n';
    }
    if (h.meetingAt > 0)
        t += u"Meeting: %1, %2; attendees: %3\n"_s.arg(
            localText(h.meetingAt), h.meetingMode ? meetingModeKey(*h.meetingMode) : u"-"_s, h.meetingAttendees);
    if (!h.questions.isEmpty())
        t += u"Questions:\n"_s;
    for (const HandoffQuestion &q : h.questions)
        t += u"  #%1 %2 -> %3\n"_s.arg(q.id).arg(q.question, q.isAnswered() ? q.answer : u"(unanswered)"_s);
    if (!h.conditions.isEmpty())
        t += u"Special conditions:\n"_s;
    for (const HandoffCondition &c : h.conditions)
        t += u"  #%1 %2 -- %3\n"_s.arg(c.conditionId)
                 .arg(c.text, c.isAcknowledged()
                                  ? u"acknowledged by %1 on %2"_s.arg(c.acknowledgedByName, dateText(c.acknowledgedAt))
                                  : u"not acknowledged"_s);
    if (h.satisfaction > 0)
        t += u"Client satisfaction: %1/5%2\n"_s.arg(h.satisfaction)
                 .arg(h.satisfactionNote.isEmpty() ? QString() : u" -- "_s + h.satisfactionNote);
    if (h.overrideBy.isValid())
        t += u"Completed by override of %1: %2\n"_s.arg(h.overrideByName, h.overrideReason);
    return t;
}

// Resolves an optional --sales / --manager email to a staff member id.
Result<UserId> userOption(Context &ctx, const Database &db, const QString &option)
{
    const QString email = ctx.parser.value(option);
    if (email.isEmpty())
        return UserId();
    const auto user = UserRepository(db).byEmail(email);
    if (!user)
        return fail(u"no staff member with email %1 (see `rapport-cli users list`)"_s.arg(email));
    return user->id;
}

// The handoff id of the first positional word after the action.
std::optional<HandoffId> handoffId(const Context &ctx)
{
    bool ok = false;
    const qint64 id = ctx.positional.value(1).toLongLong(&ok);
    return ok && id > 0 ? std::optional<HandoffId>(HandoffId(id)) : std::nullopt;
}

int printHandoff(Context &ctx, const Database &db, HandoffId id, const QString &line, const QJsonObject &extra = {})
{
    const auto h = HandoffRepository(db).byId(id);
    if (!h)
        return ctx.failure(u"no handoff with id %1"_s.arg(id.value));
    if (ctx.json()) {
        QJsonObject object = toJson(*h);
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            object.insert(it.key(), it.value());
        ctx.printJson(object);
    } else if (line.isEmpty()) {
        ctx.print(toText(*h));
    } else {
        ctx.print(u"handoff %1: %2 (progress %3/%4)"_s.arg(id.value)
                      .arg(line)
                      .arg(handoffProgress(*h))
                      .arg(kHandoffItemCount));
    }
    return Success;
}

int runCreate(Context &ctx, const Database &db)
{
    bool ok = false;
    const qint64 client = ctx.parser.value(u"client"_s).toLongLong(&ok);
    if (!ok || client <= 0)
        return ctx.usage(u"handoff create needs --client ID"_s);
    const auto sales = userOption(ctx, db, u"sales"_s);
    if (!sales)
        return ctx.failure(sales.error());
    const auto manager = userOption(ctx, db, u"manager"_s);
    if (!manager)
        return ctx.failure(manager.error());
    qint64 wonAt = 0;
    if (ctx.parser.isSet(u"won-at"_s)) {
        const auto parsed = parseInstant(ctx.parser.value(u"won-at"_s));
        if (!parsed)
            return ctx.usage(u"--won-at must be an ISO 8601 date or date-time, e.g. 2024-05-28T10:00"_s);
        wonAt = *parsed;
    }
    auto created = HandoffRepository(db).create(ClientId(client), *sales, *manager, wonAt);
    if (!created)
        return ctx.failure(created.error());
    return printHandoff(ctx, db, created->id, u"created for %1"_s.arg(created->clientName));
}

int runList(Context &ctx, const Database &db)
{
    const auto sales = userOption(ctx, db, u"sales"_s);
    if (!sales)
        return ctx.failure(sales.error());
    const auto manager = userOption(ctx, db, u"manager"_s);
    if (!manager)
        return ctx.failure(manager.error());
    HandoffQuery query;
    query.salesOwner = *sales;
    query.accountManager = *manager;
    query.includeCompleted = ctx.parser.isSet(u"all"_s);
    HandoffRepository repo(db);
    QList<HandoffListRow> rows;
    for (QList<HandoffListRow> page = repo.openList(query); !page.isEmpty(); page = repo.openList(query)) {
        rows += page;
        query.afterWonAt = page.last().wonAt;
        query.afterId = page.last().id.value;
    }
    const qint64 now = Clock::nowSecs();
    if (ctx.json()) {
        QJsonArray array;
        for (const HandoffListRow &r : rows)
            array.append(
                QJsonObject {{u"id"_s, r.id.value},
                             {u"client_id"_s, r.clientId.value},
                             {u"client_name"_s, r.clientName},
                             {u"sales_owner_name"_s, r.salesOwnerName},
                             {u"account_manager_name"_s, r.accountManagerName},
                             {u"status"_s, r.completedAt > 0 ? u"completed"_s : u"open"_s},
                             {u"won_at"_s, isoOrNull(r.wonAt)},
                             {u"completed_at"_s, isoOrNull(r.completedAt)},
                             {u"age_days"_s, ((r.completedAt > 0 ? r.completedAt : now) - r.wonAt) / kDay},
                             {u"progress"_s, r.progress},
                             {u"progress_total"_s, kHandoffItemCount},
                             {u"quality_score"_s, r.qualityPercent ? QJsonValue(*r.qualityPercent) : QJsonValue()}});
        ctx.printJson({{u"handoffs"_s, array}});
        return Success;
    }
    if (rows.isEmpty()) {
        ctx.print(u"no open handoffs (rapport-cli handoff create --client ID)"_s);
        return Success;
    }
    QString text = u"  ID  %1  %2  %3  %4  %5  %6  %7\n"_s
                       .arg(u"Client"_s.leftJustified(30), u"Salesperson"_s.leftJustified(22),
                            u"Account manager"_s.leftJustified(22), u"Won       "_s, u" Age"_s, u"Done"_s)
                       .arg(u"Quality"_s);
    for (const HandoffListRow &r : rows) {
        const qint64 age = ((r.completedAt > 0 ? r.completedAt : now) - r.wonAt) / kDay;
        text +=
            u"%1  %2  %3  %4  %5  %6  %7  %8\n"_s
                .arg(QString::number(r.id.value).rightJustified(4), r.clientName.left(30).leftJustified(30),
                     r.salesOwnerName.left(22).leftJustified(22), r.accountManagerName.left(22).leftJustified(22),
                     dateText(r.wonAt), QString::number(age).rightJustified(4), u"%1/5"_s.arg(r.progress))
                .arg(r.completedAt > 0 ? u"%1 done"_s.arg(r.qualityPercent ? u"%1%"_s.arg(*r.qualityPercent) : u"-"_s)
                                       : (r.qualityPercent ? u"%1%"_s.arg(*r.qualityPercent) : u"-"_s));
    }
    ctx.print(text);
    return Success;
}

int runComplete(Context &ctx, const Database &db, HandoffId id)
{
    const auto h = HandoffRepository(db).byId(id);
    if (!h)
        return ctx.failure(u"no handoff with id %1"_s.arg(id.value));
    const QString reason = ctx.parser.value(u"override-reason"_s).trimmed();
    const QString missing = missingKeys(*h);
    if (!h->isCompleted() && !missing.isEmpty()) {
        if (db.actor().role != Role::TeamLead || !db.actor().isValid())
            return ctx.failure(u"handoff %1 has missing items (%2): a team lead must complete it with "
                               "--override-reason"_s.arg(id.value)
                                   .arg(missing));
        if (reason.isEmpty())
            return ctx.failure(
                u"handoff %1 has missing items (%2): give the reason with --override-reason"_s.arg(id.value).arg(
                    missing));
    }
    if (Status s = HandoffRepository(db).complete(id, reason); !s)
        return ctx.failure(s.error());
    return printHandoff(ctx, db, id, missing.isEmpty() ? u"completed"_s : u"completed by override (%1)"_s.arg(missing));
}

int runAction(Context &ctx, const Database &db, const QString &action, HandoffId id)
{
    HandoffRepository repo(db);
    const QString text = ctx.parser.value(u"text"_s);
    if (action == u"show"_s)
        return printHandoff(ctx, db, id, {});
    if (action == u"complete"_s)
        return runComplete(ctx, db, id);
    if (action == u"meeting"_s) {
        const auto at = parseInstant(ctx.parser.value(u"at"_s));
        if (!at)
            return ctx.usage(u"handoff meeting needs --at ISO8601 (e.g. 2024-05-30T11:00)"_s);
        const auto mode = meetingModeFromKey(ctx.parser.value(u"mode"_s));
        if (!mode)
            return ctx.usage(u"handoff meeting needs --mode online or --mode offline"_s);
        if (Status s = repo.setMeeting(id, *at, *mode, ctx.parser.value(u"attendees"_s)); !s)
            return ctx.failure(s.error());
        return printHandoff(ctx, db, id, u"intro meeting recorded"_s);
    }
    if (action == u"question"_s) {
        auto question = repo.addQuestion(id, text);
        if (!question)
            return ctx.failure(question.error());
        return printHandoff(ctx, db, id, u"question %1 added"_s.arg(*question), {{u"question_id"_s, *question}});
    }
    if (action == u"answer"_s) {
        bool ok = false;
        const qint64 question = ctx.positional.value(2).toLongLong(&ok);
        if (!ok)
            return ctx.usage(u"usage: handoff answer ID QUESTION_ID --text ANSWER"_s);
        if (Status s = repo.answerQuestion(id, question, text); !s)
            return ctx.failure(s.error());
        return printHandoff(ctx, db, id, u"question %1 answered"_s.arg(question));
    }
    if (action == u"ack"_s) {
        bool ok = false;
        const qint64 condition = ctx.positional.value(2).toLongLong(&ok);
        if (!ok)
            return ctx.usage(u"usage: handoff ack ID CONDITION_ID"_s);
        if (Status s = repo.acknowledgeCondition(id, condition); !s)
            return ctx.failure(s.error());
        return printHandoff(ctx, db, id, u"special condition %1 acknowledged"_s.arg(condition));
    }
    if (action == u"satisfaction"_s) {
        bool ok = false;
        const int value = ctx.positional.value(2).toInt(&ok);
        if (!ok)
            return ctx.usage(u"usage: handoff satisfaction ID 1..5 [--note TEXT]"_s);
        if (Status s = repo.setSatisfaction(id, value, ctx.parser.value(u"note"_s)); !s)
            return ctx.failure(s.error());
        return printHandoff(ctx, db, id, u"client satisfaction %1/5 recorded"_s.arg(value));
    }
    if (action == u"score"_s) {
        const auto item = handoffItemFromKey(ctx.positional.value(2));
        if (!item)
            return ctx.usage(u"usage: handoff score ID ITEM 0..2 [--comment TEXT] (ITEM: %1)"_s.arg(itemKeys()));
        bool ok = false;
        const int value = ctx.positional.value(3).toInt(&ok);
        if (!ok)
            return ctx.usage(u"usage: handoff score ID ITEM 0..2 [--comment TEXT]"_s);
        if (Status s = repo.score(id, *item, value, ctx.parser.value(u"comment"_s)); !s)
            return ctx.failure(s.error());
        return printHandoff(ctx, db, id, u"%1 scored %2/2"_s.arg(handoffItemKey(*item)).arg(value));
    }
    return ctx.usage(u"unknown handoff action \"%1\""_s.arg(action));
}

const QStringList kActions {u"create"_s, u"list"_s, u"show"_s,         u"meeting"_s, u"question"_s,
                            u"answer"_s, u"ack"_s,  u"satisfaction"_s, u"score"_s,   u"complete"_s};

int runHandoff(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    if (!kActions.contains(action))
        return ctx.usage(action.isEmpty()
                             ? u"handoff needs an action: %1"_s.arg(kActions.join(u", "_s))
                             : u"unknown handoff action \"%1\" (one of: %2)"_s.arg(action, kActions.join(u", "_s)));
    std::optional<HandoffId> id;
    if (action != u"create"_s && action != u"list"_s) {
        id = handoffId(ctx);
        if (!id)
            return ctx.usage(u"handoff %1 needs a handoff ID"_s.arg(action));
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (action == u"create"_s)
        return runCreate(ctx, *db);
    if (action == u"list"_s)
        return runList(ctx, *db);
    return runAction(ctx, *db, action, *id);
}

Registrar handoff {
    {u"handoff"_s,
     u"Sales -> account management handoff: create, list, show, meeting, question, answer, ack, satisfaction, "
     "score, complete."_s,
     [](QCommandLineParser &p) {
         p.addPositionalArgument(u"action"_s,
                                 u"create, list, show, meeting, question, answer, ack, satisfaction, "
                                 "score or complete"_s,
                                 u"action"_s);
         p.addPositionalArgument(u"args"_s,
                                 u"show|meeting|question|complete ID; answer ID QUESTION_ID; ack ID CONDITION_ID; "
                                 "satisfaction ID 1..5; score ID ITEM 0..2 (ITEM: card, meeting, conditions, "
                                 "questions, satisfaction)"_s,
                                 u"[args...]"_s);
         p.addOption({u"client"_s, u"create: the client's id."_s, u"id"_s});
         p.addOption({u"sales"_s, u"create: salesperson (email; default: the card's sales owner); list: filter."_s,
                      u"email"_s});
         p.addOption(
             {u"manager"_s, u"create: account manager (email; default: the card's); list: filter."_s, u"email"_s});
         p.addOption({u"won-at"_s, u"create: when the deal was won (ISO 8601; default now)."_s, u"when"_s});
         p.addOption({u"all"_s, u"list: include completed handoffs."_s});
         p.addOption({u"at"_s, u"meeting: when it was held (ISO 8601)."_s, u"when"_s});
         p.addOption({u"mode"_s, u"meeting: online or offline."_s, u"mode"_s});
         p.addOption({u"attendees"_s, u"meeting: who attended."_s, u"text"_s});
         p.addOption({u"text"_s, u"question / answer: the text."_s, u"text"_s});
         p.addOption({u"note"_s, u"satisfaction: a note."_s, u"text"_s});
         p.addOption({u"comment"_s, u"score: quality control's comment."_s, u"text"_s});
         p.addOption(
             {u"override-reason"_s, u"complete: a team lead's reason to complete with items missing."_s, u"text"_s});
     },
     runHandoff}};

} // namespace
} // namespace rapport::cli
