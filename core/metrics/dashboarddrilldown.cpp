#include "dashboarddrilldown.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

enum class Select {
    Created,
    Resolved,
    Open,
    AtRisk,
    BreachedOpen,
    Responded,
    ResponseMet,
    ResponseBreached,
    ResponseDecided,
    Resolution,
    ResolutionMet,
    ResolutionBreached,
    ResolutionDecided,
    Duration,
    Cost,
    Liked,
    NotLiked,
    Feedback,
    Invoices
};

struct Entry
{
    qint64 key = 0;
    qint64 id = 0;
};

// Still-pending late targets have no elapsed time on the row: they come
// first (they are still waiting), oldest first.
qint64 waitingKey(qint64 createdAt)
{
    return std::numeric_limits<qint64>::max() - createdAt;
}

std::optional<Select> selectionOf(QString figure)
{
    // A time's count, mean, median and p90 stand on the same tickets.
    for (const QString &suffix : { u".count"_s, u".mean_hours"_s, u".median_hours"_s, u".p90_hours"_s }) {
        if (figure.endsWith(suffix))
            figure.chop(suffix.size());
    }
    static const QHash<QString, Select> selections {
        { u"tickets.created"_s, Select::Created },
        { u"tickets.resolved"_s, Select::Resolved },
        { u"completion_rate"_s, Select::Resolved },
        { u"tickets.open"_s, Select::Open },
        { u"tickets.at_risk"_s, Select::AtRisk },
        { u"tickets.breached_open"_s, Select::BreachedOpen },
        { u"first_response"_s, Select::Responded },
        { u"first_response.met"_s, Select::ResponseMet },
        { u"first_response.breached"_s, Select::ResponseBreached },
        { u"first_response.compliance"_s, Select::ResponseDecided },
        { u"resolution"_s, Select::Resolution },
        { u"resolution.met"_s, Select::ResolutionMet },
        { u"resolution.breached"_s, Select::ResolutionBreached },
        { u"resolution.compliance"_s, Select::ResolutionDecided },
        { u"duration"_s, Select::Duration },
        { u"cost_per_job"_s, Select::Cost },
        { u"feedback.liked"_s, Select::Liked },
        { u"feedback.not_liked"_s, Select::NotLiked },
        { u"feedback"_s, Select::Feedback },
        { u"feedback.liked_share"_s, Select::Feedback },
    };
    if (const auto it = selections.constFind(figure); it != selections.constEnd())
        return *it;
    if (figure.startsWith(u"receivables."_s))
        return Select::Invoices;
    return std::nullopt;
}

// The main pass's choice and order for a selection; empty: not chosen.
std::optional<qint64> mainKey(Select s, const TicketRow &t)
{
    switch (s) {
    case Select::Created: return t.createdAt;
    case Select::Resolved: return t.resolved ? std::optional(t.createdAt) : std::nullopt;
    case Select::Open: return !t.resolved ? std::optional(t.createdAt) : std::nullopt;
    case Select::Responded: return t.responded() ? std::optional(t.responseSecs) : std::nullopt;
    case Select::ResponseMet: return t.responseMet() ? std::optional(t.responseSecs) : std::nullopt;
    case Select::ResponseBreached: return t.responseBreached() ? std::optional(t.responseSecs) : std::nullopt;
    case Select::ResponseDecided:
        return t.responseMet() || t.responseBreached() ? std::optional(t.responseSecs) : std::nullopt;
    case Select::Resolution: return t.resolutionDone() ? std::optional(t.resolutionSecs) : std::nullopt;
    case Select::ResolutionMet: return t.resolutionMet() ? std::optional(t.resolutionSecs) : std::nullopt;
    case Select::ResolutionBreached: return t.resolutionBreached() ? std::optional(t.resolutionSecs) : std::nullopt;
    case Select::ResolutionDecided:
        return t.resolutionMet() || t.resolutionBreached() ? std::optional(t.resolutionSecs) : std::nullopt;
    case Select::Duration: return t.hasDuration() ? std::optional(t.durationSecs()) : std::nullopt;
    case Select::Cost: return t.resolved ? std::optional(t.workCost) : std::nullopt;
    default: return std::nullopt;
    }
}

std::optional<qint64> openKey(Select s, const OpenRow &t, qint64 asOf)
{
    switch (s) {
    case Select::AtRisk: return !t.breached(asOf) && t.atRisk(asOf) ? std::optional(t.createdAt) : std::nullopt;
    case Select::BreachedOpen: return t.breached(asOf) ? std::optional(t.createdAt) : std::nullopt;
    case Select::ResponseBreached:
    case Select::ResponseDecided:
        return t.responseBreached(asOf) ? std::optional(waitingKey(t.createdAt)) : std::nullopt;
    case Select::ResolutionBreached:
    case Select::ResolutionDecided:
        return t.resolutionBreached(asOf) ? std::optional(waitingKey(t.createdAt)) : std::nullopt;
    default: return std::nullopt;
    }
}

