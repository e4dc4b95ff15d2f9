#include "clientdetails.h"

#include "auditlog.h"
#include "domain/clock.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QVariantMap toMap(const Contact &c)
{
    return {{u"client_id"_s, c.clientId.value},
            {u"name"_s, c.name},
            {u"role"_s, c.role},
            {u"email"_s, c.email},
            {u"phone"_s, c.phone},
            {u"preferred_channel"_s, contactChannelKey(c.preferredChannel)},
            {u"language"_s, c.language}};
}

QVariantMap toMap(const SpecialCondition &c, ClientId client)
{
    return {{u"client_id"_s, client.value},
            {u"text"_s, c.text},
            {u"agreed_by"_s, c.agreedBy},
            {u"agreed_on"_s, c.agreedOn.isValid() ? c.agreedOn.toString(Qt::ISODate) : QString()}};
}

QVariantMap toMap(const ClientDocument &d, ClientId client)
{
    return {{u"client_id"_s, client.value}, {u"title"_s, d.title}, {u"location"_s, d.location}};
}

// An empty text for a NOT NULL column: a null QString would bind as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

template<typename T, typename IdOf>
const T *findById(const QList<T> &list, qint64 id, IdOf idOf)
{
    for (const T &item : list) {
        if (idOf(item) == id)
            return &item;
    }
    return nullptr;
}

} // namespace

void ClientDetails::load(Client &client) const
{
    const QSqlDatabase conn = m_db.connection();
    client.contacts.clear();
    client.conditions.clear();
    client.documents.clear();
    if (auto q = sql::exec(conn,
                           u"SELECT id, name, role, email, phone, preferred_channel, language FROM contacts "
                           "WHERE client_id = ? AND archived_at IS NULL ORDER BY id"_s,
                           {m_client.value})) {
        while (q->next()) {
            Contact c;
            c.id = ContactId(q->value(0).toLongLong());
            c.clientId = m_client;
            c.name = q->value(1).toString();
            c.role = q->value(2).toString();
            c.email = q->value(3).toString();
            c.phone = q->value(4).toString();
            c.preferredChannel = contactChannelFromKey(q->value(5).toString()).value_or(ContactChannel::Email);
            c.language = q->value(6).toString();
            client.contacts.append(c);
        }
    }
    if (auto q = sql::exec(conn,
                           u"SELECT id, text, agreed_by, agreed_on FROM special_conditions "
                           "WHERE client_id = ? AND archived_at IS NULL ORDER BY id"_s,
                           {m_client.value})) {
        while (q->next()) {
            SpecialCondition c;
            c.id = q->value(0).toLongLong();
            c.text = q->value(1).toString();
            c.agreedBy = q->value(2).toString();
            c.agreedOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
            client.conditions.append(c);
        }
    }
    if (auto q = sql::exec(conn, u"SELECT id, title, location FROM client_documents WHERE client_id = ? ORDER BY id"_s,
                           {m_client.value})) {
        while (q->next())
            client.documents.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    }
}

Status ClientDetails::checkOwnership(const Client &old, const Client &current)
{
    for (const Contact &c : current.contacts) {
        if (c.id.isValid() && !findById(old.contacts, c.id.value, [](const Contact &x) { return x.id.value; }))
            return fail(QCoreApplication::translate("ClientDetails", "Contact %1 does not belong to this client.")
                            .arg(c.id.value));
    }
    for (const SpecialCondition &c : current.conditions) {
        if (c.id > 0 && !findById(old.conditions, c.id, [](const SpecialCondition &x) { return x.id; }))
            return fail(QCoreApplication::translate("ClientDetails",
                                                    "Special condition %1 does not belong to this client.")
                            .arg(c.id));
    }
    for (const ClientDocument &d : current.documents) {
        if (d.id > 0 && !findById(old.documents, d.id, [](const ClientDocument &x) { return x.id; }))
            return fail(QCoreApplication::translate("ClientDetails", "Document %1 does not belong to this client.")
                            .arg(d.id));
    }
    return {};
}

Status ClientDetails::sync(const Client &old, Client &current)
{
    const qint64 now = Clock::nowSecs();
    if (Status s = syncContacts(old, current, now); !s)
        return s;
    if (Status s = syncConditions(old, current, now); !s)
        return s;
    return syncDocuments(old, current, now);
}

