#include "newticketdialog.h"

#include "appsession.h"
#include "categorycombo.h"
#include "deadlineedit.h"
#include "domain/clock.h"
#include "storage/clientrepository.h"
#include "storage/ticketrepository.h"
#include "theme.h"
#include "ticketlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {
constexpr int SuggestionLimit = 12;

QString suggestionText(const ClientListRow &row)
{
    if (row.shortName.isEmpty() || row.shortName == row.legalName)
        return row.legalName;
    return u"%1 — %2"_s.arg(row.shortName, row.legalName);
}

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, statusColor(StatusTone::Bad, pal));
    label->setPalette(pal);
    label->hide();
    return label;
}
} // namespace

NewTicketDialog::NewTicketDialog(AppSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_clientLabel(new QLabel(this))
    , m_client(new QLineEdit(this))
    , m_clientError(errorLabel(this, u"newTicketClientError"_s))
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStandardItemModel(this))
    , m_contactLabel(new QLabel(this))
    , m_contact(new QComboBox(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_priorityLabel(new QLabel(this))
    , m_priority(new QComboBox(this))
    , m_subjectLabel(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_subjectError(errorLabel(this, u"newTicketSubjectError"_s))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_categoryLabel(new QLabel(this))
    , m_category(new CategoryCombo(this))
    , m_categoryError(errorLabel(this, u"newTicketCategoryError"_s))
    , m_deadlineLabel(new QLabel(this))
    , m_deadline(new DeadlineEdit(this))
    , m_deadlineError(errorLabel(this, u"newTicketDeadlineError"_s))
    , m_error(errorLabel(this, u"newTicketError"_s))
    , m_create(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(u"newTicketDialog"_s);
    m_client->setObjectName(u"newTicketClient"_s);
    m_contact->setObjectName(u"newTicketContact"_s);
    m_channel->setObjectName(u"newTicketChannel"_s);
    m_priority->setObjectName(u"newTicketPriority"_s);
    m_subject->setObjectName(u"newTicketSubject"_s);
    m_description->setObjectName(u"newTicketDescription"_s);
    m_category->setObjectName(u"newTicketCategory"_s);
    m_deadline->setObjectName(u"newTicketDeadline"_s);
    m_create->setObjectName(u"newTicketCreate"_s);
    m_intro->setWordWrap(true);

    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(SuggestionLimit);
    m_client->setCompleter(m_completer);
    m_client->setClearButtonEnabled(true);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 6);
    m_description->installEventFilter(this);
    m_subject->setMaxLength(300);
    TicketLabels::fillChannels(m_channel);
    TicketLabels::fillPriorities(m_priority);
    m_contact->setMinimumContentsLength(24);

    m_clientLabel->setBuddy(m_client);
    m_contactLabel->setBuddy(m_contact);
    m_channelLabel->setBuddy(m_channel);
    m_priorityLabel->setBuddy(m_priority);
    m_subjectLabel->setBuddy(m_subject);
    m_descriptionLabel->setBuddy(m_description);
    m_categoryLabel->setBuddy(m_category);
    m_deadlineLabel->setBuddy(m_deadline);
    if (m_session->hasDatabase())
        m_category->setCategories(TicketRepository(m_session->database()).categories());

    auto *clientBox = new QVBoxLayout;
    clientBox->setSpacing(2);
    clientBox->addWidget(m_client);
    clientBox->addWidget(m_clientError);
    auto *subjectBox = new QVBoxLayout;
    subjectBox->setSpacing(2);
    subjectBox->addWidget(m_subject);
    subjectBox->addWidget(m_subjectError);
    auto *categoryBox = new QVBoxLayout;
    categoryBox->setSpacing(2);
    categoryBox->addWidget(m_category);
    categoryBox->addWidget(m_categoryError);
    auto *deadlineBox = new QVBoxLayout;
    deadlineBox->setSpacing(2);
    deadlineBox->addWidget(m_deadline, 0, Qt::AlignLeft);
    deadlineBox->addWidget(m_deadlineError);
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel, 1);
    channelRow->addSpacing(12);
    channelRow->addWidget(m_priorityLabel);
    channelRow->addWidget(m_priority, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_clientLabel, clientBox);
    form->addRow(m_contactLabel, m_contact);
    form->addRow(m_channelLabel, channelRow);
    form->addRow(m_subjectLabel, subjectBox);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_categoryLabel, categoryBox);
    form->addRow(m_deadlineLabel, deadlineBox);

    m_create->setDefault(true);
    m_create->setAutoDefault(true);
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setTabOrder(m_client, m_contact);
    setTabOrder(m_contact, m_channel);
    setTabOrder(m_channel, m_priority);
    setTabOrder(m_priority, m_subject);
    setTabOrder(m_subject, m_description);
    setTabOrder(m_description, m_category);
    setTabOrder(m_category, m_deadline->dateTimeEdit());
    setTabOrder(m_deadline->dateTimeEdit(), m_deadline->noDeadlineBox());
    setTabOrder(m_deadline->noDeadlineBox(), m_create);

    connect(m_client, &QLineEdit::textEdited, this, &NewTicketDialog::suggestClients);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &i) {
        setClient(ClientId(i.data(Qt::UserRole).toLongLong()), i.data(Qt::DisplayRole).toString());
    });
    connect(m_client, &QLineEdit::editingFinished, this, [this] {
        if (!m_clientId.isValid() && !m_client->text().trimmed().isEmpty())
            resolveClient();
    });
    connect(m_subject, &QLineEdit::textEdited, m_subjectError, &QWidget::hide);
    connect(m_category->lineEdit(), &QLineEdit::textEdited, m_categoryError, &QWidget::hide);
    connect(m_deadline, &DeadlineEdit::edited, m_deadlineError, &QWidget::hide);
    connect(m_create, &QPushButton::clicked, this, &NewTicketDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    retranslateUi();
    resize(560, sizeHint().height());
    m_client->setFocus();
}

