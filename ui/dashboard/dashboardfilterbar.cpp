#include "dashboardfilterbar.h"

#include "storage/clientrepository.h"
#include "storage/userrepository.h"
#include "tickets/ticketlabels.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

constexpr int kAllManagers = -1;
constexpr int kNoManager = 0;
constexpr int kSuggestions = 12;

QDate quarterStart(QDate d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_periodLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_managerLabel(new QLabel(this))
    , m_manager(new QComboBox(this))
    , m_clientLabel(new QLabel(this))
    , m_client(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStandardItemModel(this))
    , m_priorityLabel(new QLabel(this))
    , m_priority(new QComboBox(this))
{
    m_preset->setObjectName(u"dashboardPreset"_s);
    m_from->setObjectName(u"dashboardFrom"_s);
    m_to->setObjectName(u"dashboardTo"_s);
    m_manager->setObjectName(u"dashboardManager"_s);
    m_client->setObjectName(u"dashboardClient"_s);
    m_priority->setObjectName(u"dashboardPriority"_s);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_manager->setMinimumContentsLength(10);
    m_manager->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_client->setClearButtonEnabled(true);
    m_client->setMinimumWidth(120);
    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kSuggestions);
    m_client->setCompleter(m_completer);
    m_periodLabel->setBuddy(m_preset);
    m_managerLabel->setBuddy(m_manager);
    m_clientLabel->setBuddy(m_client);
    m_priorityLabel->setBuddy(m_priority);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(u"–"_s, this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_managerLabel);
    layout->addWidget(m_manager, 1);
    layout->addSpacing(8);
    layout->addWidget(m_clientLabel);
    layout->addWidget(m_client, 1);
    layout->addSpacing(8);
    layout->addWidget(m_priorityLabel);
    layout->addWidget(m_priority);

    retranslateUi();
    m_preset->setCurrentIndex(ThisQuarter);
    applyPreset();

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        if (!m_updating)
            Q_EMIT filterChanged();
    });
    for (QDateEdit *edit : { m_from, m_to }) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            m_updating = true;
            m_preset->setCurrentIndex(Custom);
            m_updating = false;
            Q_EMIT filterChanged();
        });
    }
    connect(m_manager, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT filterChanged();
    });
    connect(m_priority, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT filterChanged();
    });
    connect(m_client, &QLineEdit::textEdited, this, &DashboardFilterBar::suggestClients);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &i) {
        m_clientId = ClientId(i.data(Qt::UserRole).toLongLong());
        Q_EMIT filterChanged();
    });
    connect(m_client, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_clientId.isValid()) {
            m_clientId = ClientId();
            Q_EMIT filterChanged();
        }
    });
}

void DashboardFilterBar::reload(const Database &db)
{
    m_db = db;
    const qint64 chosen = m_manager->currentData().toLongLong();
    m_updating = true;
    while (m_manager->count() > 2)
        m_manager->removeItem(2);
    if (db.isValid()) {
        for (const User &u : UserRepository(db).all()) {
            if (u.role == Role::AccountManager || u.role == Role::TeamLead)
                m_manager->addItem(u.name, u.id.value);
        }
    }
    const int index = m_manager->findData(chosen);
    m_manager->setCurrentIndex(index >= 0 ? index : 0);
    m_updating = false;
}

DashboardFilter DashboardFilterBar::filter() const
{
    DashboardFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    const qint64 manager = m_manager->currentData().toLongLong();
    f.withoutManager = manager == kNoManager;
    if (manager > 0)
        f.manager = UserId(manager);
    f.client = m_clientId;
    const QString priority = m_priority->currentData().toString();
    if (!priority.isEmpty())
        f.priority = priorityFromKey(priority).value();
    return f;
}

DashboardFilter DashboardFilterBar::previousFilter() const
{
    DashboardFilter f = filter();
    std::tie(f.from, f.to) = previousPeriod(preset(), f.from, f.to);
    return f;
}

