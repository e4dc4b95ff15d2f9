#pragma once

#include "domain/ids.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rapport {

class AppSession;
class ClientFeedbackModel;

// Complaints, thanks and remarks of one client with their handling (seed
// 003: the feedback loop of the service standard), for the client card:
// counts, a filter by kind and "unhandled only", Record… and Mark handled….
class ClientFeedbackPanel : public QWidget
{
    Q_OBJECT

public:
    ClientFeedbackPanel(AppSession *session, ClientId client, QWidget *parent = nullptr);
    // Adds a "Feedback" tab to `tabs` (the client card) that keeps its title
    // translated; connect the card's saved(ClientId) to setClient().
    static ClientFeedbackPanel *addTab(QTabWidget *tabs, AppSession *session, ClientId client);

    void setClient(ClientId client);
    ClientFeedbackModel *model() const { return m_model; }
    // Opens the dialog to record a feedback / to handle the current one.
    void addFeedback();
    void handleCurrent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilters();
    void updateSummary();
    void updateButtons();

    AppSession *m_session;
    QTabWidget *m_tabs = nullptr;
    ClientId m_client;
    ClientFeedbackModel *m_model;
    QLabel *m_summary;
    QComboBox *m_kind;
    QCheckBox *m_unhandled;
    QPushButton *m_add;
    QPushButton *m_handle;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace rapport
