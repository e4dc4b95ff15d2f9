// report KIND: the dashboard's numbers from the command line. Each kind
// registers itself (report.h); this file dispatches on the first word and
// holds the regulation reports: feedback share per manager and on-time rates.
#include "report.h"

#include "metrics/feedbackshare.h"
#include "regulationjson.h"
#include "storage/regulationcalendar.h"
#include "storage/reviewrepository.h"
#include "storage/taskrepository.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {

QList<ReportKind> &reportKinds()
{
    static QList<ReportKind> kinds;
    return kinds;
}

namespace {

struct Period
{
    QDate from;
    QDate to;
};

std::optional<Period> period(Context &ctx, int *code)
{
    const auto from = dateOption(ctx, u"from"_s, code);
    const auto to = *code == Success ? dateOption(ctx, u"to"_s, code) : std::nullopt;
    if (*code != Success)
        return std::nullopt;
    if (!from || !to) {
        *code = ctx.usage(u"report %1 needs --from DATE and --to DATE"_s.arg(ctx.positional.value(0)));
        return std::nullopt;
    }
    if (*to < *from) {
        *code = ctx.usage(
            u"--to (%1) is before --from (%2)"_s.arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
        return std::nullopt;
    }
    return Period { *from, *to };
}

QString percentText(std::optional<double> rate)
{
    return rate ? QString::number(*rate * 100.0, 'f', 1) + u'%' : u"—"_s;
}

// report feedback --from D --to D [--manager EMAIL]: the share of "liked" on
// tickets closed in the period, per account manager.
int runFeedback(Context &ctx)
{
    int code = Success;
    const auto p = period(ctx, &code);
    if (!p)
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
    auto report = FeedbackShare(*db).compute(p->from, p->to, manager);
    if (!report)
        return ctx.failure(report.error());
    if (ctx.json()) {
        QJsonArray managers;
        for (const ManagerFeedback &m : report->managers)
            managers.append(managerFeedbackJson(m));
        QJsonObject total = managerFeedbackJson(report->total);
        total.remove(u"email"_s);
        total.remove(u"name"_s);
        ctx.printJson({ { u"from"_s, dateJson(p->from) }, { u"to"_s, dateJson(p->to) }, { u"managers"_s, managers },
            { u"total"_s, total } });
        return Success;
    }
    QString text
        = u"Feedback on tickets closed %1 – %2\n"_s.arg(p->from.toString(Qt::ISODate), p->to.toString(Qt::ISODate));
    for (const ManagerFeedback &m : report->managers)
        text += u"  %1  liked %2  not liked %3  share %4\n"_s
                    .arg((m.name.isEmpty() ? u"(no account manager)"_s : m.name).leftJustified(28))
                    .arg(m.liked, 4)
                    .arg(m.notLiked, 4)
                    .arg(percentText(m.likedShare()));
    text += u"  %1  liked %2  not liked %3  share %4"_s.arg(u"Total"_s.leftJustified(28))
                .arg(report->total.liked, 4)
                .arg(report->total.notLiked, 4)
                .arg(percentText(report->total.likedShare()));
    ctx.print(text);
    return Success;
}

// report on-time --from D --to D [--manager EMAIL] [--as-of D]: tasks,
// obligation tasks and reviews due in the period, done on time or late.
int runOnTime(Context &ctx)
{
    int code = Success;
    const auto p = period(ctx, &code);
    if (!p)
        return code;
    const auto asOf = dateOption(ctx, u"as-of"_s, &code);
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
    const QDate today = asOf.value_or(RegulationCalendar::today());
    const TaskRepository tasks(*db);
    const OnTimeStats all = tasks.onTime(p->from, p->to, manager, std::nullopt, today);
    const OnTimeStats obligations = tasks.onTime(p->from, p->to, manager, TaskSource::Obligation, today);
    const OnTimeStats reviews = ReviewRepository(*db).onTime(p->from, p->to, manager, today);
    if (ctx.json()) {
        ctx.printJson({ { u"from"_s, dateJson(p->from) }, { u"to"_s, dateJson(p->to) }, { u"as_of"_s, dateJson(today) },
            { u"tasks"_s, onTimeJson(all) }, { u"obligations"_s, onTimeJson(obligations) },
            { u"reviews"_s, onTimeJson(reviews) } });
        return Success;
    }
    auto line = [](const QString &what, const OnTimeStats &s) {
        return u"  %1 due %2, on time %3, late %4, overdue %5, pending %6: %7\n"_s.arg(what.leftJustified(12))
            .arg(s.due)
            .arg(s.onTime)
            .arg(s.doneLate)
            .arg(s.overdue)
            .arg(s.pending)
            .arg(percentText(s.rate()));
    };
    ctx.print(u"On time %1 – %2 (as of %3)\n"_s.arg(
                  p->from.toString(Qt::ISODate), p->to.toString(Qt::ISODate), today.toString(Qt::ISODate))
        + line(u"Tasks"_s, all) + line(u"Obligations"_s, obligations) + line(u"Reviews"_s, reviews));
    return Success;
}

const QCommandLineOption kFrom { u"from"_s, u"First day of the period (YYYY-MM-DD)."_s, u"date"_s };
const QCommandLineOption kTo { u"to"_s, u"Last day of the period (YYYY-MM-DD)."_s, u"date"_s };
const QCommandLineOption kManager { u"manager"_s, u"Only this account manager (email)."_s, u"email"_s };

ReportRegistrar feedbackReport { { u"feedback"_s,
    u"Share of liked feedback per account manager on tickets closed in a period."_s, { kFrom, kTo, kManager },
    runFeedback } };
ReportRegistrar onTimeReport { { u"on-time"_s,
    u"Tasks, obligations and reviews due in a period: done on time or late."_s,
    { kFrom, kTo, kManager, QCommandLineOption(u"as-of"_s, u"Today for overdue (default today)."_s, u"date"_s) },
    runOnTime } };

QStringList kindNames()
{
    QStringList names;
    for (const ReportKind &k : reportKinds())
        names << k.name;
    std::sort(names.begin(), names.end());
    return names;
}

int runReport(Context &ctx)
{
    const QString kind = ctx.positional.value(0);
    for (const ReportKind &k : reportKinds())
        if (k.name == kind)
            return k.run(ctx);
    return ctx.usage(kind.isEmpty() ? u"report needs a kind: %1"_s.arg(kindNames().join(u", "_s))
                                    : u"unknown report \"%1\" (one of: %2)"_s.arg(kind, kindNames().join(u", "_s)));
}

Registrar report { { u"report"_s,
    u"Reports: report KIND [--from DATE --to DATE] (rapport-cli report --help lists the kinds)."_s,
    [](QCommandLineParser &p) {
        QString kinds;
        QSet<QString> added;
        for (const ReportKind &k : reportKinds()) {
            kinds += u"\n  "_s + k.name.leftJustified(12) + u' ' + k.summary;
            for (const QCommandLineOption &o : k.options) {
                if (added.contains(o.names().first()))
                    continue;
                added.insert(o.names().first());
                p.addOption(o);
            }
        }
        p.addPositionalArgument(u"kind"_s, u"The report:"_s + kinds, u"KIND"_s);
    },
    runReport } };

} // namespace
} // namespace rapport::cli
