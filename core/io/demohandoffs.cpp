#include "demohandoffs.h"

#include "domain/clock.h"
#include "storage/clientrepository.h"
#include "storage/handoffrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr qint64 kDay = 86400;
// Few deals are in handoff at a time; a bounded number keeps the demo fast
// at 10,000 clients.
constexpr int kMaxOpen = 40;
constexpr int kMaxCompleted = 80;

const QStringList kQuestions {u"Кто подписывает акты со стороны клиента?"_s,
                              u"Своя бухгалтерия у клиента или всё ведём мы?"_s,
                              u"Какие сроки оплаты обещали на переговорах?"_s,
                              u"Кому звонить по срочным вопросам в выходные?"_s, u"Обсуждали ли доступ к их 1С?"_s};
const QStringList kAnswers {u"Финансовый директор, оригиналы курьером"_s,
                            u"Своя бухгалтерия, на нас только зарплата и кадры"_s,
                            u"10 дней с даты счёта, как в договоре"_s, u"Директору на мобильный, номер в карточке"_s,
                            u"Да, доступ дадут после подписания NDA"_s};
const QStringList kSatisfactionNotes {
    u"Клиент доволен знакомством с командой"_s, u"Просили чаще присылать отчёты первое время"_s,
    u"Немного насторожены сменой контактного лица"_s, u"Благодарили за быструю организацию встречи"_s};
const QStringList kComments[3] {
    {u"Пункт формально закрыт, по сути не выполнен"_s, u"Клиент узнал об этом от нас, продажи не предупредили"_s},
    {u"Сделано, но с задержкой"_s, u"Часть информации пришлось уточнять повторно"_s},
    {u"Всё передано аккуратно"_s, u"Без замечаний"_s, u"Продажи сами вели процесс"_s}};

struct Staff
{
    QList<User> sales, managers, qcs, leads;
};

template<typename T> const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(qsizetype(list.size()))));
}

HandoffRepository as(const Database &db, const User &actor)
{
    Database d = db;
    d.setActor(actor);
    return HandoffRepository(d);
}

int pickScore(QRandomGenerator &rng)
{
    const int r = int(rng.bounded(100));
    return r < 70 ? 2 : r < 92 ? 1 : 0;
}

// Runs one handoff up to `stage` (0 just won … 5 satisfaction recorded).
Result<Handoff> runStages(const Database &db, const Staff &staff, QRandomGenerator &rng, ClientId clientId,
                          qint64 wonAt, int stage)
{
    const auto client = ClientRepository(db).byId(clientId);
    if (!client)
        return fail(QCoreApplication::translate("DemoGenerator", "No client with id %1.").arg(clientId.value));
    UserRepository users(db);
    const auto seller = client->salesOwnerId.isValid() ? users.byId(client->salesOwnerId) : std::nullopt;
    const auto cardManager = client->accountManagerId.isValid() ? users.byId(client->accountManagerId) : std::nullopt;
    const User sales = seller ? *seller : pick(rng, staff.sales.isEmpty() ? staff.leads : staff.sales);
    const User manager = cardManager ? *cardManager : pick(rng, staff.managers);
    auto created = as(db, sales).create(clientId, sales.id, manager.id, wonAt);
    if (!created)
        return created;
    const HandoffId id = created->id;
    if (stage >= 1) {
        const QString contact = client->contacts.isEmpty() ? u"директор"_s : client->contacts.first().name;
        const QString attendees =
            u"%1 (клиент), %2 (продажи), %3 (сопровождение)"_s.arg(contact, sales.name, manager.name);
        const qint64 at = std::min(wonAt + qint64(rng.bounded(1, 4)) * kDay + 10 * 3600, Clock::nowSecs() - 3600);
        const MeetingMode mode = rng.bounded(2) == 0 ? MeetingMode::Online : MeetingMode::Offline;
        if (Status s = as(db, manager).setMeeting(id, std::max(at, wonAt), mode, attendees); !s)
            return fail(s.error());
    }
    if (stage >= 2) {
        const int count = int(rng.bounded(1, 3));
        for (int i = 0; i < count; ++i) {
            const int which = int(rng.bounded(qsizetype(kQuestions.size())));
            auto question = as(db, manager).addQuestion(id, kQuestions.at(which));
            if (!question)
                return fail(question.error());
            if (stage >= 3) {
                if (Status s = as(db, sales).answerQuestion(id, *question, kAnswers.at(which)); !s)
                    return fail(s.error());
            }
        }
    }
    if (stage >= 3) {
        for (const HandoffCondition &c : created->conditions) {
            if (Status s = as(db, manager).acknowledgeCondition(id, c.conditionId); !s)
                return fail(s.error());
        }
    }
    if (stage >= 4) {
        if (Status s = as(db, manager).setSatisfaction(id, int(rng.bounded(3, 6)), pick(rng, kSatisfactionNotes)); !s)
            return fail(s.error());
    }
    if (stage >= 2 && rng.bounded(2) == 0) {
        // Quality control was at the intro meeting.
        const int score = pickScore(rng);
        if (Status s = as(db, pick(rng, staff.qcs)).score(id, HandoffItem::Meeting, score, pick(rng, kComments[score]));
            !s)
            return fail(s.error());
    }
    auto h = HandoffRepository(db).byId(id);
    if (!h)
        return fail(QCoreApplication::translate("DemoGenerator", "No handoff with id %1.").arg(id.value));
    return *h;
}

} // namespace

