#include "demotickets.h"

#include "domain/clock.h"
#include "storage/ticketbulkwriter.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// What clients of an outsourcing, accounting, HR and IT support provider ask for.
const QStringList kSubjects{
    u"Не формируется отчёт по зарплате"_s,
    u"Подготовить акт сверки с поставщиком"_s,
    u"Начислить отпускные сотруднику"_s,
    u"Настроить доступ к 1С для нового бухгалтера"_s,
    u"Рассчитать налоги за квартал"_s,
    u"Не пришёл счёт-фактура от поставщика"_s,
    u"Оформить приём нового сотрудника"_s,
    u"Ошибка при отправке ЭСФ"_s,
    u"Сдать форму 200.00 до срока"_s,
    u"Исправить платёжное поручение"_s,
    u"Подготовить справку о доходах"_s,
    u"Не работает принтер в бухгалтерии"_s,
    u"Восстановить пароль от почты директора"_s,
    u"Перенести данные в новую базу"_s,
    u"Выгрузить оборотно-сальдовую ведомость"_s,
    u"Оформить увольнение сотрудника"_s,
    u"Расчётные листы за месяц"_s,
    u"Вопрос по командировочным расходам"_s,
    u"Настроить VPN для удалённой работы"_s,
    u"Подготовить документы для аудитора"_s,
    u"Сверка с налоговой по лицевому счёту"_s,
    u"Обновить конфигурацию 1С"_s,
    u"Закрыть месяц в учёте"_s,
    u"Подготовить договор с новым контрагентом"_s,
    u"Есепті уақытында тапсыру"_s,
    u"Жалақы ведомосын дайындау"_s,
    u"Жаңа қызметкерді жұмысқа қабылдау"_s,
    u"Салық декларациясы бойынша сұрақ"_s,
    u"Электрондық шот-фактура жіберілмейді"_s,
    u"Кеңседе интернет жоқ"_s};

const QStringList kReplies{u"Приняли, уже разбираемся"_s, u"Получили заявку, ответим до конца дня"_s,
                           u"Специалист подключится через час"_s, u"Өтінішіңіз қабылданды, жұмыс басталды"_s};
const QStringList kQuestions{u"Пришлите, пожалуйста, скан документа"_s, u"Уточните период, за который нужен отчёт"_s,
                             u"Нужен доступ к базе — дайте знать, когда сможем подключиться"_s,
                             u"Құжаттың көшірмесін жіберіңізші"_s};
const QStringList kNotes{u"Проверить настройки обмена"_s, u"Похожая проблема была в прошлом месяце"_s,
                         u"Согласовать с главным бухгалтером клиента"_s, u"Нужна консультация юриста"_s};
const QStringList kDone{u"Готово, проверьте, пожалуйста"_s, u"Исправили, отчёт формируется"_s,
                        u"Документы отправлены на почту"_s, u"Дайын, тексеріп көріңіз"_s};
const QStringList kWork{u"Разбор проблемы"_s, u"Исправление и проверка"_s, u"Подготовка документов"_s,
                        u"Консультация по телефону"_s, u"Настройка"_s};
const QStringList kDislikes{u"Долго ждали ответа"_s, u"Пришлось несколько раз объяснять задачу"_s,
                            u"Ошибки в документах"_s};

template<typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(qsizetype(rng.bounded(quint32(list.size()))));
}

qint64 between(QRandomGenerator &rng, qint64 low, qint64 high)
{
    return low + qint64(rng.bounded(quint32(std::max<qint64>(1, high - low))));
}

bool chance(QRandomGenerator &rng, int percent)
{
    return int(rng.bounded(100)) < percent;
}

struct Staff
{
    QList<User> managers;
    QList<User> specialists;
};

// A creation instant within the past year, mostly in Almaty working hours on weekdays.
qint64 creationInstant(QRandomGenerator &rng, qint64 now)
{
    for (;;) {
        const qint64 dayStart = (now / kDay - qint64(rng.bounded(365))) * kDay;
        const qint64 at = chance(rng, 85) ? dayStart + 4 * kHour + between(rng, 0, 9 * kHour)
                                          : dayStart + between(rng, 0, kDay);
        const int weekday = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).date().dayOfWeek();
        if (at <= now && (weekday < 6 || chance(rng, 15)))
            return at;
    }
}

