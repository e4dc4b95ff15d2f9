#pragma once

#include "domain/client.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;

namespace rapport {

// Translated names of the client card's enumerations (status, tax country,
// contact channel, language), shared by the list, the card and the import.
class ClientLabels
{
    Q_DECLARE_TR_FUNCTIONS(ClientLabels)

public:
    static QString status(ClientStatus status);
    static QString taxCountry(TaxCountry country);
    static QString channel(ContactChannel channel);
    // "ru", "kk", "en" → the language's name in the interface language.
    static QString language(const QString &code);

    static QList<ClientStatus> statuses();
    static QList<TaxCountry> taxCountries();
    static QList<ContactChannel> channels();
    static QStringList languages();
    static QStringList currencies();

    // Fill a combo with the values (data: the stable key) and keep the
    // current choice; called again on a language change to retranslate.
    static void fillStatuses(QComboBox *combo);
    static void fillTaxCountries(QComboBox *combo);
    static void fillChannels(QComboBox *combo);
    static void fillLanguages(QComboBox *combo);
};

} // namespace rapport
