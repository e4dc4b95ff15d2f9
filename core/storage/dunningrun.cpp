#include "dunningrun.h"

#include "auditlog.h"
#include "billingsettings.h"
#include "calendarrepository.h"
#include "domain/clock.h"
#include "invoicerepository.h"
#include "slapolicyrepository.h"
#include "sql.h"
#include "ticketrepository.h"
#include "timeline.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// An issued invoice with the payments made on it.
struct OpenInvoice
{
    QDate dueOn;
    qint64 totalMinor = 0;
    QList<QPair<QDate, qint64>> payments;

    qint64 unpaidOn(QDate day) const
    {
        qint64 paid = 0;
        for (const auto &p : payments) {
            if (p.first <= day)
                paid += p.second;
        }
        return std::max<qint64>(0, totalMinor - paid);
    }
};

// Overdue and unpaid on `day`: invoices past their due date, less what was paid by then.
qint64 overdueOn(const QList<OpenInvoice> &invoices, QDate day)
{
    qint64 sum = 0;
    for (const OpenInvoice &i : invoices) {
        if (i.dueOn < day)
            sum += i.unpaidOn(day);
    }
    return sum;
}

QString stepTitle(DunningStep step, const Money &outstanding, QDate dueOn, QDate deadline, bool awaitsDelivery)
{
    const QString amount = outstanding.toDisplayString();
    // Sent by a rule's message: not sent yet; the message's own entry follows.
    if (awaitsDelivery && step == DunningStep::Notice)
        return QCoreApplication::translate("DunningRun", "Debt notice decided, to be sent: %1 overdue since %2")
            .arg(amount, dueOn.toString(Qt::ISODate));
    if (awaitsDelivery && step == DunningStep::Claim)
        return QCoreApplication::translate("DunningRun", "Formal claim decided, to be sent: %1 overdue").arg(amount);
    switch (step) {
    case DunningStep::Notice:
        return QCoreApplication::translate("DunningRun", "Debt notice: %1 overdue since %2, to be paid by %3")
            .arg(amount, dueOn.toString(Qt::ISODate), deadline.toString(Qt::ISODate));
    case DunningStep::Suspend:
        return QCoreApplication::translate("DunningRun", "Work suspended for debt: %1 overdue").arg(amount);
    case DunningStep::Claim:
        return QCoreApplication::translate("DunningRun", "Formal claim sent: %1 overdue").arg(amount);
    case DunningStep::Block:
        return QCoreApplication::translate("DunningRun", "Access to support blocked for debt: %1 overdue").arg(amount);
    case DunningStep::Restore: break;
    }
    return QCoreApplication::translate("DunningRun", "Debt paid in full: the client is active again");
}

} // namespace

struct DunningRun::Plan
{
    struct Item
    {
        DunningStepDue step;
        DunningState before = DunningState::None;
        bool startsCase = false;
        QDate caseDueOn;
        Money outstanding;
    };

    ClientId client;
    QString clientName;
    ClientStatus status = ClientStatus::Active;
    BusinessCalendar calendar;
    DunningConfig config;
    std::optional<DunningCaseRecord> openCase;
    QList<DunningPauseRecord> pauses;
    QList<Item> items;
    DunningOutcome outcome; // of the current (or new) case
    Money outstanding;
    QDate oldestDueOn;
    int overdueInvoices = 0;
    bool noticeByMessage = false; // a rule sends the notice: it waits for its message
    bool claimByMessage = false;

    bool awaitsDelivery(DunningStep step) const
    {
        return (step == DunningStep::Notice && noticeByMessage) || (step == DunningStep::Claim && claimByMessage);
    }
};

BusinessCalendar DunningRun::calendarFor(ClientId client)
{
    QString name = SlaPolicyRepository(m_db).forClient(client).calendarName;
    const auto load = [this](const QString &n) -> std::optional<BusinessCalendar> {
        if (const auto it = m_calendars.constFind(n); it != m_calendars.constEnd())
            return *it;
        auto loaded = CalendarRepository(m_db).load(n);
        if (!loaded)
            return std::nullopt;
        m_calendars.insert(n, *loaded);
        return *loaded;
    };
    if (!name.isEmpty()) {
        if (auto c = load(name); c && !c->is24x7())
            return *c;
    }
    // A 24/7 calendar has no business days to count: the working week.
    if (auto c = load(u"kz-standard"_s))
        return *c;
    return BusinessCalendar::kzStandard();
}

