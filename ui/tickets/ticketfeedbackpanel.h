#pragma once

#include "domain/ticket.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace rapport {

class AppSession;

// The client's feedback on a finished ticket on the two-point scale of seed
// 002: liked, or not liked with the reason.
class TicketFeedbackPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TicketFeedbackPanel(AppSession *session, QWidget *parent = nullptr);

    void setTicket(const Ticket &ticket);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void save();

    AppSession *m_session;
    Ticket m_ticket;
    QLabel *m_hint;
    QRadioButton *m_liked;
    QRadioButton *m_notLiked;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QPushButton *m_save;
    QLabel *m_error;
};

} // namespace rapport
