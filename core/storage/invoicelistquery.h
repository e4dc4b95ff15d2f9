#pragma once

#include "billing/invoicestate.h"
#include "database.h"
#include "domain/ids.h"
#include "domain/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

// One row of an invoice list: what a table shows, without lines, payments
// and the parties' details.
struct InvoiceListRow
{
    InvoiceId id;
    ClientId clientId;
    QString clientName;
    QString number; // empty for a draft
    QDate month;
    InvoiceStatus status = InvoiceStatus::Draft;
    Money total;
    Money paid;
    QDate issuedOn;
    QDate dueOn;

    Money outstanding() const { return total - paid; }
    // The issued number, or "#id" for a draft (as InvoiceRecord::reference()).
    QString reference() const;
    // Calendar days past the due date on `today` while money is expected, else 0.
    int daysOverdue(QDate today) const;
};

// Filter and keyset page of an invoice list, newest first.
struct InvoiceListFilter
{
    QString search;                      // client names, tax id, contacts (as the clients list) or the number
    std::optional<InvoiceStatus> status; // none: any
    bool unpaidOnly = false;             // issued or partially paid
    bool overdueOnly = false;            // unpaid and past due on `today`
    ClientId client;                     // invalid: any
    UserId accountManager;               // invalid: any
    QDate today;                         // invalid: InvoiceRepository::today()
    qint64 beforeId = 0;                 // keyset page: ids strictly below this
    int limit = 200;
};

// A payment with the invoice it settles, for a client's billing tab.
struct ClientPaymentRow
{
    qint64 id = 0;
    InvoiceId invoiceId;
    QString invoiceReference;
    QDate paidOn;
    Money amount;
    QString reference;
    QString userName;
};

// What a client owes, per currency: everything unpaid and the part past due.
struct ClientBalance
{
    QString currency;
    Money outstanding;
    Money overdue;
    int unpaidInvoices = 0;
    int overdueInvoices = 0;
};

// Read-only invoice lists for the screens: the Billing view's invoices
// (searched by client or number, paged lazily by id), a client's payments and
// balance on the card, and the unpaid invoices of an account manager's
// clients for Today, the most overdue first. Writes go through
// InvoiceRepository.
class InvoiceListQuery
{
public:
    explicit InvoiceListQuery(const Database &db) : m_db(db) {}

    Result<QList<InvoiceListRow>> rows(const InvoiceListFilter &filter) const;
    Result<int> count(const InvoiceListFilter &filter) const;

    // Issued and partially paid invoices of the manager's clients (invalid:
    // every client), oldest due date first, so the overdue ones lead.
    Result<QList<InvoiceListRow>> unpaid(UserId accountManager, int limit = 50) const;
    Result<int> unpaidCount(UserId accountManager) const;

    // The client's payments, newest first.
    Result<QList<ClientPaymentRow>> payments(ClientId client, int limit = 200) const;
    // The client's unpaid balance per currency (currencies with nothing unpaid are left out).
    Result<QList<ClientBalance>> balance(ClientId client, QDate today = QDate()) const;

private:
    static QString whereClause(const InvoiceListFilter &filter, QVariantList *values);

    Database m_db;
};

} // namespace rapport
