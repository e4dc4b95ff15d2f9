#include "task.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

const std::array<std::pair<TaskSource, QString>, 5> kSources { { { TaskSource::Manual, u"manual"_s },
    { TaskSource::Obligation, u"obligation"_s }, { TaskSource::Workflow, u"workflow"_s },
    { TaskSource::Review, u"review"_s }, { TaskSource::Ticket, u"ticket"_s } } };

} // namespace

QString taskStatusKey(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open: return u"open"_s;
    case TaskStatus::Done: return u"done"_s;
    case TaskStatus::Cancelled: return u"cancelled"_s;
    }
    return {};
}

std::optional<TaskStatus> taskStatusFromKey(const QString &key)
{
    if (key == u"open"_s)
        return TaskStatus::Open;
    if (key == u"done"_s)
        return TaskStatus::Done;
    if (key == u"cancelled"_s)
        return TaskStatus::Cancelled;
    return std::nullopt;
}

QString taskSourceKey(TaskSource source)
{
    for (const auto &[s, key] : kSources)
        if (s == source)
            return key;
    return u"manual"_s;
}

std::optional<TaskSource> taskSourceFromKey(const QString &key)
{
    for (const auto &[s, text] : kSources)
        if (text == key)
            return s;
    return std::nullopt;
}

Status Task::validate(const Task &task)
{
    if (task.title.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Task", "A task needs a title."));
    if (!task.ownerId.isValid())
        return fail(QCoreApplication::translate("Task", "A task needs an owner: one person answers for it."));
    if (!task.dueOn.isValid())
        return fail(QCoreApplication::translate("Task", "A task needs a due date."));
    return {};
}

std::optional<double> OnTimeStats::rate() const
{
    const int decided = onTime + late();
    if (decided == 0)
        return std::nullopt;
    return double(onTime) / double(decided);
}

} // namespace rapport
