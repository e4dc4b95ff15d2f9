#include "dunningqueuepage.h"

#include "appsession.h"
#include "billingformat.h"
#include "dunningexceptiondialog.h"
#include "dunningqueuemodel.h"
#include "dunningsentdialog.h"
#include "storage/dunningrepository.h"
#include "storage/dunningrun.h"
#include "storage/invoicerepository.h"
#include "theme.h"
#include "widgets/backgroundtask.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

bool askQuestion(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

// A link to the guarantee letter: a URL as it is, a file path as a file URL.
QString documentLink(const QString &location)
{
    const QUrl url = location.contains(u"://"_s) ? QUrl(location) : QUrl::fromLocalFile(location);
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), location.toHtmlEscaped());
}

} // namespace

DunningQueuePage::DunningQueuePage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DunningQueueModel(this))
    , m_confirm(&askQuestion)
    , m_asOf(new QLabel(this))
    , m_run(new QPushButton(this))
    , m_promise(new QPushButton(this))
    , m_guarantee(new QPushButton(this))
    , m_hold(new QPushButton(this))
    , m_release(new QPushButton(this))
    , m_markSent(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_run->setObjectName(u"dunningRunNow"_s);
    m_promise->setObjectName(u"dunningPromise"_s);
    m_guarantee->setObjectName(u"dunningGuarantee"_s);
    m_hold->setObjectName(u"dunningHold"_s);
    m_release->setObjectName(u"dunningRelease"_s);
    m_markSent->setObjectName(u"dunningMarkSent"_s);
    m_table->setObjectName(u"dunningTable"_s);
    m_details->setObjectName(u"dunningDetails"_s);
    m_message->setObjectName(u"dunningMessage"_s);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    m_asOf->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

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
    // The queue is short (clients in dunning): columns fit their text in any language.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DunningQueueModel::ClientColumn, QHeaderView::Interactive);
    header->resizeSection(DunningQueueModel::ClientColumn, 190);
    header->setStretchLastSection(true);
    // The stage says it (suspended, blocked); the column stays in the model for exports.
    m_table->hideColumn(DunningQueueModel::ClientStatusColumn);

    auto *top = new QHBoxLayout;
    top->addWidget(m_asOf, 1);
    top->addWidget(m_run);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_promise);
    actions->addWidget(m_guarantee);
    actions->addWidget(m_hold);
    actions->addWidget(m_release);
    actions->addStretch(1);
    actions->addWidget(m_markSent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_message);

    connect(m_run, &QPushButton::clicked, this, &DunningQueuePage::runNow);
    connect(m_promise, &QPushButton::clicked, this, [this] { addException(DunningPauseKind::PromiseToPay); });
    connect(m_guarantee, &QPushButton::clicked, this, [this] { addException(DunningPauseKind::GuaranteeLetter); });
    connect(m_hold, &QPushButton::clicked, this, [this] { addException(DunningPauseKind::Hold); });
    connect(m_release, &QPushButton::clicked, this, &DunningQueuePage::release);
    connect(m_markSent, &QPushButton::clicked, this, &DunningQueuePage::markSent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    const auto changed = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(m_session, &AppSession::databaseChanged, this, changed);
    connect(m_session, &AppSession::dataChanged, this, changed);
    connect(m_session, &AppSession::currentUserChanged, this, &DunningQueuePage::updateActions);

    retranslateUi();
    updateActions();
}

void DunningQueuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DunningQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DunningQueuePage::retranslateUi()
{
    m_table->setAccessibleName(tr("Dunning queue"));
    m_run->setText(tr("&Run Dunning Now"));
    m_run->setToolTip(tr("Take every step due as of today: debt notices, suspensions after the notice deadline, "
                         "claims, blocks, and restores after full payment."));
    m_promise->setText(tr("&Promise to Pay…"));
    m_guarantee->setText(tr("&Guarantee Letter…"));
    m_hold->setText(tr("&Hold…"));
    m_release->setText(tr("Re&lease"));
    m_release->setToolTip(tr("Lift the client's promise, guarantee letter or hold today; escalation resumes."));
    m_markSent->setText(tr("Mark &Sent by the Team…"));
    m_model->retranslate();
    updateActions();
    updateDetails();
}

