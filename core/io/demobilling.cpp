#include "demobilling.h"

#include "storage/actrepository.h"
#include "storage/billingrun.h"
#include "storage/billingsettings.h"
#include "storage/dunningrun.h"
#include "storage/invoicerepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Months billed in the demo, ending with last month, and at most this many
// clients (the newest without invoices): enough to show, cheap at any scale.
constexpr int DemoMonths = 3;
constexpr int DemoClients = 400;

QDate weekdayFrom(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

Status cancelled(const std::atomic_bool *cancel)
{
    if (cancel && cancel->load())
        return fail(QCoreApplication::translate("DemoGenerator", "Cancelled; nothing was added."));
    return {};
}

} // namespace

Result<DemoBilling::Counts> DemoBilling::generate(quint32 seed, const std::atomic_bool *cancel)
{
    QRandomGenerator rng(seed * 7919u + 5u);
    Counts counts;
    BillingSettings settings(m_db);
    if (settings.provider().name.trimmed().isEmpty()) {
        ProviderDetails p;
        p.name = u"ТОО «Рапорт Сервис»"_s;
        p.taxId = u"180540012346"_s;
        p.address = u"010000, Астана, пр. Мангилик Ел, 55/20, офис 301"_s;
        p.bankName = u"АО «Народный Банк Казахстана»"_s;
        p.bankBic = u"HSBKKZKX"_s;
        p.bankAccount = u"KZ786018861000012345"_s;
        p.director = u"Сейткали А. М."_s;
        if (Status s = settings.setProvider(p); !s)
            return fail(s.error());
    }

    InvoiceRepository invoices(m_db);
    ActRepository acts(m_db);
    const QDate today = InvoiceRepository::today();
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    auto billed = BillingRun(m_db).clientsNeverBilled(DemoClients);
    if (!billed)
        return fail(billed.error());
    if (billed->isEmpty())
        return counts;
    for (int back = DemoMonths - 1; back >= 0; --back) {
        if (Status s = cancelled(cancel); !s)
            return fail(s.error());
        const QDate month = lastMonth.addMonths(-back);
        BillingRun billing(m_db);
        billing.restrictTo(*billed);
        auto run = billing.run(month, false, cancel);
        if (!run)
            return fail(run.error());
        const QDate issueOn = std::min(weekdayFrom(month.addMonths(1).addDays(2)), today);
        // A client that could not be billed (a full disk, say) stops the demo
        // with its reason, before any invoice of the month is issued.
        for (const BillingRunItem &item : std::as_const(run->items)) {
            if (item.outcome == BillingRunItem::Outcome::Failed)
                return fail(item.error);
        }
        for (const BillingRunItem &item : std::as_const(run->items)) {
            if (item.outcome != BillingRunItem::Outcome::Created)
                continue;
            auto issued = invoices.issue(item.invoiceId, issueOn);
            if (!issued)
                return fail(issued.error());
            ++counts.invoices;
            auto act = acts.forInvoice(issued->id);
            if (act) {
                if (Status s = acts.setStatus(act->id, u"sent"_s, issueOn); !s)
                    return fail(s.error());
            }
            if (issued->status == InvoiceStatus::Paid)
                continue;
            // How clients pay (seed 002: approval chains make some late).
            const int r = int(rng.bounded(100));
            const int terms = std::max(1, issued->paymentTermsDays);
            QDate payOn;
            Money amount = issued->total;
            if (r < 60) {
                payOn = issueOn.addDays(rng.bounded(1, terms + 1));
            } else if (r < 74) {
                payOn = issued->dueOn.addDays(rng.bounded(3, 26));
            } else if (r < 84) {
                payOn = issueOn.addDays(rng.bounded(1, terms + 1));
                amount = issued->total.scaled(1, 2);
            }
            if (!payOn.isValid() || payOn > today)
                continue;
            auto paid = invoices.recordPayment(issued->id, payOn, amount,
                u"п/п № %1"_s.arg(100 + rng.bounded(9000)));
            if (!paid)
                return fail(paid.error());
            ++counts.payments;
            if (act && amount == issued->total) {
                if (Status s = acts.setStatus(act->id, u"signed"_s, payOn); !s)
                    return fail(s.error());
            }
        }
    }

    // The ladder as it stood ten days ago, then a few exceptions, then today.
    auto earlier = DunningRun(m_db).run(today.addDays(-10), false, cancel);
    if (!earlier)
        return fail(earlier.error());
    counts.dunningSteps += int(earlier->steps.size());
    auto queue = DunningRun(m_db).queue(today);
    if (!queue)
        return fail(queue.error());
    Database asLead = m_db;
    for (const User &u : UserRepository(m_db).all()) {
        if (u.role == Role::TeamLead) {
            asLead.setActor(u);
            break;
        }
    }
    // About one debtor in three gets an exception, the others escalate.
    const int wanted = std::min(3, int(queue->size()) / 3);
    int exceptions = 0;
    for (auto it = queue->crbegin(); it != queue->crend(); ++it) {
        const DunningQueueRow &row = *it;
        if (!row.nextStep || !row.activePauses.isEmpty() || exceptions >= wanted)
            continue;
        DunningRepository repo(asLead);
        Status s;
        switch (exceptions++) {
        case 0:
            if (auto p = repo.promise(row.clientId, today.addDays(7), u"Бухгалтер в отпуске, оплатят после возвращения"_s); !p)
                s = fail(p.error());
            break;
        case 1:
            if (auto p = repo.guarantee(row.clientId,
                    u"https://docs.rapport.demo/clients/%1/guarantee-letter.pdf"_s.arg(row.clientId.value));
                !p)
                s = fail(p.error());
            break;
        default:
            if (asLead.actor().role == Role::TeamLead) {
                if (auto p = repo.hold(row.clientId, u"Переговоры о реструктуризации долга"_s); !p)
                    s = fail(p.error());
            }
            break;
        }
        if (!s)
            return fail(s.error());
    }
    auto now = DunningRun(m_db).run(today, false, cancel);
    if (!now)
        return fail(now.error());
    counts.dunningSteps += int(now->steps.size());
    return counts;
}

} // namespace rapport
