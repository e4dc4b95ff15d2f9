#include "contactimport.h"

#include "clientfields.h"
#include "clientimport.h"
#include "domain/taxid.h"
#include "importrun.h"
#include "storage/clientrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QString taxKey(TaxCountry country, const QString &taxId)
{
    return taxCountryKey(country) + u':' + taxId;
}

bool sameContact(const Contact &a, const Contact &b)
{
    return a.name == b.name && a.role == b.role && a.email == b.email && a.phone == b.phone
        && a.preferredChannel == b.preferredChannel && a.language == b.language;
}

// A card whose contacts change, with the line of its first row (for errors
// of the final save).
struct PendingCard
{
    Client card;
    int firstLine = 0;
    bool dirty = false;
};

} // namespace

Result<ImportSummary> ContactImport::run(const QByteArray &data, const ImportOptions &options)
{
    ImportRun run(data, options, ClientImport::contactFields());
    if (run.isUsable() && !run.columns().has(u"client_tax_id"_s) && !run.columns().has(u"client_name"_s))
        run.rejectFile(u"client_tax_id"_s,
                       QCoreApplication::translate("ContactImport",
                                                   "a contacts file needs a client_tax_id or a "
                                                   "client_name column"));
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(tx.error());
    if (!run.isUsable())
        return run.finish(tx);

    ClientRepository repo(m_db);
    QHash<QString, ClientKey> byTax;
    QMultiHash<QString, ClientKey> byName;
    for (const ClientKey &k : repo.keys()) {
        if (!k.taxId.isEmpty())
            byTax.insert(taxKey(k.taxCountry, k.taxId), k);
        byName.insert(k.legalName.toLower(), k);
    }
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    QHash<qint64, PendingCard> cards;
    QHash<QString, int> seen;
    const ImportColumns &columns = run.columns();

    int done = 0;
    for (const CsvReader::Row &row : run.rows()) {
        if (run.cancelled(done++))
            break;
        if (!run.beginRow(row))
            continue;
        const auto value = [&](const QString &key) { return columns.value(row.fields, key); };

        // The client.
        std::optional<ClientKey> client;
        const QString taxText = value(u"client_tax_id"_s);
        const QString clientName = value(u"client_name"_s);
        if (!taxText.isEmpty()) {
            std::optional<TaxCountry> country;
            if (const QString c = value(u"client_tax_country"_s); !c.isEmpty()) {
                country = clientfields::parseTaxCountry(c);
                if (!country)
                    run.error(u"client_tax_country"_s,
                              QCoreApplication::translate("ContactImport",
                                                          "unknown country \"%1\" (KZ, RU "
                                                          "or other)")
                                  .arg(c));
            } else {
                country = clientfields::guessTaxCountry(taxText);
            }
            if (country) {
                const auto it = byTax.constFind(taxKey(*country, normalizeTaxId(*country, taxText)));
                if (it != byTax.constEnd())
                    client = *it;
            }
            if (!client && run.rowOk())
                run.error(u"client_tax_id"_s,
                          QCoreApplication::translate("ContactImport", "no client with tax id %1").arg(taxText));
        } else if (!clientName.isEmpty()) {
            const QList<ClientKey> named = byName.values(clientName.toLower());
            if (named.size() > 1)
                run.error(u"client_name"_s,
                          QCoreApplication::translate("ContactImport",
                                                      "%1 clients have this name: use "
                                                      "client_tax_id")
                              .arg(named.size()));
            else if (named.isEmpty())
                run.error(u"client_name"_s,
                          QCoreApplication::translate("ContactImport", "no client named %1").arg(clientName));
            else
                client = named.first();
        } else {
            run.error(columns.has(u"client_tax_id"_s) ? u"client_tax_id"_s : u"client_name"_s,
                      QCoreApplication::translate("ContactImport", "the row does not name its client"));
        }
        if (client && client->archived)
            run.error({}, QCoreApplication::translate("ContactImport", "client %1 is archived").arg(client->legalName));

        // The contact.
        const QString name = value(u"name"_s).simplified();
        const QString email = value(u"email"_s).toLower();
        if (name.isEmpty())
            run.error(u"name"_s, QCoreApplication::translate("ContactImport", "the contact's name is empty"));
        if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
            run.error(u"email"_s,
                      QCoreApplication::translate("ContactImport", "\"%1\" is not an email address").arg(email));
        std::optional<ContactChannel> channel;
        if (const QString text = value(u"channel"_s); !text.isEmpty()) {
            channel = clientfields::parseChannel(text);
            if (!channel)
                run.error(u"channel"_s,
                          QCoreApplication::translate("ContactImport",
                                                      "unknown channel \"%1\" (email, phone, messenger, "
                                                      "portal, visit or other)")
                              .arg(text));
        }
        std::optional<QString> language;
        if (const QString text = value(u"language"_s); !text.isEmpty()) {
            language = clientfields::parseLanguage(text);
            if (!language)
                run.error(
                    u"language"_s,
                    QCoreApplication::translate("ContactImport", "unknown language \"%1\" (ru, kk or en)").arg(text));
        }
        if (!run.rowOk())
            continue;

        const QString contactKey
            = QString::number(client->id.value) + u':' + (email.isEmpty() ? name.toLower() : email);
        if (const int first = seen.value(contactKey); first > 0) {
            run.error(email.isEmpty() ? u"name"_s : u"email"_s,
                      QCoreApplication::translate("ContactImport", "the same contact as line %1").arg(first));
            continue;
        }
        seen.insert(contactKey, row.line);

        auto it = cards.find(client->id.value);
        if (it == cards.end()) {
            const auto loaded = repo.byId(client->id);
            if (!loaded)
                return fail(QCoreApplication::translate("ClientImport", "Client %1 disappeared during the import.")
                                .arg(client->id.value));
            it = cards.insert(client->id.value, {*loaded, row.line, false});
        }
        Client &card = it->card;
        // By email; else by name, among contacts without an email when the row has one.
        Contact *target = nullptr;
        for (Contact &c : card.contacts) {
            if (!email.isEmpty() && c.email == email)
                target = &c;
        }
        for (Contact &c : card.contacts) {
            if (!target && c.name.compare(name, Qt::CaseInsensitive) == 0 && (email.isEmpty() || c.email.isEmpty()))
                target = &c;
        }
        Contact contact = target ? *target : Contact{};
        if (!target)
            contact.language = card.language;
        contact.name = name;
        if (columns.has(u"email"_s) && (target == nullptr || !email.isEmpty()))
            contact.email = email;
        if (columns.has(u"role"_s))
            contact.role = value(u"role"_s).simplified();
        if (columns.has(u"phone"_s))
            contact.phone = value(u"phone"_s);
        if (channel)
            contact.preferredChannel = *channel;
        if (language)
            contact.language = *language;
        if (!run.writing())
            continue;
        if (target && sameContact(*target, contact)) {
            ++run.summary().unchanged;
            continue;
        }
        if (target) {
            *target = contact;
            ++run.summary().updated;
        } else {
            card.contacts.append(contact);
            ++run.summary().created;
        }
        it->dirty = true;
    }
    if (!run.writing())
        return run.finish(tx);
    for (auto it = cards.begin(); it != cards.end(); ++it) {
        if (!it->dirty)
            continue;
        if (Status s = repo.update(it->card); !s)
            return fail(QCoreApplication::translate("ContactImport", "line %1: %2").arg(it->firstLine).arg(s.error()));
    }
    return run.finish(tx);
}

} // namespace rapport
