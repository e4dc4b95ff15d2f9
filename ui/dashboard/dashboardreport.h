#pragma once

#include "metrics/dashboard.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace rapport {

// The Dashboard view exported: CSV with one row per figure (the same file
// as `rapport-cli report dashboard --format csv`) and a PDF report for a
// meeting — the period and filters, the key figures against the previous
// period, the charts, the per-manager table and receivables.
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)

public:
    static Status writeCsv(const DashboardResult &result, const QString &path);
    static Status writePdf(const DashboardResult &current, const DashboardResult &previous, const QList<QImage> &charts,
        const QString &path);
    // The report as HTML (what the PDF prints).
    static QString html(const DashboardResult &current, const DashboardResult &previous, int chartCount);
};

} // namespace rapport
