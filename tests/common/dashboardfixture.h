#pragma once

// Hand-built dashboard data with known answers, shared by the storage, CLI
// and GUI tests of the dashboard. Ticket rows are written with their SLA
// fields as given (what the clock would have stored), so that every figure
// can be computed by hand.

#include "testsupport.h"

#include "domain/clock.h"
#include "storage/clientrepository.h"
#include "storage/sql.h"
#include "storage/userrepository.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace rapport::test {

// The reporting zone of the tests is the default, Asia/Almaty (UTC+5).
inline qint64 almaty(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone("Asia/Almaty")).toSecsSinceEpoch();
}

// One ticket row as the SLA clock would have left it.
struct TicketSpec
{
    ClientId client;
    qint64 createdAt = 0;
    QString status = QStringLiteral("closed");
    QString priority = QStringLiteral("normal");
    std::optional<qint64> responseSecs;
    std::optional<qint64> resolutionSecs;
    QString responseState = QStringLiteral("running");
    QString resolutionState = QStringLiteral("running");
    qint64 firstResponseAt = 0;
    qint64 resolvedAt = 0;
    qint64 closedAt = 0;
    qint64 responseDue = 0;
    qint64 resolutionDue = 0;
    qint64 riskAt = 0;
    bool paused = false;
    QString feedback; // "", "liked" or "not_liked"
};

struct DashboardFixture
{
    TempDatabase t;
    UserId asel; // account manager of Alpha
    UserId baur; // account manager of Beta
    UserId erlan; // specialist, 6 000.00 KZT an hour
    ClientId alpha;
    ClientId beta;
    ClientId gamma; // no account manager

    DashboardFixture()
    {
        asel = addUser(QStringLiteral("Асель Касымова"), QStringLiteral("asel@example.kz"), Role::AccountManager, 0);
        baur = addUser(QStringLiteral("Бауыржан Ахметов"), QStringLiteral("baur@example.kz"), Role::AccountManager, 0);
        erlan = addUser(QStringLiteral("Ерлан Сейткали"), QStringLiteral("erlan@example.kz"), Role::Specialist, 600000);
        alpha = addClient(QStringLiteral("ТОО «Альфа»"), asel);
        beta = addClient(QStringLiteral("ТОО «Бета»"), baur);
        gamma = addClient(QStringLiteral("ИП Гамма"), UserId());
    }
    ~DashboardFixture() { Clock::setFixed(0); }

    UserId addUser(const QString &name, const QString &email, Role role, qint64 rateMinor)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = role;
        u.costRate = Money(rateMinor, QStringLiteral("KZT"));
        auto added = UserRepository(t.db).add(u);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return added->id;
    }

    ClientId addClient(const QString &name, UserId manager)
    {
        Client c;
        c.legalName = name;
        c.status = ClientStatus::Active;
        c.accountManagerId = manager;
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return added->id;
    }

    qint64 addTicket(const TicketSpec &s)
    {
        const auto opt = [](const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); };
        const auto instant = [](qint64 v) { return v > 0 ? QVariant(v) : QVariant(); };
        auto q = sql::exec(t.db.connection(),
            QStringLiteral("INSERT INTO tickets (client_id, subject, status, priority, created_at, "
                           "updated_at, response_secs, resolution_secs, response_state, "
                           "resolution_state, first_response_at, resolved_at, closed_at, response_due, "
                           "resolution_due, risk_at, sla_paused, feedback) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { s.client.value, QStringLiteral("Заявка"), s.status, s.priority, s.createdAt, s.createdAt,
                opt(s.responseSecs), opt(s.resolutionSecs), s.responseState, s.resolutionState,
                instant(s.firstResponseAt), instant(s.resolvedAt), instant(s.closedAt), instant(s.responseDue),
                instant(s.resolutionDue), instant(s.riskAt), s.paused ? 1 : 0,
                s.feedback.isEmpty() ? QVariant() : QVariant(s.feedback) });
        if (!q)
            qFatal("%s", qPrintable(q.error()));
        return q->lastInsertId().toLongLong();
    }

    // A resolved and closed ticket: response and resolution met (or as given).
    qint64 addDone(ClientId client, qint64 created, qint64 responseSecs, qint64 resolutionSecs,
        const QString &responseState = QStringLiteral("met"), const QString &resolutionState = QStringLiteral("met"),
        const QString &priority = QStringLiteral("normal"))
    {
        TicketSpec s;
        s.client = client;
        s.createdAt = created;
        s.priority = priority;
        s.responseSecs = responseSecs;
        s.resolutionSecs = resolutionSecs;
        s.responseState = responseState;
        s.resolutionState = resolutionState;
        s.firstResponseAt = created + responseSecs;
        s.resolvedAt = created + resolutionSecs;
        s.closedAt = created + resolutionSecs;
        return addTicket(s);
    }

    void addTime(qint64 ticket, ClientId client, UserId user, int minutes, QDate day = QDate(2026, 2, 9))
    {
        auto q = sql::exec(t.db.connection(),
            QStringLiteral("INSERT INTO time_entries (ticket_id, client_id, user_id, day, minutes, "
                           "created_at) VALUES (?, ?, ?, ?, ?, 0)"),
            { ticket, client.value, user.value, day.toString(Qt::ISODate), minutes });
        if (!q)
            qFatal("%s", qPrintable(q.error()));
    }

    qint64 addInvoice(ClientId client, const QString &currency, qint64 totalMinor, qint64 paidMinor,
        const QString &status, QDate issued, QDate due)
    {
        auto q = sql::exec(t.db.connection(),
            QStringLiteral("INSERT INTO invoices (client_id, kind, month, status, currency, total_minor, "
                           "paid_minor, issued_on, due_on, created_at, updated_at) "
                           "VALUES (?, 'manual', ?, ?, ?, ?, ?, ?, ?, 0, 0)"),
            { client.value, issued.toString(u"yyyy-MM"), status, currency, totalMinor, paidMinor,
                issued.toString(Qt::ISODate), due.toString(Qt::ISODate) });
        if (!q)
            qFatal("%s", qPrintable(q.error()));
        return q->lastInsertId().toLongLong();
    }
};

} // namespace rapport::test
