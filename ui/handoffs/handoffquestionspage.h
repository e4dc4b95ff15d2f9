#pragma once

#include "planning/handoff.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace rapport {

class AppSession;

// Open questions of the account manager to the salesperson, and their
// answers: sales does not "hand over and forget" (seed 004).
class HandoffQuestionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffQuestionsPage(AppSession *session, QWidget *parent = nullptr);

    void setHandoff(const Handoff &handoff);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void addQuestion();
    void answerQuestion();

    AppSession *m_session;
    Handoff m_handoff;
    QLabel *m_hint;
    QTreeWidget *m_list;
    QLineEdit *m_question;
    QPushButton *m_add;
    QLineEdit *m_answer;
    QPushButton *m_answerButton;
};

} // namespace rapport
