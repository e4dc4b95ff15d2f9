#include "clientbillingpanel.h"

#include "appsession.h"
#include "billingformat.h"
#include "hourledgertext.h"
#include "invoicepdf.h"
#include "invoicetablemodel.h"
#include "paymentdialog.h"
#include "storage/billingsettings.h"
#include "storage/dunningrepository.h"
#include "storage/invoicelistquery.h"
#include "storage/invoicerepository.h"
#include "storage/unusedhoursreport.h"
#include "theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ClientBillingPanel::ClientBillingPanel(AppSession *session, ClientId client, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new InvoiceTableModel(this))
    , m_hint(new QLabel(this))
    , m_balanceLabel(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_dunningLabel(new QLabel(this))
    , m_dunning(new QLabel(this))
    , m_hoursLabel(new QLabel(this))
    , m_hours(new QLabel(this))
    , m_ledger(new QLabel(this))
    , m_invoicesLabel(new QLabel(this))
    , m_invoices(new QTableView(this))
    , m_pay(new QPushButton(this))
    , m_openPdf(new QPushButton(this))
    , m_paymentsLabel(new QLabel(this))
    , m_payments(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"clientBillingPanel"_s);
    m_balance->setObjectName(u"clientBillingBalance"_s);
    m_dunning->setObjectName(u"clientBillingDunning"_s);
    m_hours->setObjectName(u"clientBillingHours"_s);
    m_ledger->setObjectName(u"clientBillingHourLedger"_s);
    m_invoices->setObjectName(u"clientBillingInvoices"_s);
    m_payments->setObjectName(u"clientBillingPayments"_s);
    m_pay->setObjectName(u"clientBillingPay"_s);
    m_openPdf->setObjectName(u"clientBillingOpenPdf"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *l : { m_balance, m_dunning, m_hours, m_ledger, m_message }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    for (QLabel *l : { m_invoicesLabel, m_paymentsLabel }) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }

    m_model->setDatabase(session->database());
    m_invoices->setModel(m_model);
    m_invoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_invoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invoices->setAlternatingRowColors(true);
    m_invoices->setWordWrap(false);
    m_invoices->verticalHeader()->hide();
    m_invoices->verticalHeader()->setDefaultSectionSize(m_invoices->fontMetrics().height() + 10);
    m_invoices->setColumnHidden(InvoiceTableModel::ClientColumn, true);
    m_invoices->horizontalHeader()->setHighlightSections(false);
    m_invoices->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_invoices->horizontalHeader()->setStretchLastSection(true);

    m_payments->setRootIsDecorated(false);
    m_payments->setAlternatingRowColors(true);
    m_payments->setColumnCount(5);
    m_payments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_payments->header()->setStretchLastSection(true);

    auto *summary = new QFormLayout;
    summary->addRow(m_balanceLabel, m_balance);
    summary->addRow(m_dunningLabel, m_dunning);
    // The month's ledger in one line, then the detail (carry-over, unused-hours advice).
    auto *hoursBox = new QVBoxLayout;
    hoursBox->setSpacing(2);
    hoursBox->addWidget(m_ledger);
    hoursBox->addWidget(m_hours);
    summary->addRow(m_hoursLabel, hoursBox);
    auto *invoiceHeader = new QHBoxLayout;
    invoiceHeader->addWidget(m_invoicesLabel);
    invoiceHeader->addStretch(1);
    invoiceHeader->addWidget(m_pay);
    invoiceHeader->addWidget(m_openPdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(summary);
    layout->addSpacing(6);
    layout->addLayout(invoiceHeader);
    layout->addWidget(m_invoices, 3);
    layout->addWidget(m_paymentsLabel);
    layout->addWidget(m_payments, 2);
    layout->addWidget(m_message);

    connect(m_pay, &QPushButton::clicked, this, &ClientBillingPanel::recordPayment);
    connect(m_openPdf, &QPushButton::clicked, this, &ClientBillingPanel::openPdf);
    connect(m_invoices, &QTableView::activated, this, &ClientBillingPanel::openPdf);
    connect(m_invoices->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ClientBillingPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientBillingPanel::updateActions);
    connect(m_session, &AppSession::dataChanged, this, &ClientBillingPanel::reload);

    retranslateUi();
    setClient(client);
}

ClientBillingPanel *ClientBillingPanel::addTab(QTabWidget *tabs, AppSession *session, ClientId client)
{
    auto *panel = new ClientBillingPanel(session, client, tabs);
    panel->m_tabs = tabs;
    tabs->setTabEnabled(tabs->addTab(panel, QString()), client.isValid());
    panel->retranslateUi();
    return panel;
}

void ClientBillingPanel::setClient(ClientId client)
{
    m_client = client;
    // Only a saved client has invoices; the card of a new one gets billing after saving.
    setEnabled(client.isValid());
    if (m_tabs)
        m_tabs->setTabEnabled(m_tabs->indexOf(this), client.isValid());
    m_model->setDatabase(client.isValid() ? m_session->database() : Database());
    InvoiceListFilter f;
    f.client = client;
    m_model->setFilter(f);
    m_hint->setText(client.isValid() ? QString() : tr("Save the card first: billing starts with a saved client."));
    updateSummary();
    updatePayments();
    updateActions();
}

void ClientBillingPanel::reload()
{
    if (m_client.isValid())
        m_model->reload();
    updateSummary();
    updatePayments();
    updateActions();
}

void ClientBillingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientBillingPanel::retranslateUi()
{
    m_invoices->setAccessibleName(tr("Invoices of the client"));
    m_payments->setAccessibleName(tr("Payments of the client"));
    if (m_tabs)
        m_tabs->setTabText(m_tabs->indexOf(this), tr("&Billing"));
    m_hint->setText(m_client.isValid() ? QString() : tr("Save the card first: billing starts with a saved client."));
    m_hint->setVisible(!m_client.isValid());
    m_balanceLabel->setText(tr("Balance:"));
    m_dunningLabel->setText(tr("Dunning:"));
    m_hoursLabel->setText(tr("Hours this month:"));
    m_invoicesLabel->setText(tr("Invoices"));
    m_paymentsLabel->setText(tr("Payments"));
    m_pay->setText(tr("Record &Payment…"));
    m_openPdf->setText(tr("Open P&DF"));
    m_payments->setHeaderLabels({ tr("Date"), tr("Invoice"), tr("Amount"), tr("Reference"), tr("Recorded by") });
    m_model->retranslate();
    updateSummary();
    updatePayments();
}

void ClientBillingPanel::updateSummary()
{
    m_hint->setVisible(!m_client.isValid());
    if (!m_client.isValid() || !m_session->hasDatabase()) {
        m_balance->clear();
        m_dunning->clear();
        m_hours->clear();
        m_ledger->clear();
        m_ledger->hide();
        return;
    }
    const Database &db = m_session->database();
    const QDate today = InvoiceRepository::today();

    // What the client owes.
    if (auto balances = InvoiceListQuery(db).balance(m_client, today); !balances) {
        m_balance->setText(balances.error());
    } else if (balances->isEmpty()) {
        m_balance->setText(tr("Nothing unpaid."));
        m_balance->setStyleSheet(QString());
    } else {
        QStringList parts;
        bool overdue = false;
        for (const ClientBalance &b : *balances) {
            QString text = tr("%1 unpaid (invoices: %2)").arg(BillingFormat::money(b.outstanding), QString::number(b.unpaidInvoices));
            if (b.overdueInvoices > 0) {
                text += u", "_s + tr("%1 of it overdue").arg(BillingFormat::money(b.overdue));
                overdue = true;
            }
            parts << text;
        }
        m_balance->setText(parts.join(u"; "_s) + u'.');
        m_balance->setStyleSheet(overdue ? statusStyleSheet(StatusTone::Bad) : QString());
    }

    // Where it stands on the dunning ladder.
    DunningRepository dunning(db);
    QString stage = tr("No dunning.");
    if (auto open = dunning.openCase(m_client); open && open->has_value()) {
        const DunningCaseRecord &c = **open;
        stage = tr("%1 (case opened %2).").arg(dunningStateTitle(c.state), BillingFormat::date(c.openedOn));
    }
    if (auto pauses = dunning.pauses(m_client); pauses) {
        for (const DunningPauseRecord &p : *pauses) {
            if (!p.isActive(today))
                continue;
            stage += u' ' + (p.until.isValid() ? tr("%1 until %2.").arg(BillingFormat::pauseKind(p.kind), BillingFormat::date(p.until))
                                                : BillingFormat::pauseKind(p.kind) + u'.');
        }
    }
    m_dunning->setText(stage);

    // Subscription hours of this month against what the tariff includes (seed 002: unused hours).
    auto usage = UnusedHoursReport(db).forClient(m_client, today);
    if (!usage) {
        m_hours->setText(tr("No tariff on the card: nothing is billed monthly."));
        m_hours->setStyleSheet(QString());
        m_ledger->clear();
        m_ledger->hide();
        return;
    }
    const UnusedHoursRow &u = *usage;
    // included + rolled over − used = remaining, coloured from the warning threshold on.
    if (const HourBalance balance = u.balance(); balance.availableMinutes() > 0) {
        const QColor color = HourLedgerText::color(balance.level(BillingSettings(db).hourBalanceConfig()));
        m_ledger->setText(HourLedgerText::ledger(balance));
        m_ledger->setStyleSheet(color.isValid() ? u"color: %1"_s.arg(color.name()) : QString());
        m_ledger->show();
    } else {
        m_ledger->clear();
        m_ledger->hide();
    }
    const int available = u.includedMinutes + u.rolloverAvailableMinutes;
    QString text = tr("%1 used of %2 included").arg(BillingFormat::hours(u.usedMinutes), BillingFormat::hours(u.includedMinutes));
    if (u.rolloverAvailableMinutes > 0)
        text += u' ' + tr("and %1 carried over").arg(BillingFormat::hours(u.rolloverAvailableMinutes));
    if (u.usedMinutes > available)
        text += u"; "_s + tr("%1 beyond, billed as overage.").arg(BillingFormat::hours(u.usedMinutes - available));
    else
        text += u"; "_s + tr("%1 left.").arg(BillingFormat::hours(available - u.usedMinutes));
    if (u.flagged)
        text += u' ' + tr("Most of the included hours went unused in the last %1 months: %2.").arg(QString::number(u.streakMonths), u.suggestionText);
    m_hours->setText(text);
    m_hours->setStyleSheet(u.flagged ? statusStyleSheet(StatusTone::Warning) : QString());
}

void ClientBillingPanel::updatePayments()
{
    m_payments->clear();
    if (!m_client.isValid() || !m_session->hasDatabase())
        return;
    auto payments = InvoiceListQuery(m_session->database()).payments(m_client);
    if (!payments) {
        showMessage(payments.error(), true);
        return;
    }
    for (const ClientPaymentRow &p : *payments) {
        auto *item = new QTreeWidgetItem(m_payments, { BillingFormat::date(p.paidOn), p.invoiceReference,
            BillingFormat::money(p.amount), p.reference, p.userName });
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void ClientBillingPanel::updateActions()
{
    const InvoiceListRow *row = m_model->rowAt(m_invoices->currentIndex().row());
    m_pay->setEnabled(row && InvoiceState::isOpen(row->status));
    m_openPdf->setEnabled(row != nullptr);
}

void ClientBillingPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? statusStyleSheet(StatusTone::Bad) : QString());
    m_message->setText(text);
}

PaymentDialog *ClientBillingPanel::recordPayment()
{
    const InvoiceListRow *row = m_model->rowAt(m_invoices->currentIndex().row());
    if (!row || !InvoiceState::isOpen(row->status))
        return nullptr;
    auto *dialog = new PaymentDialog(m_session, row->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ClientBillingPanel::openPdf()
{
    const InvoiceListRow *row = m_model->rowAt(m_invoices->currentIndex().row());
    if (!row)
        return;
    if (auto opened = InvoicePdf::open(m_session->database(), row->id, InvoicePdf::Document::Invoice); !opened)
        showMessage(opened.error(), true);
}

} // namespace rapport