class Builder
{
public:
    Builder(QRandomGenerator &rng, const Staff &staff, qint64 now)
        : m_rng(rng)
        , m_staff(staff)
        , m_now(now)
    {
    }

    TicketHistory make(const ClientRef &client, qint64 suspendedSince)
    {
        TicketHistory h;
        Ticket &t = h.ticket;
        t.clientId = client.id;
        const int ch = int(m_rng.bounded(100));
        t.channel = ch < 35 ? TicketChannel::Email : ch < 60 ? TicketChannel::Phone : ch < 80 ? TicketChannel::Messenger
                  : ch < 95 ? TicketChannel::Portal : ch < 98 ? TicketChannel::Visit : TicketChannel::Other;
        const int pr = int(m_rng.bounded(100));
        t.priority = pr < 15 ? Priority::Low : pr < 75 ? Priority::Normal : pr < 95 ? Priority::High : Priority::Urgent;
        t.subject = pick(m_rng, kSubjects);
        if (chance(m_rng, 30))
            t.description = u"Клиент сообщил: "_s + t.subject.toLower() + u". Просит решить как можно скорее."_s;
        const User &owner = ownerFor(client);
        const User &assignee = chance(m_rng, 85) && !m_staff.specialists.isEmpty() ? pick(m_rng, m_staff.specialists)
                                                                                   : owner;
        t.ownerId = owner.id;
        // A few hard requests of the last days are still open, slow to answer
        // and long to solve, so that Today has tickets at risk and late.
        const bool slow = chance(m_rng, 2);
        const qint64 c = !slow          ? creationInstant(m_rng, m_now)
                       : chance(m_rng, 50) ? m_now - between(m_rng, 20 * kHour, 23 * kHour)
                                           : m_now - between(m_rng, 25 * kHour, 60 * kHour);
        m_events.clear();
        add(c, u"created"_s, owner.id, {}, contactChannelKey(t.channel), std::nullopt, t.priority);
        if (suspendedSince > 0 && c >= suspendedSince)
            add(c, u"client_suspended"_s, {}, {});

        // The manager formalizes the request and the client confirms it (seed 002).
        const qint64 formalized = c + between(m_rng, 5 * kMinute, 90 * kMinute);
        const QString statement = t.subject + u": "_s + pick(m_rng, kWork).toLower() + u", срок по регламенту"_s;
        add(formalized, u"formalized"_s, owner.id, statement);
        add(formalized, u"status"_s, owner.id, {}, {}, TicketStatus::Formalizing);
        // First response: mostly within hours, some late (the 24 h target breached).
        const int rr = slow ? 99 : int(m_rng.bounded(100));
        const qint64 responded = c
            + (rr < 55   ? between(m_rng, 10 * kMinute, 2 * kHour)
               : rr < 85 ? between(m_rng, 2 * kHour, 12 * kHour)
               : rr < 95 ? between(m_rng, 12 * kHour, 23 * kHour)
                         : between(m_rng, 25 * kHour, 40 * kHour));
        if (chance(m_rng, 60))
            add(responded, u"reply"_s, owner.id, pick(m_rng, kReplies));
        else
            add(responded, u"contact"_s, owner.id, pick(m_rng, kReplies), chance(m_rng, 70) ? u"phone"_s : u"messenger"_s);

        if (chance(m_rng, 3)) { // withdrawn by the client before the work started
            add(formalized + between(m_rng, kHour, 24 * kHour), u"status"_s, owner.id, {}, {}, TicketStatus::Cancelled);
            return finish(h, statement, {}, assignee);
        }
        const qint64 confirmed = formalized + between(m_rng, 10 * kMinute, 4 * kHour);
        add(confirmed, u"confirmed"_s, owner.id, {}, chance(m_rng, 50) ? u"email"_s : u"phone"_s);
        const qint64 started = confirmed + between(m_rng, kMinute, kHour);
        add(started, u"assigned"_s, owner.id, assignee.name);
        add(started + kMinute, u"status"_s, assignee.id, {}, {}, TicketStatus::InProgress);
        if (chance(m_rng, 5))
            add(started + kMinute, u"priority"_s, owner.id, {}, {}, std::nullopt, Priority::High);
        if (chance(m_rng, 20))
            t.agreedDeadline = started + between(m_rng, 3 * kDay, 10 * kDay);

        // The work, with waits for the client; most in time, some late.
        const int wr = slow ? 90 : int(m_rng.bounded(100));
        qint64 work = wr < 60 ? between(m_rng, 2 * kHour, 16 * kHour)
                    : wr < 90 ? between(m_rng, 16 * kHour, 40 * kHour)
                              : between(m_rng, 50 * kHour, 90 * kHour);
        qint64 cursor = started + kMinute;
        const int waits = chance(m_rng, 30) ? (chance(m_rng, 25) ? 2 : 1) : 0;
        for (int i = 0; i < waits; ++i) {
            cursor += between(m_rng, kHour, std::max<qint64>(2 * kHour, work / 2));
            add(cursor, u"reply"_s, assignee.id, pick(m_rng, kQuestions));
            add(cursor, u"status"_s, assignee.id, {}, {}, TicketStatus::WaitingOnClient);
            cursor += between(m_rng, 2 * kHour, 48 * kHour);
            add(cursor, u"status"_s, assignee.id, {}, {}, TicketStatus::InProgress);
            work = std::max<qint64>(kHour, work - (cursor - started) / 4);
        }
        if (chance(m_rng, 25))
            add(cursor + between(m_rng, 10 * kMinute, work), u"note"_s, assignee.id, pick(m_rng, kNotes));
        const qint64 resolved = cursor + work;
        if (chance(m_rng, 50))
            add(resolved, u"reply"_s, assignee.id, pick(m_rng, kDone));
        add(resolved, u"status"_s, assignee.id, {}, {}, TicketStatus::Resolved);
        qint64 closed = resolved + between(m_rng, 2 * kHour, 96 * kHour);
        if (chance(m_rng, 4)) { // the client found the problem back: reopened, then resolved again
            const qint64 reopened = resolved + between(m_rng, kHour, 24 * kHour);
            add(reopened, u"status"_s, assignee.id, {}, {}, TicketStatus::InProgress);
            const qint64 again = reopened + between(m_rng, kHour, 8 * kHour);
            add(again, u"status"_s, assignee.id, {}, {}, TicketStatus::Resolved);
            closed = again + between(m_rng, 2 * kHour, 48 * kHour);
        }
        add(closed, u"status"_s, owner.id, {}, {}, TicketStatus::Closed);
        if (chance(m_rng, 60)) { // two-point feedback after closing (seed 002)
            const bool liked = chance(m_rng, 85);
            add(closed + between(m_rng, kHour, 48 * kHour), u"feedback"_s, owner.id,
                liked ? u"liked"_s : u"not_liked: "_s + pick(m_rng, kDislikes));
        }
        return finish(h, statement, started, assignee);
    }

private:
    const User &ownerFor(const ClientRef &client)
    {
        for (const User &u : m_staff.managers) {
            if (u.id == client.accountManager)
                return u;
        }
        return pick(m_rng, m_staff.managers);
    }

