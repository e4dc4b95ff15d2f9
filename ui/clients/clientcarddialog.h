#pragma once

#include "domain/client.h"
#include "storage/obligationrepository.h"

#include <QDialog>
#include <QMessageBox>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace rapport {

class AppSession;
class ClientConditionsPage;
class ClientContactsPage;
class ClientContractPage;
class ClientDetailsPage;
class ClientDocumentsPage;
class ClientTimelinePage;
class CompletenessPanel;

// The client card: Details, Contacts, Contract & tariff, Special conditions,
// Documents and Timeline tabs beside a panel listing what the card lacks.
// Invalid fields get a message next to them and block saving; the
// repository's own validation has the last word. Ctrl+S saves; closing with
// unsaved changes asks Save / Discard / Cancel. An invalid id opens an
// empty card for a new client. The first save of a new card on a tariff
// also applies the provider's default regulation (Settings) and says so
// beside the buttons.
class ClientCardDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, ContactsTab, ContractTab, ConditionsTab, DocumentsTab, TimelineTab };
    // Asked when closing a card with unsaved changes: Save, Discard or Cancel.
    using UnsavedPrompt = std::function<QMessageBox::StandardButton(QWidget *parent)>;
    // Asked when the card was saved on another desk after it was opened here.
    enum class ConflictChoice { SaveMine, Reload, KeepEditing };
    using ConflictPrompt = std::function<ConflictChoice(QWidget *parent, const QString &message)>;

    ClientCardDialog(AppSession *session, ClientId id, QWidget *parent = nullptr);

    ClientId clientId() const { return m_client.id; }
    bool isDirty() const { return m_dirty; }
    // The card as the form shows it (not yet validated or saved).
    Client clientFromForm() const;
    // Validates and stores the card; false (with messages shown) when refused.
    bool save();
    // Replaces the Save / Discard / Cancel message box (tests, embedding).
    void setUnsavedChangesPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    // Replaces the Save Mine / Reload / Keep Editing message box (tests).
    void setConflictPrompt(ConflictPrompt prompt) { m_conflictPrompt = std::move(prompt); }

    QTabWidget *tabs() const { return m_tabs; }
    ClientTimelinePage *timeline() const { return m_timeline; }

public Q_SLOTS:
    // Close, Esc and the window's close button: asks first when there are unsaved changes.
    void reject() override;

Q_SIGNALS:
    void saved(ClientId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QMessageBox::StandardButton askToSave(QWidget *parent);
    static ConflictChoice askAboutConflict(QWidget *parent, const QString &message);
    void load(const Client &client);
    void onEdited();
    void retranslateUi();
    void updateHeader();
    void showError(const QString &message);
    // What the first save's default regulation did, in the interface language.
    void updateNote();

    AppSession *m_session;
    Client m_client;
    bool m_loading = false;
    bool m_dirty = false;
    UnsavedPrompt m_prompt;
    ConflictPrompt m_conflictPrompt;
    std::optional<DefaultRegulation> m_regulation; // of the save that created the card

    QLabel *m_heading;
    QLabel *m_subheading;
    QTabWidget *m_tabs;
    ClientDetailsPage *m_details;
    ClientContactsPage *m_contacts;
    ClientContractPage *m_contract;
    ClientConditionsPage *m_conditions;
    ClientDocumentsPage *m_documents;
    ClientTimelinePage *m_timeline;
    CompletenessPanel *m_completeness;
    QLabel *m_error;
    QLabel *m_note;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace rapport