bool DunningQueuePage::isTeamLead() const
{
    return m_session->currentUser().role == Role::TeamLead;
}

ClientId DunningQueuePage::currentClient() const
{
    const DunningQueueRow *row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->clientId : ClientId();
}

bool DunningQueuePage::selectClient(ClientId client)
{
    const int row = m_model->rowOf(client);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    return true;
}

void DunningQueuePage::reload()
{
    m_stale = false;
    if (!m_session->hasDatabase())
        return;
    const ClientId current = currentClient();
    const QDate today = InvoiceRepository::today();
    auto rows = DunningRun(m_session->database()).queue(today);
    if (!rows) {
        m_model->setRows({}, today);
        showMessage(rows.error(), true);
    } else {
        m_model->setRows(*rows, today);
    }
    if (current.isValid())
        selectClient(current);
    const int due = m_model->stepsDue();
    m_asOf->setText(tr("As of %1. Clients with overdue debt: %2.").arg(BillingFormat::date(today)).arg(m_model->rowCount())
        + (due > 0 ? u' ' + tr("Steps due and not yet taken: %1.").arg(due) : QString()));
    updateActions();
    updateDetails();
}

void DunningQueuePage::updateActions()
{
    const DunningQueueRow *row = m_model->rowAt(m_table->currentIndex().row());
    const bool any = row != nullptr && !m_busy;
    m_run->setEnabled(!m_busy && m_session->hasDatabase());
    m_promise->setEnabled(any);
    m_guarantee->setEnabled(any);
    // A hold overrides the regulation: only a team lead may put one.
    m_hold->setEnabled(any && isTeamLead());
    m_hold->setToolTip(isTeamLead() ? tr("Hold escalation with a reason until you release it.")
                                    : tr("Only a team lead may hold dunning."));
    m_release->setEnabled(any && !row->activePauses.isEmpty());
    const bool waiting = any && !row->history.isEmpty() && row->history.constLast().waitsForDelivery();
    m_markSent->setEnabled(waiting);
    m_markSent->setToolTip(waiting ? tr("The notice or claim waits for its message: record that the team handed it "
                                        "over itself, and when.")
                                   : tr("Nothing of this client waits for its message."));
}

void DunningQueuePage::updateDetails()
{
    const DunningQueueRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        m_details->setText(m_model->rowCount() == 0 ? tr("No client has overdue debt.")
                                                   : tr("Select a client to see its steps and exceptions."));
        return;
    }
    QStringList lines;
    lines << u"<b>%1</b> — %2"_s.arg(row->clientName.toHtmlEscaped(),
        tr("overdue invoices: %1, the oldest due %2")
            .arg(QString::number(row->overdueInvoices), BillingFormat::date(row->oldestDueOn)).toHtmlEscaped());
    if (row->noticeDeadline.isValid())
        lines << tr("The debt notice gives until %1 to pay (business days on the calendar \"%2\").")
                     .arg(BillingFormat::date(row->noticeDeadline), row->calendarName)
                     .toHtmlEscaped();
    QStringList steps;
    for (const DunningStepRecord &s : row->history) {
        QString text = BillingFormat::date(s.dueOn) + u": "_s + dunningStepTitle(s.step);
        if (!s.userName.isEmpty())
            text += u" ("_s + s.userName + u')';
        steps << text.toHtmlEscaped();
    }
    if (!steps.isEmpty())
        lines << tr("Steps taken:").toHtmlEscaped() + u' ' + steps.join(u"; "_s);
    for (const DunningPauseRecord &p : row->activePauses) {
        QString text = BillingFormat::pauseKind(p.kind).toHtmlEscaped();
        if (p.until.isValid())
            text += u' ' + tr("until %1").arg(BillingFormat::date(p.until)).toHtmlEscaped();
        if (p.kind == DunningPauseKind::GuaranteeLetter && !p.document.isEmpty())
            text += u": "_s + documentLink(p.document);
        else if (!p.reason.isEmpty())
            text += u": "_s + p.reason.toHtmlEscaped();
        if (!p.userName.isEmpty())
            text += u" — "_s + p.userName.toHtmlEscaped();
        lines << text;
    }
    m_details->setText(lines.join(u"<br>"_s));
}

