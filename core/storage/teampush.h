#pragma once

#include "database.h"
#include "domain/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace rapport {

// One table as `team push` compares it: rows and a SHA-256 over its rows in
// key order, each value in one canonical text form, on both sides.
struct TableTally
{
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    QString sourceChecksum;
    QString targetChecksum;

    bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
};

// Moves a one-person SQLite database into an empty team database: every
// table in creation order, ids kept, in one transaction on the server (all
// or nothing), identity sequences moved past the highest id; then compares
// both sides table by table.
class TeamPush
{
public:
    // Called after each table with its name, the tables done and the total.
    using Progress = std::function<void(const QString &table, int done, int total)>;

    TeamPush(const Database &source, const Database &target) : m_source(source), m_target(target) {}

    // Refuses a target that already holds clients, tickets or invoices.
    Result<QList<TableTally>> push(const Progress &progress = {});
    // Row counts and checksums of both sides, without moving anything.
    Result<QList<TableTally>> verify() const;

    // The tables of the SQLite source in creation order (parents first).
    Result<QStringList> tables() const;

    // The other way, for `backup -o FILE` of a team database: fills the
    // freshly made, empty file `file` (same schema version) from one
    // consistent snapshot of the team database `server`, ids kept, in one
    // transaction on the file, and compares both sides inside that same
    // snapshot. Any difference or foreign-key problem fails.
    static Result<QList<TableTally>> pull(const Database &server, const Database &file);

private:
    Status checkTarget() const;

    Database m_source;
    Database m_target;
};

} // namespace rapport
