#pragma once

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace rapport {

// The deadline agreed with the client: a date and time (local, to the
// minute, with a calendar) or "no deadline". edited() says when the user
// is done with it, not on every keystroke.
class DeadlineEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlineEdit(QWidget *parent = nullptr);
    ~DeadlineEdit() override;

    // UTC epoch seconds; 0: no deadline.
    qint64 deadline() const;
    void setDeadline(qint64 utcSecs);

    QDateTimeEdit *dateTimeEdit() const { return m_edit; }
    QCheckBox *noDeadlineBox() const { return m_none; }

Q_SIGNALS:
    // "No deadline" was checked, or the date and time were confirmed (Enter,
    // leaving the field, or a day picked in the calendar).
    void edited();

protected:
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    QDateTimeEdit *m_edit;
    QCheckBox *m_none;
    // The value last set, to the second: it stays as it was while the
    // minutes shown are unchanged.
    qint64 m_set = 0;
};

} // namespace rapport
