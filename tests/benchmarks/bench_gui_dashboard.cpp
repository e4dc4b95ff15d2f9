// The GUI at scale: time from process start to the main window shown, the
// event loop's worst lateness (a 10 ms timer) while the Dashboard view
// refreshes a year and opens a drill-down over a big database, and peak
// memory. Runs on the platform given (xvfb-run, or QT_QPA_PLATFORM=offscreen).
// Usage: bench_gui_dashboard [--tickets N] [--clients N] [--db PATH] [--runs N]
// (the database bench_dashboard keeps, see benchdatabase.h; made if missing).
// Without a display it runs on the offscreen platform.

#include "benchdatabase.h"

#include "appsession.h"
#include "dashboard/dashboardfilterbar.h"
#include "dashboard/dashboardview.h"
#include "dashboard/drilldowndialog.h"
#include "domain/clock.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "storage/sql.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

// Milliseconds since this process started (from /proc: its start time in
// clock ticks after boot against the uptime now).
double sinceProcessStartMs()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of stat
    const double upSecs = uptime.readAll().split(' ').first().toDouble();
    return (upSecs - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

// The worst lateness of a 10 ms timer while `run` works and until `done`
// fires (or 120 s pass).
template<typename Signal, typename Sender>
double maxLatencyMs(Sender *sender, Signal done, const std::function<void()> &run)
{
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    qint64 last = 0;
    double worst = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, double(now - last) / 1e6 - 10.0);
        last = now;
    });
    QEventLoop loop;
    QObject::connect(sender, done, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    clock.start();
    ticker.start();
    run();
    loop.exec();
    ticker.stop();
    return std::max(0.0, worst);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Rapport"_s);
    QApplication::setApplicationName(u"Rapport bench"_s);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments();
    const int runs = int(std::max<qint64>(1, bench::argument(args, u"--runs"_s, 5)));
    QString path;
    const double prepareStart = sinceProcessStartMs();
    {
        auto db = bench::benchDatabase(args);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        path = db->path();
        Database::closeAllConnections(path);
    }
    // Finding (or making) the demo data is not part of the start.
    const double prepared = sinceProcessStartMs() - prepareStart;

    LanguageManager languages;
    languages.setLanguage(u"en"_s, false);
    AppSession session;
    if (Status s = session.openDatabase(path); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    auto count = sql::scalar(session.database().connection(), u"SELECT count(*) FROM tickets"_s);
    MainWindow window(&session, &languages);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    // Process start, Qt, the database and the window.
    const double shown = sinceProcessStartMs() - prepared;
    std::printf(
        "platform %s, %lld tickets\n", qPrintable(QGuiApplication::platformName()), count ? count->toLongLong() : 0);
    std::printf("%-56s %8.0f ms\n", "start to the main window shown", shown);

    window.showView(u"dashboard"_s);
    auto *view = qobject_cast<DashboardView *>(window.view(u"dashboard"_s));
    if (!view)
        return 1;
    // A year of tickets up to the newest one.
    auto newest = sql::scalar(session.database().connection(), u"SELECT max(created_at) FROM tickets"_s);
    const QDate to = QDateTime::fromSecsSinceEpoch(
        newest ? newest->toLongLong() : Clock::nowSecs(), DashboardQuery::timeZone(session.database()))
                         .date();
    std::vector<double> refresh;
    std::vector<double> latency;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        latency.push_back(maxLatencyMs(view, &DashboardView::refreshed, [&] {
            if (i == 0)
                view->filterBar()->setPeriod(to.addYears(-1).addDays(1), to);
            else
                view->refresh();
        }));
        refresh.push_back(double(timer.elapsed()));
    }
    std::printf("%-56s %8.0f ms  (median of %d)\n", "dashboard refresh, a year and the year before, shown",
        median(refresh), runs);
    std::printf("%-56s %8.1f ms  (median of %d; worst %.1f)\n", "GUI thread: worst lateness of a 10 ms timer",
        median(latency), runs, *std::max_element(latency.begin(), latency.end()));
    DrillDownDialog *dialog = nullptr;
    QObject::connect(view, &DashboardView::drillDownOpened, [&](DrillDownDialog *d) { dialog = d; });
    QElapsedTimer drill;
    drill.start();
    const double drillLatency = maxLatencyMs(view, &DashboardView::drillDownOpened,
        [&] { view->drillDown(u"first_response"_s, view->result().filter, {}, u"bench"_s); });
    std::printf("%-56s %8.0f ms  (GUI thread worst lateness %.1f ms)\n",
        "drill-down: every first response of the year, listed", double(drill.elapsed()), drillLatency);
    if (dialog)
        dialog->close();
    std::printf("%-56s %8.1f MB\n", "peak memory (VmHWM)", bench::peakMemoryMb());
    return 0;
}
