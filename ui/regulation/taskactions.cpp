#include "taskactions.h"

#include "appsession.h"
#include "storage/regulationcalendar.h"
#include "storage/taskrepository.h"

#include <QLocale>
#include <QMessageBox>

namespace rapport {

bool TaskActions::markDone(AppSession *session, const Task &task, QWidget *parent)
{
    if (!task.id.isValid())
        return false;
    if (task.status != TaskStatus::Open) {
        QMessageBox::information(parent, tr("Task"), tr("“%1” is not open.").arg(task.title));
        return false;
    }
    const QDate today = RegulationCalendar::today();
    const QString due = QLocale().toString(task.dueOn, QLocale::LongFormat);
    QString text = tr("Mark “%1” done today?").arg(task.title);
    if (!task.clientName.isEmpty())
        text += u'\n' + tr("Client: %1").arg(task.clientName);
    text += u'\n'
        + (task.dueOn < today ? tr("It was due on %1: it will count as done late.").arg(due)
                              : tr("Due on %1: it will count as done on time.").arg(due));
    const auto answer = QMessageBox::question(parent, tr("Mark Task Done"), text,
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    if (Status s = TaskRepository(session->database()).complete(task.id); !s) {
        QMessageBox::warning(parent, tr("Mark Task Done"), s.error());
        return false;
    }
    session->notifyDataChanged();
    return true;
}

bool TaskActions::reopen(AppSession *session, const Task &task, QWidget *parent)
{
    if (Status s = TaskRepository(session->database()).reopen(task.id); !s) {
        QMessageBox::warning(parent, tr("Reopen Task"), s.error());
        return false;
    }
    session->notifyDataChanged();
    return true;
}

} // namespace rapport