Status ClientDetails::syncContacts(const Client &old, Client &current, qint64 now)
{
    const QSqlDatabase conn = m_db.connection();
    AuditLog audit(m_db);
    QSet<qint64> kept;
    for (Contact &c : current.contacts) {
        c.clientId = m_client;
        const QVariantList values{text(c.name),  text(c.role),
                                  text(c.email), text(c.phone),
                                  contactChannelKey(c.preferredChannel), text(c.language)};
        if (c.id.isValid()) {
            kept.insert(c.id.value);
            const Contact *before = findById(old.contacts, c.id.value, [](const Contact &x) { return x.id.value; });
            auto q = sql::exec(conn,
                               u"UPDATE contacts SET name = ?, role = ?, email = ?, phone = ?, preferred_channel = ?, "
                               "language = ? WHERE id = ?"_s,
                               values + QVariantList{c.id.value});
            if (!q)
                return fail(q.error());
            if (Status s = audit.record(u"contact"_s, c.id.value, AuditLog::Action::Update, toMap(*before), toMap(c)); !s)
                return s;
            continue;
        }
        auto q = sql::exec(conn,
                           u"INSERT INTO contacts (name, role, email, phone, preferred_channel, language, client_id, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           values + QVariantList{m_client.value, now});
        if (!q)
            return fail(q.error());
        c.id = ContactId(q->lastInsertId().toLongLong());
        if (Status s = audit.record(u"contact"_s, c.id.value, AuditLog::Action::Create, {}, toMap(c)); !s)
            return s;
    }
    for (const Contact &c : old.contacts) {
        if (kept.contains(c.id.value))
            continue;
        auto q = sql::exec(conn, u"UPDATE contacts SET archived_at = ? WHERE id = ?"_s, {now, c.id.value});
        if (!q)
            return fail(q.error());
        if (Status s = audit.record(u"contact"_s, c.id.value, AuditLog::Action::Archive, toMap(c), {}); !s)
            return s;
    }
    return {};
}

Status ClientDetails::syncConditions(const Client &old, Client &current, qint64 now)
{
    const QSqlDatabase conn = m_db.connection();
    AuditLog audit(m_db);
    QSet<qint64> kept;
    for (SpecialCondition &c : current.conditions) {
        const QVariantList values{text(c.text), text(c.agreedBy), dateValue(c.agreedOn)};
        if (c.id > 0) {
            kept.insert(c.id);
            const SpecialCondition *before = findById(old.conditions, c.id, [](const SpecialCondition &x) { return x.id; });
            auto q = sql::exec(conn, u"UPDATE special_conditions SET text = ?, agreed_by = ?, agreed_on = ? WHERE id = ?"_s,
                               values + QVariantList{c.id});
            if (!q)
                return fail(q.error());
            if (Status s = audit.record(u"special_condition"_s, c.id, AuditLog::Action::Update,
                                        toMap(*before, m_client), toMap(c, m_client));
                !s)
                return s;
            continue;
        }
        auto q = sql::exec(conn,
                           u"INSERT INTO special_conditions (text, agreed_by, agreed_on, client_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?)"_s,
                           values + QVariantList{m_client.value, now});
        if (!q)
            return fail(q.error());
        c.id = q->lastInsertId().toLongLong();
        if (Status s = audit.record(u"special_condition"_s, c.id, AuditLog::Action::Create, {}, toMap(c, m_client)); !s)
            return s;
    }
    for (const SpecialCondition &c : old.conditions) {
        if (kept.contains(c.id))
            continue;
        auto q = sql::exec(conn, u"UPDATE special_conditions SET archived_at = ? WHERE id = ?"_s, {now, c.id});
        if (!q)
            return fail(q.error());
        if (Status s = audit.record(u"special_condition"_s, c.id, AuditLog::Action::Archive, toMap(c, m_client), {}); !s)
            return s;
    }
    return {};
}

Status ClientDetails::syncDocuments(const Client &old, Client &current, qint64 now)
{
    const QSqlDatabase conn = m_db.connection();
    AuditLog audit(m_db);
    QSet<qint64> kept;
    for (ClientDocument &d : current.documents) {
        if (d.id > 0) {
            kept.insert(d.id);
            const ClientDocument *before = findById(old.documents, d.id, [](const ClientDocument &x) { return x.id; });
            auto q = sql::exec(conn, u"UPDATE client_documents SET title = ?, location = ? WHERE id = ?"_s,
                               {text(d.title), text(d.location), d.id});
            if (!q)
                return fail(q.error());
            if (Status s = audit.record(u"client_document"_s, d.id, AuditLog::Action::Update, toMap(*before, m_client),
                                        toMap(d, m_client));
                !s)
                return s;
            continue;
        }
        auto q = sql::exec(conn, u"INSERT INTO client_documents (client_id, title, location, created_at) VALUES (?, ?, ?, ?)"_s,
                           {m_client.value, text(d.title), text(d.location), now});
        if (!q)
            return fail(q.error());
        d.id = q->lastInsertId().toLongLong();
        if (Status s = audit.record(u"client_document"_s, d.id, AuditLog::Action::Create, {}, toMap(d, m_client)); !s)
            return s;
    }
    for (const ClientDocument &d : old.documents) {
        if (kept.contains(d.id))
            continue;
        auto q = sql::exec(conn, u"DELETE FROM client_documents WHERE id = ?"_s, {d.id});
        if (!q)
            return fail(q.error());
        if (Status s = audit.record(u"client_document"_s, d.id, AuditLog::Action::Delete, toMap(d, m_client), {}); !s)
            return s;
    }
    return {};
}

} // namespace rapport
