#include "asof.h"

#include "domain/clock.h"
#include "isotime.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {

std::optional<FutureAsOf> futureAsOf(const Context &ctx, const QString &option, qint64 asOfSecs, AsOfKind kind)
{
    if (!ctx.parser.isSet(option))
        return std::nullopt;
    const qint64 now = Clock::nowSecs();
    if (asOfSecs <= now)
        return std::nullopt;
    return FutureAsOf { option, ctx.parser.value(option), kind, asOfSecs, now,
        QDateTime::fromSecsSinceEpoch(now).date() };
}

bool FutureAsOf::laterToday() const
{
    return kind == AsOfKind::Instant && QDateTime::fromSecsSinceEpoch(asOfSecs).date() <= today;
}

std::optional<FutureAsOf> futureAsOf(const Context &ctx, const QString &option, QDate day, AsOfKind kind)
{
    if (!day.isValid())
        return std::nullopt;
    return futureAsOf(ctx, option, day.startOfDay().toSecsSinceEpoch(), kind);
}

QString futurePreviewLine(const FutureAsOf &future)
{
    const QString rule = future.laterToday() ? u"a run as of a later time than now only previews"_s
                                             : u"a run as of a later date than today only previews"_s;
    return u"preview: --%1 %2 is in the future, nothing was written (%3)"_s.arg(future.option, future.value, rule);
}

void markFuturePreview(QJsonObject &json)
{
    json.insert(u"dry_run"_s, true);
    json.insert(u"preview_reason"_s, u"future_as_of"_s);
}

int refuseFutureRun(const Context &ctx, const QString &run, const FutureAsOf &future)
{
    QString why;
    if (future.kind == AsOfKind::Month)
        why = u"the month is in the future (this month is %1); a run can only be for this month or earlier"_s.arg(
            future.today.toString(u"yyyy-MM"_s));
    else if (future.laterToday())
        why = u"the time is in the future (now is %1); a run can only be dated now or earlier"_s.arg(
            isoWithOffset(future.nowSecs, QTimeZone::systemTimeZone()));
    else
        why = u"the date is in the future (today is %1); a run can only be dated today or earlier"_s.arg(
            future.today.toString(Qt::ISODate));
    return ctx.usage(u"%1 --%2 %3: %4"_s.arg(run, future.option, future.value, why));
}

} // namespace rapport::cli
