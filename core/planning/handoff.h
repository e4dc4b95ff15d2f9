#pragma once

#include "domain/ids.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport {

// The five things a handoff from sales to account management must deliver
// (seed 004: "live evaluation of the client handoff by quality control").
enum class HandoffItem { Card, Meeting, Conditions, Questions, Satisfaction };
enum class MeetingMode { Online, Offline };

// Stable keys for the database, the CLI and JSON: "card", "meeting",
// "conditions", "questions", "satisfaction"; "online", "offline".
QString handoffItemKey(HandoffItem item);
std::optional<HandoffItem> handoffItemFromKey(const QString &key);
QList<HandoffItem> allHandoffItems();
// Translated name of an item, e.g. "Intro meeting".
QString handoffItemTitle(HandoffItem item);
QString meetingModeKey(MeetingMode mode);
std::optional<MeetingMode> meetingModeFromKey(const QString &key);
QString meetingModeTitle(MeetingMode mode);

// An open question of the account manager to the salesperson.
struct HandoffQuestion
{
    qint64 id = 0;
    QString question;
    QString answer;
    qint64 answeredAt = 0; // 0: not answered yet
    qint64 createdAt = 0;

    bool isAnswered() const { return answeredAt > 0 && !answer.trimmed().isEmpty(); }
};

// A special condition of the client as seen by one handoff: acknowledged by
// the account manager or not yet.
struct HandoffCondition
{
    qint64 conditionId = 0;
    QString text;
    QString agreedBy;
    QDate agreedOn;
    UserId acknowledgedBy;
    QString acknowledgedByName;
    qint64 acknowledgedAt = 0; // 0: not acknowledged

    bool isAcknowledged() const { return acknowledgedAt > 0; }
};

// Quality control's score of one item: 0 (poor), 1 (acceptable), 2 (good).
struct HandoffScore
{
    HandoffItem item = HandoffItem::Card;
    int score = 0;
    QString comment;
    UserId scoredBy;
    QString scoredByName;
    qint64 scoredAt = 0;
};

// One handoff of a won deal, with what the rules need to judge its items.
struct Handoff
{
    HandoffId id;
    ClientId clientId;
    QString clientName;
    UserId salesOwnerId;
    QString salesOwnerName;
    UserId accountManagerId;
    QString accountManagerName;
    qint64 wonAt = 0;
    qint64 completedAt = 0; // 0: open
    qint64 createdAt = 0;

    qint64 meetingAt = 0; // 0: no meeting recorded
    std::optional<MeetingMode> meetingMode;
    QString meetingAttendees;

    int satisfaction = 0; // 1–5; 0: not recorded
    QString satisfactionNote;

    UserId overrideBy;
    QString overrideByName;
    QString overrideReason;

    // What the client card still lacks (translated, from the completeness
    // score, "no invoice yet" left out: a fresh client has none yet).
    QStringList cardMissing;
    // The client's special conditions that are not archived.
    QList<HandoffCondition> conditions;
    QList<HandoffQuestion> questions;
    QList<HandoffScore> scores;

    bool isCompleted() const { return completedAt > 0; }
    std::optional<HandoffScore> scoreFor(HandoffItem item) const;
};

// Whether one item is done and, when it is not, what is missing.
struct HandoffItemState
{
    HandoffItem item = HandoffItem::Card;
    bool done = false;
    QString detail; // translated: what is missing, or a short summary when done
};

// Quality control's verdict: points out of 2 per scored item.
struct HandoffQuality
{
    int points = 0;
    int scoredItems = 0;
    // points / (2 × scored items) as a rounded percentage; empty when
    // nothing is scored yet.
    std::optional<int> percent;
};

constexpr int kHandoffItemCount = 5;
constexpr int kMaxItemScore = 2;

// The item rules. Card: the completeness score lists nothing missing.
// Meeting: date, online/offline and attendees recorded. Conditions: every
// special condition acknowledged by the account manager (done when the
// client has none). Questions: every question answered (done when none were
// asked). Satisfaction: the client's satisfaction recorded (1–5).
HandoffItemState handoffItemState(const Handoff &handoff, HandoffItem item);
QList<HandoffItemState> handoffItemStates(const Handoff &handoff);
QList<HandoffItem> missingHandoffItems(const Handoff &handoff);
// Done items out of five.
int handoffProgress(const Handoff &handoff);
HandoffQuality handoffQuality(const QList<HandoffScore> &scores);
// completed_at − won_at in seconds; empty while open.
std::optional<qint64> handoffDuration(const Handoff &handoff);

Status validateHandoffScore(int score);
Status validateSatisfaction(int satisfaction);
Status validateMeeting(qint64 at, const std::optional<MeetingMode> &mode, const QString &attendees);
// Only an open handoff changes (quality control may still score a completed one).
Status checkHandoffOpen(const Handoff &handoff);
// The account manager receiving the client, or a team lead, acknowledges a
// special condition: the one who will have to keep it.
Status canAcknowledgeCondition(const Handoff &handoff, const User &actor);
// Quality control scores a handoff; a team lead may stand in.
Status canScoreHandoff(const User &actor);
// All items done: anyone may complete. Items missing: only a team lead, and
// only with a reason (the override is recorded).
Status canComplete(const Handoff &handoff, const User &actor, const QString &overrideReason);

} // namespace rapport
