#pragma once

#include "domain/ids.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rapport {

class AppSession;
class ClientPageModel;
struct PresetResult;

// The Obligations tab of the Regulation editor: pick a client (search, or
// several for the preset) and edit its recurring obligations and review
// cadence; apply the "Service standard" preset to the selected or all
// active clients; run the obligations (both in the background).
class ObligationRulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ObligationRulesPage(AppSession *session, QWidget *parent = nullptr);

    void selectClient(ClientId id);
    ClientId currentClient() const { return m_client; }
    QList<ClientId> selectedClients() const;
    // Applies the preset in the background (empty: every active client).
    void applyPreset(const QList<ClientId> &clients);
    // Creates the missing obligation tasks up to today, in the background.
    void runObligations();
    // Opens the rule dialog for a new rule of the current client.
    void addRule();

Q_SIGNALS:
    void presetApplied(bool ok);
    void obligationsRun(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadRules();
    void loadCadence();
    void saveCadence();
    void editRule();
    void archiveRule();
    void presetClicked();
    void showStatus(const QString &text, bool error = false);
    void updateButtons();

    AppSession *m_session;
    ClientId m_client;
    ClientPageModel *m_clients;
    QLineEdit *m_search;
    QListView *m_clientList;
    QPushButton *m_preset;
    QPushButton *m_run;
    QLabel *m_status;
    QLabel *m_heading;
    QTableWidget *m_rules;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QGroupBox *m_cadenceBox;
    QCheckBox *m_periodic;
    QSpinBox *m_periodicMonths;
    QCheckBox *m_annual;
    QLabel *m_anchorLabel;
    QDateEdit *m_anchor;
    QPushButton *m_saveCadence;
    QLabel *m_cadenceInfo;
};

} // namespace rapport
