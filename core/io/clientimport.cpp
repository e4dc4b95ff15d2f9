#include "clientimport.h"

#include "clientfields.h"
#include "contactimport.h"
#include "csvreader.h"
#include "domain/taxid.h"
#include "importrun.h"
#include "storage/clientrepository.h"
#include "storage/obligationrepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QList<ImportColumns::Field> ClientImport::clientFields()
{
    return {
        {u"legal_name"_s,
         {u"legal name"_s,
          u"company"_s,
          u"юридическое название"_s,
          u"юридическое наименование"_s,
          u"наименование"_s,
          u"полное наименование"_s,
          u"название"_s,
          u"название компании"_s,
          u"заңды атауы"_s},
         true},
        {u"short_name"_s, {u"short name"_s, u"краткое название"_s, u"краткое наименование"_s, u"қысқа атауы"_s}},
        {u"tax_country"_s, {u"tax country"_s, u"country"_s, u"страна"_s, u"ел"_s}},
        {u"tax_id"_s,
         {u"tax id"_s,
          u"bin"_s,
          u"iin"_s,
          u"inn"_s,
          u"бин"_s,
          u"иин"_s,
          u"инн"_s,
          u"бин/иин"_s,
          u"иин/бин"_s,
          u"бсн"_s,
          u"жсн"_s,
          u"бсн/жсн"_s}},
        {u"address"_s, {u"адрес"_s, u"юридический адрес"_s, u"мекенжай"_s}},
        {u"status"_s, {u"статус"_s, u"мәртебе"_s}},
        {u"language"_s, {u"язык"_s, u"тіл"_s}},
        {u"manager_email"_s,
         {u"manager email"_s,
          u"manager"_s,
          u"account manager"_s,
          u"менеджер"_s,
          u"аккаунт-менеджер"_s,
          u"email менеджера"_s}},
        {u"sales_email"_s,
         {u"sales email"_s, u"sales"_s, u"sales owner"_s, u"продажи"_s, u"продавец"_s, u"менеджер продаж"_s}},
        {u"contract_number"_s,
         {u"contract number"_s, u"contract"_s, u"номер договора"_s, u"договор"_s, u"№ договора"_s, u"шарт нөмірі"_s}},
        {u"contract_signed"_s,
         {u"contract signed"_s, u"signed"_s, u"дата подписания"_s, u"дата договора"_s, u"договор подписан"_s}},
        {u"contract_start"_s, {u"contract start"_s, u"начало договора"_s, u"дата начала"_s}},
        {u"contract_end"_s, {u"contract end"_s, u"окончание договора"_s, u"конец договора"_s, u"дата окончания"_s}},
        {u"monthly_fee"_s,
         {u"monthly fee"_s,
          u"fee"_s,
          u"абонентская плата"_s,
          u"абонплата"_s,
          u"ежемесячная плата"_s,
          u"абоненттік төлем"_s}},
        {u"currency"_s, {u"валюта"_s}},
        {u"included_hours"_s, {u"included hours"_s, u"hours"_s, u"часы в тарифе"_s, u"часов в тарифе"_s, u"часы"_s}},
        {u"overage_rate"_s, {u"overage rate"_s, u"ставка сверх"_s, u"ставка сверх тарифа"_s, u"ставка за час"_s}},
        {u"vat_rate"_s, {u"vat rate"_s, u"vat"_s, u"ндс"_s, u"ставка ндс"_s, u"ндс, %"_s, u"ққс"_s}},
        {u"payment_terms_days"_s,
         {u"payment terms days"_s, u"payment terms"_s, u"срок оплаты"_s, u"срок оплаты (дней)"_s, u"отсрочка"_s}},
        {u"rollover_months"_s, {u"rollover months"_s, u"rollover"_s, u"перенос часов"_s, u"перенос часов (мес.)"_s}},
        {u"billing_mode"_s,
         {u"billing mode"_s, u"billing"_s, u"режим счетов"_s, u"порядок оплаты"_s, u"төлем тәртібі"_s}},
        {u"notes"_s,
         {u"note"_s, u"comment"_s, u"примечания"_s, u"примечание"_s, u"комментарий"_s, u"заметки"_s, u"ескертпе"_s}},
    };
}