Result<QList<ClientId>> DunningRun::candidates(QDate asOf) const
{
    const QString day = asOf.toString(Qt::ISODate);
    auto q = sql::exec(m_db.connection(),
        u"SELECT client_id FROM invoices WHERE status IN ('issued', 'partially_paid', 'paid') AND due_on < ? "
        "AND issued_on <= ? AND (status <> 'paid' OR paid_on > ?) "
        "UNION SELECT client_id FROM dunning_cases WHERE closed_on IS NULL ORDER BY 1"_s,
        { day, day, day });
    if (!q)
        return fail(q.error());
    QList<ClientId> result;
    while (q->next())
        result.append(ClientId(q->value(0).toLongLong()));
    return result;
}

Result<DunningRun::Plan> DunningRun::plan(ClientId client, QDate asOf)
{
    const QSqlDatabase conn = m_db.connection();
    Plan p;
    p.client = client;
    auto c = sql::exec(conn, u"SELECT legal_name, status, currency FROM clients WHERE id = ?"_s, { client.value });
    if (!c)
        return fail(c.error());
    if (!c->next())
        return fail(QCoreApplication::translate("DunningRepository", "No client with id %1.").arg(client.value));
    p.clientName = c->value(0).toString();
    p.status = clientStatusFromKey(c->value(1).toString()).value_or(ClientStatus::Active);
    QString currency = c->value(2).toString();
    c->finish();
    p.calendar = calendarFor(client);
    p.config = BillingSettings(m_db).dunningConfig();

    auto inv = sql::exec(conn,
        u"SELECT i.id, i.due_on, i.total_minor, i.currency, p.paid_on, p.amount_minor FROM invoices i "
        "LEFT JOIN payments p ON p.invoice_id = i.id AND p.paid_on <= ? "
        "WHERE i.client_id = ? AND i.status IN ('issued', 'partially_paid', 'paid') AND i.issued_on <= ? "
        "ORDER BY i.due_on, i.id"_s,
        { asOf.toString(Qt::ISODate), client.value, asOf.toString(Qt::ISODate) });
    if (!inv)
        return fail(inv.error());
    QList<OpenInvoice> invoices;
    QList<QDate> paymentDays;
    qint64 lastId = 0;
    while (inv->next()) {
        if (inv->value(0).toLongLong() != lastId) {
            lastId = inv->value(0).toLongLong();
            invoices.append(OpenInvoice { QDate::fromString(inv->value(1).toString(), Qt::ISODate),
                inv->value(2).toLongLong(), {} });
            if (invoices.size() == 1)
                currency = inv->value(3).toString();
        }
        if (!inv->value(4).isNull()) {
            const QDate day = QDate::fromString(inv->value(4).toString(), Qt::ISODate);
            invoices.last().payments.append({ day, inv->value(5).toLongLong() });
            paymentDays.append(day);
        }
    }
    inv->finish();
    std::sort(paymentDays.begin(), paymentDays.end());
    paymentDays.erase(std::unique(paymentDays.begin(), paymentDays.end()), paymentDays.end());

    DunningRepository repo(m_db);
    auto steps = repo.steps(client);
    if (!steps)
        return fail(steps.error());
    auto open = repo.openCase(client);
    if (!open)
        return fail(open.error());
    p.openCase = *open;
    auto pauses = repo.pauses(client, true);
    if (!pauses)
        return fail(pauses.error());
    p.pauses = *pauses;
    auto noticeByMessage = repo.sentByRule(DunningStep::Notice);
    if (!noticeByMessage)
        return fail(noticeByMessage.error());
    auto claimByMessage = repo.sentByRule(DunningStep::Claim);
    if (!claimByMessage)
        return fail(claimByMessage.error());
    p.noticeByMessage = *noticeByMessage;
    p.claimByMessage = *claimByMessage;

    DunningInput input;
    input.today = asOf;
    input.calendar = p.calendar;
    input.config = p.config;
    input.noticeByMessage = p.noticeByMessage;
    input.claimByMessage = p.claimByMessage;
    for (const DunningPauseRecord &pause : std::as_const(p.pauses))
        input.pauses.append(pause.toRule());
    for (const DunningStepRecord &s : std::as_const(*steps))
        input.history.append(DunningRecord { s.step, s.dueOn, s.awaitsDelivery, s.sentOn });
    DunningState state = p.openCase ? p.openCase->state : DunningState::None;
    const auto take = [&](const DunningOutcome &out, bool newCase, QDate caseDueOn, qint64 outstandingMinor) {
        for (int i = 0; i < out.steps.size(); ++i) {
            const DunningStepDue &s = out.steps.at(i);
            p.items.append(Plan::Item { s, state, newCase && i == 0, caseDueOn, Money(outstandingMinor, currency) });
            state = s.stateAfter;
            input.history.append(DunningRecord { s.step, s.dueOn, p.awaitsDelivery(s.step), {} });
        }
    };

    if (p.openCase) {
        // Was the case's debt paid off on some day (later invoices aside)?
        QList<QDate> days;
        for (const QDate &d : std::as_const(paymentDays)) {
            if (d > p.openCase->dueOn && d <= asOf)
                days.append(d);
        }
        days.append(asOf);
        QDate settled;
        for (const QDate &d : std::as_const(days)) {
            if (overdueOn(invoices, d) == 0) {
                settled = d;
                break;
            }
        }
        input.dueDate = p.openCase->dueOn;
        if (settled.isValid()) {
            input.outstanding = Money(0, currency);
            input.settledOn = settled;
            auto out = Dunning::evaluate(input);
            if (!out)
                return fail(out.error());
            take(*out, false, p.openCase->dueOn, 0);
        } else {
            const qint64 owed = overdueOn(invoices, asOf);
            input.outstanding = Money(owed, currency);
            auto out = Dunning::evaluate(input);
            if (!out)
                return fail(out.error());
            take(*out, false, p.openCase->dueOn, owed);
            p.outcome = *out;
        }
    }

    p.outstanding = Money(overdueOn(invoices, asOf), currency);
    for (const OpenInvoice &i : std::as_const(invoices)) {
        if (i.dueOn < asOf && i.unpaidOn(asOf) > 0) {
            ++p.overdueInvoices;
            if (!p.oldestDueOn.isValid() || i.dueOn < p.oldestDueOn)
                p.oldestDueOn = i.dueOn;
        }
    }
    if (state == DunningState::None && !p.outstanding.isZero()) {
        input.dueDate = p.oldestDueOn;
        input.outstanding = p.outstanding;
        input.settledOn = QDate();
        auto out = Dunning::evaluate(input);
        if (!out)
            return fail(out.error());
        take(*out, true, p.oldestDueOn, p.outstanding.minorUnits());
        p.outcome = *out;
    }
    return p;
}