NewTicketDialog *NewTicketDialog::showNew(AppSession *session, QWidget *parent)
{
    if (parent) {
        if (auto *open = parent->findChild<NewTicketDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new NewTicketDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void NewTicketDialog::setClient(ClientId id, const QString &name)
{
    m_clientId = id;
    m_clientError->hide();
    if (!name.isEmpty() && m_client->text() != name)
        m_client->setText(name);
    loadContacts();
}

void NewTicketDialog::suggestClients(const QString &text)
{
    m_clientId = ClientId();
    m_accountManager = UserId();
    m_clientError->hide();
    m_suggestions->clear();
    m_suggested.clear();
    if (text.trimmed().isEmpty() || !m_session->hasDatabase()) {
        loadContacts();
        return;
    }
    ClientQuery q;
    q.search = text.trimmed();
    q.limit = SuggestionLimit;
    for (const ClientListRow &row : ClientRepository(m_session->database()).list(q)) {
        const QString label = suggestionText(row);
        auto *item = new QStandardItem(label);
        item->setData(row.id.value, Qt::UserRole);
        item->setToolTip(row.taxId.isEmpty() ? row.legalName : u"%1 · %2"_s.arg(row.legalName, row.taxId));
        m_suggestions->appendRow(item);
        m_suggested.insert(label, row.id.value);
    }
    loadContacts();
}

bool NewTicketDialog::resolveClient()
{
    if (m_clientId.isValid())
        return true;
    const QString text = m_client->text().trimmed();
    if (text.isEmpty()) {
        showError(m_clientError, tr("Choose the client who asks."));
        return false;
    }
    if (m_suggested.contains(text)) {
        setClient(ClientId(m_suggested.value(text)), QString());
        return true;
    }
    ClientQuery q;
    q.search = text;
    q.limit = SuggestionLimit;
    const QList<ClientListRow> rows = ClientRepository(m_session->database()).list(q);
    const ClientListRow *match = rows.size() == 1 ? &rows.first() : nullptr;
    for (const ClientListRow &row : rows) {
        if (!match && (row.legalName.compare(text, Qt::CaseInsensitive) == 0
                       || row.shortName.compare(text, Qt::CaseInsensitive) == 0))
            match = &row;
    }
    if (!match) {
        showError(m_clientError, rows.isEmpty() ? tr("No client matches “%1”.").arg(text)
                                                : tr("Several clients match “%1”: choose one from the list.").arg(text));
        return false;
    }
    setClient(match->id, suggestionText(*match));
    return true;
}

void NewTicketDialog::loadContacts()
{
    const QVariant current = m_contact->currentData();
    m_contact->clear();
    m_contact->addItem(tr("(not specified)"), 0);
    m_accountManager = UserId();
    if (!m_clientId.isValid() || !m_session->hasDatabase())
        return;
    const auto client = ClientRepository(m_session->database()).byId(m_clientId);
    if (!client)
        return;
    m_accountManager = client->accountManagerId;
    for (const Contact &c : client->contacts) {
        const QString detail = !c.phone.isEmpty() ? c.phone : c.email;
        m_contact->addItem(detail.isEmpty() ? c.name : u"%1 (%2)"_s.arg(c.name, detail), c.id.value);
    }
    const int keep = m_contact->findData(current);
    m_contact->setCurrentIndex(keep > 0 ? keep : (client->contacts.size() == 1 ? 1 : 0));
}

void NewTicketDialog::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void NewTicketDialog::accept()
{
    m_error->hide();
    const bool clientOk = resolveClient();
    const QString subject = m_subject->text().simplified();
    if (subject.isEmpty())
        showError(m_subjectError, tr("Say in a few words what the client asks for."));
    if (!clientOk) {
        m_client->setFocus();
        return;
    }
    if (subject.isEmpty()) {
        m_subject->setFocus();
        return;
    }
    // The request is made now: an agreed deadline cannot be earlier.
    const QString category = m_category->category();
    const qint64 deadline = m_deadline->deadline();
    const Status categoryOk = TicketRepository::checkCategory(category);
    const Status deadlineOk = TicketRepository::checkAgreedDeadline(deadline, Clock::nowSecs());
    showError(m_categoryError, categoryOk ? QString() : categoryOk.error());
    showError(m_deadlineError, deadlineOk ? QString() : deadlineOk.error());
    if (!categoryOk) {
        m_category->setFocus();
        return;
    }
    if (!deadlineOk) {
        m_deadline->setFocus();
        return;
    }
    Ticket t;
    t.clientId = m_clientId;
    t.contactId = ContactId(m_contact->currentData().toLongLong());
    t.channel = contactChannelFromKey(m_channel->currentData().toString()).value_or(TicketChannel::Phone);
    const auto priority = priorityFromKey(m_priority->currentData().toString());
    t.priority = priority ? *priority : Priority::Normal;
    t.subject = subject;
    t.description = m_description->toPlainText().trimmed();
    t.category = category;
    t.agreedDeadline = deadline;
    // The client's account manager owns the request; else whoever records it.
    t.ownerId = m_accountManager.isValid() ? m_accountManager : m_session->currentUser().id;
    const auto ticket = TicketRepository(m_session->database()).create(t);
    if (!ticket) {
        showError(m_error, ticket.error());
        return;
    }
    m_session->notifyDataChanged();
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
        window->statusBar()->showMessage(tr("Ticket #%1 recorded.").arg(ticket->id.value), 8000);
    Q_EMIT created(ticket->id);
    QDialog::accept();
}

bool NewTicketDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewTicketDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewTicketDialog::retranslateUi()
{
    setWindowTitle(tr("New Ticket"));
    m_intro->setText(tr("Record the request while the client is on the line. "
                        "Enter creates the ticket; in the description, Ctrl+Enter."));
    m_clientLabel->setText(tr("C&lient:"));
    m_client->setPlaceholderText(tr("Type a name, tax id or contact…"));
    m_contactLabel->setText(tr("C&ontact:"));
    if (m_contact->count() > 0)
        m_contact->setItemText(0, tr("(not specified)"));
    else
        m_contact->addItem(tr("(not specified)"), 0);
    m_channelLabel->setText(tr("C&hannel:"));
    m_priorityLabel->setText(tr("&Priority:"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_subject->setPlaceholderText(tr("What the client asks for, in a few words"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setPlaceholderText(tr("Details as the client tells them"));
    m_categoryLabel->setText(tr("Ca&tegory:"));
    m_category->lineEdit()->setPlaceholderText(tr("No category"));
    m_deadlineLabel->setText(tr("A&greed deadline:"));
    m_create->setText(tr("&Create Ticket"));
    m_cancel->setText(tr("Cancel"));
    TicketLabels::fillChannels(m_channel);
    TicketLabels::fillPriorities(m_priority);
}

} // namespace rapport
