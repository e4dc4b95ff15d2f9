#pragma once

#include <QDateEdit>

namespace rapport {

// A date field that may be left empty: the lowest date stands for "no date"
// and shows as a dash; Delete or Backspace on the whole text clears it.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // An invalid QDate when empty.
    QDate optionalDate() const;
    void setOptionalDate(const QDate &date);
    void clearDate() { setOptionalDate({}); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace rapport