Status DunningRun::apply(const Plan &p, QList<DunningRunStep> *taken)
{
    if (p.items.isEmpty())
        return {};
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    DunningRepository repo(m_db);
    qint64 caseId = p.openCase ? p.openCase->id : 0;
    ClientStatus status = p.status;
    const qint64 now = Clock::nowSecs();
    const QDate realToday = InvoiceRepository::today();
    for (const Plan::Item &item : p.items) {
        if (item.startsCase || caseId == 0) {
            auto id = repo.openNewCase(p.client, item.caseDueOn, item.step.dueOn);
            if (!id)
                return fail(id.error());
            caseId = *id;
        }
        const bool awaitsDelivery = p.awaitsDelivery(item.step.step);
        auto recorded = repo.recordStep(caseId, p.client, item.step, item.outstanding, awaitsDelivery);
        if (!recorded)
            return fail(recorded.error());
        // The moment it counts from: the start of its day on the client's
        // calendar (a catch-up is dated back), never later than now.
        qint64 at = now;
        if (item.step.dueOn != realToday) {
            const QDateTime start(item.step.dueOn, QTime(0, 0), p.calendar.timeZone());
            at = std::min(now, start.toSecsSinceEpoch());
        }

        if (const auto next = clientStatusAfter(item.step.step)) {
            const bool change = status != ClientStatus::Churned && *next != status
                && (*next != ClientStatus::Active || status == ClientStatus::Suspended || status == ClientStatus::Blocked);
            if (change) {
                if (auto q = sql::exec(conn, u"UPDATE clients SET status = ?, updated_at = ? WHERE id = ?"_s,
                        { clientStatusKey(*next), now, p.client.value });
                    !q)
                    return fail(q.error());
                if (Status s = AuditLog(m_db).record(u"client"_s, p.client.value, AuditLog::Action::Update,
                        { { u"status"_s, clientStatusKey(status) } }, { { u"status"_s, clientStatusKey(*next) } });
                    !s)
                    return s;
                status = *next;
            }
        }
        const bool pausesSla = item.step.step == DunningStep::Suspend;
        const bool resumesSla = item.step.step == DunningStep::Restore
            && (item.before == DunningState::Suspended || item.before == DunningState::ClaimSent
                || item.before == DunningState::Blocked);
        if (pausesSla || resumesSla) {
            if (Status s = TicketRepository(m_db).clientSuspensionChanged(p.client, pausesSla, at); !s)
                return s;
        }

        TimelineEntry e;
        e.at = at;
        e.kind = clientStatusAfter(item.step.step) ? u"status_change"_s : u"invoice"_s;
        e.title = stepTitle(item.step.step, item.outstanding, item.caseDueOn,
            p.calendar.addBusinessDays(item.step.dueOn, p.config.noticeDeadlineBusinessDays), awaitsDelivery);
        e.body = QCoreApplication::translate("DunningRun", "Step due on %1, recorded by %2.")
                     .arg(item.step.dueOn.toString(Qt::ISODate),
                         m_db.actor().isValid() ? m_db.actor().name
                                                : QCoreApplication::translate("DunningRun", "the dunning run"));
        e.refType = u"dunning_step"_s;
        e.refId = recorded->id;
        if (Status s = Timeline(m_db).add(p.client, e); !s)
            return s;
        if (taken)
            taken->append(DunningRunStep { p.client, p.clientName, caseId, item.step.step, item.step.dueOn,
                item.step.stateAfter, item.outstanding });
        if (item.step.step == DunningStep::Restore)
            caseId = 0;
    }
    return tx.commit();
}

