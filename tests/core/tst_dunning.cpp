// The dunning ladder on a business calendar: notice → suspension → claim →
// block, exceptions, restore on payment, catch-up and idempotence.
#include "billing/dunning.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

Q_DECLARE_METATYPE(rapport::DunningInput)

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// "notice 2026-02-11; suspend 2026-02-19" → records.
QList<DunningRecord> history(const QString &text)
{
    QList<DunningRecord> out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(u' ');
        out.append(DunningRecord { *dunningStepFromKey(words.at(0)), QDate::fromString(words.at(1), Qt::ISODate), false, {} });
    }
    return out;
}

QString describe(const QList<DunningStepDue> &steps)
{
    QStringList parts;
    for (const DunningStepDue &s : steps)
        parts << dunningStepKey(s.step) + u' ' + s.dueOn.toString(Qt::ISODate);
    return parts.join(u"; "_s);
}

QString describeNext(const DunningOutcome &o)
{
    if (!o.nextStep)
        return {};
    const QString key = dunningStepKey(*o.nextStep);
    return o.nextStepOn.isValid() ? key + u' ' + o.nextStepOn.toString(Qt::ISODate) : key;
}

// An invoice of 100 000.00 KZT due on `due`, on the Kazakh standard calendar.
DunningInput kz(QDate due, QDate today, const QString &past = {}, qint64 outstanding = 10000000)
{
    DunningInput in;
    in.dueDate = due;
    in.today = today;
    in.outstanding = Money(outstanding, u"KZT"_s);
    in.calendar = BusinessCalendar::kzStandard();
    in.history = history(past);
    return in;
}

DunningInput paused(DunningInput in, DunningPauseKind kind, QDate until, const QString &reason = {})
{
    in.pauses.append(DunningPause { kind, until, reason });
    return in;
}

DunningInput settled(DunningInput in, QDate on)
{
    in.outstanding = Money(0, u"KZT"_s);
    in.settledOn = on;
    return in;
}

} // namespace

