// The real rapport-cli on tickets, business calendars and the SLA clock:
// the whole life of a phone request, business-time arithmetic, holiday
// imports, historical ticket imports and usage errors.
#include "testsupport.h"

#include "storage/clientrepository.h"
#include "storage/userrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

QJsonObject json(const test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// A database with an account manager, a specialist and one client.
struct Office
{
    test::TempDatabase t;
    ClientId client;

    Office()
    {
        User m;
        m.name = u"Асель Касымова"_s;
        m.email = u"asel@example.kz"_s;
        m.role = Role::AccountManager;
        const UserId manager = UserRepository(t.db).add(m)->id;
        User s;
        s.name = u"Ерлан Ахметов"_s;
        s.email = u"erlan@example.kz"_s;
        s.role = Role::Specialist;
        QVERIFY(UserRepository(t.db).add(s));
        Client c;
        c.legalName = u"ТОО «Альфа Трейд»"_s;
        c.taxId = u"990340005977"_s;
        c.status = ClientStatus::Active;
        c.accountManagerId = manager;
        auto added = ClientRepository(t.db).add(c);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        client = added->id;
    }

    test::CliRun cli(const QStringList &args) const
    {
        return test::runCli(QStringList{u"--db"_s, t.path} + args);
    }

    // Runs a command that must succeed and returns its JSON.
    QJsonObject ok(const QStringList &args) const
    {
        const auto run = cli(args + QStringList{u"--format"_s, u"json"_s});
        if (run.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(run.err));
        return run.exitCode == 0 ? json(run) : QJsonObject();
    }

    QString file(const QString &name, const QByteArray &content) const
    {
        const QString path = t.dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};

} // namespace

class TestCliTickets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Monday 2026-03-02 10:00 in Almaty: a client phones in a problem.
    void phoneRequestFromCallToFeedback()
    {
        Office o;
        const QString id = QString::number(1);
        const auto at = [](const QString &time) { return QStringList{u"--at"_s, time, u"--as-of"_s, time}; };
        QJsonObject t = o.ok(QStringList{u"--user"_s, u"asel@example.kz"_s, u"ticket"_s, u"add"_s, u"--client"_s,
                                         QString::number(o.client.value), u"--subject"_s, u"Не формируется отчёт"_s,
                                         u"--channel"_s, u"phone"_s, u"--priority"_s, u"high"_s}
                             + at(u"2026-03-02T10:00:00+05:00"_s));
        QCOMPARE(t.value(u"id"_s).toInt(), 1);
        QCOMPARE(t.value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(t.value(u"channel"_s).toString(), u"phone"_s);
        QCOMPARE(t.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(t.value(u"owner"_s).toString(), u"Асель Касымова"_s);
        QCOMPARE(t.value(u"created_at"_s).toString(), u"2026-03-02T05:00:00+00:00"_s);
        QJsonObject sla = t.value(u"sla"_s).toObject();
        QCOMPARE(sla.value(u"policy"_s).toString(), u"24/48"_s);
        QCOMPARE(sla.value(u"calendar"_s).toString(), u"24/7"_s);
        QCOMPARE(sla.value(u"response"_s).toObject().value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(sla.value(u"response"_s).toObject().value(u"due"_s).toString(), u"2026-03-03T05:00:00+00:00"_s);
        QCOMPARE(sla.value(u"response"_s).toObject().value(u"target_hours"_s).toDouble(), 24.0);
        QCOMPARE(sla.value(u"resolution"_s).toObject().value(u"due"_s).toString(), u"2026-03-04T05:00:00+00:00"_s);
        QCOMPARE(t.value(u"events"_s).toArray().first().toObject().value(u"user"_s).toString(), u"Асель Касымова"_s);

        t = o.ok(QStringList{u"ticket"_s, u"formalize"_s, id, u"--statement"_s, u"Исправить выгрузку отчёта в 1С"_s}
                 + at(u"2026-03-02T10:10:00+05:00"_s));
        QCOMPARE(t.value(u"status"_s).toString(), u"formalizing"_s);
        QCOMPARE(t.value(u"formal_statement"_s).toString(), u"Исправить выгрузку отчёта в 1С"_s);
        t = o.ok(QStringList{u"ticket"_s, u"confirm"_s, id, u"--channel"_s, u"messenger"_s}
                 + at(u"2026-03-02T10:20:00+05:00"_s));
        QCOMPARE(t.value(u"confirmed_at"_s).toString(), u"2026-03-02T05:20:00+00:00"_s);
        QCOMPARE(t.value(u"confirmed_channel"_s).toString(), u"messenger"_s);

        // Never nobody once in progress.
        auto refused = o.cli({u"ticket"_s, u"status"_s, id, u"in-progress"_s, u"--at"_s, u"2026-03-02T10:25:00+05:00"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"assignee"_s), qPrintable(refused.err));

        t = o.ok(QStringList{u"ticket"_s, u"assign"_s, id, u"erlan@example.kz"_s} + at(u"2026-03-02T10:25:00+05:00"_s));
        QCOMPARE(t.value(u"assignee"_s).toString(), u"Ерлан Ахметов"_s);
        t = o.ok(QStringList{u"ticket"_s, u"status"_s, id, u"in-progress"_s} + at(u"2026-03-02T10:30:00+05:00"_s));
        QCOMPARE(t.value(u"status"_s).toString(), u"in_progress"_s);
        QCOMPARE(t.value(u"sla"_s).toObject().value(u"response"_s).toObject().value(u"elapsed_hours"_s).toDouble(), 0.5);

        t = o.ok(QStringList{u"ticket"_s, u"note"_s, id, u"--text"_s, u"Проверить права в 1С"_s}
                 + at(u"2026-03-02T10:45:00+05:00"_s));
        QCOMPARE(t.value(u"first_response_at"_s), QJsonValue()); // an internal note is no response
        t = o.ok(QStringList{u"ticket"_s, u"reply"_s, id, u"--text"_s, u"Нужен доступ к базе 1С"_s}
                 + at(u"2026-03-02T11:00:00+05:00"_s));
        QCOMPARE(t.value(u"first_response_at"_s).toString(), u"2026-03-02T06:00:00+00:00"_s);
        QJsonObject response = t.value(u"sla"_s).toObject().value(u"response"_s).toObject();
        QCOMPARE(response.value(u"state"_s).toString(), u"met"_s);
        QCOMPARE(response.value(u"elapsed_hours"_s).toDouble(), 1.0);
        QCOMPARE(response.value(u"done_at"_s).toString(), u"2026-03-02T06:00:00+00:00"_s);

        t = o.ok(QStringList{u"ticket"_s, u"status"_s, id, u"waiting"_s} + at(u"2026-03-02T12:00:00+05:00"_s));
        QCOMPARE(t.value(u"status"_s).toString(), u"waiting_on_client"_s);
        sla = t.value(u"sla"_s).toObject();
        QCOMPARE(sla.value(u"paused"_s).toBool(), true);
        QCOMPARE(sla.value(u"resolution"_s).toObject().value(u"state"_s).toString(), u"paused"_s);

        // The client calls back three hours later with the access.
        t = o.ok(QStringList{u"ticket"_s, u"call"_s, id, u"--summary"_s, u"Клиент дал доступ"_s}
                 + at(u"2026-03-02T15:00:00+05:00"_s));
        QCOMPARE(t.value(u"events"_s).toArray().last().toObject().value(u"channel"_s).toString(), u"phone"_s);
        t = o.ok(QStringList{u"ticket"_s, u"status"_s, id, u"in-progress"_s} + at(u"2026-03-02T15:00:00+05:00"_s));
        sla = t.value(u"sla"_s).toObject();
        QCOMPARE(sla.value(u"paused"_s).toBool(), false);
        QCOMPARE(sla.value(u"paused_hours"_s).toDouble(), 3.0);
        QCOMPARE(sla.value(u"resolution"_s).toObject().value(u"due"_s).toString(), u"2026-03-04T08:00:00+00:00"_s);

        t = o.ok(QStringList{u"ticket"_s, u"status"_s, id, u"resolved"_s} + at(u"2026-03-02T16:00:00+05:00"_s));
        QCOMPARE(t.value(u"resolved_at"_s).toString(), u"2026-03-02T11:00:00+00:00"_s);
        QJsonObject resolution = t.value(u"sla"_s).toObject().value(u"resolution"_s).toObject();
        QCOMPARE(resolution.value(u"state"_s).toString(), u"met"_s);
        QCOMPARE(resolution.value(u"elapsed_hours"_s).toDouble(), 3.0); // 6 h minus 3 h waiting on the client

        t = o.ok({u"--user"_s, u"erlan@example.kz"_s, u"ticket"_s, u"time"_s, id, u"--minutes"_s, u"90"_s, u"--date"_s,
                  u"2026-03-02"_s, u"--note"_s, u"Настройка выгрузки"_s});
        t = o.ok({u"ticket"_s, u"time"_s, id, u"--minutes"_s, u"15"_s, u"--non-billable"_s});
        QCOMPARE(t.value(u"time_entries"_s).toArray().size(), 2);
        QCOMPARE(t.value(u"time_minutes"_s).toInt(), 105);
        QCOMPARE(t.value(u"billable_minutes"_s).toInt(), 90);
        const QJsonObject entry = t.value(u"time_entries"_s).toArray().first().toObject();
        QCOMPARE(entry.value(u"user"_s).toString(), u"Ерлан Ахметов"_s);
        QCOMPARE(entry.value(u"date"_s).toString(), u"2026-03-02"_s);

        auto noReason = o.cli({u"ticket"_s, u"feedback"_s, id, u"not-liked"_s});
        QCOMPARE(noReason.exitCode, 1);
        t = o.ok({u"ticket"_s, u"feedback"_s, id, u"not-liked"_s, u"--reason"_s, u"Долго ждали звонка"_s});
        QCOMPARE(t.value(u"feedback"_s).toString(), u"not_liked"_s);
        QCOMPARE(t.value(u"feedback_reason"_s).toString(), u"Долго ждали звонка"_s);
        o.ok(QStringList{u"ticket"_s, u"status"_s, id, u"closed"_s} + at(u"2026-03-03T09:00:00+05:00"_s));
        t = o.ok({u"ticket"_s, u"feedback"_s, id, u"liked"_s});
        QCOMPARE(t.value(u"feedback"_s).toString(), u"liked"_s);

        t = o.ok({u"ticket"_s, u"show"_s, id, u"--as-of"_s, u"2026-03-04T00:00:00+05:00"_s});
        QCOMPARE(t.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(t.value(u"closed_at"_s).toString(), u"2026-03-03T04:00:00+00:00"_s);
        sla = t.value(u"sla"_s).toObject();
        const QJsonArray lines = sla.value(u"explanation"_s).toArray();
        QStringList text;
        for (const QJsonValue &line : lines)
            text << line.toString();
        QVERIFY2(text.contains(u"response met after 1 h"_s), qPrintable(text.join(u" | "_s)));
        QVERIFY2(text.contains(u"paused 3 h waiting on client"_s), qPrintable(text.join(u" | "_s)));
        QVERIFY2(text.contains(u"resolved after 3 h: resolution met"_s), qPrintable(text.join(u" | "_s)));
        QCOMPARE(sla.value(u"as_of"_s).toString(), u"2026-03-03T19:00:00+00:00"_s);
        QStringList kinds;
        for (const QJsonValue &e : t.value(u"events"_s).toArray())
            kinds << e.toObject().value(u"kind"_s).toString();
        QCOMPARE(kinds, (QStringList{u"created"_s, u"formalized"_s, u"status"_s, u"confirmed"_s, u"assigned"_s,
                                     u"status"_s, u"note"_s, u"reply"_s, u"status"_s, u"contact"_s, u"status"_s,
                                     u"status"_s, u"status"_s, u"feedback"_s, u"feedback"_s}));

        const QJsonObject list = o.ok({u"tickets"_s, u"list"_s, u"--client"_s, QString::number(o.client.value),
                                       u"--status"_s, u"closed"_s});
        const QJsonArray rows = list.value(u"tickets"_s).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(u"response_state"_s).toString(), u"met"_s);
        QCOMPARE(rows.first().toObject().value(u"resolution_state"_s).toString(), u"met"_s);
        QCOMPARE(rows.first().toObject().value(u"assignee"_s).toString(), u"Ерлан Ахметов"_s);
        QCOMPARE(list.value(u"next_before"_s), QJsonValue());
    }

    void listFiltersBreachedAndAtRisk()
    {
        Office o;
        const QString client = QString::number(o.client.value);
        for (const QString &time : {u"2026-03-02T00:00:00Z"_s, u"2026-03-02T10:00:00Z"_s, u"2026-03-03T06:00:00Z"_s})
            o.ok({u"ticket"_s, u"add"_s, u"--client"_s, client, u"--subject"_s, u"Заявка "_s + time, u"--at"_s, time});
        const auto ids = [&](const QStringList &filter) {
            QList<int> result;
            for (const QJsonValue &v : o.ok(QStringList{u"tickets"_s, u"list"_s} + filter).value(u"tickets"_s).toArray())
                result << v.toObject().value(u"id"_s).toInt();
            return result;
        };
        // At 2026-03-03 03:00Z: #1 is 27 h old (response breached), #2 17 h (fine), #3 not yet created.
        QCOMPARE(ids({u"--breached"_s, u"--as-of"_s, u"2026-03-03T03:00:00Z"_s}), (QList<int>{1}));
        QCOMPARE(ids({u"--at-risk"_s, u"--as-of"_s, u"2026-03-03T06:00:00Z"_s}), (QList<int>{2}));
        QCOMPARE(ids({u"--at-risk"_s, u"--breached"_s, u"--as-of"_s, u"2026-03-03T06:00:00Z"_s}), (QList<int>{2, 1}));
        QCOMPARE(ids({u"--status"_s, u"new"_s}), (QList<int>{3, 2, 1}));
        QCOMPARE(ids({u"--limit"_s, u"2"_s}), (QList<int>{3, 2}));
        QCOMPARE(ids({u"--limit"_s, u"2"_s, u"--before"_s, u"2"_s}), (QList<int>{1}));
        QCOMPARE(ids({u"--assignee"_s, u"erlan@example.kz"_s}), QList<int>{});
        const QJsonObject page = o.ok({u"tickets"_s, u"list"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(page.value(u"next_before"_s).toInt(), 2);
    }

    void categoryAndAgreedDeadline()
    {
        Office o;
        const QString client = QString::number(o.client.value);
        QJsonObject t = o.ok({u"ticket"_s, u"add"_s, u"--client"_s, client, u"--subject"_s, u"Расчёт отпускных"_s,
                              u"--category"_s, u" Зарплата "_s, u"--at"_s, u"2026-03-02T10:00:00+05:00"_s});
        QCOMPARE(t.value(u"category"_s).toString(), u"Зарплата"_s);
        QCOMPARE(t.value(u"agreed_deadline"_s), QJsonValue());
        t = o.ok({u"ticket"_s, u"add"_s, u"--client"_s, client, u"--subject"_s, u"Сверка с налоговой"_s, u"--deadline"_s,
                  u"2026-03-03T18:00:00+05:00"_s, u"--at"_s, u"2026-03-02T11:00:00+05:00"_s});
        QCOMPARE(t.value(u"category"_s).toString(), QString());
        QCOMPARE(t.value(u"agreed_deadline"_s).toString(), u"2026-03-03T13:00:00+00:00"_s);

        // ticket category ID TEXT and ticket deadline ID ISO8601|none, each logged at --at.
        t = o.ok({u"ticket"_s, u"category"_s, u"2"_s, u"Отчётность"_s, u"--at"_s, u"2026-03-02T11:05:00+05:00"_s});
        QCOMPARE(t.value(u"category"_s).toString(), u"Отчётность"_s);
        QJsonObject last = t.value(u"events"_s).toArray().last().toObject();
        QCOMPARE(last.value(u"kind"_s).toString(), u"category"_s);
        QCOMPARE(last.value(u"at"_s).toString(), u"2026-03-02T06:05:00+00:00"_s);
        QCOMPARE(last.value(u"body"_s).toString(), u"Отчётность"_s);
        t = o.ok({u"ticket"_s, u"deadline"_s, u"1"_s, u"2026-03-04T18:00:00+05:00"_s, u"--at"_s,
                  u"2026-03-02T10:30:00+05:00"_s});
        QCOMPARE(t.value(u"agreed_deadline"_s).toString(), u"2026-03-04T13:00:00+00:00"_s);
        last = t.value(u"events"_s).toArray().last().toObject();
        QCOMPARE(last.value(u"kind"_s).toString(), u"deadline"_s);
        QCOMPARE(last.value(u"at"_s).toString(), u"2026-03-02T05:30:00+00:00"_s);
        const auto text = o.cli({u"ticket"_s, u"show"_s, u"1"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"category Зарплата; agreed deadline 2026-03-04T13:00:00+00:00"_s), qPrintable(text.out));

        // Refused: before the request was made, too long; usage: not an instant, no value.
        auto refused = o.cli({u"ticket"_s, u"deadline"_s, u"1"_s, u"2026-03-01T10:00:00+05:00"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"before the request was made"_s), qPrintable(refused.err));
        refused = o.cli({u"ticket"_s, u"category"_s, u"1"_s, QString(61, u'x')});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"60"_s), qPrintable(refused.err));
        QCOMPARE(o.cli({u"ticket"_s, u"deadline"_s, u"1"_s, u"friday"_s}).exitCode, 2);
        QCOMPARE(o.cli({u"ticket"_s, u"category"_s, u"1"_s}).exitCode, 2);
        QCOMPARE(o.ok({u"ticket"_s, u"show"_s, u"1"_s}).value(u"category"_s).toString(), u"Зарплата"_s);

        const auto ids = [&](const QStringList &filter) {
            QList<int> result;
            for (const QJsonValue &v : o.ok(QStringList{u"tickets"_s, u"list"_s} + filter).value(u"tickets"_s).toArray())
                result << v.toObject().value(u"id"_s).toInt();
            return result;
        };
        QCOMPARE(ids({u"--category"_s, u"Зарплата"_s}), (QList<int>{1}));
        QCOMPARE(ids({u"--category"_s, u"Отчётность"_s}), (QList<int>{2}));
        QCOMPARE(ids({u"--category"_s, u"Кадры"_s}), QList<int>{});
        const QJsonObject row = o.ok({u"tickets"_s, u"list"_s, u"--category"_s, u"Зарплата"_s})
                                    .value(u"tickets"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(row.value(u"category"_s).toString(), u"Зарплата"_s);
        QCOMPARE(row.value(u"agreed_deadline"_s).toString(), u"2026-03-04T13:00:00+00:00"_s);
        // #2 is due 2026-03-03 13:00Z, #1 2026-03-04 13:00Z.
        QCOMPARE(ids({u"--past-deadline"_s, u"--as-of"_s, u"2026-03-03T12:00:00Z"_s}), QList<int>{});
        QCOMPARE(ids({u"--past-deadline"_s, u"--as-of"_s, u"2026-03-03T14:00:00Z"_s}), (QList<int>{2}));
        QCOMPARE(ids({u"--past-deadline"_s, u"--as-of"_s, u"2026-03-05T00:00:00Z"_s}), (QList<int>{2, 1}));
        QCOMPARE(ids({u"--past-deadline"_s, u"--category"_s, u"Зарплата"_s, u"--as-of"_s, u"2026-03-05T00:00:00Z"_s}),
                 (QList<int>{1}));

        // Cleared: none, and an empty category.
        t = o.ok({u"ticket"_s, u"deadline"_s, u"2"_s, u"none"_s, u"--at"_s, u"2026-03-02T12:00:00+05:00"_s});
        QCOMPARE(t.value(u"agreed_deadline"_s), QJsonValue());
        t = o.ok({u"ticket"_s, u"category"_s, u"2"_s, QString(), u"--at"_s, u"2026-03-02T12:00:00+05:00"_s});
        QCOMPARE(t.value(u"category"_s).toString(), QString());
        QCOMPARE(ids({u"--past-deadline"_s, u"--as-of"_s, u"2026-03-05T00:00:00Z"_s}), (QList<int>{1}));
        QCOMPARE(ids({u"--category"_s, u"Отчётность"_s}), QList<int>{});
    }

    void slaDue_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("due");
        // Work ending exactly at 18:00 ends there; one more hour rolls to Monday.
        QTest::newRow("kz Friday 17:00 + 1 h") << u"kz-standard"_s << u"2026-03-06T17:00:00+05:00"_s << u"1"_s
                                              << u"2026-03-06T18:00:00+05:00"_s;
        QTest::newRow("kz Friday 17:00 + 2 h") << u"kz-standard"_s << u"2026-03-06T17:00:00+05:00"_s << u"2"_s
                                              << u"2026-03-09T10:00:00+05:00"_s;
        QTest::newRow("kz Friday 18:00 + 1 h") << u"kz-standard"_s << u"2026-03-06T18:00:00+05:00"_s << u"1"_s
                                              << u"2026-03-09T10:00:00+05:00"_s;
        QTest::newRow("no offset: the calendar's zone") << u"kz-standard"_s << u"2026-03-06T17:00:00"_s << u"2"_s
                                                        << u"2026-03-09T10:00:00+05:00"_s;
        QTest::newRow("UTC start") << u"kz-standard"_s << u"2026-03-06T12:00:00Z"_s << u"2"_s
                                   << u"2026-03-09T10:00:00+05:00"_s;
        // Nauryz, 21–23 March 2026 (Saturday to Monday).
        QTest::newRow("kz over Nauryz") << u"kz-standard"_s << u"2026-03-20T17:00:00+05:00"_s << u"2"_s
                                        << u"2026-03-24T10:00:00+05:00"_s;
        // Russia Day, Friday 12 June 2026.
        QTest::newRow("ru over Russia Day") << u"ru-standard"_s << u"2026-06-11T17:00:00+03:00"_s << u"2.5"_s
                                            << u"2026-06-15T10:30:00+03:00"_s;
        QTest::newRow("24/7 across midnight") << u"24/7"_s << u"2026-03-06T23:30:00Z"_s << u"1.5"_s
                                              << u"2026-03-07T01:00:00+00:00"_s;
        QTest::newRow("zero hours") << u"kz-standard"_s << u"2026-03-07T12:00:00+05:00"_s << u"0"_s
                                    << u"2026-03-07T12:00:00+05:00"_s;
    }

    void slaDue()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, start);
        QFETCH(QString, hours);
        QFETCH(QString, due);
        Office o;
        const auto run = o.cli({u"sla"_s, u"due"_s, u"--calendar"_s, calendar, u"--start"_s, start, u"--hours"_s, hours});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), due);
        const QJsonObject j = o.ok({u"sla"_s, u"due"_s, u"--calendar"_s, calendar, u"--start"_s, start, u"--hours"_s,
                                    hours});
        QCOMPARE(j.value(u"due"_s).toString(), due);
        QCOMPARE(j.value(u"calendar"_s).toString(), calendar);
    }

    void slaElapsed_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("hours");
        QTest::newRow("over a weekend") << u"kz-standard"_s << u"2026-03-06T10:00:00+05:00"_s
                                        << u"2026-03-09T12:30:00+05:00"_s << u"11.5"_s;
        QTest::newRow("night only") << u"kz-standard"_s << u"2026-03-04T18:00:00+05:00"_s
                                    << u"2026-03-05T09:00:00+05:00"_s << u"0"_s;
        QTest::newRow("over Nauryz") << u"kz-standard"_s << u"2026-03-20T09:00:00+05:00"_s
                                     << u"2026-03-24T18:00:00+05:00"_s << u"18"_s;
        QTest::newRow("24/7") << u"24/7"_s << u"2026-03-06T10:00:00Z"_s << u"2026-03-07T10:20:00Z"_s << u"24.3333"_s;
    }

    void slaElapsed()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, hours);
        Office o;
        const auto run = o.cli({u"sla"_s, u"elapsed"_s, u"--calendar"_s, calendar, u"--from"_s, from, u"--to"_s, to});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), hours);
        const QJsonObject j = o.ok({u"sla"_s, u"elapsed"_s, u"--calendar"_s, calendar, u"--from"_s, from, u"--to"_s, to});
        QCOMPARE(j.value(u"business_hours"_s).toDouble(), hours.toDouble());
    }

    void importedHolidayMovesTheDueInstant()
    {
        Office o;
        const QStringList due{u"sla"_s, u"due"_s, u"--calendar"_s, u"kz-standard"_s, u"--start"_s,
                              u"2026-03-06T17:00:00+05:00"_s, u"--hours"_s, u"2"_s};
        QCOMPARE(o.cli(due).out.trimmed(), u"2026-03-09T10:00:00+05:00"_s);
        // Women's Day fell on a Sunday in 2026: Monday 9 March was decreed a day off.
        const QString csv = o.file(u"kz2026.csv"_s, "date;kind;name\n2026-03-09;holiday;Перенос 8 Марта\n"
                                                    "2026-03-14;workday;Рабочая суббота\n");
        const QJsonObject imported = o.ok({u"calendar"_s, u"import"_s, u"kz-standard"_s, csv});
        QCOMPARE(imported.value(u"imported"_s).toInt(), 2);
        QCOMPARE(imported.value(u"holidays"_s).toInt(), 1);
        QCOMPARE(imported.value(u"workdays"_s).toInt(), 1);
        QCOMPARE(imported.value(u"created"_s).toBool(), false);
        QCOMPARE(o.cli(due).out.trimmed(), u"2026-03-10T10:00:00+05:00"_s);
        // The transferred Saturday is worked.
        QCOMPARE(o.cli({u"sla"_s, u"due"_s, u"--calendar"_s, u"kz-standard"_s, u"--start"_s, u"2026-03-13T17:00:00+05:00"_s,
                        u"--hours"_s, u"2"_s})
                     .out.trimmed(),
                 u"2026-03-14T10:00:00+05:00"_s);
        const QJsonObject shown = o.ok({u"calendar"_s, u"show"_s, u"kz-standard"_s, u"--year"_s, u"2026"_s});
        QCOMPARE(shown.value(u"time_zone"_s).toString(), u"Asia/Almaty"_s);
        QCOMPARE(shown.value(u"week"_s).toObject().value(u"mon"_s).toArray().first().toArray(),
                 (QJsonArray{u"09:00"_s, u"18:00"_s}));
        QCOMPARE(shown.value(u"week"_s).toObject().value(u"sat"_s).toArray().size(), 0);
        QCOMPARE(shown.value(u"workdays"_s).toArray().first().toObject().value(u"date"_s).toString(), u"2026-03-14"_s);
        bool found = false;
        for (const QJsonValue &h : shown.value(u"holidays"_s).toArray())
            found = found || h.toObject().value(u"name"_s).toString() == u"Перенос 8 Марта"_s;
        QVERIFY(found);
        QCOMPARE(o.ok({u"calendar"_s, u"show"_s, u"kz-standard"_s, u"--year"_s, u"2027"_s}).value(u"workdays"_s).toArray().size(), 0);
    }

    void importIcsIntoANewCalendar()
    {
        Office o;
        const QString ics = o.file(u"office.ics"_s,
                                   "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                                   "BEGIN:VEVENT\r\nUID:1@test\r\nDTSTAMP:20260101T000000Z\r\n"
                                   "DTSTART;VALUE=DATE:20260504\r\nDTEND;VALUE=DATE:20260506\r\nSUMMARY:Company days off\r\n"
                                   "END:VEVENT\r\nEND:VCALENDAR\r\n");
        auto missing = o.cli({u"calendar"_s, u"import"_s, u"office"_s, ics});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"--base"_s));
        const QJsonObject imported = o.ok({u"calendar"_s, u"import"_s, u"office"_s, ics, u"--base"_s, u"kz-standard"_s});
        QCOMPARE(imported.value(u"created"_s).toBool(), true);
        QCOMPARE(imported.value(u"holidays"_s).toInt(), 2);
        const QJsonArray calendars = o.ok({u"calendar"_s, u"list"_s}).value(u"calendars"_s).toArray();
        QCOMPARE(calendars.size(), 4);
        QJsonObject office;
        for (const QJsonValue &c : calendars)
            if (c.toObject().value(u"name"_s) == u"office"_s)
                office = c.toObject();
        QCOMPARE(office.value(u"builtin"_s).toBool(), false);
        QCOMPARE(office.value(u"time_zone"_s).toString(), u"Asia/Almaty"_s);
        QCOMPARE(office.value(u"holidays"_s).toInt(), 15);
        QCOMPARE(o.cli({u"sla"_s, u"due"_s, u"--calendar"_s, u"office"_s, u"--start"_s, u"2026-05-01T12:00:00+05:00"_s,
                        u"--hours"_s, u"1"_s})
                     .out.trimmed(),
                 u"2026-05-06T10:00:00+05:00"_s); // 1 May holiday, weekend, 4–5 May off
    }

    void badHolidayFileChangesNothing()
    {
        Office o;
        const QString csv = o.file(u"bad.csv"_s, "date,kind,name\n2026-03-09,holiday,Ok\n2026-02-30,holiday,Bad\n");
        const auto run = o.cli({u"calendar"_s, u"import"_s, u"kz-standard"_s, csv});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"line 3"_s), qPrintable(run.err));
        QCOMPARE(o.cli({u"sla"_s, u"due"_s, u"--calendar"_s, u"kz-standard"_s, u"--start"_s, u"2026-03-06T17:00:00+05:00"_s,
                        u"--hours"_s, u"2"_s})
                     .out.trimmed(),
                 u"2026-03-09T10:00:00+05:00"_s);
    }

    void importHistoricalTickets()
    {
        Office o;
        const QString csv = o.file(
            u"history.csv"_s,
            "created,first_response,resolved,closed,status,priority,channel,subject,client_tax_id,client_name,"
            "assignee_email\n"
            "2026-02-02T10:00:00+05:00,2026-02-02T11:30:00+05:00,2026-02-03T09:00:00+05:00,2026-02-04T10:00:00+05:00,"
            "closed,high,phone,Не формируется отчёт,990340005977,,\n"
            "2026-02-05T10:00:00+05:00,2026-02-06T12:00:00+05:00,2026-02-09T10:00:00+05:00,,resolved,normal,email,"
            "Сверка с налоговой,,ТОО «Альфа Трейд»,\n"
            "10.02.2026 09:15,,,,в работе,срочный,телефон,Не работает 1С,990340005977,,erlan@example.kz\n");
        const QJsonObject first = o.ok({u"import"_s, u"tickets"_s, csv});
        QCOMPARE(first.value(u"created"_s).toInt(), 3);
        QCOMPARE(first.value(u"rejected"_s).toBool(), false);
        const QJsonArray rows = o.ok({u"tickets"_s, u"list"_s}).value(u"tickets"_s).toArray();
        QCOMPARE(rows.size(), 3);
        QJsonObject closed = o.ok({u"ticket"_s, u"show"_s, u"1"_s});
        QCOMPARE(closed.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(closed.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(closed.value(u"first_response_at"_s).toString(), u"2026-02-02T06:30:00+00:00"_s);
        QCOMPARE(closed.value(u"closed_at"_s).toString(), u"2026-02-04T05:00:00+00:00"_s);
        QJsonObject sla = closed.value(u"sla"_s).toObject();
        QCOMPARE(sla.value(u"response"_s).toObject().value(u"elapsed_hours"_s).toDouble(), 1.5);
        QCOMPARE(sla.value(u"resolution"_s).toObject().value(u"elapsed_hours"_s).toDouble(), 23.0);
        QCOMPARE(sla.value(u"resolution"_s).toObject().value(u"state"_s).toString(), u"met"_s);
        // 26 h to the first response and 96 h to resolution: both late.
        sla = o.ok({u"ticket"_s, u"show"_s, u"2"_s}).value(u"sla"_s).toObject();
        QCOMPARE(sla.value(u"response"_s).toObject().value(u"state"_s).toString(), u"breached"_s);
        QCOMPARE(sla.value(u"resolution"_s).toObject().value(u"state"_s).toString(), u"breached"_s);
        const QJsonObject open = o.ok({u"ticket"_s, u"show"_s, u"3"_s});
        QCOMPARE(open.value(u"status"_s).toString(), u"in_progress"_s);
        QCOMPARE(open.value(u"priority"_s).toString(), u"urgent"_s);
        QCOMPARE(open.value(u"assignee"_s).toString(), u"Ерлан Ахметов"_s);
        QCOMPARE(open.value(u"owner"_s).toString(), u"Асель Касымова"_s);
        // Importing the same file again adds nothing.
        const QJsonObject again = o.ok({u"import"_s, u"tickets"_s, csv});
        QCOMPARE(again.value(u"created"_s).toInt(), 0);
        QCOMPARE(again.value(u"unchanged"_s).toInt(), 3);
    }

    void importRejectsBadRows_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("error");
        const QByteArray ok = "2026-02-02T10:00:00Z,,,,new,normal,email,Тема,ТОО «Альфа Трейд»,";
        QTest::newRow("bad instant") << QByteArray("2026-02-30 10:00,,,,new,normal,email,Тема,ТОО «Альфа Трейд»,")
                                     << u"line 3, column created: "_s;
        QTest::newRow("answered before created")
            << QByteArray("2026-02-02T10:00:00Z,2026-02-02T09:00:00Z,,,new,normal,email,Тема,ТОО «Альфа Трейд»,")
            << u"line 3, column first_response: before the ticket was created"_s;
        QTest::newRow("closed before resolved") << QByteArray("2026-02-02T10:00:00Z,,2026-02-03T10:00:00Z,2026-02-03T09:00:00Z,"
                                                              "closed,normal,email,Тема,ТОО «Альфа Трейд»,")
                                                << u"line 3, column closed: before the ticket was resolved"_s;
        QTest::newRow("in the future") << QByteArray("2099-02-02T10:00:00Z,,,,new,normal,email,Тема,ТОО «Альфа Трейд»,")
                                       << u"line 3, column created: "_s;
        QTest::newRow("unknown client") << QByteArray("2026-02-02T10:00:00Z,,,,new,normal,email,Тема,ТОО «Нет такого»,")
                                        << u"line 3, column client_name: no client named"_s;
        QTest::newRow("unknown status") << QByteArray("2026-02-02T10:00:00Z,,,,sleeping,normal,email,Тема,ТОО «Альфа Трейд»,")
                                        << u"line 3, column status: unknown status"_s;
        QTest::newRow("resolved without instant")
            << QByteArray("2026-02-02T10:00:00Z,,,,resolved,normal,email,Тема,ТОО «Альфа Трейд»,")
            << u"line 3, column resolved: "_s;
        QTest::newRow("open with a resolution")
            << QByteArray("2026-02-02T10:00:00Z,,2026-02-03T10:00:00Z,,new,normal,email,Тема,ТОО «Альфа Трейд»,")
            << u"line 3, column status: "_s;
        QTest::newRow("in progress without assignee")
            << QByteArray("2026-02-02T10:00:00Z,,,,in_progress,normal,email,Тема,ТОО «Альфа Трейд»,")
            << u"line 3, column assignee_email: "_s;
        QTest::newRow("unknown assignee")
            << QByteArray("2026-02-02T10:00:00Z,,,,in_progress,normal,email,Тема,ТОО «Альфа Трейд»,nobody@example.kz")
            << u"line 3, column assignee_email: no staff member"_s;
        QTest::newRow("bad priority") << QByteArray("2026-02-02T10:00:00Z,,,,new,asap,email,Тема,ТОО «Альфа Трейд»,")
                                      << u"line 3, column priority: "_s;
        QTest::newRow("bad channel") << QByteArray("2026-02-02T10:00:00Z,,,,new,normal,fax,Тема,ТОО «Альфа Трейд»,")
                                     << u"line 3, column channel: "_s;
        QTest::newRow("empty subject") << QByteArray("2026-02-02T10:00:00Z,,,,new,normal,email,,ТОО «Альфа Трейд»,")
                                       << u"line 3, column subject: "_s;
        QTest::newRow("same row twice") << ok << u"line 3, column subject: the same ticket as line 2"_s;
    }

    void importRejectsBadRows()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, error);
        Office o;
        const QByteArray header = "created,first_response,resolved,closed,status,priority,channel,subject,client_name,"
                                  "assignee_email\n";
        const QByteArray good = "2026-02-02T10:00:00Z,,,,new,normal,email,Тема,ТОО «Альфа Трейд»,\n";
        const QString csv = o.file(u"bad.csv"_s, header + good + row + "\n");
        const auto run = o.cli({u"import"_s, u"tickets"_s, csv});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
        QCOMPARE(o.ok({u"tickets"_s, u"list"_s}).value(u"tickets"_s).toArray().size(), 0); // all or nothing
        // Skipping invalid rows imports the good one.
        const QJsonObject skipped = o.ok({u"import"_s, u"tickets"_s, csv, u"--skip-invalid"_s});
        QCOMPARE(skipped.value(u"created"_s).toInt(), 1);
        QCOMPARE(skipped.value(u"skipped"_s).toInt(), 1);
        QCOMPARE(skipped.value(u"errors"_s).toArray().first().toObject().value(u"line"_s).toInt(), 3);
    }

    void importDryRunWritesNothing()
    {
        Office o;
        const QString csv = o.file(u"dry.csv"_s, "created;subject;client_tax_id\n2026-02-02T10:00:00Z;Тема;990340005977\n");
        const QJsonObject dry = o.ok({u"import"_s, u"tickets"_s, csv, u"--dry-run"_s});
        QCOMPARE(dry.value(u"created"_s).toInt(), 1);
        QCOMPARE(dry.value(u"dry_run"_s).toBool(), true);
        QCOMPARE(o.ok({u"tickets"_s, u"list"_s}).value(u"tickets"_s).toArray().size(), 0);
        const auto noClientColumn = o.cli({u"import"_s, u"tickets"_s, o.file(u"x.csv"_s, "created,subject\n2026-02-02,x\n")});
        QCOMPARE(noClientColumn.exitCode, 1);
        QVERIFY(noClientColumn.err.contains(u"client_tax_id"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("ticket without action") << QStringList{u"ticket"_s} << 2;
        QTest::newRow("unknown ticket action") << QStringList{u"ticket"_s, u"frobnicate"_s, u"1"_s} << 2;
        QTest::newRow("add without client") << QStringList{u"ticket"_s, u"add"_s, u"--subject"_s, u"x"_s} << 2;
        QTest::newRow("add without subject") << QStringList{u"ticket"_s, u"add"_s, u"--client"_s, u"1"_s} << 2;
        QTest::newRow("add bad priority")
            << QStringList{u"ticket"_s, u"add"_s, u"--client"_s, u"1"_s, u"--subject"_s, u"x"_s, u"--priority"_s, u"asap"_s}
            << 2;
        QTest::newRow("add bad channel")
            << QStringList{u"ticket"_s, u"add"_s, u"--client"_s, u"1"_s, u"--subject"_s, u"x"_s, u"--channel"_s, u"fax"_s}
            << 2;
        QTest::newRow("add bad --at") << QStringList{u"ticket"_s, u"add"_s, u"--client"_s, u"1"_s, u"--subject"_s,
                                                     u"x"_s, u"--at"_s, u"yesterday"_s}
                                      << 2;
        QTest::newRow("add unknown client") << QStringList{u"ticket"_s, u"add"_s, u"--client"_s, u"99"_s, u"--subject"_s, u"x"_s}
                                            << 1;
        QTest::newRow("status without value") << QStringList{u"ticket"_s, u"status"_s, u"1"_s} << 2;
        QTest::newRow("unknown status") << QStringList{u"ticket"_s, u"status"_s, u"1"_s, u"sleeping"_s} << 2;
        QTest::newRow("not a ticket number") << QStringList{u"ticket"_s, u"show"_s, u"abc"_s} << 2;
        QTest::newRow("missing ticket") << QStringList{u"ticket"_s, u"show"_s, u"42"_s} << 1;
        QTest::newRow("reply without text") << QStringList{u"ticket"_s, u"reply"_s, u"1"_s} << 2;
        QTest::newRow("bad minutes") << QStringList{u"ticket"_s, u"time"_s, u"1"_s, u"--minutes"_s, u"abc"_s} << 2;
        QTest::newRow("bad date") << QStringList{u"ticket"_s, u"time"_s, u"1"_s, u"--minutes"_s, u"5"_s, u"--date"_s,
                                                 u"02.03.2026"_s}
                                  << 2;
        QTest::newRow("billable both ways") << QStringList{u"ticket"_s, u"time"_s, u"1"_s, u"--minutes"_s, u"5"_s,
                                                           u"--billable"_s, u"--non-billable"_s}
                                            << 2;
        QTest::newRow("bad feedback") << QStringList{u"ticket"_s, u"feedback"_s, u"1"_s, u"meh"_s} << 2;
        QTest::newRow("assign unknown email") << QStringList{u"ticket"_s, u"assign"_s, u"1"_s, u"nobody@example.kz"_s}
                                              << 1;
        QTest::newRow("category without text") << QStringList{u"ticket"_s, u"category"_s, u"1"_s} << 2;
        QTest::newRow("category too long") << QStringList{u"ticket"_s, u"category"_s, u"1"_s, QString(61, u'x')} << 1;
        QTest::newRow("deadline without value") << QStringList{u"ticket"_s, u"deadline"_s, u"1"_s} << 2;
        QTest::newRow("deadline not an instant") << QStringList{u"ticket"_s, u"deadline"_s, u"1"_s, u"tomorrow"_s} << 2;
        QTest::newRow("deadline before creation")
            << QStringList{u"ticket"_s, u"deadline"_s, u"1"_s, u"2000-01-01T00:00:00Z"_s} << 1;
        QTest::newRow("add bad deadline") << QStringList{u"ticket"_s, u"add"_s, u"--client"_s, u"1"_s, u"--subject"_s,
                                                         u"x"_s, u"--deadline"_s, u"soon"_s}
                                          << 2;
        QTest::newRow("list bad limit") << QStringList{u"tickets"_s, u"list"_s, u"--limit"_s, u"0"_s} << 2;
        QTest::newRow("list bad status") << QStringList{u"tickets"_s, u"list"_s, u"--status"_s, u"asleep"_s} << 2;
        QTest::newRow("sla without action") << QStringList{u"sla"_s} << 2;
        QTest::newRow("sla due without calendar")
            << QStringList{u"sla"_s, u"due"_s, u"--start"_s, u"2026-03-06T17:00:00Z"_s, u"--hours"_s, u"1"_s} << 2;
        QTest::newRow("sla due bad start") << QStringList{u"sla"_s, u"due"_s, u"--calendar"_s, u"24/7"_s, u"--start"_s,
                                                          u"friday"_s, u"--hours"_s, u"1"_s}
                                           << 2;
        QTest::newRow("sla due negative hours") << QStringList{u"sla"_s, u"due"_s, u"--calendar"_s, u"24/7"_s, u"--start"_s,
                                                               u"2026-03-06T17:00:00Z"_s, u"--hours"_s, u"-1"_s}
                                                << 2;
        QTest::newRow("sla due unknown calendar") << QStringList{u"sla"_s, u"due"_s, u"--calendar"_s, u"mars"_s,
                                                                 u"--start"_s, u"2026-03-06T17:00:00Z"_s, u"--hours"_s, u"1"_s}
                                                  << 1;
        QTest::newRow("sla elapsed backwards") << QStringList{u"sla"_s, u"elapsed"_s, u"--calendar"_s, u"24/7"_s,
                                                              u"--from"_s, u"2026-03-06T17:00:00Z"_s, u"--to"_s,
                                                              u"2026-03-05T17:00:00Z"_s}
                                               << 2;
        QTest::newRow("calendar without action") << QStringList{u"calendar"_s} << 2;
        QTest::newRow("calendar show without name") << QStringList{u"calendar"_s, u"show"_s} << 2;
        QTest::newRow("calendar show bad year") << QStringList{u"calendar"_s, u"show"_s, u"24/7"_s, u"--year"_s, u"x"_s} << 2;
        QTest::newRow("calendar import without file") << QStringList{u"calendar"_s, u"import"_s, u"kz-standard"_s} << 2;
        QTest::newRow("calendar import missing file")
            << QStringList{u"calendar"_s, u"import"_s, u"kz-standard"_s, u"/nonexistent/x.csv"_s} << 1;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        Office o;
        o.ok({u"ticket"_s, u"add"_s, u"--client"_s, QString::number(o.client.value), u"--subject"_s, u"x"_s});
        const auto run = o.cli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTickets)
#include "tst_cli_tickets.moc"
