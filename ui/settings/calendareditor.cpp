#include "calendareditor.h"

#include "appsession.h"
#include "calendardaystable.h"
#include "calendar/holidayimport.h"
#include "storage/calendarrepository.h"
#include "storage/ticketrepository.h"
#include "theme.h"
#include "weeklyhourstable.h"
#include "widgets/backgroundtask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

CalendarEditor::CalendarEditor(AppSession *session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_calendarLabel(new QLabel(this))
    , m_calendars(new QComboBox(this))
    , m_newCalendar(new QPushButton(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new QComboBox(this))
    , m_alwaysOpen(new QCheckBox(this))
    , m_weekLabel(new QLabel(this))
    , m_week(new WeeklyHoursTable(this))
    , m_transferLabel(new QLabel(this))
    , m_transferWeekday(new QComboBox(this))
    , m_checkedLabel(new QLabel(this))
    , m_checkedYear(new QSpinBox(this))
    , m_daysLabel(new QLabel(this))
    , m_days(new CalendarDaysTable(this))
    , m_dayDate(new QDateEdit(this))
    , m_dayKind(new QComboBox(this))
    , m_dayName(new QLineEdit(this))
    , m_addDay(new QPushButton(this))
    , m_removeDay(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_revert(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    setObjectName(u"calendarEditor"_s);
    m_calendars->setObjectName(u"calendarCombo"_s);
    m_zone->setObjectName(u"calendarZone"_s);
    m_alwaysOpen->setObjectName(u"calendarAlwaysOpen"_s);
    m_dayDate->setObjectName(u"calendarDayDate"_s);
    m_dayKind->setObjectName(u"calendarDayKind"_s);
    m_dayName->setObjectName(u"calendarDayName"_s);
    m_addDay->setObjectName(u"calendarAddDay"_s);
    m_removeDay->setObjectName(u"calendarRemoveDay"_s);
    m_import->setObjectName(u"calendarImport"_s);
    m_status->setObjectName(u"calendarStatus"_s);
    m_save->setObjectName(u"calendarSave"_s);
    m_revert->setObjectName(u"calendarRevert"_s);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);

    m_calendars->setMinimumContentsLength(14);
    m_calendarLabel->setBuddy(m_calendars);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setMinimumContentsLength(18);
    m_zoneLabel->setBuddy(m_zone);

    m_weekLabel->setBuddy(m_week);
    m_transferLabel->setBuddy(m_transferWeekday);
    m_checkedYear->setRange(0, 2100);
    m_checkedYear->setSpecialValueText(u"—"_s);
    m_checkedLabel->setBuddy(m_checkedYear);

    m_daysLabel->setBuddy(m_days);
    m_dayDate->setCalendarPopup(true);
    m_dayDate->setDate(QDate::currentDate());
    m_dayName->setMinimumWidth(120);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_calendarLabel);
    top->addWidget(m_calendars);
    top->addWidget(m_newCalendar);
    top->addSpacing(16);
    top->addWidget(m_zoneLabel);
    top->addWidget(m_zone);
    top->addSpacing(16);
    top->addWidget(m_alwaysOpen);
    top->addStretch(1);

    auto *weekOptions = new QGridLayout;
    weekOptions->addWidget(m_transferLabel, 0, 0);
    weekOptions->addWidget(m_transferWeekday, 0, 1);
    weekOptions->addWidget(m_checkedLabel, 1, 0);
    weekOptions->addWidget(m_checkedYear, 1, 1);
    weekOptions->setColumnStretch(2, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_weekLabel);
    left->addWidget(m_week);
    left->addLayout(weekOptions);
    left->addStretch(1);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_dayDate);
    addRow->addWidget(m_dayKind);
    addRow->addWidget(m_dayName, 1);
    addRow->addWidget(m_addDay);
    auto *dayButtons = new QHBoxLayout;
    dayButtons->addWidget(m_removeDay);
    dayButtons->addStretch(1);
    dayButtons->addWidget(m_import);
    auto *right = new QVBoxLayout;
    right->addWidget(m_daysLabel);
    right->addWidget(m_days, 1);
    right->addLayout(addRow);
    right->addLayout(dayButtons);

    auto *middle = new QHBoxLayout;
    middle->addLayout(left, 2);
    middle->addSpacing(12);
    middle->addLayout(right, 3);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addLayout(bottom);

    connect(m_calendars, &QComboBox::activated, this, [this] {
        const QString name = m_calendars->currentText();
        if (name == m_loadedName)
            return;
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(m_calendars);
            m_calendars->setCurrentIndex(m_calendars->findText(m_loadedName));
            return;
        }
        load(name);
    });
    connect(m_zone, &QComboBox::currentTextChanged, this, [this] {
        if (!m_rendering)
            setModified(true);
    });
    connect(m_alwaysOpen, &QCheckBox::toggled, this, [this](bool on) {
        m_week->setEnabled(!on);
        m_transferWeekday->setEnabled(!on);
        if (!m_rendering)
            setModified(true);
    });
    connect(m_week, &WeeklyHoursTable::edited, this, [this] { setModified(true); });
    connect(m_transferWeekday, &QComboBox::activated, this, [this] { setModified(true); });
    connect(m_checkedYear, &QSpinBox::valueChanged, this, [this] {
        if (!m_rendering)
            setModified(true);
    });
    connect(m_addDay, &QPushButton::clicked, this, &CalendarEditor::addDay);
    connect(m_dayName, &QLineEdit::returnPressed, this, &CalendarEditor::addDay);
    connect(m_removeDay, &QPushButton::clicked, this, &CalendarEditor::removeDays);
    connect(m_days, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeDay->setEnabled(!m_days->selectedItems().isEmpty()); });
    connect(m_import, &QPushButton::clicked, this, &CalendarEditor::chooseImport);
    connect(m_newCalendar, &QPushButton::clicked, this, &CalendarEditor::newCalendar);
    connect(m_revert, &QPushButton::clicked, this, [this] { load(m_loadedName); });
    connect(m_save, &QPushButton::clicked, this, &CalendarEditor::save);
    connect(m_session, &AppSession::databaseChanged, this, &CalendarEditor::reloadList);

    retranslateUi();
    reloadList();
}