QList<ImportColumns::Field> ClientImport::contactFields()
{
    return {
        {u"client_tax_id"_s,
         {u"client tax id"_s,
          u"tax_id"_s,
          u"tax id"_s,
          u"бин клиента"_s,
          u"инн клиента"_s,
          u"иин клиента"_s,
          u"бин"_s,
          u"иин"_s,
          u"инн"_s,
          u"бин/иин"_s,
          u"бсн"_s}},
        {u"client_tax_country"_s, {u"client tax country"_s, u"tax_country"_s, u"country"_s, u"страна"_s}},
        {u"client_name"_s,
         {u"client name"_s,
          u"client"_s,
          u"company"_s,
          u"клиент"_s,
          u"компания"_s,
          u"организация"_s,
          u"наименование"_s,
          u"юридическое название"_s,
          u"legal_name"_s}},
        {u"name"_s,
         {u"full name"_s,
          u"contact"_s,
          u"фио"_s,
          u"ф.и.о."_s,
          u"имя"_s,
          u"контакт"_s,
          u"контактное лицо"_s,
          u"аты-жөні"_s},
         true},
        {u"role"_s, {u"position"_s, u"title"_s, u"должность"_s, u"лауазымы"_s}},
        {u"email"_s, {u"e-mail"_s, u"почта"_s, u"эл. почта"_s, u"электронная почта"_s}},
        {u"phone"_s, {u"телефон"_s, u"тел."_s, u"мобильный"_s}},
        {u"channel"_s, {u"preferred channel"_s, u"канал"_s, u"предпочтительный канал"_s, u"арна"_s}},
        {u"language"_s, {u"язык"_s, u"тіл"_s}},
    };
}

ImportPreview ClientImport::previewRows(const QByteArray &data, int n)
{
    const CsvReader::Document doc = CsvReader::read(data);
    ImportPreview preview;
    preview.encoding = CsvReader::encodingName(doc.encoding);
    preview.delimiter = doc.delimiter;
    if (doc.error)
        preview.error = doc.error->toString();
    if (doc.rows.isEmpty())
        return preview;
    preview.header = doc.rows.first().fields;
    preview.totalRows = int(doc.rows.size()) - 1;
    for (qsizetype i = 1; i < doc.rows.size() && i <= n; ++i)
        preview.rows.append(doc.rows.at(i).fields);
    preview.clientColumns = ImportColumns::recognize(clientFields(), preview.header);
    preview.contactColumns = ImportColumns::recognize(contactFields(), preview.header);
    return preview;
}

Result<ImportSummary> ClientImport::importContacts(const QByteArray &data, const ImportOptions &options)
{
    return ContactImport(m_db).run(data, options);
}

namespace {

QString taxKey(TaxCountry country, const QString &taxId)
{
    return taxCountryKey(country) + u':' + taxId;
}

// Reads one row into `card` (an existing card or a new one). Problems go to `run`.
class ClientRow
{
public:
    ClientRow(ImportRun &run, const QStringList &fields, const QHash<QString, UserId> &staff)
        : m_run(run)
        , m_fields(fields)
        , m_staff(staff)
    {
    }

    QString value(const QString &key) const { return m_run.columns().value(m_fields, key); }
    bool has(const QString &key) const { return m_run.columns().has(key); }

    // The tax country and normalized tax id of the row (country guessed
    // from a valid number when the row gives none).
    std::optional<TaxCountry> country() const;
    QString taxId(std::optional<TaxCountry> country) const;
    void apply(Client &card, std::optional<TaxCountry> country, const QString &taxId) const;

private:
    void applyTariff(Client &card) const;
    void applyDate(const QString &key, QDate *target) const;
    void applyStaff(const QString &key, UserId *target) const;

