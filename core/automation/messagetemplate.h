#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace rapport {

// The text of one message in one language, with {placeholders} filled from
// the record a rule fired on (client, contact, ticket, invoice, review…).
struct MessageTemplate
{
    QString key;
    QString language; // ru, kk or en
    QString subject;
    QString body;
};

// Every placeholder a template may use: client.short_name, client.legal_name,
// contact.name, ticket.number, ticket.subject, invoice.number, invoice.total,
// due, deadline, review.date, manager.name, assignee.name, provider.name.
const QStringList &knownPlaceholders();

// The placeholder names used in `text` ("{client.short_name}" gives
// "client.short_name"), in order of first use, each once.
QStringList placeholdersIn(const QString &text);

// Rejects a template whose subject is empty, whose subject spans lines, or
// which names a placeholder Rapport does not know (the message lists them).
Status validateTemplate(const MessageTemplate &t);

// `text` with each known {name} replaced by values[name]. A placeholder the
// record has no value for is an Error naming it, so that no message goes out
// with a hole in it.
Result<QString> renderTemplate(const QString &text, const QHash<QString, QString> &values);

// Dates and money as a letter in `language` writes them: "7 декабря 2026 г.",
// "2026 жылғы 7 желтоқсан", "7 December 2026"; "120 000,00 ₸".
QString letterDate(const QDate &date, const QString &language);
QString letterMoney(const Money &money, const QString &language);
// A month: "декабрь 2026 г.", "2026 жылғы желтоқсан", "December 2026".
QString letterMonth(const QDate &month, const QString &language);
// Hours from minutes: "12", "12,5" (ru, kk), "12.5" (en); tenths of an hour.
QString letterHours(int minutes, const QString &language);
// A share in percent: "82 %" (ru, kk, with a no-break space), "82%" (en).
QString letterPercent(int basisPoints, const QString &language);

} // namespace rapport
