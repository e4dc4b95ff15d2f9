#include "defaultregulation.h"

#include "planning/servicestandard.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rapport::cli {

namespace {

QString presetName(const QString &preset)
{
    if (preset == ServiceStandard::presetKey())
        return u"service standard"_s;
    return preset;
}

QString cadenceText(const std::optional<ReviewCadence> &cadence)
{
    if (!cadence || !cadence->isEnabled())
        return u"no reviews"_s;
    QStringList kinds;
    if (cadence->quarterly)
        kinds << (cadence->periodicMonths == 3 ? u"quarterly"_s : u"every %1 months"_s.arg(cadence->periodicMonths));
    if (cadence->annual)
        kinds << u"annual"_s;
    return u"reviews "_s + kinds.join(u" + "_s);
}

QString skipText(RegulationSkip skip)
{
    switch (skip) {
    case RegulationSkip::Off: return u"off in Settings (regulation.apply_to_new_clients)"_s;
    case RegulationSkip::NoTariff: return u"no tariff"_s;
    case RegulationSkip::AlreadySet: return u"the client has obligation rules already"_s;
    }
    return {};
}

} // namespace

QJsonObject defaultRegulationJson(const DefaultRegulation &r)
{
    if (!r.applied())
        return { { u"regulation"_s, QJsonValue(QJsonValue::Null) },
            { u"regulation_skipped_reason"_s, regulationSkipKey(*r.skipped) } };
    const QJsonObject regulation { { u"preset"_s, r.preset }, { u"sla_policy"_s, r.slaPolicy },
        { u"rules_created"_s, r.result.rulesCreated }, { u"cadence_set"_s, r.result.cadencesSet > 0 },
        { u"tasks_created"_s, r.result.tasksCreated }, { u"reviews_scheduled"_s, r.result.reviewsScheduled } };
    return { { u"regulation"_s, regulation }, { u"regulation_skipped_reason"_s, QJsonValue(QJsonValue::Null) } };
}

QString defaultRegulationText(const DefaultRegulation &r)
{
    if (!r.applied())
        return u"regulation: none ("_s + skipText(*r.skipped) + u')';
    QString text = u"regulation: %1 (SLA policy %2, %3 obligation rule%4, %5)"_s.arg(presetName(r.preset),
        r.slaPolicy, QString::number(r.result.rulesCreated), r.result.rulesCreated == 1 ? QString() : u"s"_s,
        cadenceText(r.cadence));
    for (const QString &p : r.result.problems)
        text += u"\nproblem: "_s + p;
    return text;
}

} // namespace rapport::cli
