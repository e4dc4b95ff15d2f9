#include "outboxview.h"

#include "appsession.h"
#include "automation/mailpassword.h"
#include "automation/outboxsender.h"
#include "domain/clock.h"
#include "outboxmodel.h"
#include "storage/automationrepository.h"
#include "storage/outboxrepository.h"
#include "theme.h"
#include "storage/mailsettings.h"
#include "views/viewfactory.h"
#include "widgets/backgroundtask.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Filter entries: the state key (empty: all; "approval": queued and waiting).
const QStringList kFilters { QString(), u"approval"_s, u"queued"_s, u"failed"_s, u"sent"_s, u"cancelled"_s };

} // namespace

OutboxView::OutboxView(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new OutboxModel(this))
    , m_filter(new QComboBox(this))
    , m_run(new QPushButton(this))
    , m_send(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_preview(new QPlainTextEdit(this))
    , m_approve(new QPushButton(this))
    , m_approveAll(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_empty(new QLabel(this))
{
    m_filter->setObjectName(u"outboxStateFilter"_s);
    m_run->setObjectName(u"outboxRunButton"_s);
    m_send->setObjectName(u"outboxSendButton"_s);
    m_table->setObjectName(u"outboxTable"_s);
    m_preview->setObjectName(u"outboxPreview"_s);
    m_approve->setObjectName(u"outboxApprove"_s);
    m_approveAll->setObjectName(u"outboxApproveAll"_s);
    m_retry->setObjectName(u"outboxRetry"_s);
    m_cancel->setObjectName(u"outboxCancel"_s);
    m_message->setObjectName(u"outboxMessage"_s);
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    for (int i = 0; i < kFilters.size(); ++i)
        m_filter->addItem(QString());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_preview->setReadOnly(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(this);
    title->setObjectName(u"viewTitle"_s);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_filter);
    top->addWidget(m_count, 1);
    top->addWidget(m_run);
    top->addWidget(m_send);

    auto *tableStack = new QStackedWidget(this);
    tableStack->addWidget(m_table);
    tableStack->addWidget(m_empty);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tableStack);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_approveAll);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_message, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this, tableStack] {
        tableStack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &OutboxView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updatePreview();
        updateActions();
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { act(u"approve"_s); });
    connect(m_approveAll, &QPushButton::clicked, this, [this] { act(u"approve_all"_s); });
    connect(m_retry, &QPushButton::clicked, this, [this] { act(u"retry"_s); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { act(u"cancel"_s); });
    connect(m_run, &QPushButton::clicked, this, &OutboxView::runAutomation);
    connect(m_send, &QPushButton::clicked, this, &OutboxView::sendNow);
    connect(m_session, &AppSession::databaseChanged, this, &OutboxView::reload);
    connect(m_session, &AppSession::dataChanged, this, &OutboxView::reload);
    retranslateUi();
    reload();
}

void OutboxView::retranslateUi()
{
    const QStringList titles { tr("All messages"), tr("Waiting for approval"), tr("Queued"), tr("Failed"),
        tr("Sent"), tr("Cancelled") };
    for (int i = 0; i < titles.size(); ++i)
        m_filter->setItemText(i, titles.at(i));
    if (auto *title = findChild<QLabel *>(u"viewTitle"_s))
        title->setText(viewTitle(u"outbox"_s));
    m_run->setText(tr("Run automation now"));
    m_filter->setAccessibleName(tr("Show messages"));
    m_table->setAccessibleName(tr("Messages"));
    m_preview->setAccessibleName(tr("Message preview"));
    m_send->setText(tr("Send now"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)); // after setText, which resets it
    m_send->setToolTip(tr("Send the approved and due messages now (Ctrl+Shift+S)"));
    m_approve->setText(tr("Approve"));
    m_approve->setToolTip(tr("Approve the selected message for sending (Ctrl+Enter)"));
    m_approveAll->setText(tr("Approve all"));
    m_retry->setText(tr("Retry"));
    m_cancel->setText(tr("Cancel message"));
    m_empty->setText(tr("The outbox is empty. Automation rules queue messages here: run them with "
                        "Run automation now or rapport-cli automation run."));
    m_model->retranslate();
    m_count->setText(tr("%n message(s)", nullptr, m_model->rowCount()));
    updatePreview();
}

void OutboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutboxView::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

qint64 OutboxView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->message(rows.first().row()).id;
}

void OutboxView::reload()
{
    const qint64 keep = selectedId();
    QList<OutboxMessage> rows;
    if (m_session->hasDatabase()) {
        OutboxRepository outbox(m_session->database());
        const QString filter = kFilters.value(m_filter->currentIndex());
        if (filter.isEmpty()) {
            rows = outbox.list();
        } else if (filter == u"approval"_s) {
            for (const OutboxMessage &m : outbox.list(u"queued"_s))
                if (m.needsApproval)
                    rows << m;
        } else {
            rows = outbox.list(filter);
        }
    }
    m_model->setMessages(rows);
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n message(s)", nullptr, m_model->rowCount()));
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updatePreview();
    updateActions();
}

