#pragma once

#include "database.h"
#include "domain/ids.h"
#include "sla/slapolicy.h"

#include <QList>

#include <optional>

namespace rapport {

// SLA policies: a business calendar and per-priority targets. One policy is
// the default (the shipped "24/48" on 24/7 unless changed); a client without
// a policy of its own uses it.
class SlaPolicyRepository
{
public:
    explicit SlaPolicyRepository(const Database &db) : m_db(db) {}

    QList<SlaPolicy> list() const;
    std::optional<SlaPolicy> byId(qint64 id) const;
    std::optional<SlaPolicy> byName(const QString &name) const;
    // The stored default, or SlaPolicy::default2448() if none is stored.
    SlaPolicy defaultPolicy() const;
    qint64 defaultPolicyId() const;
    // The client's own policy, or the default one (no policy, or a policy
    // that no longer exists).
    SlaPolicy forClient(ClientId client) const;

    // Validates and inserts (id 0) or updates the policy; its calendar must
    // exist and its name be unique. Audited. Stored tickets are not
    // recomputed here: callers run TicketRepository::recomputeOpen().
    Result<SlaPolicy> save(const SlaPolicy &policy);
    // Stores the shipped default "24/48" as the default policy when no
    // policy exists at all. Not audited: nobody changed anything.
    Status installDefault();
    Status setDefault(qint64 id);

private:
    Result<SlaPolicy> store(const SlaPolicy &policy, bool audit);

    Database m_db;
};

} // namespace rapport
