#include "reviewpack.h"

#include "domain/clock.h"
#include "io/documenttranslator.h"
#include "storage/billingsettings.h"
#include "storage/reviewrepository.h"
#include "storage/sql.h"
#include "storage/ticketreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewPackBuilder", text);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

Result<ReviewPack> ReviewPackBuilder::forReview(ReviewId id, const QString &language, qint64 asOf) const
{
    const auto review = ReviewRepository(m_db).byId(id);
    if (!review)
        return fail(tr("No review with id %1.").arg(id.value));
    ReviewPack pack;
    pack.review = id;
    pack.client = review->clientId;
    pack.reviewKind = review->kind == ReviewKind::Annual ? u"annual"_s : u"quarterly"_s;
    pack.reviewDate = review->status == ReviewStatus::Held && review->heldOn.isValid() ? review->heldOn
                                                                                       : review->scheduledOn;
    pack.to = pack.reviewDate;
    // Since the previous held review, else the quarter or year the review covers.
    auto previous = sql::scalar(m_db.connection(),
        u"SELECT max(held_on) FROM reviews WHERE client_id = ? AND status = 'held' AND id <> ? AND held_on < ?"_s,
        { pack.client.value, id.value, iso(pack.to) });
    if (!previous)
        return fail(previous.error());
    const QDate since = dateOf(*previous);
    pack.from = since.isValid() ? since.addDays(1)
                                : pack.to.addMonths(review->kind == ReviewKind::Annual ? -12 : -3).addDays(1);
    pack.language = language;
    pack.asOf = asOf;
    return build(pack);
}

Result<ReviewPack> ReviewPackBuilder::forPeriod(ClientId client, QDate from, QDate to, const QString &language,
    qint64 asOf) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return fail(tr("The period needs a start date on or before its end date."));
    ReviewPack pack;
    pack.client = client;
    pack.from = from;
    pack.to = to;
    pack.language = language;
    pack.asOf = asOf;
    return build(pack);
}

