#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport {

class AppSession;

// First start on an empty database: start empty (creating yourself as the
// first staff member), load demo data, or import a spreadsheet.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(AppSession *session, QWidget *parent = nullptr);

Q_SIGNALS:
    // The database now has content; the main window leaves the welcome page.
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startEmpty();
    void loadDemo();

    AppSession *m_session;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLabel *m_emailLabel;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_error;
    QPushButton *m_startEmpty;
    QPushButton *m_demo;
    QPushButton *m_import;
    QLabel *m_importNote;
};

} // namespace rapport
