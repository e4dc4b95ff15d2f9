#pragma once

#include "planning/handoff.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport {

class AppSession;

// The intro meeting with account management (when, online or offline, who
// attended) and the client's satisfaction at the end of the handoff (1–5).
class HandoffMeetingPage : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffMeetingPage(AppSession *session, QWidget *parent = nullptr);

    void setHandoff(const Handoff &handoff);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void saveMeeting();
    void saveSatisfaction();

    AppSession *m_session;
    Handoff m_handoff;
    QGroupBox *m_meetingBox;
    QLabel *m_atLabel;
    QDateTimeEdit *m_at;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QLabel *m_attendeesLabel;
    QLineEdit *m_attendees;
    QPushButton *m_saveMeeting;
    QGroupBox *m_satisfactionBox;
    QLabel *m_satisfactionHint;
    QButtonGroup *m_satisfaction;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QPushButton *m_saveSatisfaction;
};

} // namespace rapport
