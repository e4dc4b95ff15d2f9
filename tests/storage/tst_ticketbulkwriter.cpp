// Bulk-written tickets (demo data, imports): the stored SLA fields equal what
// the repository computes from the event log, histories follow the ticket
// workflow, indexes come back after a large load, bad histories are refused.
#include "testsupport.h"

#include "domain/clock.h"
#include "domain/ticketworkflow.h"
#include "io/demogenerator.h"
#include "io/demotickets.h"
#include "storage/clientrepository.h"
#include "storage/sql.h"
#include "storage/ticketbulkwriter.h"
#include "storage/ticketrepository.h"
#include "storage/ticketslaupdater.h"
#include "storage/transaction.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

const QString kSlaColumns = u"response_due, resolution_due, first_response_at, resolved_at, closed_at, response_secs, "
                            "resolution_secs, response_state, resolution_state, sla_paused, risk_at, breached_at, sla_policy_id"_s;

QList<QVariantList> slaRows(const Database &db)
{
    QList<QVariantList> rows;
    auto q = sql::exec(db.connection(), u"SELECT id, "_s + kSlaColumns + u" FROM tickets ORDER BY id"_s);
    while (q && q->next()) {
        QVariantList row;
        for (int i = 0; i < 14; ++i)
            row << q->value(i);
        rows << row;
    }
    return rows;
}

int indexCount(const Database &db)
{
    return sql::scalar(db.connection(), u"SELECT count(*) FROM sqlite_master WHERE type = 'index'"_s)->toInt();
}

Status demo(const Database &db, int clients, int tickets, quint32 seed = 1)
{
    DemoGenerator::Options options;
    options.clients = clients;
    options.tickets = tickets;
    options.seed = seed;
    auto made = DemoGenerator(db).generate(options);
    return made ? Status() : Status(fail(made.error()));
}

} // namespace

class TestTicketBulkWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedSlaEqualsTheRepositorysOwn()
    {
        test::TempDatabase t;
        QVERIFY(demo(t.db, 12, 400));
        QCOMPARE(sql::scalar(t.db.connection(), u"SELECT count(*) FROM tickets"_s)->toInt(), 400);
        const QList<QVariantList> written = slaRows(t.db);
        // Recompute every ticket the way the repository does after an event.
        {
            Transaction tx(t.db.connection());
            TicketSlaUpdater updater(t.db);
            for (const QVariantList &row : written)
                QVERIFY(updater.update(TicketId(row.first().toLongLong())));
            QVERIFY(tx.commit());
        }
        const QList<QVariantList> recomputed = slaRows(t.db);
        QCOMPARE(recomputed.size(), written.size());
        for (qsizetype i = 0; i < written.size(); ++i)
            QCOMPARE(recomputed.at(i), written.at(i));
    }

    void historiesFollowTheWorkflow()
    {
        test::TempDatabase t;
        QVERIFY(demo(t.db, 10, 300));
        TicketRepository repo(t.db);
        int waited = 0;
        int withTime = 0;
        int withFeedback = 0;
        int reopened = 0;
        for (qint64 id = 1; id <= 300; ++id) {
            const auto ticket = repo.byId(TicketId(id));
            QVERIFY(ticket);
            const auto events = repo.events(TicketId(id));
            QCOMPARE(events.first().kind, u"created"_s);
            TicketStatus status = TicketStatus::New;
            for (const TicketLogEntry &e : events) {
                QVERIFY(e.at >= ticket->createdAt);
                QVERIFY(e.at <= Clock::nowSecs());
                if (e.kind != u"status"_s)
                    continue;
                QVERIFY2(TicketWorkflow::canMove(status, *e.status),
                         qPrintable(u"ticket %1: %2 → %3"_s.arg(id).arg(statusKey(status), statusKey(*e.status))));
                if (*e.status == TicketStatus::WaitingOnClient)
                    ++waited;
                if (status == TicketStatus::Resolved && *e.status == TicketStatus::InProgress)
                    ++reopened;
                status = *e.status;
            }
            QCOMPARE(ticket->status, status);
            if (status == TicketStatus::InProgress || status == TicketStatus::WaitingOnClient)
                QVERIFY(ticket->assigneeId.isValid() && ticket->ownerId.isValid());
            if (ticket->feedback) {
                ++withFeedback;
                QVERIFY(status == TicketStatus::Closed);
                QCOMPARE(ticket->feedback == Feedback::NotLiked, !ticket->feedbackReason.isEmpty());
            }
            withTime += repo.timeEntries(TicketId(id)).isEmpty() ? 0 : 1;
        }
        QVERIFY(waited > 30);
        QVERIFY(withTime > 200);
        QVERIFY(withFeedback > 100);
        QVERIFY(reopened > 0);
        // Some late, and every ticket on the client's timeline.
        QVERIFY(sql::scalar(t.db.connection(), u"SELECT count(*) FROM tickets WHERE resolution_state = 'breached'"_s)->toInt() > 10);
        QVERIFY(sql::scalar(t.db.connection(),
                            u"SELECT count(DISTINCT ref_id) FROM timeline_events WHERE kind = 'ticket'"_s)->toInt() == 300);
    }

    void sameSeedSameTickets()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        Clock::setFixed(1770627600);
        QVERIFY(demo(a.db, 3, 50));
        QVERIFY(demo(b.db, 3, 50));
        Clock::setFixed(0);
        QCOMPARE(slaRows(a.db), slaRows(b.db));
    }

    void largeLoadRebuildsIndexes()
    {
        test::TempDatabase t;
        const int before = indexCount(t.db);
        QVERIFY(demo(t.db, 50, 20000));
        QCOMPARE(indexCount(t.db), before);
        QCOMPARE(sql::scalar(t.db.connection(), u"PRAGMA integrity_check"_s)->toString(), u"ok"_s);
        QVERIFY(sql::scalar(t.db.connection(), u"PRAGMA foreign_key_check"_s)->isNull());
        // A second, small load keeps them and adds to the clients without tickets only.
        for (const QString &name : {u"ТОО «Новый»"_s, u"ООО «Второй»"_s}) {
            Client c;
            c.legalName = name;
            QVERIFY(ClientRepository(t.db).add(c));
        }
        Transaction tx(t.db.connection());
        auto small = DemoTickets(t.db).generate(2, 10);
        QVERIFY(small);
        QVERIFY(tx.commit());
        QCOMPARE(sql::scalar(t.db.connection(), u"SELECT count(*) FROM tickets"_s)->toInt(), 20010);
        QCOMPARE(indexCount(t.db), before);
    }

    void refusesBadHistories_data()
    {
        QTest::addColumn<QString>("firstKind");
        QTest::addColumn<QString>("secondKind");
        QTest::addColumn<qint64>("secondAt");
        QTest::newRow("no creation first") << u"status"_s << u"created"_s << qint64(100);
        QTest::newRow("unknown kind") << u"created"_s << u"teleported"_s << qint64(100);
        QTest::newRow("before creation") << u"created"_s << u"note"_s << qint64(-100);
    }

    void refusesBadHistories()
    {
        QFETCH(QString, firstKind);
        QFETCH(QString, secondKind);
        QFETCH(qint64, secondAt);
        test::TempDatabase t;
        QVERIFY(demo(t.db, 1, 0));
        TicketHistory h;
        h.ticket.clientId = ClientId(1);
        h.ticket.subject = u"Проверка"_s;
        TicketLogEntry first;
        first.at = 1770627600;
        first.kind = firstKind;
        first.status = TicketStatus::New;
        TicketLogEntry second = first;
        second.at = first.at + secondAt;
        second.kind = secondKind;
        h.events = {first, second};
        Transaction tx(t.db.connection());
        TicketBulkWriter writer(t.db);
        QVERIFY(writer.begin(1));
        QVERIFY(!writer.add(h));
        h.events = {h.events.first()};
        h.events.first().kind = u"created"_s;
        h.ticket.subject = u"  "_s;
        QVERIFY(!writer.add(h));
    }
};

QTEST_GUILESS_MAIN(TestTicketBulkWriter)
#include "tst_ticketbulkwriter.moc"
