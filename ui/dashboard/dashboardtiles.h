#pragma once

#include "metrics/dashboard.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport {

class KpiTile;

// What each tile of the dashboard shows: its value, a detail line and the
// change against the previous period, coloured by whether it is better or
// worse (a shorter response time is better, more breaches are worse).
class DashboardTiles
{
    Q_DECLARE_TR_FUNCTIONS(DashboardTiles)

public:
    static void fill(const QHash<QString, KpiTile *> &tiles, const DashboardResult &now, const DashboardResult &before);
};

} // namespace rapport
