#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;

namespace rapport {

class AppSession;

// Settings → regulation: whether every new client with a tariff (added by
// hand, imported or made by the demo) gets the provider's default
// regulation, the "Service standard" preset (RegulationSettings). The check
// box stores the setting as soon as it is toggled; its tooltip says what the
// preset contains.
class RegulationSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit RegulationSettingsBox(AppSession *session, QWidget *parent = nullptr);

    QCheckBox *applyToNewClients() const { return m_apply; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void store(bool on);

    AppSession *m_session;
    QCheckBox *m_apply;
    QLabel *m_status;
};

} // namespace rapport
