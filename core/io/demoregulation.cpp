#include "demoregulation.h"

#include "domain/clock.h"
#include "storage/clientfeedbackrepository.h"
#include "storage/clientrepository.h"
#include "storage/obligationrepository.h"
#include "storage/regulationcalendar.h"
#include "storage/reviewrepository.h"
#include "storage/taskrepository.h"
#include "storage/userrepository.h"
#include "storage/workflowrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr int kMaxClients = 400;
constexpr int kHistoryMonths = 4;

const char *const kComplaints[] = {
    "Расчётные листки за прошлый месяц пришли на два дня позже.",
    "В проектном отчёте не учли сверхурочные часы.",
    "Три дня ждали ответа по договору с новым сотрудником.",
    "Счёт отправили не на тот адрес электронной почты.",
};
const char *const kThanks[] = {
    "Спасибо за быструю помощь с налоговой проверкой.",
    "Отличная работа по закрытию года, всё вовремя.",
    "Рахмет команде за понятное объяснение новых правил начисления зарплаты.",
};
const char *const kRemarks[] = {
    "Просим присылать ежемесячный отчёт на русском и казахском языках.",
    "Перед визитом звоните: вход в офис изменился.",
    "Ставьте главного бухгалтера в копию каждого счёта.",
};
const char *const kActions[] = {
    "Отправлять расчётные листки до 9-го числа",
    "Добавить сверхурочные в шаблон проектного отчёта",
    "Проверить список получателей счетов",
    "Согласовать замену специалиста на время отпуска",
};
const char *const kProgress[] = {
    "Зарплата и отчёты вовремя; новый кадровый модуль запущен.",
    "Все обязательства выполнены; две заявки решались дольше срока.",
    "Подготовка к аудиту идёт по плану; документы передаются через портал.",
};
const char *const kProblems[] = {
    "Дважды опоздали расчётные листки.",
    "В отчёте не было сверхурочных часов.",
    "Звонки клиента не всегда регистрировались как заявки.",
    "",
};
const char *const kSatisfaction[] = {
    "Доволен, хочет быстрее получать ответы по телефону.",
    "Очень доволен.",
    "Доволен отчётами, просит меньше напоминаний.",
};

template<size_t N> QString pick(QRandomGenerator &rng, const char *const (&texts)[N])
{
    return QString::fromUtf8(texts[rng.bounded(int(N))]);
}

QDate maxDate(QDate a, QDate b)
{
    return a < b ? b : a;
}

} // namespace

