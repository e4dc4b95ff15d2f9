#include "invoicespage.h"

#include "appsession.h"
#include "billingformat.h"
#include "billingrundialog.h"
#include "cancelinvoicedialog.h"
#include "invoicepdf.h"
#include "invoicetablemodel.h"
#include "paymentdialog.h"
#include "storage/invoicerepository.h"
#include "theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

bool askQuestion(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

const QString kUnpaid = u"unpaid"_s;

} // namespace

InvoicesPage::InvoicesPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new InvoiceTableModel(this))
    , m_confirm(&askQuestion)
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_overdue(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_run(new QPushButton(this))
    , m_issue(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_pay(new QPushButton(this))
    , m_openPdf(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_act(new QToolButton(this))
    , m_openAct(new QAction(this))
    , m_saveAct(new QAction(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    m_status->setObjectName(u"invoiceStatusFilter"_s);
    m_search->setObjectName(u"invoiceSearch"_s);
    m_overdue->setObjectName(u"invoiceOverdueOnly"_s);
    m_count->setObjectName(u"invoiceCount"_s);
    m_run->setObjectName(u"invoiceRunBilling"_s);
    m_issue->setObjectName(u"invoiceIssue"_s);
    m_cancel->setObjectName(u"invoiceCancel"_s);
    m_pay->setObjectName(u"invoicePay"_s);
    m_openPdf->setObjectName(u"invoiceOpenPdf"_s);
    m_savePdf->setObjectName(u"invoiceSavePdf"_s);
    m_act->setObjectName(u"invoiceActPdf"_s);
    m_table->setObjectName(u"invoiceTable"_s);
    m_message->setObjectName(u"invoiceMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_statusLabel->setBuddy(m_status);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 7; ++i)
        m_status->addItem(QString());
    m_status->setItemData(1, kUnpaid);
    const InvoiceStatus statuses[] = { InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::PartiallyPaid,
        InvoiceStatus::Paid, InvoiceStatus::Cancelled };
    for (int i = 0; i < 5; ++i)
        m_status->setItemData(i + 2, invoiceStatusKey(statuses[i]));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    auto *actMenu = new QMenu(m_act);
    actMenu->addAction(m_openAct);
    actMenu->addAction(m_saveAct);
    m_act->setMenu(actMenu);
    m_act->setPopupMode(QToolButton::InstantPopup);
    m_act->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_model->setDatabase(session->database());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InvoiceTableModel::ClientColumn, QHeaderView::Stretch);
    // Widths from the text they hold (or their header), so that the client's name gets the rest.
    const QFontMetrics fm = m_table->fontMetrics();
    const auto fit = [this, header, &fm](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title)) + 18);
    };
    const QString sampleDate = BillingFormat::date(QDate(2026, 12, 28));
    fit(InvoiceTableModel::NumberColumn, u"2026-00000"_s);
    fit(InvoiceTableModel::MonthColumn, BillingFormat::shortMonth(QDate(2026, 9, 1)));
    fit(InvoiceTableModel::StatusColumn, invoiceStatusTitle(InvoiceStatus::PartiallyPaid));
    fit(InvoiceTableModel::IssuedColumn, sampleDate);
    fit(InvoiceTableModel::DueColumn, sampleDate);
    fit(InvoiceTableModel::OverdueColumn, u"0000"_s);
    for (int c : { InvoiceTableModel::TotalColumn, InvoiceTableModel::PaidColumn, InvoiceTableModel::OutstandingColumn })
        fit(c, BillingFormat::money(Money(123456789, u"KZT"_s)));
    header->setMinimumSectionSize(40);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(m_search);
    filters->addSpacing(8);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addSpacing(12);
    actions->addWidget(m_issue);
    actions->addWidget(m_cancel);
    actions->addWidget(m_pay);
    actions->addSpacing(12);
    actions->addWidget(m_openPdf);
    actions->addWidget(m_savePdf);
    actions->addWidget(m_act);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &InvoicesPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &InvoicesPage::applyFilters);
    connect(m_run, &QPushButton::clicked, this, &InvoicesPage::runBilling);
    connect(m_issue, &QPushButton::clicked, this, &InvoicesPage::issueCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &InvoicesPage::cancelCurrent);
    connect(m_pay, &QPushButton::clicked, this, &InvoicesPage::recordPayment);
    connect(m_openPdf, &QPushButton::clicked, this, &InvoicesPage::openPdf);
    connect(m_savePdf, &QPushButton::clicked, this, &InvoicesPage::savePdf);
    connect(m_openAct, &QAction::triggered, this, &InvoicesPage::openActPdf);
    connect(m_saveAct, &QAction::triggered, this, &InvoicesPage::saveActPdf);
    connect(m_table, &QTableView::activated, this, &InvoicesPage::openPdf);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvoicesPage::updateActions);
    connect(m_model, &InvoiceTableModel::loadedChanged, this, &InvoicesPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesPage::updateActions);
    connect(m_session, &AppSession::databaseChanged, this, [this] {
        m_model->setDatabase(m_session->database());
        applyFilters();
    });
    connect(m_session, &AppSession::dataChanged, this, &InvoicesPage::reload);

    retranslateUi();
    applyFilters();
}

void InvoicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InvoicesPage::retranslateUi()
{
    m_statusLabel->setText(tr("&Status:"));
    m_status->setItemText(0, tr("Any status"));
    m_status->setItemText(1, tr("Unpaid (issued or partially paid)"));
    const InvoiceStatus statuses[] = { InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::PartiallyPaid,
        InvoiceStatus::Paid, InvoiceStatus::Cancelled };
    for (int i = 0; i < 5; ++i)
        m_status->setItemText(i + 2, invoiceStatusTitle(statuses[i]));
    m_search->setPlaceholderText(tr("Search by client or invoice number…"));
    m_search->setAccessibleName(tr("Search invoices"));
    m_table->setAccessibleName(tr("Invoices"));
    m_overdue->setText(tr("&Overdue only"));
    m_run->setText(tr("&Run Billing for Month…"));
    m_run->setToolTip(tr("Make the draft invoices and acts of a month from the hours logged, with a preview first."));
    m_issue->setText(tr("&Issue"));
    m_issue->setToolTip(tr("Give the draft its number and due date; an issued invoice can no longer be changed."));
    m_cancel->setText(tr("Ca&ncel…"));
    m_cancel->setToolTip(tr("Cancel a draft, or an issued invoice nothing has been paid on, with a reason."));
    m_pay->setText(tr("Record &Payment…"));
    m_openPdf->setText(tr("Open P&DF"));
    m_savePdf->setText(tr("Save PD&F…"));
    m_act->setText(tr("&Act PDF"));
    m_act->setToolTip(tr("The act (completion certificate) of the client's month, listing the work by ticket."));
    m_openAct->setText(tr("Open Act"));
    m_saveAct->setText(tr("Save Act…"));
    m_model->retranslate();
    updateCount();
}

void InvoicesPage::applyFilters()
{
    InvoiceListFilter f;
    f.search = m_search->text();
    const QString status = m_status->currentData().toString();
    if (status == kUnpaid)
        f.unpaidOnly = true;
    else if (!status.isEmpty())
        f.status = invoiceStatusFromKey(status);
    f.overdueOnly = m_overdue->isChecked();
    m_model->setFilter(f);
}

void InvoicesPage::reload()
{
    const InvoiceId current = currentInvoice();
    m_model->reload();
    if (current.isValid())
        selectInvoice(current);
}

InvoiceId InvoicesPage::currentInvoice() const
{
    const InvoiceListRow *row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->id : InvoiceId();
}

bool InvoicesPage::selectInvoice(InvoiceId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    updateActions();
    return true;
}

void InvoicesPage::updateActions()
{
    const InvoiceListRow *row = m_model->rowAt(m_table->currentIndex().row());
    const bool any = row != nullptr;
    m_issue->setEnabled(any && row->status == InvoiceStatus::Draft);
    m_cancel->setEnabled(any
        && (row->status == InvoiceStatus::Draft || (row->status == InvoiceStatus::Issued && row->paid.isZero())));
    m_pay->setEnabled(any && InvoiceState::isOpen(row->status));
    m_openPdf->setEnabled(any);
    m_savePdf->setEnabled(any);
    m_act->setEnabled(any);
}

void InvoicesPage::updateCount()
{
    if (!m_model->error().isEmpty()) {
        m_count->setText(m_model->error());
        return;
    }
    m_count->setText(tr("Invoices: %1").arg(m_model->totalCount()));
}

void InvoicesPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? statusStyleSheet(StatusTone::Bad) : QString());
    m_message->setText(text);
}