bool usesMainPass(Select s)
{
    return s != Select::AtRisk && s != Select::BreachedOpen && s != Select::Liked && s != Select::NotLiked
        && s != Select::Feedback && s != Select::Invoices;
}

bool usesOpenPass(Select s)
{
    return s == Select::AtRisk || s == Select::BreachedOpen || s == Select::ResponseBreached
        || s == Select::ResponseDecided || s == Select::ResolutionBreached || s == Select::ResolutionDecided;
}

} // namespace

QStringList DashboardDrillDown::keys()
{
    return { u"tickets.created"_s, u"tickets.resolved"_s, u"tickets.open"_s, u"tickets.at_risk"_s,
        u"tickets.breached_open"_s, u"completion_rate"_s, u"first_response"_s, u"first_response.met"_s,
        u"first_response.breached"_s, u"first_response.compliance"_s, u"resolution"_s, u"resolution.met"_s,
        u"resolution.breached"_s, u"resolution.compliance"_s, u"duration"_s, u"cost_per_job"_s, u"feedback"_s,
        u"feedback.liked"_s, u"feedback.not_liked"_s, u"receivables.outstanding"_s, u"receivables.current"_s,
        u"receivables.overdue"_s, u"receivables.0_30"_s, u"receivables.31_60"_s, u"receivables.61_90"_s,
        u"receivables.90_plus"_s };
}

Result<Dashboard::DrillDown> DashboardDrillDown::run(
    const QString &figure, const DashboardFilter &filter, const QString &currency, const std::atomic_bool *cancel) const
{
    const std::optional<Select> select = selectionOf(figure);
    if (!select || (*select == Select::Invoices && !keys().contains(figure)))
        return fail(QCoreApplication::translate("DashboardDrillDown", "Unknown dashboard figure “%1” (one of: %2).")
                        .arg(figure, keys().join(u", "_s)));
    if (Status valid = DashboardQuery::validate(filter); !valid)
        return fail(valid.error());
    DashboardQuery query(m_db, filter);
    if (Status loaded = query.loadManagers(); !loaded)
        return fail(loaded.error());
    Dashboard::DrillDown result;
    if (*select == Select::Invoices) {
        result.kind = Dashboard::DrillDown::Invoices;
        auto ids = Receivables(query).invoiceIds(m_db, { figure.mid(qsizetype(12)), currency });
        if (!ids)
            return fail(ids.error());
        result.ids = *ids;
        return result;
    }
    const QSqlDatabase conn = m_db.connection();
    const qint64 asOf = query.asOf();
    std::vector<Entry> entries;
    if (usesMainPass(*select)) {
        const DashboardQuery::Pass p = query.mainPass(true);
        Status s = RowScan::run(
            conn, p.columns, p.from, p.values,
            [&](const RowScan::Row &r) {
                const TicketRow t = TicketRow::read(r, true);
                if (t.cancelled || !query.managerMatches(t.clientId))
                    return;
                if (const auto key = mainKey(*select, t))
                    entries.push_back({ *key, t.id });
            },
            cancel);
        if (!s)
            return fail(s.error());
    }
    if (usesOpenPass(*select)) {
        const DashboardQuery::Pass p = query.openPass();
        Status s = RowScan::run(
            conn, p.columns, p.from, p.values,
            [&](const RowScan::Row &r) {
                const OpenRow t = OpenRow::read(r);
                if (!query.managerMatches(t.clientId))
                    return;
                if (const auto key = openKey(*select, t, asOf))
                    entries.push_back({ *key, t.id });
            },
            cancel);
        if (!s)
            return fail(s.error());
    }
    if (*select == Select::Liked || *select == Select::NotLiked || *select == Select::Feedback) {
        for (const DashboardQuery::Pass &p : { query.feedbackClosedPass(true), query.feedbackResolvedPass(true) }) {
            Status s = RowScan::run(
                conn, p.columns, p.from, p.values,
                [&](const RowScan::Row &r) {
                    if (!query.managerMatches(r.integer(DashboardQuery::FeedbackClient)))
                        return;
                    const bool liked = r.charAt(DashboardQuery::FeedbackValue, 0) == 'l';
                    if (*select == Select::Feedback || liked == (*select == Select::Liked))
                        entries.push_back({ 0, r.integer(DashboardQuery::FeedbackId) });
                },
                cancel);
            if (!s)
                return fail(s.error());
        }
    }
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.key != b.key ? a.key > b.key : a.id > b.id; });
    result.ids.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries)
        result.ids.append(e.id);
    return result;
}

} // namespace rapport
