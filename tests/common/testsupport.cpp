#include "testsupport.h"

#include "storage/serveraddress.h"
#include "storage/teamserver.h"

#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace rapport::test {

bool onServer()
{
    return qEnvironmentVariable("RAPPORT_TEST_ENGINE") == u"postgresql"_s;
}

QString freshDatabase(const QTemporaryDir &dir, const QString &name)
{
    if (!onServer())
        return dir.filePath(name);
    auto address = ServerAddress::parse(qEnvironmentVariable("RAPPORT_TEST_PG_URI"));
    if (!address)
        qFatal("RAPPORT_TEST_PG_URI: %s", qPrintable(address.error()));
    address->database = u"rapport_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (Status created = TeamServer::createDatabase(*address); !created)
        qFatal("cannot create test database: %s", qPrintable(created.error()));
    return address->uri();
}

void dropDatabase(const QString &path)
{
    if (!ServerAddress::looksLikeUri(path))
        return;
    Database::closeAllConnections(path);
    auto address = ServerAddress::parse(path);
    if (!address)
        return;
    if (Status dropped = TeamServer::dropDatabase(*address); !dropped)
        qWarning("cannot drop test database: %s", qPrintable(dropped.error()));
}

TempDatabase::TempDatabase()
    : path(freshDatabase(dir, u"test.sqlite"_s))
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot create test database: %s", qPrintable(opened.error()));
    db = *opened;
}

TempDatabase::~TempDatabase()
{
    db = {};
    Database::closeAllConnections(path);
    dropDatabase(path);
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    return runCliWithInput(args, QByteArray(), timeoutMs);
}

CliRun runCliWithInput(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    CliRun run;
    const QString program = qEnvironmentVariable("RAPPORT_CLI");
    if (program.isEmpty()) {
        run.err = u"RAPPORT_CLI is not set; run the test through ctest"_s;
        return run;
    }
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty() && p.waitForStarted())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = u"rapport-cli timed out"_s;
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace rapport::test
