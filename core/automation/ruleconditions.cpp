#include "ruleconditions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// The keys in the order of their enumerations (a sorted list follows it).
const QStringList &priorityKeys()
{
    static const QStringList keys { u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s };
    return keys;
}

const QStringList &channelKeys()
{
    static const QStringList keys { u"email"_s, u"phone"_s, u"messenger"_s, u"portal"_s, u"visit"_s, u"other"_s };
    return keys;
}

const QStringList &conditionKeys()
{
    static const QStringList keys { u"priorities"_s, u"channels"_s, u"client_ids"_s, u"tariff"_s };
    return keys;
}

// Known keys first in their canonical order, each once; unknown ones after,
// for validate() to name.
QStringList sortedKeys(const QStringList &keys, const QStringList &order)
{
    QStringList out;
    for (const QString &k : order)
        if (keys.contains(k))
            out << k;
    for (const QString &k : keys)
        if (!order.contains(k) && !out.contains(k))
            out << k;
    return out;
}

Result<QStringList> stringList(const QJsonObject &o, const QString &key, const QStringList &order)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return fail(QCoreApplication::translate("RuleConditions", "The condition \"%1\" is a list of keys (%2).")
                        .arg(key, order.join(u", "_s)));
    QStringList list;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString())
            return fail(QCoreApplication::translate("RuleConditions", "The condition \"%1\" is a list of keys (%2).")
                            .arg(key, order.join(u", "_s)));
        list << item.toString();
    }
    return sortedKeys(list, order);
}

} // namespace

bool RuleConditions::isEmpty() const
{
    return priorities.isEmpty() && channels.isEmpty() && clientIds.isEmpty() && tariff == Tariff::Any;
}

bool RuleConditions::matches(const RuleFacts &facts) const
{
    if (!priorities.isEmpty() && !priorities.contains(facts.priority))
        return false;
    if (!channels.isEmpty() && !channels.contains(facts.channel))
        return false;
    if (!clientIds.isEmpty() && !clientIds.contains(facts.clientId))
        return false;
    if (tariff == Tariff::With && !facts.clientHasTariff)
        return false;
    if (tariff == Tariff::Without && facts.clientHasTariff)
        return false;
    return true;
}

Status RuleConditions::validate() const
{
    for (const QString &p : priorities)
        if (!priorityKeys().contains(p))
            return fail(QCoreApplication::translate("RuleConditions", "Unknown priority \"%1\" in the conditions (%2).")
                            .arg(p, priorityKeys().join(u", "_s)));
    for (const QString &c : channels)
        if (!channelKeys().contains(c))
            return fail(QCoreApplication::translate("RuleConditions", "Unknown channel \"%1\" in the conditions (%2).")
                            .arg(c, channelKeys().join(u", "_s)));
    for (qint64 id : clientIds)
        if (id <= 0)
            return fail(QCoreApplication::translate(
                "RuleConditions", "A client id in the conditions is a positive number, not %1.")
                            .arg(id));
    return {};
}

Result<RuleConditions> RuleConditions::fromJson(const QString &json)
{
    RuleConditions c;
    if (json.trimmed().isEmpty())
        return c;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("RuleConditions", "The conditions are not a JSON object: %1")
                        .arg(error.error != QJsonParseError::NoError ? error.errorString() : json.trimmed()));
    const QJsonObject o = doc.object();
    for (const QString &key : o.keys())
        if (!conditionKeys().contains(key))
            return fail(QCoreApplication::translate("RuleConditions", "Unknown condition \"%1\" (%2).")
                            .arg(key, conditionKeys().join(u", "_s)));
    if (o.contains(u"priorities"_s)) {
        auto list = stringList(o, u"priorities"_s, priorityKeys());
        if (!list)
            return fail(list.error());
        c.priorities = *list;
    }
    if (o.contains(u"channels"_s)) {
        auto list = stringList(o, u"channels"_s, channelKeys());
        if (!list)
            return fail(list.error());
        c.channels = *list;
    }
    if (o.contains(u"client_ids"_s)) {
        const QJsonValue v = o.value(u"client_ids"_s);
        const QString wrong
            = QCoreApplication::translate("RuleConditions", "The condition \"client_ids\" is a list of client ids.");
        if (!v.isArray())
            return fail(wrong);
        for (const QJsonValue item : v.toArray()) {
            const double d = item.toDouble(-1);
            const auto id = qint64(d);
            if (!item.isDouble() || double(id) != d)
                return fail(wrong);
            if (!c.clientIds.contains(id))
                c.clientIds << id;
        }
        std::sort(c.clientIds.begin(), c.clientIds.end());
    }
    if (o.contains(u"tariff"_s)) {
        const auto t = tariffFromKey(o.value(u"tariff"_s).toString());
        if (!o.value(u"tariff"_s).isString() || !t)
            return fail(QCoreApplication::translate(
                "RuleConditions", "The condition \"tariff\" is \"any\", \"with\" or \"without\"."));
        c.tariff = *t;
    }
    if (Status s = c.validate(); !s)
        return fail(s.error());
    return c;
}

QString RuleConditions::toJson() const
{
    QJsonObject o;
    if (!priorities.isEmpty())
        o.insert(u"priorities"_s, QJsonArray::fromStringList(sortedKeys(priorities, priorityKeys())));
    if (!channels.isEmpty())
        o.insert(u"channels"_s, QJsonArray::fromStringList(sortedKeys(channels, channelKeys())));
    if (!clientIds.isEmpty()) {
        QList<qint64> ids = clientIds;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        QJsonArray array;
        for (qint64 id : ids)
            array.append(id);
        o.insert(u"client_ids"_s, array);
    }
    if (tariff != Tariff::Any)
        o.insert(u"tariff"_s, tariffKey(tariff));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString RuleConditions::tariffKey(Tariff tariff)
{
    switch (tariff) {
    case Tariff::Any: return u"any"_s;
    case Tariff::With: return u"with"_s;
    case Tariff::Without: return u"without"_s;
    }
    return u"any"_s;
}

std::optional<RuleConditions::Tariff> RuleConditions::tariffFromKey(const QString &key)
{
    for (Tariff t : { Tariff::Any, Tariff::With, Tariff::Without })
        if (tariffKey(t) == key)
            return t;
    return std::nullopt;
}

} // namespace rapport
