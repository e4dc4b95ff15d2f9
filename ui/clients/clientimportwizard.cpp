#include "clientimportwizard.h"

#include "importfilepage.h"
#include "importmappingpage.h"
#include "importoptionspage.h"
#include "importresultpage.h"
#include "io/clientimport.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ClientImportWizard::ClientImportWizard(AppSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(u"clientImportWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(OptionsPage, new ImportOptionsPage(this));
    setPage(ResultPage, new ImportResultPage(this));
    retranslateUi();
    resize(920, 660);
}

void ClientImportWizard::setFile(const QString &path, const QByteArray &data)
{
    m_path = path;
    m_data = data;
    m_preview = ClientImport::previewRows(data, PreviewRows);
    m_kind = guessKind(m_preview);
    m_mapping.clear();
}

ClientImportWizard::Kind ClientImportWizard::guessKind(const ImportPreview &preview)
{
    const auto recognized = [](const QStringList &keys) {
        return std::count_if(keys.begin(), keys.end(), [](const QString &k) { return !k.isEmpty(); });
    };
    return recognized(preview.contactColumns) > recognized(preview.clientColumns) ? Kind::Contacts : Kind::Clients;
}

QString ClientImportWizard::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels {
        { u"legal_name"_s, QT_TR_NOOP("Legal name") },
        { u"short_name"_s, QT_TR_NOOP("Short name") },
        { u"tax_country"_s, QT_TR_NOOP("Tax country") },
        { u"tax_id"_s, QT_TR_NOOP("Tax ID") },
        { u"address"_s, QT_TR_NOOP("Address") },
        { u"status"_s, QT_TR_NOOP("Status") },
        { u"language"_s, QT_TR_NOOP("Language") },
        { u"manager_email"_s, QT_TR_NOOP("Account manager (email)") },
        { u"sales_email"_s, QT_TR_NOOP("Sales owner (email)") },
        { u"contract_number"_s, QT_TR_NOOP("Contract number") },
        { u"contract_signed"_s, QT_TR_NOOP("Contract signed on") },
        { u"contract_start"_s, QT_TR_NOOP("Contract start") },
        { u"contract_end"_s, QT_TR_NOOP("Contract end") },
        { u"monthly_fee"_s, QT_TR_NOOP("Monthly fee") },
        { u"currency"_s, QT_TR_NOOP("Currency") },
        { u"included_hours"_s, QT_TR_NOOP("Included hours") },
        { u"overage_rate"_s, QT_TR_NOOP("Overage rate per hour") },
        { u"vat_rate"_s, QT_TR_NOOP("VAT rate") },
        { u"payment_terms_days"_s, QT_TR_NOOP("Payment terms (days)") },
        { u"rollover_months"_s, QT_TR_NOOP("Rollover (months)") },
        { u"notes"_s, QT_TR_NOOP("Notes") },
        { u"client_tax_id"_s, QT_TR_NOOP("Client's tax ID") },
        { u"client_tax_country"_s, QT_TR_NOOP("Client's tax country") },
        { u"client_name"_s, QT_TR_NOOP("Client's legal name") },
        { u"name"_s, QT_TR_NOOP("Contact name") },
        { u"role"_s, QT_TR_NOOP("Role") },
        { u"email"_s, QT_TR_NOOP("Email") },
        { u"phone"_s, QT_TR_NOOP("Phone") },
        { u"channel"_s, QT_TR_NOOP("Channel") },
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(*it);
}

void ClientImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ClientImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import clients"));
}

} // namespace rapport
