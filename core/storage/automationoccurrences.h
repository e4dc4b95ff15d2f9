#pragma once

#include "automationrepository.h"
#include "regulationcalendar.h"

#include <QDate>
#include <QList>

#include <utility>

namespace rapport {

// One occurrence of a rule's trigger: the record it found, the day it fell
// due, and what the rule's message says about it.
struct AutomationOccurrence
{
    QString refType;
    qint64 refId = 0;
    QString occurrence = QStringLiteral(""); // distinguishes repeated triggers of one record (never NULL)
    qint64 clientId = 0;
    qint64 contactId = 0;
    qint64 assigneeId = 0;
    qint64 ticketId = 0;
    QString ticketSubject;
    QString priority; // tickets: for the conditions
    QString channel;
    QString invoiceNumber;
    qint64 amountMinor = -1;
    QString currency;
    QDate baseDate; // date triggers: the date the trigger follows
    QDate triggerDay; // the day it fell due (the base date moved by the offset; events: today)
    QDate dueDate; // invoice due
    qint64 dueInstant = 0; // SLA due
    QDate deadline; // debt notice: pay by
    QDate reviewDate;
    QDate month; // hour thresholds: the month
    int usedMinutes = -1; // hour thresholds: used and available (included + rolled over)
    int availableMinutes = 0;
    int usedShareBp = 0;
};

// What a rule's trigger finds as of an instant (DESIGN "Automation"): the
// tickets created, resolved or at risk, the invoices coming due, the reviews
// coming up, the dunning steps and the months whose hours reach a threshold.
// A date trigger follows its date moved by the rule's offset, in calendar
// days or in business days on the client's calendar (RegulationCalendar);
// a run takes those whose day fell within the catch-up window up to today
// (AutomationRepository::kCatchUpDays), a preview the latest records.
class AutomationOccurrences
{
public:
    enum class Pick { Window, Latest };

    AutomationOccurrences(const Database &db, qint64 asOf);

    Result<QList<AutomationOccurrence>> find(const AutomationRule &rule, Pick pick);

    QDate today() const { return m_today; }

private:
    std::pair<QString, QString> baseDates(const AutomationRule &rule, Pick pick) const;
    QDate triggerDayOf(const AutomationRule &rule, const AutomationOccurrence &o);
    Result<QList<AutomationOccurrence>> records(const AutomationRule &rule, Pick pick);

    Database m_db;
    QSqlDatabase m_conn;
    qint64 m_asOf;
    QDate m_today;
    RegulationCalendar m_calendars;
};

} // namespace rapport
