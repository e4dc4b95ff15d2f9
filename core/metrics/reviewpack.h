#pragma once

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/result.h"
#include "metrics/dashboard.h"
#include "storage/database.h"
#include "storage/unusedhoursreport.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rapport {

// One of the period's largest SLA breaches: which target, by how much, the
// SLA clock's own account of it and what was done (the resolution's note).
struct ReviewPackBreach
{
    qint64 ticketId = 0;
    QString subject;
    QString priority; // "low", "normal", "high", "urgent"
    QString target;   // "response" or "resolution"
    double targetHours = 0;
    double actualHours = 0; // business hours on the ticket's SLA clock
    QStringList explanation; // SlaSnapshot::explanation, one line each (English, translatable)
    QString done;            // the last reply or note on the ticket, empty when none
};

// Feedback of the period: a ticket's liked / not liked, or a complaint,
// thanks or remark recorded on the client.
struct ReviewPackFeedback
{
    QDate on;
    QString kind; // "liked", "not_liked", "complaint", "thanks", "remark"
    QString text;
    qint64 ticketId = 0; // 0: not about one ticket
};

struct ReviewPackInvoice
{
    QString number;
    QDate issuedOn;
    QDate dueOn;
    Money total;
    Money paid;
    QString status; // InvoiceRecord status key
    bool overdue = false;
};

struct ReviewPackPayment
{
    QDate paidOn;
    QString invoiceNumber;
    Money amount;
};

// An obligation of the regulation due in the period (a report, closing
// documents, payroll…): done on time, done late, overdue or still pending.
struct ReviewPackObligation
{
    QString title;
    QDate dueOn;
    QDate doneOn;  // invalid while not done
    QString state; // "on_time", "late", "overdue", "pending"
};

// An item of the previous review's remediation plan and where it stands.
struct ReviewPackPlanItem
{
    QString title;
    QString owner;
    QDate dueOn;
    QDate doneOn;
    QString state; // "done", "open", "overdue"
};

// Everything a client review discusses (seed 000: progress, mistakes and the
// plan to fix them; seed 002: unused hours), for one client and period,
// gathered from the same sources as the dashboard and billing so that the
// pack's figures are the dashboard's (`report dashboard --client ID`).
struct ReviewPack
{
    ClientId client;
    QString clientName;  // short name, else legal name
    QString legalName;
    QString language;    // the document's: the client's unless asked otherwise
    QDate from;
    QDate to;
    qint64 asOf = 0;
    ReviewId review;     // invalid: a pack for a period, not a review
    QString reviewKind;  // "quarterly", "annual" or empty
    QDate reviewDate;
    QString managerName;
    QString providerName;

    DashboardResult dashboard;           // the client's figures for [from, to]; monthly trend in dashboard.monthly
    QList<ReviewPackBreach> breaches;    // largest first, at most kMaxBreaches
    QList<ReviewPackFeedback> feedback;  // oldest first
    QList<UnusedHoursRow> hours;         // one per month of the period with a tariff, oldest first
    bool hoursSuggestion = false;        // unused hours stayed high: propose development or a smaller tariff
    QList<ReviewPackInvoice> invoices;   // issued in the period
    QList<ReviewPackPayment> payments;   // received in the period
    QList<ReceivablesFigures> receivables; // outstanding and overdue now, by currency
    QList<ReviewPackObligation> obligations;
    QDate previousReviewOn;               // invalid: no earlier held review
    QList<ReviewPackPlanItem> previousPlan;

    static constexpr int kMaxBreaches = 10;
};

// Gathers a ReviewPack: the ticket, feedback, obligation and receivables
// figures from Dashboard (the very numbers of `report dashboard --client`),
// hours from UnusedHoursReport, the rest read here.
class ReviewPackBuilder
{
public:
    explicit ReviewPackBuilder(const Database &db) : m_db(db) {}

    // The pack of a review: its client, the period since the previous held
    // review (else the quarter or year the kind covers) up to the review date.
    Result<ReviewPack> forReview(ReviewId review, const QString &language = {}, qint64 asOf = 0) const;
    // Any client and period [from, to] (dates inclusive).
    Result<ReviewPack> forPeriod(ClientId client, QDate from, QDate to, const QString &language = {},
        qint64 asOf = 0) const;

private:
    Result<ReviewPack> build(ReviewPack pack) const;

    Database m_db;
};

} // namespace rapport
