#include "todayview.h"

#include "appsession.h"
#include "billing/billingtodaysection.h"
#include "billing/hourstodaysection.h"
#include "domain/clock.h"
#include "regulation/regulationtodaysections.h"
#include "tickets/slacell.h"
#include "tickets/ticketdialog.h"
#include "tickets/tickettablemodel.h"
#include "todaysection.h"
#include "views/viewfactory.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// The breached and at-risk lists of a team lead name who holds each ticket.
void setAssigneeShown(QTableView *view, bool shown)
{
    view->setColumnHidden(TicketTableModel::AssigneeColumn, !shown);
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(TicketTableModel::ClientColumn, shown ? 120 : 140);
    header->resizeSection(TicketTableModel::AssigneeColumn, 120);
    header->resizeSection(TicketTableModel::SlaColumn, shown ? 160 : 175);
}

} // namespace

TodayView::TodayView(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_noUser(new QLabel(this))
    , m_grid(new QGridLayout)
{
    m_title->setObjectName(u"viewTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_subtitle->setObjectName(u"todaySubtitle"_s);
    QPalette pal = m_subtitle->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(pal);
    m_noUser->setObjectName(u"todayNoUser"_s);
    m_noUser->setWordWrap(true);

    auto *content = new QWidget;
    content->setLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(18);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_noUser);
    layout->addSpacing(6);
    layout->addWidget(scroll, 1);

    addTicketSection(Breached, "todayBreached")->setAccent(SlaCell::foreground(SlaCell::Breached));
    addTicketSection(AtRisk, "todayAtRisk")->setAccent(SlaCell::foreground(SlaCell::AtRisk));
    addTicketSection(Waiting, "todayWaiting");
    addTicketSection(Unassigned, "todayUnassigned");
    new RegulationTodaySections(m_session, this);
    new BillingTodaySection(m_session, this);
    new HoursTodaySection(m_session, this);

    connect(m_session, &AppSession::databaseChanged, this, &TodayView::reload);
    connect(m_session, &AppSession::currentUserChanged, this, &TodayView::reload);
    connect(m_session, &AppSession::dataChanged, this, [this] {
        for (TicketTableModel *model : m_ticketModels)
            model->reload();
    });
    retranslateUi();
    reload();
}

TodaySection *TodayView::addTicketSection(TicketSection which, const char *name)
{
    auto *model = new TicketTableModel(this);
    auto *section = new TodaySection(QString(), model, this);
    section->setObjectName(QString::fromLatin1(name));
    QTableView *view = section->view();
    // Short lists: number, subject, client and the SLA countdown.
    for (int column : {TicketTableModel::CreatedColumn, TicketTableModel::StatusColumn,
                       TicketTableModel::PriorityColumn, TicketTableModel::AssigneeColumn,
                       TicketTableModel::CategoryColumn, TicketTableModel::DeadlineColumn})
        view->hideColumn(column);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(TicketTableModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(TicketTableModel::NumberColumn, 56);
    header->resizeSection(TicketTableModel::ClientColumn, 140);
    header->resizeSection(TicketTableModel::SlaColumn, 175);
    connect(model, &TicketTableModel::loadedChanged, section, [section, model] { section->setCount(model->totalCount()); });
    connect(section, &TodaySection::activated, this, [this, model](const QModelIndex &index) {
        const TicketId id = model->ticketId(index.row());
        if (id.isValid())
            TicketDialog::showTicket(m_session, id, window());
    });
    m_ticketSections[which] = section;
    m_ticketModels[which] = model;
    addSection(section);
    return section;
}

void TodayView::addSection(TodaySection *section)
{
    section->setParent(m_grid->parentWidget());
    section->installEventFilter(this);
    m_sections.append(section);
    relayout();
}

void TodayView::relayout()
{
    for (TodaySection *s : std::as_const(m_sections))
        m_grid->removeWidget(s);
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    int index = 0;
    for (TodaySection *s : std::as_const(m_sections)) {
        // Skip the sections hidden on purpose; new ones show with the view.
        if (s->isHidden() && s->testAttribute(Qt::WA_WState_ExplicitShowHide))
            continue;
        m_grid->addWidget(s, index / 2, index % 2);
        ++index;
    }
    // Each row as tall as its taller section; the room left stays below the last.
    m_grid->setRowStretch((index + 1) / 2, 1);
}

bool TodayView::eventFilter(QObject *watched, QEvent *event)
{
    // A section shown or hidden (e.g. for another role) leaves no hole in the grid.
    if ((event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
        && watched->parent() == m_grid->parentWidget())
        QMetaObject::invokeMethod(this, &TodayView::relayout, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

TodaySection *TodayView::section(const QString &objectName) const
{
    for (TodaySection *s : m_sections) {
        if (s->objectName() == objectName)
            return s;
    }
    return nullptr;
}

void TodayView::reload()
{
    if (!m_session->hasDatabase())
        return;
    const User &me = m_session->currentUser();
    m_noUser->setVisible(!me.isValid());
    // Nobody chosen: "mine" matches nothing rather than everything.
    const UserId who = me.isValid() ? me.id : UserId(std::numeric_limits<qint64>::max());
    const bool team = isTeamLead();
    for (int i = 0; i < TicketSectionCount; ++i) {
        TicketTableModel *model = m_ticketModels[i];
        model->setDatabase(m_session->database());
        TicketQuery q;
        q.openOnly = true;
        if (i == Unassigned) {
            q.unassigned = true;
            model->setQuery(q);
            continue;
        }
        q.breached = i == Breached;
        q.atRisk = i == AtRisk;
        q.waitingOnClient = i == Waiting;
        // A team lead answers for every breach and risk of the team.
        if (team && i != Waiting) {
            model->setQuery(q);
            continue;
        }
        // Mine: the tickets I own (account manager) or am assigned to (specialist).
        TicketQuery owned = q;
        owned.owner = who;
        TicketQuery assigned = q;
        assigned.assignee = who;
        TicketQuery both = owned;
        both.assignee = who;
        model->setUnion(owned, assigned, both);
    }
    for (TicketSection which : {Breached, AtRisk})
        setAssigneeShown(m_ticketSections[which]->view(), team);
    // Unassigned requests are the team lead's to hand out.
    m_ticketSections[Unassigned]->setVisible(me.role == Role::TeamLead);
    retranslateUi();
}

bool TodayView::isTeamLead() const
{
    const User &me = m_session->currentUser();
    return me.isValid() && me.role == Role::TeamLead;
}

void TodayView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TodayView::retranslateUi()
{
    m_title->setText(viewTitle(u"today"_s));
    const QLocale locale;
    const QDate today = QDateTime::fromSecsSinceEpoch(Clock::nowSecs()).toLocalTime().date();
    const User &me = m_session->currentUser();
    const QString date = locale.toString(today, QLocale::LongFormat);
    m_subtitle->setText(me.isValid() ? tr("%1 · %2").arg(date, me.name) : date);
    m_noUser->setText(tr("Choose who you are under Settings → Working as, to see your tickets."));
    if (isTeamLead()) {
        m_ticketSections[Breached]->setTitle(tr("Team: breached SLA"));
        m_ticketSections[Breached]->setEmptyText(tr("No breaches in the team. Keep it that way."));
        m_ticketSections[AtRisk]->setTitle(tr("Team: at risk"));
        m_ticketSections[AtRisk]->setEmptyText(tr("Nothing at risk in the team: every clock has more than 20 % left."));
    } else {
        m_ticketSections[Breached]->setTitle(tr("My tickets with the SLA breached"));
        m_ticketSections[Breached]->setEmptyText(tr("No breaches. Keep it that way."));
        m_ticketSections[AtRisk]->setTitle(tr("My tickets at risk"));
        m_ticketSections[AtRisk]->setEmptyText(tr("Nothing at risk: every clock has more than 20 % left."));
    }
    m_ticketSections[Waiting]->setTitle(tr("Waiting on the client"));
    m_ticketSections[Waiting]->setEmptyText(tr("No ticket of yours waits on a client."));
    m_ticketSections[Unassigned]->setTitle(tr("Unassigned tickets"));
    m_ticketSections[Unassigned]->setEmptyText(tr("Every open ticket has an assignee."));
    for (TicketTableModel *model : m_ticketModels)
        model->retranslate();
}

} // namespace rapport
