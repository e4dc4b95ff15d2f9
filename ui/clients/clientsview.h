#pragma once

#include "domain/client.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rapport {

class AppSession;
class ClientCardDialog;
class ClientTableModel;

// The Clients area: search as you type (over names, tax id, contacts),
// filters by status, account manager and the share of this month's hours
// used (the warning and exhausted thresholds), the lazily loaded list, and the
// actions New client, Import… and Archive. Enter or a double-click opens the
// client card.
class ClientsView : public QWidget
{
    Q_OBJECT

public:
    explicit ClientsView(AppSession *session, QWidget *parent = nullptr);

    ClientTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Opens the card of a client (an invalid id: a new, empty card). The
    // dialog is window-modal, deletes itself on close and is returned for tests.
    ClientCardDialog *openCard(ClientId id);
    void openImport();
    void archiveSelected();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void reloadManagers();
    void reloadHourChoices();
    void reloadAll();
    void applyFilters();
    void updateCounts();
    void updateActions();
    std::optional<ClientStatus> statusFilter() const;
    std::optional<int> hoursFilter() const;
    ClientId selectedClient() const;

    AppSession *m_session;
    ClientTableModel *m_model;
    QLabel *m_title;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_managerLabel;
    QComboBox *m_manager;
    QLabel *m_hoursLabel;
    QComboBox *m_hours;
    QPushButton *m_new;
    QPushButton *m_import;
    QPushButton *m_archive;
    QTableView *m_table;
    QLabel *m_counts;
    QAction *m_findAction;
};

} // namespace rapport
