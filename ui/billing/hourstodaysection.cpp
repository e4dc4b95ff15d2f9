#include "hourstodaysection.h"

#include "appsession.h"
#include "clientbillingpanel.h"
#include "clients/clientcarddialog.h"
#include "hourledgertext.h"
#include "hourshortagemodel.h"
#include "storage/billingsettings.h"
#include "today/todaysection.h"
#include "today/todayview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

HoursTodaySection::HoursTodaySection(AppSession *session, TodayView *today)
    : QObject(today)
    , m_session(session)
    , m_today(today)
    , m_model(new HourShortageModel(this))
    , m_section(new TodaySection(QString(), m_model, today))
{
    m_section->setObjectName(u"todayRunningOutOfHours"_s);
    QTableView *view = m_section->view();
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->horizontalHeader()->setSectionResizeMode(HourShortageModel::ClientColumn, QHeaderView::Stretch);
    m_today->addSection(m_section);

    connect(m_model, &HourShortageModel::loadedChanged, this, &HoursTodaySection::updateCount);
    connect(m_section, &TodaySection::activated, this, [this](const QModelIndex &index) { openClient(index.row()); });
    connect(m_session, &AppSession::databaseChanged, this, &HoursTodaySection::reload);
    connect(m_session, &AppSession::currentUserChanged, this, &HoursTodaySection::reload);
    connect(m_session, &AppSession::dataChanged, this, &HoursTodaySection::reload);
    m_today->installEventFilter(this);
    retranslateUi();
    reload();
}

bool HoursTodaySection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_today && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void HoursTodaySection::retranslateUi()
{
    m_section->setTitle(tr("Clients running out of hours"));
    const int warning = m_session->hasDatabase()
        ? BillingSettings(m_session->database()).hourBalanceConfig().warningPercent
        : HourBalanceConfig().warningPercent;
    m_section->setEmptyText(
        tr("None of your clients has used %1 % of this month's hours.").arg(QLocale().toString(warning)));
    m_model->retranslate();
    // Each figure column as wide as its caption in this language needs, never narrower than "120:00".
    QHeaderView *header = m_section->view()->horizontalHeader();
    for (int column :
        { HourShortageModel::UsedColumn, HourShortageModel::AvailableColumn, HourShortageModel::ShareColumn })
        header->resizeSection(column, std::max(80, header->sectionSizeHint(column)));
}

void HoursTodaySection::reload()
{
    if (!m_session->hasDatabase())
        return;
    const User &me = m_session->currentUser();
    // A team lead watches the whole book; nobody chosen matches nothing.
    UserId manager = me.isValid() ? me.id : UserId(std::numeric_limits<qint64>::max());
    if (me.isValid() && me.role == Role::TeamLead)
        manager = UserId();
    m_model->load(m_session->database(), manager, kShown);
    retranslateUi();
}

void HoursTodaySection::updateCount()
{
    m_section->setCount(m_model->totalCount());
    // Red when the fullest is already past its hours, amber otherwise.
    const ClientListRow *fullest = m_model->rowAt(0);
    m_section->setAccent(fullest ? HourLedgerText::color(fullest->hourLevel) : QColor());
}

void HoursTodaySection::openClient(int row)
{
    const ClientListRow *client = m_model->rowAt(row);
    if (!client)
        return;
    auto *card = new ClientCardDialog(m_session, client->id, m_today->window());
    card->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *billing = card->findChild<ClientBillingPanel *>())
        card->tabs()->setCurrentWidget(billing);
    card->open();
}

} // namespace rapport
