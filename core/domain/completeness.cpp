#include "completeness.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

Completeness assessCompleteness(const Client &client, const CompletenessInput &input)
{
    Completeness result;
    const auto check = [&result](bool ok, const QString &key, const QString &text) {
        ++result.total;
        if (ok)
            ++result.satisfied;
        else
            result.missing.append({key, text});
    };
    bool contactWithEmail = false;
    for (const Contact &c : client.contacts) {
        if (!c.email.trimmed().isEmpty())
            contactWithEmail = true;
    }
    check(!client.legalName.trimmed().isEmpty(), u"legal_name"_s,
          QCoreApplication::translate("Completeness", "No legal name"));
    check(!client.taxId.trimmed().isEmpty(), u"tax_id"_s, QCoreApplication::translate("Completeness", "No tax id"));
    check(!client.contractNumber.trimmed().isEmpty(), u"contract_number"_s,
          QCoreApplication::translate("Completeness", "No contract number"));
    check(client.contractStart.isValid(), u"contract_start"_s,
          QCoreApplication::translate("Completeness", "No contract start date"));
    check(contactWithEmail, u"contact_email"_s,
          QCoreApplication::translate("Completeness", "No contact with an email"));
    check(client.tariff.has_value(), u"tariff"_s, QCoreApplication::translate("Completeness", "No tariff"));
    check(client.accountManagerId.isValid(), u"account_manager"_s,
          QCoreApplication::translate("Completeness", "No account manager"));
    check(client.salesOwnerId.isValid(), u"sales_owner"_s,
          QCoreApplication::translate("Completeness", "No sales owner"));
    if (input.checkInvoice)
        check(input.hasInvoice, u"invoice"_s, QCoreApplication::translate("Completeness", "No invoice yet"));
    return result;
}

QStringList completenessKeys()
{
    return {u"legal_name"_s,   u"tax_id"_s,          u"contract_number"_s, u"contract_start"_s, u"contact_email"_s,
            u"tariff"_s,       u"account_manager"_s, u"sales_owner"_s,     u"invoice"_s};
}

} // namespace rapport