    void add(qint64 at, const QString &kind, UserId user, const QString &body, const QString &channel = {},
             std::optional<TicketStatus> status = std::nullopt, std::optional<Priority> priority = std::nullopt)
    {
        TicketLogEntry e;
        e.at = at;
        e.kind = kind;
        e.userId = user;
        e.body = body;
        e.channel = channel;
        e.status = status;
        e.priority = priority;
        m_events.append(e);
    }

    // Keeps what happened by now and sets the ticket's fields from it.
    TicketHistory &finish(TicketHistory &h, const QString &statement, qint64 started, const User &assignee)
    {
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const TicketLogEntry &a, const TicketLogEntry &b) { return a.at < b.at; });
        Ticket &t = h.ticket;
        qint64 workedUntil = 0;
        for (const TicketLogEntry &e : std::as_const(m_events)) {
            if (e.at > m_now)
                break;
            // A late first response overtaken by the end of the ticket: the final reply answered.
            if ((e.kind == u"reply"_s || e.kind == u"contact"_s) && isFinished(t.status) && t.status != TicketStatus::Resolved)
                continue;
            h.events.append(e);
            if (e.kind == u"status"_s) {
                t.status = *e.status;
                if (t.status == TicketStatus::Resolved)
                    workedUntil = e.at;
            } else if (e.kind == u"formalized"_s) {
                t.formalStatement = statement;
            } else if (e.kind == u"confirmed"_s) {
                t.confirmedAt = e.at;
                t.confirmedChannel = e.channel;
            } else if (e.kind == u"assigned"_s) {
                t.assigneeId = assignee.id;
            } else if (e.kind == u"priority"_s) {
                t.priority = *e.priority;
            } else if (e.kind == u"feedback"_s) {
                t.feedback = e.body == u"liked"_s ? Feedback::Liked : Feedback::NotLiked;
                t.feedbackReason = t.feedback == Feedback::NotLiked ? e.body.section(u": "_s, 1) : QString();
                t.feedbackAt = e.at;
            }
        }
        if (t.agreedDeadline > 0 && !t.assigneeId.isValid())
            t.agreedDeadline = 0;
        // Time logged by the assignee on the days of the work.
        if (started > 0 && started <= m_now) {
            const qint64 until = std::min(m_now, workedUntil > 0 ? workedUntil : m_now);
            const int entries = 1 + int(m_rng.bounded(3));
            for (int i = 0; i < entries; ++i) {
                TimeEntry e;
                e.userId = assignee.id;
                e.day = QDateTime::fromSecsSinceEpoch(between(m_rng, started, std::max(started + 1, until)),
                                                      QTimeZone::utc())
                            .date();
                e.minutes = 15 * int(1 + m_rng.bounded(16));
                e.billable = chance(m_rng, 85);
                e.note = pick(m_rng, kWork);
                h.timeEntries.append(e);
            }
        }
        return h;
    }

    QRandomGenerator &m_rng;
    const Staff &m_staff;
    qint64 m_now;
    QList<TicketLogEntry> m_events;
};

} // namespace

