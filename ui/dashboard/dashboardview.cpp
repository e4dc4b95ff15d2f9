#include "dashboardview.h"

#include "appsession.h"
#include "dashboardcharts.h"
#include "dashboardfilterbar.h"
#include "dashboardformat.h"
#include "dashboardreport.h"
#include "dashboardtiles.h"
#include "dashboardworker.h"
#include "domain/clock.h"
#include "drilldowndialog.h"
#include "kpitile.h"
#include "managertablemodel.h"
#include "theme.h"
#include "views/viewfactory.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr int kTileColumns = 5;

QLabel *sectionTitle(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

} // namespace

DashboardView::DashboardView(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_worker(new DashboardWorker(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_refresh(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_filters(new DashboardFilterBar(this))
    , m_error(new QLabel(this))
    , m_tileGrid(new QGridLayout)
    , m_charts(nullptr)
    , m_managersTitle(nullptr)
    , m_managersHint(new QLabel(this))
    , m_managers(new ManagerTableModel(this))
    , m_sortedManagers(new QSortFilterProxyModel(this))
    , m_managerView(new QTableView(this))
    , m_refreshTimer(new QTimer(this))
{
    m_title->setObjectName(u"viewTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_subtitle->setObjectName(u"dashboardSubtitle"_s);
    m_subtitle->setWordWrap(true); // the period in words is long in Kazakh
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(muted);
    m_managersHint->setPalette(muted);
    m_progress->setObjectName(u"dashboardProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 8);
    m_progress->hide();
    m_refresh->setObjectName(u"dashboardRefresh"_s);
    m_csv->setObjectName(u"dashboardExportCsv"_s);
    m_pdf->setObjectName(u"dashboardExportPdf"_s);
    m_error->setObjectName(u"dashboardError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    m_error->hide();

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_progress, 0, Qt::AlignVCenter);
    header->addWidget(m_refresh, 0, Qt::AlignVCenter);
    header->addWidget(m_csv, 0, Qt::AlignVCenter);
    header->addWidget(m_pdf, 0, Qt::AlignVCenter);

    auto *content = new QWidget;
    content->setObjectName(u"dashboardContent"_s);
    auto *body = new QVBoxLayout(content);
    body->setContentsMargins(0, 0, 8, 0);
    body->setSpacing(14);
    m_tileGrid->setHorizontalSpacing(12);
    m_tileGrid->setVerticalSpacing(12);
    for (int c = 0; c < kTileColumns; ++c)
        m_tileGrid->setColumnStretch(c, 1);
    const QColor volume = DashboardFormat::seriesColor(0, palette());
    const QColor sla = DashboardFormat::seriesColor(1, palette());
    const QColor quality = DashboardFormat::seriesColor(2, palette());
    const QColor money = DashboardFormat::seriesColor(3, palette());
    addTile(u"created"_s, u"tickets.created"_s, volume);
    addTile(u"resolved"_s, u"tickets.resolved"_s, volume);
    addTile(u"open"_s, u"tickets.open"_s, volume);
    addTile(u"at_risk"_s, u"tickets.at_risk"_s, statusAccent(StatusTone::Warning, palette()));
    addTile(u"breached_open"_s, u"tickets.breached_open"_s, statusAccent(StatusTone::Bad, palette()));
    addTile(u"first_response"_s, u"first_response"_s, sla);
    addTile(u"response_sla"_s, u"first_response.breached"_s, sla);
    addTile(u"resolution"_s, u"resolution"_s, sla);
    addTile(u"resolution_sla"_s, u"resolution.breached"_s, sla);
    addTile(u"completion"_s, u"completion_rate"_s, sla);
    addTile(u"duration"_s, u"duration"_s, quality);
    addTile(u"cost"_s, u"cost_per_job"_s, quality);
    addTile(u"feedback"_s, u"feedback"_s, quality);
    addTile(u"obligations"_s, QString(), quality);
    addTile(u"reviews"_s, QString(), quality);
    addTile(u"handoffs"_s, QString(), quality);
    addTile(u"receivables"_s, u"receivables.outstanding"_s, money);
    addTile(u"overdue"_s, u"receivables.overdue"_s, money);
    addTile(u"unused"_s, QString(), money);
    body->addLayout(m_tileGrid);

    m_charts = new DashboardCharts(content);
    body->addWidget(m_charts);

    m_managersTitle = sectionTitle(content, "dashboardManagersTitle");
    body->addWidget(m_managersTitle);
    body->addWidget(m_managersHint);
    m_sortedManagers->setSourceModel(m_managers);
    m_sortedManagers->setSortRole(ManagerTableModel::SortRole);
    m_managerView->setParent(content);
    m_managerView->setObjectName(u"dashboardManagers"_s);
    m_managerView->setModel(m_sortedManagers);
    m_managerView->setSortingEnabled(true);
    m_managerView->sortByColumn(ManagerTableModel::ResponseMedian, Qt::DescendingOrder);
    m_managerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_managerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_managerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_managerView->setAlternatingRowColors(true);
    m_managerView->verticalHeader()->hide();
    m_managerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_managerView->horizontalHeader()->setSectionResizeMode(ManagerTableModel::Manager, QHeaderView::Stretch);
    body->addWidget(m_managerView);
    body->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_filters);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(scroll, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_filters, &DashboardFilterBar::filterChanged, this, &DashboardView::scheduleRefresh);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_csv, &QPushButton::clicked, this, &DashboardView::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardView::choosePdf);
    connect(m_managerView, &QTableView::activated, this, &DashboardView::drillManager);
    connect(m_charts, &DashboardCharts::trendClicked, this,
        [this](const QString &figure, QDate from, QDate to, const QString &title) {
            DashboardFilter f = m_current.filter;
            f.from = std::max(from, f.from);
            f.to = std::min(to, f.to);
            drillDown(figure, f, {}, title);
        });
    connect(m_charts, &DashboardCharts::agingClicked, this,
        [this](const QString &bucket, const QString &currency, const QString &title) {
            drillDown(u"receivables."_s + bucket, m_current.filter, currency, title);
        });
    connect(m_worker, &DashboardWorker::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_worker, &DashboardWorker::computingChanged, this, [this](bool computing) {
        m_progress->setVisible(computing);
        m_progress->setValue(0);
    });
    connect(m_worker, &DashboardWorker::computed, this,
        [this](const DashboardResult &current, const DashboardResult &previous) {
            m_current = current;
            m_previous = previous;
            m_hasResult = true;
            m_error->hide();
            showResult();
            Q_EMIT refreshed();
        });
    connect(m_worker, &DashboardWorker::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_worker, &DashboardWorker::drilled, this, [this](int request, const Dashboard::DrillDown &drill) {
        const QString title = m_drillTitles.take(request);
        const QDate asOf = QDateTime::fromSecsSinceEpoch(m_current.asOf, QTimeZone(m_current.timeZone)).date();
        auto *dialog = new DrillDownDialog(m_session, title, drill, asOf, window());
        dialog->show();
        Q_EMIT drillDownOpened(dialog);
    });
    connect(m_session, &AppSession::databaseChanged, this, &DashboardView::onDatabaseChanged);
    connect(m_session, &AppSession::dataChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            scheduleRefresh();
    });
    retranslateUi();
    onDatabaseChanged();
}

void DashboardView::addTile(const QString &id, const QString &figure, const QColor &accent)
{
    auto *tile = new KpiTile(id, figure, this);
    tile->setAccent(accent);
    const int index = int(m_tiles.size());
    m_tileGrid->addWidget(tile, index / kTileColumns, index % kTileColumns);
    m_tiles.insert(id, tile);
    connect(tile, &KpiTile::activated, this, &DashboardView::drillTile);
}

bool DashboardView::isComputing() const
{
    return m_worker->isComputing();
}

void DashboardView::onDatabaseChanged()
{
    m_hasResult = false;
    m_dirty = true;
    if (!m_session->hasDatabase())
        return;
    const Database &db = m_session->database();
    m_filters->reload(db);
    m_filters->setToday(QDateTime::fromSecsSinceEpoch(Clock::nowSecs(), DashboardQuery::timeZone(db)).date());
    if (isVisible())
        scheduleRefresh();
}

void DashboardView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

void DashboardView::refresh()
{
    m_refreshTimer->stop();
    if (!m_session->hasDatabase())
        return;
    m_dirty = false;
    const DashboardFilter current = m_filters->filter();
    if (Status valid = DashboardQuery::validate(current); !valid) {
        m_error->setText(valid.error());
        m_error->show();
        return;
    }
    DashboardFilter previous = m_filters->previousFilter();
    // Both periods are judged as of the same instant.
    const qint64 asOf = Clock::nowSecs();
    DashboardFilter now = current;
    now.asOf = asOf;
    previous.asOf = asOf;
    m_worker->compute(m_session->database(), now, previous);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardView::drillTile(const QString &figure)
{
    for (KpiTile *tile : std::as_const(m_tiles)) {
        if (tile->figure() == figure) {
            drillDown(figure, m_current.filter, {}, tile->caption());
            return;
        }
    }
}

void DashboardView::drillManager(const QModelIndex &index)
{
    if (!index.isValid() || !m_hasResult)
        return;
    const QModelIndex source = m_sortedManagers->mapToSource(index);
    const ManagerFigures &m = m_managers->managerAt(source.row());
    DashboardFilter f = m_current.filter;
    f.manager = m.id;
    f.withoutManager = !m.id.isValid();
    const QString who = m.id.isValid() ? m.name : tr("Clients without a manager");
    const QString column = m_managers->headerData(source.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    drillDown(ManagerTableModel::figureOf(source.column()), f, {},
        source.column() == ManagerTableModel::Manager ? tr("%1: first responses, slowest first").arg(who)
                                                      : u"%1 · %2"_s.arg(who, column));
}

void DashboardView::drillDown(
    const QString &figure, const DashboardFilter &filter, const QString &currency, const QString &title)
{
    if (!m_hasResult || !m_session->hasDatabase())
        return;
    const int request = ++m_nextDrill;
    m_drillTitles.insert(request, title);
    DashboardFilter f = filter;
    f.asOf = m_current.asOf; // the very instant the figures were counted at
    m_worker->drillDown(m_session->database(), figure, f, currency, request);
}

Status DashboardView::exportCsv(const QString &path) const
{
    if (!m_hasResult)
        return fail(tr("Nothing to export yet: the dashboard is still being calculated."));
    return DashboardReport::writeCsv(m_current, path);
}

Status DashboardView::exportPdf(const QString &path) const
{
    if (!m_hasResult)
        return fail(tr("Nothing to export yet: the dashboard is still being calculated."));
    return DashboardReport::writePdf(m_current, m_previous, m_charts->paperImages(), path);
}

void DashboardView::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the dashboard as CSV"), u"dashboard.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCsv(path); !s)
        QMessageBox::warning(this, tr("Export"), s.error());
}

void DashboardView::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the dashboard as a PDF report"), u"dashboard.pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPdf(path); !s)
        QMessageBox::warning(this, tr("Export"), s.error());
}

void DashboardView::showResult()
{
    const DashboardResult &r = m_current;
    m_subtitle->setText(tr("Tickets created %1, compared with %2 · as of %3")
                            .arg(DashboardFormat::period(r.filter.from, r.filter.to),
                                DashboardFormat::period(m_previous.filter.from, m_previous.filter.to),
                                QLocale().toString(QDateTime::fromSecsSinceEpoch(r.asOf, QTimeZone(r.timeZone)),
                                    QLocale::ShortFormat)));
    DashboardTiles::fill(m_tiles, m_current, m_previous);
    m_charts->setResult(r);
    m_managers->setManagers(r.managers);
    // As tall as its rows, up to fifteen (then it scrolls).
    const int rows = std::clamp(int(r.managers.size()), 3, 15);
    const int height = m_managerView->horizontalHeader()->sizeHint().height()
        + rows * m_managerView->verticalHeader()->defaultSectionSize() + 2 * m_managerView->frameWidth();
    m_managerView->setMinimumHeight(height);
    m_managerView->setMaximumHeight(height);
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_hasResult)
            showResult();
    }
    QWidget::changeEvent(event);
}

