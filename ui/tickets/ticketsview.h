#pragma once

#include "domain/ids.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rapport {

class AppSession;
class TicketTableModel;

// The tickets area: quick filters (open, mine, at risk, breached, past the
// agreed deadline, waiting on client, unassigned, all), a category filter, a
// debounced search, and the lazily loaded list with its SLA countdown.
// Double-click or Enter opens a ticket.
class TicketsView : public QWidget
{
    Q_OBJECT

public:
    enum Filter { AllOpen, Mine, AtRisk, Breached, PastDeadline, WaitingOnClient, Unassigned, All, FilterCount };

    explicit TicketsView(AppSession *session, QWidget *parent = nullptr);

    Filter filter() const;
    void setFilter(Filter filter);
    // The category filter: "" for all categories.
    QString category() const;
    void setCategory(const QString &category);
    TicketTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The categories in use, keeping the chosen one.
    void fillCategories();
    void applyFilters();
    void updateCount();
    void openTicket(const QModelIndex &index);

    AppSession *m_session;
    QLabel *m_title;
    QButtonGroup *m_filters;
    QComboBox *m_category;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QPushButton *m_newTicket;
    QTableView *m_table;
    QLabel *m_count;
    TicketTableModel *m_model;
};

} // namespace rapport
