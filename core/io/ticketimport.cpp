#include "ticketimport.h"

#include "clientfields.h"
#include "domain/clock.h"
#include "domain/taxid.h"
#include "domain/ticketworkflow.h"
#include "importrun.h"
#include "storage/auditlog.h"
#include "storage/clientrepository.h"
#include "storage/ticketbulkwriter.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Imports at least this large refresh the planner's statistics.
constexpr int kStatisticsAfterRows = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("TicketImport", text);
}

QString taxKey(TaxCountry country, const QString &taxId)
{
    return taxCountryKey(country) + u':' + taxId;
}

// ISO 8601 (offset optional: local time without one), or the DD.MM.YYYY
// HH:MM[:SS] spreadsheets write; empty gives 0.
std::optional<qint64> parseInstant(const QString &text)
{
    if (text.isEmpty())
        return 0;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    for (const QString &format : {u"dd.MM.yyyy HH:mm:ss"_s, u"dd.MM.yyyy HH:mm"_s, u"yyyy-MM-dd HH:mm"_s}) {
        if (!dt.isValid())
            dt = QDateTime::fromString(text, format);
    }
    if (!dt.isValid())
        return std::nullopt;
    return dt.toSecsSinceEpoch();
}

std::optional<TicketStatus> parseStatus(const QString &text)
{
    static const QList<std::pair<QStringList, TicketStatus>> table{
        {{u"new"_s, u"новая"_s, u"новый"_s, u"открыта"_s, u"жаңа"_s}, TicketStatus::New},
        {{u"formalizing"_s, u"формализация"_s, u"на согласовании"_s}, TicketStatus::Formalizing},
        {{u"in_progress"_s, u"in-progress"_s, u"in progress"_s, u"в работе"_s, u"орындалуда"_s},
         TicketStatus::InProgress},
        {{u"waiting_on_client"_s, u"waiting"_s, u"waiting on client"_s, u"ожидает клиента"_s, u"ждём клиента"_s},
         TicketStatus::WaitingOnClient},
        {{u"resolved"_s, u"решена"_s, u"решено"_s, u"выполнена"_s, u"шешілді"_s}, TicketStatus::Resolved},
        {{u"closed"_s, u"закрыта"_s, u"закрыто"_s, u"жабылды"_s}, TicketStatus::Closed},
        {{u"cancelled"_s, u"canceled"_s, u"отменена"_s, u"отменено"_s, u"бас тартылды"_s}, TicketStatus::Cancelled}};
    const QString key = text.trimmed().toLower();
    for (const auto &[words, status] : table) {
        if (words.contains(key))
            return status;
    }
    return std::nullopt;
}

std::optional<Priority> parsePriority(const QString &text)
{
    static const QList<std::pair<QStringList, Priority>> table{
        {{u"low"_s, u"низкий"_s, u"төмен"_s}, Priority::Low},
        {{u"normal"_s, u"обычный"_s, u"средний"_s, u"normal"_s, u"қалыпты"_s}, Priority::Normal},
        {{u"high"_s, u"высокий"_s, u"жоғары"_s}, Priority::High},
        {{u"urgent"_s, u"срочный"_s, u"критичный"_s, u"шұғыл"_s}, Priority::Urgent}};
    const QString key = text.trimmed().toLower();
    for (const auto &[words, priority] : table) {
        if (words.contains(key))
            return priority;
    }
    return std::nullopt;
}

TicketLogEntry event(qint64 at, const QString &kind, std::optional<TicketStatus> status = std::nullopt)
{
    TicketLogEntry e;
    e.at = at;
    e.kind = kind;
    e.status = status;
    return e;
}

} // namespace

