#include "clientcarddialog.h"

#include "appsession.h"
#include "billing/clientbillingpanel.h"
#include "clientconditionspage.h"
#include "clientcontactspage.h"
#include "clientcontractpage.h"
#include "clientdetailspage.h"
#include "clientdocumentspage.h"
#include "clientlabels.h"
#include "clienttimelinepage.h"
#include "regulation/clientfeedbackpanel.h"
#include "regulation/workflowrunspage.h"
#include "completenesspanel.h"
#include "planning/servicestandard.h"
#include "storage/clientrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ClientCardDialog::ClientCardDialog(AppSession *session, ClientId id, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_prompt(&ClientCardDialog::askToSave)
    , m_conflictPrompt(&ClientCardDialog::askAboutConflict)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new ClientDetailsPage(this))
    , m_contacts(new ClientContactsPage(this))
    , m_contract(new ClientContractPage(this))
    , m_conditions(new ClientConditionsPage(this))
    , m_documents(new ClientDocumentsPage(this))
    , m_timeline(new ClientTimelinePage(session->database(), this))
    , m_completeness(new CompletenessPanel(this))
    , m_error(new QLabel(this))
    , m_note(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"clientCardDialog"_s);
    m_tabs->setObjectName(u"clientCardTabs"_s);
    m_error->setObjectName(u"clientCardError"_s);
    m_note->setObjectName(u"clientCardNote"_s);
    m_save->setObjectName(u"clientCardSave"_s);
    m_close->setObjectName(u"clientCardClose"_s);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Bad));
    m_error->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setTextFormat(Qt::PlainText);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_close->setAutoDefault(false);

    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_contacts, QString());
    m_tabs->addTab(m_contract, QString());
    m_tabs->addTab(m_conditions, QString());
    m_tabs->addTab(m_documents, QString());
    m_tabs->addTab(m_timeline, QString());
    connect(this, &ClientCardDialog::saved, ClientFeedbackPanel::addTab(m_tabs, session, id), &ClientFeedbackPanel::setClient);
    connect(this, &ClientCardDialog::saved, ClientBillingPanel::addTab(m_tabs, session, id), &ClientBillingPanel::setClient);
    WorkflowRunsPage *workflows = WorkflowRunsPage::addTab(m_tabs, session, id);
    connect(this, &ClientCardDialog::saved, workflows, &WorkflowRunsPage::setClient);

    auto *body = new QHBoxLayout;
    body->addWidget(m_tabs, 1);
    body->addWidget(m_completeness);
    auto *messages = new QVBoxLayout;
    messages->addWidget(m_error);
    messages->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addLayout(messages, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addSpacing(4);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    const QList<User> users = UserRepository(session->database()).all(true);
    m_details->setUsers(users);

    connect(m_details, &ClientDetailsPage::changed, this, &ClientCardDialog::onEdited);
    connect(m_contacts, &ClientContactsPage::changed, this, &ClientCardDialog::onEdited);
    connect(m_contract, &ClientContractPage::changed, this, &ClientCardDialog::onEdited);
    connect(m_conditions, &ClientConditionsPage::changed, this, &ClientCardDialog::onEdited);
    connect(m_documents, &ClientDocumentsPage::changed, this, &ClientCardDialog::onEdited);
    connect(m_save, &QPushButton::clicked, this, &ClientCardDialog::save);
    connect(m_close, &QPushButton::clicked, this, &ClientCardDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &ClientCardDialog::save);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this), &QShortcut::activated, this, [this] {
        if (!m_client.id.isValid())
            return;
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->logCall();
    });
    // Ctrl+Shift+W: Apply workflow… to this client (its runs are on the Workflows tab).
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this), &QShortcut::activated, this,
        [this, workflows] {
            if (!m_client.id.isValid())
                return;
            m_tabs->setCurrentWidget(workflows);
            workflows->applyWorkflow();
        });

    Client client;
    if (id.isValid()) {
        if (auto stored = ClientRepository(session->database()).byId(id))
            client = *stored;
        else
            showError(tr("The client with id %1 no longer exists.").arg(id.value));
    } else {
        // A new card is usually created by its future account manager.
        const User &me = session->currentUser();
        if (me.role == Role::AccountManager)
            client.accountManagerId = me.id;
        else if (me.role == Role::Sales)
            client.salesOwnerId = me.id;
    }
    load(client);
    retranslateUi();
    resize(1100, 720);
}