Result<DemoRegulation::Counts> DemoRegulation::generate(QRandomGenerator &rng, const std::atomic_bool *cancel)
{
    Counts counts;
    const QDate today = RegulationCalendar::today();
    const QDate historyStart = QDate(today.year(), today.month(), 1).addMonths(-kHistoryMonths);
    auto cancelled = [&] { return cancel && cancel->load(); };
    const Error stopped { QCoreApplication::translate("DemoGenerator", "Cancelled; nothing was added.") };

    // Every client on a tariff gets the provider's default regulation, as a
    // client added by hand or imported does (nothing when Settings turn it
    // off; clients with obligations already are left alone). About two
    // thirds of the serviced ones (at most 400) get it from four months back,
    // with a history to show; the others from this month.
    ClientRepository clients(m_db);
    ObligationRepository obligations(m_db);
    QList<ClientId> withHistory;
    QList<ClientId> others;
    ClientQuery query;
    query.limit = 500;
    for (QList<ClientListRow> page = clients.list(query); !page.isEmpty(); page = clients.list(query)) {
        for (const ClientListRow &row : page) {
            const bool serviced = row.status == ClientStatus::Active || row.status == ClientStatus::Onboarding;
            if (serviced && withHistory.size() < kMaxClients && rng.bounded(3) < 2
                && obligations.list(row.id).isEmpty())
                withHistory << row.id;
            else
                others << row.id;
        }
        query.afterName = page.last().legalName;
        query.afterId = page.last().id.value;
    }
    if (withHistory.isEmpty() && others.isEmpty())
        return counts;
    if (cancelled())
        return stopped;
    auto applied = obligations.applyDefaultRegulations(withHistory, historyStart);
    if (!applied)
        return fail(applied.error());
    if (cancelled())
        return stopped;
    auto rest = obligations.applyDefaultRegulations(others, today);
    if (!rest)
        return fail(rest.error());
    auto ran = obligations.run(today);
    if (!ran)
        return fail(ran.error());
    const QList<ClientId> chosen = applied->applied;
    counts.clients = int(chosen.size() + rest->applied.size());
    counts.tasks = applied->result.tasksCreated + rest->result.tasksCreated + ran->created;
    if (chosen.isEmpty())
        return counts;

    // Obligation tasks: most done on time, some late, a few left overdue.
    TaskRepository tasks(m_db);
    for (ClientId client : std::as_const(chosen)) {
        if (cancelled())
            return stopped;
        TaskQuery open;
        open.client = client;
        open.status = TaskStatus::Open;
        open.limit = 1000;
        for (const Task &t : tasks.list(open)) {
            const int r = rng.bounded(100);
            QDate doneOn;
            if (t.dueOn < today) {
                if (r < 75)
                    doneOn = t.dueOn.addDays(-rng.bounded(4));
                else if (r < 90)
                    doneOn = std::min(today, t.dueOn.addDays(1 + rng.bounded(6)));
            } else if (r < 15) {
                doneOn = today.addDays(-rng.bounded(3));
            }
            if (!doneOn.isValid())
                continue;
            if (Status s = tasks.complete(t.id, maxDate(doneOn, historyStart)); !s)
                return fail(s.error());
        }
    }

    // Reviews: walk each client's reviews up to today, holding most of them
    // with a remediation plan and leaving some overdue.
    ReviewRepository reviews(m_db);
    const QList<User> staff = UserRepository(m_db).all();
    QList<UserId> specialists;
    for (const User &u : staff)
        if (u.role == Role::Specialist)
            specialists << u.id;
    for (ClientId client : std::as_const(chosen)) {
        if (cancelled())
            return stopped;
        ReviewQuery pending;
        pending.client = client;
        pending.status = ReviewStatus::Scheduled;
        for (int guard = 0; guard < 8; ++guard) {
            const QList<Review> due = reviews.list(pending);
            if (due.isEmpty() || due.first().scheduledOn >= today)
                break;
            const Review r = due.first();
            ++counts.reviews;
            if (rng.bounded(100) < 15)
                break; // left overdue
            ReviewRecord record;
            record.heldOn
                = std::min(today, r.scheduledOn.addDays(rng.bounded(100) < 80 ? -rng.bounded(6) : 1 + rng.bounded(5)));
            record.attendees = u"Директор и главный бухгалтер клиента, аккаунт-менеджер"_s;
            record.progress = pick(rng, kProgress);
            record.problems = pick(rng, kProblems);
            record.satisfaction = pick(rng, kSatisfaction);
            auto next = reviews.hold(r.id, record);
            if (!next)
                return fail(next.error());
            ++counts.reviewsHeld;
            if (next->has_value())
                ++counts.reviews;
            if (record.problems.isEmpty())
                continue;
            const UserId owner = !specialists.isEmpty() && rng.bounded(2) == 0
                ? specialists.at(rng.bounded(int(specialists.size())))
                : r.managerId;
            if (!owner.isValid())
                continue;
            auto item = reviews.addActionItem(r.id, pick(rng, kActions), owner, record.heldOn.addDays(14));
            if (!item)
                return fail(item.error());
            ++counts.actionItems;
            if (item->dueOn < today && rng.bounded(100) < 70) {
                if (Status s = tasks.complete(item->id, std::min(today, item->dueOn.addDays(rng.bounded(-5, 3)))); !s)
                    return fail(s.error());
            }
        }
    }

    // A workflow under way for some clients.
    WorkflowRepository workflows(m_db);
    const QList<WorkflowTemplate> templates = workflows.templates();
    for (ClientId client : std::as_const(chosen)) {
        if (templates.isEmpty() || rng.bounded(100) >= 15)
            continue;
        const WorkflowTemplate &t = templates.at(rng.bounded(int(templates.size())));
        auto run = workflows.apply(t.id, client, TicketId(), today.addDays(-rng.bounded(1, 10)));
        if (!run)
            return fail(run.error());
        counts.tasks += run->total;
        for (const Task &task : run->tasks) {
            if (task.dueOn < today && rng.bounded(100) < 70)
                if (Status s = tasks.complete(task.id, task.dueOn); !s)
                    return fail(s.error());
        }
    }

    // Complaints, thanks and remarks.
    ClientFeedbackRepository feedback(m_db);
    const qint64 now = Clock::nowSecs();
    for (ClientId client : std::as_const(chosen)) {
        if (cancelled())
            return stopped;
        const int r = rng.bounded(100);
        if (r >= 80)
            continue;
        ClientFeedback f;
        f.clientId = client;
        f.kind = r < 30 ? ClientFeedbackKind::Complaint
            : r < 65    ? ClientFeedbackKind::Thanks
                        : ClientFeedbackKind::Remark;
        f.text = f.kind == ClientFeedbackKind::Complaint ? pick(rng, kComplaints)
            : f.kind == ClientFeedbackKind::Thanks       ? pick(rng, kThanks)
                                                         : pick(rng, kRemarks);
        static const char *const channels[] = { "email", "phone", "messenger", "visit" };
        f.channel = pick(rng, channels);
        f.receivedAt = now - qint64(rng.bounded(1, 120)) * 86400 - rng.bounded(3600 * 8);
        auto added = feedback.add(f);
        if (!added)
            return fail(added.error());
        ++counts.feedback;
        if (f.kind == ClientFeedbackKind::Complaint && rng.bounded(2) == 0) {
            const QString handling = u"Извинились перед клиентом, согласовали исправление с командой."_s;
            const qint64 at = std::min(now, f.receivedAt + 86400 * (1 + rng.bounded(3)));
            if (Status s = feedback.handle(added->id, handling, at); !s)
                return fail(s.error());
        }
    }
    return counts;
}

} // namespace rapport
