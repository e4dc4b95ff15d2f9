#include "billingrundialog.h"

#include "appsession.h"
#include "billingformat.h"
#include "storage/invoicerepository.h"
#include "theme.h"
#include "widgets/backgroundtask.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QList<Money> totalsByCurrency(const QList<BillingRunItem> &items)
{
    QMap<QString, Money> sums;
    for (const BillingRunItem &item : items) {
        if (item.outcome != BillingRunItem::Outcome::Created)
            continue;
        Money &sum = sums[item.currency];
        sum = sum.currency().isEmpty() ? item.total : sum + item.total;
    }
    return sums.values();
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

BillingRunDialog::BillingRunDialog(AppSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_monthLabel(new QLabel(this))
    , m_monthCombo(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_previewButton(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_createButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(u"billingRunDialog"_s);
    m_monthCombo->setObjectName(u"billingRunMonth"_s);
    m_year->setObjectName(u"billingRunYear"_s);
    m_previewButton->setObjectName(u"billingRunPreview"_s);
    m_summary->setObjectName(u"billingRunSummary"_s);
    m_table->setObjectName(u"billingRunTable"_s);
    m_createButton->setObjectName(u"billingRunCreate"_s);
    m_closeButton->setObjectName(u"billingRunClose"_s);
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_year->setRange(2000, 2100);
    m_monthLabel->setBuddy(m_monthCombo);
    m_previewButton->setDefault(true);
    m_createButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ClientColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *picker = new QHBoxLayout;
    picker->addWidget(m_monthLabel);
    picker->addWidget(m_monthCombo);
    picker->addWidget(m_year);
    picker->addWidget(m_previewButton);
    picker->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(picker);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    fillMonths();
    // Usually the month that has just ended is billed.
    setMonth(InvoiceRepository::today().addMonths(-1));

    connect(m_monthCombo, &QComboBox::currentIndexChanged, this, &BillingRunDialog::monthChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &BillingRunDialog::monthChanged);
    connect(m_previewButton, &QPushButton::clicked, this, &BillingRunDialog::preview);
    connect(m_createButton, &QPushButton::clicked, this, &BillingRunDialog::create);
    connect(m_closeButton, &QPushButton::clicked, this, &BillingRunDialog::reject);
    retranslateUi();
    monthChanged();
    resize(860, 520);
}

QDate BillingRunDialog::month() const
{
    return QDate(m_year->value(), m_monthCombo->currentIndex() + 1, 1);
}

void BillingRunDialog::setMonth(QDate month)
{
    if (!month.isValid())
        return;
    m_monthCombo->setCurrentIndex(month.month() - 1);
    m_year->setValue(month.year());
}

void BillingRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BillingRunDialog::fillMonths()
{
    const QSignalBlocker blocker(m_monthCombo);
    const int current = std::max(0, m_monthCombo->currentIndex());
    m_monthCombo->clear();
    const QLocale locale;
    for (int m = 1; m <= 12; ++m)
        m_monthCombo->addItem(locale.standaloneMonthName(m));
    m_monthCombo->setCurrentIndex(current);
}

void BillingRunDialog::retranslateUi()
{
    setWindowTitle(tr("Run Billing for Month"));
    m_year->setAccessibleName(tr("Year"));
    m_table->setAccessibleName(tr("Invoices to be made"));
    m_intro->setText(tr("Draft invoices and acts are made from the hours logged in the month: the monthly fee, "
                        "overage beyond the included hours and carry-over, and corrections of months already "
                        "invoiced. Preview first; nothing is written until you create the invoices."));
    m_monthLabel->setText(tr("&Month:"));
    m_previewButton->setText(tr("&Preview"));
    m_closeButton->setText(tr("Close"));
    m_table->setHorizontalHeaderLabels({ tr("Client"), tr("Hours logged"), tr("Included"), tr("Carry-over used"),
        tr("Overage"), tr("Total"), tr("Result") });
    fillMonths();
    if (m_previewed)
        showPreview();
    else
        m_summary->setText(tr("Choose the month and press Preview."));
    updateButtons();
}

void BillingRunDialog::monthChanged()
{
    // A preview of another month must not be confirmed by mistake.
    m_previewed = false;
    m_preview = BillingRunResult();
    m_table->setRowCount(0);
    m_table->setVisible(false);
    m_summary->setText(tr("Choose the month and press Preview."));
    updateButtons();
}

void BillingRunDialog::updateButtons()
{
    m_previewButton->setEnabled(!m_busy);
    m_monthCombo->setEnabled(!m_busy);
    m_year->setEnabled(!m_busy);
    m_createButton->setEnabled(!m_busy && m_previewed && m_preview.created > 0);
    m_createButton->setText(m_previewed && m_preview.created > 0
            ? tr("&Create Invoices (%1)").arg(m_preview.created)
            : tr("&Create Invoices"));
}

void BillingRunDialog::preview()
{
    if (m_busy || !m_session->hasDatabase())
        return;
    m_busy = true;
    updateButtons();
    const QDate month = this->month();
    auto result = std::make_shared<BillingRunResult>();
    QPointer<BillingRunDialog> self(this);
    BackgroundTask::run(this, m_session->database(), tr("Previewing billing for %1…").arg(BillingFormat::month(month)),
        [month, result](const Database &db, const BackgroundTask::Progress &progress, const std::atomic_bool &cancel) {
            auto run = BillingRun(db).run(month, true, &cancel, progress);
            if (!run)
                return Status(fail(run.error()));
            *result = *run;
            return Status();
        },
        [self, result, month](const Status &status) {
            if (!self)
                return;
            self->m_busy = false;
            if (!status || result->cancelled || month != self->month()) {
                self->m_summary->setText(status ? tr("The preview was cancelled.") : status.error());
                self->updateButtons();
                return;
            }
            self->m_preview = *result;
            self->m_previewed = true;
            self->showPreview();
            self->updateButtons();
        });
}

void BillingRunDialog::showPreview()
{
    const BillingRunResult &r = m_preview;
    QList<const BillingRunItem *> shown;
    for (const BillingRunItem &item : r.items) {
        if (item.outcome == BillingRunItem::Outcome::Created || item.outcome == BillingRunItem::Outcome::Failed)
            shown.append(&item);
    }
    m_table->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const BillingRunItem &item = *shown.at(row);
        const bool failed = item.outcome == BillingRunItem::Outcome::Failed;
        m_table->setItem(row, ClientColumn, cell(item.clientName));
        m_table->setItem(row, LoggedColumn, cell(BillingFormat::hours(item.billableMinutes), true));
        m_table->setItem(row, IncludedColumn, cell(BillingFormat::hours(item.includedMinutes), true));
        m_table->setItem(row, RolloverColumn,
            cell(item.rolloverUsedMinutes > 0 ? BillingFormat::hours(item.rolloverUsedMinutes) : QString(), true));
        m_table->setItem(row, OverageColumn,
            cell(item.overageMinutes > 0 ? BillingFormat::hours(item.overageMinutes) : QString(), true));
        m_table->setItem(row, TotalColumn, cell(failed ? QString() : BillingFormat::money(item.total), true));
        QString result = failed ? item.error : tr("Draft invoice and act");
        if (!failed && !item.adjustmentsSettled.isEmpty())
            result += u"; "_s + tr("corrections of earlier months: %1").arg(item.adjustmentsSettled.size());
        QTableWidgetItem *resultCell = cell(result);
        if (failed)
            resultCell->setForeground(statusColor(StatusTone::Bad, palette()));
        resultCell->setToolTip(result);
        m_table->setItem(row, ResultColumn, resultCell);
    }
    m_table->setVisible(!shown.isEmpty());

    QStringList parts;
    if (r.created > 0)
        parts << tr("%1: draft invoices to create: %2, in total %3 with VAT.")
                     .arg(BillingFormat::month(r.month), QString::number(r.created),
                         BillingFormat::moneyList(totalsByCurrency(r.items)));
    else
        parts << tr("%1: nothing new to invoice.").arg(BillingFormat::month(r.month));
    if (r.existing > 0)
        parts << tr("Already invoiced for this month: %1.").arg(r.existing);
    if (r.nothingToBill > 0)
        parts << tr("Nothing to bill: %1.").arg(r.nothingToBill);
    if (r.failed > 0)
        parts << tr("Cannot be billed: %1 (see the list).").arg(r.failed);
    m_summary->setText(parts.join(u' '));
}

void BillingRunDialog::create()
{
    if (m_busy || !m_previewed || m_preview.created == 0)
        return;
    m_busy = true;
    updateButtons();
    const QDate month = m_preview.month.isValid() ? m_preview.month : this->month();
    auto result = std::make_shared<BillingRunResult>();
    QPointer<BillingRunDialog> self(this);
    BackgroundTask::run(this, m_session->database(), tr("Billing %1…").arg(BillingFormat::month(month)),
        [month, result](const Database &db, const BackgroundTask::Progress &progress, const std::atomic_bool &cancel) {
            auto run = BillingRun(db).run(month, false, &cancel, progress);
            if (!run)
                return Status(fail(run.error()));
            *result = *run;
            return Status();
        },
        [self, result](const Status &status) {
            if (!self)
                return;
            self->m_busy = false;
            if (!status) {
                self->m_summary->setText(status.error());
                self->updateButtons();
                return;
            }
            self->m_session->notifyDataChanged();
            Q_EMIT self->completed(*result);
            self->accept();
        });
}

QString BillingRunDialog::describeResult(const BillingRunResult &r)
{
    QString text = tr("Billing for %1: draft invoices created: %2.").arg(BillingFormat::month(r.month), QString::number(r.created));
    if (r.existing > 0)
        text += u' ' + tr("Already invoiced before: %1.").arg(r.existing);
    if (r.failed > 0)
        text += u' ' + tr("Clients that could not be billed: %1.").arg(r.failed);
    if (r.cancelled)
        text += u' ' + tr("The run was cancelled before all clients were billed.");
    return text;
}

} // namespace rapport
