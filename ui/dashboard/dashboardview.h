#pragma once

#include "metrics/dashboard.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace rapport {

class AppSession;
class DashboardCharts;
class DashboardFilterBar;
class DashboardWorker;
class DrillDownDialog;
class KpiTile;
class ManagerTableModel;

// The team lead's dashboard (DESIGN "Dashboard"; the same figures as
// `rapport-cli report dashboard`): filters on top, key figures as tiles
// with the change against the previous period, trend charts, receivables
// aging and the per-manager table. Every tile, point, bar and table row
// opens the list of tickets (invoices) behind it. Computed on a worker
// thread with its own connection when shown, when the filters change and
// after data changes; the view shows progress and stays responsive.
class DashboardView : public QWidget
{
    Q_OBJECT
    Q_MOC_INCLUDE("dashboard/drilldowndialog.h")

public:
    explicit DashboardView(AppSession *session, QWidget *parent = nullptr);

    DashboardFilterBar *filterBar() const { return m_filters; }
    // "created", "breached_open", "first_response", "response_sla", "overdue"…
    KpiTile *tile(const QString &id) const { return m_tiles.value(id); }
    QTableView *managerTable() const { return m_managerView; }
    DashboardCharts *charts() const { return m_charts; }
    bool hasResult() const { return m_hasResult; }
    const DashboardResult &result() const { return m_current; }
    bool isComputing() const;

    // Computes now (the view does it by itself when shown or changed).
    void refresh();
    // Opens the list behind a figure of the current result, narrowed by `filter`.
    void drillDown(const QString &figure, const DashboardFilter &filter, const QString &currency, const QString &title);

    Status exportCsv(const QString &path) const;
    Status exportPdf(const QString &path) const;

Q_SIGNALS:
    void refreshed();
    void drillDownOpened(DrillDownDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void onDatabaseChanged();
    void scheduleRefresh();
    void showResult();
    void addTile(const QString &id, const QString &figure, const QColor &accent);
    void drillTile(const QString &figure);
    void drillManager(const QModelIndex &index);
    void chooseCsv();
    void choosePdf();

    AppSession *m_session;
    DashboardWorker *m_worker;
    QLabel *m_title;
    QLabel *m_subtitle;
    QProgressBar *m_progress;
    QPushButton *m_refresh;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    DashboardFilterBar *m_filters;
    QLabel *m_error;
    QHash<QString, KpiTile *> m_tiles;
    QGridLayout *m_tileGrid;
    DashboardCharts *m_charts;
    QLabel *m_managersTitle;
    QLabel *m_managersHint;
    ManagerTableModel *m_managers;
    QSortFilterProxyModel *m_sortedManagers;
    QTableView *m_managerView;
    QTimer *m_refreshTimer;
    DashboardResult m_current;
    DashboardResult m_previous;
    bool m_hasResult = false;
    bool m_dirty = true;
    int m_nextDrill = 0;
    QHash<int, QString> m_drillTitles;
};

} // namespace rapport