QList<ImportColumns::Field> TicketImport::fields()
{
    return {
        {u"created"_s,
         {u"created_at"_s, u"created at"_s, u"opened"_s, u"создана"_s, u"создано"_s, u"дата создания"_s,
          u"дата обращения"_s, u"ашылды"_s},
         true},
        {u"first_response"_s,
         {u"first_response_at"_s, u"first response"_s, u"responded"_s, u"первый ответ"_s, u"дата ответа"_s,
          u"алғашқы жауап"_s}},
        {u"resolved"_s, {u"resolved_at"_s, u"resolved at"_s, u"решена"_s, u"дата решения"_s, u"шешілді"_s}},
        {u"closed"_s, {u"closed_at"_s, u"closed at"_s, u"закрыта"_s, u"дата закрытия"_s, u"жабылды"_s}},
        {u"status"_s, {u"state"_s, u"статус"_s, u"состояние"_s, u"мәртебе"_s}},
        {u"priority"_s, {u"приоритет"_s, u"басымдық"_s}},
        {u"channel"_s, {u"source"_s, u"канал"_s, u"источник"_s, u"арна"_s}},
        {u"subject"_s, {u"title"_s, u"summary"_s, u"тема"_s, u"заголовок"_s, u"суть обращения"_s, u"тақырып"_s}, true},
        {u"description"_s, {u"details"_s, u"описание"_s, u"сипаттама"_s}},
        {u"category"_s, {u"категория"_s, u"санат"_s}},
        {u"client_tax_id"_s,
         {u"client tax id"_s, u"tax_id"_s, u"tax id"_s, u"бин клиента"_s, u"инн клиента"_s, u"бин"_s, u"иин"_s,
          u"инн"_s, u"бин/иин"_s, u"бсн"_s}},
        {u"client_tax_country"_s, {u"client tax country"_s, u"tax_country"_s, u"country"_s, u"страна"_s}},
        {u"client_name"_s,
         {u"client name"_s, u"client"_s, u"company"_s, u"клиент"_s, u"компания"_s, u"организация"_s}},
        {u"owner_email"_s, {u"owner"_s, u"owner email"_s, u"ответственный"_s, u"менеджер"_s}},
        {u"assignee_email"_s, {u"assignee"_s, u"assignee email"_s, u"исполнитель"_s, u"специалист"_s}},
    };
}