BillingRunDialog *InvoicesPage::runBilling()
{
    auto *dialog = new BillingRunDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BillingRunDialog::completed, this, &InvoicesPage::billingFinished);
    dialog->open();
    return dialog;
}

void InvoicesPage::billingFinished(const BillingRunResult &result)
{
    showMessage(BillingRunDialog::describeResult(result), result.failed > 0);
    // Show what was made: the drafts of the month.
    const QSignalBlocker blocker(m_status);
    m_status->setCurrentIndex(m_status->findData(invoiceStatusKey(InvoiceStatus::Draft)));
    m_overdue->setChecked(false);
    m_search->clear();
    m_searchTimer->stop();
    applyFilters();
}

bool InvoicesPage::issueCurrent()
{
    const InvoiceListRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || row->status != InvoiceStatus::Draft)
        return false;
    const InvoiceId id = row->id;
    const QString text = tr("Issue invoice %1 to %2 for %3? It gets the next number and a due date and can no "
                            "longer be changed.")
                             .arg(row->reference(), row->clientName, BillingFormat::money(row->total));
    if (!m_confirm(this, tr("Issue Invoice"), text))
        return false;
    auto issued = InvoiceRepository(m_session->database()).issue(id);
    if (!issued) {
        showMessage(issued.error(), true);
        return false;
    }
    showMessage(tr("Invoice %1 issued to %2, due %3.")
                    .arg(issued->number, issued->clientName, BillingFormat::date(issued->dueOn)));
    m_session->notifyDataChanged();
    if (!selectInvoice(id)) {
        // Issued invoices may be filtered out (e.g. "Draft"): show all so it stays in sight.
        m_status->setCurrentIndex(0);
        selectInvoice(id);
    }
    return true;
}

CancelInvoiceDialog *InvoicesPage::cancelCurrent()
{
    const InvoiceId id = currentInvoice();
    if (!id.isValid())
        return nullptr;
    auto *dialog = new CancelInvoiceDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CancelInvoiceDialog::cancelled, this, [this](InvoiceId cancelled) {
        if (auto r = InvoiceRepository(m_session->database()).byId(cancelled))
            showMessage(tr("Invoice %1 cancelled: %2").arg(r->reference(), r->cancelledReason));
    });
    dialog->open();
    return dialog;
}

PaymentDialog *InvoicesPage::recordPayment()
{
    const InvoiceId id = currentInvoice();
    if (!id.isValid())
        return nullptr;
    auto *dialog = new PaymentDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::recorded, this, [this](InvoiceId paid) {
        if (auto r = InvoiceRepository(m_session->database()).byId(paid)) {
            showMessage(r->status == InvoiceStatus::Paid
                    ? tr("Invoice %1 is paid in full.").arg(r->reference())
                    : tr("Payment recorded on invoice %1; %2 is still outstanding.")
                          .arg(r->reference(), BillingFormat::money(r->outstanding())));
        }
    });
    dialog->open();
    return dialog;
}

void InvoicesPage::openPdf()
{
    const InvoiceId id = currentInvoice();
    if (!id.isValid())
        return;
    auto opened = InvoicePdf::open(m_session->database(), id, InvoicePdf::Document::Invoice);
    if (!opened)
        showMessage(opened.error(), true);
}

void InvoicesPage::savePdf()
{
    const InvoiceId id = currentInvoice();
    if (!id.isValid())
        return;
    auto saved = InvoicePdf::saveAs(this, m_session->database(), id, InvoicePdf::Document::Invoice);
    if (!saved)
        showMessage(saved.error(), true);
    else if (!saved->isEmpty())
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(*saved)));
}

void InvoicesPage::openActPdf()
{
    const InvoiceId id = currentInvoice();
    if (!id.isValid())
        return;
    auto opened = InvoicePdf::open(m_session->database(), id, InvoicePdf::Document::Act);
    if (!opened)
        showMessage(opened.error(), true);
}

void InvoicesPage::saveActPdf()
{
    const InvoiceId id = currentInvoice();
    if (!id.isValid())
        return;
    auto saved = InvoicePdf::saveAs(this, m_session->database(), id, InvoicePdf::Document::Act);
    if (!saved)
        showMessage(saved.error(), true);
    else if (!saved->isEmpty())
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(*saved)));
}

} // namespace rapport
