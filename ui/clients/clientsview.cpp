#include "clientsview.h"

#include "appsession.h"
#include "clientcarddialog.h"
#include "clientimportwizard.h"
#include "clientlabels.h"
#include "clienttablemodel.h"
#include "storage/billingsettings.h"
#include "storage/userrepository.h"
#include "theme.h"
#include "views/viewfactory.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Draws the completeness percent as a thin bar under the number: red while
// the card lacks much, amber when nearly done, green when complete.
class CompletenessDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int percent = std::clamp(index.data(ClientTableModel::CompletenessRole).toInt(), 0, 100);
        const QRect track = option.rect.adjusted(6, option.rect.height() - 6, -6, -3);
        const QColor fill = statusAccent(percent >= 100 ? StatusTone::Good
                                             : percent >= 70 ? StatusTone::Warning
                                                             : StatusTone::Bad,
                                         option.palette);
        // The track: the text colour, faint, so that it shows on a light and a dark base.
        QColor trackColor = option.palette.color(QPalette::Text);
        trackColor.setAlpha(isDark(option.palette) ? 60 : 28);
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(trackColor);
        painter->drawRect(track);
        painter->setBrush(fill);
        painter->drawRect(QRect(track.topLeft(), QSize(track.width() * percent / 100, track.height())));
        painter->restore();
    }
};

constexpr int kSearchDelayMs = 250;

} // namespace