QString CalendarEditor::currentCalendar() const
{
    return m_loadedName;
}

bool CalendarEditor::selectCalendar(const QString &name)
{
    const int i = m_calendars->findText(name);
    if (i < 0)
        return false;
    m_calendars->setCurrentIndex(i);
    load(name);
    return true;
}

void CalendarEditor::reloadList()
{
    const QSignalBlocker blocker(m_calendars);
    const QString keep = m_loadedName;
    m_calendars->clear();
    if (!m_session->hasDatabase())
        return;
    for (const CalendarInfo &info : CalendarRepository(m_session->database()).list())
        m_calendars->addItem(info.name);
    int i = m_calendars->findText(keep);
    if (i < 0)
        i = std::max(0, m_calendars->findText(u"kz-standard"_s));
    m_calendars->setCurrentIndex(i);
    if (m_calendars->count() > 0)
        load(m_calendars->currentText());
}

void CalendarEditor::load(const QString &name)
{
    auto loaded = CalendarRepository(m_session->database()).load(name);
    if (!loaded) {
        showStatus(loaded.error(), true);
        return;
    }
    m_calendar = *loaded;
    m_loadedName = name;
    m_rendering = true;
    m_zone->setCurrentText(QString::fromLatin1(m_calendar.timeZoneId()));
    m_alwaysOpen->setChecked(m_calendar.is24x7());
    m_week->setEnabled(!m_calendar.is24x7());
    m_transferWeekday->setEnabled(!m_calendar.is24x7());
    m_transferWeekday->setCurrentIndex(m_calendar.transferScheduleWeekday() - 1);
    m_checkedYear->setValue(m_calendar.checkedForYear());
    m_rendering = false;
    m_week->setCalendar(m_calendar);
    renderDays();
    setModified(false);
    showStatus(QString(), false);
}

