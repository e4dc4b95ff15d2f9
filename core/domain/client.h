#pragma once

#include "ids.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rapport {

enum class ClientStatus { Onboarding, Active, Suspended, Blocked, Churned };
enum class TaxCountry { KZ, RU, Other };
enum class ContactChannel { Email, Phone, Messenger, Portal, Visit, Other };

// Stable keys for the database, the CLI and JSON: "onboarding", "KZ",
// "email"… and back; an unknown key gives std::nullopt.
QString clientStatusKey(ClientStatus s);
std::optional<ClientStatus> clientStatusFromKey(const QString &key);
QString taxCountryKey(TaxCountry c);
std::optional<TaxCountry> taxCountryFromKey(const QString &key);
QString contactChannelKey(ContactChannel c);
std::optional<ContactChannel> contactChannelFromKey(const QString &key);

struct Contact
{
    ContactId id;
    ClientId clientId;
    QString name;
    QString role;
    QString email;
    QString phone;
    ContactChannel preferredChannel = ContactChannel::Email;
    QString language = QStringLiteral("ru"); // ru, kk or en
};

// Monthly subscription terms. VAT rate in basis points (1200 = 12 %).
struct Tariff
{
    // When the fee is invoiced (issue 14). Arrears: the invoice of month M
    // carries M's fee and M's work. Advance: it is made at the start of M and
    // carries M's fee with the work (overage, corrections) of M − 1. The act
    // of a month lists that month's work in both.
    enum class BillingMode { Arrears, Advance };

    Money monthlyFee;       // currency of the tariff
    int includedMinutes = 0;
    Money overageRate;      // per hour
    int vatRateBp = 1200;
    int paymentTermsDays = 10;
    int rolloverMonths = 0; // 0: unused hours do not carry over
    BillingMode billingMode = BillingMode::Arrears;
};

// "advance", "arrears" (the database, the CLI and JSON) and back.
QString billingModeKey(Tariff::BillingMode mode);
std::optional<Tariff::BillingMode> billingModeFromKey(const QString &key);

// Something agreed outside the contract (seed 004): who agreed and when.
struct SpecialCondition
{
    qint64 id = 0;
    QString text;
    QString agreedBy;
    QDate agreedOn;
};

// A link to a document or folder: a local path or a URL.
struct ClientDocument
{
    qint64 id = 0;
    QString title;
    QString location;
};

// The client card.
struct Client
{
    ClientId id;
    QString legalName;
    QString shortName;
    TaxCountry taxCountry = TaxCountry::KZ;
    QString taxId; // normalized: digits only for KZ and RU
    QString address;
    ClientStatus status = ClientStatus::Onboarding;
    UserId accountManagerId;
    UserId salesOwnerId;
    qint64 slaPolicyId = 0; // 0: the default policy
    QString language = QStringLiteral("ru");
    QString contractNumber;
    QDate contractSignedOn;
    QDate contractStart;
    QDate contractEnd;
    std::optional<Tariff> tariff;
    QString notes;
    bool archived = false;
    // The stored card's version (one more with every saved change); an
    // update naming an older one is refused as a conflict. 0: not read from
    // the database (no check).
    qint64 version = 0;

    QList<Contact> contacts;
    QList<SpecialCondition> conditions;
    QList<ClientDocument> documents;

    QString displayName() const { return shortName.isEmpty() ? legalName : shortName; }
};

} // namespace rapport
