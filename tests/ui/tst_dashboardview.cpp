// The Dashboard view offscreen: it computes off the GUI thread, a click on
// a tile or a manager row opens the list of exactly the counted tickets,
// aging bars list the invoices, data changes refresh it, and it exports
// CSV and PDF.
#include "dashboardfixture.h"

#include "appsession.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardfilterbar.h"
#include "dashboard/dashboardview.h"
#include "dashboard/drilldowndialog.h"
#include "dashboard/drilldownmodel.h"
#include "dashboard/kpitile.h"
#include "dashboard/managertablemodel.h"

#include <QAbstractProxyModel>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;
using test::almaty;

namespace {

qint64 at(int day, int hour)
{
    return almaty(QDate(2026, 2, day), QTime(hour, 0));
}

// February 2026 as of the 20th, 12:00 in Almaty. Asel's clients: two closed
// tickets, one answered late, two open tickets past their due instants
// (a breached response, a breached resolution) and a cancelled one. Baur's
// client: one closed ticket. One overdue invoice.
struct Fixture : test::DashboardFixture
{
    qint64 fast, late, unanswered, overdueResolution, baurs, invoice;
    AppSession session;

    Fixture()
    {
        Clock::setFixed(at(20, 12));
        fast = addDone(alpha, at(2, 10), 1800, 7200);
        late = addDone(alpha, at(9, 10), 100000, 200000, u"breached"_s, u"breached"_s);
        test::TicketSpec s;
        s.client = alpha;
        s.createdAt = at(18, 10);
        s.status = u"new"_s;
        s.responseDue = at(18, 18);
        s.resolutionDue = at(22, 10);
        unanswered = addTicket(s);
        s = {};
        s.client = alpha;
        s.createdAt = at(16, 10);
        s.status = u"in_progress"_s;
        s.responseSecs = 600;
        s.responseState = u"met"_s;
        s.firstResponseAt = s.createdAt + 600;
        s.responseDue = at(17, 10);
        s.resolutionDue = at(19, 10);
        overdueResolution = addTicket(s);
        s = {};
        s.client = alpha;
        s.createdAt = at(11, 10);
        s.status = u"cancelled"_s;
        addTicket(s);
        baurs = addDone(beta, at(5, 9), 300, 5400);
        invoice = addInvoice(beta, u"KZT"_s, 1000000, 0, u"issued"_s, QDate(2025, 12, 20), QDate(2026, 1, 5));
        const Status opened = session.openDatabase(t.path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
    }
};

QSet<qint64> idsOf(DrillDownDialog *dialog)
{
    QSet<qint64> ids;
    DrillDownModel *model = dialog->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(DrillDownModel::IdRole).toLongLong());
    return ids;
}

void waitForResult(DashboardView &view, QDate from)
{
    QTRY_VERIFY_WITH_TIMEOUT(view.hasResult() && !view.isComputing() && view.result().filter.from == from, 20000);
}

DrillDownDialog *openedBy(DashboardView &view, const std::function<void()> &action)
{
    QSignalSpy opened(&view, &DashboardView::drillDownOpened);
    action();
    if (!opened.wait(20000))
        return nullptr;
    return opened.first().first().value<DrillDownDialog *>();
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Clock::setFixed(0); }

