#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rapport {

class AppSession;
class TaskTableModel;

// The Tasks tab of the Regulation editor: every task of the regulation by
// owner and state (open, overdue, done on time or late), the on-time rate
// of the last 90 days, and Mark done / Reopen.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    enum Filter { OpenFilter, OverdueFilter, WeekFilter, DoneFilter, AllFilter };

    explicit TasksPage(AppSession *session, QWidget *parent = nullptr);

    TaskTableModel *model() const { return m_model; }
    void setFilter(Filter filter);
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadStaff();
    void applyFilters();
    void updateSummary();
    void updateButtons();
    void markDone();
    void reopen();

    AppSession *m_session;
    TaskTableModel *m_model;
    QLabel *m_ownerLabel;
    QComboBox *m_owner;
    QLabel *m_stateLabel;
    QComboBox *m_state;
    QPushButton *m_done;
    QPushButton *m_reopen;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace rapport
