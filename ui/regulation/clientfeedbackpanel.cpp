#include "clientfeedbackpanel.h"

#include "appsession.h"
#include "clientfeedbackdialog.h"
#include "clientfeedbackmodel.h"
#include "regulationlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ClientFeedbackPanel::ClientFeedbackPanel(AppSession *session, ClientId client, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_client(client)
    , m_model(new ClientFeedbackModel(this))
    , m_summary(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_unhandled(new QCheckBox(this))
    , m_add(new QPushButton(this))
    , m_handle(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"clientFeedbackPanel"_s);
    m_summary->setObjectName(u"feedbackSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_kind->setObjectName(u"feedbackKindFilter"_s);
    m_kind->addItem(QString(), -1);
    for (ClientFeedbackKind k : {ClientFeedbackKind::Complaint, ClientFeedbackKind::Thanks, ClientFeedbackKind::Remark})
        m_kind->addItem(QString(), int(k));
    m_unhandled->setObjectName(u"feedbackUnhandledOnly"_s);
    m_add->setObjectName(u"feedbackAdd"_s);
    m_handle->setObjectName(u"feedbackHandle"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_model->setDatabase(session->database());
    m_table->setObjectName(u"feedbackTable"_s);
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
    header->resizeSection(ClientFeedbackModel::ReceivedColumn, 90);
    header->resizeSection(ClientFeedbackModel::KindColumn, 110);
    header->resizeSection(ClientFeedbackModel::ChannelColumn, 100);
    header->setSectionResizeMode(ClientFeedbackModel::TextColumn, QHeaderView::Stretch);
    header->resizeSection(ClientFeedbackModel::HandlingColumn, 260);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_kind);
    toolbar->addWidget(m_unhandled);
    toolbar->addStretch(1);
    toolbar->addWidget(m_handle);
    toolbar->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClientFeedbackPanel::applyFilters);
    connect(m_unhandled, &QCheckBox::toggled, this, &ClientFeedbackPanel::applyFilters);
    connect(m_add, &QPushButton::clicked, this, &ClientFeedbackPanel::addFeedback);
    connect(m_handle, &QPushButton::clicked, this, &ClientFeedbackPanel::handleCurrent);
    connect(m_table, &QTableView::activated, this, &ClientFeedbackPanel::handleCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientFeedbackPanel::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientFeedbackPanel::updateButtons);
    connect(m_session, &AppSession::dataChanged, this, [this] { m_model->reload(); });

    retranslateUi();
    applyFilters();
}

ClientFeedbackPanel *ClientFeedbackPanel::addTab(QTabWidget *tabs, AppSession *session, ClientId client)
{
    auto *panel = new ClientFeedbackPanel(session, client, tabs);
    panel->m_tabs = tabs;
    tabs->addTab(panel, QString());
    panel->retranslateUi();
    return panel;
}

void ClientFeedbackPanel::setClient(ClientId client)
{
    m_client = client;
    applyFilters();
}

void ClientFeedbackPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientFeedbackPanel::retranslateUi()
{
    if (m_tabs)
        m_tabs->setTabText(m_tabs->indexOf(this), tr("&Feedback"));
    m_kind->setItemText(0, tr("All feedback"));
    m_kind->setItemText(1, tr("Complaints"));
    m_kind->setItemText(2, tr("Thanks"));
    m_kind->setItemText(3, tr("Remarks"));
    m_kind->setAccessibleName(tr("Kind of feedback"));
    m_table->setAccessibleName(tr("Feedback from the client"));
    m_unhandled->setText(tr("&Unhandled only"));
    m_add->setText(tr("&Record feedback…"));
    m_handle->setText(tr("Mark &handled…"));
    m_model->retranslate();
    updateSummary();
}

void ClientFeedbackPanel::applyFilters()
{
    ClientFeedbackQuery q;
    q.client = m_client; // the model lists nothing for an unsaved card
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        q.kind = ClientFeedbackKind(kind);
    q.unhandledOnly = m_unhandled->isChecked();
    m_model->setQuery(q);
    m_add->setEnabled(m_client.isValid());
}

void ClientFeedbackPanel::updateSummary()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(m_client.isValid() ? tr("No complaints, thanks or remarks recorded.")
                                        : tr("Save the card first to record the client's feedback."));
    if (!m_client.isValid() || !m_session->hasDatabase()) {
        m_summary->clear();
        updateButtons();
        return;
    }
    const ClientFeedbackCounts c = ClientFeedbackRepository(m_session->database()).counts(0, std::numeric_limits<qint64>::max(), m_client);
    QString complaints = tr("Complaints: %1").arg(c.complaints);
    if (c.unhandledComplaints > 0)
        complaints += u" <span style=\"color:%1\">%2</span>"_s.arg(
            RegulationLabels::overdueColor().name(), tr("(%1 not handled)").arg(c.unhandledComplaints).toHtmlEscaped());
    m_summary->setText(complaints + u" &nbsp;·&nbsp; "_s + tr("Thanks: %1").arg(c.thanks).toHtmlEscaped()
                       + u" &nbsp;·&nbsp; "_s + tr("Remarks: %1").arg(c.remarks).toHtmlEscaped());
    updateButtons();
}

void ClientFeedbackPanel::updateButtons()
{
    const ClientFeedback *f = m_model->feedback(m_table->currentIndex().row());
    m_handle->setEnabled(f != nullptr);
}

void ClientFeedbackPanel::addFeedback()
{
    if (!m_client.isValid())
        return;
    auto *dialog = new ClientFeedbackDialog(m_session, m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClientFeedbackPanel::handleCurrent()
{
    const ClientFeedback *f = m_model->feedback(m_table->currentIndex().row());
    if (!f)
        return;
    auto *dialog = new ClientFeedbackDialog(m_session, *f, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace rapport