Result<DemoTickets::Counts> DemoTickets::generate(quint32 seed, int total,
                                                  const std::function<void(int, int)> &progress,
                                                  const std::atomic_bool *cancel)
{
    auto clients = TicketBulkWriter::clientsWithoutTickets(m_db);
    if (!clients)
        return fail(clients.error());
    Counts counts;
    if (clients->isEmpty() || total == 0)
        return counts;
    Staff staff;
    for (const User &u : UserRepository(m_db).all()) {
        if (u.role == Role::AccountManager || u.role == Role::TeamLead)
            staff.managers.append(u);
        else if (u.role == Role::Specialist)
            staff.specialists.append(u);
    }
    if (staff.managers.isEmpty())
        return fail(QCoreApplication::translate("DemoTickets", "Demo tickets need at least one account manager."));
    const qint64 wanted = total < 0 ? qint64(clients->size()) * 20 : total;
    TicketBulkWriter writer(m_db);
    if (Status s = writer.begin(wanted); !s)
        return fail(s.error());
    const qint64 now = Clock::nowSecs();
    QRandomGenerator rng(seed ^ 0x7469636bU); // "tick"
    Builder builder(rng, staff, now);
    qint64 done = 0;
    for (qsizetype i = 0; i < clients->size(); ++i) {
        const ClientRef &client = clients->at(i);
        // An even share with the remainder going to the first clients.
        const qint64 share = wanted / clients->size() + (i < wanted % clients->size() ? 1 : 0);
        const bool suspended = client.status == ClientStatus::Suspended || client.status == ClientStatus::Blocked;
        const qint64 suspendedSince = suspended ? now - between(rng, 2 * kDay, 30 * kDay) : 0;
        for (qint64 n = 0; n < share; ++n) {
            if (cancel && cancel->load())
                return fail(QCoreApplication::translate("DemoGenerator", "Cancelled; nothing was added."));
            if (auto added = writer.add(builder.make(client, suspendedSince)); !added)
                return fail(added.error());
            if (progress && ++done % 1000 == 0)
                progress(int(done), int(wanted));
        }
    }
    if (Status s = writer.finish(); !s)
        return fail(s.error());
    counts.tickets = writer.counts().tickets;
    counts.events = writer.counts().events;
    counts.timeEntries = writer.counts().timeEntries;
    return counts;
}

} // namespace rapport
