#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace rapport {

class AppSession;

// Settings → Mail: one line that says how the outbox delivers (server and
// login, or the .eml folder, and where the password comes from) and a
// button that opens MailSettingsDialog.
class MailSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit MailSettingsBox(AppSession *session, QWidget *parent = nullptr);

    QPushButton *configureButton() const { return m_configure; }
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void configure();

    AppSession *m_session;
    QLabel *m_summary;
    QPushButton *m_configure;
};

} // namespace rapport
