#pragma once

#include "planning/handoff.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace rapport {

class AppSession;
class HandoffConditionsPage;
class HandoffItemsPage;
class HandoffMeetingPage;
class HandoffQuestionsPage;

// One handoff: its five items and their state, the intro meeting, questions
// to sales, special conditions to acknowledge, the client's satisfaction,
// quality control's scores, and Complete (a team lead's override with a
// reason when items are missing).
class HandoffDialog : public QDialog
{
    Q_OBJECT

public:
    HandoffDialog(AppSession *session, HandoffId id, QWidget *parent = nullptr);

    const Handoff &handoff() const { return m_handoff; }
    // Reads the handoff again and refreshes every page.
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void changed();
    void complete();

    AppSession *m_session;
    HandoffId m_id;
    Handoff m_handoff;
    QLabel *m_heading;
    QLabel *m_people;
    QLabel *m_dates;
    QProgressBar *m_progress;
    QLabel *m_quality;
    QTabWidget *m_tabs;
    HandoffItemsPage *m_items;
    HandoffMeetingPage *m_meeting;
    HandoffQuestionsPage *m_questions;
    HandoffConditionsPage *m_conditions;
    QLabel *m_completeHint;
    QPushButton *m_complete;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
