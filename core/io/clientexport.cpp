#include "clientexport.h"

#include "clientfields.h"
#include "clientjson.h"
#include "csvwriter.h"
#include "storage/clientrepository.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Calls `visit` with every card (active, or all), page by page.
void forEachCard(const Database &db, bool includeArchived, const std::function<void(const Client &)> &visit)
{
    ClientRepository repo(db);
    ClientQuery query;
    query.includeArchived = includeArchived;
    query.limit = 500;
    for (;;) {
        const QList<ClientListRow> page = repo.list(query);
        for (const ClientListRow &row : page) {
            if (const auto card = repo.byId(row.id))
                visit(*card);
        }
        if (page.size() < query.limit)
            break;
        query.afterName = page.last().legalName;
        query.afterId = page.last().id.value;
    }
}

QHash<UserId, User> staffById(const Database &db)
{
    QHash<UserId, User> staff;
    for (const User &u : UserRepository(db).all(true))
        staff.insert(u.id, u);
    return staff;
}

} // namespace

QStringList ClientExport::clientColumns()
{
    return {u"legal_name"_s,   u"short_name"_s,      u"tax_country"_s,        u"tax_id"_s,
            u"address"_s,      u"status"_s,          u"language"_s,           u"manager_email"_s,
            u"sales_email"_s,  u"contract_number"_s, u"contract_signed"_s,    u"contract_start"_s,
            u"contract_end"_s, u"monthly_fee"_s,     u"currency"_s,           u"included_hours"_s,
            u"overage_rate"_s, u"vat_rate"_s,        u"payment_terms_days"_s, u"rollover_months"_s,
            u"billing_mode"_s, u"notes"_s};
}

QStringList ClientExport::contactColumns()
{
    return {u"client_tax_country"_s,
            u"client_tax_id"_s,
            u"client_name"_s,
            u"name"_s,
            u"role"_s,
            u"email"_s,
            u"phone"_s,
            u"channel"_s,
            u"language"_s};
}

Result<QByteArray> ClientExport::exportClientsCsv(const Options &options) const
{
    const QHash<UserId, User> staff = staffById(m_db);
    const auto email = [&staff](UserId id) { return id.isValid() ? staff.value(id).email : QString(); };
    CsvWriter writer(options.delimiter);
    writer.addRow(clientColumns());
    forEachCard(m_db, options.includeArchived, [&](const Client &c) {
        QStringList tariff{QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString()};
        if (const auto &t = c.tariff) {
            tariff = {t->monthlyFee.toPlainString(),
                      t->monthlyFee.currency(),
                      clientfields::formatHours(t->includedMinutes),
                      t->overageRate.toPlainString(),
                      clientfields::formatPercent(t->vatRateBp),
                      QString::number(t->paymentTermsDays),
                      QString::number(t->rolloverMonths),
                      billingModeKey(t->billingMode)};
        }
        writer.addRow(QStringList{c.legalName,
                                  c.shortName,
                                  taxCountryKey(c.taxCountry),
                                  c.taxId,
                                  c.address,
                                  clientStatusKey(c.status),
                                  c.language,
                                  email(c.accountManagerId),
                                  email(c.salesOwnerId),
                                  c.contractNumber,
                                  clientfields::formatDate(c.contractSignedOn),
                                  clientfields::formatDate(c.contractStart),
                                  clientfields::formatDate(c.contractEnd)}
                      + tariff + QStringList{c.notes});
    });
    return writer.toUtf8(options.byteOrderMark);
}

Result<QByteArray> ClientExport::exportClientsJson(const Options &options) const
{
    const ClientJson json(staffById(m_db));
    QJsonArray cards;
    forEachCard(m_db, options.includeArchived, [&](const Client &c) { cards.append(json.card(c)); });
    const QJsonObject root{{u"clients"_s, cards}, {u"count"_s, cards.size()}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QByteArray> ClientExport::exportContactsCsv(const Options &options) const
{
    CsvWriter writer(options.delimiter);
    writer.addRow(contactColumns());
    forEachCard(m_db, options.includeArchived, [&](const Client &c) {
        for (const Contact &x : c.contacts) {
            writer.addRow({taxCountryKey(c.taxCountry),
                           c.taxId,
                           c.legalName,
                           x.name,
                           x.role,
                           x.email,
                           x.phone,
                           contactChannelKey(x.preferredChannel),
                           x.language});
        }
    });
    return writer.toUtf8(options.byteOrderMark);
}

} // namespace rapport
