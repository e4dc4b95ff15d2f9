#pragma once

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace rapport {

// Records a conversation with the client (a call, a message, a visit) for
// the timeline: the channel, when it happened and what was said.
class LogCallDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LogCallDialog(QWidget *parent = nullptr);

    QString channelKey() const;
    QString summary() const;
    // UTC epoch seconds.
    qint64 at() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_channelLabel;
    QComboBox *m_channel;
    QLabel *m_whenLabel;
    QDateTimeEdit *m_when;
    QLabel *m_summaryLabel;
    QPlainTextEdit *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
