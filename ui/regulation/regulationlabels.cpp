#include "regulationlabels.h"

#include "theme.h"

#include <QColor>
#include <QComboBox>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Refills a combo with (text, data) pairs and keeps the selected data.
void refill(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    if (combo->count() == items.size()) {
        for (int i = 0; i < items.size(); ++i)
            combo->setItemText(i, items.at(i).first);
        return;
    }
    combo->clear();
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int index = current.isValid() ? combo->findData(current) : -1;
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace

QString RegulationLabels::role(Role role)
{
    switch (role) {
    case Role::AccountManager: return tr("Account manager");
    case Role::Specialist: return tr("Specialist");
    case Role::Sales: return tr("Sales");
    case Role::QualityControl: return tr("Quality control");
    case Role::TeamLead: return tr("Team lead");
    }
    return {};
}

QString RegulationLabels::period(ObligationPeriod period)
{
    switch (period) {
    case ObligationPeriod::Monthly: return tr("Monthly");
    case ObligationPeriod::Quarterly: return tr("Quarterly");
    case ObligationPeriod::Annual: return tr("Annual");
    }
    return {};
}

QString RegulationLabels::dayOffset(DayOffset offset)
{
    switch (offset) {
    case DayOffset::BusinessDay: return tr("N-th working day");
    case DayOffset::CalendarDay: return tr("Day of the month");
    }
    return {};
}

QString RegulationLabels::taskState(const Task &task, QDate today)
{
    switch (task.status) {
    case TaskStatus::Open: return task.isOverdue(today) ? tr("Overdue") : tr("Open");
    case TaskStatus::Done: return task.isDoneLate() ? tr("Done late") : tr("Done on time");
    case TaskStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString RegulationLabels::taskSource(TaskSource source)
{
    switch (source) {
    case TaskSource::Manual: return tr("Manual");
    case TaskSource::Obligation: return tr("Obligation");
    case TaskSource::Workflow: return tr("Workflow");
    case TaskSource::Review: return tr("Review");
    case TaskSource::Ticket: return tr("Ticket");
    }
    return {};
}

QStringList RegulationLabels::channelKeys()
{
    return {u"email"_s, u"phone"_s, u"messenger"_s, u"portal"_s, u"visit"_s, u"other"_s};
}

QString RegulationLabels::channel(const QString &key)
{
    if (key == u"email"_s)
        return tr("Email");
    if (key == u"phone"_s)
        return tr("Phone");
    if (key == u"messenger"_s)
        return tr("Messenger");
    if (key == u"portal"_s)
        return tr("Portal");
    if (key == u"visit"_s)
        return tr("Visit");
    if (key == u"other"_s)
        return tr("Other");
    return key;
}

QString RegulationLabels::ruleDue(const ObligationRule &rule)
{
    QString when;
    if (rule.dueMonth == 0)
        when = tr("the period's last month");
    else if (rule.dueMonth == 1)
        when = tr("the next month");
    else
        when = tr("%1 months after the period").arg(rule.dueMonth);
    return rule.offset == DayOffset::BusinessDay ? tr("working day %1 · %2").arg(rule.day).arg(when)
                                                 : tr("day %1 · %2").arg(rule.day).arg(when);
}

QColor RegulationLabels::overdueColor()
{
    return statusColor(StatusTone::Bad);
}

QColor RegulationLabels::doneColor()
{
    return statusColor(StatusTone::Good);
}

void RegulationLabels::fillRoles(QComboBox *combo)
{
    QList<std::pair<QString, QVariant>> items;
    for (Role r : allRoles())
        items.append({role(r), int(r)});
    refill(combo, items);
}

void RegulationLabels::fillKinds(QComboBox *combo)
{
    QList<std::pair<QString, QVariant>> items;
    for (ObligationKind k : allObligationKinds())
        items.append({k == ObligationKind::Custom ? tr("Custom obligation") : obligationKindTitle(k), int(k)});
    refill(combo, items);
}

void RegulationLabels::fillPeriods(QComboBox *combo)
{
    refill(combo, {{period(ObligationPeriod::Monthly), int(ObligationPeriod::Monthly)},
                   {period(ObligationPeriod::Quarterly), int(ObligationPeriod::Quarterly)},
                   {period(ObligationPeriod::Annual), int(ObligationPeriod::Annual)}});
}

void RegulationLabels::fillOffsets(QComboBox *combo)
{
    refill(combo, {{dayOffset(DayOffset::BusinessDay), int(DayOffset::BusinessDay)},
                   {dayOffset(DayOffset::CalendarDay), int(DayOffset::CalendarDay)}});
}

void RegulationLabels::fillChannels(QComboBox *combo)
{
    QList<std::pair<QString, QVariant>> items;
    for (const QString &key : channelKeys())
        items.append({channel(key), key});
    refill(combo, items);
}

void RegulationLabels::fillFeedbackKinds(QComboBox *combo)
{
    QList<std::pair<QString, QVariant>> items;
    for (ClientFeedbackKind k : {ClientFeedbackKind::Complaint, ClientFeedbackKind::Thanks, ClientFeedbackKind::Remark})
        items.append({clientFeedbackKindTitle(k), int(k)});
    refill(combo, items);
}

} // namespace rapport