Result<ReviewPack> ReviewPackBuilder::build(ReviewPack pack) const
{
    const QSqlDatabase conn = m_db.connection();
    if (pack.asOf <= 0)
        pack.asOf = Clock::nowSecs();
    if (!pack.language.isEmpty() && !QStringList({ u"ru"_s, u"kk"_s, u"en"_s }).contains(pack.language))
        return fail(tr("The document language is ru, kk or en, not \"%1\".").arg(pack.language));
    {
        auto c = sql::exec(conn,
            u"SELECT c.short_name, c.legal_name, c.language, m.name FROM clients c "
            "LEFT JOIN users m ON m.id = c.account_manager_id WHERE c.id = ?"_s,
            { pack.client.value });
        if (!c)
            return fail(c.error());
        if (!c->next())
            return fail(tr("No client with id %1.").arg(pack.client.value));
        pack.legalName = c->value(1).toString();
        pack.clientName = c->value(0).toString().isEmpty() ? pack.legalName : c->value(0).toString();
        if (pack.language.isEmpty())
            pack.language = c->value(2).toString();
        pack.managerName = c->value(3).toString();
    }
    pack.providerName = BillingSettings(m_db).provider().name;

    // The ticket, feedback, obligation and receivables figures: the dashboard's own.
    DashboardFilter filter;
    filter.from = pack.from;
    filter.to = pack.to;
    filter.client = pack.client;
    filter.asOf = pack.asOf;
    auto dashboard = Dashboard(m_db).compute(filter);
    if (!dashboard)
        return fail(dashboard.error());
    pack.dashboard = *dashboard;
    pack.receivables = dashboard->receivables;

    const QTimeZone zone(dashboard->timeZone);
    const qint64 fromSecs = QDateTime(pack.from, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 toSecs = QDateTime(pack.to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();

    // Breaches of the tickets the dashboard counts (created in the period),
    // the largest overrun first; the SLA clock explains each.
    {
        auto q = sql::exec(conn,
            u"SELECT id, resolution_state = 'breached', COALESCE(response_secs, 0), COALESCE(resolution_secs, 0) "
            "FROM tickets WHERE client_id = ? AND created_at >= ? AND created_at < ? "
            "AND status <> 'cancelled' AND (response_state = 'breached' OR resolution_state = 'breached') "
            "ORDER BY id DESC LIMIT 100"_s,
            { pack.client.value, fromSecs, toSecs });
        if (!q)
            return fail(q.error());
        struct Candidate
        {
            qint64 id;
            bool resolutionLate;
            qint64 responseSecs;
            qint64 resolutionSecs;
        };
        QList<Candidate> candidates;
        while (q->next())
            candidates.append({ q->value(0).toLongLong(), q->value(1).toBool(), q->value(2).toLongLong(),
                q->value(3).toLongLong() });
        q->finish();
        QList<std::pair<qint64, ReviewPackBreach>> found;
        const TicketReader reader(m_db);
        // The SLA clock explains itself in the document's language.
        const DocumentTranslator inDocumentLanguage(pack.language);
        for (const Candidate &c : std::as_const(candidates)) {
            const qint64 id = c.id;
            const auto t = reader.withSla(TicketId(id), pack.asOf);
            if (!t)
                return fail(tr("Ticket %1 cannot be read.").arg(id));
            // The stored state decides (the dashboard counts it); the clock
            // gives the target and its account of the time.
            const SlaTargetState &target = c.resolutionLate ? t->sla.resolution : t->sla.response;
            const qint64 actual = c.resolutionLate ? c.resolutionSecs : c.responseSecs;
            ReviewPackBreach b;
            b.ticketId = id;
            b.subject = t->subject;
            b.priority = priorityKey(t->priority);
            b.target = c.resolutionLate ? u"resolution"_s : u"response"_s;
            b.targetHours = target.targetSecs / 3600.0;
            b.actualHours = actual / 3600.0;
            b.explanation = t->sla.explanation.split(u'\n', Qt::SkipEmptyParts);
            auto done = sql::scalar(conn,
                u"SELECT body FROM ticket_events WHERE ticket_id = ? AND kind IN ('reply', 'note') AND body <> '' "
                "ORDER BY at DESC, id DESC LIMIT 1"_s,
                { id });
            if (!done)
                return fail(done.error());
            b.done = done->toString();
            found.append({ actual - target.targetSecs, b });
        }
        std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype i = 0; i < found.size() && i < ReviewPack::kMaxBreaches; ++i)
            pack.breaches.append(found.at(i).second);
    }

    // Feedback: the tickets' liked / not liked, and complaints, thanks, remarks.
    {
        auto q = sql::exec(conn,
            u"SELECT feedback_at, feedback, COALESCE(feedback_reason, ''), id FROM tickets WHERE client_id = ? "
            "AND feedback IS NOT NULL AND feedback_at >= ? AND feedback_at < ?"_s,
            { pack.client.value, fromSecs, toSecs });
        if (!q)
            return fail(q.error());
        QList<std::pair<qint64, ReviewPackFeedback>> all;
        while (q->next())
            all.append({ q->value(0).toLongLong(),
                ReviewPackFeedback { QDateTime::fromSecsSinceEpoch(q->value(0).toLongLong(), zone).date(),
                    q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong() } });
        auto f = sql::exec(conn,
            u"SELECT received_at, kind, text, COALESCE(ticket_id, 0) FROM client_feedback WHERE client_id = ? "
            "AND received_at >= ? AND received_at < ?"_s,
            { pack.client.value, fromSecs, toSecs });
        if (!f)
            return fail(f.error());
        while (f->next())
            all.append({ f->value(0).toLongLong(),
                ReviewPackFeedback { QDateTime::fromSecsSinceEpoch(f->value(0).toLongLong(), zone).date(),
                    f->value(1).toString(), f->value(2).toString(), f->value(3).toLongLong() } });
        std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[at, item] : std::as_const(all))
            pack.feedback.append(item);
    }

    // Hours: the ledger of every month the period touches.
    {
        const UnusedHoursReport report(m_db);
        for (QDate m(pack.from.year(), pack.from.month(), 1); m <= pack.to; m = m.addMonths(1)) {
            auto rows = report.forClients({ pack.client }, m);
            if (!rows)
                return fail(rows.error());
            if (!rows->isEmpty())
                pack.hours.append(rows->constFirst());
        }
        pack.hoursSuggestion = !pack.hours.isEmpty() && pack.hours.constLast().flagged;
    }

    // Invoices issued and payments received in the period.
    {
        auto q = sql::exec(conn,
            u"SELECT number, issued_on, due_on, total_minor, paid_minor, currency, status FROM invoices "
            "WHERE client_id = ? AND status <> 'draft' AND issued_on >= ? AND issued_on <= ? "
            "ORDER BY issued_on, number_seq"_s,
            { pack.client.value, iso(pack.from), iso(pack.to) });
        if (!q)
            return fail(q.error());
        const QDate today = QDateTime::fromSecsSinceEpoch(pack.asOf, zone).date();
        while (q->next()) {
            ReviewPackInvoice i;
            i.number = q->value(0).toString();
            i.issuedOn = dateOf(q->value(1));
            i.dueOn = dateOf(q->value(2));
            i.total = Money(q->value(3).toLongLong(), q->value(5).toString());
            i.paid = Money(q->value(4).toLongLong(), q->value(5).toString());
            i.status = q->value(6).toString();
            i.overdue = (i.status == u"issued"_s || i.status == u"partially_paid"_s) && i.dueOn.isValid()
                && i.dueOn < today;
            pack.invoices.append(i);
        }
        auto p = sql::exec(conn,
            u"SELECT p.paid_on, i.number, p.amount_minor, i.currency FROM payments p "
            "JOIN invoices i ON i.id = p.invoice_id WHERE i.client_id = ? AND p.paid_on >= ? AND p.paid_on <= ? "
            "ORDER BY p.paid_on, p.id"_s,
            { pack.client.value, iso(pack.from), iso(pack.to) });
        if (!p)
            return fail(p.error());
        while (p->next())
            pack.payments.append(ReviewPackPayment { dateOf(p->value(0)), p->value(1).toString(),
                Money(p->value(2).toLongLong(), p->value(3).toString()) });
    }

    // Obligations due in the period and where each stands.
    {
        const QDate today = QDateTime::fromSecsSinceEpoch(pack.asOf, zone).date();
        auto q = sql::exec(conn,
            u"SELECT title, due_on, done_on, status FROM tasks WHERE client_id = ? AND source = 'obligation' "
            "AND status <> 'cancelled' AND due_on >= ? AND due_on <= ? ORDER BY due_on, id"_s,
            { pack.client.value, iso(pack.from), iso(pack.to) });
        if (!q)
            return fail(q.error());
        while (q->next()) {
            ReviewPackObligation o;
            o.title = q->value(0).toString();
            o.dueOn = dateOf(q->value(1));
            o.doneOn = dateOf(q->value(2));
            const bool done = q->value(3).toString() == u"done"_s;
            o.state = done ? (o.doneOn.isValid() && o.doneOn > o.dueOn ? u"late"_s : u"on_time"_s)
                           : (o.dueOn < today ? u"overdue"_s : u"pending"_s);
            pack.obligations.append(o);
        }
    }

    // The previous held review's plan (its action items).
    {
        auto r = sql::exec(conn,
            u"SELECT id, held_on FROM reviews WHERE client_id = ? AND status = 'held' AND id <> ? AND held_on <= ? "
            "ORDER BY held_on DESC, id DESC LIMIT 1"_s,
            { pack.client.value, pack.review.value, iso(pack.review.isValid() ? pack.to.addDays(-1) : pack.to) });
        if (!r)
            return fail(r.error());
        if (r->next()) {
            const qint64 previous = r->value(0).toLongLong();
            pack.previousReviewOn = dateOf(r->value(1));
            r->finish();
            const QDate today = QDateTime::fromSecsSinceEpoch(pack.asOf, zone).date();
            auto items = sql::exec(conn,
                u"SELECT t.title, COALESCE(u.name, ''), t.due_on, t.done_on, t.status FROM tasks t "
                "LEFT JOIN users u ON u.id = t.owner_id WHERE t.review_id = ? AND t.status <> 'cancelled' "
                "ORDER BY t.due_on, t.id"_s,
                { previous });
            if (!items)
                return fail(items.error());
            while (items->next()) {
                ReviewPackPlanItem i;
                i.title = items->value(0).toString();
                i.owner = items->value(1).toString();
                i.dueOn = dateOf(items->value(2));
                i.doneOn = dateOf(items->value(3));
                i.state = items->value(4).toString() == u"done"_s ? u"done"_s
                    : (i.dueOn.isValid() && i.dueOn < today)       ? u"overdue"_s
                                                                   : u"open"_s;
                pack.previousPlan.append(i);
            }
        }
    }
    return pack;
}

} // namespace rapport
