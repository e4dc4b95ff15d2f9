#include "clientdetailspage.h"

#include "clientlabels.h"
#include "domain/taxid.h"
#include "fielderrorlabel.h"
#include "widgets/accessiblenames.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ClientDetailsPage::ClientDetailsPage(QWidget *parent)
    : QWidget(parent)
    , m_legalNameLabel(new QLabel(this))
    , m_legalName(new QLineEdit(this))
    , m_legalNameError(new FieldErrorLabel(this))
    , m_shortNameLabel(new QLabel(this))
    , m_shortName(new QLineEdit(this))
    , m_taxLabel(new QLabel(this))
    , m_taxCountry(new QComboBox(this))
    , m_taxId(new QLineEdit(this))
    , m_taxIdError(new FieldErrorLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_managerLabel(new QLabel(this))
    , m_manager(new QComboBox(this))
    , m_salesLabel(new QLabel(this))
    , m_sales(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
{
    m_legalName->setObjectName(u"legalName"_s);
    m_legalNameError->setObjectName(u"legalNameError"_s);
    m_shortName->setObjectName(u"shortName"_s);
    m_taxCountry->setObjectName(u"taxCountry"_s);
    m_taxId->setObjectName(u"taxId"_s);
    m_taxIdError->setObjectName(u"taxIdError"_s);
    m_address->setObjectName(u"address"_s);
    m_status->setObjectName(u"status"_s);
    m_manager->setObjectName(u"accountManager"_s);
    m_sales->setObjectName(u"salesOwner"_s);
    m_language->setObjectName(u"language"_s);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setTabChangesFocus(true);
    m_taxId->setMaxLength(40);
    m_legalName->setMaxLength(300);
    m_shortName->setMaxLength(120);

    m_legalNameLabel->setBuddy(m_legalName);
    m_shortNameLabel->setBuddy(m_shortName);
    m_taxLabel->setBuddy(m_taxId);
    m_addressLabel->setBuddy(m_address);
    m_statusLabel->setBuddy(m_status);
    m_managerLabel->setBuddy(m_manager);
    m_salesLabel->setBuddy(m_sales);
    m_languageLabel->setBuddy(m_language);
    m_notesLabel->setBuddy(m_notes);

    auto *taxRow = new QHBoxLayout;
    taxRow->addWidget(m_taxCountry);
    taxRow->addWidget(m_taxId, 1);

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(m_legalNameLabel, FieldErrorLabel::stack(m_legalName, m_legalNameError));
    form->addRow(m_shortNameLabel, m_shortName);
    form->addRow(m_taxLabel, FieldErrorLabel::stack(taxRow, m_taxIdError));
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_managerLabel, m_manager);
    form->addRow(m_salesLabel, m_sales);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_notesLabel, m_notes);

    for (QLineEdit *edit : { m_legalName, m_shortName, m_taxId, m_address })
        connect(edit, &QLineEdit::textEdited, this, &ClientDetailsPage::changed);
    for (QComboBox *combo : { m_taxCountry, m_status, m_manager, m_sales, m_language })
        connect(combo, &QComboBox::currentIndexChanged, this, &ClientDetailsPage::changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ClientDetailsPage::changed);
    connect(m_taxId, &QLineEdit::textChanged, this, &ClientDetailsPage::checkTaxId);
    connect(m_taxCountry, &QComboBox::currentIndexChanged, this, &ClientDetailsPage::checkTaxId);
    connect(m_legalName, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_legalNameError->setError({});
    });
    retranslateUi();
}

void ClientDetailsPage::setUsers(const QList<User> &users)
{
    m_users = users;
    fillUsers(m_manager, UserId(m_manager->currentData().toLongLong()));
    fillUsers(m_sales, UserId(m_sales->currentData().toLongLong()));
}

void ClientDetailsPage::fillUsers(QComboBox *combo, UserId keep)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("— nobody —"), qint64(0));
    for (const User &u : std::as_const(m_users)) {
        if (u.active || u.id == keep)
            combo->addItem(u.name, u.id.value);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(keep.value)));
}

