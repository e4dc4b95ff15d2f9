#pragma once

#include "cli.h"

#include "metrics/feedbackshare.h"
#include "planning/clientfeedback.h"
#include "storage/obligationrepository.h"
#include "storage/reviewrepository.h"
#include "storage/workflowrepository.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace rapport::cli {

// Options of the regulation commands: dates are YYYY-MM-DD, ids positive
// numbers, staff by email. Each returns empty after reporting a usage error
// in *code (left alone on success or when the option is absent).
std::optional<QDate> dateOption(Context &ctx, const QString &name, int *code);
// A positive id from an option or a positional word.
std::optional<qint64> idValue(Context &ctx, const QString &what, const QString &text, int *code);
// The active staff member with this email, or a failure in *code.
std::optional<UserId> staffByEmail(Context &ctx, const Database &db, const QString &email, int *code);

// JSON shapes (keys are stable, snake_case; absent values are null).
QJsonValue dateJson(QDate date);
QJsonValue idJson(qint64 id);
QJsonValue rateJson(std::optional<double> rate);
// {"id","title","client_id","client","owner_email","owner","due_on","status",
//  "done_on","overdue","on_time","source","obligation_rule_id","period_key",
//  "review_id","workflow_run_id","ticket_id","notes"}
QJsonObject taskJson(const Task &task, QDate today);
// {"id","client_id","client","manager_email","manager","kind","status",
//  "scheduled_on","held_on","overdue","attendees","progress","problems",
//  "satisfaction","action_items","open_action_items","overdue_action_items"}
QJsonObject reviewJson(const Review &review, QDate today);
// {"id","client_id","client","kind","title","period","offset_type","day",
//  "due_month","owner_email","owner","owner_is_account_manager","starts_on",
//  "preset","archived","open_tasks","overdue_tasks","next_due"}
QJsonObject ruleJson(const ObligationRuleRow &row);
// {"id","key","name","description","builtin","archived","steps":[{"id",
//  "position","title","owner_role","offset_days"}]}
QJsonObject templateJson(const WorkflowTemplate &workflow);
// {"id","template_id","template","client_id","client","ticket_id",
//  "started_on","total","done","overdue","percent","tasks":[task…]}
QJsonObject runJson(const WorkflowRun &run, QDate today);
// {"id","client_id","client","kind","text","received_at","channel",
//  "ticket_id","handling","handled_at","handled_by"}
QJsonObject clientFeedbackJson(const ClientFeedback &feedback);
// {"due","on_time","done_late","overdue","pending","on_time_rate"}
QJsonObject onTimeJson(const OnTimeStats &stats);
// {"email","name","liked","not_liked","liked_share"}
QJsonObject managerFeedbackJson(const ManagerFeedback &feedback);

} // namespace rapport::cli
