#include "clientrepository.h"

#include "auditlog.h"
#include "clientdetails.h"
#include "clientlistquery.h"
#include "domain/clock.h"
#include "domain/taxid.h"
#include "sql.h"
#include "timeline.h"
#include "transaction.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const QString kColumns = u"id, legal_name, short_name, tax_country, tax_id, address, status, account_manager_id, "
                         "sales_owner_id, sla_policy_id, language, contract_number, contract_signed_on, "
                         "contract_start, contract_end, currency, fee_minor, included_minutes, overage_rate_minor, "
                         "vat_rate_bp, payment_terms_days, rollover_months, notes, archived_at, version, "
                         "billing_mode"_s;

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate readDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Client readClient(const QSqlQuery &q)
{
    Client c;
    c.id = ClientId(q.value(0).toLongLong());
    c.legalName = q.value(1).toString();
    c.shortName = q.value(2).toString();
    c.taxCountry = taxCountryFromKey(q.value(3).toString()).value_or(TaxCountry::KZ);
    c.taxId = q.value(4).toString();
    c.address = q.value(5).toString();
    c.status = clientStatusFromKey(q.value(6).toString()).value_or(ClientStatus::Onboarding);
    c.accountManagerId = UserId(q.value(7).toLongLong());
    c.salesOwnerId = UserId(q.value(8).toLongLong());
    c.slaPolicyId = q.value(9).toLongLong();
    c.language = q.value(10).toString();
    c.contractNumber = q.value(11).toString();
    c.contractSignedOn = readDate(q.value(12));
    c.contractStart = readDate(q.value(13));
    c.contractEnd = readDate(q.value(14));
    const QString currency = q.value(15).toString();
    if (!q.value(16).isNull()) {
        Tariff t;
        t.monthlyFee = Money(q.value(16).toLongLong(), currency);
        t.includedMinutes = q.value(17).toInt();
        t.overageRate = Money(q.value(18).toLongLong(), currency);
        t.vatRateBp = q.value(19).toInt();
        t.paymentTermsDays = q.value(20).toInt();
        t.rolloverMonths = q.value(21).toInt();
        t.billingMode = billingModeFromKey(q.value(25).toString()).value_or(Tariff::BillingMode::Arrears);
        c.tariff = t;
    }
    c.notes = q.value(22).toString();
    c.archived = !q.value(23).isNull();
    c.version = q.value(24).toLongLong();
    return c;
}

// The card's own fields for the audit log (lists are audited per row).
QVariantMap toMap(const Client &c)
{
    const Tariff t = c.tariff.value_or(Tariff{});
    return {{u"legal_name"_s, c.legalName},
            {u"short_name"_s, c.shortName},
            {u"tax_country"_s, taxCountryKey(c.taxCountry)},
            {u"tax_id"_s, c.taxId},
            {u"address"_s, c.address},
            {u"status"_s, clientStatusKey(c.status)},
            {u"account_manager_id"_s, c.accountManagerId.value},
            {u"sales_owner_id"_s, c.salesOwnerId.value},
            {u"sla_policy_id"_s, c.slaPolicyId},
            {u"language"_s, c.language},
            {u"contract_number"_s, c.contractNumber},
            {u"contract_signed_on"_s, dateValue(c.contractSignedOn).toString()},
            {u"contract_start"_s, dateValue(c.contractStart).toString()},
            {u"contract_end"_s, dateValue(c.contractEnd).toString()},
            {u"tariff"_s, c.tariff.has_value()},
            {u"currency"_s, c.tariff ? t.monthlyFee.currency() : QString()},
            {u"fee_minor"_s, t.monthlyFee.minorUnits()},
            {u"included_minutes"_s, t.includedMinutes},
            {u"overage_rate_minor"_s, t.overageRate.minorUnits()},
            {u"vat_rate_bp"_s, t.vatRateBp},
            {u"payment_terms_days"_s, t.paymentTermsDays},
            {u"rollover_months"_s, t.rolloverMonths},
            {u"billing_mode"_s, billingModeKey(t.billingMode)},
            {u"notes"_s, c.notes}};
}

