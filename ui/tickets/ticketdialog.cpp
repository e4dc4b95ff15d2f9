#include "ticketdialog.h"

#include "appsession.h"
#include "categorycombo.h"
#include "clients/fielderrorlabel.h"
#include "deadlineedit.h"
#include "domain/clock.h"
#include "domain/ticketworkflow.h"
#include "slacell.h"
#include "storage/clientrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "theme.h"
#include "ticketconversation.h"
#include "ticketfeedbackpanel.h"
#include "ticketformalpanel.h"
#include "ticketlabels.h"
#include "ticketslapanel.h"
#include "tickettimepanel.h"
#include "widgets/accessiblenames.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// The status chip: white text on a solid colour, as legible on a light as on a dark palette.
QString statusChipColor(TicketStatus s)
{
    switch (s) {
    case TicketStatus::New:
        return u"#2f6fd6"_s;
    case TicketStatus::Formalizing:
        return u"#7b4fc9"_s;
    case TicketStatus::InProgress:
        return u"#1b7a35"_s;
    case TicketStatus::WaitingOnClient:
        return u"#a85c00"_s;
    case TicketStatus::Resolved:
    case TicketStatus::Closed:
    case TicketStatus::Cancelled:
        break;
    }
    return u"#6e6e6e"_s;
}

} // namespace

