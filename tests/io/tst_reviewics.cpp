#include "testsupport.h"

#include "domain/clock.h"
#include "io/reviewics.h"
#include "storage/clientrepository.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Review review(qint64 id, const QString &client, const char *date, ReviewKind kind = ReviewKind::Quarterly)
{
    Review r;
    r.id = ReviewId(id);
    r.clientId = ClientId(id * 10);
    r.clientName = client;
    r.managerName = u"Айгерим Сапарова"_s;
    r.managerEmail = u"aigerim@example.kz"_s;
    r.kind = kind;
    r.scheduledOn = d(date);
    return r;
}

const qint64 kStamp = QDateTime(QDate(2026, 6, 15), QTime(9, 30), QTimeZone::utc()).toSecsSinceEpoch();

// RFC 5545 §3.1: lines end with CRLF and are at most 75 octets; a line
// starting with a space or tab continues the previous one. Returns the
// unfolded content lines, or a failure message in `problem`.
QStringList unfold(const QByteArray &text, QString *problem)
{
    if (!text.endsWith("\r\n")) {
        *problem = u"the text does not end with CRLF"_s;
        return {};
    }
    QStringList lines;
    QByteArray current;
    const QList<QByteArray> physical = text.chopped(2).split('\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        // Every line but the last (whose CRLF was chopped) ends with CR before the LF.
        if (i + 1 < physical.size()) {
            if (!line.endsWith('\r')) {
                *problem = u"line %1 ends with a bare LF"_s.arg(i + 1);
                return {};
            }
            line.chop(1);
        }
        if (line.contains('\r')) {
            *problem = u"a bare CR in line %1"_s.arg(i + 1);
            return {};
        }
        if (line.size() > 75) {
            *problem = u"line %1 is %2 octets long"_s.arg(i + 1).arg(line.size());
            return {};
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (i == 0) {
                *problem = u"the first line is a continuation"_s;
                return {};
            }
            current += line.mid(1);
        } else {
            if (i > 0)
                lines << QString::fromUtf8(current);
            current = line;
        }
    }
    lines << QString::fromUtf8(current);
    // A fold inside a multi-byte character would leave replacement characters.
    for (const QString &l : std::as_const(lines)) {
        if (l.contains(QChar::ReplacementCharacter)) {
            *problem = u"a line was folded inside a UTF-8 character: %1"_s.arg(l);
            return {};
        }
    }
    return lines;
}

// RFC 5545 TEXT unescaping: \\n, \\N, \\, \\; \\\\.
QString unescape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar c = value.at(++i);
            out += (c == u'n' || c == u'N') ? QChar(u'\n') : c;
        } else {
            out += value.at(i);
        }
    }
    return out;
}

// Finds the python3 that has the icalendar module (Debian's python3-icalendar).
QString pythonWithIcalendar()
{
    for (const QString &candidate : { u"/usr/bin/python3"_s, u"python3"_s }) {
        QProcess p;
        p.start(candidate, { u"-c"_s, u"import icalendar"_s });
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace

class TestReviewIcs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strictStructure_data();
    void strictStructure();
    void parsedByIndependentParser();
    void emptyCalendar();
    void exportFromDatabase();
    void unwritablePath();
};

void TestReviewIcs::strictStructure_data()
{
    QTest::addColumn<QString>("client");
    QTest::newRow("plain") << u"Alpha LLP"_s;
    QTest::newRow("cyrillic, folded")
        << u"ТОО «Алматинская сервисная компания по бухгалтерскому сопровождению и аудиту»"_s;
    QTest::newRow("kazakh letters") << u"«Қазақ Өнеркәсіп Ұйымы» ЖШС — Әлеуметтік және ғылыми жобалар орталығы"_s;
    QTest::newRow("escaped characters") << u"Beta, Gamma; Delta \\ Sons\nsecond line"_s;
    QTest::newRow("very long") << QString(300, u'Ж');
}

void TestReviewIcs::strictStructure()
{
    QFETCH(QString, client);
    const QList<Review> reviews { review(1, client, "2026-07-31"),
        review(2, u"Second"_s, "2027-01-31", ReviewKind::Annual) };
    auto text = ReviewIcs::build(reviews, kStamp);
    QVERIFY2(text, qPrintable(text.error()));
    QString problem;
    const QStringList lines = unfold(*text, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QCOMPARE(lines.first(), u"BEGIN:VCALENDAR"_s);
    QCOMPARE(lines.last(), u"END:VCALENDAR"_s);
    QVERIFY(lines.contains(u"VERSION:2.0"_s));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(u"PRODID:"_s); }));
    // BEGIN/END balance and nesting.
    QStringList stack;
    int events = 0;
    for (const QString &l : lines) {
        if (l.startsWith(u"BEGIN:"_s)) {
            stack << l.mid(6);
            events += l == u"BEGIN:VEVENT"_s;
        } else if (l.startsWith(u"END:"_s)) {
            QVERIFY2(!stack.isEmpty() && stack.last() == l.mid(4), qPrintable(l));
            stack.removeLast();
        }
    }
    QVERIFY(stack.isEmpty());
    QCOMPARE(events, 2);

    // Each event: UID, DTSTAMP in UTC, an all-day DTSTART, SUMMARY with the client.
    static const QRegularExpression dtstamp(u"^DTSTAMP:20260615T093000Z$"_s);
    QStringList uids;
    QStringList starts;
    QString firstSummary;
    for (const QString &l : lines) {
        if (l.startsWith(u"UID:"_s))
            uids << l.mid(4);
        if (l.startsWith(u"DTSTART"_s))
            starts << l;
        if (l.startsWith(u"SUMMARY:"_s) && firstSummary.isEmpty())
            firstSummary = unescape(l.mid(8));
    }
    QCOMPARE(uids,
        QStringList({ QString::fromLatin1(ReviewIcs::uid(reviews.at(0))),
            QString::fromLatin1(ReviewIcs::uid(reviews.at(1))) }));
    QCOMPARE(starts, QStringList({ u"DTSTART;VALUE=DATE:20260731"_s, u"DTSTART;VALUE=DATE:20270131"_s }));
    QCOMPARE(
        std::count_if(lines.cbegin(), lines.cend(), [](const QString &l) { return dtstamp.match(l).hasMatch(); }), 2);
    QCOMPARE(firstSummary, u"Quarterly review: "_s + client);

    // Stable: the same reviews give the same text.
    QCOMPARE(*ReviewIcs::build(reviews, kStamp), *text);
}

