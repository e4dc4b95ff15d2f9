#include "applyworkflowdialog.h"

#include "appsession.h"
#include "clientpagemodel.h"
#include "fieldmessage.h"
#include "regulationlabels.h"
#include "storage/regulationcalendar.h"
#include "storage/ticketrepository.h"
#include "storage/workflowrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ApplyWorkflowDialog::ApplyWorkflowDialog(
    AppSession *session, ClientId client, WorkflowTemplateId workflow, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clients(new ClientPageModel(this))
    , m_templateLabel(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_clientLabel(new QLabel(this))
    , m_client(new QComboBox(this))
    , m_ticketLabel(new QLabel(this))
    , m_ticket(new QComboBox(this))
    , m_startLabel(new QLabel(this))
    , m_start(new QDateEdit(this))
    , m_previewLabel(new QLabel(this))
    , m_previewTable(new QTableWidget(0, PreviewColumnCount, this))
    , m_summary(new QLabel(this))
    , m_error(new FieldMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"applyWorkflowDialog"_s);
    m_template->setObjectName(u"applyWorkflowTemplate"_s);
    m_description->setObjectName(u"applyWorkflowDescription"_s);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_client->setObjectName(u"applyWorkflowClient"_s);
    m_clients->setDatabase(session->database());
    m_client->setModel(m_clients);
    m_ticket->setObjectName(u"applyWorkflowTicket"_s);
    m_start->setObjectName(u"applyWorkflowStart"_s);
    m_start->setCalendarPopup(true);
    m_start->setDate(RegulationCalendar::today());
    m_templateLabel->setBuddy(m_template);
    m_clientLabel->setBuddy(m_client);
    m_ticketLabel->setBuddy(m_ticket);
    m_startLabel->setBuddy(m_start);
    m_previewLabel->setBuddy(m_previewTable);
    QFont bold = m_previewLabel->font();
    bold.setBold(true);
    m_previewLabel->setFont(bold);
    m_previewTable->setObjectName(u"applyWorkflowPreview"_s);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_previewTable->setTabKeyNavigation(false);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 12);
    QHeaderView *header = m_previewTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    header->resizeSection(RoleColumn, 160);
    header->resizeSection(OwnerColumn, 190);
    header->resizeSection(DueColumn, 100);
    m_summary->setObjectName(u"applyWorkflowSummary"_s);
    m_summary->setWordWrap(true);
    m_error->setObjectName(u"applyWorkflowError"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_templateLabel, m_template);
    form->addRow(QString(), m_description);
    form->addRow(m_clientLabel, m_client);
    form->addRow(m_ticketLabel, m_ticket);
    form->addRow(m_startLabel, m_start);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (session->hasDatabase()) {
        m_templates = WorkflowRepository(session->database()).templates();
        m_clients->reload();
    }
    for (const WorkflowTemplate &t : std::as_const(m_templates))
        m_template->addItem(t.name, t.id.value);
    m_client->setCurrentIndex(-1);
    m_ticket->addItem(QString(), qint64(0));

    connect(m_template, &QComboBox::currentIndexChanged, this, &ApplyWorkflowDialog::updatePreview);
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        reloadTickets();
        updatePreview();
    });
    connect(m_ticket, &QComboBox::currentIndexChanged, this, &ApplyWorkflowDialog::updatePreview);
    connect(m_start, &QDateEdit::dateChanged, this, &ApplyWorkflowDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApplyWorkflowDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApplyWorkflowDialog::reject);

    retranslateUi();
    {
        const QSignalBlocker blockTemplate(m_template);
        const QSignalBlocker blockClient(m_client);
        if (workflow.isValid())
            m_template->setCurrentIndex(std::max(0, m_template->findData(workflow.value)));
        if (client.isValid())
            setClient(client);
    }
    reloadTickets();
    updatePreview();
    resize(760, 560);
    if (client.isValid())
        m_template->setFocus();
    else
        m_client->setFocus();
}

void ApplyWorkflowDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ApplyWorkflowDialog::retranslateUi()
{
    setWindowTitle(tr("Apply Workflow"));
    m_templateLabel->setText(tr("&Workflow:"));
    m_clientLabel->setText(tr("&Client:"));
    m_ticketLabel->setText(tr("T&icket:"));
    m_startLabel->setText(tr("&Start on:"));
    m_previewLabel->setText(tr("Tas&ks to be created"));
    m_client->setPlaceholderText(tr("Choose a client"));
    m_ticket->setItemText(0, tr("None: for the client as a whole"));
    m_template->setAccessibleName(tr("Workflow template"));
    m_client->setAccessibleName(tr("Client"));
    m_ticket->setAccessibleName(tr("Ticket"));
    m_start->setAccessibleName(tr("Start date"));
    m_start->setToolTip(tr("Each step is due its number of working days after this date, on the client's "
                           "regulation calendar."));
    m_previewTable->setAccessibleName(tr("Tasks to be created"));
    m_previewTable->setHorizontalHeaderLabels({ tr("Step"), tr("Owner role"), tr("Owner"), tr("Due") });
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    // Role names and dates follow the language; the tasks themselves stay.
    if (const WorkflowTemplate *t = currentTemplate(); t && !m_preview.isEmpty()) {
        for (int row = 0; row < m_preview.size() && row < m_previewTable->rowCount(); ++row) {
            const Task &task = m_preview.at(row);
            for (const WorkflowStep &s : t->steps) {
                if (s.id == task.workflowStepId)
                    m_previewTable->item(row, RoleColumn)->setText(RegulationLabels::role(s.ownerRole));
            }
            m_previewTable->item(row, DueColumn)->setText(QLocale().toString(task.dueOn, QLocale::ShortFormat));
        }
    }
}