TicketDialog::TicketDialog(AppSession *session, TicketId id, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(id)
    , m_subject(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_status(new QLabel(this))
    , m_priorityLabel(new QLabel(this))
    , m_priority(new QComboBox(this))
    , m_ownerLabel(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_assigneeLabel(new QLabel(this))
    , m_assignee(new QComboBox(this))
    , m_categoryLabel(new QLabel(this))
    , m_category(new CategoryCombo(this))
    , m_categoryError(new FieldErrorLabel(this))
    , m_deadlineLabel(new QLabel(this))
    , m_deadline(new DeadlineEdit(this))
    , m_deadlineError(new FieldErrorLabel(this))
    , m_message(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_conversation(new TicketConversation(this))
    , m_compose(new QPlainTextEdit(this))
    , m_reply(new QPushButton(this))
    , m_note(new QPushButton(this))
    , m_logCall(new QPushButton(this))
    , m_sla(new TicketSlaPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_formal(new TicketFormalPanel(session, this))
    , m_time(new TicketTimePanel(session, this))
    , m_feedback(new TicketFeedbackPanel(session, this))
    , m_slaTimer(new QTimer(this))
    , m_conflictPrompt(&TicketDialog::askAboutConflict)
{
    setObjectName(u"ticketDialog"_s);
    setSizeGripEnabled(true);
    m_subject->setObjectName(u"ticketSubject"_s);
    m_meta->setObjectName(u"ticketMeta"_s);
    m_status->setObjectName(u"ticketStatus"_s);
    m_priority->setObjectName(u"ticketPriority"_s);
    m_owner->setObjectName(u"ticketOwner"_s);
    m_assignee->setObjectName(u"ticketAssignee"_s);
    m_category->setObjectName(u"ticketCategory"_s);
    m_categoryError->setObjectName(u"ticketCategoryError"_s);
    m_deadline->setObjectName(u"ticketDeadline"_s);
    m_deadlineError->setObjectName(u"ticketDeadlineError"_s);
    m_message->setObjectName(u"ticketMessage"_s);
    m_compose->setObjectName(u"composeText"_s);
    m_reply->setObjectName(u"replyButton"_s);
    m_note->setObjectName(u"noteButton"_s);
    m_logCall->setObjectName(u"logCallButton"_s);
    m_tabs->setObjectName(u"ticketTabs"_s);

    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_subject->setFont(big);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, statusColor(StatusTone::Bad, pal));
    m_message->setPalette(pal);
    m_message->hide();
    m_hint->setObjectName(u"ticketHint"_s);
    m_hint->setWordWrap(true);
    QPalette hintPal = m_hint->palette();
    hintPal.setColor(QPalette::WindowText, hintPal.color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPal);
    TicketLabels::fillPriorities(m_priority);
    m_priorityLabel->setBuddy(m_priority);
    m_ownerLabel->setBuddy(m_owner);
    m_assigneeLabel->setBuddy(m_assignee);
    m_owner->setMinimumContentsLength(16);
    m_assignee->setMinimumContentsLength(16);
    m_categoryLabel->setBuddy(m_category);
    m_deadlineLabel->setBuddy(m_deadline);
    // The labels stay level with their fields when a message shows under one.
    m_categoryLabel->setMinimumHeight(m_category->sizeHint().height());
    m_deadlineLabel->setMinimumHeight(m_deadline->sizeHint().height());

    auto *fields = new QHBoxLayout;
    fields->addWidget(m_status);
    fields->addSpacing(16);
    fields->addWidget(m_priorityLabel);
    fields->addWidget(m_priority);
    fields->addSpacing(12);
    fields->addWidget(m_ownerLabel);
    fields->addWidget(m_owner);
    fields->addSpacing(12);
    fields->addWidget(m_assigneeLabel);
    fields->addWidget(m_assignee);
    fields->addStretch(1);

    auto *details = new QHBoxLayout;
    details->addWidget(m_categoryLabel, 0, Qt::AlignTop);
    details->addWidget(FieldErrorLabel::stack(m_category, m_categoryError));
    details->addSpacing(12);
    details->addWidget(m_deadlineLabel, 0, Qt::AlignTop);
    details->addWidget(FieldErrorLabel::stack(m_deadline, m_deadlineError));
    details->addStretch(1);

    static const char *const names[ActionCount] = {"startWorkButton", "waitButton",   "resolveButton",
                                                   "closeButton",     "reopenButton", "cancelTicketButton"};
    auto *actions = new QHBoxLayout;
    for (int i = 0; i < ActionCount; ++i) {
        m_actions[i] = new QPushButton(this);
        m_actions[i]->setObjectName(QString::fromLatin1(names[i]));
        m_actions[i]->setAutoDefault(false);
        actions->addWidget(m_actions[i]);
        connect(m_actions[i], &QPushButton::clicked, this, [this, i] { changeStatus(Action(i)); });
    }
    actions->addStretch(1);

    m_compose->setTabChangesFocus(true);
    m_compose->setMaximumHeight(m_compose->fontMetrics().lineSpacing() * 6);
    m_compose->installEventFilter(this);
    for (QPushButton *b : {m_reply, m_note, m_logCall})
        b->setAutoDefault(false);
    auto *composeButtons = new QHBoxLayout;
    composeButtons->addWidget(m_reply);
    composeButtons->addWidget(m_logCall);
    composeButtons->addWidget(m_note);
    composeButtons->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_conversation, 1);
    leftLayout->addWidget(m_compose);
    leftLayout->addLayout(composeButtons);

    m_tabs->addTab(m_formal, QString());
    m_tabs->addTab(m_time, QString());
    m_tabs->addTab(m_feedback, QString());
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_sla);
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 440});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_meta);
    layout->addSpacing(4);
    layout->addLayout(fields);
    layout->addLayout(details);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);

    connect(m_reply, &QPushButton::clicked, this, [this] { send(u"reply"_s); });
    connect(m_note, &QPushButton::clicked, this, [this] { send(u"note"_s); });
    connect(m_logCall, &QPushButton::clicked, this, [this] { send(u"contact"_s); });
    connect(m_priority, &QComboBox::activated, this, [this] {
        const auto p = priorityFromKey(m_priority->currentData().toString());
        if (p && *p != m_ticket.priority)
            change([&](TicketRepository &repo) { return repo.setPriority(m_id, *p); });
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        const UserId user(m_owner->currentData().toLongLong());
        if (user != m_ticket.ownerId)
            change([&](TicketRepository &repo) { return repo.setOwner(m_id, user); });
    });
    connect(m_assignee, &QComboBox::activated, this, [this] {
        const UserId user(m_assignee->currentData().toLongLong());
        if (user != m_ticket.assigneeId)
            change([&](TicketRepository &repo) { return repo.assign(m_id, user); });
    });
    // A category is stored on Enter, on leaving the field or when one in use is picked. The
    // type-ahead list takes the focus for a moment when it opens: that is not the end of the edit.
    connect(m_category->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!QApplication::activePopupWidget())
            saveCategory();
    });
    connect(m_category, &QComboBox::activated, this, &TicketDialog::saveCategory);
    connect(m_deadline, &DeadlineEdit::edited, this, &TicketDialog::saveDeadline);
    connect(m_formal, &TicketFormalPanel::changed, this, [this] { apply({}); });
    connect(m_time, &TicketTimePanel::changed, this, [this] { apply({}); });
    connect(m_feedback, &TicketFeedbackPanel::changed, this, [this] { apply({}); });
    connect(m_session, &AppSession::dataChanged, this, [this] {
        // Another window changed something: this ticket may be among it.
        if (m_loaded && !m_notifying)
            reload();
    });
    connect(m_slaTimer, &QTimer::timeout, this, [this] {
        if (auto t = TicketRepository(m_session->database()).byId(m_id))
            m_sla->setTicket(*t);
    });
    m_slaTimer->start(30000);

    fillUsers();
    retranslateUi();
    reload();
    resize(1120, 760);
    m_compose->setFocus();
}

