#include "deadlineedit.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// What the field offers when a deadline is first set: tomorrow at 18:00.
QDateTime proposedDeadline()
{
    return QDateTime(QDate::currentDate().addDays(1), QTime(18, 0));
}

} // namespace

DeadlineEdit::DeadlineEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QDateTimeEdit(this))
    , m_none(new QCheckBox(this))
{
    m_edit->setObjectName(u"deadlineDateTime"_s);
    m_none->setObjectName(u"noDeadline"_s);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_edit->setDateTime(proposedDeadline());
    m_none->setChecked(true);
    // A label's mnemonic focuses this widget, which hands the focus on to
    // the field that can be changed; Tab goes to the fields themselves.
    setFocusPolicy(Qt::ClickFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_none);
    updateEnabled();

    connect(m_none, &QCheckBox::clicked, this, [this] {
        updateEnabled();
        // No deadline is done at once; a deadline is done once its day and time are confirmed.
        if (m_none->isChecked()) {
            Q_EMIT edited();
        } else {
            m_edit->setFocus(Qt::OtherFocusReason);
            m_edit->setSelectedSection(QDateTimeEdit::DaySection);
        }
    });
    // Opening the calendar takes the focus for a moment: that is not the end of the edit.
    connect(m_edit, &QDateTimeEdit::editingFinished, this, [this] {
        if (!QApplication::activePopupWidget())
            Q_EMIT edited();
    });
    // A day picked in the calendar is set on the field after the click.
    connect(m_edit->calendarWidget(), &QCalendarWidget::clicked, this, [this] { Q_EMIT edited(); },
            Qt::QueuedConnection);
    retranslateUi();
}

DeadlineEdit::~DeadlineEdit()
{
    // Leaving the field while being destroyed is no edit.
    m_edit->disconnect(this);
    m_edit->calendarWidget()->disconnect(this);
    m_none->disconnect(this);
}

qint64 DeadlineEdit::deadline() const
{
    if (m_none->isChecked())
        return 0;
    const qint64 shown = m_edit->dateTime().toSecsSinceEpoch();
    if (m_set > 0 && shown / 60 == m_set / 60)
        return m_set;
    return shown;
}

void DeadlineEdit::setDeadline(qint64 utcSecs)
{
    m_set = std::max<qint64>(0, utcSecs);
    m_none->setChecked(m_set == 0);
    m_edit->setDateTime(m_set > 0 ? QDateTime::fromSecsSinceEpoch(m_set).toLocalTime() : proposedDeadline());
    updateEnabled();
}

void DeadlineEdit::updateEnabled()
{
    m_edit->setEnabled(!m_none->isChecked());
}

void DeadlineEdit::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    (m_none->isChecked() ? static_cast<QWidget *>(m_none) : static_cast<QWidget *>(m_edit))->setFocus(event->reason());
}

void DeadlineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeadlineEdit::retranslateUi()
{
    m_none->setText(tr("No deadline"));
    m_edit->setAccessibleName(tr("Agreed deadline"));
    m_edit->setToolTip(tr("The date and time agreed with the client, in local time"));
}

} // namespace rapport
