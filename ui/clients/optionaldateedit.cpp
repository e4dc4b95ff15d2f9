#include "optionaldateedit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {
const QDate kEmpty(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(kEmpty);
    setSpecialValueText(u"—"_s);
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setDate(kEmpty);
    calendarWidget()->installEventFilter(this);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == kEmpty ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate &date)
{
    setDate(date.isValid() ? date : kEmpty);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    // Clearing all the text means "no date" rather than an invalid edit.
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && (optionalDate().isValid() ? lineEdit()->selectedText() == lineEdit()->text() : true)) {
        clearDate();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // Opening the calendar on an empty field shows this month, not 1900.
    if (watched == calendarWidget() && event->type() == QEvent::Show && !optionalDate().isValid()) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

} // namespace rapport