std::pair<QDate, QDate> DashboardFilterBar::previousPeriod(Preset preset, QDate from, QDate to)
{
    const qint64 days = from.daysTo(to);
    QDate start;
    QDate limit; // the end of the previous month, quarter or year
    switch (preset) {
    case ThisMonth:
        start = from.addMonths(-1);
        limit = from.addDays(-1);
        break;
    case ThisQuarter:
        start = from.addMonths(-3);
        limit = from.addDays(-1);
        break;
    case ThisYear:
        start = from.addYears(-1);
        limit = from.addDays(-1);
        break;
    case Custom: return { from.addDays(-days - 1), from.addDays(-1) };
    }
    return { start, std::min(start.addDays(days), limit) };
}

DashboardFilterBar::Preset DashboardFilterBar::preset() const
{
    return Preset(std::clamp(m_preset->currentIndex(), 0, int(Custom)));
}

void DashboardFilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(preset);
}

void DashboardFilterBar::setPeriod(QDate from, QDate to)
{
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_preset->setCurrentIndex(Custom);
    m_updating = false;
    Q_EMIT filterChanged();
}

void DashboardFilterBar::setManager(UserId manager)
{
    const int index = m_manager->findData(manager.value);
    if (index >= 0)
        m_manager->setCurrentIndex(index);
}

void DashboardFilterBar::setToday(QDate today)
{
    m_today = today;
    if (preset() != Custom) {
        m_updating = true;
        applyPreset();
        m_updating = false;
    }
}

void DashboardFilterBar::applyPreset()
{
    if (preset() == Custom)
        return;
    QDate from;
    switch (preset()) {
    case ThisMonth: from = QDate(m_today.year(), m_today.month(), 1); break;
    case ThisQuarter: from = quarterStart(m_today); break;
    case ThisYear: from = QDate(m_today.year(), 1, 1); break;
    case Custom: break;
    }
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(m_today);
    m_updating = wasUpdating;
}

void DashboardFilterBar::suggestClients(const QString &text)
{
    m_suggestions->clear();
    if (text.trimmed().isEmpty() || !m_db.isValid())
        return;
    ClientQuery q;
    q.search = text.trimmed();
    q.limit = kSuggestions;
    for (const ClientListRow &row : ClientRepository(m_db).list(q)) {
        auto *item = new QStandardItem(row.shortName.isEmpty() ? row.legalName : row.shortName);
        item->setData(row.id.value, Qt::UserRole);
        item->setToolTip(row.legalName);
        m_suggestions->appendRow(item);
    }
}

void DashboardFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardFilterBar::retranslateUi()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_periodLabel->setText(tr("&Period:"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    const int preset = m_preset->currentIndex();
    m_preset->clear();
    m_preset->addItems({ tr("This month"), tr("This quarter"), tr("This year"), tr("Custom dates") });
    m_preset->setCurrentIndex(preset);
    m_preset->setToolTip(tr("Tickets are counted by the day they were created, in the reporting time zone."));
    m_managerLabel->setText(tr("&Manager:"));
    if (m_manager->count() == 0) {
        m_manager->addItem(QString(), kAllManagers);
        m_manager->addItem(QString(), kNoManager);
    }
    m_manager->setItemText(0, tr("All account managers"));
    m_manager->setItemText(1, tr("Clients without a manager"));
    m_clientLabel->setText(tr("C&lient:"));
    m_client->setPlaceholderText(tr("All clients"));
    m_priorityLabel->setText(tr("P&riority:"));
    const QString priority = m_priority->currentData().toString();
    m_priority->clear();
    m_priority->addItem(tr("All priorities"), QString());
    for (Priority p : TicketLabels::priorities())
        m_priority->addItem(TicketLabels::priority(p), priorityKey(p));
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(priority)));
    m_updating = wasUpdating;
}

} // namespace rapport