void ClientDetailsPage::load(const Client &client)
{
    m_legalName->setText(client.legalName);
    m_shortName->setText(client.shortName);
    m_taxCountry->setCurrentIndex(std::max(0, m_taxCountry->findData(taxCountryKey(client.taxCountry))));
    m_taxId->setText(client.taxId);
    m_address->setText(client.address);
    m_status->setCurrentIndex(std::max(0, m_status->findData(clientStatusKey(client.status))));
    fillUsers(m_manager, client.accountManagerId);
    fillUsers(m_sales, client.salesOwnerId);
    m_language->setCurrentIndex(std::max(0, m_language->findData(client.language)));
    m_notes->setPlainText(client.notes);
    m_legalNameError->setError({});
    checkTaxId();
}

void ClientDetailsPage::apply(Client &client) const
{
    client.legalName = m_legalName->text().trimmed();
    client.shortName = m_shortName->text().trimmed();
    client.taxCountry = taxCountryFromKey(m_taxCountry->currentData().toString()).value_or(TaxCountry::Other);
    client.taxId = normalizeTaxId(client.taxCountry, m_taxId->text());
    client.address = m_address->text().trimmed();
    client.status = clientStatusFromKey(m_status->currentData().toString()).value_or(ClientStatus::Onboarding);
    client.accountManagerId = UserId(m_manager->currentData().toLongLong());
    client.salesOwnerId = UserId(m_sales->currentData().toLongLong());
    client.language = m_language->currentData().toString();
    client.notes = m_notes->toPlainText().trimmed();
}

QWidget *ClientDetailsPage::validate()
{
    QWidget *first = nullptr;
    if (m_legalName->text().trimmed().isEmpty()) {
        m_legalNameError->setError(tr("Enter the legal name as in the contract."));
        first = m_legalName;
    } else {
        m_legalNameError->setError({});
    }
    checkTaxId();
    if (m_taxIdError->hasError() && !first)
        first = m_taxId;
    return first;
}

QWidget *ClientDetailsPage::showTaxIdError(const QString &message)
{
    m_taxIdError->setError(message);
    return m_taxId;
}

void ClientDetailsPage::checkTaxId()
{
    // Checked as you type; an empty tax id is allowed (the card is then incomplete).
    const TaxCountry country = taxCountryFromKey(m_taxCountry->currentData().toString()).value_or(TaxCountry::Other);
    const QString text = m_taxId->text();
    if (text.trimmed().isEmpty()) {
        m_taxIdError->setError({});
        return;
    }
    const Status valid = validateTaxId(country, text);
    m_taxIdError->setError(valid ? QString() : valid.error());
}

void ClientDetailsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientDetailsPage::retranslateUi()
{
    m_legalNameLabel->setText(tr("&Legal name:"));
    m_taxCountry->setAccessibleName(tr("Country of the tax ID"));
    m_legalName->setPlaceholderText(tr("e.g. LLP \"Kazakh Logistics\""));
    m_shortNameLabel->setText(tr("S&hort name:"));
    m_shortName->setPlaceholderText(tr("How the team calls the client"));
    m_taxLabel->setText(tr("&Tax ID:"));
    m_taxId->setPlaceholderText(tr("BIN/IIN: 12 digits; INN: 10 or 12 digits"));
    m_addressLabel->setText(tr("&Address:"));
    m_statusLabel->setText(tr("Stat&us:"));
    m_managerLabel->setText(tr("Account &manager:"));
    m_salesLabel->setText(tr("Sales o&wner:"));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_language->setToolTip(tr("The language of documents and messages for this client"));
    m_notesLabel->setText(tr("N&otes:"));
    ClientLabels::fillTaxCountries(m_taxCountry);
    ClientLabels::fillStatuses(m_status);
    ClientLabels::fillLanguages(m_language);
    if (m_manager->count() > 0)
        m_manager->setItemText(0, tr("— nobody —"));
    if (m_sales->count() > 0)
        m_sales->setItemText(0, tr("— nobody —"));
    checkTaxId();
    nameFieldsByTheirLabels(this);
}

} // namespace rapport