void OutboxView::updateActions()
{
    const int row = m_model->rowOf(selectedId());
    const OutboxMessage *m = row >= 0 ? &m_model->message(row) : nullptr;
    m_approve->setEnabled(m && m->state == u"queued"_s && m->needsApproval);
    m_retry->setEnabled(m && m->state == u"failed"_s && !m->toAddress.isEmpty());
    m_cancel->setEnabled(m && (m->state == u"queued"_s || m->state == u"approved"_s || m->state == u"failed"_s));
    bool waiting = false;
    for (int i = 0; i < m_model->rowCount() && !waiting; ++i)
        waiting = m_model->message(i).state == u"queued"_s && m_model->message(i).needsApproval;
    m_approveAll->setEnabled(waiting);
    m_run->setEnabled(m_session->hasDatabase());
    m_send->setEnabled(m_session->hasDatabase());
}

void OutboxView::updatePreview()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0) {
        m_preview->clear();
        return;
    }
    const OutboxMessage &m = m_model->message(row);
    QStringList head;
    head << tr("To: %1 <%2>").arg(m.toName, m.toAddress) << tr("Subject: %1").arg(m.subject)
         << tr("State: %1, attempts: %2").arg(OutboxModel::stateTitle(m)).arg(m.attempts);
    if (m.nextAttemptAt > 0)
        head << tr("Next attempt: %1")
                    .arg(QDateTime::fromSecsSinceEpoch(m.nextAttemptAt).toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s));
    if (!m.lastError.isEmpty())
        head << tr("Error: %1").arg(m.lastError);
    m_preview->setPlainText(head.join(u'\n') + u"\n\n"_s + m.body);
}

void OutboxView::act(const QString &action)
{
    if (!m_session->hasDatabase())
        return;
    OutboxRepository outbox(m_session->database());
    const qint64 id = selectedId();
    Status s;
    QString done;
    if (action == u"approve_all"_s) {
        auto n = outbox.approveAll();
        s = n ? Status() : Status(Error { n.error() });
        done = n ? tr("%n message(s) approved", nullptr, *n) : QString();
    } else if (id > 0) {
        s = action == u"approve"_s ? outbox.approve(id) : action == u"retry"_s ? outbox.retry(id) : outbox.cancel(id);
        done = action == u"approve"_s ? tr("Message %1 approved").arg(id)
            : action == u"retry"_s    ? tr("Message %1 will be sent again").arg(id)
                                      : tr("Message %1 cancelled").arg(id);
    }
    reload();
    if (!s)
        showMessage(s.error(), true);
    else
        showMessage(done);
}

void OutboxView::runAutomation()
{
    if (!m_session->hasDatabase())
        return;
    auto summary = AutomationRepository(m_session->database()).run(Clock::nowSecs(), false);
    reload();
    if (!summary)
        showMessage(summary.error(), true);
    else
        showMessage(tr("%n message(s) queued", nullptr, summary->queued));
}

void OutboxView::sendNow()
{
    if (!m_session->hasDatabase())
        return;
    MailConfig config = MailSettings(m_session->database()).config();
    if (!config.isConfigured()) {
        showMessage(tr("Mail is not configured yet: Settings → Mail → Configure mail…"), true);
        return;
    }
    if (config.mode == MailConfig::Mode::Smtp && !config.smtp.user.isEmpty()) {
        MailPassword::Lookup found = MailPassword::find(config.smtp);
        if (found.source == MailPassword::Source::None) {
            bool ok = false;
            const QString typed = QInputDialog::getText(this, tr("SMTP password"),
                tr("Password of %1 at %2 (kept in memory until Rapport closes):").arg(config.smtp.user, config.smtp.host),
                QLineEdit::Password, QString(), &ok);
            if (!ok || typed.isEmpty())
                return;
            MailPassword::remember(config.smtp, typed);
            found.password = typed;
        }
        config.smtp.password = found.password;
    }
    m_send->setEnabled(false);
    auto summary = std::make_shared<SendSummary>();
    BackgroundTask::run(this, m_session->database(), tr("Sending mail…"),
        [config, summary](const Database &db, const BackgroundTask::Progress &, const std::atomic_bool &) -> Status {
            auto sent = OutboxSender(db, config).sendDue(Clock::nowSecs());
            if (!sent)
                return fail(sent.error());
            *summary = *sent;
            return {};
        },
        [this, summary](const Status &status) {
            m_session->notifyDataChanged(); // reloads this view too
            if (!status)
                showMessage(status.error(), true);
            else if (summary->failed > 0)
                showMessage(tr("%n message(s) sent", nullptr, summary->sent) + u", "_s
                        + tr("%n failed: %1", nullptr, summary->failed).arg(summary->errors.value(0)),
                    true);
            else
                showMessage(tr("%n message(s) sent", nullptr, summary->sent));
        });
}

void OutboxView::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? statusStyleSheet(StatusTone::Bad) : QString());
    m_message->setText(text);
}

} // namespace rapport
