#pragma once

#include "domain/ticket.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rapport {

class AppSession;

// Formalization (seed 002): the manager writes the formal task statement and
// records when and how the client confirmed it.
class TicketFormalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TicketFormalPanel(AppSession *session, QWidget *parent = nullptr);

    void setTicket(const Ticket &ticket);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void save();
    void confirm();
    void report(const Status &status);

    AppSession *m_session;
    Ticket m_ticket;
    QLabel *m_statementLabel;
    QPlainTextEdit *m_statement;
    QPushButton *m_save;
    QLabel *m_confirmation;
    QLabel *m_confirmedAtLabel;
    QDateTimeEdit *m_confirmedAt;
    QComboBox *m_channel;
    QPushButton *m_confirm;
    QLabel *m_error;
};

} // namespace rapport
