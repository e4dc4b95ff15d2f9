#pragma once

#include "obligationrule.h"
#include "reviewschedule.h"

#include <QList>
#include <QString>

namespace rapport {

// The "Service standard" preset: the regulation of seed 000 in one step.
// - the 24/48 rule: 24 hours to report a client's problem, 48 to solve it
//   (the "24/48" SLA policy);
// - the monthly project report and the closing documents (invoice and act)
//   by the 5th working day of the next month;
// - payroll of external staff by the 10th of the next month, payslips the
//   same day (moved back to the previous working day when the 10th is off);
// - quarterly and annual reviews from the contract start;
// - an annual external audit of payroll and reporting by April 30 of the next year.
class ServiceStandard
{
public:
    static QString presetKey() { return QStringLiteral("service_standard"); }
    static QString slaPolicyName() { return QStringLiteral("24/48"); }
    // Translated name of the preset.
    static QString title();
    // Translated one-paragraph summary of what the preset sets up.
    static QString summary();

    static constexpr int kReportBusinessDay = 5;
    static constexpr int kClosingDocumentsBusinessDay = 5;
    static constexpr int kPayrollDay = 10;
    static constexpr int kAuditMonthAfterYear = 4;
    static constexpr int kAuditDay = 30;

    // The preset's rules for a client, starting with the period containing
    // `startsOn`, owned by the account manager (owner left unset).
    static QList<ObligationRule> obligationRules(ClientId client, QDate startsOn);
    // Quarterly and annual reviews from `contractStart`.
    static ReviewCadence reviewCadence(QDate contractStart);
};

} // namespace rapport
