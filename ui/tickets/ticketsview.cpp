#include "ticketsview.h"

#include "appsession.h"
#include "newticketdialog.h"
#include "ticketdialog.h"
#include "tickettablemodel.h"
#include "views/viewfactory.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

TicketsView::TicketsView(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_filters(new QButtonGroup(this))
    , m_category(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_newTicket(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_model(new TicketTableModel(this))
{
    m_title->setObjectName(u"viewTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    static const char *const names[FilterCount] = {"filterAllOpen",  "filterMine",         "filterAtRisk",
                                                   "filterBreached", "filterPastDeadline", "filterWaiting",
                                                   "filterUnassigned", "filterAll"};
    for (int i = 0; i < FilterCount; ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(names[i]));
        button->setCheckable(true);
        button->setProperty("quickFilter", true);
        m_filters->addButton(button, i);
        filterRow->addWidget(button);
    }
    // Quick filters read as pills; the chosen one is filled.
    setStyleSheet(u"QPushButton[quickFilter=\"true\"] { padding: 4px 10px; border: 1px solid palette(mid); "
                  "border-radius: 13px; background: palette(base); }"
                  "QPushButton[quickFilter=\"true\"]:hover { border-color: #8fb3e8; }"
                  "QPushButton[quickFilter=\"true\"]:checked { background: #2f6fd6; color: white; "
                  "border-color: #2f6fd6; }"_s);
    m_filters->setExclusive(true);
    m_filters->button(AllOpen)->setChecked(true);
    m_category->setObjectName(u"ticketCategoryFilter"_s);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->setMinimumContentsLength(14);
    filterRow->addStretch(1);

    m_search->setObjectName(u"ticketSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    m_newTicket->setObjectName(u"newTicketButton"_s);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_title);
    topRow->addStretch(1);
    // The category filter sits with the search: the quick filters below fit
    // 1280 px in every language.
    topRow->addWidget(m_category);
    topRow->addWidget(m_search);
    topRow->addWidget(m_newTicket);

    m_model->setDatabase(session->database());
    m_table->setObjectName(u"ticketTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TicketTableModel::SubjectColumn, QHeaderView::Stretch);
    // The subject takes what the other columns leave: kept narrow enough that
    // it still reads at 1280 px with the category and agreed deadline shown.
    header->resizeSection(TicketTableModel::NumberColumn, 56);
    header->resizeSection(TicketTableModel::CreatedColumn, 110);
    header->resizeSection(TicketTableModel::ClientColumn, 140);
    header->resizeSection(TicketTableModel::CategoryColumn, 100);
    header->resizeSection(TicketTableModel::StatusColumn, 110);
    header->resizeSection(TicketTableModel::PriorityColumn, 70);
    header->resizeSection(TicketTableModel::AssigneeColumn, 120);
    header->resizeSection(TicketTableModel::DeadlineColumn, 115);
    header->resizeSection(TicketTableModel::SlaColumn, 160);
    header->setMinimumSectionSize(40);

    m_count->setObjectName(u"ticketCount"_s);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPalette pal = m_count->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_count->setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilters(); // the clear button
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilters();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &TicketsView::applyFilters);
    connect(m_filters, &QButtonGroup::idClicked, this, &TicketsView::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &TicketsView::applyFilters);
    connect(m_newTicket, &QPushButton::clicked, this, [this] { NewTicketDialog::showNew(m_session, window()); });
    connect(m_table, &QAbstractItemView::activated, this, &TicketsView::openTicket);
    connect(m_model, &TicketTableModel::loadedChanged, this, &TicketsView::updateCount);
    connect(m_session, &AppSession::databaseChanged, this, [this] {
        m_model->setDatabase(m_session->database());
        fillCategories();
        applyFilters();
    });
    connect(m_session, &AppSession::dataChanged, this, [this] {
        fillCategories(); // a category may have been added or dropped
        // Reload, keeping the chosen ticket chosen when it is still in the first page.
        const TicketId current = m_model->ticketId(m_table->currentIndex().row());
        m_model->reload();
        for (int row = 0; current.isValid() && row < m_model->rowCount(); ++row) {
            if (m_model->ticketId(row) == current) {
                m_table->setCurrentIndex(m_model->index(row, TicketTableModel::SubjectColumn));
                break;
            }
        }
    });
    connect(m_session, &AppSession::currentUserChanged, this, [this] {
        if (filter() == Mine)
            applyFilters();
    });

    fillCategories();
    retranslateUi();
    applyFilters();
}

TicketsView::Filter TicketsView::filter() const
{
    return Filter(std::max(0, m_filters->checkedId()));
}

void TicketsView::setFilter(Filter filter)
{
    m_filters->button(filter)->setChecked(true);
    applyFilters();
}

QString TicketsView::category() const
{
    return m_category->currentIndex() > 0 ? m_category->currentData().toString() : QString();
}

void TicketsView::setCategory(const QString &category)
{
    {
        const QSignalBlocker blocker(m_category);
        int i = category.isEmpty() ? 0 : m_category->findData(category);
        if (i < 0) {
            m_category->addItem(category, category);
            i = m_category->count() - 1;
        }
        m_category->setCurrentIndex(i);
    }
    applyFilters();
}

void TicketsView::fillCategories()
{
    const QString chosen = category();
    QStringList categories =
        m_session->hasDatabase() ? TicketRepository(m_session->database()).categories() : QStringList();
    // The chosen one stays, even when no ticket has it any more.
    if (!chosen.isEmpty() && !categories.contains(chosen))
        categories.append(chosen);
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : std::as_const(categories))
        m_category->addItem(c, c);
    m_category->setCurrentIndex(chosen.isEmpty() ? 0 : std::max(0, m_category->findData(chosen)));
}

void TicketsView::applyFilters()
{
    if (!m_session->hasDatabase())
        return;
    TicketQuery q;
    q.search = m_search->text().trimmed();
    q.category = category();
    q.openOnly = true;
    const UserId me = m_session->currentUser().id;
    switch (filter()) {
    case AllOpen:
        break;
    case Mine: {
        // Mine: tickets I own (account manager) or am assigned to (specialist).
        TicketQuery owned = q;
        owned.owner = me.isValid() ? me : UserId(std::numeric_limits<qint64>::max()); // nobody: matches nothing
        TicketQuery assigned = q;
        assigned.assignee = owned.owner;
        TicketQuery both = owned;
        both.assignee = owned.owner;
        m_model->setUnion(owned, assigned, both);
        return;
    }
    case AtRisk:
        q.atRisk = true;
        break;
    case Breached:
        q.breached = true;
        break;
    case PastDeadline:
        q.pastAgreedDeadline = true;
        break;
    case WaitingOnClient:
        q.waitingOnClient = true;
        break;
    case Unassigned:
        q.unassigned = true;
        break;
    case All:
    case FilterCount:
        q.openOnly = false;
        break;
    }
    m_model->setQuery(q);
}

void TicketsView::updateCount()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const int total = m_model->totalCount();
    if (total < 0)
        m_count->setText(tr("%1 loaded, counting…").arg(locale.toString(loaded)));
    else if (total == 0)
        m_count->setText(m_search->text().trimmed().isEmpty() ? tr("No tickets here.")
                                                               : tr("No tickets match the search."));
    else
        m_count->setText(tr("%1 of %2 tickets loaded").arg(locale.toString(loaded), locale.toString(total)));
}

void TicketsView::openTicket(const QModelIndex &index)
{
    const TicketId id = m_model->ticketId(index.row());
    if (id.isValid())
        TicketDialog::showTicket(m_session, id, window());
}

void TicketsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TicketsView::retranslateUi()
{
    m_title->setText(viewTitle(u"tickets"_s));
    m_search->setAccessibleName(tr("Search tickets"));
    m_category->setAccessibleName(tr("Category"));
    m_table->setAccessibleName(tr("Tickets"));
    m_filters->button(AllOpen)->setText(tr("All open"));
    m_filters->button(Mine)->setText(tr("Mine"));
    m_filters->button(AtRisk)->setText(tr("At risk"));
    m_filters->button(Breached)->setText(tr("Breached"));
    m_filters->button(PastDeadline)->setText(tr("Past agreed deadline"));
    m_filters->button(PastDeadline)->setToolTip(tr("Open tickets whose deadline agreed with the client has passed"));
    m_category->setItemText(0, tr("All categories"));
    m_category->setToolTip(tr("Only the tickets of one category"));
    m_filters->button(WaitingOnClient)->setText(tr("Waiting on client"));
    m_filters->button(Unassigned)->setText(tr("Unassigned"));
    m_filters->button(All)->setText(tr("All, including closed"));
    m_search->setPlaceholderText(tr("Search subject, client or number (Ctrl+F)"));
    m_newTicket->setText(tr("New Ticket…"));
    m_newTicket->setToolTip(tr("Record a request from a client (Ctrl+N)"));
    m_model->retranslate();
    updateCount();
}

} // namespace rapport