// Lower-cased legal name first, then short name, tax id, contact names and
// emails, one per line: byLegalName() relies on the legal name being first.
QString searchText(const Client &c)
{
    QStringList parts{c.legalName.toLower(), c.shortName.toLower(), c.taxId.toLower()};
    for (const Contact &contact : c.contacts)
        parts << contact.name.toLower() << contact.email.toLower();
    return parts.join(u'\n');
}

// An empty text for a NOT NULL column: a null QString would bind as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

// The card's columns in the order of the INSERT and UPDATE statements.
QVariantList columnValues(const Client &c, qint64 now)
{
    const Tariff t = c.tariff.value_or(Tariff{});
    return {text(c.legalName),
            text(c.shortName),
            taxCountryKey(c.taxCountry),
            sql::nullIfEmpty(c.taxId),
            text(c.address),
            clientStatusKey(c.status),
            sql::nullIfZero(c.accountManagerId.value),
            sql::nullIfZero(c.salesOwnerId.value),
            sql::nullIfZero(c.slaPolicyId),
            text(c.language),
            text(c.contractNumber),
            dateValue(c.contractSignedOn),
            dateValue(c.contractStart),
            dateValue(c.contractEnd),
            c.tariff ? t.monthlyFee.currency() : u"KZT"_s,
            c.tariff ? QVariant(t.monthlyFee.minorUnits()) : QVariant(QMetaType::fromType<qint64>()),
            t.includedMinutes,
            t.overageRate.minorUnits(),
            t.vatRateBp,
            t.paymentTermsDays,
            t.rolloverMonths,
            billingModeKey(t.billingMode),
            text(c.notes),
            searchText(c),
            now};
}

} // namespace

QVariantMap ClientRepository::fieldMap(const Client &client)
{
    return toMap(client);
}

Client ClientRepository::normalized(const Client &input)
{
    Client c = input;
    c.legalName = c.legalName.simplified();
    c.shortName = c.shortName.simplified();
    c.taxId = normalizeTaxId(c.taxCountry, c.taxId);
    c.address = c.address.trimmed();
    c.contractNumber = c.contractNumber.trimmed();
    c.language = c.language.trimmed().toLower();
    if (c.language.isEmpty())
        c.language = u"ru"_s;
    if (c.tariff) {
        QString currency = c.tariff->monthlyFee.currency().trimmed().toUpper();
        if (currency.isEmpty())
            currency = c.tariff->overageRate.currency().trimmed().toUpper();
        if (currency.isEmpty())
            currency = u"KZT"_s;
        const QString overageCurrency = c.tariff->overageRate.currency().trimmed().toUpper();
        c.tariff->monthlyFee = Money(c.tariff->monthlyFee.minorUnits(), currency);
        c.tariff->overageRate
            = Money(c.tariff->overageRate.minorUnits(), overageCurrency.isEmpty() ? currency : overageCurrency);
    }
    for (Contact &contact : c.contacts) {
        contact.name = contact.name.simplified();
        contact.role = contact.role.simplified();
        contact.email = contact.email.trimmed().toLower();
        contact.phone = contact.phone.trimmed();
        contact.language = contact.language.trimmed().toLower();
        if (contact.language.isEmpty())
            contact.language = u"ru"_s;
    }
    for (SpecialCondition &condition : c.conditions) {
        condition.text = condition.text.trimmed();
        condition.agreedBy = condition.agreedBy.simplified();
    }
    for (ClientDocument &document : c.documents) {
        document.title = document.title.simplified();
        document.location = document.location.trimmed();
    }
    return c;
}