Result<DunningRunResult> DunningRun::run(QDate asOf, bool dryRun, const std::atomic_bool *cancel, const Progress &progress)
{
    DunningRunResult result;
    result.asOf = asOf.isValid() ? asOf : InvoiceRepository::today();
    result.dryRun = dryRun;
    auto clients = candidates(result.asOf);
    if (!clients)
        return fail(clients.error());
    for (int i = 0; i < clients->size(); ++i) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        const ClientId client = clients->at(i);
        ++result.clientsChecked;
        Status done;
        {
            // Planned and applied under one write lock: two runs never record a step twice.
            std::optional<Transaction> tx;
            if (!dryRun)
                tx.emplace(m_db.connection());
            if (tx && !tx->isActive()) {
                done = fail(tx->error());
            } else if (Status locked = tx ? m_db.dialect().serialize(m_db.connection(), kClientLock + client.value)
                                          : Status();
                       !locked) {
                done = locked;
            } else if (auto planned = plan(client, result.asOf); !planned) {
                done = fail(planned.error());
            } else if (dryRun) {
                for (const Plan::Item &item : std::as_const(planned->items))
                    result.steps.append(DunningRunStep { client, planned->clientName,
                        item.startsCase ? 0 : (planned->openCase ? planned->openCase->id : 0), item.step.step,
                        item.step.dueOn, item.step.stateAfter, item.outstanding });
            } else if (Status s = apply(*planned, &result.steps); !s) {
                done = s;
            } else {
                done = tx->commit();
            }
        }
        if (!done)
            result.errors.append({ client, done.error() });
        if (progress)
            progress(i + 1, int(clients->size()));
    }
    return result;
}

Result<QList<DunningQueueRow>> DunningRun::queue(QDate asOf)
{
    const QDate day = asOf.isValid() ? asOf : InvoiceRepository::today();
    auto clients = candidates(day);
    if (!clients)
        return fail(clients.error());
    QList<DunningQueueRow> rows;
    for (const ClientId client : std::as_const(*clients)) {
        auto p = plan(client, day);
        if (!p)
            return fail(p.error());
        DunningQueueRow r;
        r.clientId = client;
        r.clientName = p->clientName;
        r.clientStatus = p->status;
        r.caseId = p->openCase ? p->openCase->id : 0;
        r.state = p->openCase ? p->openCase->state : DunningState::None;
        for (const auto &item : std::as_const(p->items))
            r.dueNow.append(item.step);
        r.outstanding = p->outstanding;
        r.oldestDueOn = p->oldestDueOn;
        r.daysOverdue = p->oldestDueOn.isValid() ? int(p->oldestDueOn.daysTo(day)) : 0;
        r.overdueInvoices = p->overdueInvoices;
        r.nextStep = p->outcome.nextStep;
        r.nextStepOn = p->outcome.nextStepOn;
        r.noticeDeadline = p->outcome.noticeDeadline;
        if (p->outcome.waitingFor)
            r.waitingFor = dunningPauseKindKey(*p->outcome.waitingFor);
        else if (p->outcome.waitingForDelivery)
            r.waitingFor = u"delivery"_s;
        r.waitingReason = p->outcome.waitingReason;
        r.calendarName = p->calendar.name();
        for (const DunningPauseRecord &pause : std::as_const(p->pauses)) {
            if (pause.isActive(day))
                r.activePauses.append(pause);
        }
        if (p->openCase)
            r.history = p->openCase->steps;
        // A restored case with nothing overdue left is not in the queue.
        if (r.outstanding.isZero() && r.state == DunningState::None && r.dueNow.isEmpty())
            continue;
        rows.append(r);
    }
    return rows;
}

} // namespace rapport
