#include "calendardaystable.h"

#include "theme.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

CalendarDaysTable::CalendarDaysTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setObjectName(u"calendarDays"_s);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setMinimumHeight(160);
    retranslate();
}

void CalendarDaysTable::setCalendar(const BusinessCalendar &calendar)
{
    m_calendar = calendar;
    struct Row
    {
        QDate date;
        bool workday;
        QString name;
    };
    QList<Row> rows;
    for (auto it = calendar.holidays().cbegin(); it != calendar.holidays().cend(); ++it)
        rows.append({it.key(), false, it.value()});
    for (auto it = calendar.transferredWorkdays().cbegin(); it != calendar.transferredWorkdays().cend(); ++it)
        rows.append({it.key(), true, it.value()});
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.date < b.date; });
    const QLocale locale;
    clearSelection();
    setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        auto *date = new QTableWidgetItem(locale.toString(r.date, u"ddd, "_s + locale.dateFormat(QLocale::ShortFormat)));
        date->setData(Qt::UserRole, r.date);
        setItem(i, 0, date);
        auto *kind = new QTableWidgetItem(r.workday ? tr("Working day (transferred)") : tr("Holiday"));
        if (r.workday)
            kind->setForeground(statusColor(StatusTone::Good, palette()));
        setItem(i, 1, kind);
        setItem(i, 2, new QTableWidgetItem(r.name));
    }
}

QList<QDate> CalendarDaysTable::selectedDates() const
{
    QList<QDate> dates;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        dates.append(item(index.row(), 0)->data(Qt::UserRole).toDate());
    return dates;
}

void CalendarDaysTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    setCalendar(m_calendar);
}

} // namespace rapport