void DashboardView::retranslateUi()
{
    m_title->setText(viewTitle(u"dashboard"_s));
    m_managerView->setAccessibleName(tr("Figures by account manager"));
    if (!m_hasResult)
        m_subtitle->setText(tr("Response and resolution times, SLA compliance, receivables and trends."));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Calculate the figures again (they also refresh by themselves when data changes)."));
    m_csv->setText(tr("Export &CSV…"));
    m_pdf->setText(tr("Export &PDF…"));
    m_progress->setToolTip(tr("Calculating…"));
    m_managersTitle->setText(tr("By account manager"));
    m_managersHint->setText(tr("Click a column to sort; double-click a manager for the tickets behind the number."));
    m_managers->retranslate();
    struct Caption
    {
        QString id;
        QString caption;
        QString explanation;
    };
    const QList<Caption> captions {
        { u"created"_s, tr("Tickets created"), tr("Tickets created in the period (cancelled ones never count).") },
        { u"resolved"_s, tr("Resolved"), tr("Tickets created in the period that are resolved or closed.") },
        { u"open"_s, tr("Still open"), tr("Tickets created in the period that are not resolved yet.") },
        { u"at_risk"_s, tr("At risk now"),
            tr("Open tickets running with less than 20 % of the pending target left, not breached yet.") },
        { u"breached_open"_s, tr("Breached, still open"), tr("Open tickets with a target already breached.") },
        { u"first_response"_s, tr("First response, median"),
            tr("Business hours to the first client-visible reply on the ticket's SLA clock.") },
        { u"response_sla"_s, tr("Response SLA"),
            tr("Met ÷ (met + breached); unanswered tickets past their due count as breached, tickets still "
               "inside their target in neither. Click for the breached ones.") },
        { u"resolution"_s, tr("Resolution, median"), tr("Business hours to resolution on the SLA clock.") },
        { u"resolution_sla"_s, tr("Resolution SLA"),
            tr("Met ÷ (met + breached); open tickets past their due count as breached. Click for the breached ones.") },
        { u"completion"_s, tr("Completion rate"), tr("Resolved ÷ created.") },
        { u"duration"_s, tr("Ticket duration, mean"), tr("Calendar time from creation to resolution.") },
        { u"cost"_s, tr("Cost per job"), tr("Logged minutes × each person's hourly cost rate, per resolved ticket.") },
        { u"feedback"_s, tr("Feedback liked"),
            tr("Liked ÷ all feedback on tickets closed in the period (as the feedback report counts it).") },
        { u"obligations"_s, tr("Obligations on time"), tr("Obligation tasks due in the period done on time.") },
        { u"reviews"_s, tr("Reviews on time"), tr("Client reviews scheduled in the period held on time.") },
        { u"handoffs"_s, tr("Handoff quality"),
            tr("Quality control's mean score of the handoffs completed in the period.") },
        { u"receivables"_s, tr("Receivables"), tr("Unpaid balance of issued invoices, per currency.") },
        { u"overdue"_s, tr("Overdue"), tr("Unpaid balance past the due date, per currency.") },
        { u"unused"_s, tr("Unused hours"),
            tr("Subscription hours included but not used in the billed months of the period.") },
    };
    for (const Caption &c : captions) {
        KpiTile *t = m_tiles.value(c.id);
        t->setCaption(c.caption);
        t->setToolTip(t->figure().isEmpty() ? c.explanation
                                            : c.explanation + u"\n"_s + tr("Click for the list behind this figure."));
    }
}

} // namespace rapport