Result<ImportSummary> TicketImport::run(const QByteArray &data, const ImportOptions &options)
{
    ImportRun run(data, options, fields());
    if (run.isUsable() && !run.columns().has(u"client_tax_id"_s) && !run.columns().has(u"client_name"_s))
        run.rejectFile(u"client_tax_id"_s, tr("a tickets file needs a client_tax_id or a client_name column"));
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    if (!run.isUsable())
        return run.finish(tx);

    ClientRepository clients(m_db);
    QHash<QString, ClientKey> byTax;
    QMultiHash<QString, ClientKey> byName;
    for (const ClientKey &k : clients.keys()) {
        if (!k.taxId.isEmpty())
            byTax.insert(taxKey(k.taxCountry, k.taxId), k);
        byName.insert(k.legalName.toLower(), k);
    }
    QHash<QString, UserId> staff;
    for (const User &u : UserRepository(m_db).all(true))
        staff.insert(u.email.toLower(), u.id);
    QHash<qint64, Client> cards;
    QHash<QString, int> seen;
    const qint64 now = Clock::nowSecs();
    TicketBulkWriter writer(m_db);
    if (Status s = writer.begin(run.summary().rows); !s)
        return fail(s.error());
    const ImportColumns &columns = run.columns();

    int done = 0;
    for (const CsvReader::Row &row : run.rows()) {
        if (run.cancelled(done++))
            break;
        if (!run.beginRow(row))
            continue;
        const auto value = [&](const QString &key) { return columns.value(row.fields, key); };

        // The client, by tax id or by name.
        std::optional<ClientKey> client;
        if (const QString taxText = value(u"client_tax_id"_s); !taxText.isEmpty()) {
            std::optional<TaxCountry> country;
            if (const QString c = value(u"client_tax_country"_s); !c.isEmpty()) {
                country = clientfields::parseTaxCountry(c);
                if (!country)
                    run.error(u"client_tax_country"_s, tr("unknown country \"%1\" (KZ, RU or other)").arg(c));
            } else {
                country = clientfields::guessTaxCountry(taxText);
            }
            if (country) {
                if (const auto it = byTax.constFind(taxKey(*country, normalizeTaxId(*country, taxText)));
                    it != byTax.constEnd())
                    client = *it;
            }
            if (!client && run.rowOk())
                run.error(u"client_tax_id"_s, tr("no client with tax id %1").arg(taxText));
        } else if (const QString name = value(u"client_name"_s); !name.isEmpty()) {
            const QList<ClientKey> named = byName.values(name.toLower());
            if (named.size() > 1)
                run.error(u"client_name"_s, tr("%1 clients have this name: use client_tax_id").arg(named.size()));
            else if (named.isEmpty())
                run.error(u"client_name"_s, tr("no client named %1").arg(name));
            else
                client = named.first();
        } else {
            run.error(columns.has(u"client_tax_id"_s) ? u"client_tax_id"_s : u"client_name"_s,
                      tr("the row does not name its client"));
        }
        if (client && client->archived)
            run.error({}, tr("client %1 is archived").arg(client->legalName));

        // The instants, in order and not in the future.
        std::optional<qint64> instants[4];
        const QString keys[4] = {u"created"_s, u"first_response"_s, u"resolved"_s, u"closed"_s};
        for (int i = 0; i < 4; ++i) {
            const QString text = value(keys[i]);
            instants[i] = parseInstant(text);
            if (!instants[i])
                run.error(keys[i], tr("\"%1\" is not a date and time (2026-03-02T10:00:00+05:00 or 02.03.2026 10:00)")
                                       .arg(text));
            else if (*instants[i] > now)
                run.error(keys[i], tr("%1 is in the future").arg(text));
        }
        const qint64 created = instants[0].value_or(0);
        const qint64 responded = instants[1].value_or(0);
        qint64 resolved = instants[2].value_or(0);
        const qint64 closed = instants[3].value_or(0);
        if (instants[0] && created == 0)
            run.error(u"created"_s, tr("the creation instant is empty"));
        for (int i = 1; i < 4 && created > 0; ++i) {
            if (instants[i].value_or(0) > 0 && *instants[i] < created)
                run.error(keys[i], tr("before the ticket was created"));
        }
        if (closed > 0 && resolved > 0 && closed < resolved)
            run.error(u"closed"_s, tr("before the ticket was resolved"));

        // Status, priority, channel, subject.
        TicketStatus status = closed > 0 ? TicketStatus::Closed : resolved > 0 ? TicketStatus::Resolved : TicketStatus::New;
        if (const QString text = value(u"status"_s); !text.isEmpty()) {
            if (const auto parsed = parseStatus(text))
                status = *parsed;
            else
                run.error(u"status"_s, tr("unknown status \"%1\" (new, formalizing, in_progress, waiting_on_client, "
                                          "resolved, closed or cancelled)")
                                           .arg(text));
        }
        if ((status == TicketStatus::Resolved || status == TicketStatus::Closed) && resolved == 0 && closed == 0)
            run.error(columns.has(u"resolved"_s) ? u"resolved"_s : u"status"_s,
                      tr("a %1 ticket needs the instant it was resolved").arg(TicketWorkflow::statusWord(status)));
        if (status == TicketStatus::Closed && closed == 0)
            run.error(columns.has(u"closed"_s) ? u"closed"_s : u"status"_s, tr("a closed ticket needs the instant it was closed"));
        if (!isFinished(status) && (resolved > 0 || closed > 0))
            run.error(u"status"_s, tr("the ticket is %1 but has a resolved or closed instant")
                                       .arg(TicketWorkflow::statusWord(status)));
        Ticket ticket;
        ticket.status = status;
        if (const QString text = value(u"priority"_s); !text.isEmpty()) {
            if (const auto p = parsePriority(text))
                ticket.priority = *p;
            else
                run.error(u"priority"_s, tr("unknown priority \"%1\" (low, normal, high or urgent)").arg(text));
        }
        if (const QString text = value(u"channel"_s); !text.isEmpty()) {
            if (const auto c = clientfields::parseChannel(text))
                ticket.channel = *c;
            else
                run.error(u"channel"_s,
                          tr("unknown channel \"%1\" (email, phone, messenger, portal, visit or other)").arg(text));
        }
        ticket.subject = value(u"subject"_s).simplified();
        if (ticket.subject.isEmpty())
            run.error(u"subject"_s, tr("the subject is empty"));
        else if (ticket.subject.size() > 300)
            run.error(u"subject"_s, tr("the subject is longer than 300 characters"));
        ticket.description = value(u"description"_s);
        ticket.category = value(u"category"_s).simplified();
        for (const QString &key : {u"owner_email"_s, u"assignee_email"_s}) {
            const QString email = value(key).toLower();
            if (email.isEmpty())
                continue;
            if (!staff.contains(email))
                run.error(key, tr("no staff member with email %1").arg(email));
            else
                (key == u"owner_email"_s ? ticket.ownerId : ticket.assigneeId) = staff.value(email);
        }
        if (!run.rowOk())
            continue;

        auto card = cards.find(client->id.value);
        if (card == cards.end())
            card = cards.insert(client->id.value, clients.byId(client->id).value_or(Client{}));
        ticket.clientId = client->id;
        if (!ticket.ownerId.isValid())
            ticket.ownerId = card->accountManagerId;
        // Never nobody once in progress: an open ticket in the work needs both.
        if ((status == TicketStatus::InProgress || status == TicketStatus::WaitingOnClient)
            && (!ticket.ownerId.isValid() || !ticket.assigneeId.isValid())) {
            run.error(ticket.assigneeId.isValid() ? u"owner_email"_s : u"assignee_email"_s,
                      tr("a ticket in progress needs an owner and an assignee"));
            continue;
        }
        const QString key = QString::number(client->id.value) + u':' + QString::number(created) + u':' + ticket.subject;
        if (const int first = seen.value(key); first > 0) {
            run.error(u"subject"_s, tr("the same ticket as line %1").arg(first));
            continue;
        }
        seen.insert(key, row.line);
        if (!run.writing())
            continue;
        auto exists = writer.hasTicket(client->id, created, ticket.subject);
        if (!exists)
            return fail(exists.error());
        if (*exists) {
            ++run.summary().unchanged;
            continue;
        }

        // The event log the instants tell: created, answered, worked on, resolved, closed.
        TicketHistory h;
        TicketLogEntry first = event(created, u"created"_s);
        first.priority = ticket.priority;
        first.channel = contactChannelKey(ticket.channel);
        first.body = ticket.subject;
        h.events << first;
        if (responded > 0) {
            TicketLogEntry reply = event(responded, u"reply"_s);
            reply.body = tr("First response (imported)");
            h.events << reply;
        }
        if (ticket.assigneeId.isValid())
            h.events << event(created, u"assigned"_s);
        const qint64 latest = std::max(created, responded);
        if (status == TicketStatus::Cancelled) {
            h.events << event(closed > 0 ? closed : resolved > 0 ? resolved : latest, u"status"_s, status);
        } else if (status != TicketStatus::New) {
            h.events << event(created, u"status"_s, TicketStatus::Formalizing);
            if (status != TicketStatus::Formalizing)
                h.events << event(created, u"status"_s, TicketStatus::InProgress);
            if (status == TicketStatus::WaitingOnClient)
                h.events << event(latest, u"status"_s, status);
            if (isFinished(status)) {
                if (resolved == 0)
                    resolved = closed;
                h.events << event(resolved, u"status"_s, TicketStatus::Resolved);
            }
            if (status == TicketStatus::Closed)
                h.events << event(closed, u"status"_s, TicketStatus::Closed);
        }
        if (!isFinished(status) && (card->status == ClientStatus::Suspended || card->status == ClientStatus::Blocked))
            h.events << event(latest, u"client_suspended"_s);
        std::stable_sort(h.events.begin(), h.events.end(),
                         [](const TicketLogEntry &a, const TicketLogEntry &b) { return a.at < b.at; });
        h.ticket = ticket;
        auto id = writer.add(h);
        if (!id)
            return fail(id.error());
        if (Status s = AuditLog(m_db).record(u"ticket"_s, id->value, AuditLog::Action::Create, {},
                                             {{u"client_id"_s, client->id.value},
                                              {u"subject"_s, ticket.subject},
                                              {u"status"_s, statusKey(status)},
                                              {u"created_at"_s, created},
                                              {u"imported_from_line"_s, row.line}});
            !s)
            return fail(s.error());
        ++run.summary().created;
    }
    if (Status s = writer.finish(); !s)
        return fail(s.error());
    auto summary = run.finish(tx);
    // A large load changes the tables' shape: the planner's statistics follow
    // (the import itself is committed by now; failing this loses nothing).
    if (summary && !summary->rejected && !options.dryRun && summary->created >= kStatisticsAfterRows)
        static_cast<void>(m_db.refreshStatistics());
    return summary;
}

} // namespace rapport