Status ClientRepository::validate(const Client &client)
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    static const QStringList languages{u"ru"_s, u"kk"_s, u"en"_s};
    if (client.legalName.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ClientRepository", "A client needs a legal name."));
    if (client.legalName.size() > 500)
        return fail(QCoreApplication::translate("ClientRepository", "The legal name is longer than 500 characters."));
    if (!client.taxId.trimmed().isEmpty()) {
        if (Status s = validateTaxId(client.taxCountry, client.taxId); !s)
            return s;
    }
    if (!languages.contains(client.language))
        return fail(QCoreApplication::translate("ClientRepository", "Unknown language \"%1\": use ru, kk or en.")
                        .arg(client.language));
    if (client.contractStart.isValid() && client.contractEnd.isValid() && client.contractEnd < client.contractStart)
        return fail(QCoreApplication::translate("ClientRepository", "The contract ends (%1) before it starts (%2).")
                        .arg(client.contractEnd.toString(Qt::ISODate), client.contractStart.toString(Qt::ISODate)));
    if (const auto &t = client.tariff) {
        if (!Money::isKnownCurrency(t->monthlyFee.currency()))
            return fail(QCoreApplication::translate("ClientRepository", "Unknown currency \"%1\".")
                            .arg(t->monthlyFee.currency()));
        if (t->overageRate.currency() != t->monthlyFee.currency())
            return fail(QCoreApplication::translate("ClientRepository",
                                                    "The overage rate must be in the tariff's currency (%1).")
                            .arg(t->monthlyFee.currency()));
        if (t->monthlyFee.isNegative())
            return fail(QCoreApplication::translate("ClientRepository", "The monthly fee cannot be negative."));
        if (t->overageRate.isNegative())
            return fail(QCoreApplication::translate("ClientRepository", "The overage rate cannot be negative."));
        if (t->includedMinutes < 0)
            return fail(QCoreApplication::translate("ClientRepository", "Included hours cannot be negative."));
        if (t->vatRateBp < 0 || t->vatRateBp > 10000)
            return fail(QCoreApplication::translate("ClientRepository", "The VAT rate must be between 0 and 100 %."));
        if (t->paymentTermsDays < 0 || t->paymentTermsDays > 365)
            return fail(
                QCoreApplication::translate("ClientRepository", "Payment terms must be between 0 and 365 days."));
        if (t->rolloverMonths < 0 || t->rolloverMonths > 12)
            return fail(
                QCoreApplication::translate("ClientRepository", "Unused hours can roll over for 0 to 12 months."));
    }
    for (const Contact &c : client.contacts) {
        if (c.name.trimmed().isEmpty())
            return fail(QCoreApplication::translate("ClientRepository", "A contact needs a name."));
        if (!c.email.trimmed().isEmpty() && !email.match(c.email.trimmed()).hasMatch())
            return fail(
                QCoreApplication::translate("ClientRepository", "\"%1\" is not an email address.").arg(c.email));
        if (!languages.contains(c.language))
            return fail(QCoreApplication::translate("ClientRepository", "Unknown language \"%1\": use ru, kk or en.")
                            .arg(c.language));
    }
    for (const SpecialCondition &c : client.conditions) {
        if (c.text.trimmed().isEmpty())
            return fail(QCoreApplication::translate("ClientRepository", "A special condition needs its text."));
    }
    for (const ClientDocument &d : client.documents) {
        if (d.title.trimmed().isEmpty() || d.location.trimmed().isEmpty())
            return fail(
                QCoreApplication::translate("ClientRepository", "A document link needs a title and a location."));
    }
    return {};
}

// Checks what needs the database, before any write: the staff members exist
// and no other card has the same tax id.
static Status checkReferences(const Database &db, const ClientRepository &repo, const Client &c)
{
    for (UserId id : {c.accountManagerId, c.salesOwnerId}) {
        if (!id.isValid())
            continue;
        auto found = sql::scalar(db.connection(), u"SELECT count(*) FROM users WHERE id = ?"_s, {id.value});
        if (!found)
            return fail(found.error());
        if (found->toInt() == 0)
            return fail(QCoreApplication::translate("ClientRepository", "No staff member with id %1.").arg(id.value));
    }
    if (!c.taxId.isEmpty()) {
        if (const auto other = repo.byTaxId(c.taxCountry, c.taxId); other && other->id != c.id)
            return fail(
                QCoreApplication::translate("ClientRepository", "Tax id %1 already belongs to client %2 (id %3).")
                    .arg(c.taxId, other->legalName)
                    .arg(other->id.value));
    }
    return {};
}

