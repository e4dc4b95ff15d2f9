#pragma once

#include "planning/handoff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport {

class AppSession;

// The five handoff items with their state (done / missing and why) and
// quality control's score of each: 0–2 with a comment, editable only by
// quality control or a team lead.
class HandoffItemsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffItemsPage(AppSession *session, QWidget *parent = nullptr);

    void setHandoff(const Handoff &handoff);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *title = nullptr;
        QLabel *about = nullptr;
        QLabel *state = nullptr;
        QLabel *detail = nullptr;
        QComboBox *score = nullptr;
        QLineEdit *comment = nullptr;
    };

    void retranslateUi();
    void saveScores();

    AppSession *m_session;
    Handoff m_handoff;
    QList<Row> m_rows;
    QLabel *m_itemHeader;
    QLabel *m_stateHeader;
    QLabel *m_detailHeader;
    QLabel *m_scoreHeader;
    QLabel *m_commentHeader;
    QLabel *m_hint;
    QPushButton *m_save;
};

} // namespace rapport
