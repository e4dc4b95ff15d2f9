#pragma once

#include "domain/ticket.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace rapport {

class AppSession;

// Time logged on a ticket (who, date, minutes, billable, note) and a row to
// log more; billable minutes feed the monthly invoice and act.
class TicketTimePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TicketTimePanel(AppSession *session, QWidget *parent = nullptr);

    void setTicket(TicketId id, const QList<TimeEntry> &entries);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void add();

    AppSession *m_session;
    TicketId m_ticketId;
    QList<TimeEntry> m_entries;
    QTreeWidget *m_list;
    QLabel *m_total;
    QDateEdit *m_day;
    QSpinBox *m_minutes;
    QCheckBox *m_billable;
    QLineEdit *m_note;
    QPushButton *m_add;
    QLabel *m_error;
};

} // namespace rapport
