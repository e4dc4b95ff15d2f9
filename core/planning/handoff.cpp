#include "handoff.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const std::array<std::pair<HandoffItem, QString>, kHandoffItemCount> kItems {
    {{HandoffItem::Card, u"card"_s},
     {HandoffItem::Meeting, u"meeting"_s},
     {HandoffItem::Conditions, u"conditions"_s},
     {HandoffItem::Questions, u"questions"_s},
     {HandoffItem::Satisfaction, u"satisfaction"_s}}};

QString itemList(const QList<HandoffItem> &items)
{
    QStringList names;
    for (HandoffItem item : items)
        names << handoffItemTitle(item);
    return names.join(u", "_s);
}

HandoffItemState cardState(const Handoff &h)
{
    if (h.cardMissing.isEmpty())
        return {HandoffItem::Card, true, QCoreApplication::translate("Handoff", "Card complete")};
    return {HandoffItem::Card, false,
            QCoreApplication::translate("Handoff", "Missing: %1").arg(h.cardMissing.join(u", "_s))};
}

HandoffItemState meetingState(const Handoff &h)
{
    QStringList missing;
    if (h.meetingAt <= 0)
        missing << QCoreApplication::translate("Handoff", "date");
    if (!h.meetingMode)
        missing << QCoreApplication::translate("Handoff", "online or offline");
    if (h.meetingAttendees.trimmed().isEmpty())
        missing << QCoreApplication::translate("Handoff", "attendees");
    if (!missing.isEmpty())
        return {HandoffItem::Meeting, false,
                QCoreApplication::translate("Handoff", "Missing: %1").arg(missing.join(u", "_s))};
    const QString date = QDateTime::fromSecsSinceEpoch(h.meetingAt).toString(u"yyyy-MM-dd HH:mm"_s);
    return {HandoffItem::Meeting, true, u"%1, %2"_s.arg(date, meetingModeTitle(*h.meetingMode))};
}

HandoffItemState conditionsState(const Handoff &h)
{
    if (h.conditions.isEmpty())
        return {HandoffItem::Conditions, true, QCoreApplication::translate("Handoff", "No special conditions")};
    qsizetype open = 0;
    for (const HandoffCondition &c : h.conditions)
        open += c.isAcknowledged() ? 0 : 1;
    if (open > 0)
        return {HandoffItem::Conditions, false,
                QCoreApplication::translate("Handoff", "%1 of %2 not acknowledged").arg(open).arg(h.conditions.size())};
    return {HandoffItem::Conditions, true,
            QCoreApplication::translate("Handoff", "All acknowledged (%1)").arg(h.conditions.size())};
}

HandoffItemState questionsState(const Handoff &h)
{
    if (h.questions.isEmpty())
        return {HandoffItem::Questions, true, QCoreApplication::translate("Handoff", "No questions asked")};
    qsizetype open = 0;
    for (const HandoffQuestion &q : h.questions)
        open += q.isAnswered() ? 0 : 1;
    if (open > 0)
        return {HandoffItem::Questions, false,
                QCoreApplication::translate("Handoff", "%1 of %2 unanswered").arg(open).arg(h.questions.size())};
    return {HandoffItem::Questions, true,
            QCoreApplication::translate("Handoff", "All answered (%1)").arg(h.questions.size())};
}

HandoffItemState satisfactionState(const Handoff &h)
{
    if (h.satisfaction < 1 || h.satisfaction > 5)
        return {HandoffItem::Satisfaction, false, QCoreApplication::translate("Handoff", "Not recorded")};
    return {HandoffItem::Satisfaction, true, QCoreApplication::translate("Handoff", "%1 of 5").arg(h.satisfaction)};
}

} // namespace

QString handoffItemKey(HandoffItem item)
{
    for (const auto &[value, key] : kItems) {
        if (value == item)
            return key;
    }
    return {};
}

std::optional<HandoffItem> handoffItemFromKey(const QString &key)
{
    for (const auto &[value, k] : kItems) {
        if (k == key)
            return value;
    }
    return std::nullopt;
}

QList<HandoffItem> allHandoffItems()
{
    QList<HandoffItem> items;
    for (const auto &entry : kItems)
        items << entry.first;
    return items;
}

QString handoffItemTitle(HandoffItem item)
{
    switch (item) {
    case HandoffItem::Card: return QCoreApplication::translate("Handoff", "Client card");
    case HandoffItem::Meeting: return QCoreApplication::translate("Handoff", "Intro meeting");
    case HandoffItem::Conditions: return QCoreApplication::translate("Handoff", "Special conditions");
    case HandoffItem::Questions: return QCoreApplication::translate("Handoff", "Questions to sales");
    case HandoffItem::Satisfaction: return QCoreApplication::translate("Handoff", "Client satisfaction");
    }
    return {};
}

QString meetingModeKey(MeetingMode mode)
{
    return mode == MeetingMode::Online ? u"online"_s : u"offline"_s;
}

std::optional<MeetingMode> meetingModeFromKey(const QString &key)
{
    if (key == u"online"_s)
        return MeetingMode::Online;
    if (key == u"offline"_s)
        return MeetingMode::Offline;
    return std::nullopt;
}