ClientsView::ClientsView(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ClientTableModel(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_managerLabel(new QLabel(this))
    , m_manager(new QComboBox(this))
    , m_hoursLabel(new QLabel(this))
    , m_hours(new QComboBox(this))
    , m_new(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_archive(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_findAction(new QAction(this))
{
    m_title->setObjectName(u"viewTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);

    m_search->setObjectName(u"clientSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_status->setObjectName(u"clientStatusFilter"_s);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_manager->setObjectName(u"clientManagerFilter"_s);
    m_manager->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_manager->setMinimumContentsLength(16);
    m_hours->setObjectName(u"clientHoursFilter"_s);
    m_hours->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusLabel->setBuddy(m_status);
    m_managerLabel->setBuddy(m_manager);
    m_hoursLabel->setBuddy(m_hours);
    m_new->setObjectName(u"clientNew"_s);
    m_import->setObjectName(u"clientImport"_s);
    m_archive->setObjectName(u"clientArchive"_s);
    m_counts->setObjectName(u"clientCounts"_s);
    m_counts->setForegroundRole(QPalette::PlaceholderText);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);

    m_table->setObjectName(u"clientTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ClientTableModel::CompletenessColumn, new CompletenessDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientTableModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ClientTableModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(ClientTableModel::ShortNameColumn, 180);
    header->resizeSection(ClientTableModel::TaxIdColumn, 130);
    header->resizeSection(ClientTableModel::StatusColumn, 120);
    header->resizeSection(ClientTableModel::ManagerColumn, 200);
    header->resizeSection(ClientTableModel::CompletenessColumn, 120);
    header->resizeSection(ClientTableModel::HoursColumn, 90);
    m_table->installEventFilter(this);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 2);
    filters->addSpacing(8);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(m_managerLabel);
    filters->addWidget(m_manager);
    filters->addSpacing(8);
    filters->addWidget(m_hoursLabel);
    filters->addWidget(m_hours);
    filters->addStretch(1);

    // The actions beside the title, the filters below: both fit 1280 px in
    // every language.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_new);
    titleRow->addWidget(m_import);
    titleRow->addWidget(m_archive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);

    m_findAction->setShortcut(QKeySequence::Find);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addAction(newAction);
    connect(newAction, &QAction::triggered, m_new, &QPushButton::click);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ClientsView::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilters();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &ClientsView::applyFilters);
    connect(m_manager, &QComboBox::currentIndexChanged, this, &ClientsView::applyFilters);
    connect(m_hours, &QComboBox::currentIndexChanged, this, &ClientsView::applyFilters);
    connect(m_new, &QPushButton::clicked, this, [this] { openCard(ClientId()); });
    connect(m_import, &QPushButton::clicked, this, &ClientsView::openImport);
    connect(m_archive, &QPushButton::clicked, this, &ClientsView::archiveSelected);
    connect(m_table, &QTableView::doubleClicked, this,
        [this](const QModelIndex &index) { openCard(ClientTableModel::clientId(index)); });
    connect(m_model, &ClientTableModel::loadedChanged, this, &ClientsView::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClientsView::updateActions);
    connect(m_session, &AppSession::databaseChanged, this, &ClientsView::reloadAll);
    connect(m_session, &AppSession::dataChanged, this, &ClientsView::reloadAll);

    retranslateUi();
    reloadAll();
}

ClientCardDialog *ClientsView::openCard(ClientId id)
{
    if (!m_session->hasDatabase())
        return nullptr;
    auto *dialog = new ClientCardDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClientCardDialog::saved, this, [this](ClientId saved) {
        const int row = m_model->rowOf(saved);
        if (row >= 0)
            m_table->selectRow(row);
    });
    dialog->open();
    return dialog;
}

void ClientsView::openImport()
{
    if (!m_session->hasDatabase())
        return;
    auto *wizard = new ClientImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void ClientsView::archiveSelected()
{
    const ClientId id = selectedClient();
    if (!id.isValid())
        return;
    const QString name = m_table->currentIndex().siblingAtColumn(ClientTableModel::NameColumn).data().toString();
    const auto answer = QMessageBox::question(this, tr("Archive client"),
        tr("Archive %1? The card, its history and its invoices are kept; the client leaves the list.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = ClientRepository(m_session->database()).archive(id); !s) {
        QMessageBox::warning(this, tr("Archive client"), s.error());
        return;
    }
    m_session->notifyDataChanged();
}

void ClientsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool ClientsView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the selected card (double-click does too).
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && selectedClient().isValid()) {
            openCard(selectedClient());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClientsView::retranslateUi()
{
    m_title->setText(viewTitle(u"clients"_s));
    m_search->setPlaceholderText(tr("Search name, tax id, contact…"));
    m_search->setAccessibleName(tr("Search clients"));
    m_table->setAccessibleName(tr("Clients"));
    m_search->setToolTip(tr("Search by legal or short name, tax ID, contact name or email (Ctrl+F)"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_managerLabel->setText(tr("&Manager:"));
    m_hoursLabel->setText(tr("H&ours:"));
    m_hours->setAccessibleName(tr("Hours used this month"));
    m_hours->setToolTip(tr("Only clients that used at least this share of this month's hours "
                           "(included + rolled over)"));
    m_new->setText(tr("&New client"));
    m_new->setToolTip(tr("Create a client card (Ctrl+Shift+N)"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Import clients or contacts from a CSV spreadsheet"));
    m_archive->setText(tr("&Archive"));
    m_archive->setToolTip(tr("Archive the selected client: it leaves the list, its history is kept"));
    {
        const QSignalBlocker blocker(m_status);
        const QVariant current = m_status->currentData();
        m_status->clear();
        m_status->addItem(tr("All statuses"));
        for (ClientStatus s : ClientLabels::statuses())
            m_status->addItem(ClientLabels::status(s), clientStatusKey(s));
        m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
    }
    if (m_manager->count() > 0)
        m_manager->setItemText(0, tr("All managers"));
    reloadHourChoices();
    m_model->retranslate();
    updateCounts();
}

void ClientsView::reloadManagers()
{
    const QSignalBlocker blocker(m_manager);
    const QVariant current = m_manager->currentData();
    m_manager->clear();
    m_manager->addItem(tr("All managers"));
    if (m_session->hasDatabase()) {
        QList<User> users = UserRepository(m_session->database()).all();
        std::sort(users.begin(), users.end(),
            [](const User &a, const User &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
        for (const User &u : std::as_const(users)) {
            if (u.role == Role::AccountManager || u.role == Role::TeamLead)
                m_manager->addItem(u.name, u.id.value);
        }
    }
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(current)));
}

void ClientsView::reloadHourChoices()
{
    // Any, then the warning and exhausted thresholds as configured (80 % and 100 % by default).
    const QSignalBlocker blocker(m_hours);
    const int current = std::max(0, m_hours->currentIndex());
    const HourBalanceConfig config
        = m_session->hasDatabase() ? BillingSettings(m_session->database()).hourBalanceConfig() : HourBalanceConfig();
    m_hours->clear();
    m_hours->addItem(tr("Any"));
    m_hours->addItem(tr("≥ %1 % used").arg(QLocale().toString(config.warningPercent)), config.warningPercent);
    if (config.exhaustedPercent != config.warningPercent)
        m_hours->addItem(tr("≥ %1 % used").arg(QLocale().toString(config.exhaustedPercent)), config.exhaustedPercent);
    m_hours->setCurrentIndex(std::min(current, m_hours->count() - 1));
}

void ClientsView::reloadAll()
{
    reloadManagers();
    reloadHourChoices();
    const ClientId selected = selectedClient();
    m_searchDelay->stop();
    m_model->setDatabase(m_session->hasDatabase() ? m_session->database() : Database());
    if (!m_model->setFilters(
            m_search->text(), statusFilter(), UserId(m_manager->currentData().toLongLong()), hoursFilter()))
        m_model->reload();
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->selectRow(row);
}

void ClientsView::applyFilters()
{
    m_searchDelay->stop();
    m_model->setFilters(m_search->text(), statusFilter(), UserId(m_manager->currentData().toLongLong()), hoursFilter());
}

std::optional<ClientStatus> ClientsView::statusFilter() const
{
    if (!m_status->currentData().isValid())
        return std::nullopt;
    return clientStatusFromKey(m_status->currentData().toString());
}

std::optional<int> ClientsView::hoursFilter() const
{
    if (!m_hours->currentData().isValid())
        return std::nullopt;
    return m_hours->currentData().toInt();
}

void ClientsView::updateCounts()
{
    const int total = m_model->totalCount();
    const int loaded = m_model->rowCount();
    if (total == 0)
        m_counts->setText(m_model->search().isEmpty() ? tr("No clients") : tr("No clients match the search"));
    else if (loaded >= total)
        m_counts->setText(tr("Clients: %1").arg(total));
    else
        m_counts->setText(tr("Showing %1 of %2 clients; scroll down to load more").arg(loaded).arg(total));
}

void ClientsView::updateActions()
{
    m_archive->setEnabled(selectedClient().isValid());
}

ClientId ClientsView::selectedClient() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? ClientId() : ClientTableModel::clientId(rows.first());
}

} // namespace rapport
