#pragma once

#include "planning/handoff.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace rapport {

class AppSession;

// The client's special conditions (agreed outside the contract), each to be
// acknowledged by the account manager who will have to keep it: a promise
// lost in the handoff costs the client's trust (seed 004).
class HandoffConditionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffConditionsPage(AppSession *session, QWidget *parent = nullptr);

    void setHandoff(const Handoff &handoff);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void acknowledge(qint64 conditionId);

    AppSession *m_session;
    Handoff m_handoff;
    QLabel *m_hint;
    QTableWidget *m_table;
};

} // namespace rapport