void ClientCardDialog::load(const Client &client)
{
    m_loading = true;
    m_client = client;
    m_details->load(client);
    m_contacts->load(client.contacts);
    m_contract->load(client);
    m_conditions->load(client.conditions);
    m_documents->load(client.documents);
    m_timeline->setClient(client.id);
    m_completeness->setClient(client);
    m_loading = false;
    m_dirty = false;
    updateHeader();
}

Client ClientCardDialog::clientFromForm() const
{
    Client c = m_client;
    m_details->apply(c);
    m_contacts->apply(c);
    m_contract->apply(c);
    m_conditions->apply(c);
    m_documents->apply(c);
    return c;
}

void ClientCardDialog::onEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_completeness->setClient(clientFromForm());
    updateHeader();
}

bool ClientCardDialog::save()
{
    // Field checks first, so that each message stands next to its field.
    struct Page
    {
        QWidget *page;
        std::function<QWidget *()> validate;
    };
    const QList<Page> pages { { m_details, [this] { return m_details->validate(); } },
        { m_contacts, [this] { return m_contacts->validate(); } },
        { m_contract, [this] { return m_contract->validate(); } },
        { m_conditions, [this] { return m_conditions->validate(); } },
        { m_documents, [this] { return m_documents->validate(); } } };
    QWidget *firstPage = nullptr;
    QWidget *firstField = nullptr;
    for (const Page &p : pages) {
        if (QWidget *field = p.validate(); field && !firstField) {
            firstPage = p.page;
            firstField = field;
        }
    }
    if (firstField) {
        m_tabs->setCurrentWidget(firstPage);
        firstField->setFocus(Qt::OtherFocusReason);
        showError(tr("The card is not saved: correct the fields marked in red."));
        return false;
    }

    const Client client = clientFromForm();
    if (Status valid = ClientRepository::validate(client); !valid) {
        showError(valid.error());
        return false;
    }
    ClientRepository repo(m_session->database());
    if (!client.taxId.isEmpty()) {
        // One card per company: the tax id must not belong to another client.
        if (const auto other = repo.byTaxId(client.taxCountry, client.taxId); other && other->id != client.id) {
            m_tabs->setCurrentWidget(m_details);
            m_details->showTaxIdError(tr("This tax ID already belongs to %1.").arg(other->displayName()))->setFocus();
            showError(tr("The card is not saved: correct the fields marked in red."));
            return false;
        }
    }
    ClientId id = client.id;
    std::optional<DefaultRegulation> regulation;
    if (id.isValid()) {
        Status s = repo.update(client);
        if (!s && repo.isStale(client)) {
            // Another desk saved this card after it was opened here.
            const Client theirs = repo.byId(id).value_or(client);
            switch (m_conflictPrompt(this, repo.conflictMessage(theirs))) {
            case ConflictChoice::SaveMine: {
                Client mine = client;
                mine.version = theirs.version;
                s = repo.update(mine);
                break;
            }
            case ConflictChoice::Reload:
                load(theirs);
                showError(tr("The card shows the saved version now; your changes were discarded."));
                return false;
            case ConflictChoice::KeepEditing:
                showError(tr("Not saved: the card was changed on another desk."));
                return false;
            }
        }
        if (!s) {
            showError(s.error());
            return false;
        }
    } else {
        // The card and the provider's default regulation are stored together or not at all.
        Transaction tx(m_session->database().connection());
        if (!tx.isActive()) {
            showError(tx.error());
            return false;
        }
        auto added = repo.add(client);
        if (!added) {
            showError(added.error());
            return false;
        }
        auto applied = ObligationRepository(m_session->database()).applyDefaultRegulation(added->id);
        if (!applied) {
            showError(applied.error());
            return false;
        }
        if (Status s = tx.commit(); !s) {
            showError(s.error());
            return false;
        }
        id = added->id;
        regulation = *applied;
    }
    showError({});
    m_regulation = regulation;
    updateNote();
    load(repo.byId(id).value_or(client));
    m_session->notifyDataChanged();
    Q_EMIT saved(id);
    return true;
}

