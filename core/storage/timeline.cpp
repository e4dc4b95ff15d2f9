#include "timeline.h"

#include "domain/client.h"
#include "domain/clock.h"
#include "sql.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QStringList Timeline::kinds()
{
    return {u"note"_s,   u"call"_s,    u"message"_s, u"status_change"_s, u"handoff"_s,
            u"ticket"_s, u"invoice"_s, u"payment"_s, u"review"_s,        u"feedback"_s,
            u"complaint"_s, u"thanks"_s, u"remark"_s};
}

QString Timeline::titleFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    QString first = trimmed.section(u'\n', 0, 0).trimmed();
    if (first.size() > 120)
        first = first.left(119).trimmed() + QChar(0x2026);
    return first;
}

Status Timeline::add(ClientId client, const TimelineEntry &entry)
{
    auto id = append(client, entry);
    if (!id)
        return fail(id.error());
    return {};
}

Result<qint64> Timeline::append(ClientId client, const TimelineEntry &entry)
{
    if (!kinds().contains(entry.kind))
        return fail(QCoreApplication::translate("Timeline", "Unknown timeline event kind \"%1\".").arg(entry.kind));
    if (entry.title.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Timeline", "A timeline event needs a title."));
    if (!entry.channel.isEmpty() && !contactChannelFromKey(entry.channel))
        return fail(QCoreApplication::translate("Timeline", "Unknown channel \"%1\".").arg(entry.channel));
    const QSqlDatabase conn = m_db.connection();
    const qint64 at = entry.at > 0 ? entry.at : Clock::nowSecs();
    auto q = sql::exec(conn,
                       u"INSERT INTO timeline_events (client_id, at, kind, title, body, channel, user_id, ref_type, ref_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {client.value, at, entry.kind, entry.title.trimmed(), entry.body.isNull() ? u""_s : entry.body, sql::nullIfEmpty(entry.channel),
                        sql::nullIfZero(m_db.actor().id.value), sql::nullIfEmpty(entry.refType),
                        sql::nullIfZero(entry.refId)});
    if (!q) {
        // Most likely the foreign key: say so in words.
        auto exists = sql::scalar(conn, u"SELECT count(*) FROM clients WHERE id = ?"_s, {client.value});
        if (exists && exists->toInt() == 0)
            return fail(QCoreApplication::translate("Timeline", "No client with id %1.").arg(client.value));
        return fail(q.error());
    }
    return q->lastInsertId().toLongLong();
}

Result<QList<TimelineItem>> Timeline::forClient(ClientId client, int limit, qint64 beforeAt, qint64 beforeId) const
{
    const bool paged = beforeAt > 0;
    QString statement = u"SELECT t.id, t.at, t.kind, t.title, t.body, t.channel, t.user_id, u.name, t.ref_type, t.ref_id "
                        "FROM timeline_events t LEFT JOIN users u ON u.id = t.user_id WHERE t.client_id = ? "_s;
    QVariantList values{client.value};
    if (paged) {
        statement += u"AND (t.at < ? OR (t.at = ? AND t.id < ?)) "_s;
        values << beforeAt << beforeAt << beforeId;
    }
    statement += u"ORDER BY t.at DESC, t.id DESC LIMIT ?"_s;
    values << std::max(0, limit);
    auto q = sql::exec(m_db.connection(), statement, values);
    if (!q)
        return fail(q.error());
    QList<TimelineItem> items;
    while (q->next()) {
        TimelineItem item;
        item.id = q->value(0).toLongLong();
        item.clientId = client;
        item.at = q->value(1).toLongLong();
        item.kind = q->value(2).toString();
        item.title = q->value(3).toString();
        item.body = q->value(4).toString();
        item.channel = q->value(5).toString();
        item.userId = UserId(q->value(6).toLongLong());
        item.userName = q->value(7).toString();
        item.refType = q->value(8).toString();
        item.refId = q->value(9).toLongLong();
        items.append(item);
    }
    return items;
}

Status Timeline::logNote(ClientId client, const QString &text)
{
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Timeline", "The note is empty."));
    TimelineEntry e;
    e.kind = u"note"_s;
    e.title = titleFrom(text);
    e.body = text.trimmed();
    return add(client, e);
}

Status Timeline::logCall(ClientId client, const QString &channel, const QString &summary, qint64 at)
{
    if (summary.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Timeline", "Describe the call: the summary is empty."));
    TimelineEntry e;
    e.kind = u"call"_s;
    e.at = at;
    e.channel = channel.isEmpty() ? u"phone"_s : channel;
    e.title = titleFrom(summary);
    e.body = summary.trimmed();
    return add(client, e);
}

} // namespace rapport