TicketDialog::~TicketDialog()
{
    // The fields lose focus while being destroyed: that is no edit to store.
    m_category->lineEdit()->disconnect(this);
    m_category->disconnect(this);
    m_deadline->disconnect(this);
}

TicketDialog *TicketDialog::showTicket(AppSession *session, TicketId id, QWidget *parent)
{
    if (parent) {
        for (auto *open : parent->findChildren<TicketDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (open->ticketId() == id) {
                open->raise();
                open->activateWindow();
                return open;
            }
        }
    }
    auto *dialog = new TicketDialog(session, id, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void TicketDialog::reload()
{
    TicketRepository repo(m_session->database());
    const auto ticket = repo.byId(m_id);
    if (!ticket) {
        m_loaded = false;
        m_message->setText(tr("Ticket #%1 does not exist.").arg(m_id.value));
        m_message->show();
        for (QWidget *w : {static_cast<QWidget *>(m_compose), static_cast<QWidget *>(m_tabs)})
            w->setEnabled(false);
        return;
    }
    const bool contactChanged = !m_loaded || ticket->contactId != m_ticket.contactId;
    m_ticket = *ticket;
    m_loaded = true;
    if (contactChanged) {
        m_contactText.clear();
        if (m_ticket.contactId.isValid()) {
            if (const auto client = ClientRepository(m_session->database()).byId(m_ticket.clientId)) {
                for (const Contact &c : client->contacts) {
                    if (c.id != m_ticket.contactId)
                        continue;
                    QStringList parts{c.name};
                    if (!c.phone.isEmpty())
                        parts << c.phone;
                    if (!c.email.isEmpty())
                        parts << c.email;
                    m_contactText = parts.join(u", "_s);
                }
            }
        }
    }
    m_category->setCategories(repo.categories());
    renderHeader();
    updateButtons();
    m_conversation->setEntries(repo.events(m_id));
    m_sla->setTicket(m_ticket);
    m_formal->setTicket(m_ticket);
    m_time->setTicket(m_id, repo.timeEntries(m_id));
    m_feedback->setTicket(m_ticket);
}

void TicketDialog::fillUsers()
{
    const QList<User> users = m_session->hasDatabase() ? UserRepository(m_session->database()).all() : QList<User>();
    for (QComboBox *combo : {m_owner, m_assignee}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(nobody)"), 0);
        for (const User &u : users)
            combo->addItem(u.name, u.id.value);
    }
}

void TicketDialog::renderHeader()
{
    setWindowTitle(tr("Ticket #%1 — %2").arg(m_ticket.id.value).arg(m_ticket.subject));
    m_subject->setText(tr("#%1  %2").arg(m_ticket.id.value).arg(m_ticket.subject));
    QStringList meta{m_ticket.clientName.toHtmlEscaped()};
    if (!m_contactText.isEmpty())
        meta << m_contactText.toHtmlEscaped();
    meta << tr("via %1").arg(TicketLabels::channel(m_ticket.channel)).toHtmlEscaped();
    meta << tr("recorded %1").arg(TicketLabels::dateTime(m_ticket.createdAt)).toHtmlEscaped();
    if (!m_ticket.category.isEmpty())
        meta << tr("category %1").arg(m_ticket.category).toHtmlEscaped();
    if (m_ticket.agreedDeadline > 0) {
        const QString deadline = TicketLabels::dateTime(m_ticket.agreedDeadline);
        // Passed on an open ticket: said in words and in the colour of a breach.
        if (!isFinished(m_ticket.status) && m_ticket.agreedDeadline < Clock::nowSecs())
            meta << u"<span style=\"color:%1;\">%2</span>"_s.arg(
                SlaCell::foreground(SlaCell::Breached).name(),
                tr("agreed deadline %1 has passed").arg(deadline).toHtmlEscaped());
        else
            meta << tr("agreed deadline %1").arg(deadline).toHtmlEscaped();
    }
    const QString client = meta.takeFirst();
    QString html = u"<b>%1</b> · %2"_s.arg(client, meta.join(u" · "_s));
    if (!m_ticket.description.isEmpty())
        html += u"<br>"_s + m_ticket.description.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    m_meta->setText(html);
    m_status->setText(TicketLabels::status(m_ticket.status));
    m_status->setStyleSheet(u"QLabel { color: white; background-color: %1; font-weight: 600; "
                            "padding: 3px 10px; border-radius: 4px; }"_s.arg(statusChipColor(m_ticket.status)));
    const auto select = [this](QComboBox *combo, qint64 value) {
        const QSignalBlocker blocker(combo);
        int i = combo->findData(value);
        if (i < 0 && value > 0) {
            // A staff member no longer active still shows by name.
            const auto user = UserRepository(m_session->database()).byId(UserId(value));
            combo->addItem(user ? user->name : tr("Staff member #%1").arg(value), value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, i));
    };
    {
        const QSignalBlocker blocker(m_priority);
        m_priority->setCurrentIndex(std::max(0, m_priority->findData(priorityKey(m_ticket.priority))));
    }
    select(m_owner, m_ticket.ownerId.value);
    select(m_assignee, m_ticket.assigneeId.value);
    m_category->setCategory(m_ticket.category);
    m_deadline->setDeadline(m_ticket.agreedDeadline);
}

void TicketDialog::updateButtons()
{
    const bool finished = isFinished(m_ticket.status);
    // The buttons follow the regulation's workflow (TicketWorkflow); the
    // repository still checks every move, e.g. an assignee before work starts.
    const TicketStatus s = m_ticket.status;
    const bool resolved = s == TicketStatus::Resolved;
    m_actions[StartWork]->setEnabled(!resolved && TicketWorkflow::canMove(s, TicketStatus::InProgress));
    m_actions[Wait]->setEnabled(TicketWorkflow::canMove(s, TicketStatus::WaitingOnClient));
    m_actions[Resolve]->setEnabled(TicketWorkflow::canMove(s, TicketStatus::Resolved));
    m_actions[Close]->setEnabled(TicketWorkflow::canMove(s, TicketStatus::Closed));
    m_actions[Reopen]->setEnabled(resolved && TicketWorkflow::canMove(s, TicketStatus::InProgress));
    m_actions[Cancel]->setEnabled(TicketWorkflow::canMove(s, TicketStatus::Cancelled));
    m_actions[StartWork]->setText(s == TicketStatus::WaitingOnClient ? tr("&Resume Work") : tr("&Start Work"));
    if (s == TicketStatus::New)
        m_hint->setText(tr("Next: write the formal statement of the task on the Statement tab and have the "
                           "client confirm it; then assign a specialist and start work."));
    else if (s == TicketStatus::Formalizing && !m_ticket.confirmedAt)
        m_hint->setText(tr("Next: record the client's confirmation of the statement, assign a specialist and "
                           "start work."));
    else
        m_hint->clear();
    m_hint->setVisible(m_loaded && !m_hint->text().isEmpty());
    for (int i = 0; i < ActionCount; ++i)
        m_actions[i]->setEnabled(m_loaded && m_actions[i]->isEnabled());
    m_priority->setEnabled(m_loaded && !finished);
    m_category->setEnabled(m_loaded);
    m_deadline->setEnabled(m_loaded && !finished);
    m_compose->setEnabled(m_loaded);
    for (QPushButton *b : {m_reply, m_note, m_logCall})
        b->setEnabled(m_loaded);
}

void TicketDialog::changeStatus(Action action)
{
    TicketStatus target = TicketStatus::InProgress;
    switch (action) {
    case StartWork:
        target = TicketStatus::InProgress;
        break;
    case Wait:
        target = TicketStatus::WaitingOnClient;
        break;
    case Resolve:
        target = TicketStatus::Resolved;
        break;
    case Close:
        target = TicketStatus::Closed;
        break;
    case Reopen:
        // Reopening resumes the work and its SLA clock.
        target = TicketStatus::InProgress;
        break;
    case Cancel:
    case ActionCount:
        target = TicketStatus::Cancelled;
        break;
    }
    change([&](TicketRepository &repo) { return repo.setStatus(m_id, target); });
}

void TicketDialog::send(const QString &kind)
{
    const QString text = m_compose->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_message->setText(kind == u"contact"_s ? tr("Write what was said on the call first.")
                                                : tr("Write the message first."));
        m_message->show();
        m_compose->setFocus();
        return;
    }
    TicketRepository repo(m_session->database());
    Status status;
    if (kind == u"reply"_s)
        status = repo.reply(m_id, text);
    else if (kind == u"note"_s)
        status = repo.addNote(m_id, text);
    else
        status = repo.logContact(m_id, contactChannelKey(TicketChannel::Phone), text);
    if (status)
        m_compose->clear();
    apply(status);
}

void TicketDialog::saveCategory()
{
    const QString category = m_category->category();
    if (!m_loaded || category == m_ticket.category) {
        m_categoryError->setError({});
        return;
    }
    change([&](TicketRepository &repo) { return repo.setCategory(m_id, category); }, m_categoryError);
}

void TicketDialog::saveDeadline()
{
    const qint64 deadline = m_deadline->deadline();
    if (!m_loaded || deadline == m_ticket.agreedDeadline) {
        m_deadlineError->setError({});
        return;
    }
    change([&](TicketRepository &repo) { return repo.setAgreedDeadline(m_id, deadline); }, m_deadlineError);
}

void TicketDialog::change(const std::function<Status(TicketRepository &)> &write, FieldErrorLabel *fieldError)
{
    TicketRepository repo(m_session->database());
    repo.expectVersion(m_ticket);
    Status status = write(repo);
    if (!status && repo.isStale(m_ticket)) {
        // Another desk changed the ticket after this dialog showed it.
        const Ticket seen = m_ticket;
        const auto now = repo.byId(m_id);
        const QStringList comparison = now ? TicketLabels::differences(seen, *now) : QStringList();
        if (m_conflictPrompt(this, repo.conflictMessage(m_id), comparison) == ConflictChoice::Reload) {
            reload();
            m_message->setText(tr("The ticket shows the other desk's change now; yours was not applied."));
            m_message->show();
            return;
        }
        TicketRepository over(m_session->database());
        status = write(over);
    }
    if (fieldError) {
        // A refused field keeps what was typed, with the reason under it.
        fieldError->setError(status ? QString() : status.error());
        if (!status)
            return;
    }
    apply(status);
}

TicketDialog::ConflictChoice TicketDialog::askAboutConflict(QWidget *parent, const QString &message,
                                                            const QStringList &comparison)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed on another desk"), message, QMessageBox::NoButton, parent);
    box.setObjectName(u"ticketConflictPrompt"_s);
    if (!comparison.isEmpty()) {
        box.setInformativeText(tr("Show Details to compare the ticket as you saw it with how it is now."));
        box.setDetailedText(tr("As you saw it → as it is now:") + u'\n' + comparison.join(u'\n'));
    }
    QPushButton *mine = box.addButton(tr("&Apply Mine"), QMessageBox::AcceptRole);
    QPushButton *reload = box.addButton(tr("&Reload Theirs"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.setEscapeButton(reload);
    box.exec();
    return box.clickedButton() == mine ? ConflictChoice::ApplyMine : ConflictChoice::Reload;
}

void TicketDialog::apply(const Status &status)
{
    if (!status) {
        m_message->setText(status.error());
        m_message->show();
        renderHeader(); // puts refused choices back
        return;
    }
    m_message->hide();
    reload();
    m_notifying = true;
    m_session->notifyDataChanged();
    m_notifying = false;
}

bool TicketDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_compose && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send(u"reply"_s);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TicketDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the category or the deadline stores it (the field has done so
    // by now); it must not also press the dialog's default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QWidget *focus = focusWidget();
        if (focus && (focus == m_category || m_category->isAncestorOf(focus) || m_deadline->isAncestorOf(focus))) {
            event->accept();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

void TicketDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TicketDialog::retranslateUi()
{
    m_conversation->setAccessibleName(tr("Conversation"));
    m_compose->setAccessibleName(tr("Reply or note"));
    m_priorityLabel->setText(tr("&Priority:"));
    m_ownerLabel->setText(tr("O&wner:"));
    m_assigneeLabel->setText(tr("&Assignee:"));
    m_owner->setItemText(0, tr("(nobody)"));
    m_assignee->setItemText(0, tr("(nobody)"));
    m_owner->setToolTip(tr("The account manager responsible for the request"));
    m_assignee->setToolTip(tr("The specialist doing the work; required once work starts"));
    m_categoryLabel->setText(tr("Ca&tegory:"));
    m_category->lineEdit()->setPlaceholderText(tr("No category"));
    m_category->setToolTip(tr("What kind of request this is; pick one in use or type a new one"));
    m_deadlineLabel->setText(tr("A&greed deadline:"));
    m_deadline->setToolTip(tr("The deadline agreed with the client for this request"));
    m_actions[Wait]->setText(tr("&Waiting on Client"));
    m_actions[Wait]->setToolTip(tr("Pause the SLA clock until the client answers"));
    m_actions[Resolve]->setText(tr("Re&solve"));
    m_actions[Close]->setText(tr("C&lose"));
    m_actions[Reopen]->setText(tr("Re&open"));
    m_actions[Cancel]->setText(tr("&Cancel Ticket"));
    m_compose->setPlaceholderText(tr("Write a reply to the client, an internal note or what was said on the call"));
    m_reply->setText(tr("Reply to Client"));
    m_reply->setToolTip(tr("Sent to the client; counts as the response (Ctrl+Enter)"));
    m_note->setText(tr("Internal Note"));
    m_note->setToolTip(tr("Seen by staff only; does not count as a response"));
    m_logCall->setText(tr("Log Call"));
    m_logCall->setToolTip(tr("Record a phone call with the client; counts as a response"));
    m_tabs->setTabText(0, tr("Statement"));
    m_tabs->setTabText(1, tr("Time"));
    m_tabs->setTabText(2, tr("Feedback"));
    TicketLabels::fillPriorities(m_priority);
    updateButtons();
    if (m_loaded) {
        // The clock's explanation is worded in the language of the moment it is read.
        reload();
    }
    nameFieldsByTheirLabels(this);
}

} // namespace rapport