const WorkflowTemplate *ApplyWorkflowDialog::currentTemplate() const
{
    const WorkflowTemplateId id = templateId();
    for (const WorkflowTemplate &t : m_templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

WorkflowTemplateId ApplyWorkflowDialog::templateId() const
{
    return WorkflowTemplateId(m_template->currentData().toLongLong());
}

ClientId ApplyWorkflowDialog::clientId() const
{
    return ClientId(m_client->currentData(ClientPageModel::ClientIdRole).toLongLong());
}

TicketId ApplyWorkflowDialog::ticketId() const
{
    return TicketId(m_ticket->currentData().toLongLong());
}

QDate ApplyWorkflowDialog::startDate() const
{
    return m_start->date();
}

void ApplyWorkflowDialog::setTemplate(WorkflowTemplateId id)
{
    const int row = m_template->findData(id.value);
    if (row >= 0)
        m_template->setCurrentIndex(row);
}

void ApplyWorkflowDialog::setClient(ClientId client)
{
    // The picker loads clients page by page: fetch until the client is in.
    int row = m_clients->rowOf(client);
    while (row < 0 && m_clients->canFetchMore({})) {
        m_clients->fetchMore({});
        row = m_clients->rowOf(client);
    }
    m_client->setCurrentIndex(row);
}

void ApplyWorkflowDialog::setTicket(TicketId ticket)
{
    m_ticket->setCurrentIndex(std::max(0, m_ticket->findData(ticket.value)));
}

void ApplyWorkflowDialog::setStartDate(QDate date)
{
    m_start->setDate(date);
}

void ApplyWorkflowDialog::reloadTickets()
{
    const QSignalBlocker blocker(m_ticket);
    const qint64 current = m_ticket->currentData().toLongLong();
    while (m_ticket->count() > 1)
        m_ticket->removeItem(1);
    const ClientId client = clientId();
    if (client.isValid() && m_session->hasDatabase()) {
        TicketQuery query;
        query.client = client;
        query.openOnly = true;
        query.limit = 200;
        for (const TicketListRow &t : TicketRepository(m_session->database()).list(query))
            m_ticket->addItem(tr("#%1  %2").arg(t.id.value).arg(t.subject), t.id.value);
    }
    m_ticket->setCurrentIndex(std::max(0, m_ticket->findData(current)));
    m_ticket->setEnabled(m_ticket->count() > 1);
}

void ApplyWorkflowDialog::updatePreview()
{
    m_preview.clear();
    m_previewTable->setRowCount(0);
    m_summary->clear();
    m_error->clearMessage();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    const WorkflowTemplate *workflow = currentTemplate();
    m_description->setText(workflow ? workflow->description : QString());
    m_description->setVisible(!m_description->text().isEmpty());
    if (!workflow) {
        m_error->showMessage(tr("There is no workflow template to apply: add one on the Workflow templates tab."));
        return;
    }
    if (!clientId().isValid()) {
        m_summary->setText(tr("Choose the client to see the tasks its steps will become."));
        return;
    }
    auto planned = WorkflowRepository(m_session->database()).preview(workflow->id, clientId(), ticketId(), startDate());
    if (!planned) {
        m_error->showMessage(planned.error());
        return;
    }
    m_preview = *planned;
    const QLocale locale;
    m_previewTable->setRowCount(int(m_preview.size()));
    QDate last;
    for (int row = 0; row < m_preview.size(); ++row) {
        const Task &task = m_preview.at(row);
        QString role;
        for (const WorkflowStep &s : workflow->steps) {
            if (s.id == task.workflowStepId)
                role = RegulationLabels::role(s.ownerRole);
        }
        m_previewTable->setItem(row, StepColumn, new QTableWidgetItem(task.title));
        m_previewTable->setItem(row, RoleColumn, new QTableWidgetItem(role));
        auto *owner = new QTableWidgetItem(task.ownerName);
        owner->setToolTip(task.ownerEmail);
        m_previewTable->setItem(row, OwnerColumn, owner);
        auto *due = new QTableWidgetItem(locale.toString(task.dueOn, QLocale::ShortFormat));
        due->setTextAlignment(Qt::AlignCenter);
        due->setToolTip(locale.toString(task.dueOn, QLocale::LongFormat));
        m_previewTable->setItem(row, DueColumn, due);
        if (!last.isValid() || task.dueOn > last)
            last = task.dueOn;
    }
    m_summary->setText(tr("%n task(s) will be created, the last one due %1.", nullptr, int(m_preview.size()))
                           .arg(locale.toString(last, QLocale::LongFormat)));
    ok->setEnabled(true);
}

bool ApplyWorkflowDialog::apply()
{
    m_error->clearMessage();
    if (m_preview.isEmpty()) {
        updatePreview();
        if (m_preview.isEmpty())
            return false;
    }
    auto run = WorkflowRepository(m_session->database()).apply(templateId(), clientId(), ticketId(), startDate());
    if (!run) {
        m_error->showMessage(run.error());
        return false;
    }
    m_applied = run->id;
    m_session->notifyDataChanged();
    Q_EMIT applied(m_applied);
    return true;
}

void ApplyWorkflowDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace rapport
