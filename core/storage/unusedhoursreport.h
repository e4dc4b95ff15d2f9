#pragma once

#include "billing/hourbalance.h"
#include "billing/unusedhours.h"
#include "database.h"
#include "domain/ids.h"

#include <QDate>
#include <QList>

namespace rapport {

// One client's month in the unused-hours report.
struct UnusedHoursRow
{
    ClientId clientId;
    QString clientName;
    QDate month;
    QString source; // "billed": the billing run's snapshot; "live": from the time entries so far
    int includedMinutes = 0;
    int usedMinutes = 0;
    int unusedMinutes = 0;
    int unusedShareBp = 0;
    int rolloverAvailableMinutes = 0;
    int rolloverExpiredMinutes = 0;
    int carriedForwardMinutes = 0;
    int streakMonths = 0;
    bool flagged = false;
    QString suggestionKey;
    QString suggestionText;

    // The month's hour ledger: included + rolled over − used = remaining.
    HourBalance balance() const { return HourBalance { includedMinutes, rolloverAvailableMinutes, usedMinutes }; }
};

// Unused subscription hours per client and month (seed 002: unused hours
// are not refunded; propose development work or a smaller tariff). Months
// the billing run has closed come from its snapshots (month_usage); other
// months are computed from the time entries and the current tariff
// (nothing included before the contract starts, or before the card was
// created when the contract start is unknown). The hour ledger of a month
// (balance(): included + rolled over − used) is read here too. The flag and suggestion
// are UnusedHours::assess over the months up to the one asked, with the
// threshold from BillingSettings. The card, the Clients list, Today,
// `report unused-hours` and `clients hours` read this one query.
class UnusedHoursReport
{
public:
    explicit UnusedHoursReport(const Database &db) : m_db(db) {}

    // Every client with a tariff (or a snapshot of the month), by name.
    Result<QList<UnusedHoursRow>> forMonth(QDate month) const;
    Result<UnusedHoursRow> forClient(ClientId client, QDate month) const;
    // These clients only (those with a tariff); no particular order.
    Result<QList<UnusedHoursRow>> forClients(const QList<ClientId> &clients, QDate month) const;

private:
    Result<QList<UnusedHoursRow>> rows(QDate month, ClientId only) const;

    Database m_db;
};

} // namespace rapport
