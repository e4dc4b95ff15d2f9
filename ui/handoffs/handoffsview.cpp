#include "handoffsview.h"

#include "appsession.h"
#include "handoffdialog.h"
#include "handofftablemodel.h"
#include "newhandoffdialog.h"
#include "storage/userrepository.h"
#include "theme.h"
#include "views/viewfactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Five small segments under "n/5": one per handoff item, filled when done.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int done = std::clamp(index.data(HandoffTableModel::ProgressRole).toInt(), 0, 5);
        const QRect track = option.rect.adjusted(10, option.rect.height() - 6, -10, -3);
        const int gap = 3;
        const int w = (track.width() - 4 * gap) / 5;
        // Empty segments: the text colour, faint, so that they show on a light and a dark base.
        QColor empty = option.palette.color(QPalette::Text);
        empty.setAlpha(isDark(option.palette) ? 60 : 28);
        const QColor filled = statusAccent(done == 5 ? StatusTone::Good : StatusTone::Info, option.palette);
        painter->save();
        painter->setPen(Qt::NoPen);
        for (int i = 0; i < 5; ++i) {
            const QRect segment(track.left() + i * (w + gap), track.top(), w, track.height());
            painter->setBrush(i < done ? filled : empty);
            painter->drawRect(segment);
        }
        painter->restore();
    }
};

void fillStaff(QComboBox *combo, const QList<User> &users, const QString &anyText)
{
    const qint64 current = combo->currentData().toLongLong();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, qint64(0));
    for (const User &u : users)
        combo->addItem(u.name, u.id.value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

HandoffsView::HandoffsView(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new HandoffTableModel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_salesLabel(new QLabel(this))
    , m_sales(new QComboBox(this))
    , m_managerLabel(new QLabel(this))
    , m_manager(new QComboBox(this))
    , m_showCompleted(new QCheckBox(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_title->setObjectName(u"viewTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_sales->setObjectName(u"handoffSalesFilter"_s);
    m_manager->setObjectName(u"handoffManagerFilter"_s);
    for (QComboBox *combo : {m_sales, m_manager}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(16);
    }
    m_salesLabel->setBuddy(m_sales);
    m_managerLabel->setBuddy(m_manager);
    m_showCompleted->setObjectName(u"handoffShowCompleted"_s);
    m_new->setObjectName(u"handoffNew"_s);
    m_open->setObjectName(u"handoffOpen"_s);
    m_empty->setObjectName(u"handoffEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_model->setDatabase(session->database());
    m_table->setObjectName(u"handoffTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(HandoffTableModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(HandoffTableModel::ClientColumn, QHeaderView::Stretch);
    header->resizeSection(HandoffTableModel::SalesColumn, 180);
    header->resizeSection(HandoffTableModel::ManagerColumn, 180);
    header->resizeSection(HandoffTableModel::WonColumn, 90);
    header->resizeSection(HandoffTableModel::AgeColumn, 80);
    header->resizeSection(HandoffTableModel::ProgressColumn, 90);
    header->resizeSection(HandoffTableModel::QualityColumn, 110);
    header->resizeSection(HandoffTableModel::CompletedColumn, 100);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_salesLabel);
    filters->addWidget(m_sales);
    filters->addSpacing(8);
    filters->addWidget(m_managerLabel);
    filters->addWidget(m_manager);
    filters->addSpacing(8);
    filters->addWidget(m_showCompleted);
    filters->addStretch(1);
    filters->addWidget(m_open);
    filters->addWidget(m_new);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_sales, &QComboBox::currentIndexChanged, this, &HandoffsView::applyFilters);
    connect(m_manager, &QComboBox::currentIndexChanged, this, &HandoffsView::applyFilters);
    connect(m_showCompleted, &QCheckBox::toggled, this, &HandoffsView::applyFilters);
    connect(m_new, &QPushButton::clicked, this, &HandoffsView::newHandoff);
    connect(m_open, &QPushButton::clicked, this, &HandoffsView::openCurrent);
    // Double-click (or Enter) on a row opens it.
    connect(m_table, &QTableView::activated, this, &HandoffsView::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HandoffsView::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HandoffsView::updateCounts);
    connect(m_session, &AppSession::databaseChanged, this, [this] {
        m_model->setDatabase(m_session->database());
        reloadStaff();
        applyFilters();
    });
    connect(m_session, &AppSession::dataChanged, this, [this] {
        reloadStaff();
        m_model->reload();
    });
    connect(m_session, &AppSession::currentUserChanged, this, &HandoffsView::updateCounts);

    retranslateUi();
    reloadStaff();
    applyFilters();
}

void HandoffsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HandoffsView::retranslateUi()
{
    m_title->setText(viewTitle(u"handoffs"_s));
    m_table->setAccessibleName(tr("Handoffs"));
    m_description->setText(tr("A won deal is handed to account management: card complete, intro meeting held, "
                              "special conditions acknowledged, questions answered, client satisfied. Quality "
                              "control scores each item."));
    m_salesLabel->setText(tr("&Salesperson:"));
    m_managerLabel->setText(tr("&Account manager:"));
    m_showCompleted->setText(tr("Show &completed"));
    m_new->setText(tr("&New Handoff…"));
    m_open->setText(tr("&Open"));
    m_sales->setItemText(0, tr("Anyone"));
    m_manager->setItemText(0, tr("Anyone"));
    m_model->retranslate();
    updateCounts();
}

void HandoffsView::reloadStaff()
{
    if (!m_session->hasDatabase())
        return;
    const QList<User> users = UserRepository(m_session->database()).all();
    fillStaff(m_sales, users, tr("Anyone"));
    fillStaff(m_manager, users, tr("Anyone"));
}

void HandoffsView::applyFilters()
{
    m_table->setColumnHidden(HandoffTableModel::CompletedColumn, !m_showCompleted->isChecked());
    m_model->setQuery(UserId(m_sales->currentData().toLongLong()), UserId(m_manager->currentData().toLongLong()),
                      m_showCompleted->isChecked());
}

void HandoffsView::updateCounts()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(m_showCompleted->isChecked()
                         ? tr("No handoffs match the filters.")
                         : tr("No open handoffs. When a deal is won, start its handoff with New Handoff."));
    m_open->setEnabled(!empty);
}

void HandoffsView::newHandoff()
{
    auto *dialog = new NewHandoffDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewHandoffDialog::created, this, [this](HandoffId id) {
        m_session->notifyDataChanged();
        openHandoff(id);
    });
    dialog->open();
}

void HandoffsView::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        openHandoff(m_model->handoffId(index.row()));
}

HandoffDialog *HandoffsView::openHandoff(HandoffId id)
{
    if (!id.isValid())
        return nullptr;
    auto *dialog = new HandoffDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace rapport
