#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace rapport {

class AppSession;
class OutboxModel;

// The outbox (DESIGN "Automation"): every message the rules queued, by
// state; a preview of the selected one; approve, approve all, retry and
// cancel; a button that runs the rules now and one that sends what is due
// (Ctrl+Shift+S) with the mail settings and the password from the keychain,
// asking for it (kept in memory) when there is none.
class OutboxView : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxView(AppSession *session, QWidget *parent = nullptr);

    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updatePreview();
    qint64 selectedId() const;
    void act(const QString &action);
    void runAutomation();
    void sendNow();
    void showMessage(const QString &text, bool error = false);

    AppSession *m_session;
    OutboxModel *m_model;
    QComboBox *m_filter;
    QPushButton *m_run;
    QPushButton *m_send;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_preview;
    QPushButton *m_approve;
    QPushButton *m_approveAll;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QLabel *m_message;
    QLabel *m_empty;
};

} // namespace rapport
