#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

class BusinessCalendar;

using ObligationRuleId = Id<struct ObligationRuleTag>;

// The recurring obligations of the service regulation (seed 000).
enum class ObligationKind { ProjectReport, ClosingDocuments, Payroll, Payslips, Audit, Custom };
enum class ObligationPeriod { Monthly, Quarterly, Annual };
// business_day: the N-th working day of the due month; calendar_day: day D
// of the due month, moved to the previous working day when D is not one.
enum class DayOffset { BusinessDay, CalendarDay };

// Stable keys: "project_report", "closing_documents", "payroll", "payslips",
// "audit", "custom"; "monthly", "quarterly", "annual"; "business_day",
// "calendar_day".
QString obligationKindKey(ObligationKind kind);
std::optional<ObligationKind> obligationKindFromKey(const QString &key);
QList<ObligationKind> allObligationKinds();
// Translated default title, e.g. "Project report".
QString obligationKindTitle(ObligationKind kind);
QString obligationPeriodKey(ObligationPeriod period);
std::optional<ObligationPeriod> obligationPeriodFromKey(const QString &key);
QString dayOffsetKey(DayOffset offset);
std::optional<DayOffset> dayOffsetFromKey(const QString &key);

// One period of a recurring obligation: a month ("2026-03"), a quarter
// ("2026-Q1") or a year ("2026").
struct ObligationPeriodRef
{
    QString key;
    QDate start;
    QDate end; // last day, inclusive

    friend bool operator==(const ObligationPeriodRef &, const ObligationPeriodRef &) = default;
};

// A recurring obligation of one client. The task of a period is due in the
// month that comes `dueMonth` months after the period's last month (1: the
// next month, 0: the period's own last month) — on its `day`-th working day
// (business_day), or on calendar day `day` clamped to the month's length and
// moved back to the previous working day when that day is off (payroll and
// payslips must not be late because of a weekend or a holiday).
struct ObligationRule
{
    ObligationRuleId id;
    ClientId clientId;
    ObligationKind kind = ObligationKind::Custom;
    QString title; // empty: the kind's title
    ObligationPeriod period = ObligationPeriod::Monthly;
    DayOffset offset = DayOffset::BusinessDay;
    int day = 5;
    int dueMonth = 1;
    UserId ownerId; // invalid: the client's account manager
    QDate startsOn; // the first period is the one containing this date
    QString preset; // "service_standard" for rules added by the preset
    bool archived = false;

    // Title, or the kind's title when none was given.
    QString displayTitle() const;

    static Status validate(const ObligationRule &rule);

    // The period containing `date`.
    static ObligationPeriodRef periodOf(ObligationPeriod period, QDate date);
    // Parses a key of this period type; empty when it is not one.
    static std::optional<ObligationPeriodRef> periodFromKey(ObligationPeriod period, const QString &key);

    // The due date of the task for `period` on `calendar`; an invalid date
    // when the calendar has no working day to put it on.
    QDate dueDate(const ObligationPeriodRef &period, const BusinessCalendar &calendar) const;
    // Every period from the one containing startsOn to the one containing
    // `asOf` (a task is created once its period has begun). Catching up is
    // listing: a run that missed months creates each of them.
    QList<ObligationPeriodRef> periodsThrough(QDate asOf) const;
};

} // namespace rapport
