#pragma once

#include "billing/hourbalance.h"
#include "database.h"
#include "domain/client.h"

#include <QList>

#include <optional>

namespace rapport {

// One row of the clients list: what the table shows, without contacts etc.
struct ClientListRow
{
    ClientId id;
    QString legalName;
    QString shortName;
    QString taxId;
    ClientStatus status = ClientStatus::Onboarding;
    QString accountManagerName;
    int completenessPercent = 0;
    bool archived = false;
    // This month's hour ledger (included + rolled over − used), none for a
    // client without tariff hours this month, and its level by the
    // thresholds in BillingSettings.
    std::optional<HourBalance> hours;
    HourLevel hourLevel = HourLevel::None;
};

// What an import needs to match a row to an existing card.
struct ClientKey
{
    ClientId id;
    TaxCountry taxCountry = TaxCountry::KZ;
    QString taxId;
    QString legalName;
    bool archived = false;
};

// Filter and keyset page for the clients list (never loads all rows).
struct ClientQuery
{
    QString search; // over names, tax id, contact names and emails
    std::optional<ClientStatus> status;
    UserId accountManager; // invalid: any
    bool includeArchived = false;
    // Fill ClientListRow::hours (this month's ledger of the page's clients):
    // asked for by the lists that show it, not by every lookup.
    bool withHours = false;
    // Only clients that used at least this share (percent) of this month's
    // available hours; none: any client, with hours or not.
    std::optional<int> hoursAtLeastPercent;
    // Keyset paging by (legal_name, id): rows strictly after this key.
    QString afterName;
    qint64 afterId = 0;
    int limit = 200;
};

// Client cards with their contacts, special conditions and documents. Every
// change is validated, audited and written to the client's timeline; clients
// are archived, never deleted.
class ClientRepository
{
public:
    explicit ClientRepository(const Database &db)
        : m_db(db)
    {
    }

    // Validates (names, tax id check digits, dates, tariff) and inserts the
    // card with its contacts, conditions and documents in one transaction.
    Result<Client> add(const Client &client);
    // Replaces the card and its lists (contacts/conditions/documents not in
    // `client` are archived); status changes go to the timeline. Refused as
    // a conflict (conflictMessage) when `client.version` is set and the
    // stored card has moved on since it was read.
    Status update(const Client &client);
    // Whether saving `mine` would be refused because the stored card changed.
    bool isStale(const Client &mine) const;
    // Who changed the stored card last, and when, as a sentence.
    QString conflictMessage(const Client &current) const;
    Status archive(ClientId id);

    std::optional<Client> byId(ClientId id) const;
    std::optional<Client> byTaxId(TaxCountry country, const QString &taxId) const;
    std::optional<Client> byLegalName(const QString &legalName) const;

    QList<ClientListRow> list(const ClientQuery &query) const;
    int count(const ClientQuery &query) const;
    // Every card's matching key (archived included), for imports.
    QList<ClientKey> keys() const;

    static Status validate(const Client &client);
    // The card's own fields by column name, as the audit log records them
    // (lists not included): equal maps mean an update would change nothing.
    static QVariantMap fieldMap(const Client &client);
    // Trimmed names and contact fields, normalized tax id, lower-case
    // emails, the tariff's currency on both of its amounts (KZT if none).
    static Client normalized(const Client &client);

private:
    Database m_db;
};

} // namespace rapport