Result<Client> ClientRepository::add(const Client &input)
{
    Client c = normalized(input);
    c.id = ClientId();
    c.archived = false;
    if (Status s = validate(c); !s)
        return fail(s.error());
    if (Status s = checkReferences(m_db, *this, c); !s)
        return fail(s.error());
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = Clock::nowSecs();
    QVariantList values = columnValues(c, now);
    values << now;
    auto q = sql::exec(conn,
                       u"INSERT INTO clients (legal_name, short_name, tax_country, tax_id, address, status, "
                       "account_manager_id, sales_owner_id, sla_policy_id, language, contract_number, "
                       "contract_signed_on, contract_start, contract_end, currency, fee_minor, included_minutes, "
                       "overage_rate_minor, vat_rate_bp, payment_terms_days, rollover_months, billing_mode, notes, "
                       "search_text, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       values);
    if (!q)
        return fail(q.error());
    c.id = ClientId(q->lastInsertId().toLongLong());
    if (Status s = AuditLog(m_db).record(u"client"_s, c.id.value, AuditLog::Action::Create, {}, toMap(c)); !s)
        return fail(s.error());
    ClientDetails details(m_db, c.id);
    if (Status s = details.sync(Client{}, c); !s)
        return fail(s.error());
    TimelineEntry created;
    created.kind = u"status_change"_s;
    created.title
        = QCoreApplication::translate("ClientRepository", "Card created with status %1").arg(clientStatusKey(c.status));
    created.at = now;
    if (Status s = Timeline(m_db).add(c.id, created); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return c;
}

bool ClientRepository::isStale(const Client &mine) const
{
    if (mine.version == 0 || !mine.id.isValid())
        return false;
    const auto stored = byId(mine.id);
    return stored && stored->version != mine.version;
}

QString ClientRepository::conflictMessage(const Client &current) const
{
    const QList<AuditLog::Entry> entries = AuditLog(m_db).entriesFor(u"client"_s, current.id.value);
    QString who;
    QString when;
    if (!entries.isEmpty()) {
        const AuditLog::Entry &last = entries.constLast();
        who = last.userEmail.isEmpty() ? last.dbUser : last.userEmail;
        if (!who.isEmpty()) {
            if (auto user = UserRepository(m_db).byEmail(who))
                who = user->name;
        }
        when = QDateTime::fromSecsSinceEpoch(last.at).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    }
    if (who.isEmpty())
        who = QCoreApplication::translate("ClientRepository", "someone else");
    return QCoreApplication::translate("ClientRepository",
                                       "%1 was changed by %2 (%3) after you opened it. Reload the card to see their "
                                       "changes, or save yours over them.")
        .arg(current.displayName(), who, when);
}

Status ClientRepository::update(const Client &input)
{
    Client c = normalized(input);
    if (Status s = validate(c); !s)
        return s;
    const auto old = byId(c.id);
    if (!old)
        return fail(QCoreApplication::translate("ClientRepository", "No client with id %1.").arg(c.id.value));
    if (old->archived)
        return fail(QCoreApplication::translate("ClientRepository", "Client %1 is archived and cannot be changed.")
                        .arg(old->legalName));
    if (c.version != 0 && c.version != old->version)
        return fail(conflictMessage(*old));
    if (Status s = checkReferences(m_db, *this, c); !s)
        return s;
    if (Status s = ClientDetails::checkOwnership(*old, c); !s)
        return s;
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = Clock::nowSecs();
    QVariantList values = columnValues(c, now);
    values << c.id.value;
    auto q = sql::exec(conn,
                       u"UPDATE clients SET legal_name = ?, short_name = ?, tax_country = ?, tax_id = ?, address = ?, "
                       "status = ?, account_manager_id = ?, sales_owner_id = ?, sla_policy_id = ?, language = ?, "
                       "contract_number = ?, contract_signed_on = ?, contract_start = ?, contract_end = ?, "
                       "currency = ?, fee_minor = ?, included_minutes = ?, overage_rate_minor = ?, vat_rate_bp = ?, "
                       "payment_terms_days = ?, rollover_months = ?, billing_mode = ?, notes = ?, search_text = ?, "
                       "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                       values << old->version);
    if (!q)
        return fail(q.error());
    // Another desk saved between the read above and this write (a team
    // database reads without a write lock).
    if (q->numRowsAffected() == 0) {
        const auto now = byId(c.id);
        return fail(conflictMessage(now ? *now : *old));
    }
    if (Status s = AuditLog(m_db).record(u"client"_s, c.id.value, AuditLog::Action::Update, toMap(*old), toMap(c)); !s)
        return s;
    if (Status s = ClientDetails(m_db, c.id).sync(*old, c); !s)
        return s;
    if (old->status != c.status) {
        TimelineEntry changed;
        changed.kind = u"status_change"_s;
        changed.title = QCoreApplication::translate("ClientRepository", "Status changed from %1 to %2")
                            .arg(clientStatusKey(old->status), clientStatusKey(c.status));
        changed.at = now;
        if (Status s = Timeline(m_db).add(c.id, changed); !s)
            return s;
    }
    return tx.commit();
}

Status ClientRepository::archive(ClientId id)
{
    const auto old = byId(id);
    if (!old)
        return fail(QCoreApplication::translate("ClientRepository", "No client with id %1.").arg(id.value));
    if (old->archived)
        return fail(
            QCoreApplication::translate("ClientRepository", "Client %1 is already archived.").arg(old->legalName));
    const QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = Clock::nowSecs();
    auto q
        = sql::exec(conn, u"UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?"_s, {now, now, id.value});
    if (!q)
        return fail(q.error());
    if (Status s = AuditLog(m_db).record(u"client"_s,
                                         id.value,
                                         AuditLog::Action::Archive,
                                         {{u"archived_at"_s, QVariant()}},
                                         {{u"archived_at"_s, now}});
        !s)
        return s;
    TimelineEntry archived;
    archived.kind = u"status_change"_s;
    archived.title = QCoreApplication::translate("ClientRepository", "Card archived");
    archived.at = now;
    if (Status s = Timeline(m_db).add(id, archived); !s)
        return s;
    return tx.commit();
}

std::optional<Client> ClientRepository::byId(ClientId id) const
{
    auto q = sql::exec(m_db.connection(), u"SELECT "_s + kColumns + u" FROM clients WHERE id = ?"_s, {id.value});
    if (!q || !q->next())
        return std::nullopt;
    Client c = readClient(*q);
    q->finish();
    ClientDetails(m_db, c.id).load(c);
    return c;
}

std::optional<Client> ClientRepository::byTaxId(TaxCountry country, const QString &taxId) const
{
    const QString id = normalizeTaxId(country, taxId);
    if (id.isEmpty())
        return std::nullopt;
    // The extra terms repeat the partial index's condition so that SQLite uses it.
    auto q = sql::exec(m_db.connection(),
                       u"SELECT id FROM clients WHERE tax_country = ? AND tax_id = ? "
                       "AND tax_id IS NOT NULL AND tax_id <> ''"_s,
                       {taxCountryKey(country), id});
    if (!q || !q->next())
        return std::nullopt;
    const ClientId found(q->value(0).toLongLong());
    q->finish();
    return byId(found);
}

std::optional<Client> ClientRepository::byLegalName(const QString &legalName) const
{
    // SQLite folds only ASCII case; the lower-cased legal name leads
    // search_text, so a prefix match finds Cyrillic names in any case and
    // the exact comparison is made here. Active cards win over archived ones.
    const QString name = legalName.simplified();
    if (name.isEmpty())
        return std::nullopt;
    auto q = sql::exec(m_db.connection(),
                       u"SELECT id, legal_name FROM clients WHERE search_text LIKE ? ESCAPE '\\' "
                       "ORDER BY archived_at IS NOT NULL, id"_s,
                       {QString(ClientListQuery::likeEscaped(name.toLower()) + u"\n%"_s)});
    if (!q)
        return std::nullopt;
    while (q->next()) {
        if (q->value(1).toString().compare(name, Qt::CaseInsensitive) == 0) {
            const ClientId found(q->value(0).toLongLong());
            q->finish();
            return byId(found);
        }
    }
    return std::nullopt;
}

QList<ClientKey> ClientRepository::keys() const
{
    QList<ClientKey> result;
    auto q
        = sql::exec(m_db.connection(),
                    u"SELECT id, tax_country, tax_id, legal_name, archived_at IS NOT NULL FROM clients ORDER BY id"_s);
    if (!q)
        return result;
    while (q->next()) {
        ClientKey k;
        k.id = ClientId(q->value(0).toLongLong());
        k.taxCountry = taxCountryFromKey(q->value(1).toString()).value_or(TaxCountry::KZ);
        k.taxId = q->value(2).toString();
        k.legalName = q->value(3).toString();
        k.archived = q->value(4).toBool();
        result.append(k);
    }
    return result;
}

QList<ClientListRow> ClientRepository::list(const ClientQuery &query) const
{
    return ClientListQuery(m_db).rows(query);
}

int ClientRepository::count(const ClientQuery &query) const
{
    return ClientListQuery(m_db).count(query);
}

} // namespace rapport