    ImportRun &m_run;
    const QStringList &m_fields;
    const QHash<QString, UserId> &m_staff;
};

std::optional<TaxCountry> ClientRow::country() const
{
    const QString text = value(u"tax_country"_s);
    if (!text.isEmpty()) {
        const auto parsed = clientfields::parseTaxCountry(text);
        if (!parsed)
            m_run.error(
                u"tax_country"_s,
                QCoreApplication::translate("ClientImport", "unknown country \"%1\" (KZ, RU or other)").arg(text));
        return parsed;
    }
    const QString id = value(u"tax_id"_s);
    if (id.isEmpty())
        return std::nullopt;
    if (const auto guessed = clientfields::guessTaxCountry(id))
        return guessed;
    // Neither: explain with the rules of the country its length suggests.
    const QString digits = normalizeTaxId(TaxCountry::KZ, id);
    const TaxCountry likely = digits.size() == 10 ? TaxCountry::RU : TaxCountry::KZ;
    m_run.error(u"tax_id"_s,
                validateTaxId(likely, id).error() + u' '
                    + QCoreApplication::translate("ClientImport",
                                                  "For a number of another country, add a "
                                                  "tax_country column with \"other\"."));
    return std::nullopt;
}

QString ClientRow::taxId(std::optional<TaxCountry> country) const
{
    const QString text = value(u"tax_id"_s);
    if (text.isEmpty() || !country)
        return {};
    if (Status s = validateTaxId(*country, text); !s) {
        if (!value(u"tax_country"_s).isEmpty())
            m_run.error(u"tax_id"_s, s.error());
        return {};
    }
    return normalizeTaxId(*country, text);
}

void ClientRow::applyDate(const QString &key, QDate *target) const
{
    if (!has(key))
        return;
    auto d = clientfields::parseDate(value(key));
    if (!d)
        m_run.error(key, d.error());
    else
        *target = *d;
}

void ClientRow::applyStaff(const QString &key, UserId *target) const
{
    if (!has(key))
        return;
    const QString email = value(key).toLower();
    if (email.isEmpty()) {
        *target = UserId();
        return;
    }
    const auto it = m_staff.constFind(email);
    if (it == m_staff.constEnd())
        m_run.error(key, QCoreApplication::translate("ClientImport", "no staff member with email %1").arg(email));
    else
        *target = *it;
}

void ClientRow::applyTariff(Client &card) const
{
    const QStringList others{u"currency"_s,
                             u"included_hours"_s,
                             u"overage_rate"_s,
                             u"vat_rate"_s,
                             u"payment_terms_days"_s,
                             u"rollover_months"_s,
                             u"billing_mode"_s};
    bool othersFilled = false;
    bool othersPresent = false;
    for (const QString &key : others) {
        othersPresent = othersPresent || has(key);
        othersFilled = othersFilled || !value(key).isEmpty();
    }
    if (!has(u"monthly_fee"_s) && !othersPresent)
        return;
    const QString fee = value(u"monthly_fee"_s);
    if (has(u"monthly_fee"_s) && fee.isEmpty()) {
        if (othersFilled)
            m_run.error(u"monthly_fee"_s,
                        QCoreApplication::translate("ClientImport",
                                                    "the tariff columns are filled but the monthly "
                                                    "fee is empty"));
        card.tariff.reset();
        return;
    }
    if (!has(u"monthly_fee"_s) && !card.tariff) {
        if (othersFilled)
            m_run.error(QString(), QCoreApplication::translate("ClientImport", "a tariff needs a monthly_fee column"));
        return;
    }
    Tariff t = card.tariff.value_or(Tariff{});
    QString currency = value(u"currency"_s).toUpper();
    if (currency.isEmpty())
        currency = card.tariff ? t.monthlyFee.currency() : (card.taxCountry == TaxCountry::RU ? u"RUB"_s : u"KZT"_s);
    if (!Money::isKnownCurrency(currency)) {
        m_run.error(u"currency"_s,
                    QCoreApplication::translate("ClientImport", "unknown currency \"%1\"").arg(currency));
        return;
    }
    const auto money = [&](const QString &key, const Money &current) {
        if (!has(key))
            return Money(current.minorUnits(), currency);
        const QString text = value(key);
        auto m = Money::parse(text.isEmpty() ? u"0"_s : text, currency);
        if (!m) {
            m_run.error(key, m.error());
            return Money(0, currency);
        }
        return *m;
    };
    t.monthlyFee = money(u"monthly_fee"_s, t.monthlyFee);
    t.overageRate = money(u"overage_rate"_s, t.overageRate);
    const Tariff defaults;
    const auto number = [&](const QString &key, int current, int fallback, auto parse) {
        if (!has(key))
            return current;
        const QString text = value(key);
        if (text.isEmpty())
            return fallback;
        auto n = parse(text);
        if (!n) {
            m_run.error(key, n.error());
            return current;
        }
        return *n;
    };
    t.includedMinutes = number(u"included_hours"_s, t.includedMinutes, 0, clientfields::parseHours);
    t.vatRateBp = number(u"vat_rate"_s, t.vatRateBp, defaults.vatRateBp, clientfields::parsePercent);
    t.paymentTermsDays
        = number(u"payment_terms_days"_s, t.paymentTermsDays, defaults.paymentTermsDays, [](const QString &s) {
              return clientfields::parseCount(s, 365);
          });
    t.rolloverMonths = number(u"rollover_months"_s, t.rolloverMonths, 0, [](const QString &s) {
        return clientfields::parseCount(s, 12);
    });
    if (has(u"billing_mode"_s)) {
        // The keys of `clients add --billing-mode`, or the words of a Russian sheet.
        const QString text = value(u"billing_mode"_s).trimmed().toLower();
        if (text.isEmpty())
            t.billingMode = Tariff::BillingMode::Arrears;
        else if (const auto mode = billingModeFromKey(text))
            t.billingMode = *mode;
        else if (text == u"аванс"_s || text == u"авансом"_s || text == u"предоплата"_s)
            t.billingMode = Tariff::BillingMode::Advance;
        else if (text == u"по факту"_s || text == u"постоплата"_s)
            t.billingMode = Tariff::BillingMode::Arrears;
        else
            m_run.error(u"billing_mode"_s,
                        QCoreApplication::translate("ClientImport", "unknown billing mode \"%1\" (advance or arrears)")
                            .arg(value(u"billing_mode"_s)));
    }
    card.tariff = t;
}

void ClientRow::apply(Client &card, std::optional<TaxCountry> country, const QString &taxId) const
{
    card.legalName = value(u"legal_name"_s);
    // An empty tax id cell keeps the card's tax id: a name match never loses it.
    if (!taxId.isEmpty())
        card.taxId = taxId;
    if (country)
        card.taxCountry = *country;
    const std::pair<QString, QString *> texts[]{{u"short_name"_s, &card.shortName},
                                                {u"address"_s, &card.address},
                                                {u"contract_number"_s, &card.contractNumber},
                                                {u"notes"_s, &card.notes}};
    for (const auto &[key, target] : texts) {
        if (has(key))
            *target = value(key);
    }
    if (const QString text = value(u"status"_s); !text.isEmpty()) {
        if (const auto status = clientfields::parseStatus(text))
            card.status = *status;
        else
            m_run.error(u"status"_s,
                        QCoreApplication::translate("ClientImport",
                                                    "unknown status \"%1\" (onboarding, active, "
                                                    "suspended, blocked or churned)")
                            .arg(text));
    }
    if (const QString text = value(u"language"_s); !text.isEmpty()) {
        if (const auto language = clientfields::parseLanguage(text))
            card.language = *language;
        else
            m_run.error(
                u"language"_s,
                QCoreApplication::translate("ClientImport", "unknown language \"%1\" (ru, kk or en)").arg(text));
    }
    applyStaff(u"manager_email"_s, &card.accountManagerId);
    applyStaff(u"sales_email"_s, &card.salesOwnerId);
    applyDate(u"contract_signed"_s, &card.contractSignedOn);
    applyDate(u"contract_start"_s, &card.contractStart);
    applyDate(u"contract_end"_s, &card.contractEnd);
    applyTariff(card);
}

} // namespace

