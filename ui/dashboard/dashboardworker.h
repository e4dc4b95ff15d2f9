#pragma once

#include "metrics/dashboard.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace rapport {

// Computes the dashboard (the period and the one before it, for the change
// shown on each tile) and drill-downs on worker threads, each with its own
// database connection, so that the window stays responsive over a big
// database. A newer computation cancels an older one; results arrive on
// the GUI thread through the signals.
class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    explicit DashboardWorker(QObject *parent = nullptr);
    // Cancels what runs and waits for it.
    ~DashboardWorker() override;

    void compute(const Database &db, const DashboardFilter &current, const DashboardFilter &previous);
    // `request` comes back with the result, to tell drill-downs apart.
    void drillDown(
        const Database &db, const QString &figure, const DashboardFilter &filter, const QString &currency, int request);

    bool isComputing() const { return m_computing; }

Q_SIGNALS:
    void progressed(int done, int total);
    void computed(const DashboardResult &current, const DashboardResult &previous);
    void drilled(int request, const Dashboard::DrillDown &result);
    void failed(const QString &message);
    void computingChanged(bool computing);

private:
    struct Job
    {
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic_bool> cancel;
    };

    void start(QThread *thread, const std::shared_ptr<std::atomic_bool> &cancel);
    void setComputing(bool computing);

    QList<Job> m_jobs;
    std::shared_ptr<std::atomic_bool> m_computeCancel;
    int m_generation = 0;
    bool m_computing = false;
};

} // namespace rapport
