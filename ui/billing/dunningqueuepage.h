#pragma once

#include "billing/dunning.h"
#include "domain/ids.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace rapport {

class AppSession;
class DunningExceptionDialog;
class DunningSentDialog;
class DunningQueueModel;

// The Billing view's dunning queue (DESIGN "Dunning"): clients with overdue
// debt, their stage, the next step and its date. "Run dunning now" takes
// every step due as of today (on a worker thread); the exceptions — promise
// to pay, guarantee letter, team-lead hold (team leads only) — and their
// release are recorded for the selected client, and a notice or claim that
// waits for its message can be marked sent by the team. The queue is computed when
// the tab is shown and after every change.
class DunningQueuePage : public QWidget
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit DunningQueuePage(AppSession *session, QWidget *parent = nullptr);

    DunningQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *message() const { return m_message; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    ClientId currentClient() const;
    bool selectClient(ClientId client);
    // Recomputes the queue as of today.
    void reload();

    void runNow();
    DunningExceptionDialog *addException(DunningPauseKind kind);
    bool release();
    // The selected client's notice or claim waits for its message: record
    // that the team handed it over itself (null when none waits).
    DunningSentDialog *markSent();

Q_SIGNALS:
    // A dunning run finished (steps taken).
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateDetails();
    void showMessage(const QString &text, bool error = false);
    bool isTeamLead() const;

    AppSession *m_session;
    DunningQueueModel *m_model;
    Confirm m_confirm;
    bool m_stale = true;
    bool m_busy = false;
    QLabel *m_asOf;
    QPushButton *m_run;
    QPushButton *m_promise;
    QPushButton *m_guarantee;
    QPushButton *m_hold;
    QPushButton *m_release;
    QPushButton *m_markSent;
    QTableView *m_table;
    QLabel *m_details;
    QLabel *m_message;
};

} // namespace rapport
