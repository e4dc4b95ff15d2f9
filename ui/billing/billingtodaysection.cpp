#include "billingtodaysection.h"

#include "appsession.h"
#include "clientbillingpanel.h"
#include "clients/clientcarddialog.h"
#include "invoicetablemodel.h"
#include "theme.h"
#include "today/todaysection.h"
#include "today/todayview.h"

#include <QEvent>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

BillingTodaySection::BillingTodaySection(AppSession *session, TodayView *today)
    : QObject(today)
    , m_session(session)
    , m_today(today)
    , m_model(new InvoiceTableModel(this))
    , m_section(new TodaySection(QString(), m_model, today))
{
    m_section->setObjectName(u"todayUnpaidInvoices"_s);
    QTableView *view = m_section->view();
    // A short list: number, client, due date, days overdue, still owed.
    for (int column : { InvoiceTableModel::MonthColumn, InvoiceTableModel::StatusColumn,
             InvoiceTableModel::IssuedColumn, InvoiceTableModel::TotalColumn, InvoiceTableModel::PaidColumn })
        view->hideColumn(column);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(InvoiceTableModel::ClientColumn, QHeaderView::Stretch);
    m_today->addSection(m_section);

    connect(m_model, &InvoiceTableModel::loadedChanged, this, &BillingTodaySection::updateCount);
    connect(m_section, &TodaySection::activated, this, [this](const QModelIndex &index) { openClient(index.row()); });
    connect(m_session, &AppSession::databaseChanged, this, &BillingTodaySection::reload);
    connect(m_session, &AppSession::currentUserChanged, this, &BillingTodaySection::reload);
    connect(m_session, &AppSession::dataChanged, this, &BillingTodaySection::reload);
    m_today->installEventFilter(this);
    retranslateUi();
    reload();
}

bool BillingTodaySection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_today && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void BillingTodaySection::retranslateUi()
{
    m_section->setTitle(tr("Unpaid invoices"));
    m_section->setEmptyText(tr("No unpaid invoices of your clients."));
    m_model->retranslate();
    // Each narrow column as wide as its caption in this language needs
    // («Дней просрочки», «Төлем мерзімі»), never narrower than its figures.
    QHeaderView *header = m_section->view()->horizontalHeader();
    const QList<std::pair<int, int>> minimum { { InvoiceTableModel::NumberColumn, 90 },
        { InvoiceTableModel::DueColumn, 90 }, { InvoiceTableModel::OverdueColumn, 90 },
        { InvoiceTableModel::OutstandingColumn, 130 } };
    for (const auto &[column, width] : minimum)
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
}

void BillingTodaySection::reload()
{
    if (!m_session->hasDatabase())
        return;
    m_model->setDatabase(m_session->database());
    const User &me = m_session->currentUser();
    // A team lead watches the whole book; nobody chosen matches nothing.
    UserId manager = me.isValid() ? me.id : UserId(std::numeric_limits<qint64>::max());
    if (me.isValid() && me.role == Role::TeamLead)
        manager = UserId();
    m_model->setUnpaidOf(manager, kShown);
}

void BillingTodaySection::updateCount()
{
    m_section->setCount(m_model->totalCount());
    // Red when the first (longest due) is already overdue.
    const bool overdue = m_model->rowCount() > 0
        && m_model->index(0, 0).data(InvoiceTableModel::DaysOverdueRole).toInt() > 0;
    m_section->setAccent(overdue ? statusColor(StatusTone::Bad) : QColor());
}

void BillingTodaySection::openClient(int row)
{
    const InvoiceListRow *invoice = m_model->rowAt(row);
    if (!invoice)
        return;
    auto *card = new ClientCardDialog(m_session, invoice->clientId, m_today->window());
    card->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *billing = card->findChild<ClientBillingPanel *>())
        card->tabs()->setCurrentWidget(billing);
    card->open();
}

} // namespace rapport