void ClientCardDialog::reject()
{
    if (m_dirty) {
        switch (m_prompt(this)) {
        case QMessageBox::Save:
            if (!save())
                return;
            break;
        case QMessageBox::Discard: break;
        default: return;
        }
    }
    QDialog::reject();
}

QMessageBox::StandardButton ClientCardDialog::askToSave(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
        tr("The client card has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(u"unsavedChangesPrompt"_s);
    box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

ClientCardDialog::ConflictChoice ClientCardDialog::askAboutConflict(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed on another desk"), message, QMessageBox::NoButton, parent);
    box.setObjectName(u"conflictPrompt"_s);
    QPushButton *mine = box.addButton(tr("&Save Mine"), QMessageBox::AcceptRole);
    QPushButton *reload = box.addButton(tr("&Reload Theirs"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == mine)
        return ConflictChoice::SaveMine;
    if (box.clickedButton() == reload)
        return ConflictChoice::Reload;
    return ConflictChoice::KeepEditing;
}

void ClientCardDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void ClientCardDialog::updateNote()
{
    if (!m_regulation) {
        m_note->clear();
        return;
    }
    const DefaultRegulation &r = *m_regulation;
    if (r.applied()) {
        const QString reviews
            = r.result.cadencesSet > 0 ? tr("quarterly and annual reviews") : tr("the review cadence it had");
        m_note->setText(tr("%1 applied: SLA policy %2, %n obligation rule(s), %3.", nullptr, r.result.rulesCreated)
                            .arg(ServiceStandard::title(), r.slaPolicy, reviews));
        return;
    }
    switch (*r.skipped) {
    case RegulationSkip::Off:
        m_note->setText(tr("The service standard was not applied: it is turned off in Settings."));
        break;
    case RegulationSkip::NoTariff:
        m_note->setText(tr("The service standard was not applied: the client has no tariff."));
        break;
    case RegulationSkip::AlreadySet:
        m_note->setText(tr("The service standard was not applied: the client has obligations already."));
        break;
    }
}

void ClientCardDialog::updateHeader()
{
    const Client shown = m_dirty ? clientFromForm() : m_client;
    const QString name = shown.legalName.isEmpty() ? tr("New client") : shown.displayName();
    m_heading->setText(name);
    QStringList facts;
    if (m_client.id.isValid())
        facts << ClientLabels::status(m_client.status);
    if (!shown.taxId.isEmpty())
        facts << tr("Tax ID %1").arg(shown.taxId);
    if (!shown.contractNumber.isEmpty())
        facts << tr("Contract %1").arg(shown.contractNumber);
    if (!m_client.id.isValid())
        facts << tr("Not saved yet");
    m_subheading->setText(facts.join(u"  ·  "_s));
    const QString title = m_client.id.isValid() ? tr("Client: %1").arg(m_client.displayName()) : tr("New client");
    setWindowTitle(m_dirty ? title + u" *"_s : title);
}

void ClientCardDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ClientCardDialog::retranslateUi()
{
    m_tabs->setTabText(DetailsTab, tr("&Details"));
    m_tabs->setTabText(ContactsTab, tr("&Contacts"));
    m_tabs->setTabText(ContractTab, tr("Contract && ta&riff"));
    m_tabs->setTabText(ConditionsTab, tr("Special co&nditions"));
    m_tabs->setTabText(DocumentsTab, tr("Docum&ents"));
    m_tabs->setTabText(TimelineTab, tr("T&imeline"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the card (Ctrl+S)"));
    m_close->setText(tr("Close"));
    updateHeader();
    updateNote();
}

} // namespace rapport