Result<DemoHandoffs::Counts> DemoHandoffs::generate(QRandomGenerator &rng, const std::atomic_bool *cancel)
{
    Staff staff;
    for (const User &u : UserRepository(m_db).all()) {
        switch (u.role) {
        case Role::Sales: staff.sales << u; break;
        case Role::AccountManager: staff.managers << u; break;
        case Role::QualityControl: staff.qcs << u; break;
        case Role::TeamLead: staff.leads << u; break;
        case Role::Specialist: break;
        }
    }
    Counts counts;
    if (staff.managers.isEmpty() || staff.qcs.isEmpty() || staff.leads.isEmpty())
        return counts;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    HandoffRepository repo(m_db);
    const qint64 now = Clock::nowSecs();
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    // Onboarding clients: open handoffs spread over the stages.
    const QList<ClientId> onboarding = repo.clientsWithoutHandoff(ClientStatus::Onboarding, kMaxOpen);
    for (int i = 0; i < onboarding.size(); ++i) {
        if (cancelled())
            return fail(QCoreApplication::translate("DemoGenerator", "Cancelled; nothing was added."));
        const qint64 wonAt = now - qint64(rng.bounded(0, 26)) * kDay - qint64(rng.bounded(0, 8)) * 3600;
        auto h = runStages(m_db, staff, rng, onboarding.at(i), wonAt, i % 6);
        if (!h)
            return fail(h.error());
        ++counts.handoffs;
    }

    // Active clients: completed handoffs, scored by quality control. The
    // first one is completed by a team lead's override without the
    // client's satisfaction.
    const QList<ClientId> active = repo.clientsWithoutHandoff(ClientStatus::Active, kMaxCompleted);
    for (int i = 0; i < active.size(); ++i) {
        if (cancelled())
            return fail(QCoreApplication::translate("DemoGenerator", "Cancelled; nothing was added."));
        const qint64 wonAt = now - qint64(rng.bounded(3, 22)) * kDay - qint64(rng.bounded(0, 8)) * 3600;
        auto h = runStages(m_db, staff, rng, active.at(i), wonAt, i == 0 ? 3 : 4);
        if (!h)
            return fail(h.error());
        const User qc = pick(rng, staff.qcs);
        for (HandoffItem item : allHandoffItems()) {
            const int score = item == HandoffItem::Satisfaction && i == 0 ? 0 : pickScore(rng);
            if (Status s = as(m_db, qc).score(h->id, item, score, pick(rng, kComments[score])); !s)
                return fail(s.error());
        }
        const bool byOverride = !missingHandoffItems(*h).isEmpty();
        const User lead = pick(rng, staff.leads);
        const QString reason = i == 0 ? u"Клиент уехал, удовлетворённость спросим на первом обзоре"_s
                                      : u"Карточку дозаполнит менеджер, клиент ждать не может"_s;
        if (byOverride) {
            if (Status s = as(m_db, lead).complete(h->id, reason); !s)
                return fail(s.error());
            ++counts.overridden;
        } else if (Status s = as(m_db, *UserRepository(m_db).byId(h->accountManagerId)).complete(h->id, {}); !s) {
            return fail(s.error());
        }
        ++counts.handoffs;
        ++counts.completed;
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return counts;
}

} // namespace rapport
