#pragma once

#include "database.h"

#include <QStringList>

namespace rapport {

// On-demand database check: integrity_check, foreign_key_check and schema
// version. Slow on big files (seconds per 100 MB): never run at start-up.
class HealthCheck
{
public:
    explicit HealthCheck(const Database &db) : m_db(db) {}

    // Empty when everything is fine; otherwise one readable line per problem.
    QStringList problems() const;

private:
    Database m_db;
};

} // namespace rapport
