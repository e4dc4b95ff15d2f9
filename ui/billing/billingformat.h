#pragma once

#include "billing/dunning.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rapport {

// How the billing screens write money, hours, months and dunning exceptions
// in the interface language (documents have their own rules in InvoiceDocument).
class BillingFormat
{
    Q_DECLARE_TR_FUNCTIONS(BillingFormat)

public:
    // "1 234 567,89 KZT": digits grouped by the locale, the currency's minor digits.
    static QString money(const Money &amount);
    // Amounts in several currencies, joined with " + ".
    static QString moneyList(const QList<Money> &amounts);
    // "12,5 h" from minutes (up to two decimals).
    static QString hours(qint64 minutes);
    // "March 2026".
    static QString month(QDate month);
    // "Mar 2026", for narrow columns.
    static QString shortMonth(QDate month);
    // The locale's short date, or empty for an invalid one.
    static QString date(QDate day);
    // "Promise to pay", "Guarantee letter", "Team-lead hold".
    static QString pauseKind(DunningPauseKind kind);
    // What the user typed as an amount, without group separators (spaces, no-break spaces).
    static QString amountText(const QString &typed);
};

} // namespace rapport