void DunningQueuePage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? statusStyleSheet(StatusTone::Bad) : QString());
    m_message->setText(text);
}

void DunningQueuePage::runNow()
{
    if (m_busy || !m_session->hasDatabase())
        return;
    const QDate today = InvoiceRepository::today();
    const int due = m_model->stepsDue();
    const QString text = due > 0
        ? tr("Run dunning as of %1? Steps due: %2. Debt notices, suspensions and the like are recorded, and "
             "suspended clients' work stops.")
              .arg(BillingFormat::date(today), QString::number(due))
        : tr("Run dunning as of %1? No step looks due; the run checks every client again.").arg(BillingFormat::date(today));
    if (!m_confirm(this, tr("Run Dunning"), text))
        return;
    m_busy = true;
    updateActions();
    auto result = std::make_shared<DunningRunResult>();
    QPointer<DunningQueuePage> self(this);
    BackgroundTask::run(this, m_session->database(), tr("Running dunning as of %1…").arg(BillingFormat::date(today)),
        [today, result](const Database &db, const BackgroundTask::Progress &progress, const std::atomic_bool &cancel) {
            auto run = DunningRun(db).run(today, false, &cancel, progress);
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
                self->showMessage(status.error(), true);
                self->updateActions();
                return;
            }
            QStringList steps;
            for (const DunningRunStep &s : std::as_const(result->steps))
                steps << tr("%1: %2 (%3)").arg(s.clientName, dunningStepTitle(s.step), BillingFormat::date(s.dueOn));
            QString text = tr("Dunning as of %1: steps taken: %2")
                               .arg(BillingFormat::date(result->asOf), QString::number(result->steps.size()));
            text += steps.isEmpty() ? u"."_s : u": "_s + steps.join(u"; "_s) + u'.';
            if (!result->errors.isEmpty())
                text += u' ' + tr("Clients that could not be checked: %1.").arg(result->errors.size());
            if (result->cancelled)
                text += u' ' + tr("The run was cancelled.");
            self->showMessage(text, !result->errors.isEmpty());
            self->m_session->notifyDataChanged();
            self->reload();
            Q_EMIT self->runFinished();
        });
}

DunningExceptionDialog *DunningQueuePage::addException(DunningPauseKind kind)
{
    const DunningQueueRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return nullptr;
    auto *dialog = new DunningExceptionDialog(m_session, row->clientId, row->clientName, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DunningExceptionDialog::recorded, this, [this, kind, name = row->clientName] {
        showMessage(tr("%1 recorded for %2.").arg(BillingFormat::pauseKind(kind), name));
    });
    dialog->open();
    return dialog;
}

DunningSentDialog *DunningQueuePage::markSent()
{
    const DunningQueueRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || row->history.isEmpty() || !row->history.constLast().waitsForDelivery())
        return nullptr;
    const DunningStepRecord &step = row->history.constLast();
    auto *dialog = new DunningSentDialog(m_session, row->clientId, row->clientName, step.step, step.dueOn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DunningSentDialog::recorded, this, [this, name = row->clientName, kind = step.step] {
        showMessage(tr("%1 of %2 recorded as sent by the team.").arg(dunningStepTitle(kind), name));
    });
    dialog->open();
    return dialog;
}

bool DunningQueuePage::release()
{
    const DunningQueueRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return false;
    const ClientId client = row->clientId;
    const QString name = row->clientName;
    if (!m_confirm(this, tr("Release"),
            tr("Lift the promise, guarantee letter or hold of %1 today? Escalation resumes on the next working day "
               "if the debt is still open.")
                .arg(name)))
        return false;
    auto lifted = DunningRepository(m_session->database()).release(client);
    if (!lifted) {
        showMessage(lifted.error(), true);
        return false;
    }
    showMessage(tr("Exceptions of %1 lifted: %2.").arg(name, QString::number(*lifted)));
    m_session->notifyDataChanged();
    return true;
}

} // namespace rapport
