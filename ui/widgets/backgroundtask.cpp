#include "backgroundtask.h"

#include <QProgressDialog>
#include <QThread>

namespace rapport {

void BackgroundTask::run(QWidget *parent, const Database &db, const QString &label, Work work, Done done)
{
    auto *task = new BackgroundTask;
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);

    QThread *thread = QThread::create([task, db, work] {
        const Progress progress = [task](int d, int t) { Q_EMIT task->progressed(d, t); };
        task->m_status = work(db, progress, task->m_cancel);
        db.closeThreadConnection();
    });
    connect(task, &BackgroundTask::progressed, dialog, [dialog](int d, int t) {
        dialog->setMaximum(t);
        dialog->setValue(d);
    });
    connect(dialog, &QProgressDialog::canceled, task, [task] { task->m_cancel.store(true); });
    connect(thread, &QThread::finished, dialog, [task, dialog, thread, done] {
        dialog->hide();
        dialog->deleteLater();
        thread->deleteLater();
        if (done)
            done(task->m_status);
        task->deleteLater();
    });
    thread->start();
}

} // namespace rapport