void CalendarEditor::renderDays()
{
    m_days->setCalendar(m_calendar);
    m_removeDay->setEnabled(false);
    m_daysLabel->setText(tr("&Holidays and transferred working days (%1):")
                             .arg(m_calendar.holidays().size() + m_calendar.transferredWorkdays().size()));
}

void CalendarEditor::addDay()
{
    const QDate date = m_dayDate->date();
    const QString name = m_dayName->text().trimmed();
    if (m_dayKind->currentIndex() == 1)
        m_calendar.addTransferredWorkday(date, name);
    else
        m_calendar.addHoliday(date, name);
    m_dayName->clear();
    renderDays();
    setModified(true);
}

void CalendarEditor::removeDays()
{
    const QList<QDate> dates = m_days->selectedDates();
    for (const QDate &date : dates)
        m_calendar.removeDay(date);
    if (!dates.isEmpty()) {
        renderDays();
        setModified(true);
    }
}

Result<int> CalendarEditor::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray data = file.readAll();
    const bool ics = QFileInfo(path).suffix().compare(u"ics"_s, Qt::CaseInsensitive) == 0
        || data.trimmed().startsWith("BEGIN:VCALENDAR");
    const auto days = ics ? parseHolidaysIcs(data) : parseHolidaysCsv(data);
    if (!days)
        return fail(days.error());
    applyDays(m_calendar, *days);
    renderDays();
    setModified(true);
    return int(days->size());
}

void CalendarEditor::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Holidays"), QString(),
                                                      tr("Holiday files (*.ics *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto imported = importFile(path);
    if (!imported)
        showStatus(tr("Nothing imported: %1").arg(imported.error()), true);
    else
        showStatus(tr("Days imported: %1. Check them and save.").arg(*imported), false);
}

void CalendarEditor::newCalendar()
{
    if (!confirmDiscard())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Calendar"), tr("Name of the new calendar:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_calendars->findText(name) >= 0) {
        showStatus(tr("A calendar named “%1” already exists.").arg(name), true);
        return;
    }
    // A new calendar starts as a copy of the one shown, under its own name.
    m_calendar.setName(name);
    m_loadedName = name;
    {
        const QSignalBlocker blocker(m_calendars);
        m_calendars->addItem(name);
        m_calendars->setCurrentIndex(m_calendars->count() - 1);
    }
    setModified(true);
    showStatus(tr("Adjust the new calendar and save it."), false);
}

Result<BusinessCalendar> CalendarEditor::editedCalendar() const
{
    BusinessCalendar c = m_calendar;
    c.setName(m_loadedName);
    c.setTimeZoneId(m_zone->currentText().trimmed().toLatin1());
    c.set24x7(m_alwaysOpen->isChecked());
    c.setTransferScheduleWeekday(m_transferWeekday->currentIndex() + 1);
    c.setCheckedForYear(m_checkedYear->value());
    for (int wd = 1; wd <= 7; ++wd) {
        const auto parsed = m_week->intervals(wd);
        if (!parsed)
            return fail(parsed.error());
        c.setIntervals(wd, *parsed);
    }
    if (Status s = c.validate(); !s)
        return fail(s.error());
    return c;
}

