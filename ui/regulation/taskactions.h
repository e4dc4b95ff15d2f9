#pragma once

#include "planning/task.h"

#include <QCoreApplication>

class QWidget;

namespace rapport {

class AppSession;

// What a user does to a task from any list (Today, the Regulation editor):
// confirm and mark it done today, saying whether that is on time or late.
class TaskActions
{
    Q_DECLARE_TR_FUNCTIONS(TaskActions)

public:
    // Asks "Mark … done?" and completes the task; false when declined or
    // refused (the reason is shown).
    static bool markDone(AppSession *session, const Task &task, QWidget *parent);
    // Reopens a done task.
    static bool reopen(AppSession *session, const Task &task, QWidget *parent);
};

} // namespace rapport