void TestReviewIcs::parsedByIndependentParser()
{
    const QString python = pythonWithIcalendar();
    if (python.isEmpty())
        QSKIP("python3 with the icalendar module (Debian: python3-icalendar) is not installed");
    const QList<Review> reviews { review(7, u"ТОО «Алматинская сервисная компания по бухгалтерскому сопровождению»"_s,
                                      "2026-04-30"),
        review(8, u"Beta, Gamma; Delta"_s, "2028-02-29", ReviewKind::Annual) };
    auto text = ReviewIcs::build(reviews, kStamp);
    QVERIFY(text);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reviews.ics"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*text);
    file.close();

    const QString script = uR"(import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert str(cal['VERSION']) == '2.0', cal['VERSION']
assert 'PRODID' in cal
out = []
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    assert not hasattr(start, 'hour'), 'DTSTART is not a date'
    out.append({'uid': str(ev['UID']), 'start': start.isoformat(), 'end': ev.decoded('DTEND').isoformat(),
                'summary': str(ev['SUMMARY']), 'description': str(ev['DESCRIPTION']),
                'stamp': ev.decoded('DTSTAMP').isoformat()})
print(json.dumps(out))
)"_s;
    QProcess p;
    p.start(python, { u"-c"_s, script, path });
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonArray events = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(events.size(), 2);
    const QJsonObject first = events.at(0).toObject();
    QCOMPARE(first.value(u"uid"_s).toString(), QString::fromLatin1(ReviewIcs::uid(reviews.at(0))));
    QCOMPARE(first.value(u"start"_s).toString(), u"2026-04-30"_s);
    QCOMPARE(first.value(u"end"_s).toString(), u"2026-05-01"_s);
    QCOMPARE(first.value(u"summary"_s).toString(), u"Quarterly review: "_s + reviews.at(0).clientName);
    QVERIFY(first.value(u"description"_s).toString().contains(u"aigerim@example.kz"_s));
    QCOMPARE(first.value(u"stamp"_s).toString(), u"2026-06-15T09:30:00+00:00"_s);
    const QJsonObject second = events.at(1).toObject();
    QCOMPARE(second.value(u"start"_s).toString(), u"2028-02-29"_s);
    QCOMPARE(second.value(u"summary"_s).toString(), u"Annual review: Beta, Gamma; Delta"_s);
}

void TestReviewIcs::emptyCalendar()
{
    auto text = ReviewIcs::build({}, kStamp);
    QVERIFY(text);
    QString problem;
    const QStringList lines = unfold(*text, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(lines.first(), u"BEGIN:VCALENDAR"_s);
    QCOMPARE(lines.last(), u"END:VCALENDAR"_s);
    QVERIFY(!text->contains("VEVENT"));
    // A review without a date is left out.
    Review undated = review(3, u"Nowhen"_s, "2026-01-01");
    undated.scheduledOn = QDate();
    QVERIFY(!ReviewIcs::build({ undated }, kStamp)->contains("VEVENT"));
}

void TestReviewIcs::exportFromDatabase()
{
    test::TempDatabase t;
    Clock::setFixed(kStamp);
    UserRepository users(t.db);
    User a;
    a.name = u"Aigerim"_s;
    a.email = u"aigerim@example.kz"_s;
    User b;
    b.name = u"Boris"_s;
    b.email = u"boris@example.kz"_s;
    const UserId am = users.add(a)->id;
    const UserId bm = users.add(b)->id;
    ReviewRepository reviews(t.db);
    int n = 0;
    for (UserId manager : { am, am, bm }) {
        Client c;
        c.legalName = u"Client %1"_s.arg(++n);
        c.taxCountry = TaxCountry::Other;
        c.status = ClientStatus::Active;
        c.accountManagerId = manager;
        c.contractStart = d("2025-01-15");
        auto added = ClientRepository(t.db).add(c);
        QVERIFY2(added, qPrintable(added.error()));
        QVERIFY(reviews.setCadence(added->id, ReviewCadence()));
    }
    QCOMPARE(reviews.scheduleReviews(d("2026-01-01"))->created, 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"all.ics"_s);
    auto all = ReviewIcs(t.db).exportTo(path);
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(*all, 3);
    auto mine = ReviewIcs(t.db).exportTo(path, am);
    QVERIFY(mine);
    QCOMPARE(*mine, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count("BEGIN:VEVENT"), 2);
    QVERIFY(text.contains("DTSTART;VALUE=DATE:20260115"));
    QVERIFY(!text.contains("Client 3"));
    Clock::setFixed(0);
}

void TestReviewIcs::unwritablePath()
{
    test::TempDatabase t;
    auto result = ReviewIcs(t.db).exportTo(u"/nonexistent-folder/reviews.ics"_s);
    QVERIFY(!result);
    QVERIFY(result.error().contains(u"/nonexistent-folder/reviews.ics"_s));
}

QTEST_GUILESS_MAIN(TestReviewIcs)
#include "tst_reviewics.moc"
