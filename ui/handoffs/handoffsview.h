#pragma once

#include "domain/ids.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rapport {

class AppSession;
class HandoffDialog;
class HandoffTableModel;

// Handoffs: the open handoffs of won deals with their progress, age and
// quality score, filtered by salesperson and account manager; double-click
// opens one.
class HandoffsView : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffsView(AppSession *session, QWidget *parent = nullptr);

    // Opens the handoff's dialog (non-blocking) and returns it.
    HandoffDialog *openHandoff(HandoffId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadStaff();
    void applyFilters();
    void updateCounts();
    void newHandoff();
    void openCurrent();

    AppSession *m_session;
    HandoffTableModel *m_model;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_salesLabel;
    QComboBox *m_sales;
    QLabel *m_managerLabel;
    QComboBox *m_manager;
    QCheckBox *m_showCompleted;
    QPushButton *m_new;
    QPushButton *m_open;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace rapport