Result<ImportSummary> ClientImport::importClients(const QByteArray &data, const ImportOptions &options)
{
    ImportRun run(data, options, clientFields());
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    if (!run.isUsable())
        return run.finish(tx);

    QHash<QString, UserId> staff;
    for (const User &u : UserRepository(m_db).all(true))
        staff.insert(u.email.toLower(), u.id);
    ClientRepository repo(m_db);
    QHash<QString, ClientKey> byTax;
    QMultiHash<QString, ClientKey> byName;
    for (const ClientKey &k : repo.keys()) {
        if (!k.taxId.isEmpty())
            byTax.insert(taxKey(k.taxCountry, k.taxId), k);
        byName.insert(k.legalName.toLower(), k);
    }
    QHash<QString, int> seen; // tax or name key → line, for duplicates inside the file
    QList<ClientId> createdIds;

    int done = 0;
    for (const CsvReader::Row &row : run.rows()) {
        if (run.cancelled(done++))
            break;
        if (!run.beginRow(row))
            continue;
        ClientRow reader(run, row.fields, staff);
        const QString legalName = reader.value(u"legal_name"_s);
        if (legalName.isEmpty())
            run.error(u"legal_name"_s, QCoreApplication::translate("ClientImport", "the legal name is empty"));
        const auto country = reader.country();
        const QString taxId = reader.taxId(country);
        if (!run.rowOk())
            continue;

        // Match: (tax country, tax id), else the legal name of a card without one.
        std::optional<ClientKey> match;
        const QString nameKey = legalName.toLower();
        if (!taxId.isEmpty()) {
            if (const auto it = byTax.constFind(taxKey(*country, taxId)); it != byTax.constEnd())
                match = *it;
        }
        if (!match) {
            QList<ClientKey> named;
            for (const ClientKey &k : byName.values(nameKey)) {
                if (taxId.isEmpty() || k.taxId.isEmpty())
                    named << k;
            }
            if (named.size() > 1) {
                run.error(u"legal_name"_s,
                          QCoreApplication::translate("ClientImport", "%1 clients have this name: add their tax ids")
                              .arg(named.size()));
                continue;
            }
            if (!named.isEmpty())
                match = named.first();
        }
        const QString dupKey = taxId.isEmpty() ? u"name:"_s + nameKey : taxKey(*country, taxId);
        if (const int first = seen.value(dupKey); first > 0) {
            run.error(taxId.isEmpty() ? u"legal_name"_s : u"tax_id"_s,
                      QCoreApplication::translate("ClientImport", "the same client as line %1").arg(first));
            continue;
        }
        seen.insert(dupKey, row.line);
        if (match && match->archived) {
            run.error(u"legal_name"_s,
                      QCoreApplication::translate("ClientImport", "client %1 is archived").arg(match->legalName));
            continue;
        }

        Client old;
        if (match) {
            const auto loaded = repo.byId(match->id);
            if (!loaded)
                return fail(QCoreApplication::translate("ClientImport", "Client %1 disappeared during the import.")
                                .arg(match->id.value));
            old = *loaded;
        }
        Client card = old;
        reader.apply(card, country, taxId);
        if (!run.rowOk())
            continue;
        card = ClientRepository::normalized(card);
        if (Status s = ClientRepository::validate(card); !s) {
            run.error({}, s.error());
            continue;
        }
        if (!run.writing())
            continue;
        if (match) {
            if (ClientRepository::fieldMap(card) == ClientRepository::fieldMap(old)) {
                ++run.summary().unchanged;
                continue;
            }
            if (Status s = repo.update(card); !s) {
                run.error({}, s.error());
                continue;
            }
            ++run.summary().updated;
        } else {
            auto added = repo.add(card);
            if (!added) {
                run.error({}, added.error());
                continue;
            }
            ++run.summary().created;
            createdIds << added->id;
            const ClientKey key{added->id, added->taxCountry, added->taxId, added->legalName, false};
            if (!key.taxId.isEmpty())
                byTax.insert(taxKey(key.taxCountry, key.taxId), key);
            byName.insert(nameKey, key);
        }
    }
    // New clients on a tariff get the provider's default regulation, as a
    // card added by hand does (in the import's transaction: a dry run or a
    // rejected file keeps none of it).
    if (!createdIds.isEmpty() && run.writing() && !(options.cancel && options.cancel->load())) {
        auto regulation = ObligationRepository(m_db).applyDefaultRegulations(createdIds);
        if (!regulation)
            return fail(regulation.error());
        run.summary().regulationApplied = int(regulation->applied.size());
    }
    return run.finish(tx);
}

} // namespace rapport
