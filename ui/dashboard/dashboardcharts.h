#pragma once

#include "metrics/dashboard.h"

#include <QImage>
#include <QWidget>

class QChart;
class QChartView;

namespace rapport {

// The dashboard's charts (Qt Charts): response times, SLA compliance and
// volume per week (a period up to three months) or per month, and the
// receivables aging bars per currency. Clicking a point or a bar asks for
// the tickets (invoices) behind it.
class DashboardCharts : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    void setResult(const DashboardResult &result);
    QList<QChartView *> views() const;
    // The charts as images for a printed report: in light colours even when
    // the screen shows them dark.
    QList<QImage> paperImages();
    // Weeks or months, as the charts show them.
    const QList<TrendFigures> &buckets() const { return m_buckets; }

Q_SIGNALS:
    // A figure key for the tickets created in [from, to].
    void trendClicked(const QString &figure, QDate from, QDate to, const QString &title);
    void agingClicked(const QString &bucket, const QString &currency, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void buildResponse();
    void buildCompliance();
    void buildVolume();
    void buildAging();
    QStringList categories() const;
    void prepare(QChart *chart, const QString &title) const;
    QPalette chartPalette() const;

    QChartView *m_response;
    QChartView *m_compliance;
    QChartView *m_volume;
    QChartView *m_aging;
    QList<TrendFigures> m_buckets;
    bool m_weekly = true;
    QList<ReceivablesFigures> m_receivables;
    bool m_paper = false;
};

} // namespace rapport
