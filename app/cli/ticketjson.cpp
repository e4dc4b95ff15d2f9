#include "ticketjson.h"

#include "domain/ticketworkflow.h"
#include "isotime.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

double hours(qint64 secs)
{
    return plainNumber(double(secs) / 3600.0, 2).toDouble();
}

QJsonObject targetJson(const SlaTargetState &t)
{
    return {{u"state"_s, SlaTargetState::stateKey(t.state)},
            {u"due"_s, isoUtc(t.dueUtc)},
            {u"done_at"_s, isoUtc(t.doneUtc)},
            {u"elapsed_hours"_s, hours(t.elapsedBusinessSecs)},
            {u"target_hours"_s, hours(t.targetSecs)}};
}

} // namespace

QJsonObject ticketJson(const Ticket &t, const QList<TicketLogEntry> &events, const QList<TimeEntry> &time)
{
    QJsonArray explanation;
    for (const QString &line : t.sla.explanation.split(u'\n', Qt::SkipEmptyParts))
        explanation.append(line);
    const QJsonObject sla{{u"policy"_s, t.slaPolicyName},
                          {u"calendar"_s, t.calendarName},
                          {u"as_of"_s, isoUtc(t.slaAsOf)},
                          {u"priority"_s, priorityKey(t.sla.priority)},
                          {u"paused"_s, t.sla.paused},
                          {u"paused_hours"_s, hours(t.sla.pausedSecs)},
                          {u"response"_s, targetJson(t.sla.response)},
                          {u"resolution"_s, targetJson(t.sla.resolution)},
                          {u"explanation"_s, explanation}};
    QJsonArray log;
    for (const TicketLogEntry &e : events)
        log.append(QJsonObject{{u"id"_s, e.id},
                               {u"at"_s, isoUtc(e.at)},
                               {u"kind"_s, e.kind},
                               {u"status"_s, e.status ? QJsonValue(statusKey(*e.status)) : QJsonValue()},
                               {u"priority"_s, e.priority ? QJsonValue(priorityKey(*e.priority)) : QJsonValue()},
                               {u"user"_s, textOrNull(e.userName)},
                               {u"channel"_s, textOrNull(e.channel)},
                               {u"body"_s, e.body}});
    QJsonArray entries;
    int minutes = 0;
    int billable = 0;
    for (const TimeEntry &e : time) {
        entries.append(QJsonObject{{u"id"_s, e.id},
                                   {u"user_id"_s, idOrNull(e.userId.value)},
                                   {u"user"_s, textOrNull(e.userName)},
                                   {u"date"_s, e.day.toString(Qt::ISODate)},
                                   {u"minutes"_s, e.minutes},
                                   {u"billable"_s, e.billable},
                                   {u"note"_s, e.note}});
        minutes += e.minutes;
        billable += e.billable ? e.minutes : 0;
    }
    return {{u"id"_s, t.id.value},
            {u"client_id"_s, t.clientId.value},
            {u"client"_s, t.clientName},
            {u"contact_id"_s, idOrNull(t.contactId.value)},
            {u"channel"_s, contactChannelKey(t.channel)},
            {u"subject"_s, t.subject},
            {u"description"_s, t.description},
            {u"category"_s, t.category},
            {u"priority"_s, priorityKey(t.priority)},
            {u"status"_s, statusKey(t.status)},
            {u"owner_id"_s, idOrNull(t.ownerId.value)},
            {u"owner"_s, textOrNull(t.ownerName)},
            {u"assignee_id"_s, idOrNull(t.assigneeId.value)},
            {u"assignee"_s, textOrNull(t.assigneeName)},
            {u"agreed_deadline"_s, isoUtc(t.agreedDeadline)},
            {u"formal_statement"_s, t.formalStatement},
            {u"confirmed_at"_s, isoUtc(t.confirmedAt)},
            {u"confirmed_channel"_s, textOrNull(t.confirmedChannel)},
            {u"created_at"_s, isoUtc(t.createdAt)},
            {u"first_response_at"_s, isoUtc(t.firstResponseAt)},
            {u"resolved_at"_s, isoUtc(t.resolvedAt)},
            {u"closed_at"_s, isoUtc(t.closedAt)},
            {u"feedback"_s, t.feedback ? QJsonValue(TicketWorkflow::feedbackKey(*t.feedback)) : QJsonValue()},
            {u"feedback_reason"_s, textOrNull(t.feedbackReason)},
            {u"feedback_at"_s, isoUtc(t.feedbackAt)},
            {u"sla"_s, sla},
            {u"events"_s, log},
            {u"time_entries"_s, entries},
            {u"time_minutes"_s, minutes},
            {u"billable_minutes"_s, billable}};
}

QJsonObject ticketRowJson(const TicketListRow &r)
{
    return {{u"id"_s, r.id.value},
            {u"created_at"_s, isoUtc(r.createdAt)},
            {u"subject"_s, r.subject},
            {u"client_id"_s, r.clientId.value},
            {u"client"_s, r.clientName},
            {u"status"_s, statusKey(r.status)},
            {u"priority"_s, priorityKey(r.priority)},
            {u"channel"_s, contactChannelKey(r.channel)},
            {u"owner"_s, textOrNull(r.ownerName)},
            {u"assignee"_s, textOrNull(r.assigneeName)},
            {u"response_due"_s, isoUtc(r.responseDue)},
            {u"resolution_due"_s, isoUtc(r.resolutionDue)},
            {u"first_response_at"_s, isoUtc(r.firstResponseAt)},
            {u"response_state"_s, r.responseState},
            {u"resolution_state"_s, r.resolutionState},
            {u"paused"_s, r.paused},
            {u"category"_s, r.category},
            {u"agreed_deadline"_s, isoUtc(r.agreedDeadline)}};
}

QString ticketText(const Ticket &t)
{
    const auto target = [](const QString &what, const SlaTargetState &s) {
        QString line = u"%1 %2"_s.arg(what, SlaTargetState::stateKey(s.state));
        if (!s.doneUtc)
            line += u", due "_s + isoUtc(s.dueUtc).toString();
        return line;
    };
    QString text = u"ticket %1 [%2] %3: %4\n"_s.arg(t.id.value)
                       .arg(TicketWorkflow::statusWord(t.status), t.clientName, t.subject);
    text += u"  SLA %1 on %2: %3; %4\n"_s.arg(t.slaPolicyName, t.calendarName, target(u"response"_s, t.sla.response),
                                             target(u"resolution"_s, t.sla.resolution));
    if (!t.category.isEmpty() || t.agreedDeadline > 0)
        text += u"  category %1; agreed deadline %2\n"_s.arg(
            t.category.isEmpty() ? u"none"_s : t.category,
            t.agreedDeadline > 0 ? isoUtc(t.agreedDeadline).toString() : u"none"_s);
    return text;
}

} // namespace rapport::cli
