#include "servicestandard.h"

#include <QCoreApplication>

namespace rapport {

QString ServiceStandard::title()
{
    return QCoreApplication::translate("ServiceStandard", "Service standard");
}

QString ServiceStandard::summary()
{
    return QCoreApplication::translate("ServiceStandard",
        "24/48 rule: 24 hours to report a problem, 48 hours to solve it. Project report and closing documents by the "
        "5th working day of the next month. Payroll of external staff and payslips by the 10th. Quarterly and annual "
        "reviews. Annual external audit by April 30.");
}

QList<ObligationRule> ServiceStandard::obligationRules(ClientId client, QDate startsOn)
{
    auto rule = [&](ObligationKind kind, ObligationPeriod period, DayOffset offset, int day, int dueMonth) {
        ObligationRule r;
        r.clientId = client;
        r.kind = kind;
        r.period = period;
        r.offset = offset;
        r.day = day;
        r.dueMonth = dueMonth;
        r.startsOn = startsOn;
        r.preset = presetKey();
        return r;
    };
    return {
        rule(ObligationKind::ProjectReport, ObligationPeriod::Monthly, DayOffset::BusinessDay, kReportBusinessDay, 1),
        rule(ObligationKind::ClosingDocuments, ObligationPeriod::Monthly, DayOffset::BusinessDay,
            kClosingDocumentsBusinessDay, 1),
        rule(ObligationKind::Payroll, ObligationPeriod::Monthly, DayOffset::CalendarDay, kPayrollDay, 1),
        rule(ObligationKind::Payslips, ObligationPeriod::Monthly, DayOffset::CalendarDay, kPayrollDay, 1),
        rule(ObligationKind::Audit, ObligationPeriod::Annual, DayOffset::CalendarDay, kAuditDay, kAuditMonthAfterYear)
    };
}

ReviewCadence ServiceStandard::reviewCadence(QDate contractStart)
{
    ReviewCadence cadence;
    cadence.quarterly = true;
    cadence.annual = true;
    cadence.periodicMonths = 3;
    cadence.anchor = contractStart;
    return cadence;
}

} // namespace rapport
