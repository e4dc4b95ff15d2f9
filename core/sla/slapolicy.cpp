#include "slapolicy.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString priorityKey(Priority priority)
{
    switch (priority) {
    case Priority::Low: return u"low"_s;
    case Priority::Normal: return u"normal"_s;
    case Priority::High: return u"high"_s;
    case Priority::Urgent: return u"urgent"_s;
    }
    return u"normal"_s;
}

Result<Priority> priorityFromKey(const QString &key)
{
    for (Priority p : { Priority::Low, Priority::Normal, Priority::High, Priority::Urgent }) {
        if (priorityKey(p) == key)
            return p;
    }
    return fail(QCoreApplication::translate("SlaPolicy", "Unknown priority “%1”.").arg(key));
}

SlaPolicy SlaPolicy::default2448()
{
    SlaPolicy policy;
    policy.name = u"24/48"_s;
    policy.calendarName = u"24/7"_s;
    policy.targets.fill({ 24 * 3600, 48 * 3600 });
    return policy;
}

Status SlaPolicy::validate() const
{
    QStringList errors;
    if (name.trimmed().isEmpty())
        errors << QCoreApplication::translate("SlaPolicy", "The policy needs a name.");
    if (calendarName.trimmed().isEmpty())
        errors << QCoreApplication::translate("SlaPolicy", "The policy needs a business calendar.");
    for (Priority p : { Priority::Low, Priority::Normal, Priority::High, Priority::Urgent }) {
        const SlaTargets &t = targetsFor(p);
        if (t.firstResponseSecs <= 0 || t.resolutionSecs <= 0)
            errors << QCoreApplication::translate("SlaPolicy", "Priority %1: targets must be positive.")
                          .arg(priorityKey(p));
        else if (t.firstResponseSecs > t.resolutionSecs)
            errors << QCoreApplication::translate("SlaPolicy",
                "Priority %1: the first response target exceeds the "
                "resolution target.")
                          .arg(priorityKey(p));
    }
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'));
    return {};
}

} // namespace rapport
