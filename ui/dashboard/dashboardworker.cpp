#include "dashboardworker.h"

#include <QPointer>
#include <QThread>

namespace rapport {

DashboardWorker::DashboardWorker(QObject *parent)
    : QObject(parent)
{
}

DashboardWorker::~DashboardWorker()
{
    for (const Job &job : std::as_const(m_jobs))
        job.cancel->store(true);
    for (const Job &job : std::as_const(m_jobs)) {
        job.thread->wait();
        delete job.thread;
    }
}

void DashboardWorker::start(QThread *thread, const std::shared_ptr<std::atomic_bool> &cancel)
{
    m_jobs.append({ thread, cancel });
    connect(thread, &QThread::finished, this, [this, thread] {
        for (qsizetype i = 0; i < m_jobs.size(); ++i) {
            if (m_jobs.at(i).thread == thread) {
                m_jobs.removeAt(i);
                break;
            }
        }
        thread->deleteLater();
    });
    thread->start();
}

void DashboardWorker::setComputing(bool computing)
{
    if (m_computing == computing)
        return;
    m_computing = computing;
    Q_EMIT computingChanged(computing);
}

void DashboardWorker::compute(const Database &db, const DashboardFilter &current, const DashboardFilter &previous)
{
    if (m_computeCancel)
        m_computeCancel->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_computeCancel = cancel;
    const int generation = ++m_generation;
    setComputing(true);
    QPointer<DashboardWorker> self(this);
    QThread *thread = QThread::create([self, db, current, previous, cancel, generation] {
        const Dashboard dashboard(db);
        // Two steps of progress per computation: this period, then the one before.
        const auto progress = [self, generation](int offset) {
            return [self, generation, offset](int done, int total) {
                QMetaObject::invokeMethod(
                    self,
                    [self, generation, offset, done, total] {
                        if (self && generation == self->m_generation)
                            Q_EMIT self->progressed(offset + done, 2 * total);
                    },
                    Qt::QueuedConnection);
            };
        };
        auto now = dashboard.compute(current, cancel.get(), progress(0));
        auto before = now && !cancel->load() ? dashboard.compute(previous, cancel.get(), progress(4))
                                             : Result<DashboardResult>(fail(QString()));
        db.closeThreadConnection();
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            self,
            [self, generation, now, before] {
                if (!self || generation != self->m_generation)
                    return;
                self->setComputing(false);
                if (!now)
                    Q_EMIT self->failed(now.error());
                else
                    Q_EMIT self->computed(*now, before ? *before : DashboardResult());
            },
            Qt::QueuedConnection);
    });
    start(thread, cancel);
}

void DashboardWorker::drillDown(
    const Database &db, const QString &figure, const DashboardFilter &filter, const QString &currency, int request)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<DashboardWorker> self(this);
    QThread *thread = QThread::create([self, db, figure, filter, currency, cancel, request] {
        auto result = Dashboard(db).drillDown(figure, filter, currency, cancel.get());
        db.closeThreadConnection();
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            self,
            [self, result, request] {
                if (!self)
                    return;
                if (!result)
                    Q_EMIT self->failed(result.error());
                else
                    Q_EMIT self->drilled(request, *result);
            },
            Qt::QueuedConnection);
    });
    start(thread, cancel);
}

} // namespace rapport
