// clients list/show/add/edit/note/call/archive: client cards and their timeline.
#include "billingjson.h"
#include "cli.h"
#include "defaultregulation.h"

#include "domain/completeness.h"
#include "domain/taxid.h"
#include "io/clientfields.h"
#include "io/clientjson.h"
#include "storage/clientrepository.h"
#include "storage/billingsettings.h"
#include "storage/slapolicyrepository.h"
#include "storage/timeline.h"
#include "storage/transaction.h"
#include "storage/unusedhoursreport.h"
#include "storage/userrepository.h"

#include "domain/clock.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {
namespace {

QHash<UserId, User> staffById(const Database &db)
{
    QHash<UserId, User> staff;
    for (const User &u : UserRepository(db).all(true))
        staff.insert(u.id, u);
    return staff;
}

// The client id given as the word after the action; reports usage otherwise.
std::optional<ClientId> clientArg(Context &ctx, int *code)
{
    bool ok = false;
    const qint64 id = ctx.positional.value(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        *code = ctx.usage(u"clients %1 needs a client id, e.g. `clients %1 12`"_s.arg(ctx.positional.value(0)));
        return std::nullopt;
    }
    return ClientId(id);
}

// --billing-mode advance|arrears: nullopt when not given, or (with *code
// set to a usage error) when it is neither.
std::optional<Tariff::BillingMode> billingModeOption(Context &ctx, int *code)
{
    const QString text = ctx.parser.value(u"billing-mode"_s).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto mode = billingModeFromKey(text.toLower());
    if (!mode)
        *code = ctx.usage(u"--billing-mode must be advance or arrears, not \"%1\""_s.arg(text));
    return mode;
}

int limitOption(Context &ctx, int fallback, int *code)
{
    if (!ctx.parser.isSet(u"limit"_s))
        return fallback;
    bool ok = false;
    const int n = ctx.parser.value(u"limit"_s).toInt(&ok);
    if (!ok || n < 0) {
        *code = ctx.usage(u"--limit must be a number of at least 0"_s);
        return -1;
    }
    return n;
}

int runList(Context &ctx)
{
    int code = Success;
    ClientQuery query;
    query.search = ctx.parser.value(u"search"_s);
    query.includeArchived = ctx.parser.isSet(u"archived"_s);
    if (ctx.parser.isSet(u"status"_s)) {
        query.status = clientStatusFromKey(ctx.parser.value(u"status"_s));
        if (!query.status)
            return ctx.usage(u"unknown status \"%1\" (onboarding, active, suspended, blocked or churned)"_s.arg(
                ctx.parser.value(u"status"_s)));
    }
    const int limit = limitOption(ctx, 200, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (ctx.parser.isSet(u"manager"_s)) {
        const auto manager = UserRepository(*db).byEmail(ctx.parser.value(u"manager"_s).toLower());
        if (!manager)
            return ctx.failure(u"no staff member with email %1"_s.arg(ctx.parser.value(u"manager"_s)));
        query.accountManager = manager->id;
    }
    ClientRepository repo(*db);
    // --limit 0: every row, still read page by page.
    QList<ClientListRow> rows;
    query.limit = limit == 0 ? 1000 : limit;
    for (;;) {
        const QList<ClientListRow> page = repo.list(query);
        rows += page;
        if (limit != 0 || page.size() < query.limit)
            break;
        query.afterName = page.last().legalName;
        query.afterId = page.last().id.value;
    }
    query.afterId = 0;
    const int total = repo.count(query);
    if (ctx.json()) {
        QJsonArray array;
        for (const ClientListRow &r : std::as_const(rows)) {
            array.append(QJsonObject{{u"id"_s, r.id.value},
                                     {u"legal_name"_s, r.legalName},
                                     {u"short_name"_s, r.shortName},
                                     {u"tax_id"_s, r.taxId},
                                     {u"status"_s, clientStatusKey(r.status)},
                                     {u"account_manager"_s, r.accountManagerName.isEmpty()
                                                               ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(r.accountManagerName)},
                                     {u"completeness"_s, r.completenessPercent},
                                     {u"archived"_s, r.archived}});
        }
        ctx.printJson({{u"clients"_s, array}, {u"count"_s, array.size()}, {u"total"_s, total}});
        return Success;
    }
    if (rows.isEmpty()) {
        ctx.print(u"no clients found"_s);
        return Success;
    }
    QString text;
    for (const ClientListRow &r : std::as_const(rows)) {
        text += u"%1  %2  %3  %4  %5  %6 %\n"_s.arg(QString::number(r.id.value).rightJustified(6),
                                               r.legalName.left(44).leftJustified(44), r.taxId.leftJustified(12),
                                               QString(clientStatusKey(r.status) + (r.archived ? u"*"_s : QString()))
                                                   .leftJustified(11),
                                               r.accountManagerName.left(24).leftJustified(24))
                    .arg(r.completenessPercent, 3);
    }
    text += u"%1 of %2 clients\n"_s.arg(rows.size()).arg(total);
    ctx.print(text);
    return Success;
}

QString describeTariff(const Tariff &t)
{
    return u"%1 %2/month, %3 h included, overage %4 %2/h, VAT %5 %, payment in %6 days, rollover %7 months, "
           "billed in %8"_s
        .arg(t.monthlyFee.toPlainString(), t.monthlyFee.currency(), clientfields::formatHours(t.includedMinutes),
             t.overageRate.toPlainString(), clientfields::formatPercent(t.vatRateBp))
        .arg(t.paymentTermsDays)
        .arg(t.rolloverMonths)
        .arg(billingModeKey(t.billingMode));
}

QString showText(const Client &c, const QHash<UserId, User> &staff, const Completeness &completeness,
                 const QList<TimelineItem> &timeline)
{
    const auto person = [&staff](UserId id) {
        const auto it = staff.constFind(id);
        return it == staff.constEnd() ? u"-"_s : u"%1 <%2>"_s.arg(it->name, it->email);
    };
    const auto date = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : u"-"_s; };
    QString t;
    t += c.legalName + (c.shortName.isEmpty() ? QString() : u" ("_s + c.shortName + u')') + u'\n';
    t += u"  id %1, %2%3, language %4\n"_s.arg(c.id.value).arg(clientStatusKey(c.status),
                                                               c.archived ? u" (archived)"_s : QString(), c.language);
    t += u"  Tax id:        %1 %2\n"_s.arg(taxCountryKey(c.taxCountry), c.taxId.isEmpty() ? u"-"_s : c.taxId);
    t += u"  Address:       %1\n"_s.arg(c.address.isEmpty() ? u"-"_s : c.address);
    t += u"  Manager:       %1\n"_s.arg(person(c.accountManagerId));
    t += u"  Sales owner:   %1\n"_s.arg(person(c.salesOwnerId));
    t += u"  Contract:      %1, signed %2, from %3 to %4\n"_s.arg(c.contractNumber.isEmpty() ? u"-"_s : c.contractNumber,
                                                                   date(c.contractSignedOn), date(c.contractStart),
                                                                   date(c.contractEnd));
    t += u"  Tariff:        %1\n"_s.arg(c.tariff ? describeTariff(*c.tariff) : u"-"_s);
    QStringList missing;
    for (const CompletenessItem &item : completeness.missing)
        missing << item.text;
    t += u"  Completeness:  %1 %%2\n"_s.arg(completeness.percent())
             .arg(missing.isEmpty() ? QString() : u" (missing: "_s + missing.join(u", "_s) + u')');
    if (!c.notes.isEmpty())
        t += u"  Notes:         %1\n"_s.arg(c.notes);
    t += u"Contacts:\n"_s;
    for (const Contact &x : c.contacts) {
        t += u"  %1 %2, %3, %4, %5, prefers %6, language %7\n"_s.arg(
            QString::number(x.id.value).rightJustified(4), x.name, x.role.isEmpty() ? u"-"_s : x.role,
            x.email.isEmpty() ? u"-"_s : x.email, x.phone.isEmpty() ? u"-"_s : x.phone,
            contactChannelKey(x.preferredChannel), x.language);
    }
    t += u"Special conditions:\n"_s;
    for (const SpecialCondition &x : c.conditions)
        t += u"  - %1 (agreed by %2 on %3)\n"_s.arg(x.text, x.agreedBy.isEmpty() ? u"-"_s : x.agreedBy, date(x.agreedOn));
    t += u"Documents:\n"_s;
    for (const ClientDocument &x : c.documents)
        t += u"  - %1: %2\n"_s.arg(x.title, x.location);
    t += u"Timeline:\n"_s;
    for (const TimelineItem &x : timeline) {
        t += u"  %1  %2  %3%4\n"_s.arg(ClientJson::instant(x.at), x.kind.leftJustified(13), x.title,
                                      x.userName.isEmpty() ? QString() : u" ("_s + x.userName + u')');
    }
    return t;
}

int runShow(Context &ctx)
{
    int code = Success;
    const auto id = clientArg(ctx, &code);
    const int limit = id ? limitOption(ctx, 50, &code) : 0;
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    const auto client = ClientRepository(*db).byId(*id);
    if (!client)
        return ctx.failure(u"no client with id %1"_s.arg(id->value));
    auto timeline = Timeline(*db).forClient(*id, limit);
    if (!timeline)
        return ctx.failure(timeline.error());
    const QHash<UserId, User> staff = staffById(*db);
    const Completeness completeness = assessCompleteness(*client);
    if (ctx.json()) {
        QJsonObject card = ClientJson(staff).card(*client);
        card.insert(u"completeness"_s, ClientJson::completeness(completeness));
        QJsonArray items;
        for (const TimelineItem &item : std::as_const(*timeline))
            items.append(ClientJson::timelineItem(item));
        card.insert(u"timeline"_s, items);
        ctx.printJson(card);
    } else {
        ctx.print(showText(*client, staff, completeness, *timeline));
    }
    return Success;
}

// Fills `client` from the add options; a value that cannot be read is a usage error.
int readAddOptions(Context &ctx, const Database &db, Client &client)
{
    const auto value = [&ctx](const char *name) { return ctx.parser.value(QString::fromLatin1(name)).trimmed(); };
    client.legalName = value("legal-name");
    client.shortName = value("short-name");
    client.address = value("address");
    client.contractNumber = value("contract-number");
    client.notes = value("notes");
    client.taxId = value("tax-id");
    if (!value("tax-country").isEmpty()) {
        const auto country = clientfields::parseTaxCountry(value("tax-country"));
        if (!country)
            return ctx.usage(u"--tax-country must be KZ, RU or other, not \"%1\""_s.arg(value("tax-country")));
        client.taxCountry = *country;
    } else if (!client.taxId.isEmpty()) {
        client.taxCountry = clientfields::guessTaxCountry(client.taxId).value_or(TaxCountry::KZ);
    }
    if (!value("status").isEmpty()) {
        const auto status = clientfields::parseStatus(value("status"));
        if (!status)
            return ctx.usage(u"unknown status \"%1\" (onboarding, active, suspended, blocked or churned)"_s.arg(
                value("status")));
        client.status = *status;
    }
    if (!value("language").isEmpty()) {
        const auto language = clientfields::parseLanguage(value("language"));
        if (!language)
            return ctx.usage(u"--language must be ru, kk or en"_s);
        client.language = *language;
    }
    const std::pair<const char *, QDate *> dates[]{{"contract-signed", &client.contractSignedOn},
                                                   {"contract-start", &client.contractStart},
                                                   {"contract-end", &client.contractEnd}};
    for (const auto &[name, target] : dates) {
        auto d = clientfields::parseDate(value(name));
        if (!d)
            return ctx.usage(u"--%1: %2"_s.arg(QString::fromLatin1(name), d.error()));
        *target = *d;
    }
    UserRepository users(db);
    const std::pair<const char *, UserId *> people[]{{"manager", &client.accountManagerId},
                                                     {"sales", &client.salesOwnerId}};
    for (const auto &[name, target] : people) {
        if (value(name).isEmpty())
            continue;
        const auto user = users.byEmail(value(name).toLower());
        if (!user)
            return ctx.failure(u"--%1: no staff member with email %2"_s.arg(QString::fromLatin1(name), value(name)));
        *target = user->id;
    }
    if (!value("sla-policy").isEmpty()) {
        const SlaPolicyRepository policies(db);
        const auto policy = policies.byName(value("sla-policy"));
        if (!policy) {
            QStringList names;
            for (const SlaPolicy &p : policies.list())
                names << p.name;
            return ctx.usage(u"unknown SLA policy \"%1\" (one of: %2)"_s.arg(value("sla-policy"), names.join(u", "_s)));
        }
        client.slaPolicyId = policy->id;
    }
    if (!value("fee").isEmpty()) {
        const QString currency = value("currency").isEmpty()
            ? (client.taxCountry == TaxCountry::RU ? u"RUB"_s : u"KZT"_s)
            : value("currency").toUpper();
        Tariff t;
        auto fee = Money::parse(value("fee"), currency);
        if (!fee)
            return ctx.usage(u"--fee: "_s + fee.error());
        t.monthlyFee = *fee;
        auto overage = Money::parse(value("overage-rate").isEmpty() ? u"0"_s : value("overage-rate"), currency);
        if (!overage)
            return ctx.usage(u"--overage-rate: "_s + overage.error());
        t.overageRate = *overage;
        auto hours = clientfields::parseHours(value("included-hours"));
        if (!hours)
            return ctx.usage(u"--included-hours: "_s + hours.error());
        t.includedMinutes = *hours;
        if (!value("vat-rate").isEmpty()) {
            auto vat = clientfields::parsePercent(value("vat-rate"));
            if (!vat)
                return ctx.usage(u"--vat-rate: "_s + vat.error());
            t.vatRateBp = *vat;
        }
        if (!value("payment-terms").isEmpty()) {
            auto days = clientfields::parseCount(value("payment-terms"), 365);
            if (!days)
                return ctx.usage(u"--payment-terms: "_s + days.error());
            t.paymentTermsDays = *days;
        }
        if (!value("rollover-months").isEmpty()) {
            auto months = clientfields::parseCount(value("rollover-months"), 12);
            if (!months)
                return ctx.usage(u"--rollover-months: "_s + months.error());
            t.rolloverMonths = *months;
        }
        int code = Success;
        if (const auto mode = billingModeOption(ctx, &code))
            t.billingMode = *mode;
        if (code != Success)
            return code;
        client.tariff = t;
    } else {
        for (const char *name : {"currency", "overage-rate", "included-hours", "vat-rate", "payment-terms",
                                 "rollover-months", "billing-mode"}) {
            if (!value(name).isEmpty())
                return ctx.usage(u"--%1 needs --fee (the tariff's monthly fee)"_s.arg(QString::fromLatin1(name)));
        }
    }
    if (!value("contact-name").isEmpty()) {
        Contact contact;
        contact.name = value("contact-name");
        contact.role = value("contact-role");
        contact.email = value("contact-email");
        contact.phone = value("contact-phone");
        contact.language = client.language;
        client.contacts.append(contact);
    } else if (!value("contact-email").isEmpty() || !value("contact-phone").isEmpty()) {
        return ctx.usage(u"--contact-email and --contact-phone need --contact-name"_s);
    }
    return Success;
}

int runAdd(Context &ctx)
{
    int code = Success;
    ctx.required(u"legal-name"_s, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    Client client;
    if (int rc = readAddOptions(ctx, *db, client); rc != Success)
        return rc;
    // The card and the provider's default regulation are stored together or not at all.
    Transaction tx(db->connection());
    if (!tx.isActive())
        return ctx.failure(tx.error());
    auto added = ClientRepository(*db).add(client);
    if (!added)
        return ctx.failure(added.error());
    auto regulation = ObligationRepository(*db).applyDefaultRegulation(added->id);
    if (!regulation)
        return ctx.failure(regulation.error());
    if (Status s = tx.commit(); !s)
        return ctx.failure(s.error());
    if (ctx.json()) {
        QJsonObject card = ClientJson(staffById(*db)).card(*added);
        card.insert(u"completeness"_s, ClientJson::completeness(assessCompleteness(*added)));
        const QJsonObject applied = defaultRegulationJson(*regulation);
        for (auto it = applied.constBegin(); it != applied.constEnd(); ++it)
            card.insert(it.key(), it.value());
        ctx.printJson(card);
    } else {
        ctx.print(u"added client %1 (id %2)\n"_s.arg(added->legalName).arg(added->id.value)
            + defaultRegulationText(*regulation));
    }
    return Success;
}

// clients edit ID --billing-mode advance|arrears: when the client's tariff is
// invoiced. The other fields of a card are changed on the card; the options
// of `add` are refused here rather than ignored.
int runEdit(Context &ctx)
{
    int code = Success;
    const auto id = clientArg(ctx, &code);
    if (code != Success)
        return code;
    for (const char *name : {"legal-name", "short-name", "tax-id", "tax-country", "address", "status", "manager",
                             "sales", "sla-policy", "language", "contract-number", "contract-signed",
                             "contract-start", "contract-end", "fee", "currency", "included-hours", "overage-rate",
                             "vat-rate", "payment-terms", "rollover-months", "notes", "contact-name", "contact-role",
                             "contact-email", "contact-phone"}) {
        if (ctx.parser.isSet(QString::fromLatin1(name)))
            return ctx.usage(u"clients edit changes --billing-mode only, not --%1"_s.arg(QString::fromLatin1(name)));
    }
    const auto mode = billingModeOption(ctx, &code);
    if (code != Success)
        return code;
    if (!mode)
        return ctx.usage(u"clients edit needs what to change: --billing-mode advance|arrears"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    ClientRepository repo(*db);
    auto client = repo.byId(*id);
    if (!client)
        return ctx.failure(u"no client with id %1"_s.arg(id->value));
    if (!client->tariff)
        return ctx.failure(u"client %1 has no tariff to bill: give it a monthly fee first"_s.arg(id->value));
    client->tariff->billingMode = *mode;
    if (Status s = repo.update(*client); !s)
        return ctx.failure(s.error());
    const auto saved = repo.byId(*id);
    if (!saved)
        return ctx.failure(u"no client with id %1"_s.arg(id->value));
    if (ctx.json()) {
        QJsonObject card = ClientJson(staffById(*db)).card(*saved);
        card.insert(u"completeness"_s, ClientJson::completeness(assessCompleteness(*saved)));
        ctx.printJson(card);
    } else {
        ctx.print(u"client %1 (%2) is billed in %3"_s.arg(QString::number(saved->id.value), saved->legalName,
                                                          billingModeKey(saved->tariff->billingMode)));
    }
    return Success;
}

int printEvent(Context &ctx, ClientId client, qint64 id, const TimelineEntry &e, qint64 at)
{
    if (ctx.json()) {
        ctx.printJson({{u"id"_s, id},
                       {u"client_id"_s, client.value},
                       {u"at"_s, ClientJson::instant(at)},
                       {u"kind"_s, e.kind},
                       {u"title"_s, e.title},
                       {u"body"_s, e.body},
                       {u"channel"_s, e.channel.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.channel)}});
    } else {
        ctx.print(u"%1 added to client %2's timeline (event %3)"_s.arg(e.kind).arg(client.value).arg(id));
    }
    return Success;
}

int runNote(Context &ctx)
{
    int code = Success;
    const auto id = clientArg(ctx, &code);
    const QString text = id ? ctx.required(u"text"_s, &code) : QString();
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    TimelineEntry e;
    e.kind = u"note"_s;
    e.title = Timeline::titleFrom(text);
    e.body = text.trimmed();
    e.at = Clock::nowSecs();
    auto added = Timeline(*db).append(*id, e);
    if (!added)
        return ctx.failure(added.error());
    return printEvent(ctx, *id, *added, e, e.at);
}

int runCall(Context &ctx)
{
    int code = Success;
    const auto id = clientArg(ctx, &code);
    const QString summary = id ? ctx.required(u"summary"_s, &code) : QString();
    if (code != Success)
        return code;
    qint64 at = Clock::nowSecs();
    if (ctx.parser.isSet(u"at"_s)) {
        const QDateTime when = QDateTime::fromString(ctx.parser.value(u"at"_s), Qt::ISODate);
        if (!when.isValid())
            return ctx.usage(u"--at must be an ISO 8601 date and time, e.g. 2026-11-20T14:30:00+05:00"_s);
        at = when.toSecsSinceEpoch();
    }
    const QString channel = ctx.parser.value(u"channel"_s).isEmpty() ? u"phone"_s : ctx.parser.value(u"channel"_s);
    if (!contactChannelFromKey(channel))
        return ctx.usage(u"--channel must be email, phone, messenger, portal, visit or other"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    TimelineEntry e;
    e.kind = u"call"_s;
    e.channel = channel;
    e.title = Timeline::titleFrom(summary);
    e.body = summary.trimmed();
    e.at = at;
    auto added = Timeline(*db).append(*id, e);
    if (!added)
        return ctx.failure(added.error());
    return printEvent(ctx, *id, *added, e, at);
}

int runArchive(Context &ctx)
{
    int code = Success;
    const auto id = clientArg(ctx, &code);
    if (code != Success)
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    if (Status s = ClientRepository(*db).archive(*id); !s)
        return ctx.failure(s.error());
    if (ctx.json())
        ctx.printJson({{u"id"_s, id->value}, {u"archived"_s, true}});
    else
        ctx.print(u"archived client %1"_s.arg(id->value));
    return Success;
}

// clients hours [--month YYYY-MM] [--over PERCENT]: each client's hour
// ledger for the month (default: this month), fullest first.
int runHours(Context &ctx)
{
    int code = Success;
    QDate month;
    if (ctx.parser.isSet(u"month"_s)) {
        const auto m = monthOption(ctx, u"month"_s, &code);
        if (!m)
            return code;
        month = *m;
    } else {
        const QDate today = QDateTime::fromSecsSinceEpoch(Clock::nowSecs()).date();
        month = QDate(today.year(), today.month(), 1);
    }
    std::optional<double> over;
    if (ctx.parser.isSet(u"over"_s)) {
        bool ok = false;
        const double percent = ctx.parser.value(u"over"_s).toDouble(&ok);
        if (!ok || percent < 0 || percent > 10000)
            return ctx.usage(u"--over must be a percentage between 0 and 10000, e.g. --over 80"_s);
        over = percent;
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.failure(db.error());
    auto rows = UnusedHoursReport(*db).forMonth(month);
    if (!rows)
        return ctx.failure(rows.error());
    const HourBalanceConfig config = BillingSettings(*db).hourBalanceConfig();
    QList<UnusedHoursRow> shown;
    for (const UnusedHoursRow &r : std::as_const(*rows)) {
        const auto share = r.balance().usedShareBp();
        // --over: clients with hours available that used at least that share.
        if (over && (!share || *share < qRound(*over * 100)))
            continue;
        shown.append(r);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const UnusedHoursRow &a, const UnusedHoursRow &b) {
        return a.balance().usedShareBp().value_or(-1) > b.balance().usedShareBp().value_or(-1);
    });
    if (ctx.json()) {
        QJsonArray array;
        for (const UnusedHoursRow &r : std::as_const(shown))
            array.append(hourBalanceJson(r, config));
        ctx.printJson({ { u"month"_s, InvoiceRepository::monthKey(month) },
            { u"warning_percent"_s, config.warningPercent }, { u"exhausted_percent"_s, config.exhaustedPercent },
            { u"over_percent"_s, over ? QJsonValue(*over) : QJsonValue() }, { u"count"_s, shown.size() },
            { u"clients"_s, array } });
        return Success;
    }
    const auto hours = [](int minutes) {
        return u"%1%2:%3"_s.arg(minutes < 0 ? u"-"_s : QString())
            .arg(std::abs(minutes) / 60)
            .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
    };
    QString text;
    for (const UnusedHoursRow &r : std::as_const(shown)) {
        const HourBalance b = r.balance();
        const auto share = b.usedShareBp();
        text += u"%1  %2  used %3 of %4 (%5 + %6 rolled over)  remaining %7  %8  %9\n"_s
                    .arg(QString::number(r.clientId.value).rightJustified(5), r.clientName.left(30).leftJustified(30),
                        hours(b.usedMinutes).rightJustified(7), hours(b.availableMinutes()), hours(b.includedMinutes),
                        hours(b.rolledOverMinutes), hours(b.remainingMinutes()))
                    .arg(share ? QString::number(*share / 100.0, 'f', 1) + u" %"_s : u"—"_s, hourLevelKey(b.level(config)));
    }
    ctx.print(text.isEmpty() ? u"no clients"_s : text.chopped(1));
    return Success;
}

int runClients(Context &ctx)
{
    const QString action = ctx.positional.value(0);
    const QList<std::pair<QString, int (*)(Context &)>> actions{{u"list"_s, runList}, {u"show"_s, runShow},
                                                                {u"add"_s, runAdd},   {u"edit"_s, runEdit},
                                                                {u"note"_s, runNote},
                                                                {u"call"_s, runCall}, {u"archive"_s, runArchive},
                                                                {u"hours"_s, runHours}};
    for (const auto &[name, run] : actions) {
        if (name == action)
            return run(ctx);
    }
    const QString known = u"list, show, add, edit, note, call, archive or hours"_s;
    return ctx.usage(action.isEmpty() ? u"clients needs an action: "_s + known
                                      : u"unknown clients action \"%1\" (%2)"_s.arg(action, known));
}

Registrar clients{
    {u"clients"_s,
     u"Client cards: clients list|show ID|add|edit ID|note ID|call ID|archive ID|hours."_s,
     [](QCommandLineParser &p) {
         p.addPositionalArgument(u"action"_s, u"list, show, add, edit, note, call, archive or hours"_s,
                                 u"list|show|add|edit|note|call|archive|hours"_s);
         p.addPositionalArgument(u"id"_s, u"The client's id (show, edit, note, call, archive)."_s, u"[ID]"_s);
         p.addOption({u"status"_s, u"list: only this status (onboarding, active, suspended, blocked, churned); "
                                   "add: the status (default onboarding)."_s,
                      u"status"_s});
         p.addOption({u"manager"_s, u"list: only this account manager's clients; add: the account manager."_s,
                      u"email"_s});
         p.addOption({u"search"_s, u"list: text in names, tax id, contact names or emails."_s, u"text"_s});
         p.addOption({u"limit"_s, u"list: at most N rows (default 200, 0 for all); show: timeline events (default 50)."_s,
                      u"n"_s});
         p.addOption({u"archived"_s, u"list: include archived clients."_s});
         p.addOption({u"legal-name"_s, u"add: legal name (required)."_s, u"name"_s});
         p.addOption({u"short-name"_s, u"add: short name."_s, u"name"_s});
         p.addOption({u"tax-id"_s, u"add: BIN/IIN (KZ), INN (RU) or another tax id."_s, u"id"_s});
         p.addOption({u"tax-country"_s, u"add: KZ, RU or other (guessed from a valid tax id)."_s, u"country"_s});
         p.addOption({u"address"_s, u"add: address."_s, u"text"_s});
         p.addOption({u"sales"_s, u"add: sales owner."_s, u"email"_s});
         p.addOption({u"sla-policy"_s, u"add: the SLA policy by name (default: the default policy)."_s, u"name"_s});
         p.addOption({u"language"_s, u"add: ru, kk or en (default ru)."_s, u"lang"_s});
         p.addOption({u"contract-number"_s, u"add: contract number."_s, u"number"_s});
         p.addOption({u"contract-signed"_s, u"add: contract signing date (YYYY-MM-DD)."_s, u"date"_s});
         p.addOption({u"contract-start"_s, u"add: contract start (YYYY-MM-DD)."_s, u"date"_s});
         p.addOption({u"contract-end"_s, u"add: contract end (YYYY-MM-DD)."_s, u"date"_s});
         p.addOption({u"fee"_s, u"add: monthly fee; gives the card a tariff."_s, u"amount"_s});
         p.addOption({u"currency"_s, u"add: tariff currency (default KZT, RUB for RU)."_s, u"code"_s});
         p.addOption({u"included-hours"_s, u"add: hours included per month (40, 40.5 or 40:30)."_s, u"hours"_s});
         p.addOption({u"overage-rate"_s, u"add: hourly rate beyond the included hours."_s, u"amount"_s});
         p.addOption({u"vat-rate"_s, u"add: VAT rate in percent (default 12)."_s, u"percent"_s});
         p.addOption({u"payment-terms"_s, u"add: days to pay an invoice (default 10)."_s, u"days"_s});
         p.addOption({u"rollover-months"_s, u"add: months unused hours carry over (default 0)."_s, u"n"_s});
         p.addOption({u"billing-mode"_s,
                      u"add, edit: advance (the month's fee invoiced at its start, with last month's overage and "
                      "corrections) or arrears (after the month; the default)."_s,
                      u"mode"_s});
         p.addOption({u"notes"_s, u"add: notes."_s, u"text"_s});
         p.addOption({u"contact-name"_s, u"add: a first contact's name."_s, u"name"_s});
         p.addOption({u"contact-role"_s, u"add: the contact's role."_s, u"role"_s});
         p.addOption({u"contact-email"_s, u"add: the contact's email."_s, u"email"_s});
         p.addOption({u"contact-phone"_s, u"add: the contact's phone."_s, u"phone"_s});
         p.addOption({u"text"_s, u"note: the note's text."_s, u"text"_s});
         p.addOption({u"summary"_s, u"call: what was said."_s, u"text"_s});
         p.addOption({u"channel"_s, u"call: phone (default), email, messenger, portal, visit or other."_s,
                      u"channel"_s});
         p.addOption({u"at"_s, u"call: when, ISO 8601 (default now)."_s, u"datetime"_s});
         p.addOption({u"month"_s, u"hours: the month (YYYY-MM, default this month)."_s, u"month"_s});
         p.addOption({u"over"_s, u"hours: only clients that used at least this share of their hours (percent)."_s,
                      u"percent"_s});
     },
     runClients}};

} // namespace
} // namespace rapport::cli
