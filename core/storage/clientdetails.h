#pragma once

#include "database.h"
#include "domain/client.h"

namespace rapport {

// The lists of one client card: contacts, special conditions and document
// links. Used by ClientRepository inside its transactions; every row change
// is audited. Contacts and conditions are archived when they leave the
// card (handoffs refer to conditions); document links are deleted.
class ClientDetails
{
public:
    ClientDetails(const Database &db, ClientId client) : m_db(db), m_client(client) {}

    // Fills the card's contacts, conditions (both without archived ones) and documents.
    void load(Client &client) const;

    // Writes the lists of `current` over those of `old`: rows without an id
    // are inserted (and get their id), rows with one are updated, rows of
    // `old` missing from `current` are archived or deleted.
    Status sync(const Client &old, Client &current);

    // Rows of `current` that carry an id must be rows of `old`.
    static Status checkOwnership(const Client &old, const Client &current);

private:
    Status syncContacts(const Client &old, Client &current, qint64 now);
    Status syncConditions(const Client &old, Client &current, qint64 now);
    Status syncDocuments(const Client &old, Client &current, qint64 now);

    Database m_db;
    ClientId m_client;
};

} // namespace rapport