class TestDunning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys()
    {
        for (const auto s : { DunningState::None, DunningState::NoticeSent, DunningState::Suspended,
                 DunningState::ClaimSent, DunningState::Blocked }) {
            QCOMPARE(dunningStateFromKey(dunningStateKey(s)), s);
            QVERIFY(!dunningStateTitle(s).isEmpty());
        }
        for (const auto s : { DunningStep::Notice, DunningStep::Suspend, DunningStep::Claim, DunningStep::Block,
                 DunningStep::Restore }) {
            QCOMPARE(dunningStepFromKey(dunningStepKey(s)), s);
            QVERIFY(!dunningStepTitle(s).isEmpty());
        }
        for (const auto k :
            { DunningPauseKind::PromiseToPay, DunningPauseKind::GuaranteeLetter, DunningPauseKind::Hold })
            QCOMPARE(dunningPauseKindFromKey(dunningPauseKindKey(k)), k);
        QCOMPARE(dunningStateKey(DunningState::NoticeSent), u"notice_sent"_s);
        QCOMPARE(dunningStepFromKey(u"warn"_s), std::nullopt);
        QCOMPARE(dunningStateFromKey(QString()), std::nullopt);
        QCOMPARE(clientStatusAfter(DunningStep::Suspend), ClientStatus::Suspended);
        QCOMPARE(clientStatusAfter(DunningStep::Block), ClientStatus::Blocked);
        QCOMPARE(clientStatusAfter(DunningStep::Restore), ClientStatus::Active);
        QCOMPARE(clientStatusAfter(DunningStep::Notice), std::nullopt);
        QCOMPARE(clientStatusAfter(DunningStep::Claim), std::nullopt);
        const DunningConfig c;
        QCOMPARE(c.noticeAfterDaysOverdue, 1);
        QCOMPARE(c.noticeDeadlineBusinessDays, 5);
        QCOMPARE(c.claimAfterBusinessDays, 10);
        QCOMPARE(c.blockAfterBusinessDays, 10);
    }

    void ladder_data()
    {
        QTest::addColumn<DunningInput>("in");
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("waiting");

        // Due Tue 2026-02-10: notice Wed 02-11, deadline Wed 02-18, suspension
        // Thu 02-19, claim Thu 03-05, block Thu 03-19.
        const QDate due = d("2026-02-10");
        QTest::newRow("not overdue yet") << kz(due, d("2026-02-10")) << u""_s << u"none"_s << u"notice 2026-02-11"_s
                                         << u""_s;
        QTest::newRow("not due, far ahead")
            << kz(due, d("2026-01-20")) << u""_s << u"none"_s << u"notice 2026-02-11"_s << u""_s;
        QTest::newRow("one day overdue") << kz(due, d("2026-02-11")) << u"notice 2026-02-11"_s << u"notice_sent"_s
                                         << u"suspend 2026-02-19"_s << u""_s;
        QTest::newRow("within the notice deadline") << kz(due, d("2026-02-18"), u"notice 2026-02-11"_s) << u""_s
                                                    << u"notice_sent"_s << u"suspend 2026-02-19"_s << u""_s;
        QTest::newRow("deadline passed") << kz(due, d("2026-02-19"), u"notice 2026-02-11"_s) << u"suspend 2026-02-19"_s
                                         << u"suspended"_s << u"claim 2026-03-05"_s << u""_s;
        QTest::newRow("a late notice moves the deadline")
            << kz(due, d("2026-02-23"), u"notice 2026-02-13"_s) << u"suspend 2026-02-23"_s << u"suspended"_s
            << u"claim 2026-03-09"_s << u""_s;
        QTest::newRow("claim") << kz(due, d("2026-03-05"), u"notice 2026-02-11; suspend 2026-02-19"_s)
                               << u"claim 2026-03-05"_s << u"claim_sent"_s << u"block 2026-03-19"_s << u""_s;
        QTest::newRow("block") << kz(due, d("2026-03-20"), u"notice 2026-02-11; suspend 2026-02-19; claim 2026-03-05"_s)
                               << u"block 2026-03-19"_s << u"blocked"_s << u""_s << u""_s;
        QTest::newRow("blocked is the last rung")
            << kz(due, d("2026-06-01"), u"notice 2026-02-11; suspend 2026-02-19; claim 2026-03-05; block 2026-03-19"_s)
            << u""_s << u"blocked"_s << u""_s << u""_s;

        // The application was closed for 30 days: every missed step, once, on its date.
        QTest::newRow("catch-up after 30 days closed")
            << kz(due, d("2026-03-12")) << u"notice 2026-02-11; suspend 2026-02-19; claim 2026-03-05"_s
            << u"claim_sent"_s << u"block 2026-03-19"_s << u""_s;
        QTest::newRow("catch-up to the end")
            << kz(due, d("2026-04-30"))
            << u"notice 2026-02-11; suspend 2026-02-19; claim 2026-03-05; block 2026-03-19"_s << u"blocked"_s << u""_s
            << u""_s;
        QTest::newRow("catch-up from a recorded notice")
            << kz(due, d("2026-03-12"), u"notice 2026-02-12"_s) << u"suspend 2026-02-20; claim 2026-03-06"_s
            << u"claim_sent"_s << u"block 2026-03-20"_s << u""_s;

        // Holidays on the client's calendar: Nauryz 21–23 March (the 23rd a
        // Monday) moves the 5-business-day deadline from 25 to 26 March.
        QTest::newRow("Nauryz moves the deadline") << kz(d("2026-03-17"), d("2026-03-26")) << u"notice 2026-03-18"_s
                                                   << u"notice_sent"_s << u"suspend 2026-03-27"_s << u""_s;
        QTest::newRow("Nauryz catch-up") << kz(d("2026-03-17"), d("2026-04-10"))
                                         << u"notice 2026-03-18; suspend 2026-03-27; claim 2026-04-10"_s
                                         << u"claim_sent"_s << u"block 2026-04-24"_s << u""_s;
        // The notice falls on Defender of the Fatherland Day (Thu 7 May): sent Fri 8 May.
        QTest::newRow("notice day is a holiday")
            << kz(d("2026-05-06"), d("2026-05-07")) << u""_s << u"none"_s << u"notice 2026-05-08"_s << u""_s;
        QTest::newRow("after the holiday")
            << kz(d("2026-05-06"), d("2026-05-20")) << u"notice 2026-05-08; suspend 2026-05-18"_s << u"suspended"_s
            << u"claim 2026-06-01"_s << u""_s;
        QTest::newRow("notice day is a Saturday") << kz(d("2026-02-13"), d("2026-02-16")) << u"notice 2026-02-16"_s
                                                  << u"notice_sent"_s << u"suspend 2026-02-24"_s << u""_s;
        DunningInput allDays = kz(due, d("2026-02-25"));
        allDays.calendar = BusinessCalendar::twentyFourSeven();
        QTest::newRow("24/7 calendar counts every day") << allDays << u"notice 2026-02-11; suspend 2026-02-17"_s
                                                        << u"suspended"_s << u"claim 2026-02-27"_s << u""_s;

        DunningInput custom = kz(due, d("2026-03-31"));
        custom.config = DunningConfig { 3, 10, 5, 2 };
        // Notice Fri 02-13; deadline +10 bd = Fri 02-27; suspension Mon 03-02;
        // claim +5 bd = Mon 03-09; block +2 bd = Wed 03-11.
        QTest::newRow("custom periods")
            << custom << u"notice 2026-02-13; suspend 2026-03-02; claim 2026-03-09; block 2026-03-11"_s << u"blocked"_s
            << u""_s << u""_s;

        // Full payment at any stage restores the client, dated the payment.
        QTest::newRow("paid before any step")
            << settled(kz(due, d("2026-03-01")), d("2026-02-20")) << u""_s << u"none"_s << u""_s << u""_s;
        QTest::newRow("paid after the notice")
            << settled(kz(due, d("2026-02-20"), u"notice 2026-02-11"_s), d("2026-02-16")) << u"restore 2026-02-16"_s
            << u"none"_s << u""_s << u""_s;
        QTest::newRow("paid while suspended")
            << settled(kz(due, d("2026-03-01"), u"notice 2026-02-11; suspend 2026-02-19"_s), d("2026-02-27"))
            << u"restore 2026-02-27"_s << u"none"_s << u""_s << u""_s;
        QTest::newRow("paid after the claim") << settled(
            kz(due, d("2026-03-10"), u"notice 2026-02-11; suspend 2026-02-19; claim 2026-03-05"_s), d("2026-03-10"))
                                              << u"restore 2026-03-10"_s << u"none"_s << u""_s << u""_s;
        QTest::newRow("paid when blocked") << settled(
            kz(due, d("2026-05-01"), u"notice 2026-02-11; suspend 2026-02-19; claim 2026-03-05; block 2026-03-19"_s),
            d("2026-04-15")) << u"restore 2026-04-15"_s
                                           << u"none"_s << u""_s << u""_s;
        QTest::newRow("payment dated before the last step")
            << settled(kz(due, d("2026-03-01"), u"notice 2026-02-11; suspend 2026-02-19"_s), d("2026-02-18"))
            << u"restore 2026-02-19"_s << u"none"_s << u""_s << u""_s;
        QTest::newRow("payment without a date: today")
            << settled(kz(due, d("2026-03-01"), u"notice 2026-02-11"_s), QDate()) << u"restore 2026-03-01"_s
            << u"none"_s << u""_s << u""_s;
        QTest::newRow("already restored")
            << settled(kz(due, d("2026-03-01"), u"notice 2026-02-11; restore 2026-02-16"_s), d("2026-02-16")) << u""_s
            << u"none"_s << u""_s << u""_s;
        QTest::newRow("a paid debt is not caught up")
            << settled(kz(due, d("2026-06-01")), d("2026-05-30")) << u""_s << u"none"_s << u""_s << u""_s;
        QTest::newRow("partial payment escalates")
            << kz(due, d("2026-02-19"), u"notice 2026-02-11"_s, 500) << u"suspend 2026-02-19"_s << u"suspended"_s
            << u"claim 2026-03-05"_s << u""_s;
        QTest::newRow("debt again after a restore")
            << kz(due, d("2026-02-20"), u"notice 2026-02-11; restore 2026-02-15"_s) << u"notice 2026-02-16"_s
            << u"notice_sent"_s << u"suspend 2026-02-24"_s << u""_s;

        // Promise to pay: escalation waits until the promised date, then resumes.
        const auto promise = DunningPauseKind::PromiseToPay;
        QTest::newRow("promise: waiting")
            << paused(kz(due, d("2026-02-25"), u"notice 2026-02-11"_s), promise, d("2026-02-27")) << u""_s
            << u"notice_sent"_s << u"suspend 2026-03-02"_s << u"promise_to_pay"_s;
        QTest::newRow("promise: on the promised date")
            << paused(kz(due, d("2026-02-27"), u"notice 2026-02-11"_s), promise, d("2026-02-27")) << u""_s
            << u"notice_sent"_s << u"suspend 2026-03-02"_s << u"promise_to_pay"_s;
        QTest::newRow("promise broken: resumes")
            << paused(kz(due, d("2026-03-02"), u"notice 2026-02-11"_s), promise, d("2026-02-27"))
            << u"suspend 2026-03-02"_s << u"suspended"_s << u"claim 2026-03-16"_s << u""_s;
        QTest::newRow("promise broken: catch-up")
            << paused(kz(due, d("2026-04-01"), u"notice 2026-02-11"_s), promise, d("2026-02-27"))
            << u"suspend 2026-03-02; claim 2026-03-16; block 2026-03-31"_s << u"blocked"_s << u""_s << u""_s;
        QTest::newRow("expired promise changes nothing")
            << paused(kz(due, d("2026-02-25"), u"notice 2026-02-11"_s), promise, d("2026-02-15"))
            << u"suspend 2026-02-19"_s << u"suspended"_s << u"claim 2026-03-05"_s << u""_s;
        QTest::newRow("promise before the notice")
            << paused(kz(due, d("2026-03-01")), promise, d("2026-02-20")) << u"notice 2026-02-23"_s << u"notice_sent"_s
            << u"suspend 2026-03-03"_s << u""_s;
        QTest::newRow("two promises in a row")
            << paused(paused(kz(due, d("2026-03-01"), u"notice 2026-02-11"_s), promise, d("2026-02-20")), promise,
                   d("2026-03-04"))
            << u""_s << u"notice_sent"_s << u"suspend 2026-03-05"_s << u"promise_to_pay"_s;

        // Guarantee letter and team-lead hold: no escalation while on.
        const auto guarantee = DunningPauseKind::GuaranteeLetter;
        const auto hold = DunningPauseKind::Hold;
        QTest::newRow("guarantee letter on file")
            << paused(kz(due, d("2026-06-30"), u"notice 2026-02-11"_s), guarantee, QDate(), u"letter 12/2026"_s)
            << u""_s << u"notice_sent"_s << u"suspend"_s << u"guarantee_letter"_s;
        QTest::newRow("guarantee before the notice") << paused(kz(due, d("2026-06-30")), guarantee, QDate()) << u""_s
                                                     << u"none"_s << u"notice"_s << u"guarantee_letter"_s;
        QTest::newRow("guarantee withdrawn")
            << paused(kz(due, d("2026-03-26"), u"notice 2026-02-11"_s), guarantee, d("2026-03-10"))
            << u"suspend 2026-03-11; claim 2026-03-26"_s << u"claim_sent"_s << u"block 2026-04-09"_s << u""_s;
        QTest::newRow("team-lead hold") << paused(kz(due, d("2026-04-30"), u"notice 2026-02-11; suspend 2026-02-19"_s),
            hold, QDate(), u"Director promised by phone"_s)
                                        << u""_s << u"suspended"_s << u"claim"_s << u"hold"_s;
        QTest::newRow("hold still lets a payment restore") << settled(
            paused(kz(due, d("2026-04-30"), u"notice 2026-02-11; suspend 2026-02-19"_s), hold, QDate(), u"VIP"_s),
            d("2026-04-01")) << u"restore 2026-04-01"_s << u"none"_s
                                                           << u""_s << u""_s;
        QTest::newRow("hold lifted") << paused(
            kz(due, d("2026-03-12"), u"notice 2026-02-11; suspend 2026-02-19"_s), hold, d("2026-03-10"), u"VIP"_s)
                                     << u"claim 2026-03-11"_s << u"claim_sent"_s << u"block 2026-03-26"_s << u""_s;
    }

    void ladder()
    {
        QFETCH(DunningInput, in);
        QFETCH(QString, steps);
        QFETCH(QString, state);
        QFETCH(QString, next);
        QFETCH(QString, waiting);
        const auto out = Dunning::evaluate(in);
        QVERIFY2(out.ok(), qPrintable(out.error()));
        QCOMPARE(describe(out->steps), steps);
        QCOMPARE(dunningStateKey(out->state), state);
        QCOMPARE(describeNext(*out), next);
        QCOMPARE(out->waitingFor ? dunningPauseKindKey(*out->waitingFor) : QString(), waiting);
        QCOMPARE(out->waitingReason.isEmpty(), waiting.isEmpty());
        for (const DunningStepDue &s : out->steps)
            QVERIFY(s.dueOn <= in.today);
        if (!out->steps.isEmpty())
            QCOMPARE(out->steps.constLast().stateAfter, out->state);

        // Idempotent: the steps added to the history, the same run yields nothing new.
        DunningInput again = in;
        for (const DunningStepDue &s : out->steps)
            again.history.append(DunningRecord { s.step, s.dueOn, false, {} });
        const auto second = Dunning::evaluate(again);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(second->steps.isEmpty());
        QCOMPARE(second->state, out->state);
        QCOMPARE(second->stateBefore, out->state);
        QCOMPARE(describeNext(*second), next);
    }

    void waitingReasons()
    {
        const QDate due = d("2026-02-10");
        auto out = Dunning::evaluate(
            paused(kz(due, d("2026-04-30"), u"notice 2026-02-11"_s), DunningPauseKind::Hold, QDate(), u"VIP client"_s));
        QVERIFY(out.ok());
        QCOMPARE(out->waitingReason, u"Held by the team lead: VIP client"_s);
        out = Dunning::evaluate(
            paused(kz(due, d("2026-02-20"), u"notice 2026-02-11"_s), DunningPauseKind::PromiseToPay, d("2026-02-27")));
        QCOMPARE(out->waitingReason, u"Waiting for the promise to pay by 2026-02-27"_s);
        out = Dunning::evaluate(paused(kz(due, d("2026-02-20")), DunningPauseKind::GuaranteeLetter, QDate()));
        QCOMPARE(out->waitingReason, u"Guarantee letter on file"_s);
        out = Dunning::evaluate(
            paused(kz(due, d("2026-02-20")), DunningPauseKind::GuaranteeLetter, QDate(), u"No. 15 of 2026-02-12"_s));
        QCOMPARE(out->waitingReason, u"Guarantee letter on file: No. 15 of 2026-02-12"_s);
    }

    void noticeDeadline()
    {
        const QDate due = d("2026-03-17");
        auto out = Dunning::evaluate(kz(due, d("2026-03-20")));
        QVERIFY(out.ok());
        QCOMPARE(out->noticeDeadline, d("2026-03-26"));
        out = Dunning::evaluate(kz(due, d("2026-03-10")));
        QVERIFY(!out->noticeDeadline.isValid());
        out = Dunning::evaluate(settled(kz(due, d("2026-03-20"), u"notice 2026-03-18"_s), d("2026-03-19")));
        QVERIFY(!out->noticeDeadline.isValid());
    }

    // A notice a rule sends holds the ladder until its message went out; the
    // suspension then counts its 5 business days from the day it was sent.
    void deliveryHoldsTheLadder()
    {
        const QDate due = d("2026-04-06");
        // Not waiting: the notice on 04-07, deadline 04-14, suspension 04-15.
        auto out = Dunning::evaluate(kz(due, d("2026-04-30")));
        QVERIFY(out.ok());
        QCOMPARE(describe(out->steps).left(34), u"notice 2026-04-07; suspend 2026-04"_s);
        QVERIFY(!out->waitingForDelivery);

        // Sent by a rule: the notice is taken, and nothing after it.
        DunningInput byMessage = kz(due, d("2026-04-30"));
        byMessage.noticeByMessage = true;
        out = Dunning::evaluate(byMessage);
        QVERIFY(out.ok());
        QCOMPARE(describe(out->steps), u"notice 2026-04-07"_s);
        QVERIFY(out->waitingForDelivery);
        QCOMPARE(describeNext(*out), u"suspend"_s); // no date while it waits
        QVERIFY(!out->noticeDeadline.isValid());
        QCOMPARE(out->waitingReason, u"Waiting until the debt notice is sent"_s);
        QCOMPARE(out->state, DunningState::NoticeSent);

        // Recorded, message not out yet: still waiting, weeks later.
        byMessage.history = { DunningRecord { DunningStep::Notice, d("2026-04-07"), true, QDate() } };
        out = Dunning::evaluate(byMessage);
        QVERIFY(out.ok());
        QVERIFY(out->steps.isEmpty());
        QVERIFY(out->waitingForDelivery);

        // Sent on 04-09: the deadline is 04-16, the suspension 04-17.
        byMessage.history.first().sentOn = d("2026-04-09");
        byMessage.today = d("2026-04-16");
        out = Dunning::evaluate(byMessage);
        QVERIFY(out.ok());
        QVERIFY(out->steps.isEmpty());
        QVERIFY(!out->waitingForDelivery);
        QCOMPARE(out->noticeDeadline, d("2026-04-16"));
        QCOMPARE(describeNext(*out), u"suspend 2026-04-17"_s);
        byMessage.today = d("2026-04-17");
        out = Dunning::evaluate(byMessage);
        QCOMPARE(describe(out->steps), u"suspend 2026-04-17"_s);

        // Paid in full while the notice waits: restored all the same.
        byMessage.history.first().sentOn = QDate();
        out = Dunning::evaluate(settled(byMessage, d("2026-04-10")));
        QVERIFY(out.ok());
        QCOMPARE(describe(out->steps), u"restore 2026-04-10"_s);
    }

    // A formal claim a rule sends: no block until it went out.
    void claimDeliveryHoldsTheBlock()
    {
        DunningInput in = kz(d("2026-04-06"), d("2026-08-31"));
        in.claimByMessage = true;
        auto out = Dunning::evaluate(in);
        QVERIFY(out.ok());
        QCOMPARE(out->steps.size(), 3);
        QCOMPARE(out->steps.constLast().step, DunningStep::Claim);
        QCOMPARE(out->state, DunningState::ClaimSent);
        QVERIFY(out->waitingForDelivery);
        QCOMPARE(out->waitingReason, u"Waiting until the formal claim is sent"_s);
        QCOMPARE(describeNext(*out), u"block"_s);

        // Once sent, the block comes 10 business days after the day it was sent.
        QList<DunningRecord> history;
        for (const DunningStepDue &s : out->steps)
            history.append(DunningRecord { s.step, s.dueOn, s.step == DunningStep::Claim, QDate() });
        const QDate claimedOn = history.constLast().date;
        const QDate sentOn = in.calendar.addBusinessDays(claimedOn, 3);
        history.last().sentOn = sentOn;
        in.history = history;
        out = Dunning::evaluate(in);
        QVERIFY(out.ok());
        QCOMPARE(describe(out->steps), u"block "_s + in.calendar.addBusinessDays(sentOn, 10).toString(Qt::ISODate));
    }

    // Running every day gives the same history, dated the same, as one late
    // catch-up run; each step exactly once.
    void dailyRunsEqualOneCatchUp_data()
    {
        QTest::addColumn<DunningInput>("in");
        QTest::newRow("plain") << kz(d("2026-02-10"), d("2026-05-31"));
        QTest::newRow("Nauryz") << kz(d("2026-03-10"), d("2026-06-30"));
        QTest::newRow("promise") << paused(
            kz(d("2026-02-10"), d("2026-05-31")), DunningPauseKind::PromiseToPay, d("2026-02-25"));
        QTest::newRow("lifted hold") << paused(
            kz(d("2026-04-28"), d("2026-08-31")), DunningPauseKind::Hold, d("2026-05-20"), u"Owner's call"_s);
    }

    void dailyRunsEqualOneCatchUp()
    {
        QFETCH(DunningInput, in);
        const auto once = Dunning::evaluate(in);
        QVERIFY(once.ok());
        QCOMPARE(once->state, DunningState::Blocked);

        DunningInput daily = in;
        for (QDate day = in.dueDate.addDays(-3); day <= in.today; day = day.addDays(1)) {
            daily.today = day;
            const auto out = Dunning::evaluate(daily);
            QVERIFY2(out.ok(), qPrintable(out.error()));
            for (const DunningStepDue &s : out->steps) {
                QCOMPARE(s.dueOn, day); // a daily run acts on the day a step is due
                daily.history.append(DunningRecord { s.step, s.dueOn, false, {} });
            }
        }
        QList<DunningRecord> oneShot;
        for (const DunningStepDue &s : once->steps)
            oneShot.append(DunningRecord { s.step, s.dueOn, false, {} });
        QCOMPARE(daily.history, oneShot);
        QCOMPARE(oneShot.size(), 4);
    }

    void invalid_data()
    {
        QTest::addColumn<DunningInput>("in");
        const QDate due = d("2026-02-10");
        QTest::newRow("no due date") << kz(QDate(), d("2026-02-20"));
        QTest::newRow("no today") << kz(due, QDate());
        QTest::newRow("negative outstanding") << kz(due, d("2026-02-20"), {}, -1);
        DunningInput in = kz(due, d("2026-02-20"));
        in.config.noticeAfterDaysOverdue = 0;
        QTest::newRow("notice on the due date") << in;
        in = kz(due, d("2026-02-20"));
        in.config.noticeDeadlineBusinessDays = 0;
        QTest::newRow("zero deadline") << in;
        in = kz(due, d("2026-02-20"));
        in.config.claimAfterBusinessDays = -2;
        QTest::newRow("negative claim period") << in;
        in = kz(due, d("2026-02-20"));
        in.config.blockAfterBusinessDays = 366;
        QTest::newRow("block period too long") << in;
        QTest::newRow("promise without a date")
            << paused(kz(due, d("2026-02-20")), DunningPauseKind::PromiseToPay, QDate());
        QTest::newRow("hold without a reason")
            << paused(kz(due, d("2026-02-20")), DunningPauseKind::Hold, QDate(), u"  "_s);
        QTest::newRow("history starts with a suspension") << kz(due, d("2026-02-20"), u"suspend 2026-02-19"_s);
        QTest::newRow("history repeats a notice")
            << kz(due, d("2026-02-20"), u"notice 2026-02-11; notice 2026-02-12"_s);
        QTest::newRow("history skips the claim")
            << kz(due, d("2026-04-20"), u"notice 2026-02-11; suspend 2026-02-19; block 2026-03-19"_s);
        QTest::newRow("restore with nothing to restore") << kz(due, d("2026-02-20"), u"restore 2026-02-12"_s);
        QTest::newRow("history out of date order")
            << kz(due, d("2026-03-20"), u"notice 2026-02-19; suspend 2026-02-11"_s);
        QTest::newRow("history after today") << kz(due, d("2026-02-15"), u"notice 2026-02-16"_s);
        in = kz(due, d("2026-02-20"));
        in.history.append(DunningRecord { DunningStep::Notice, QDate(), false, {} });
        QTest::newRow("history without a date") << in;
        QTest::newRow("paid after today") << settled(kz(due, d("2026-02-20"), u"notice 2026-02-11"_s), d("2026-02-21"));
        in = kz(due, d("2026-02-20"));
        in.calendar = BusinessCalendar(u"empty"_s);
        QTest::newRow("calendar without working days") << in;
    }

    void invalid()
    {
        QFETCH(DunningInput, in);
        const auto out = Dunning::evaluate(in);
        QVERIFY(!out.ok());
        QVERIFY(!out.error().isEmpty());
    }

    void outOfOrderMessage()
    {
        const auto out = Dunning::evaluate(kz(d("2026-02-10"), d("2026-02-20"), u"suspend 2026-02-19"_s));
        QCOMPARE(out.error(), u"The dunning history is out of order: \"Suspend work\" cannot follow \"No dunning\"."_s);
    }
};

QTEST_GUILESS_MAIN(TestDunning)
#include "tst_dunning.moc"