    void tilesDrillDownToTheCountedTickets()
    {
        Fixture f;
        DashboardView view(&f.session);
        view.resize(1400, 900);
        view.show();
        view.filterBar()->setPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28));
        waitForResult(view, QDate(2026, 2, 1));
        QCOMPARE(view.findChild<QLabel *>(u"viewTitle"_s)->text(), u"Dashboard"_s);
        QCOMPARE(view.tile(u"created"_s)->value(), u"5"_s);
        QCOMPARE(view.tile(u"breached_open"_s)->value(), u"2"_s);

        DrillDownDialog *dialog
            = openedBy(view, [&] { QTest::mouseClick(view.tile(u"breached_open"_s), Qt::LeftButton); });
        QVERIFY(dialog);
        QCOMPARE(idsOf(dialog), (QSet<qint64> { f.unanswered, f.overdueResolution }));
        QCOMPARE(dialog->model()->rowCount(), 2);
        dialog->close();

        dialog = openedBy(view, [&] { QTest::mouseClick(view.tile(u"response_sla"_s), Qt::LeftButton); });
        QVERIFY(dialog);
        QCOMPARE(idsOf(dialog), (QSet<qint64> { f.late, f.unanswered }));
        dialog->close();

        // Keyboard: Enter on a focused tile.
        KpiTile *created = view.tile(u"created"_s);
        created->setFocus();
        dialog = openedBy(view, [&] { QTest::keyClick(created, Qt::Key_Return); });
        QVERIFY(dialog);
        QCOMPARE(idsOf(dialog).size(), 5);
        dialog->close();
    }

    void managerRowDrillsDownToTheManagersTickets()
    {
        Fixture f;
        DashboardView view(&f.session);
        view.resize(1400, 900);
        view.show();
        view.filterBar()->setPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28));
        waitForResult(view, QDate(2026, 2, 1));
        QTableView *table = view.managerTable();
        QCOMPARE(table->model()->rowCount(), 2);
        // Sorted by the first response median, slowest first: Asel (median of 1800, 100000, 600 s).
        const QModelIndex top = table->model()->index(0, ManagerTableModel::Manager);
        QCOMPARE(top.data().toString(), u"Асель Касымова"_s);
        table->setCurrentIndex(top);
        DrillDownDialog *dialog = openedBy(view, [&] { Q_EMIT table->activated(top); });
        QVERIFY(dialog);
        // Her tickets with a first response, slowest first.
        QCOMPARE(idsOf(dialog), (QSet<qint64> { f.fast, f.late, f.overdueResolution }));
        QCOMPARE(dialog->model()->index(0, 0).data(DrillDownModel::IdRole).toLongLong(), f.late);
        dialog->close();
    }

    void agingBarListsTheInvoices()
    {
        Fixture f;
        DashboardView view(&f.session);
        view.show();
        view.filterBar()->setPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28));
        waitForResult(view, QDate(2026, 2, 1));
        // Due 5 January, 46 days before 20 February.
        DrillDownDialog *dialog
            = openedBy(view, [&] { Q_EMIT view.charts()->agingClicked(u"31_60"_s, u"KZT"_s, u"Overdue 31–60"_s); });
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->kind(), Dashboard::DrillDown::Invoices);
        QCOMPARE(idsOf(dialog), QSet<qint64> { f.invoice });
        QCOMPARE(dialog->model()->index(0, DrillDownModel::InvoiceDaysOverdue).data().toInt(), 46);
        dialog->close();
    }

    void refreshesWhenDataChanges()
    {
        Fixture f;
        DashboardView view(&f.session);
        view.show();
        view.filterBar()->setPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28));
        waitForResult(view, QDate(2026, 2, 1));
        QSignalSpy refreshed(&view, &DashboardView::refreshed);
        f.addDone(f.beta, at(6, 9), 600, 1200);
        f.session.notifyDataChanged();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(view.tile(u"created"_s)->value(), u"6"_s);
        // A language change keeps the figures.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&view, &change);
        QCOMPARE(view.tile(u"created"_s)->value(), u"6"_s);
    }

    void presetsCompareWithThePeriodBefore_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("previousFrom");
        QTest::addColumn<QDate>("previousTo");
        // Today: 20 February 2026.
        QTest::newRow("month") << int(DashboardFilterBar::ThisMonth) << QDate(2026, 2, 1) << QDate(2026, 2, 20)
                               << QDate(2026, 1, 1) << QDate(2026, 1, 20);
        QTest::newRow("quarter") << int(DashboardFilterBar::ThisQuarter) << QDate(2026, 1, 1) << QDate(2026, 2, 20)
                                 << QDate(2025, 10, 1) << QDate(2025, 11, 20);
        QTest::newRow("year") << int(DashboardFilterBar::ThisYear) << QDate(2026, 1, 1) << QDate(2026, 2, 20)
                              << QDate(2025, 1, 1) << QDate(2025, 2, 20);
    }
    void presetsCompareWithThePeriodBefore()
    {
        QFETCH(int, preset);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, previousFrom);
        QFETCH(QDate, previousTo);
        DashboardFilterBar bar;
        bar.setToday(QDate(2026, 2, 20));
        bar.setPreset(DashboardFilterBar::Preset(preset));
        QCOMPARE(bar.filter().from, from);
        QCOMPARE(bar.filter().to, to);
        QCOMPARE(bar.previousFilter().from, previousFrom);
        QCOMPARE(bar.previousFilter().to, previousTo);
        // A custom period compares with as many days just before it.
        const auto [pf, pt]
            = DashboardFilterBar::previousPeriod(DashboardFilterBar::Custom, QDate(2026, 3, 10), QDate(2026, 3, 19));
        QCOMPARE(pf, QDate(2026, 2, 28));
        QCOMPARE(pt, QDate(2026, 3, 9));
        // 31 March: the month before has no 31st.
        const auto [mf, mt]
            = DashboardFilterBar::previousPeriod(DashboardFilterBar::ThisMonth, QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(mf, QDate(2026, 2, 1));
        QCOMPARE(mt, QDate(2026, 2, 28));
    }

    void exportsCsvAndPdf()
    {
        Fixture f;
        DashboardView view(&f.session);
        view.resize(1400, 900);
        view.show();
        QVERIFY(!view.exportCsv(f.t.dir.filePath(u"early.csv"_s)) || view.hasResult());
        view.filterBar()->setPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28));
        waitForResult(view, QDate(2026, 2, 1));
        const QString csvPath = f.t.dir.filePath(u"dashboard.csv"_s);
        QVERIFY(view.exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.startsWith(u"key,value\r\n"_s));
        QVERIFY(text.contains(u"tickets.created,5\r\n"_s));
        const QString pdfPath = f.t.dir.filePath(u"dashboard.pdf"_s);
        QVERIFY(view.exportPdf(pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess p;
        p.start(pdftotext, { pdfPath, u"-"_s });
        QVERIFY(p.waitForFinished(30000));
        const QString content = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(content.contains(u"Team lead dashboard"_s), qPrintable(content.left(300)));
        QVERIFY2(content.contains(u"Касымова"_s), qPrintable(content));
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
