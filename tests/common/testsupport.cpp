#include "testsupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace rapport::test {

TempDatabase::TempDatabase()
    : path(dir.filePath(u"test.sqlite"_s))
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot create test database: %s", qPrintable(opened.error()));
    db = *opened;
}

TempDatabase::~TempDatabase()
{
    Database::closeAllConnections(path);
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    CliRun run;
    const QString program = qEnvironmentVariable("RAPPORT_CLI");
    if (program.isEmpty()) {
        run.err = u"RAPPORT_CLI is not set; run the test through ctest"_s;
        return run;
    }
    QProcess p;
    p.start(program, args);
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