QString meetingModeTitle(MeetingMode mode)
{
    return mode == MeetingMode::Online ? QCoreApplication::translate("Handoff", "online")
                                       : QCoreApplication::translate("Handoff", "offline");
}

std::optional<HandoffScore> Handoff::scoreFor(HandoffItem item) const
{
    for (const HandoffScore &s : scores) {
        if (s.item == item)
            return s;
    }
    return std::nullopt;
}

HandoffItemState handoffItemState(const Handoff &handoff, HandoffItem item)
{
    switch (item) {
    case HandoffItem::Card: return cardState(handoff);
    case HandoffItem::Meeting: return meetingState(handoff);
    case HandoffItem::Conditions: return conditionsState(handoff);
    case HandoffItem::Questions: return questionsState(handoff);
    case HandoffItem::Satisfaction: return satisfactionState(handoff);
    }
    return {};
}

QList<HandoffItemState> handoffItemStates(const Handoff &handoff)
{
    QList<HandoffItemState> states;
    for (HandoffItem item : allHandoffItems())
        states << handoffItemState(handoff, item);
    return states;
}

QList<HandoffItem> missingHandoffItems(const Handoff &handoff)
{
    QList<HandoffItem> missing;
    for (const HandoffItemState &s : handoffItemStates(handoff)) {
        if (!s.done)
            missing << s.item;
    }
    return missing;
}

int handoffProgress(const Handoff &handoff)
{
    return kHandoffItemCount - int(missingHandoffItems(handoff).size());
}

HandoffQuality handoffQuality(const QList<HandoffScore> &scores)
{
    HandoffQuality q;
    for (const HandoffScore &s : scores) {
        q.points += s.score;
        ++q.scoredItems;
    }
    if (q.scoredItems > 0) {
        // Rounded half up: (100 × points + n) / 2n.
        q.percent = (100 * q.points + q.scoredItems) / (kMaxItemScore * q.scoredItems);
    }
    return q;
}

std::optional<qint64> handoffDuration(const Handoff &handoff)
{
    if (!handoff.isCompleted())
        return std::nullopt;
    return handoff.completedAt - handoff.wonAt;
}

Status validateHandoffScore(int score)
{
    if (score < 0 || score > kMaxItemScore)
        return fail(QCoreApplication::translate("Handoff", "A score is 0, 1 or 2, not %1.").arg(score));
    return {};
}

Status validateSatisfaction(int satisfaction)
{
    if (satisfaction < 1 || satisfaction > 5)
        return fail(
            QCoreApplication::translate("Handoff", "Client satisfaction is from 1 to 5, not %1.").arg(satisfaction));
    return {};
}

Status validateMeeting(qint64 at, const std::optional<MeetingMode> &mode, const QString &attendees)
{
    if (at <= 0)
        return fail(QCoreApplication::translate("Handoff", "The intro meeting needs a date."));
    if (!mode)
        return fail(QCoreApplication::translate("Handoff", "Say whether the intro meeting was online or offline."));
    if (attendees.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Handoff", "List who attended the intro meeting."));
    return {};
}

Status checkHandoffOpen(const Handoff &handoff)
{
    if (handoff.isCompleted())
        return fail(QCoreApplication::translate("Handoff", "Handoff %1 is already completed.").arg(handoff.id.value));
    return {};
}

Status canAcknowledgeCondition(const Handoff &handoff, const User &actor)
{
    if (!actor.isValid())
        return fail(
            QCoreApplication::translate("Handoff", "Choose who you are working as: an acknowledgement is personal."));
    if (actor.role == Role::TeamLead || actor.id == handoff.accountManagerId)
        return {};
    return fail(QCoreApplication::translate(
        "Handoff", "Only the account manager receiving the client or a team lead can acknowledge a special "
                   "condition."));
}

Status canScoreHandoff(const User &actor)
{
    if (actor.isValid() && (actor.role == Role::QualityControl || actor.role == Role::TeamLead))
        return {};
    return fail(QCoreApplication::translate("Handoff", "Only quality control or a team lead can score a handoff."));
}

Status canComplete(const Handoff &handoff, const User &actor, const QString &overrideReason)
{
    if (Status s = checkHandoffOpen(handoff); !s)
        return s;
    const QList<HandoffItem> missing = missingHandoffItems(handoff);
    if (missing.isEmpty())
        return {};
    // The regulation: a handoff with gaps is completed only by a team lead's
    // override, and the reason stays on record.
    if (!actor.isValid() || actor.role != Role::TeamLead)
        return fail(
            QCoreApplication::translate(
                "Handoff", "Handoff %1 has missing items (%2): only a team lead can complete it, with a reason.")
                .arg(handoff.id.value)
                .arg(itemList(missing)));
    if (overrideReason.trimmed().isEmpty())
        return fail(QCoreApplication::translate(
                        "Handoff", "Handoff %1 has missing items (%2): give a reason for completing it anyway.")
                        .arg(handoff.id.value)
                        .arg(itemList(missing)));
    return {};
}

} // namespace rapport
