#pragma once

#include "domain/ids.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rapport {

class AppSession;

// Starts the handoff of a won deal: which client, who won it, which account
// manager receives it, and when it was won.
class NewHandoffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewHandoffDialog(AppSession *session, QWidget *parent = nullptr, ClientId client = {});

    void accept() override;

Q_SIGNALS:
    void created(HandoffId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void searchClients();
    void clientChosen();

    AppSession *m_session;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_clientLabel;
    QComboBox *m_client;
    QLabel *m_salesLabel;
    QComboBox *m_sales;
    QLabel *m_managerLabel;
    QComboBox *m_manager;
    QLabel *m_wonLabel;
    QDateEdit *m_won;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
