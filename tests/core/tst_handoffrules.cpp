// The handoff rules without a database: item states, progress, score and
// satisfaction validation, who may acknowledge, score and override, and the
// quality score arithmetic.
#include "planning/handoff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

User user(qint64 id, Role role)
{
    User u;
    u.id = UserId(id);
    u.name = u"User %1"_s.arg(id);
    u.role = role;
    return u;
}

// A handoff whose five items are all done: card complete, meeting recorded,
// one acknowledged condition, one answered question, satisfaction 4.
Handoff completeHandoff()
{
    Handoff h;
    h.id = HandoffId(7);
    h.clientId = ClientId(3);
    h.salesOwnerId = UserId(1);
    h.accountManagerId = UserId(2);
    h.wonAt = 1'700'000'000;
    h.meetingAt = 1'700'100'000;
    h.meetingMode = MeetingMode::Offline;
    h.meetingAttendees = u"Client CEO, sales, account manager"_s;
    HandoffCondition c;
    c.conditionId = 11;
    c.text = u"Reports in Kazakh"_s;
    c.acknowledgedBy = UserId(2);
    c.acknowledgedAt = 1'700'050'000;
    h.conditions << c;
    HandoffQuestion q;
    q.id = 21;
    q.question = u"Who signs the acts?"_s;
    q.answer = u"The CFO"_s;
    q.answeredAt = 1'700'060'000;
    h.questions << q;
    h.satisfaction = 4;
    return h;
}

QString doneMask(const Handoff &h)
{
    QString mask;
    for (const HandoffItemState &s : handoffItemStates(h))
        mask += s.done ? u'1' : u'0';
    return mask;
}

} // namespace

class TestHandoffRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemKeysRoundTrip()
    {
        const QList<HandoffItem> items = allHandoffItems();
        QCOMPARE(items.size(), kHandoffItemCount);
        QStringList keys;
        for (HandoffItem item : items) {
            keys << handoffItemKey(item);
            QCOMPARE(handoffItemFromKey(handoffItemKey(item)), std::optional<HandoffItem>(item));
            QVERIFY(!handoffItemTitle(item).isEmpty());
        }
        QCOMPARE(keys, (QStringList {u"card"_s, u"meeting"_s, u"conditions"_s, u"questions"_s, u"satisfaction"_s}));
        QVERIFY(!handoffItemFromKey(u"Card"_s));
        QVERIFY(!handoffItemFromKey(QString()));
        QVERIFY(!handoffItemFromKey(u"invoice"_s));
        QCOMPARE(meetingModeFromKey(u"online"_s), std::optional<MeetingMode>(MeetingMode::Online));
        QCOMPARE(meetingModeFromKey(u"offline"_s), std::optional<MeetingMode>(MeetingMode::Offline));
        QVERIFY(!meetingModeFromKey(u"phone"_s));
        QCOMPARE(meetingModeKey(MeetingMode::Online), u"online"_s);
    }

    void itemStates_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("mask"); // card, meeting, conditions, questions, satisfaction
        QTest::addColumn<int>("progress");

        QTest::newRow("all done") << u""_s << u"11111"_s << 5;
        QTest::newRow("card lacks contacts") << u"card"_s << u"01111"_s << 4;
        QTest::newRow("no meeting date") << u"meeting-date"_s << u"10111"_s << 4;
        QTest::newRow("no meeting mode") << u"meeting-mode"_s << u"10111"_s << 4;
        QTest::newRow("blank attendees") << u"meeting-attendees"_s << u"10111"_s << 4;
        QTest::newRow("condition not acknowledged") << u"condition-open"_s << u"11011"_s << 4;
        QTest::newRow("one of two conditions open") << u"condition-second"_s << u"11011"_s << 4;
        QTest::newRow("no conditions: vacuously done") << u"conditions-none"_s << u"11111"_s << 5;
        QTest::newRow("question unanswered") << u"question-open"_s << u"11101"_s << 4;
        QTest::newRow("answer only blanks") << u"question-blank"_s << u"11101"_s << 4;
        QTest::newRow("no questions: done") << u"questions-none"_s << u"11111"_s << 5;
        QTest::newRow("no satisfaction") << u"satisfaction-none"_s << u"11110"_s << 4;
        QTest::newRow("satisfaction out of range") << u"satisfaction-9"_s << u"11110"_s << 4;
        QTest::newRow("fresh handoff") << u"fresh"_s << u"00110"_s << 2;
    }

    void itemStates()
    {
        QFETCH(QString, change);
        QFETCH(QString, mask);
        QFETCH(int, progress);
        Handoff h = completeHandoff();
        if (change == u"card"_s)
            h.cardMissing = {u"contacts"_s};
        else if (change == u"meeting-date"_s)
            h.meetingAt = 0;
        else if (change == u"meeting-mode"_s)
            h.meetingMode.reset();
        else if (change == u"meeting-attendees"_s)
            h.meetingAttendees = u"   "_s;
        else if (change == u"condition-open"_s)
            h.conditions[0].acknowledgedAt = 0;
        else if (change == u"condition-second"_s)
            h.conditions << HandoffCondition {12, u"Free first month"_s, {}, {}, {}, {}, 0};
        else if (change == u"conditions-none"_s)
            h.conditions.clear();
        else if (change == u"question-open"_s)
            h.questions << HandoffQuestion {22, u"Payment day?"_s, {}, 0, 0};
        else if (change == u"question-blank"_s)
            h.questions[0].answer = u"  "_s;
        else if (change == u"questions-none"_s)
            h.questions.clear();
        else if (change == u"satisfaction-none"_s)
            h.satisfaction = 0;
        else if (change == u"satisfaction-9"_s)
            h.satisfaction = 9;
        else if (change == u"fresh"_s) {
            Handoff fresh;
            fresh.id = HandoffId(1);
            fresh.cardMissing = {u"contract number"_s, u"contacts"_s};
            h = fresh;
        }
        QCOMPARE(doneMask(h), mask);
        QCOMPARE(handoffProgress(h), progress);
        QCOMPARE(missingHandoffItems(h).size(), qsizetype(kHandoffItemCount - progress));
        for (const HandoffItemState &s : handoffItemStates(h))
            QVERIFY2(!s.detail.isEmpty(), qPrintable(handoffItemKey(s.item)));
    }

    void cardDetailNamesWhatIsMissing()
    {
        Handoff h = completeHandoff();
        h.cardMissing = {u"contract number"_s, u"contacts"_s};
        const HandoffItemState s = handoffItemState(h, HandoffItem::Card);
        QVERIFY(!s.done);
        QVERIFY(s.detail.contains(u"contract number, contacts"_s));
    }

    void scoreValidation_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<bool>("valid");
        QTest::newRow("-1") << -1 << false;
        QTest::newRow("0") << 0 << true;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("2") << 2 << true;
        QTest::newRow("3") << 3 << false;
        QTest::newRow("100") << 100 << false;
    }

    void scoreValidation()
    {
        QFETCH(int, score);
        QFETCH(bool, valid);
        const Status s = validateHandoffScore(score);
        QCOMPARE(s.ok(), valid);
        if (!valid)
            QVERIFY(s.error().contains(QString::number(score)));
    }

    void satisfactionValidation_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("3") << 3 << true;
        QTest::newRow("5") << 5 << true;
        QTest::newRow("6") << 6 << false;
        QTest::newRow("-2") << -2 << false;
    }

    void satisfactionValidation()
    {
        QFETCH(int, value);
        QFETCH(bool, valid);
        QCOMPARE(validateSatisfaction(value).ok(), valid);
    }

    void meetingValidation_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("attendees");
        QTest::addColumn<bool>("valid");
        QTest::newRow("complete") << qint64(1'700'000'000) << u"online"_s << u"CEO, AM"_s << true;
        QTest::newRow("offline") << qint64(1'700'000'000) << u"offline"_s << u"CEO"_s << true;
        QTest::newRow("no date") << qint64(0) << u"online"_s << u"CEO"_s << false;
        QTest::newRow("negative date") << qint64(-5) << u"online"_s << u"CEO"_s << false;
        QTest::newRow("no mode") << qint64(1'700'000'000) << u""_s << u"CEO"_s << false;
        QTest::newRow("blank attendees") << qint64(1'700'000'000) << u"online"_s << u" \t"_s << false;
    }

    void meetingValidation()
    {
        QFETCH(qint64, at);
        QFETCH(QString, mode);
        QFETCH(QString, attendees);
        QFETCH(bool, valid);
        QCOMPARE(validateMeeting(at, meetingModeFromKey(mode), attendees).ok(), valid);
    }

    void canComplete_data()
    {
        QTest::addColumn<bool>("itemsMissing");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("validActor");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("allowed");

        QTest::newRow("all done, account manager") << false << int(Role::AccountManager) << true << u""_s << true;
        QTest::newRow("all done, sales") << false << int(Role::Sales) << true << u""_s << true;
        QTest::newRow("all done, nobody chosen") << false << int(Role::AccountManager) << false << u""_s << true;
        QTest::newRow("missing, account manager with reason")
            << true << int(Role::AccountManager) << true << u"client in a hurry"_s << false;
        QTest::newRow("missing, quality control with reason")
            << true << int(Role::QualityControl) << true << u"ok"_s << false;
        QTest::newRow("missing, team lead without reason") << true << int(Role::TeamLead) << true << u""_s << false;
        QTest::newRow("missing, team lead blank reason") << true << int(Role::TeamLead) << true << u"   "_s << false;
        QTest::newRow("missing, team lead with reason")
            << true << int(Role::TeamLead) << true << u"meeting moved, client agreed"_s << true;
        QTest::newRow("missing, unknown actor with reason")
            << true << int(Role::TeamLead) << false << u"reason"_s << false;
    }

    void canComplete()
    {
        QFETCH(bool, itemsMissing);
        QFETCH(int, role);
        QFETCH(bool, validActor);
        QFETCH(QString, reason);
        QFETCH(bool, allowed);
        Handoff h = completeHandoff();
        if (itemsMissing) {
            h.meetingAt = 0;
            h.questions << HandoffQuestion {22, u"Payment day?"_s, {}, 0, 0};
        }
        User actor = user(validActor ? 9 : 0, Role(role));
        const Status s = rapport::canComplete(h, actor, reason);
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            // The refusal names the missing items.
            QVERIFY2(s.error().contains(handoffItemTitle(HandoffItem::Meeting)), qPrintable(s.error()));
            QVERIFY(s.error().contains(handoffItemTitle(HandoffItem::Questions)));
            QVERIFY(!s.error().contains(handoffItemTitle(HandoffItem::Card)));
        }
    }

    void completedHandoffCannotCompleteAgain()
    {
        Handoff h = completeHandoff();
        h.completedAt = h.wonAt + 86400;
        QVERIFY(!rapport::canComplete(h, user(1, Role::TeamLead), u"again"_s).ok());
        QVERIFY(!checkHandoffOpen(h).ok());
    }

    void acknowledgePermission_data()
    {
        QTest::addColumn<qint64>("userId");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("the account manager") << qint64(2) << int(Role::AccountManager) << true;
        QTest::newRow("another account manager") << qint64(5) << int(Role::AccountManager) << false;
        QTest::newRow("team lead") << qint64(6) << int(Role::TeamLead) << true;
        QTest::newRow("salesperson") << qint64(1) << int(Role::Sales) << false;
        QTest::newRow("quality control") << qint64(8) << int(Role::QualityControl) << false;
        QTest::newRow("nobody chosen") << qint64(0) << int(Role::TeamLead) << false;
    }

    void acknowledgePermission()
    {
        QFETCH(qint64, userId);
        QFETCH(int, role);
        QFETCH(bool, allowed);
        QCOMPARE(canAcknowledgeCondition(completeHandoff(), user(userId, Role(role))).ok(), allowed);
    }

    void scorePermission_data()
    {
        QTest::addColumn<qint64>("userId");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("quality control") << qint64(8) << int(Role::QualityControl) << true;
        QTest::newRow("team lead") << qint64(6) << int(Role::TeamLead) << true;
        QTest::newRow("account manager") << qint64(2) << int(Role::AccountManager) << false;
        QTest::newRow("sales") << qint64(1) << int(Role::Sales) << false;
        QTest::newRow("specialist") << qint64(4) << int(Role::Specialist) << false;
        QTest::newRow("nobody chosen") << qint64(0) << int(Role::QualityControl) << false;
    }

    void scorePermission()
    {
        QFETCH(qint64, userId);
        QFETCH(int, role);
        QFETCH(bool, allowed);
        QCOMPARE(canScoreHandoff(user(userId, Role(role))).ok(), allowed);
    }

    void qualityScore_data()
    {
        QTest::addColumn<QList<int>>("scores");
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("percent"); // -1: no score yet
        QTest::newRow("nothing scored") << QList<int> {} << 0 << -1;
        QTest::newRow("all good") << QList<int> {2, 2, 2, 2, 2} << 10 << 100;
        QTest::newRow("one poor") << QList<int> {0} << 0 << 0;
        QTest::newRow("one acceptable") << QList<int> {1} << 1 << 50;
        QTest::newRow("good and acceptable") << QList<int> {2, 1} << 3 << 75;
        QTest::newRow("5 of 6 rounds down") << QList<int> {2, 2, 1} << 5 << 83;
        QTest::newRow("4 of 6 rounds up") << QList<int> {1, 1, 2} << 4 << 67;
        QTest::newRow("1 of 6 rounds up") << QList<int> {0, 0, 1} << 1 << 17;
        QTest::newRow("mixed five") << QList<int> {2, 1, 0, 2, 1} << 6 << 60;
    }

    void qualityScore()
    {
        QFETCH(QList<int>, scores);
        QFETCH(int, points);
        QFETCH(int, percent);
        QList<HandoffScore> list;
        const QList<HandoffItem> items = allHandoffItems();
        for (int i = 0; i < scores.size(); ++i)
            list << HandoffScore {items.at(i), scores.at(i), {}, {}, {}, 0};
        const HandoffQuality q = handoffQuality(list);
        QCOMPARE(q.points, points);
        QCOMPARE(q.scoredItems, int(scores.size()));
        QCOMPARE(q.percent.value_or(-1), percent);
    }

    void scoreForFindsTheItem()
    {
        Handoff h = completeHandoff();
        h.scores << HandoffScore {HandoffItem::Meeting, 1, u"late"_s, {}, {}, 0};
        QCOMPARE(h.scoreFor(HandoffItem::Meeting)->comment, u"late"_s);
        QVERIFY(!h.scoreFor(HandoffItem::Card));
    }

    void durationIsWonToComplete()
    {
        Handoff h = completeHandoff();
        QVERIFY(!handoffDuration(h));
        h.completedAt = h.wonAt + 3 * 86400 + 3600;
        QCOMPARE(handoffDuration(h).value_or(-1), qint64(3 * 86400 + 3600));
    }
};

QTEST_GUILESS_MAIN(TestHandoffRules)
#include "tst_handoffrules.moc"
