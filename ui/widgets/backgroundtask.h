#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace rapport {

// Runs heavy work (demo generation, backups, imports) on a worker thread with
// its own database connection, while a progress dialog with Cancel keeps the
// window responsive. `work` gets a progress callback and a cancel flag; the
// result reaches `done` on the GUI thread.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(int done, int total)>;
    using Work = std::function<Status(const Database &db, const Progress &progress, const std::atomic_bool &cancel)>;
    using Done = std::function<void(const Status &status)>;

    static void run(QWidget *parent, const Database &db, const QString &label, Work work, Done done);

Q_SIGNALS:
    void progressed(int done, int total);
    void finished();

private:
    BackgroundTask() = default;
    std::atomic_bool m_cancel{false};
    Status m_status;
};

} // namespace rapport
