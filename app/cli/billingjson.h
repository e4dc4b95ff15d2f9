#pragma once

#include "cli.h"

#include "storage/actrepository.h"
#include "storage/billingrun.h"
#include "storage/billingsettings.h"
#include "storage/dunningrun.h"
#include "storage/invoicerepository.h"
#include "storage/unusedhoursreport.h"

#include <QJsonObject>

namespace rapport::cli {

// JSON shapes of the billing commands. Keys are stable and snake_case;
// absent values are null. Money is given three ways: "total": "1234.50"
// (plain decimal text in the currency's minor unit), "total_minor": 123450
// (integer minor units) and the invoice's "currency".

// Invoice (list rows have no lines/payments/act/details):
// {"id","number","reference","client_id","client","kind","month","fee_month",
//  "usage_month" (the months whose fee and work it bills, "YYYY-MM" or null),"status",
//  "currency","subtotal","subtotal_minor","vat_rate_bp","vat","vat_minor",
//  "total","total_minor","paid","paid_minor","outstanding","outstanding_minor",
//  "payment_terms_days","issued_on","due_on","paid_on","days_overdue",
//  "cancelled_reason"} + full: "lines", "payments", "client_details",
//  "provider_details", "act"
QJsonObject invoiceJson(const InvoiceRecord &invoice, QDate today, bool full);
// {"position","kind","description","quantity","quantity_milli","unit_price",
//  "unit_price_minor","amount","amount_minor","minutes","adjustment_month",
//  "adjustment_number"}
QJsonObject invoiceLineJson(const InvoiceLineRecord &line, int position);
// {"id","invoice_id","paid_on","amount","amount_minor","currency","reference","by"}
QJsonObject paymentJson(const PaymentRecord &payment);
// {"id","invoice_id","invoice_number","client_id","month","status","sent_on",
//  "signed_on","total_minutes","lines":[{"ticket_id","subject","minutes"}]}
QJsonObject actJson(const ActRecord &act);
// {"month","dry_run","created","existing","nothing_to_bill","failed",
//  "cancelled","items":[{"client_id","client","outcome","invoice_id","fee_month","usage_month",
//  "currency","subtotal","subtotal_minor","vat","vat_minor","total",
//  "total_minor","included_minutes","billable_minutes",
//  "rollover_available_minutes","rollover_used_minutes","overage_minutes",
//  "act_lines","lines","adjustments_found","adjustments_settled","error"}]}
QJsonObject billingRunJson(const BillingRunResult &result);
// {"id","origin_month","origin_invoice_id","origin_number","minutes_before",
//  "minutes_after","amount","amount_minor","currency"}
QJsonObject adjustmentJson(const BillingAdjustment &adjustment);
// {"name","tax_country","tax_id","address","bank_name","bank_bic","bank_account","director","complete"}
QJsonObject providerJson(const ProviderDetails &provider);

// {"as_of","dry_run","clients_checked","cancelled","steps":[{"client_id",
//  "client","case_id","step","due_on","state_after","outstanding",
//  "outstanding_minor","currency"}],"errors":[{"client_id","error"}]}
QJsonObject dunningRunJson(const DunningRunResult &result);
// {"client_id","client","client_status","case_id","state","outstanding",
//  "outstanding_minor","currency","oldest_due_on","days_overdue",
//  "overdue_invoices","due_now":[{"step","due_on","state_after"}],
//  "next_step","next_step_on","notice_deadline","waiting_for",
//  "waiting_reason","calendar","pauses":[pause],"history":[step]}
QJsonObject dunningRowJson(const DunningQueueRow &row);
// {"id","client_id","kind","until","reason","document","by","created_at","released_on"}
QJsonObject dunningPauseJson(const DunningPauseRecord &pause);
// {"id","case_id","step","due_on","outstanding","outstanding_minor","currency","by","recorded_at"}
QJsonObject dunningStepJson(const DunningStepRecord &step);

// {"client_id","client","month","source","included_minutes","used_minutes",
//  "unused_minutes","unused_share_percent","rollover_available_minutes",
//  "rollover_expired_minutes","carried_forward_minutes","streak_months",
//  "flagged","suggestion","suggestion_text"}
QJsonObject unusedHoursJson(const UnusedHoursRow &row);

// The month's hour ledger: {"client_id","client","month","source",
//  "included_minutes","rolled_over_minutes","used_minutes","available_minutes",
//  "remaining_minutes","overage_minutes","used_percent" (null with nothing
//  available),"level" (none, ok, warning, exhausted)}
QJsonObject hourBalanceJson(const UnusedHoursRow &row, const HourBalanceConfig &config);

// Options shared by the billing commands: a month "YYYY-MM" (first day) or
// empty after a usage error in *code; a client id from a positional word.
std::optional<QDate> monthOption(Context &ctx, const QString &name, int *code);
std::optional<QDate> billingDateOption(Context &ctx, const QString &name, int *code);
std::optional<ClientId> clientArgument(Context &ctx, const QString &text, int *code);

} // namespace rapport::cli
