// Live updates between desks: a GUI session on the team database reloads
// when another process commits a change (LISTEN/NOTIFY, migration
// 0009_live), not when a transaction is rolled back, and a file session does
// not listen at all. The server part runs as tst_liveupdates_pg.
#include "appsession.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

int psql(const QString &uri, const QString &statement)
{
    QProcess p;
    p.start(u"/usr/lib/postgresql/15/bin/psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, uri,
                                                 u"-c"_s, statement});
    p.waitForFinished(60000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anotherDeskReloadsTheViews()
    {
        QTemporaryDir dir;
        const QString path = test::freshDatabase(dir, u"live.sqlite"_s);
        AppSession session;
        QVERIFY(session.openDatabase(path));
        if (!test::onServer()) {
            QVERIFY(!session.hasLiveUpdates());
            return;
        }
        QVERIFY(session.hasLiveUpdates());
        QSignalSpy data(&session, &AppSession::dataChanged);
        QSignalSpy remote(&session, &AppSession::remoteChange);

        // Another desk: the real CLI in another process.
        const auto run = test::runCli({u"--db"_s, path, u"clients"_s, u"add"_s, u"--legal-name"_s, u"ТОО «Живая»"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(remote.wait(5000));
        QCOMPARE(remote.size(), 1);
        QVERIFY(remote.first().first().toStringList().contains(u"clients"_s));
        QCOMPARE(data.size(), 1);

        // A change rolled back tells nobody anything.
        remote.clear();
        QCOMPARE(psql(path, u"BEGIN; UPDATE clients SET short_name = 'x'; ROLLBACK;"_s), 0);
        QVERIFY(!remote.wait(1000));

        // This session's own writes are not echoed back as another desk's.
        QCOMPARE(psql(path, u"UPDATE clients SET short_name = 'Живая'"_s), 0);
        QVERIFY(remote.wait(5000));
        remote.clear();
        {
            QSqlQuery q(session.database().connection());
            QVERIFY2(q.exec(u"UPDATE clients SET short_name = 'Ж'"_s), qPrintable(q.lastError().text()));
        }
        QVERIFY(!remote.wait(1000));

        Database::closeAllConnections(session.database().path());
        test::dropDatabase(path);
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
