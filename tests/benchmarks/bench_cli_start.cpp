// The cost of one rapport-cli call before and with its work (issue 14: scripts
// call it hundreds of times; target ≤ 15 ms for start-up). Runs the real
// binary: `--version` (start-up only), `check` on a small database (open,
// migrate check, integrity check) and `clients list` on it, 40 times each,
// and prints the median, the 10th and 90th percentile in milliseconds.
//   bench_cli_start [--cli PATH] [--runs N]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

bool runOnce(const QString &cli, const QStringList &args, double *ms)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(cli, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return false;
    *ms = double(t.nsecsElapsed()) / 1e6;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QString cli = QFileInfo(app.applicationDirPath() + u"/../../app/rapport-cli"_s).absoluteFilePath();
    int runs = 40;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--cli"_s)
            cli = args.at(i + 1);
        else if (args.at(i) == u"--runs"_s)
            runs = std::max(3, args.at(i + 1).toInt());
    }
    if (!QFileInfo::exists(cli)) {
        std::fprintf(stderr, "bench_cli_start: no rapport-cli at %s (--cli PATH)\n", qPrintable(cli));
        return 2;
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(u"bench.sqlite"_s);
    double ms = 0;
    if (!runOnce(cli, { u"--db"_s, db, u"demo"_s, u"--clients"_s, u"30"_s, u"--seed"_s, u"1"_s }, &ms)) {
        std::fprintf(stderr, "bench_cli_start: the demo database could not be made\n");
        return 1;
    }
    std::printf("rapport-cli %s, %d runs each, milliseconds (median, p10, p90) on a 30-client demo\n",
        qPrintable(cli), runs);
    const QList<std::pair<const char *, QStringList>> cases {
        { "--version (start-up)", { u"--version"_s } },
        { "check", { u"--db"_s, db, u"check"_s } },
        { "clients list --format json", { u"--db"_s, db, u"--format"_s, u"json"_s, u"clients"_s, u"list"_s } },
    };
    int status = 0;
    for (const auto &[label, caseArgs] : cases) {
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            if (!runOnce(cli, caseArgs, &ms)) {
                std::fprintf(stderr, "bench_cli_start: %s failed\n", label);
                status = 1;
                break;
            }
            times.push_back(ms);
        }
        if (!times.empty())
            std::printf("  %-28s %7.1f  %7.1f  %7.1f\n", label, percentile(times, 0.5), percentile(times, 0.1),
                percentile(times, 0.9));
    }
    return status;
}