void CalendarEditor::save()
{
    const auto edited = editedCalendar();
    if (!edited) {
        showStatus(edited.error(), true);
        Q_EMIT saveFailed(edited.error());
        return;
    }
    if (auto stored = CalendarRepository(m_session->database()).save(*edited); !stored) {
        showStatus(stored.error(), true);
        Q_EMIT saveFailed(stored.error());
        return;
    }
    m_calendar = *edited;
    setModified(false);
    reloadList();
    showStatus(tr("Saved. Recomputing the SLA of open tickets…"), false);
    // Due times of open tickets depend on the calendar: recompute them off the GUI thread.
    auto count = std::make_shared<int>(0);
    BackgroundTask::run(
        window(), m_session->database(), tr("Recomputing the SLA of open tickets…"),
        [count](const Database &db, const BackgroundTask::Progress &, const std::atomic_bool &cancel) -> Status {
            auto n = TicketRepository(db).recomputeOpen(&cancel);
            if (!n)
                return fail(n.error());
            *count = *n;
            return {};
        },
        [this, count](const Status &status) {
            if (!status) {
                showStatus(tr("Saved, but the open tickets were not recomputed: %1").arg(status.error()), true);
                Q_EMIT saveFailed(status.error());
                return;
            }
            showStatus(tr("Saved; open tickets recomputed: %1.").arg(*count), false);
            m_session->notifyDataChanged();
            Q_EMIT saved(*count);
        });
}

bool CalendarEditor::confirmDiscard()
{
    if (!m_modified)
        return true;
    return QMessageBox::question(this, tr("Business Calendars"),
                                 tr("Discard the unsaved changes to calendar “%1”?").arg(m_loadedName))
        == QMessageBox::Yes;
}

void CalendarEditor::setModified(bool modified)
{
    m_modified = modified;
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
}

void CalendarEditor::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, statusColor(StatusTone::Bad, pal));
    m_status->setPalette(pal);
}

void CalendarEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void CalendarEditor::retranslateUi()
{
    setTitle(tr("Business Calendars"));
    m_intro->setText(tr("SLA due times count working hours only. Holidays and transferred working days change "
                        "by yearly decree in Kazakhstan and Russia: import or enter them here."));
    m_calendarLabel->setText(tr("&Calendar:"));
    m_newCalendar->setText(tr("&New…"));
    m_zoneLabel->setText(tr("&Time zone:"));
    m_alwaysOpen->setText(tr("Always open (24/7)"));
    m_weekLabel->setText(tr("&Working hours per weekday:"));
    m_transferLabel->setText(tr("Transferred working days follow:"));
    m_checkedLabel->setText(tr("Holidays checked for year:"));
    m_dayName->setPlaceholderText(tr("Name, e.g. Nauryz"));
    m_week->setAccessibleName(tr("Working hours per weekday"));
    m_days->setAccessibleName(tr("Holidays and transferred working days"));
    m_dayDate->setAccessibleName(tr("Date of the day to add"));
    m_dayKind->setAccessibleName(tr("Kind of the day to add"));
    m_dayName->setAccessibleName(tr("Name of the day to add"));
    m_addDay->setText(tr("&Add"));
    m_removeDay->setText(tr("&Remove"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add holidays and transferred working days from an ICS file or a CSV file "
                            "with date,kind,name rows"));
    m_revert->setText(tr("Re&vert"));
    m_save->setText(tr("&Save Calendar"));
    const QLocale locale;
    {
        const QSignalBlocker blocker(m_transferWeekday);
        const int current = std::max(0, m_transferWeekday->currentIndex());
        m_transferWeekday->clear();
        for (int wd = 1; wd <= 7; ++wd)
            m_transferWeekday->addItem(tr("the %1 schedule").arg(locale.standaloneDayName(wd)));
        m_transferWeekday->setCurrentIndex(current);
    }
    {
        const QSignalBlocker blocker(m_dayKind);
        const int current = std::max(0, m_dayKind->currentIndex());
        m_dayKind->clear();
        m_dayKind->addItem(tr("Holiday"));
        m_dayKind->addItem(tr("Working day (transferred)"));
        m_dayKind->setCurrentIndex(current);
    }
    m_week->retranslate();
    m_days->retranslate();
    renderDays();
}

} // namespace rapport
