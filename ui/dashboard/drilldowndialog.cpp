#include "drilldowndialog.h"

#include "appsession.h"
#include "drilldownmodel.h"
#include "tickets/ticketdialog.h"
#include "widgets/backgroundtask.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Writes every row of a drill-down as CSV, a page at a time (a figure may
// stand on a million tickets), on the worker thread that calls it.
Status writeCsv(const Database &db, const Dashboard::DrillDown &drill, QDate asOf, const QString &path,
    const BackgroundTask::Progress &progress, const std::atomic_bool &cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(DrillDownDialog::tr("Cannot write %1: %2").arg(path, file.errorString()));
    const qsizetype total = drill.ids.size();
    for (qsizetype from = 0; from == 0 || from < total; from += DrillDownRows::kPageSize) {
        if (cancel.load())
            return fail(DrillDownDialog::tr("The export was cancelled."));
        Dashboard::DrillDown page { drill.kind, drill.ids.mid(from, DrillDownRows::kPageSize) };
        DrillDownModel model(db, page, asOf);
        QStringList lines = model.csvLines();
        if (from > 0)
            lines.removeFirst(); // the header once
        file.write((lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
        progress(int(std::min(total, from + DrillDownRows::kPageSize)), int(total));
    }
    if (!file.commit())
        return fail(DrillDownDialog::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

DrillDownDialog::DrillDownDialog(
    AppSession *session, const QString &title, const Dashboard::DrillDown &drill, QDate asOf, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_title(title)
    , m_asOf(asOf)
    , m_model(new DrillDownModel(session->database(), drill, asOf, this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_export(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"drillDownDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary->setObjectName(u"drillDownSummary"_s);
    m_view->setObjectName(u"drillDownView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    if (m_model->kind() == Dashboard::DrillDown::Tickets)
        m_view->horizontalHeader()->setSectionResizeMode(DrillDownModel::TicketSubject, QHeaderView::Stretch);
    else
        m_view->horizontalHeader()->setSectionResizeMode(DrillDownModel::InvoiceClient, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_export->setObjectName(u"drillDownExport"_s);
    m_close->setObjectName(u"drillDownClose"_s);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &DrillDownDialog::exportCsv);
    connect(m_view, &QTableView::activated, this, &DrillDownDialog::openCurrent);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_view->resizeColumnsToContents();
    if (m_model->kind() == Dashboard::DrillDown::Tickets)
        m_view->setColumnWidth(DrillDownModel::TicketSubject, 260);
    resize(1080, 560);
    retranslateUi();
}

void DrillDownDialog::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_model->kind() != Dashboard::DrillDown::Tickets)
        return;
    TicketDialog::showTicket(m_session, TicketId(current.data(DrillDownModel::IdRole).toLongLong()), this);
}

void DrillDownDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the list as CSV"), m_title + u".csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Dashboard::DrillDown drill { m_model->kind(), m_model->ids() };
    const QDate asOf = m_asOf;
    BackgroundTask::run(
        this, m_session->database(), tr("Exporting the list…"),
        [drill, asOf, path](const Database &db, const BackgroundTask::Progress &progress,
            const std::atomic_bool &cancel) { return writeCsv(db, drill, asOf, path, progress, cancel); },
        [this](const Status &status) {
            if (!status)
                QMessageBox::warning(this, tr("Export"), status.error());
        });
}

void DrillDownDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DrillDownDialog::retranslateUi()
{
    setWindowTitle(m_title);
    m_view->setAccessibleName(m_title);
    const qsizetype n = m_model->ids().size();
    if (m_model->kind() == Dashboard::DrillDown::Tickets)
        m_summary->setText(
            n == 0 ? tr("No tickets.") : tr("Tickets: %1. Double-click one to open it.").arg(QLocale().toString(n)));
    else
        m_summary->setText(
            n == 0 ? tr("No invoices.") : tr("Invoices: %1, most overdue first.").arg(QLocale().toString(n)));
    m_export->setText(tr("Export CSV…"));
    m_close->setText(tr("Close"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
}

} // namespace rapport
