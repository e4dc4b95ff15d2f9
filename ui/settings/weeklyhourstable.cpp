#include "weeklyhourstable.h"

#include "theme.h"
#include "workhourstext.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

WeeklyHoursTable::WeeklyHoursTable(QWidget *parent)
    : QTableWidget(7, 2, parent)
{
    setObjectName(u"calendarWeek"_s);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMinimumWidth(300);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedHeight(horizontalHeader()->sizeHint().height() + 7 * verticalHeader()->defaultSectionSize()
                   + 2 * frameWidth());
    for (int row = 0; row < 7; ++row) {
        setItem(row, 0, new QTableWidgetItem);
        auto *total = new QTableWidgetItem;
        total->setFlags(Qt::ItemIsEnabled);
        setItem(row, 1, total);
    }
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != 0)
            return;
        validate();
        Q_EMIT edited();
    });
    retranslate();
}

void WeeklyHoursTable::setCalendar(const BusinessCalendar &calendar)
{
    m_filling = true;
    for (int wd = 1; wd <= 7; ++wd)
        item(wd - 1, 0)->setText(WorkHoursText::format(calendar.intervals(wd)));
    m_filling = false;
    validate();
}

Result<QList<WorkInterval>> WeeklyHoursTable::intervals(int weekday) const
{
    const auto parsed = WorkHoursText::parse(item(weekday - 1, 0)->text());
    if (!parsed)
        return fail(u"%1: %2"_s.arg(QLocale().standaloneDayName(weekday), parsed.error()));
    return *parsed;
}

void WeeklyHoursTable::validate()
{
    const QColor errorText = statusColor(StatusTone::Bad, palette());
    const QColor errorFill = statusBackground(StatusTone::Bad, palette());
    m_filling = true;
    for (int row = 0; row < 7; ++row) {
        QTableWidgetItem *hours = item(row, 0);
        QTableWidgetItem *total = item(row, 1);
        const auto parsed = WorkHoursText::parse(hours->text());
        hours->setBackground(parsed ? QBrush() : QBrush(errorFill));
        hours->setToolTip(parsed ? tr("Working hours, e.g. 09:00–18:00 or 09:00–13:00, 14:00–18:00; empty for a day off")
                                 : parsed.error());
        if (!parsed) {
            total->setText(tr("invalid"));
            total->setForeground(errorText);
            continue;
        }
        int minutes = 0;
        for (const WorkInterval &i : *parsed)
            minutes += i.endMinute - i.startMinute;
        total->setForeground(QBrush());
        total->setText(minutes == 0 ? tr("day off")
                                    : minutes % 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                                   : tr("%1 h").arg(minutes / 60));
    }
    m_filling = false;
}

void WeeklyHoursTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Hours"), tr("Total")});
    const QLocale locale;
    for (int wd = 1; wd <= 7; ++wd)
        setVerticalHeaderItem(wd - 1, new QTableWidgetItem(locale.standaloneDayName(wd)));
    validate();
}

} // namespace rapport
