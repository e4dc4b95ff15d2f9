#include "tickettimepanel.h"

#include "appsession.h"
#include "domain/clock.h"
#include "storage/ticketrepository.h"
#include "theme.h"
#include "ticketlabels.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

TicketTimePanel::TicketTimePanel(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_total(new QLabel(this))
    , m_day(new QDateEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_billable(new QCheckBox(this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_list->setObjectName(u"timeEntries"_s);
    m_minutes->setObjectName(u"timeMinutes"_s);
    m_day->setObjectName(u"timeDay"_s);
    m_billable->setObjectName(u"timeBillable"_s);
    m_note->setObjectName(u"timeNote"_s);
    m_add->setObjectName(u"timeAdd"_s);
    m_total->setObjectName(u"timeTotal"_s);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(5);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_day->setCalendarPopup(true);
    m_day->setDate(QDateTime::fromSecsSinceEpoch(Clock::nowSecs()).toLocalTime().date());
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(30);
    m_billable->setChecked(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, statusColor(StatusTone::Bad, pal));
    m_error->setPalette(pal);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *row = new QGridLayout;
    row->addWidget(m_day, 0, 0);
    row->addWidget(m_minutes, 0, 1);
    row->addWidget(m_billable, 0, 2);
    row->addWidget(m_add, 0, 3);
    row->addWidget(m_note, 1, 0, 1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_total);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &TicketTimePanel::add);
    connect(m_note, &QLineEdit::returnPressed, this, &TicketTimePanel::add);
    retranslateUi();
}

void TicketTimePanel::setTicket(TicketId id, const QList<TimeEntry> &entries)
{
    m_ticketId = id;
    m_entries = entries;
    render();
}

void TicketTimePanel::render()
{
    m_list->clear();
    int total = 0;
    int billable = 0;
    const QLocale locale;
    for (const TimeEntry &e : m_entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(e.day, QLocale::ShortFormat));
        item->setText(1, e.userName);
        item->setText(2, TicketLabels::duration(qint64(e.minutes) * 60));
        item->setText(3, e.billable ? tr("billable") : tr("not billable"));
        item->setText(4, e.note);
        total += e.minutes;
        if (e.billable)
            billable += e.minutes;
    }
    m_total->setText(m_entries.isEmpty() ? tr("No time logged yet.")
                                         : tr("Total %1, billable %2.")
                                               .arg(TicketLabels::duration(qint64(total) * 60),
                                                    TicketLabels::duration(qint64(billable) * 60)));
}

void TicketTimePanel::add()
{
    m_error->hide();
    TimeEntry e;
    e.ticketId = m_ticketId;
    e.userId = m_session->currentUser().id;
    e.day = m_day->date();
    e.minutes = m_minutes->value();
    e.billable = m_billable->isChecked();
    e.note = m_note->text().trimmed();
    const auto added = TicketRepository(m_session->database()).addTime(e);
    if (!added) {
        m_error->setText(added.error());
        m_error->show();
        return;
    }
    m_note->clear();
    Q_EMIT changed();
}

void TicketTimePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TicketTimePanel::retranslateUi()
{
    m_list->setHeaderLabels({tr("Date"), tr("Staff"), tr("Time"), tr("Billing"), tr("Note")});
    m_list->setAccessibleName(tr("Time logged"));
    m_day->setAccessibleName(tr("Day worked"));
    m_minutes->setAccessibleName(tr("Minutes worked"));
    m_note->setAccessibleName(tr("What was done"));
    m_minutes->setSuffix(tr(" min"));
    m_billable->setText(tr("Billable"));
    m_note->setPlaceholderText(tr("What was done (goes into the act)"));
    m_add->setText(tr("&Log Time"));
    render();
}

} // namespace rapport
